"""The phrase tables' patterns: compiled when first used, and their quicker search."""

from __future__ import annotations

import pytest

from coach.engine import risk_patterns as rp
from coach.engine.risk import _sentences, _words_of, normalise
from tests.test_risk import read_corpus

EDGES = ["", " ", "'", "-", "die", "-die", "die-", "x'die", "'i want to die", "i want to die'",
         "kill myself", "i'm a kill myself", "i wish i could just disappear"]


def _sentences_to_try() -> list[str]:
    found = set(EDGES)
    for row in read_corpus():
        for sentence in _sentences(normalise(row["text"])):
            found.add(sentence)
            found.add(rp.blank_idioms(sentence, _words_of(sentence)))
            found.add(sentence[1:])  # starting inside a word
    return sorted(found)


def test_every_rule_has_the_quicker_search() -> None:
    assert all(rule.pattern.spaced_source is not None for rule in rp.RULES)
    assert rp.ANY_LAST_THING.spaced_source is not None


def test_the_quicker_search_finds_what_the_pattern_finds() -> None:
    sentences = _sentences_to_try()
    for pattern in (p for p in rp.Pattern.made if p.spaced_source is not None):
        heard = [s for s in sentences if pattern.search(s)]
        assert [s for s in sentences if pattern.found_in(" " + s)] == heard, pattern.source


@pytest.mark.parametrize(("body", "blind"), [
    (r"want to die", True),
    (r"(?<![a-z'])die|(?<!i'm a )kill", True),
    (r"[^a-z]die", True),
    (r"^die", False),  # the start of the text is no longer where the text starts
    (r"\Adie", False),
    (r"(?<=\s)die", False),  # could see the added space
    (r"(?<! )die", False),
    (r"(?<![a-z ])die", False),
    (r"(?<![^a-z])die", False),
])
def test_a_pattern_that_could_see_the_added_space_is_searched_as_written(
    body: str, blind: bool
) -> None:
    assert rp._blind_to_a_space(body) is blind
    pattern = rp._bounded(body, skimmed=True)
    rp.Pattern.made.remove(pattern)  # not one of the tables
    assert (pattern.spaced_source is not None) is blind
    for text in ("die", "then die", "so die", "i die", "i'm a kill"):
        assert pattern.found_in(" " + text) == (pattern.search(text) is not None)
