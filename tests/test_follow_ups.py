"""The choice of follow-up after an answer, apart from the session around it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from coach.engine.follow_ups import (
    FollowUp,
    StageState,
    choose_follow_up,
    clean_phrase,
    is_whole_phrase,
    says_dont_know,
    says_nothing_else,
)
from coach.engine.model import Stage
from coach.engine.phrases import Phrase, scored_phrases

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
            used: set[str] | None = None, first_answer: bool = False,
            acknowledged: bool = False, asked: str = "") -> FollowUp | None:
    return choose_follow_up(state, text, analysis, eager=eager, last_kind=last_kind,
                            reframes=reframes, used_phrases=set() if used is None else used,
                            first_answer=first_answer, acknowledged=acknowledged, asked=asked)


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
    state = _state("Busy.", "Quite busy really.")
    assert _choose(state, "Busy.") == FollowUp("encourager")
    assert state.encouraged
    assert _choose(state, "Quite busy really.") is None


@pytest.mark.parametrize("reply", ["Not sure.", "I don't know", "idk tbh", "dunno really",
                                   "Honestly, I have no idea.", "no clue", "don't know.",
                                   "dont really know tbh", "not really sure"])
def test_i_dont_know_is_met_from_another_angle_once_a_stage(reply: str) -> None:
    state = _state(reply)
    assert _choose(state, reply) == FollowUp("angle")
    assert _choose(state, reply) is None  # not asked again in the same stage


@pytest.mark.parametrize(("reply", "nothing"), [
    ("Nothing else really.", True), ("that's it", True), ("No, that's all.", True),
    ("nothing more to add", True), ("Nothing works here", False), ("that's it exactly", False),
])
def test_nothing_else_is_heard(reply: str, nothing: bool) -> None:
    assert says_nothing_else(reply) is nothing


@pytest.mark.parametrize("reply", ["I know exactly what I want", "not sure it matters to them"])
def test_an_answer_with_more_in_it_is_not_i_dont_know(reply: str) -> None:
    assert not says_dont_know(reply)


def test_no_reframe_on_the_first_answer_after_a_feeling_or_in_a_noticing_stage() -> None:
    assert _choose(_state(PLAIN), PLAIN, PROBLEM, first_answer=True) is None
    assert _choose(_state(PLAIN), PLAIN, PROBLEM, acknowledged=True) is None
    noticing = StageState(Stage("notice", "Notice", "Notice it.", ("What do you see?",),
                                answers=3, reframes=False))
    noticing.scored[PLAIN] = scored_phrases(PLAIN)
    assert _choose(noticing, PLAIN, PROBLEM) is None
    assert _choose(_state(PLAIN), PLAIN, Reading("What else?", "solution", "bottom")) is None


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


@pytest.mark.parametrize(("text", "whole"), [
    ("stuck between what the family", False),
    ("juggling knives while riding", False),
    ("dont ask for help cos", False),
    ("xmas numbers tbh", False),
    ("stuck in a rut", True),
    ("holding a door shut", True),
    ("board wants growth", False),  # a statement: "what kind of" asks about a thing
    ("nobody is listening", False),
    ("feel like a pressure cooker", True),
    ("the wheels came off", True),
])
def test_a_clean_phrase_neither_cuts_a_clause_nor_ends_on_filler(text: str, whole: bool) -> None:
    from coach.engine.follow_ups import _cuts_a_clause, is_whole_phrase

    assert (is_whole_phrase(text) and not _cuts_a_clause(text)) is whole


@pytest.mark.parametrize("asked", [
    "What would change if these things were acknowledged?",
    "What do you want to be happening instead?",
    "What could you do next?",
    "What is already working, even a little?",
    "What is the simplest thing that would make a difference?",
])
def test_an_answer_to_a_question_that_asks_for_solutions_is_not_reframed(asked: str) -> None:
    # "Crews talking after bad jobs" answers what would change: its trouble words are
    # not problem talk, and "What would you like instead?" would say it was not heard.
    assert _choose(_state(PLAIN), PLAIN, PROBLEM, asked=asked) is None


@pytest.mark.parametrize("asked", [
    "What is happening that everyone can see?",
    "What is getting in the way?",
    "How are you connected to this challenge?",
])
def test_problem_talk_after_a_question_about_the_situation_is_reframed(asked: str) -> None:
    chosen = _choose(_state(PLAIN), PLAIN, PROBLEM, asked=asked)
    assert chosen is not None and chosen.kind == "reframe"


@pytest.mark.parametrize("text", ["costs my deputy", "makes me feel small", "keeps the team"])
def test_a_phrase_that_starts_on_its_verb_is_not_quoted(text: str) -> None:
    # "it costs my deputy the chance to grow": 'costs my deputy' has lost its subject
    # and its object; a clean question on it reads as a broken fragment.
    assert not is_whole_phrase(text)


@pytest.mark.parametrize(("text", "cut"), [
    ("Every morning starts with the bed meeting, and I explain again.",
     "Every morning starts with the bed"),
    ("nothing happens till the cabinet signs off, even a display", "till the cabinet signs"),
    ("it's like being the lid on a pressure cooker at home", "lid on a pressure"),
    ("write down the payments stuff so its not just in my head", "down the payments stuff"),
    ("ok so mina has basically taken over the reviews", "mina has basically taken"),
])
def test_a_clean_phrase_stops_where_its_words_stop(text: str, cut: str) -> None:
    from coach.engine.follow_ups import _cut_short, clean_phrase
    from coach.engine.phrases import Phrase

    assert _cut_short(Phrase(cut, 3.0, text.index(cut), "metaphor"), text)
    chosen = clean_phrase([Phrase(cut, 3.0, text.index(cut), "metaphor")], set(), text)
    assert chosen is None


@pytest.mark.parametrize(("text", "whole"), [
    ("I feel like I'm holding a door shut with both hands", "holding a door shut"),
    ("we're stuck in a rut again", "stuck in a rut"),
    ("I'm out of my depth on nights", "out of my depth"),
    ("the pressure cooker, that's the ward", "pressure cooker"),
])
def test_a_whole_clean_phrase_is_kept(text: str, whole: str) -> None:
    from coach.engine.follow_ups import _cut_short
    from coach.engine.phrases import Phrase

    assert not _cut_short(Phrase(whole, 3.0, text.index(whole), "metaphor"), text)


def test_a_phrase_that_only_says_where_is_not_quoted() -> None:
    where = Phrase("in the ICB area", 3.0, 0, "emphasis")
    picture = Phrase("in a fog", 3.0, 0, "metaphor")
    assert clean_phrase([where], set()) is None
    assert clean_phrase([where, picture], set()) == picture
