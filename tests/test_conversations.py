"""Starting and resuming a conversation with the journal: one place for line mode and the app."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach import conversations
from coach.engine.frameworks import load_frameworks
from coach.engine.model import Framework, OpenCommitment
from coach.store import Journal

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)  # a Wednesday


@pytest.fixture
def journal() -> Iterator[Journal]:
    with Journal.memory(clock=lambda: NOW) as opened:
        yield opened


@pytest.fixture(scope="module")
def framework() -> Framework:
    return load_frameworks().frameworks["think-it-through"]


def test_begin_saves_the_session_and_its_reviews(journal: Journal, framework: Framework) -> None:
    cid = journal.add_commitment("Ask Sam how the report is going")
    linked: list[int] = []
    session, session_id, first = conversations.begin(
        journal, framework, seed=3, title="A title", kind="exchange", meta={"exchange_id": 9},
        after_start=linked.append, review=True)
    info = journal.get_session(session_id)
    assert info is not None and info.title == "A title" and info.kind == "exchange"
    assert info.seed == 3 and info.meta["exchange_id"] == 9
    assert conversations.reviews_from_meta(info.meta) == [
        OpenCommitment(id=cid, text="Ask Sam how the report is going", due=None, made=NOW)]
    assert linked == [session_id]
    assert first and first[-1] == session.pending
    assert journal.turns(session_id) == session.transcript


def clocked(moments: list[datetime]) -> Journal:
    """A journal whose clock reads the last of ``moments`` (append to move it on)."""
    return Journal.memory(clock=lambda: moments[-1])


@pytest.mark.parametrize(("unattended", "review", "asked"), [
    (False, False, ["Book the room"]),  # due or a day old: followed up, never the newest
    (True, False, []),  # an unattended run's lines go to the conversation
    (True, True, ["Write to Jo", "Book the room"]),  # --review asks about every one
    (False, True, ["Write to Jo", "Book the room"]),
])
def test_which_commitments_a_conversation_follows_up(
        framework: Framework, unattended: bool, review: bool, asked: list[str]) -> None:
    moments = [NOW]
    with clocked(moments) as journal:
        journal.add_commitment("Book the room")
        moments.append(datetime(2026, 3, 6, 9, 0, tzinfo=UTC))  # two days on
        journal.add_commitment("Write to Jo")  # just now
        session, _, first = conversations.begin(journal, framework, seed=1, title="t",
                                                unattended=unattended, review=review)
        assert [c.text for c in session.reviews] == asked
        assert (first[-1].kind == "review-opening") is bool(asked)


def test_both_read_dates_against_the_journals_clock(journal: Journal,
                                                    framework: Framework) -> None:
    session, session_id, _ = conversations.begin(journal, framework, seed=1, title="t")
    assert session.today() == NOW.date()
    info = journal.get_session(session_id)
    assert info is not None
    resumed, _ = conversations.resume(journal, framework, info)
    assert resumed.today() == NOW.date()


def test_resume_carries_on_from_the_saved_turns(journal: Journal,
                                                framework: Framework) -> None:
    session, session_id, _ = conversations.begin(journal, framework, seed=5, title="t")
    session.answer("My team keeps waiting for me to decide")
    asked = session.pending
    journal.pause_session(session_id)
    info = journal.get_session(session_id)
    assert info is not None
    resumed, welcome = conversations.resume(journal, framework, info)
    assert welcome and resumed.pending is not None and asked is not None
    assert resumed.pending.text == asked.text
    assert [t.index for t in journal.turns(session_id)] == list(
        range(len(journal.turns(session_id))))


def test_reviews_from_meta_tolerates_anything_else() -> None:
    assert conversations.reviews_from_meta({}) == []
    assert conversations.reviews_from_meta({"reviews": "nonsense"}) == []
    assert conversations.reviews_from_meta({"reviews": [{"id": 1, "text": "x"}]}) == [
        OpenCommitment(id=1, text="x")]


def imported_modules(path: Path) -> Iterator[tuple[str, list[str]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module, [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, []


@pytest.mark.parametrize("path", sorted((ROOT / "coach" / "tui").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_the_app_takes_nothing_from_the_command_line_modules(path: Path) -> None:
    """The app and line mode share `coach.conversations`, not each other's insides."""
    for module, _ in imported_modules(path):
        assert not module.startswith("coach.commands"), f"{path.name} imports {module}"


