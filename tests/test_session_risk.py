"""When someone may be at risk, the session steps out of its script and stays out.

Over every framework, and wherever in the conversation it is said (the first answer,
mid-stage, the reply to a play-back check, the commitment, the check-out), risk is met
by the risk response next; the script comes back only on an explicit choice to carry
on; and what was said is never quoted back.
"""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.frameworks import load_frameworks
from coach.engine.model import ASKING_KINDS, SAFETY_KINDS, OpenCommitment, Turn
from coach.engine.phrases import WORD
from coach.engine.replies import read_risk_choice
from coach.engine.session import Session
from coach.resources import bundled_directory
from tests.engine_helpers import FakeAnalysis, fake_analyser, framework

FRAMEWORKS = load_frameworks([bundled_directory("frameworks")]).frameworks
TODAY = date(2026, 11, 23)
ORDINARY = [
    "I want the team to plan the rota together without me chasing everyone",
    "It matters because the nurses are tired and the handovers go wrong",
    "The rota, the handovers and the long shifts on the ward",
]
#: Risk in several wordings, each with a word that must never be said back to them.
RISKY = [
    ("some nights driving home I think about steering into the barrier so it all stops",
     "barrier"),
    ("honestly I've been cutting myself again since the inspection", "cutting"),
    ("my husband hit me last night and I'm scared to go home", "husband"),
    ("I keep thinking the kids would be better off without me, sorry, ignore that",
     "kids"),
]
POSITIONS = ("first answer", "mid-stage", "play-back check", "commitment", "check-out")


def session_for(framework_id: str, **kwargs: object) -> Session:
    return Session(FRAMEWORKS[framework_id], seed=3, today=lambda: TODAY, **kwargs)


def reach(session: Session, position: str) -> bool:
    """Answer ordinarily until ``position`` is the question that stands (False: never)."""
    session.start()
    if position == "first answer":
        return True
    for step in range(120):
        pending = session.pending
        if session.finished or pending is None:
            return False
        kind = pending.kind
        if position == "mid-stage" and kind not in ("question", "risk") and pending.stage:
            return True
        if position == "play-back check" and kind == "playback":
            return True
        if position == "commitment" and kind == "commitment":
            return True
        if position == "check-out" and kind == "checkout":
            return True
        if kind == "playback":
            session.answer("yes")
        elif kind in ("commitment", "checkout"):
            session.answer("next")
        else:
            session.answer(ORDINARY[step % len(ORDINARY)])
    return False


def coach_lines_after(session: Session, index: int) -> list[Turn]:
    return [t for t in session.transcript[index:] if t.speaker == "coach"]


def words(text: str) -> set[str]:
    return {w.group().casefold() for w in WORD.finditer(text)}


#: Every framework at every place it has (some frameworks have no play-back stage).
CASES = [(fid, position) for fid in sorted(FRAMEWORKS) for position in POSITIONS
         if reach(session_for(fid), position)]


def test_every_place_is_tried_in_nearly_every_framework() -> None:
    for position in POSITIONS:
        tried = [fid for fid, where in CASES if where == position]
        assert len(tried) >= len(FRAMEWORKS) - 2, (position, tried)


@pytest.mark.parametrize(("framework_id", "position"), CASES)
def test_risk_anywhere_is_met_next_and_the_script_waits_for_a_choice(
    framework_id: str, position: str
) -> None:
    session = session_for(framework_id)
    assert reach(session, position)
    before = session.pending
    assert before is not None
    risky, telling = RISKY[CASES.index((framework_id, position)) % len(RISKY)]
    start = len(session.transcript)
    turns = session.answer(risky)
    assert [t.kind for t in turns] == ["risk"], turns
    assert session.risk_heard and session.awaiting == "risk"
    # Something that is not a choice is offered the choice once more, then it pauses.
    turns = session.answer("I don't know really")
    assert [t.kind for t in turns] == ["risk-choice"]
    turns = session.answer("yes")
    assert [t.kind for t in turns] == ["paused"]
    assert session.status == "paused" and not session.finished
    for turn in coach_lines_after(session, start):
        assert telling not in words(turn.text), turn
        assert turn.kind in SAFETY_KINDS | {"paused"}
    answer = [t for t in session.transcript if t.speaker == "you"][-3]
    assert answer.text == risky and answer.data.get("risk")  # kept, and marked
    assert session.commitment is None or position != "commitment"


@pytest.mark.parametrize(("framework_id", "position"), CASES)
def test_carrying_on_returns_to_the_script_without_quoting_or_a_commitment_push(
    framework_id: str, position: str
) -> None:
    session = session_for(framework_id)
    assert reach(session, position)
    risky, telling = RISKY[(CASES.index((framework_id, position)) + 1) % len(RISKY)]
    start = len(session.transcript)
    session.answer(risky)
    turns = session.answer("I'm ok, let's carry on")
    assert turns[0].kind == "note"
    assert turns[-1].kind in ASKING_KINDS - SAFETY_KINDS
    if position == "commitment":
        assert turns[-1].kind == "checkout"  # no commitment is pushed for
    # Finish the conversation; nothing after the risk says their words back.
    for step in range(120):
        if session.finished:
            break
        kind = session.pending.kind if session.pending else ""
        session.answer("yes" if kind == "playback" else "next" if kind == "commitment"
                       else ORDINARY[step % len(ORDINARY)])
    assert session.finished
    for turn in coach_lines_after(session, start):
        assert telling not in words(turn.text), turn
        for item in turn.data.get("items", []):
            assert telling not in words(str(item))
    assert session.commitment is None or telling not in words(session.commitment)


