"""The shape rules' joined pattern: one search that says whether any rule can match."""

from __future__ import annotations

import re

import pytest

from coach.engine import risk_concepts as rc
from coach.engine.risk import normalise
from tests.test_risk import read_corpus


@pytest.mark.parametrize(("source", "ways"), [
    ("a|b", ["a", "b"]),
    (r"a(b|c)|d", ["a(b|c)", "d"]),
    (r"[|]|\||x", ["[|]", r"\|", "x"]),
    (r"[]|]a|[^]|]b|c", ["[]|]a", "[^]|]b", "c"]),
    (r"\b(?:x|y)\b[^.]{0,4}z", [r"\b(?:x|y)\b[^.]{0,4}z"]),
])
def test_alternatives_are_cut_only_at_the_top_level(source: str, ways: list[str]) -> None:
    assert rc._alternatives(source) == ways


def test_a_rule_with_a_way_off_the_word_edge_keeps_it() -> None:
    joined = re.compile(rc._any_rule([r"\bfoo", r"\bbar|baz", r"qux"]))
    assert joined.search("xbaz") and joined.search("xqux") and joined.search("a foo")
    assert not joined.search("xfoo") and not joined.search("xbar")


def _windows() -> set[str]:
    found: set[str] = set()
    for row in read_corpus():
        for sentence in re.split(r"[.!?;\n]+", normalise(row["text"])):
            for clause in re.split(r"\bbut\b", sentence):
                for window in rc._windows(clause.strip(" ,-:\"'()")):
                    found |= {window, window[1:], window[:-1]}
    return found


def test_the_joined_pattern_matches_where_some_rule_does() -> None:
    windows = sorted(_windows())
    joined = rc._ANY_RULE.compiled()
    expected = [w for w in windows if any(p.search(w) for _, _, p in rc._RULES)]
    assert len(expected) > 50
    assert [w for w in windows if joined.search(w)] == expected
