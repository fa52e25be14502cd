from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from coach.store import Journal
from coach.store.search import fts_query, split_highlights

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture
def journal() -> Iterator[Journal]:
    with Journal.memory(clock=lambda: NOW) as j:
        j.add_entry("Self-care matters when the team is stretched.", title="Rest")
        j.add_entry("We argued AND then we listened. He said \"fine and dandy.")
        j.add_entry("Listening, listening, listening: the whole day was about listening.")
        j.add_entry("Nothing relevant here at all.", title="Listening notes")
        yield j


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("self-care", '"self-care"'),
        ("AND", '"AND"'),
        ('"', ""),
        ('say "hello', '"say" """hello"'),
        ("NEAR(a b)", '"NEAR(a" "b)"'),
        ("  ", ""),
    ],
)
def test_fts_query_is_always_quoted(query: str, expected: str) -> None:
    assert fts_query(query) == expected


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("self-care", 1),
        ("AND", 1),
        ('"', 0),
        ('"fine', 1),
        ("OR", 0),
        ("NOT", 0),
        ("*", 0),
        ("listen", 3),  # stemming: listened, listening
        ("releva", 0),
        ("team stretch", 1),
        ("(", 0),
    ],
)
def test_user_queries_are_searched_literally(journal: Journal, query: str, count: int) -> None:
    assert len(journal.search(query)) == count


def test_prefix_for_search_as_you_type(journal: Journal) -> None:
    assert fts_query("team stre", prefix=True) == '"team" "stre"*'
    assert [h.entry.title for h in journal.search("stretc", prefix=True)] == ["Rest"]
    assert journal.search("stretc") == []
    assert len(journal.search("NOT", prefix=True)) == 1


def test_ranked_best_first_with_highlighted_snippets(journal: Journal) -> None:
    hits = journal.search("listening")
    assert [h.entry.body.split()[0] for h in hits][0] == "Listening,"
    assert hits == sorted(hits, key=lambda h: h.rank)
    best = hits[0]
    assert best.highlights
    for start, end in best.highlights:
        assert best.snippet[start:end].lower().startswith("listen")
    assert "\ue000" not in best.snippet


def test_search_filters(journal: Journal) -> None:
    assert journal.search("listening", kind="session") == []
    assert len(journal.search("listening", limit=1)) == 1
    assert len(journal.search("listening", offset=1)) == 2


def test_split_highlights() -> None:
    text, spans = split_highlights("a \ue000b\ue001 c \ue000dd\ue001")
    assert text == "a b c dd"
    assert [text[s:e] for s, e in spans] == ["b", "dd"]