def test_the_risk_response_says_it_once_lays_out_support_and_asks_if_they_are_safe() -> None:
    session = session_for("think-it-through")
    session.start()
    (turn,) = session.answer(RISKY[0][0])
    assert turn.text.count("not a crisis service") == 1
    assert "116 123" in turn.text and "\n- " in turn.text  # the support list, as a list
    assert "safe right now" in turn.data["question"]
    assert all(choice in turn.text for choice in ("pause", "stop", "carry on"))
    assert turn.data["choices"] == ["pause", "stop", "carry on"]
    assert turn.text == f"{turn.data['message']}\n\n{turn.data['support']}\n\n" \
                        f"{turn.data['question']}"
    assert "steer" not in turn.text and "barrier" not in turn.text


def test_an_unattended_run_pauses_unless_its_next_line_carries_on() -> None:
    session = session_for("think-it-through", risk_offers=1)
    session.start()
    session.answer(RISKY[1][0])
    assert [t.kind for t in session.answer(ORDINARY[0])] == ["paused"]
    assert session.status == "paused"
    carried = session_for("think-it-through", risk_offers=1)
    carried.start()
    carried.answer(RISKY[1][0])
    assert carried.answer("continue")[-1].kind == "question"


@pytest.mark.parametrize("command", ["pause", "stop"])
def test_pause_and_stop_are_choices_too(command: str) -> None:
    session = session_for("scin")
    session.start()
    session.answer(RISKY[2][0])
    session.answer(command)
    assert session.status == ("paused" if command == "pause" else "stopped")


@pytest.mark.parametrize("command", ["next", "back"])
def test_next_and_back_do_not_skip_past_the_risk_response(command: str) -> None:
    session = session_for("scin")
    session.start()
    session.answer(RISKY[2][0])
    assert [t.kind for t in session.answer(command)] == ["risk-choice"]


def test_more_risk_in_the_reply_shows_the_support_again() -> None:
    session = session_for("think-it-through")
    session.start()
    session.answer(RISKY[0][0])
    assert [t.kind for t in session.answer("no, I'm not safe, I want to kill myself")] == ["risk"]


def test_a_reframe_that_stood_is_not_asked_again_after_carrying_on() -> None:
    problem = FakeAnalysis(focus="problem", reframe="What would you like instead?")
    session = Session(framework(), seed=1, today=lambda: TODAY, analyse=fake_analyser(
        {"It is all broken and nobody will fix it": problem,
         "I want to end it all": FakeAnalysis(risk=True)}))
    session.start()
    session.answer("We moved the weekly meeting to Thursday afternoons this month.")  # the first answer is never reframed
    assert session.answer("It is all broken and nobody will fix it")[-1].kind == "reframe"
    session.answer("I want to end it all")
    turns = session.answer("carry on")
    assert [t.kind for t in turns][-1] != "reframe"
    assert all(t.kind != "reframe" for t in turns)


def test_risk_early_in_a_long_answer_is_still_heard() -> None:
    """Long answers are read for focus from their end, but for risk from end to end."""
    answer = "Some days I want to end it all. " + "Work has been busy with the rota. " * 80
    assert len(answer) > 2000
    session = Session(framework(), seed=1, today=lambda: TODAY)  # the real analyser
    session.start()
    assert [t.kind for t in session.answer(answer)] == ["risk"]


def test_a_session_paused_at_a_risk_response_resumes_with_the_choice() -> None:
    session = session_for("think-it-through")
    session.start()
    replies = [ORDINARY[0], RISKY[3][0], "pause"]
    for reply in replies:
        session.answer(reply)
    restored = Session.replay(FRAMEWORKS["think-it-through"], replies, seed=3,
                              today=lambda: TODAY)
    assert restored.awaiting == "risk" and restored.status == "paused"
    turns = restored.resume()
    assert turns[-1].kind == "risk-choice"
    assert restored.answer("carry on")[-1].kind not in SAFETY_KINDS


def test_a_review_answer_at_risk_changes_no_commitment() -> None:
    session = session_for("think-it-through", open_commitments=[OpenCommitment(4, "call Sam")])
    session.start()
    session.answer("It went ok")
    session.answer(RISKY[0][0])
    answer = [t for t in session.transcript if t.speaker == "you"][-1]
    assert "status" not in answer.data and answer.data["risk"]


def test_a_gentle_start_asks_how_they_are_before_any_review() -> None:
    session = session_for("think-it-through", gentle_start=True,
                          open_commitments=[OpenCommitment(4, "call Sam")])
    turns = session.start()
    assert [t.kind for t in turns] == ["opening", "gentle-opening"]
    assert "hard conversation" in turns[-1].text
    turns = session.answer("A bit better, thanks")
    assert [t.kind for t in turns] == ["note", "review-opening"]


def test_a_gentle_start_hears_risk_too() -> None:
    session = session_for("think-it-through", gentle_start=True)
    session.start()
    assert [t.kind for t in session.answer(RISKY[1][0])] == ["risk"]


@pytest.mark.parametrize(("reply", "choice"), [
    ("carry on", "carry on"), ("Continue", "carry on"), ("I'm ok, let's go on", "carry on"),
    ("yes please, keep going", "carry on"), ("let's get back to it", "carry on"),
    ("pause", "pause"), ("not now", "pause"), ("I'd like a break", "pause"),
    ("stop", "stop"), ("I want to finish here", "stop"), ("that's enough for today", "stop"),
    ("I can't carry on", None), ("don't want to continue", None), ("yes", None),
    ("I'm safe", None), ("ok", None), ("carry on, or maybe pause", None), ("", None),
    ("no", None),
])
def test_only_a_clear_choice_is_read(reply: str, choice: str | None) -> None:
    assert read_risk_choice(reply) == choice
