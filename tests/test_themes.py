"""Recurring themes: content words and phrases, forms merged, small words left out."""

from __future__ import annotations

import pytest

from coach.engine.themes import SMALL_WORDS, stem, themes


@pytest.mark.parametrize(
    "forms",
    [
        ("delegate", "delegated", "delegating", "delegation", "delegations"),
        ("meeting", "meetings"),
        ("plan", "planned", "planning", "plans"),
        ("story", "stories"),
        ("boss", "bosses", "boss's"),
        ("focus", "focused", "focusing"),
        ("manage", "management"),
        ("change", "changes", "changed", "changing"),
    ],
)
def test_the_forms_of_a_word_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(word) for word in forms}) == 1


@pytest.mark.parametrize(("one", "other"), [("status", "stat"), ("analysis", "analys"),
                                            ("team", "tea"), ("board", "boar")])
def test_different_words_keep_different_stems(one: str, other: str) -> None:
    assert stem(one) != stem(other)


def test_small_words_are_never_themes() -> None:
    texts = ["I say honestly I never said only that.", "Say it honestly, never only once.",
             "You said, honestly, it was only me; say more.", "I never say that."]
    texts.append("The rota, honestly: the rota.")
    shown = {t.text.casefold() for t in themes(texts)}
    assert shown == {"rota"}
    assert {"say", "said", "honestly", "never", "only"} <= SMALL_WORDS


def test_forms_are_counted_as_one_theme_in_the_spelling_used_most() -> None:
    texts = ["I want to delegate the rota.", "Delegating went well.",
             "More delegation next month.", "I delegate too little."]
    [found] = [t for t in themes(texts) if stem(t.text) == stem("delegate")]
    assert (found.text, found.count) == ("delegate", 4)


def test_a_phrase_that_recurs_is_a_theme_and_its_words_are_not_listed_again() -> None:
    texts = ["The board meeting ran long.", "Board meetings drain me.",
             "After the board meeting I felt lighter."]
    shown = [(t.text, t.count) for t in themes(texts)]
    assert shown[0] == ("board meeting", 3)
    assert "board" not in [text for text, _ in shown]
    assert "meeting" not in [text for text, _ in shown]


def test_each_text_counts_once_and_ignored_words_are_skipped() -> None:
    texts = ["budget budget budget budget", "Budget again.", "Description: nothing else"]
    shown = {t.text: t.count for t in themes(texts, ignore=["Description"])}
    assert shown == {"budget": 2}


def test_a_theme_searches_for_its_own_words() -> None:
    [theme] = themes(["Rota trouble.", "rota again"])
    assert theme.search == "rota"
