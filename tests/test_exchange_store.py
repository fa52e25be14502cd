"""The exchange tables: migration, notes in the journal, phases worked out from what happened."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from coach.engine.model import Turn
from coach.store import Journal, StoreError
from coach.store.exchanges import NOTES_ENTRY, default_title, note_tags
from coach.store.schema import SCHEMA_VERSION, migrations

GOLDEN = Path(__file__).parent / "golden"
START = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


class Ticking:
    """A clock that moves on a minute every time it is read."""

    def __init__(self) -> None:
        self.moment = START

    def __call__(self) -> datetime:
        self.moment += timedelta(minutes=1)
        return self.moment


@pytest.fixture
def journal() -> Journal:
    return Journal.memory(clock=Ticking())


def test_a_journal_at_the_previous_version_gains_the_exchange_tables(tmp_path: Path) -> None:
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path)
    conn.executescript((GOLDEN / "schema_v1.sql").read_text())
    migrations.apply(Database(conn), stop_before="0003_exchanges")
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO entries (kind, body, created, updated) VALUES ('free', "
                 "'Written at version two', '2026-02-01T08:00:00Z', '2026-02-01T08:00:00Z')")
    conn.commit()
    conn.close()

    with Journal.open(path) as journal:
        assert journal.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        assert [m.name for m in migrations.applied(journal.db)][-3:] == [
            "0003_exchanges", "0004_tag_listing_index", "0005_commitment_habits_and_reviews"
        ]
        assert journal.count_entries() == 3
        assert journal.search("version")[0].entry.body == "Written at version two"
        assert [c.text for c in journal.commitments()] == ["hand the rota to Ana"]
        xid = journal.add_exchange(role="observer", partner="Ana", org="Hospice")
        journal.add_exchange_note(xid, "Quiet handover", tags=["culture"])
    with Journal.open(path) as journal:  # a second open changes nothing
        assert journal.require_exchange(xid).phase == "observed"
        assert journal.count_entries() == 4


def test_notes_come_back_in_time_order_and_land_in_the_journal(journal: Journal) -> None:
    xid = journal.add_exchange(role="host", partner=" Sam   Patel ", org="City Council")
    assert journal.require_exchange(xid).title == "Hosting Sam Patel (City Council)"
    later = journal.add_exchange_note(xid, "second", created=START + timedelta(hours=3))
    earlier = journal.add_exchange_note(xid, "first", tags=["Leadership  Moment", "#culture"],
                                        created=START + timedelta(hours=1))
    notes = journal.exchange_notes(xid)
    assert [n.id for n in notes] == [earlier, later]
    assert notes[0].tags == ("leadership moment", "culture")
    # Both notes are kept under their exchange: one journal entry gathers them.
    assert notes[0].entry_id == notes[1].entry_id is not None
    entry = journal.get_entry(notes[0].entry_id or 0)
    assert entry is not None and entry.kind == "exchange" and entry.framework == NOTES_ENTRY
    assert entry.title == "Hosting Sam Patel (City Council): notes from the day"
    assert entry.body == ("- **10:00** _(leadership moment, culture)_ first\n"
                          "- **12:00** second\n")
    assert entry.created == START + timedelta(hours=1)  # when the first note was taken
    assert set(entry.tags) == {"exchange", "leadership-moment", "culture"}
    assert journal.newest(tag="leadership-moment")[0].id == entry.id
    assert journal.search("second")[0].entry.id == entry.id
    assert journal.count_entries() == 1


def test_each_exchange_gathers_its_own_notes(journal: Journal) -> None:
    sam = journal.add_exchange(role="host", partner="Sam", day=date(2026, 3, 12))
    ana = journal.add_exchange(role="observer", partner="Ana")
    journal.add_exchange_note(sam, "Huddle\nran late", tags=["culture"],
                              created=datetime(2026, 3, 12, 9, 5, tzinfo=UTC))
    journal.add_exchange_note(ana, "Quiet handover")
    journal.add_exchange_note(sam, "Ran out of chairs",
                              created=datetime(2026, 3, 13, 8, 0, tzinfo=UTC))
    assert journal.count_entries() == 2
    sam_entry = journal.get_entry(journal.exchange_notes(sam)[0].entry_id or 0)
    assert sam_entry is not None and sam_entry.body == (
        "- **09:05** _(culture)_ Huddle\n  ran late\n"
        "- **2026-03-13 08:00** Ran out of chairs\n")  # another day shows its date
    (ana_note,) = journal.exchange_notes(ana)
    ana_entry = journal.get_entry(ana_note.entry_id or 0)
    assert ana_entry is not None and ana_entry.body.endswith("Quiet handover\n")


def test_a_notes_entry_the_person_edited_keeps_their_words(journal: Journal) -> None:
    xid = journal.add_exchange(role="host", partner="Sam", day=date(2026, 3, 12))
    journal.add_exchange_note(xid, "first", created=datetime(2026, 3, 12, 10, 0, tzinfo=UTC))
    entry_id = journal.exchange_notes(xid)[0].entry_id or 0
    journal.update_entry(entry_id, body="- **10:00** first\n\nMy own thoughts on it.\n")
    journal.add_exchange_note(xid, "earlier", created=datetime(2026, 3, 12, 9, 0, tzinfo=UTC))
    entry = journal.get_entry(entry_id)
    assert entry is not None and entry.body == (
        "- **10:00** first\n\nMy own thoughts on it.\n- **09:00** earlier\n")
    journal.delete_entry(entry_id)
    journal.add_exchange_note(xid, "after the entry went")
    by_text = {n.text: n.entry_id for n in journal.exchange_notes(xid)}
    fresh = by_text.pop("after the entry went")
    assert by_text == {"first": None, "earlier": None}  # their text is kept with the exchange
    entry = journal.get_entry(fresh or 0)  # a new entry, gathering only the new note
    assert entry is not None and "first" not in entry.body
    assert entry.body.endswith(" after the entry went\n") and entry.body.count("\n") == 1


def test_notes_saved_one_entry_each_before_stay_readable(journal: Journal) -> None:
    """Journals from before notes were gathered keep each old note's own entry."""
    xid = journal.add_exchange(role="observer", partner="Ana")
    with journal.writing("save an old-style note") as conn:
        old_entry = journal._insert_entry(conn, None, "exchange", "Observing Ana: note",
                                          "Old note", "2026-03-12T09:00:00Z",
                                          "2026-03-12T09:00:00Z", False, None, None,
                                          ("exchange",))
        conn.execute("INSERT INTO exchange_notes (exchange_id, text, tags, created, entry_id)"
                     " VALUES (?, 'Old note', '[]', '2026-03-12T09:00:00Z', ?)",
                     (xid, old_entry))
    journal.add_exchange_note(xid, "New note")
    old, new = journal.exchange_notes(xid)
    assert old.entry_id == old_entry
    assert journal.get_entry(old_entry).body == "Old note"  # type: ignore[union-attr]
    assert new.entry_id != old_entry
    assert journal.get_entry(new.entry_id or 0).framework == NOTES_ENTRY  # type: ignore[union-attr]
    assert [n.text for n in journal.exchange_notes(xid)] == ["Old note", "New note"]
    assert "Old note" in journal.exchange_report(xid)


