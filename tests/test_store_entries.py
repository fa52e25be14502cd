from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest

from coach.store import Entry, Journal, StoreError

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture
def journal() -> Iterator[Journal]:
    with Journal.memory(clock=lambda: NOW) as j:
        yield j


def test_add_and_get(journal: Journal) -> None:
    entry_id = journal.add_entry(
        "I said *yes* [b]too[/b] fast.", title="A hard call", tags=["#Work", "self care"], mood=2
    )
    entry = journal.get_entry(entry_id)
    assert isinstance(entry, Entry)
    assert entry.body == "I said *yes* [b]too[/b] fast."
    assert entry.title == "A hard call"
    assert entry.tags == ("self-care", "work")
    assert entry.created == NOW
    assert entry.kind == "free" and entry.mood == 2 and not entry.starred
    assert entry.to_dict()["created"] == "2026-11-23T09:30:00+01:00"
    assert set(entry.to_dict()) >= {"id", "kind", "title", "body", "created", "tags", "starred"}


@pytest.mark.parametrize("body", ["", "   ", "\n\n"])
def test_empty_entry_is_refused(journal: Journal, body: str) -> None:
    with pytest.raises(StoreError, match="empty"):
        journal.add_entry(body)
    assert journal.count_entries() == 0


def test_update_star_tag_delete(journal: Journal) -> None:
    entry_id = journal.add_entry("first words")
    journal.update_entry(entry_id, title="New", body="second words")
    journal.set_starred(entry_id)
    journal.add_tags(entry_id, ["a", "b"])
    journal.remove_tags(entry_id, ["a"])
    entry = journal.get_entry(entry_id)
    assert entry is not None
    assert (entry.title, entry.body, entry.starred, entry.tags) == ("New", "second words", True, ("b",))
    assert journal.search("second")[0].entry.id == entry_id
    assert journal.search("first") == []
    journal.set_starred(entry_id, False)
    assert journal.get_entry(entry_id).starred is False  # type: ignore[union-attr]
    assert journal.delete_entry(entry_id) is True
    assert journal.delete_entry(entry_id) is False
    assert journal.get_entry(entry_id) is None
    assert journal.search("second") == []
    assert journal.tags() == []


def test_unknown_id_is_a_store_error(journal: Journal) -> None:
    with pytest.raises(StoreError, match="no journal entry 99"):
        journal.set_starred(99)


def _fill(journal: Journal) -> None:
    for day in range(10):
        journal.add_entry(
            f"day {day}",
            created=datetime(2026, 11, 1 + day, 12, tzinfo=timezone.utc),
            kind="check-in" if day % 2 else "free",
            tags=["odd"] if day % 2 else ["even"],
            starred=day == 3,
        )


@pytest.mark.parametrize(
    ("filters", "bodies"),
    [
        ({}, ["day 9", "day 8", "day 7", "day 6", "day 5", "day 4", "day 3", "day 2", "day 1", "day 0"]),
        ({"kind": "check-in"}, ["day 9", "day 7", "day 5", "day 3", "day 1"]),
        ({"tag": "even", "since": date(2026, 11, 5)}, ["day 8", "day 6", "day 4"]),
        ({"starred": True}, ["day 3"]),
        ({"since": date(2026, 11, 3), "until": date(2026, 11, 4)}, ["day 3", "day 2"]),
        ({"until": date(2026, 11, 1)}, ["day 0"]),
    ],
)
def test_newest_filters(journal: Journal, filters: dict, bodies: list[str]) -> None:
    _fill(journal)
    assert [e.body for e in journal.newest(**filters)] == bodies
    assert journal.count_entries(**filters) == len(bodies)


def test_newest_pages(journal: Journal) -> None:
    _fill(journal)
    assert [e.body for e in journal.newest(3, offset=3)] == ["day 6", "day 5", "day 4"]


def test_tags_are_counted(journal: Journal) -> None:
    _fill(journal)
    assert journal.tags() == [("even", 5), ("odd", 5)]
