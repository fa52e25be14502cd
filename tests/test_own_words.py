"""Play-back points back in the person's own words, for a first-person write-up."""

from __future__ import annotations

import pytest

from coach.engine.own_words import first_person, is_filler, key_points, own_words
from coach.engine.playback import playback_items


@pytest.mark.parametrize(
    "text",
    ["ok", "yes", "keep it", "yes, keep it", "yes, that's right", "spot on", "mm", "no",
     "not really", "nothing else", "I don't know", "  ", "Fine thanks"],
)
def test_filler_says_nothing(text: str) -> None:
    assert is_filler(text)


@pytest.mark.parametrize(
    "text", ["Late start", "we never ask them in", "Sam said no", "everything went wrong"]
)
def test_short_points_with_substance_are_kept(text: str) -> None:
    assert not is_filler(text)


def test_a_point_is_found_again_as_it_was_typed() -> None:
    answers = ["ok", "My rota keeps falling apart when I'm away"]
    assert own_words("your rota keeps falling apart when you're away", answers) == (
        "My rota keeps falling apart when I'm away")
    assert own_words("who decides the waiting list", ["Who decides the waiting list?"]) == (
        "Who decides the waiting list?")
    assert own_words("something never said", answers) is None


def test_the_engines_own_play_back_comes_back_in_the_first_person() -> None:
    answers = ["I want my visitor to see how I chair the huddle at eight",
               "They told me \"I am fine\" and I believed them"]
    points = key_points(playback_items(answers), answers)
    assert points and all(any(p.casefold() in a.casefold() for a in answers) for p in points)
    assert not any(" you " in f" {p.casefold()} " for p in points)


@pytest.mark.parametrize(
    ("point", "expected"),
    [
        ("you want them to see how you work and your team",
         "I want them to see how I work and my team"),
        ("they told you the plan", "they told me the plan"),
        ("you are tired and you were late", "I am tired and I was late"),
        ("You're worried about yourself", "I'm worried about myself"),
    ],
)
def test_a_point_whose_answer_is_gone_is_turned_back(point: str, expected: str) -> None:
    assert first_person(point) == expected


def test_filler_and_risk_never_become_points() -> None:
    withheld = ["I want to end my life"]
    assert key_points(["ok", "you want to end your life", "keep it"], ["ok"], withheld) == []
    assert key_points(["you feel like ending it all"], []) == []  # speaks of risk itself
    assert key_points(["calm staff", "Calm staff"], ["Calm staff"]) == ["Calm staff"]
