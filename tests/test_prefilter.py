"""The gates read from regex patterns: a text a pattern matches is never turned away."""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

import pytest

from coach.engine import analyser_cues as cues
from coach.engine import analyser_questions as qs
from coach.engine import prefilter
from coach.engine.prefilter import OPEN, Gated, gate
from workplace_cases import CASES

WORKPLACE = Path(__file__).resolve().parents[1] / "bench" / "data" / "workplace"


def _corpus() -> list[str]:
    texts = [text for text, _ in CASES]
    for path in sorted(WORKPLACE.glob("w*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [row["text"] for row in csv.DictReader(handle, delimiter="\t")]
    return texts


ENGINE_PATTERNS = {
    "leading": qs.LEADING.compiled,
    "advice question": cues.ADVICE_QUESTION,
    "advice statement": cues.ADVICE_STATEMENT,
    "problem": cues.PROBLEM_ANY,
    "solution": cues.SOLUTION,
    "housekeeping": cues.NOT_SOLUTION,
    "turned over": cues._NEGATED_PROBLEM,
    **{f"trap {role}": pattern for role, pattern in cues.TRAPS.items()},
}


@pytest.mark.parametrize("name", sorted(ENGINE_PATTERNS))
def test_every_engine_gate_admits_what_its_pattern_matches(name: str) -> None:
    pattern = ENGINE_PATTERNS[name]
    check = gate(pattern)
    assert check is not OPEN, f"{name}: no gate was read from the pattern"
    lows = [qs.normalise(t) for t in _corpus()]
    matched = [low for low in lows if pattern.search(low)]
    assert matched, f"{name}: the corpus never matches it, so this checks nothing"
    assert [low for low in matched if not check.admits(low)] == []
    # and the gate turns most texts away, or it is not worth its cost
    assert sum(map(check.admits, lows)) < 0.5 * len(lows)


@pytest.mark.parametrize(
    ("source", "text", "admitted"),
    [
        (r"\bwant\b", "i want it", True),
        (r"\bwant\b", "i wanted it", False),  # "want" is no word there, so no match
        (r"(?<![\w'])want", "i want", True),
        (r"(?<!x)die", "he studied", True),  # the look-behind allows a letter before it
        (r"(?<![a-z])die", "2die", True),
        (r"(?:do|doing|did) it", "doing it", True),
        (r"(?:do|doing|did) it", "i made it", False),
        (r"arms?\b", "my arms", True),
        (r"surely\W*$", "surely.", True),
        (r"no(?:-| )one else", "no-one else", True),
        (r"like what\W*$", "it was like that", False),
        (r"don't you think", "don't you think?", True),
        (r"don't you think", "don't you see", False),
        # a look-ahead spells out as nothing: "just tell" or "just do" must be there
        (r"just (?:tell(?! me)|do)", "i just told her", False),
        (r"just (?:tell(?! me)|do)", "just tell him", True),
        (r"(?:tell|ask)(?![\w'])", "task", True),  # "ask" may end a longer word's run
        # after "(?:^|[.!?] )" no letter comes just before, so "put" must be a word
        (r"(?:^|[.!?] )(?:so |and |then |now )?put it", "so input it", False),
        (r"(?:^|[.!?] )(?:so |and |then |now )?put it", "well. put it down", True),
        (r"(?:^|x)put it", "xput it", True),
        # only the commonest words, and still a gate
        (r"(?<![\w'])(?:i|i'm|we)(?![\w'])", "you and them", False),
        (r"(?<![\w'])(?:i|i'm|we)(?![\w'])", "so i'm here", True),
        # a look-ahead that lets only a non-letter come next ends a word
        (r"\b(?:left|gone|over|done|past)(?=[.!,]|$)", "it's leftover.", False),
        (r"\b(?:left|gone|over|done|past)(?=[.!,]|$)", "it's all over", True),
    ],
)
def test_gates_of_small_patterns(source: str, text: str, admitted: bool) -> None:
    pattern = re.compile(source)
    assert gate(pattern).admits(text) is admitted
    if not admitted:
        assert pattern.search(text) is None


@pytest.mark.parametrize("source", [
    r"(?:abc)?", r"\w+", r"(?i:surely)", r"(a)\1", r".*",
])
def test_patterns_without_a_safe_reading_get_no_gate(source: str) -> None:
    assert gate(re.compile(source)) is OPEN


def test_a_pattern_with_ignorecase_gets_no_gate() -> None:
    assert gate(re.compile("surely", re.IGNORECASE)) is OPEN


_ATOMS = ["a", "b", "ab", "ba", "abx", "x", " ", "'", "-", "1", r"\w", r"\s", r"\W", "[ab]",
          "[a-z]", "[^a]", "[ x]", ".", r"\d", "[sz]"]
_ZERO_WIDTH = [r"\b", r"\B", "^", "$", r"(?<![\w'])", r"(?<![a-z])", r"(?<!a)",
               r"(?<![a-z0-9'])", r"(?!\w)", r"(?![a-z])", "(?=a)", "(?<=b)", r"(?!a)",
               r"(?=[ .]|$)", r"(?=\W)", r"(?=$|a)", r"\Z"]
_PARTS = ["a", "b", "ab", "ba", "abx", "x", " ", "'", "-", "1", "_", "Z", ".", "s", "z", "\n"]


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    roll = rng.random()
    if depth > 3 or roll < 0.35:
        return rng.choice(_ATOMS)
    if roll < 0.5:
        return rng.choice(_ZERO_WIDTH)
    if roll < 0.7:
        return "".join(_random_pattern(rng, depth + 1) for _ in range(rng.randint(2, 4)))
    if roll < 0.85:
        return "(?:" + "|".join(_random_pattern(rng, depth + 1)
                                for _ in range(rng.randint(2, 4))) + ")"
    return ("(?:" + _random_pattern(rng, depth + 1) + ")"
            + rng.choice(["?", "*", "+", "{1,2}", "{0,3}", "??", "+?"]))


def test_random_patterns_never_turn_away_a_text_they_match() -> None:
    rng = random.Random(20240611)
    gated = matched = 0
    for _ in range(1500):
        source = _random_pattern(rng)
        try:
            pattern = re.compile(source)
        except re.error:
            continue
        check = gate(pattern)
        gated += bool(check.clauses)
        for _ in range(40):
            text = "".join(rng.choice(_PARTS) for _ in range(rng.randint(0, 8)))
            if pattern.search(text):
                matched += bool(check.clauses)
                assert check.admits(text), (source, text, check)
    assert gated > 250 and matched > 2000  # the run exercised real gates


def test_gated_pattern_answers_as_the_pattern_does() -> None:
    pattern = re.compile(r"(?<![\w'])(?:stuck|torn) between\b")
    gated = Gated(pattern)
    def span(match: re.Match[str] | None) -> tuple[int, int] | None:
        return match.span() if match else None

    for text in ["i'm torn between two", "nothing here", "stuck between a rock", "unstuck between"]:
        assert span(gated.search(text)) == span(pattern.search(text))
        assert span(gated.match(text)) == span(pattern.match(text))
        assert gated.findall(text) == pattern.findall(text)
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in pattern.finditer(text)]
        assert gated.sub("~", text) == pattern.sub("~", text)
    assert gated.pattern == pattern.pattern


def test_the_words_of_a_text_are_runs_of_letters() -> None:
    assert prefilter.words_of("don't stop-now 2day") == {"don", "t", "stop", "now", "day"}


def test_shared_gates_answer_as_each_gate_does_alone() -> None:
    patterns = [*ENGINE_PATTERNS.values(), cues._MAYBE_DO, cues.ADVICE_STATEMENT,
                re.compile(r"like what\W*$")]
    shared = [gate(pattern).shared() for pattern in patterns]
    lows = [qs.normalise(t) for t in _corpus()]
    for low in lows + [low.upper() for low in lows[:200]]:
        # one text asked of every gate in a row: the look-up of its words is shared
        assert [admits(low) for admits in shared] == [gate(p).admits(low) for p in patterns]


def test_a_gate_shared_after_a_text_was_looked_up_still_reads_that_text() -> None:
    text = "a zebra beside a giraffe"
    assert gate(re.compile(r"\bzebra\b")).shared()(text)
    giraffe = gate(re.compile(r"\b(?:giraffe|okapi)\b")).shared()
    assert giraffe(text)
    assert not giraffe("a zebra alone")


@pytest.mark.parametrize("name", sorted(ENGINE_PATTERNS))
def test_a_gate_written_out_as_data_reads_back_the_same(name: str) -> None:
    check = gate(ENGINE_PATTERNS[name])
    data = check.to_data()
    assert json.loads(json.dumps(data)) == data  # plain lists, strings and numbers
    back = prefilter.Gate.from_data(data)
    assert back.to_data() == data
    lows = [qs.normalise(t) for t in _corpus()[:400]]
    assert [back.admits(low) for low in lows] == [check.admits(low) for low in lows]


def test_a_gate_given_the_words_of_a_text_answers_as_it_does_alone() -> None:
    check = gate(cues.ADVICE_QUESTION)
    for low in (qs.normalise(t) for t in _corpus()[:400]):
        held = prefilter.words_of(low)
        assert check.admits(low, held) == check.admits(low)
        assert check.admits(low, held | {"would", "have", "you", "tried"}) >= check.admits(low)
