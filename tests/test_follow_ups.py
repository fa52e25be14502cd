"""The choice of follow-up after an answer, apart from the session around it."""

from __future__ import annotations

from dataclasses import dataclass

from coach.engine.follow_ups import FollowUp, StageState, choose_follow_up
from coach.engine.model import Stage
from coach.engine.phrases import scored_phrases

STAGE = Stage(
    "explore", "Explore", "Look around.", ("What is going on?",),
    follow_ups=("Who else is involved?", "What else matters?"), answers=5,
)
PLAIN = "We moved the weekly meeting to Thursday afternoons this month."
PHRASED = "Honestly I feel like I am drowning in requests from everyone at work."


@dataclass(frozen=True)
class Reading:
    """The fields of an analysis the choice looks at."""

    reframe: str | None = None
    focus: str = "neutral"
    trap: str | None = None


PROBLEM = Reading("What would you like instead?", "problem")


def _state(*answers: str) -> StageState:
    state = StageState(STAGE)
    for answer in answers:
        state.answers.append(answer)
        state.scored[answer] = scored_phrases(answer)
    return state


def _choose(state: StageState, text: str, analysis: object = None, *, eager: bool = False,
            last_kind: str = "question", reframes: bool = True,
            used: set[str] | None = None) -> FollowUp | None:
    return choose_follow_up(state, text, analysis, eager=eager, last_kind=last_kind,
                            reframes=reframes, used_phrases=set() if used is None else used)


def test_problem_talk_gets_the_reframe_once_per_stage() -> None:
    state = _state(PLAIN, PLAIN + " Again.")
    first = _choose(state, PLAIN, PROBLEM)
    assert first == FollowUp("reframe", "What would you like instead?",
                             data={"focus": "problem", "trap": None})
    assert _choose(state, PLAIN + " Again.", PROBLEM) is None


def test_no_reframe_straight_after_a_reframe_or_when_the_framework_says_no() -> None:
    assert _choose(_state(PLAIN), PLAIN, PROBLEM, last_kind="reframe") is None
    assert _choose(_state(PLAIN), PLAIN, PROBLEM, reframes=False) is None


def test_a_trap_is_reframed_even_without_problem_talk() -> None:
    chosen = _choose(_state(PLAIN), PLAIN, Reading("Who could share it?", "neutral", "top"))
    assert chosen is not None and chosen.kind == "reframe" and chosen.data == {
        "focus": "neutral", "trap": "top",
    }


def test_a_short_answer_is_encouraged_once_between_main_questions() -> None:
    state = _state("Not sure.", "No idea really.")
    assert _choose(state, "Not sure.") == FollowUp("encourager")
    assert state.encouraged
    assert _choose(state, "No idea really.") is None


def test_a_strong_phrase_is_quoted_once_in_a_session() -> None:
    used: set[str] = set()
    state = _state(PHRASED)
    chosen = _choose(state, PHRASED, used=used)
    assert chosen is not None and chosen.kind == "clean"
    assert chosen.phrase and chosen.phrase in PHRASED
    assert used == {chosen.phrase.casefold()}
    assert _choose(_state(PHRASED), PHRASED, used=used) is None


def test_eager_uses_the_frameworks_follow_ups_in_order_then_an_encourager() -> None:
    state = _state(PLAIN)
    got = [_choose(state, PLAIN, eager=True) for _ in range(3)]
    assert got == [
        FollowUp("follow-up", "Who else is involved?"),
        FollowUp("follow-up", "What else matters?"),
        FollowUp("encourager"),
    ]
    assert _choose(state, PLAIN, eager=False) is None
