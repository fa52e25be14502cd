"""The phrase tables' patterns: compiled when first used, their quicker search and its gate."""

from __future__ import annotations

import json
import re

import pytest

from coach.engine import prefilter
from coach.engine import risk_patterns as rp
from coach.engine.prefilter import gate
from coach.engine.risk import _letter_runs, _sentences, _words_of, normalise
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
    letters = {s: _letter_runs(_words_of(s)) for s in sentences}
    for pattern in (p for p in rp.Pattern.made if p.spaced_source is not None):
        heard = [s for s in sentences if pattern.search(s)]
        assert [s for s in sentences if pattern.found_in(" " + s)] == heard, pattern.source
        # and its gate, given the sentence's runs of letters, turns none of them away
        gated = [s for s in sentences if pattern.found_in(" " + s, letters[s])]
        assert gated == heard, pattern.source


def test_the_runs_of_letters_of_a_sentence_are_all_in_the_set_made_from_its_words() -> None:
    for sentence in _sentences_to_try():
        assert prefilter.words_of(sentence) <= _letter_runs(_words_of(sentence)), sentence


def test_the_stored_gates_are_those_read_from_the_patterns() -> None:
    stored = json.loads(rp.GATES_FILE.read_text(encoding="utf-8"))["gates"]
    assert stored == rp.gates_data(), (
        "a rule's wording changed: rewrite the gates with python -c "
        "'from coach.engine.risk_patterns import write_gates; write_gates()'")


def test_a_stored_gate_reads_back_as_the_gate_read_from_its_pattern() -> None:
    for pattern in (p for p in rp.Pattern.made if p.spaced_source is not None):
        assert rp.gate_of(pattern.spaced_source).to_data() == gate(
            re.compile(pattern.spaced_source)).to_data()


def test_a_pattern_with_no_stored_gate_has_its_gate_read_from_it() -> None:
    source = r"[^a-z0-9'](?:never (?:filed|stored) anywhere)(?![a-z0-9])"
    assert rp._gate_key(source) not in rp._stored_gates()
    check = rp.gate_of(source)
    assert check.clauses  # read from it, not from the file
    assert check.admits(" it was never stored anywhere")
    assert not check.admits(" it was stored somewhere")


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