def test_conversations_has_no_user_interface() -> None:
    modules = [m for m, _ in imported_modules(ROOT / "coach" / "conversations.py")]
    assert not any(m.startswith(("textual", "coach.tui", "coach.commands", "coach.cli"))
                   for m in modules)


def test_an_exchanges_reflection_brings_back_the_days_notes(journal: Journal) -> None:
    frameworks = load_frameworks().frameworks
    xid = journal.add_exchange(role="observer", partner="Ana", org="Hospice")
    journal.add_exchange_note(xid, "Huddle started late; nobody seemed to mind", tags=("culture",))
    journal.add_exchange_note(xid, "The rota is on a whiteboard by the lift", tags=("culture",))
    journal.add_exchange_note(xid, "Ana asked why we never invite the council",
                              tags=("partnership",))
    journal.add_exchange_note(xid, "Tea at eleven, everyone stops")
    session, session_id, _ = conversations.begin(
        journal, frameworks["exchange-reflect"], seed=1, title="t", kind="exchange",
        meta={"exchange_id": xid, "exchange_part": "reflect"})
    asked = []
    for answer in ["A calm ward", "The huddle", "It felt normal there", "It made me think",
                   "Tea matters", "yes"]:
        asked += [t.text for t in session.answer(answer) if t.kind == "question"]
    recalled = [q for q in asked if q.startswith(("You noted", "Under"))]
    assert len(recalled) == 3  # one for each tag (the first under it), then an untagged one
    assert "'Huddle started late; nobody seemed to mind'" in recalled[0]
    assert "culture" in recalled[0] and "partnership" in recalled[1]
    assert "'Tea at eleven, everyone stops'" in recalled[2]
    assert not any("whiteboard" in q for q in asked)
    info = journal.get_session(session_id)
    assert info is not None
    again = conversations.restore(journal, frameworks["exchange-reflect"], info)
    assert again.transcript == session.transcript  # the same notes come back on resume


def _to_the_close(session, review_reply: str, step: str) -> None:  # noqa: ANN001
    """Answer ``session`` through: ``review_reply`` to the follow-up, "next" through the
    stages, ``step`` as the commitment, yes at its check, "calmer" at the check-out."""
    for _ in range(120):
        if session.finished or session.pending is None:
            return
        kind = session.pending.kind
        session.answer({"review-opening": "fine thanks", "commitment-review": review_reply,
                        "commitment-status": "still open", "commitment": step,
                        "commitment-check": "yes", "checkout": "calmer"}.get(kind, "next"))


@pytest.mark.parametrize("step", ["I'll ask Sam how the report is going on Friday",
                                  "Ask Sam how the report's going, Friday"])
def test_a_step_still_open_said_again_carries_on_instead_of_a_second(
        framework: Framework, step: str) -> None:
    moments = [NOW]
    with clocked(moments) as journal:
        cid = journal.add_commitment("Ask Sam how the report is going")
        moments.append(datetime(2026, 3, 9, 9, 30, tzinfo=UTC))  # the Monday after
        session, _, _ = conversations.begin(journal, framework, seed=3, title="t")
        _to_the_close(session, "not yet, still on my list", step)
        assert session.finished
        check = next(t for t in session.transcript if t.kind == "commitment-check")
        assert "carried on from last time" in check.text
        still = journal.commitments("open")
        assert [c.id for c in still] == [cid]  # no second one
        assert str(still[0].due) == "2026-03-13"  # its new date, the Friday
        assert still[0].text == step  # in the words the new date goes with


def test_a_step_done_last_time_and_set_again_is_a_new_one(framework: Framework) -> None:
    moments = [NOW]
    with clocked(moments) as journal:
        journal.add_commitment("Ask Sam how the report is going")
        moments.append(datetime(2026, 3, 9, 9, 30, tzinfo=UTC))
        session, _, _ = conversations.begin(journal, framework, seed=3, title="t")
        _to_the_close(session, "done it, yes", "I'll ask Sam how the report is going on Friday")
        check = next(t for t in session.transcript if t.kind == "commitment-check")
        assert "carried on" not in check.text
        assert [c.text for c in journal.commitments("open")] == [
            "I'll ask Sam how the report is going on Friday"]