def test_the_phase_follows_what_has_happened(journal: Journal) -> None:
    xid = journal.add_exchange(role="observer", partner="Ana", day=date(2026, 4, 1))
    assert journal.require_exchange(xid).phase == "planned"

    prep = journal.start_session("exchange-observer", seed=1, kind="exchange",
                                 meta={"exchange_id": xid})
    journal.link_exchange_session(xid, "prepare", prep)
    journal.record_turn(prep, Turn(0, "coach", "question", "What would you like to learn?", "a"))
    journal.record_turn(prep, Turn(1, "you", "answer", "How they share budgets", "a"))
    assert journal.require_exchange(xid).phase == "planned"
    journal.finish_session(prep)
    assert journal.require_exchange(xid).phase == "prepared"

    journal.add_exchange_note(xid, "Budgets are pooled")
    assert journal.require_exchange(xid).phase == "observed"

    ref = journal.start_session("exchange-reflect", seed=1, kind="exchange")
    journal.link_exchange_session(xid, "reflect", ref)
    journal.record_turn(ref, Turn(0, "coach", "commitment", "What will you commit to?", None))
    journal.record_turn(ref, Turn(1, "you", "answer", "Pool one budget", None,
                                  {"commitment": "Pool one budget", "due": None}))
    journal.pause_session(ref)
    assert journal.require_exchange(xid).phase == "observed"
    journal.finish_session(ref)
    found = journal.require_exchange(xid)
    assert found.phase == "reflected" and found.day == date(2026, 4, 1) and found.notes == 1

    details = journal.exchange_details(xid)
    (section,) = details["preparation"]["sections"]
    assert section["answers"] == [{"question": "What would you like to learn?",
                                   "answer": "How they share budgets"}]
    assert details["reflection"]["sections"][0]["title"] == "Commitment"
    assert [c["text"] for c in details["commitments"]] == ["Pool one budget"]
    assert [e.kind for e in journal.newest()] == ["exchange"] * 3  # two talks, the notes


def test_exchanges_list_newest_first_and_refuse_nonsense(journal: Journal) -> None:
    first = journal.add_exchange(role="host", partner="Sam")
    second = journal.add_exchange(role="observer", partner="Ana", title="  Hospice   visit ")
    assert [x.id for x in journal.exchanges()] == [second, first]
    assert journal.require_exchange(second).title == "Hospice visit"
    with pytest.raises(StoreError, match="not host or observer"):
        journal.add_exchange(role="guest", partner="Sam")
    with pytest.raises(StoreError, match="there is no exchange 99"):
        journal.add_exchange_note(99, "hello")
    with pytest.raises(StoreError, match="no 'observe' conversation"):
        journal.link_exchange_session(first, "observe", 1)
    with pytest.raises(StoreError, match="the note is empty"):
        journal.add_exchange_note(first, " \n")


@pytest.mark.parametrize(
    ("role", "org", "expected"),
    [("host", None, "Hosting Sam"), ("observer", "NHS Trust", "Observing Sam (NHS Trust)")],
)
def test_default_titles(role: str, org: str | None, expected: str) -> None:
    assert default_title(role, "Sam", org) == expected


def test_note_tags_are_tidied_once_each() -> None:
    assert note_tags(["Culture", " culture ", "", "leadership   moment"]) == (
        "culture", "leadership moment")
