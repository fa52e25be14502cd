from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone

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
    assert (entry.title, entry.body, entry.starred, entry.tags) == (
        "New",
        "second words",
        True,
        ("b",),
    )
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
    with pytest.raises(StoreError, match="no journal entry 99"):
        journal.set_mood(99, 3)


def test_a_mood_can_be_changed_and_cleared() -> None:
    moments = [NOW]
    with Journal.memory(clock=lambda: moments[-1]) as journal:
        entry_id = journal.add_entry("Tired.", title="Check-in", kind="check-in",
                                     tags=["energy"], mood=2)
        moments.append(NOW + timedelta(hours=2))
        journal.set_mood(entry_id, 5)
        changed = journal.get_entry(entry_id)
        assert changed is not None
        assert (changed.mood, changed.created, changed.updated) == (5, NOW, moments[-1])
        assert (changed.title, changed.body, changed.kind, changed.tags) == (
            "Check-in", "Tired.", "check-in", ("energy",)
        )
        moments.append(NOW + timedelta(hours=3))
        journal.set_mood(entry_id, None)
        cleared = journal.get_entry(entry_id)
        assert cleared is not None
        assert (cleared.mood, cleared.updated) == (None, moments[-1])
        journal.set_mood(entry_id, 1)
        assert journal.get_entry(entry_id).mood == 1  # type: ignore[union-attr]


BAD_MOODS = [0, 6, -1, 10, True, False, 2.5, "3"]


@pytest.mark.parametrize("mood", BAD_MOODS, ids=repr)
def test_a_bad_mood_is_refused_and_the_entry_kept(journal: Journal, mood: object) -> None:
    entry_id = journal.add_entry("Steady.", mood=3)
    before = journal.get_entry(entry_id)
    with pytest.raises(
        StoreError,
        match=rf"mood of entry {entry_id}: a mood is a whole number from 1 \(low\) to 5 "
        r"\(high\), or none, not .*; nothing was changed",
    ):
        journal.set_mood(entry_id, mood)  # type: ignore[arg-type]
    assert journal.get_entry(entry_id) == before


@pytest.mark.parametrize("mood", BAD_MOODS, ids=repr)
def test_a_new_entry_with_a_bad_mood_is_refused(journal: Journal, mood: object) -> None:
    with pytest.raises(StoreError, match=r"can't save the entry: a mood is a whole number"):
        journal.add_entry("Steady.", mood=mood)  # type: ignore[arg-type]
    assert journal.count_entries() == 0


def _fill(journal: Journal) -> None:
    for day in range(10):
        journal.add_entry(
            f"day {day}",
            created=datetime(2026, 11, 1 + day, 12, tzinfo=UTC),
            kind="check-in" if day % 2 else "free",
            tags=["odd"] if day % 2 else ["even"],
            starred=day == 3,
        )


@pytest.mark.parametrize(
    ("filters", "bodies"),
    [
        (
            {},
            [
                "day 9",
                "day 8",
                "day 7",
                "day 6",
                "day 5",
                "day 4",
                "day 3",
                "day 2",
                "day 1",
                "day 0",
            ],
        ),
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


@pytest.mark.parametrize(
    "filters",
    [{"tag": "b"}, {"tag": "B", "kind": "check-in"}, {"tag": "b", "starred": False},
     {"tag": "b", "since": date(2026, 11, 3), "until": date(2026, 11, 6)}, {"tag": "none"}],
)
def test_tagged_pages_are_the_tagged_slice_of_the_whole_list(
    journal: Journal, filters: dict
) -> None:
    for n in range(40):  # several entries share a time, so the id breaks ties
        journal.add_entry(
            f"entry {n}", created=datetime(2026, 11, 1 + n // 5, 8 + n % 2, tzinfo=UTC),
            kind="check-in" if n % 3 else "free", tags=["a", "b"][: 1 + n % 2] if n % 4 else ["b"],
            starred=n % 7 == 0,
        )
    wanted = {k: v for k, v in filters.items() if k != "tag"}
    tag = filters["tag"].lower()
    expected = [e.id for e in journal.newest(100, **wanted) if tag in e.tags]
    pages = [journal.newest(6, offset=offset, **filters) for offset in range(0, 48, 6)]
    assert [e.id for page in pages for e in page] == expected
    assert journal.count_entries(**filters) == len(expected)


def test_tags_are_counted(journal: Journal) -> None:
    _fill(journal)
    assert journal.tags() == [("even", 5), ("odd", 5)]


def test_add_entries_saves_a_batch_in_one_go(journal: Journal) -> None:
    batch = ({"body": f"note {n}", "tags": ["#Bulk"], "created": NOW - timedelta(days=n)}
             for n in range(3))
    assert journal.add_entries(batch) == 3
    assert [(e.body, e.tags) for e in journal.newest()] == [
        ("note 0", ("bulk",)), ("note 1", ("bulk",)), ("note 2", ("bulk",))
    ]
    assert (
        journal.add_entries(
            [
                {
                    "body": "checked",
                    "title": "  ",
                    "kind": "check-in",
                    "starred": True,
                    "framework": "gibbs",
                    "mood": 3,
                }
            ]
        )
        == 1
    )
    entry = journal.newest(1, kind="check-in")[0]
    assert (entry.title, entry.starred, entry.framework, entry.mood) == (None, True, "gibbs", 3)
    assert journal.search("checked")[0].entry.id == entry.id
    assert journal.add_entries([]) == 0


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ({"body": "  "}, "entry 2 of the batch: nothing to save"),
        ({"body": "x", "kind": ""}, "entry 2 of the batch: can't save the entry: it needs a kind"),
        ({"title": "no body"}, "entry 2 of the batch: no 'body'"),
        ({"body": "x", "colour": "red"}, "entry 2 of the batch: 'colour' is not an entry field"),
        ({"body": "x", "mood": 6}, "entry 2 of the batch: can't save the entry: a mood is a"),
    ],
)
def test_add_entries_saves_nothing_when_one_is_wrong(
    journal: Journal, bad: dict, problem: str
) -> None:
    with pytest.raises(StoreError, match=problem):
        journal.add_entries([{"body": "fine"}, bad, {"body": "also fine"}])
    assert journal.count_entries() == 0


@pytest.mark.parametrize(("typed", "add", "remove"), [
    ("work -draft +team", ["work", "team"], ["draft"]),
    ("work, -draft, #Self", ["work", "self"], ["draft"]),
    ("- + ++x", ["+x"], []),
    (["Self Care", "-old,new"], ["self-care", "new"], ["old"]),
])
def test_tag_changes_read_the_same_in_the_app_and_line_mode(
    typed: str | list[str], add: list[str], remove: list[str]
) -> None:
    from coach.store.entries import tag_changes

    assert tag_changes(typed) == (add, remove)
