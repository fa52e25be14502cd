"""The phrases a listener plays back: what is picked, and that it is always verbatim."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.engine.phrases import BREAK, key_phrases, scored_phrases

CASES = [
    # (what the person said, earlier answers, the phrase expected first, why)
    ("I feel like I am stuck in a rut at work.", (), "stuck in a rut", "feeling"),
    ("Honestly it is like juggling plates all day", (), "juggling plates all day", "metaphor"),
    ("Fairness really matters to me here", (), "Fairness really matters to me here", "value"),
    ("The rota is a NIGHTMARE for the team", (), "NIGHTMARE for the team", "emphasis"),
    ("the handover keeps slipping", ("the handover went wrong again",), "handover keeps slipping",
     "repeated"),
    ("We agreed the plan, but I am frustrated with the pace", (), "frustrated with the pace",
     "feeling"),
]


@pytest.mark.parametrize(("text", "history", "phrase", "why"), CASES)
def test_the_phrase_a_listener_would_pick(
    text: str, history: tuple[str, ...], phrase: str, why: str
) -> None:
    best = scored_phrases(text, history)[0]
    assert (best.text, best.why) == (phrase, why)


def test_a_contradiction_after_but_outranks_the_same_word_before_it() -> None:
    phrases = scored_phrases("I am proud of the team but I am worried about the budget")
    assert phrases[0].text == "worried about the budget"


@pytest.mark.parametrize("text", ["", "   ", "ok", "the and of", "12 34", "[bold][/]"])
def test_nothing_worth_playing_back(text: str) -> None:
    assert key_phrases(text) == ()


def test_phrases_never_cross_punctuation_or_control_characters() -> None:
    for phrase in key_phrases("I feel stuck\x1b[31m really stuck; totally drained\u2028again"):
        assert not any(ch in phrase for ch in "\x1b;\u2028")


@given(st.text(max_size=400), st.lists(st.text(max_size=100), max_size=3))
def test_every_phrase_is_an_exact_slice_of_what_was_said(text: str, history: list[str]) -> None:
    for phrase in scored_phrases(text, history):
        assert text[phrase.start : phrase.start + len(phrase.text)] == phrase.text
        assert phrase.text.strip() == phrase.text
        assert len(phrase.text.split()) <= 6


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("So you feel stuck? Is that right?", ("you feel stuck",)),
        ("Have I got that right, you feel torn?", ("you feel torn",)),
        ("All right, I am exhausted.", ("exhausted",)),
        ("It just is not right that they ignore us.", ("not right that they ignore",)),
        ("That is just not right.", ("not right",)),
        ("It was not right at all, what they did.", ("not right at all",)),
        ("Isn't that right?", ()),
        ("Is it right that they ignore us?", ("right that they ignore",)),
    ],
)
def test_a_check_such_as_is_that_right_is_not_played_back_but_not_right_is(
    text: str, phrases: tuple[str, ...]
) -> None:
    assert key_phrases(text) == phrases


def test_clause_breaks_are_the_marks_and_spaced_dashes() -> None:
    # BREAK is written for speed; it finds exactly what the plain spelling finds
    marks = ".,;:!?()\\[\\]{}\"“”—–\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029"
    plain = re.compile(f"[{marks}]|\\s-\\s")
    rng = random.Random(7)
    alphabet = ["a", " ", "-", "\t", "\n", ".", ",", "\x1c", "\u2028", "—", "é", "?"]
    texts = ["a - b", "a -b", "a- b", " - - ", "\t-\n", "x.\x1c- y", "so — then - now"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
              for _ in range(3000)]
    for text in texts:
        assert [m.span() for m in BREAK.finditer(text)] == [
            m.span() for m in plain.finditer(text)], repr(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first stretch has nothing to carry a phrase; "but" still starts a contrast
        ("We met on Monday, but I am exhausted", [("exhausted", 3.75, "feeling")]),
        ("We met on Monday but I am exhausted", [("exhausted", 3.75, "feeling")]),
        # a shouted word in a stretch with no other word worth a look
        ("We met on Monday. The report went in, the TEAM was there",
         [("TEAM", 2.25, "emphasis")]),
        # a word said again in other stretches
        ("Budget, budget, and the budget again",
         [("Budget", 1.75, "repeated"), ("budget again", 1.75, "repeated")]),
        ("We met on Monday. The report went in, and that was that.", []),
    ],
)
def test_stretches_with_nothing_to_carry_a_phrase_change_nothing(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert [(p.text, p.score, p.why) for p in scored_phrases(text)] == expected


ASCII_PIECES = ["a", "B", "z", "Q", "7", "'", "''", " ", " - ", " -\t", "-", "_", ".", ",", "?",
                "!", ";", "(", "]", '"', "\t", "\n", "\x00", "\x1c", "\x7f", "don't", "NO",
                "WAY", "ok", " '", "' ", "x'", "'y"]


@given(st.lists(st.sampled_from(ASCII_PIECES), max_size=25).map("".join))
def test_an_ascii_text_is_read_as_the_regular_expressions_read_it(text: str) -> None:
    from coach.engine.phrases import _CAPITALS, WORD, _breaks, _shouting, _words

    assert _words(text, True) == WORD.findall(text)
    assert _shouting(text, True) == (_CAPITALS.search(text) is not None)
    assert _breaks(text, True) == [m.start() for m in BREAK.finditer(text)]


def test_every_ascii_character_is_read_as_the_regular_expressions_read_it() -> None:
    from coach.engine.phrases import _CAPITALS, WORD, _breaks, _shouting, _words

    for c in map(chr, range(128)):
        for text in (c, f"ab{c}cd", c * 3, f"x {c} y", f"{c}'{c}", f"A{c}B"):
            assert _words(text, True) == WORD.findall(text), text
            assert _shouting(text, True) == (_CAPITALS.search(text) is not None), text
            assert _breaks(text, True) == [m.start() for m in BREAK.finditer(text)], text
