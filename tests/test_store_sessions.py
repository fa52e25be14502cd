from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from coach.engine.model import OpenCommitment, Recorder, Turn
from coach.store import Commitment, Journal, SessionInfo, StoreError

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture
def journal() -> Iterator[Journal]:
    with Journal.memory(clock=lambda: NOW) as j:
        yield j


def _conversation(journal: Journal, session_id: int) -> list[Turn]:
    turns = [
        Turn(0, "coach", "question", "What would you like to think about?", stage="topic"),
        Turn(1, "you", "answer", "My team [bold]won't[/bold] talk\nto me", stage="topic"),
        Turn(2, "you", "command", "next"),
        Turn(3, "coach", "playback", "You said... Is that right?", data={"items": ["won't talk"]}),
        Turn(
            4,
            "you",
            "answer",
            "I'll ask Sam for coffee by Friday",
            stage="commit",
            data={"commitment": "ask Sam for coffee", "due": "2026-11-27"},
        ),
    ]
    recorder: Recorder = journal.recorder(session_id)
    for turn in turns:
        recorder.record(turn)
    return turns


def test_turns_are_saved_in_order_with_data(journal: Journal) -> None:
    session_id = journal.start_session("think-it-through", seed=7, meta={"exchange": 3})
    turns = _conversation(journal, session_id)
    assert journal.turns(session_id) == turns
    assert journal.turns(session_id)[3].data == {"items": ["won't talk"]}
    info = journal.get_session(session_id)
    assert isinstance(info, SessionInfo)
    assert (info.status, info.answers, info.seed, info.meta) == ("active", 2, 7, {"exchange": 3})


def test_commitment_from_a_turn_and_its_review(journal: Journal) -> None:
    session_id = journal.start_session("grow", seed=1)
    _conversation(journal, session_id)
    [made] = journal.commitments()
    assert isinstance(made, Commitment)
    assert (made.text, made.due, made.session_id) == (
        "ask Sam for coffee",
        date(2026, 11, 27),
        session_id,
    )
    assert journal.open_commitments() == [
        OpenCommitment(id=made.id, text="ask Sam for coffee", due="2026-11-27", made=NOW)
    ]
    later = journal.start_session("grow", seed=2)
    journal.record_turn(
        later,
        Turn(0, "you", "answer", "done it", data={"commitment_id": made.id, "status": "done"}),
    )
    assert journal.commitments() == []
    assert journal.get_commitment(made.id).status == "done"  # type: ignore[union-attr]


def test_pause_resume_and_finish(journal: Journal) -> None:
    first = journal.start_session("think-it-through", seed=1, title="Think it through")
    second = journal.start_session("grow", seed=2)
    _conversation(journal, first)
    journal.pause_session(first)
    assert {s.id: s.status for s in journal.unfinished_sessions()} == {
        first: "paused",
        second: "active",
    }
    journal.record_turn(first, Turn(5, "coach", "checkout", "How do you feel now?"))
    assert journal.get_session(first).status == "active"  # type: ignore[union-attr]
    entry_id = journal.finish_session(first)
    assert journal.finish_session(first) == entry_id  # idempotent
    entry = journal.get_entry(entry_id)
    assert entry is not None
    assert entry.kind == "session" and entry.framework == "think-it-through"
    assert entry.title == "My team won't talk — Think it through"  # the date is shown beside it
    assert "My team [bold]won't[/bold] talk\n> to me" in entry.body
    assert "- won't talk" in entry.body
    assert "ask Sam for coffee (by 2026-11-27)" in entry.body
    assert [s.id for s in journal.unfinished_sessions()] == [second]
    assert journal.get_session(first).entry_id == entry_id  # type: ignore[union-attr]


def test_stopped_session_title_from_framework_id(journal: Journal) -> None:
    session_id = journal.start_session("solution-focus", seed=1)
    entry_id = journal.finish_session(session_id, status="stopped")
    assert journal.get_entry(entry_id).title == "Solution focus"  # type: ignore[union-attr]
    assert journal.get_session(session_id).status == "stopped"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda j: j.record_turn(42, Turn(0, "you", "answer", "x")), "no session 42"),
        (lambda j: j.finish_session(42), "no session 42"),
        (lambda j: j.set_commitment_status(42, "done"), "no commitment 42"),
        (
            lambda j: j.set_commitment_status(j.add_commitment("x"), "maybe"),
            "unknown commitment status",
        ),
        (lambda j: j.add_commitment("   "), "empty"),
    ],
)
def test_bad_ids_and_statuses(journal: Journal, call, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        call(journal)


def test_commitments_order_and_statuses(journal: Journal) -> None:
    late = journal.add_commitment("late", due=date(2026, 12, 5))
    undated = journal.add_commitment("undated", source="journal")
    soon = journal.add_commitment("soon", due=date(2026, 11, 25))
    assert [c.id for c in journal.commitments()] == [soon, late, undated]
    journal.set_commitment_status(late, "dropped")
    assert [c.id for c in journal.commitments()] == [soon, undated]
    assert [c.id for c in journal.commitments(None)] == [soon, late, undated]
    assert journal.get_commitment(undated).to_dict()["source"] == "journal"  # type: ignore[union-attr]


def test_a_review_never_unsettles_a_commitment_settled_elsewhere() -> None:
    from coach.engine.model import Turn
    from coach.store import Journal

    with Journal.memory() as journal:
        cid = journal.add_commitment("call Sam")
        sid = journal.start_session("check-in", seed=1)
        journal.set_commitment_status(cid, "done")  # decided while the session was paused
        journal.record_turn(sid, Turn(0, "you", "answer", "let it go",
                                      data={"commitment_id": cid, "status": "dropped"}))
        assert journal.get_commitment(cid).status == "done"


def test_the_session_entry_shows_each_stage_s_settled_playback_once() -> None:
    from coach.engine.model import Turn
    from coach.store import Journal

    with Journal.memory() as journal:
        sid = journal.start_session("check-in", seed=1)
        said = [("coach", "playback", "So: first try. Is that right?"),
                ("you", "answer", "no"),
                ("coach", "playback", "So: second try. Is that right?"),
                ("you", "answer", "yes")]
        for index, (speaker, kind, text) in enumerate(said):
            journal.record_turn(sid, Turn(index, speaker, kind, text, stage="arrive"))
        entry = journal.get_entry(journal.finish_session(sid))
        section = entry.body.split("## Play-backs", 1)[1]
        assert "second try" in section and "first try" not in section
