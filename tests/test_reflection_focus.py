"""A reflection takes the focus of what it says back (docs/codebook.md): where the model
settles a reflection's focus, the focus of the utterance before it counts beside its own,
as much as the trained setting says."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from coach.engine.analyser import (
    Settings,
    decide,
    default_analyser,
    probabilities,
    read,
)
from coach.engine.analyser_model import FOCI, Scores

#: Said back with none of the words the rules take for problem or solution talk.
SAID_BACK = "So the panel meets on a Thursday."
MODEL = Settings(focus="rule-first", trap="rule-first", trap_is_problem=True)


def scores(act: str, leaning: dict[str, float]) -> Scores:
    """The model's scores, its focus leaning as ``leaning`` says (log-probabilities)."""
    z = tuple(math.log(leaning[f]) for f in FOCI)
    return Scores(act, 0.9, 0.0, FOCI[z.index(max(z))], None, None, 0.0, z)


LEANS_SOLUTION = {"problem": 0.35, "solution": 0.45, "neutral": 0.20}
BEFORE_PROBLEM = [0.9, 0.05, 0.05]


def test_the_reading_has_no_focus_of_its_own() -> None:
    r = read(SAID_BACK)
    assert (r.focus, r.category, r.trap) == ("neutral", None, None)


def test_a_reflection_of_problem_talk_is_problem_talk() -> None:
    d = decide(read(SAID_BACK), scores("reflection", LEANS_SOLUTION),
               replace(MODEL, reflection_focus=1.0), lambda: BEFORE_PROBLEM)
    assert d.act == "reflection"
    assert d.focus == "problem"


def test_without_the_setting_a_reflection_keeps_its_own_focus() -> None:
    d = decide(read(SAID_BACK), scores("reflection", LEANS_SOLUTION), MODEL,
               lambda: BEFORE_PROBLEM)
    assert d.focus == "solution"


def test_a_weight_too_small_to_tip_it_leaves_its_own_focus() -> None:
    d = decide(read(SAID_BACK), scores("reflection", LEANS_SOLUTION),
               replace(MODEL, reflection_focus=0.1), lambda: BEFORE_PROBLEM)
    assert d.focus == "solution"


def test_with_nothing_before_it_a_reflection_keeps_its_own_focus() -> None:
    d = decide(read(SAID_BACK), scores("reflection", LEANS_SOLUTION),
               replace(MODEL, reflection_focus=1.0), lambda: [])
    assert d.focus == "solution"


def never() -> list[float]:
    raise AssertionError("the utterance before was scored for no reason")


@pytest.mark.parametrize("act", ["question", "input"])
def test_only_a_reflection_looks_at_what_was_said_before(act: str) -> None:
    text = SAID_BACK if act == "input" else "When does the panel meet?"
    d = decide(read(text), scores(act, LEANS_SOLUTION), replace(MODEL, reflection_focus=1.0),
               never)
    assert d.focus == "solution"


def test_a_focus_the_rules_hear_is_not_moved() -> None:
    # "nothing works" is problem talk the rules name: the model does not settle it
    text = "So nothing works with the panel."
    assert read(text).focus == "problem"
    d = decide(read(text), scores("reflection", LEANS_SOLUTION),
               replace(MODEL, reflection_focus=1.0), never)
    assert d.focus == "problem"


def test_probabilities_are_a_softmax() -> None:
    p = probabilities((0.0, math.log(3.0), 1000.0))
    assert p.index(max(p)) == 2 and math.isclose(sum(p), 1.0)


def test_the_analyser_scores_the_utterance_before_with_its_own_context() -> None:
    analyser = default_analyser()
    assert analyser.model is not None and analyser.model.has("problem")
    context = ("We lost two more carers this month.", "How is the rota holding up?",
               "It isn't. I'm covering nights myself and nobody above me will sign off agency.")
    got = analyser.focus_probabilities(context[-1], context[:-1])
    assert len(got) == len(FOCI) and math.isclose(sum(got), 1.0)
    assert analyser.focus_probabilities("...") == []
