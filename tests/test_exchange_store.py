"""The exchange tables: migration, notes in the journal, phases worked out from what happened."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from coach.engine.model import Turn
from coach.store import Journal, StoreError
from coach.store.exchanges import default_title, note_tags
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
    entry = journal.get_entry(notes[0].entry_id or 0)
    assert entry is not None and entry.kind == "exchange" and entry.body == "first"
    assert set(entry.tags) == {"exchange", "leadership-moment", "culture"}
    assert journal.newest(tag="leadership-moment")[0].id == entry.id
    assert journal.search("Patel")[0].entry.title == "Hosting Sam Patel (City Council): note"


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
    assert [e.kind for e in journal.newest()] == ["exchange"] * 3


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


def test_the_report_matches_the_golden_file(journal: Journal) -> None:
    xid = journal.add_exchange(role="host", partner="Sam", org="City Council",
                               day=date(2026, 3, 12))
    prep = journal.start_session("exchange-host", seed=1, kind="exchange")
    journal.link_exchange_session(xid, "prepare", prep)
    for turn in (
        Turn(0, "coach", "stage", "Stage 1 of 4, The visit: ...", "the-visit"),
        Turn(1, "coach", "question", "What would you like your visitor to see?", "the-visit"),
        Turn(2, "you", "answer", "The huddle\nand the front door", "the-visit"),
        Turn(3, "coach", "commitment", "What practical step will you commit to?", None),
        Turn(4, "you", "answer", "Ask Sam for feedback", None,
             {"commitment": "Ask Sam for feedback", "due": "2026-03-13"}),
    ):
        journal.record_turn(prep, turn)
    journal.finish_session(prep)
    journal.add_exchange_note(xid, "[bold]Late[/] start", tags=["culture"])
    journal.add_exchange_note(xid, "Sam asked about partners")
    ref = journal.start_session("exchange-reflect", seed=1, kind="exchange")
    journal.link_exchange_session(xid, "reflect", ref)
    journal.record_turn(ref, Turn(0, "coach", "question", "What did you see on the day?", "x"))
    journal.record_turn(ref, Turn(1, "you", "answer", "Calm staff", "x"))
    journal.pause_session(ref)

    report = journal.exchange_report(xid)
    golden = GOLDEN / "exchange_report.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(report, encoding="utf-8")
    assert report == golden.read_text(encoding="utf-8")
