from __future__ import annotations

import json
import os
import re
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest

from coach import paths
from coach.engine.model import Turn
from coach.store import ImportResult, Journal, StoreError, templates
from coach.store.files import safe_file_name, unique_name

GOLDEN = Path(__file__).parent / "golden" / "markdown"
TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=TZ)


def clock() -> datetime:
    return NOW


def small_journal(journal: Journal) -> Journal:
    """A fixed journal: odd titles, tags, stars, a session and commitments."""
    at = lambda day, hour=8: datetime(2026, 11, day, hour, 15, tzinfo=TZ)  # noqa: E731
    journal.add_entry(
        "Listened more than I spoke.\n\n- twice\n- well",
        title="Listening",
        tags=["team", "listening"],
        created=at(2),
        starred=True,
        mood=4,
    )
    journal.add_entry("Who decides: me or them?", title='What/why: a <hard> "call"?', created=at(3))
    journal.add_entry(
        "Same title, different day.", title="Listening", created=at(4), kind="check-in"
    )
    journal.add_entry("No title here, just a thought about café culture and trust", created=at(5),
                      tags=["self-care"])
    journal.add_entry("A reserved name on Windows.", title="CON", created=at(6))
    journal.add_entry(
        "Gibbs: what happened [b]then[/b]", title="Reflection", framework="gibbs", created=at(7)
    )
    session = journal.start_session(
        "think-it-through", seed=9, title="Think it through", meta={"exchange": 2}
    )
    for turn in (
        Turn(0, "coach", "question", "What would you like to think about?", stage="topic"),
        Turn(1, "you", "answer", "Handing over the rota", stage="topic"),
        Turn(2, "coach", "playback", "You want to hand over the rota. Is that right?",
             stage="topic", data={"items": ["hand over the rota"]}),
        Turn(3, "you", "answer", "Ask Ana by Friday", stage="commit",
             data={"commitment": "ask Ana to run the rota", "due": "2026-11-27"}),
    ):
        journal.record_turn(session, turn)
    journal.finish_session(session)
    journal.start_session("grow", seed=3)  # unfinished
    journal.add_commitment("read the chapter", source="journal")
    return journal


def with_exchange(journal: Journal) -> Journal:
    """An observer's exchange: a finished preparation, two notes and a reflection."""
    xid = journal.add_exchange(
        role="observer",
        partner="Ana Lee",
        org="Hospice",
        day=date(2026, 11, 20),
        title="Visiting the hospice",
    )
    prep = journal.start_session("exchange-observer", seed=5, kind="exchange",
                                 meta={"exchange_id": xid, "exchange_part": "prepare"})
    journal.link_exchange_session(xid, "prepare", prep)
    journal.record_turn(
        prep, Turn(0, "coach", "question", "What would you like to learn?", stage="learn")
    )
    journal.record_turn(prep, Turn(1, "you", "answer", "How they pool budgets", stage="learn"))
    journal.finish_session(prep)
    journal.add_exchange_note(
        xid,
        "Budgets are pooled [b]weekly[/b]",
        tags=["partnership", "surprise"],
        created=datetime(2026, 11, 20, 10, 5, tzinfo=TZ),
    )
    journal.add_exchange_note(xid, "Nobody mentioned the waiting list", tags=["leadership moment"],
                              created=datetime(2026, 11, 20, 11, 40, tzinfo=TZ))
    ref = journal.start_session("exchange-reflect", seed=6, kind="exchange",
                                meta={"exchange_id": xid, "exchange_part": "reflect"})
    journal.link_exchange_session(xid, "reflect", ref)
    journal.record_turn(ref, Turn(0, "coach", "commitment", "What will you do differently?"))
    journal.record_turn(
        ref, Turn(1, "you", "answer", "Pool one budget", data={"commitment": "pool one budget"})
    )
    journal.finish_session(ref)
    return journal


def test_json_round_trip_loses_nothing(tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    with with_exchange(small_journal(Journal.open(tmp_path / "a.db", clock=clock))) as journal:
        assert journal.export_json(first) == 10  # the two notes share one entry
        report = journal.exchange_report(1)
    everything = 10 + 4 + 3 + 1 + 2  # entries, sessions, commitments, the exchange and its notes
    with Journal.open(tmp_path / "b.db", clock=clock) as fresh:
        result = fresh.import_file(first)
        assert result == ImportResult(added=everything, skipped=0, format="coach-json")
        fresh.export_json(second)
        assert fresh.import_file(first) == ImportResult(
            added=0, skipped=everything, format="coach-json"
        )
        assert fresh.import_file(second).added == 0
        assert fresh.turns(1)[2].data == {"items": ["hand over the rota"]}
        assert fresh.get_session(1).meta == {"exchange": 2}  # type: ignore[union-attr]
        exchange = fresh.require_exchange(1)
        assert exchange.phase == "reflected" and exchange.notes == 2
        assert fresh.exchange_report(1) == report
        notes = fresh.exchange_notes(1)
        assert notes[1].tags == ("leadership moment",)
        assert notes[0].entry_id == notes[1].entry_id
        assert fresh.get_entry(notes[0].entry_id or 0).body == (  # type: ignore[union-attr]
            "- **10:05** _(partnership, surprise)_ Budgets are pooled [b]weekly[/b]\n"
            "- **11:40** _(leadership moment)_ Nobody mentioned the waiting list\n")
    assert second.read_bytes() == first.read_bytes()
    data = json.loads(first.read_text())
    assert data["format"] == "coach-json"
    assert {"entries", "sessions", "commitments", "exchanges"} <= set(data)
    assert [n["text"] for n in data["exchanges"][0]["notes"]][0].startswith("Budgets")
    assert stat.S_IMODE(first.stat().st_mode) == 0o600


def test_exchanges_imported_beside_others_keep_their_links(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    with with_exchange(Journal.memory(clock=clock)) as journal:
        journal.export_json(export)
    with Journal.memory(clock=clock) as other:
        mine = other.add_exchange(role="host", partner="Sam")
        other.add_exchange_note(mine, "my own note")
        other.start_session("grow", seed=1)
        assert other.import_file(export).added == 3 + 2 + 1 + 1 + 2
        [theirs] = [x for x in other.exchanges() if x.partner == "Ana Lee"]
        assert theirs.id != mine and theirs.phase == "reflected" and theirs.notes == 2
        prep = other.get_session(theirs.prepare_session_id or 0)
        assert prep is not None and prep.framework == "exchange-observer"
        assert prep.meta == {"exchange_id": theirs.id, "exchange_part": "prepare"}
        entries = {note.entry_id for note in other.exchange_notes(theirs.id)}
        assert len(entries) == 1 and None not in entries
        assert other.exchange_notes(mine)[0].entry_id not in entries
        entry = other.get_entry(entries.pop() or 0)
        assert entry is not None and entry.title == "Visiting the hospice: notes from the day"
        for note in other.exchange_notes(theirs.id):
            assert note.text in entry.body
        [made] = [c for c in other.commitments() if c.text == "pool one budget"]
        assert made.session_id == theirs.reflect_session_id
        assert [n.text for n in other.exchange_notes(mine)] == ["my own note"]
        assert other.import_file(export).added == 0


def test_a_file_made_before_exchanges_were_exported_still_imports(tmp_path: Path) -> None:
    source = Path(__file__).parent / "golden" / "coach_json_before_exchanges.json"
    assert "exchanges" not in json.loads(source.read_text(encoding="utf-8"))
    with Journal.memory(clock=clock) as journal:
        assert journal.import_file(source) == ImportResult(
            added=3 + 1 + 1, skipped=0, format="coach-json"
        )
        assert journal.exchanges() == []
        assert [e.title for e in journal.newest(tag="exchange")] == [
            "Observing Ana (Hospice): note"
        ]
        assert journal.turns(1)[1].text == "How they share budgets"
        assert journal.import_file(source).added == 0


@pytest.mark.parametrize(
    ("exchange", "problem"),
    [
        (
            {"role": "guest", "with": "Sam", "created": "2026-11-20T10:00:00+00:00"},
            "exchanges[0]: 'role' should be host or observer",
        ),
        (
            {"role": "host", "created": "2026-11-20T10:00:00+00:00"},
            "exchanges[0]: 'with' is missing",
        ),
        (
            {"role": "host", "with": "Sam", "created": "2026-11-20T10:00:00+00:00", "date": "soon"},
            "exchanges[0]: 'date' is not a date",
        ),
        (
            {
                "role": "host",
                "with": "Sam",
                "created": "2026-11-20T10:00:00+00:00",
                "notes": [{"text": "ok", "created": "2026-11-20T10:00:00+00:00"}, {"text": " "}],
            },
            "exchanges[0]: notes[1]: 'text' is empty",
        ),
    ],
)
def test_a_bad_exchange_stops_the_whole_import(
    tmp_path: Path, exchange: dict, problem: str
) -> None:
    source = tmp_path / "bad.json"
    entry = {"body": "fine", "created": "2026-11-20T09:00:00+00:00"}
    source.write_text(
        json.dumps({"format": "coach-json", "entries": [entry], "exchanges": [exchange]})
    )
    with Journal.memory(clock=clock) as journal:
        with pytest.raises(StoreError, match=re.escape(problem)):
            journal.import_file(source)
        assert journal.count_entries() == 0 and journal.exchanges() == []


def test_import_into_a_journal_with_other_entries_renumbers(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    with small_journal(Journal.memory(clock=clock)) as journal:
        journal.export_json(export)
    with Journal.memory(clock=clock) as other:
        mine = other.add_entry("mine first")
        other.start_session("grow", seed=1)
        result = other.import_file(export)
        assert result.added == 11
        assert other.count_entries() == 8
        assert other.get_entry(mine).body == "mine first"  # type: ignore[union-attr]
        linked = [s for s in other.sessions(None) if s.framework == "think-it-through"][0]
        entry = other.get_entry(linked.entry_id)  # type: ignore[arg-type]
        assert entry is not None and entry.kind == "session"
        [made] = [c for c in other.commitments() if c.text == "ask Ana to run the rota"]
        assert made.session_id == linked.id


JRNL = {
    "tags": {"@work": 2, "@family": 1},
    "entries": [
        {"title": "Long day at work.", "body": "The meeting ran over.\n", "date": "2024-01-31",
         "time": "09:15", "tags": ["@work"], "starred": False},
        {"title": "Dinner with family @family and a call @work.", "body": "", "date": "2024-02-01",
         "time": "19:40", "tags": ["@family", "@work"], "starred": True},
    ],
}


@pytest.mark.parametrize("fmt", [None, "jrnl-json"])
def test_jrnl_import_keeps_dates_tags_and_stars(tmp_path: Path, fmt: str | None) -> None:
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps(JRNL))
    with Journal.memory(clock=clock) as journal:
        assert journal.import_file(source, fmt=fmt) == ImportResult(
            added=2, skipped=0, format="jrnl-json"
        )
        newest, oldest = journal.newest()
        assert oldest.title == "Long day at work." and oldest.body == "The meeting ran over."
        assert oldest.created == datetime(2024, 1, 31, 9, 15, tzinfo=TZ)
        assert oldest.tags == ("work",) and not oldest.starred
        assert newest.title is None and newest.body.startswith("Dinner with family")
        assert newest.tags == ("family", "work") and newest.starred
        assert journal.import_file(source, fmt=fmt) == ImportResult(
            added=0, skipped=2, format="jrnl-json"
        )
        assert journal.count_entries(since=date(2024, 2, 1)) == 1


def test_markdown_export_matches_the_golden_files(tmp_path: Path) -> None:
    out = tmp_path / "vault"
    seen: list[tuple[int, int]] = []
    with small_journal(Journal.memory(clock=clock)) as journal:
        assert (
            journal.export_markdown(out, progress=lambda done, total: seen.append((done, total)))
            == 7
        )
    assert seen[-1] == (7, 7)
    written = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for old in GOLDEN.glob("*.md"):
            old.unlink()
        for name, text in written.items():
            (GOLDEN / name).write_text(text, encoding="utf-8")
    expected = {p.name: p.read_text(encoding="utf-8") for p in GOLDEN.glob("*.md")}
    assert written == expected
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in out.iterdir())


def test_markdown_export_twice_replaces_the_files(tmp_path: Path) -> None:
    out = tmp_path / "vault"
    with small_journal(Journal.memory(clock=clock)) as journal:
        journal.export_markdown(out)
        journal.export_markdown(out)
    assert len(list(out.iterdir())) == 7
    assert not list(out.glob(".*.tmp"))


EXPORT_CASES = [
    (
        1,
        "free",
        "Listening",
        "Body.\n\n- a\n",
        "2026-11-02T08:15:00+01:00",
        ("listening", "team"),
        True,
        None,
        4,
    ),
    (2, "check-in", None, "no title\n\n\n", "2026-11-03T00:00:00-05:00", (), False, "gibbs", None),
    (3, "free", "", "empty title", "2026-11-04T08:15:00+00:00", ("self-care",), False, "", 0),
    (
        4,
        'weird "kind"',
        'Quote " back\\slash é {{ x }}',
        "{% raw %} tab\there",
        "2026-11-05T08:15:00+01:00",
        ("a", "b", "c"),
        True,
        "what-so-what-now-what",
        -2,
    ),
]


@pytest.mark.parametrize("fields", EXPORT_CASES)
def test_quick_export_renderer_matches_the_bundled_template(fields: tuple) -> None:
    eid, kind, title, body, created, tags, starred, framework, mood = fields
    entry = SimpleNamespace(
        id=eid,
        kind=kind,
        title=title,
        body=body.rstrip("\n"),
        created=created,
        updated=created,
        tags=tags,
        starred=starred,
        framework=framework,
        mood=mood,
    )
    expected = templates.render(templates.EXPORT_TEMPLATE, entry=entry)
    quick = templates.export_markdown_text(
        eid, kind, title, body, created, created, tags, starred, framework, mood
    )
    assert quick == expected


def test_markdown_export_uses_the_users_own_template(tmp_path: Path) -> None:
    folder = paths.user_journal_templates_directory()
    folder.mkdir(parents=True)
    (folder / templates.EXPORT_TEMPLATE).write_text(
        "{{ entry.title }}|{{ entry.tags | join(',') }}|{{ entry.updated }}\n"
    )
    templates.environment.cache_clear()
    try:
        with small_journal(Journal.memory(clock=clock)) as journal:
            journal.export_markdown(tmp_path / "vault")
    finally:
        templates.environment.cache_clear()
    text = (tmp_path / "vault" / "2026-11-02 Listening.md").read_text(encoding="utf-8")
    assert text == "Listening|listening,team|2026-11-02T08:15:00+01:00\n"


def test_markdown_export_into_a_folder_with_files_keeps_the_others(tmp_path: Path) -> None:
    out = tmp_path / "vault"
    out.mkdir()
    (out / "notes.md").write_text("mine")
    with small_journal(Journal.memory(clock=clock)) as journal:
        assert journal.export_markdown(out) == 7
    assert (out / "notes.md").read_text() == "mine"
    assert len(list(out.iterdir())) == 8
    assert not list(tmp_path.glob(".vault.*"))


def test_markdown_export_of_an_empty_journal_makes_an_empty_folder(tmp_path: Path) -> None:
    with Journal.memory(clock=clock) as journal:
        assert journal.export_markdown(tmp_path / "vault") == 0
    assert list((tmp_path / "vault").iterdir()) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-03 What/why: a <hard> \"call\"?", "2026-11-03 What why a hard call"),
        ("CON", "_CON"),
        ("aux.txt", "_aux.txt"),
        ("  ...trailing dots...  ", "trailing dots"),
        ("tab\there\nnew line", "tab here new line"),
        ("#tag ^block [[link]] a|b", "tag block link a b"),
        ("", "entry"),
        ("é" * 100, "é" * 80),
    ],
)
def test_safe_file_names(text: str, expected: str) -> None:
    assert safe_file_name(text) == expected


def test_unique_names_ignore_case() -> None:
    taken: set[str] = set()
    assert [unique_name(n, taken) for n in ("A", "a", "A", "b")] == [
        "A.md",
        "a (2).md",
        "A (3).md",
        "b.md",
    ]


def test_a_large_import_is_indexed_for_search(tmp_path: Path) -> None:
    source = tmp_path / "many.json"
    entries = [
        {"id": n + 1, "body": f"note {n} about {'delegation' if n % 50 == 0 else 'rota'}",
         "created": f"2026-01-01T{n // 60 % 24:02d}:{n % 60:02d}:00+00:00", "tags": ["bulk"]}
        for n in range(600)
    ]
    source.write_text(json.dumps({"format": "coach-json", "entries": entries}))
    with Journal.open(tmp_path / "j.db", clock=clock) as journal:
        assert journal.import_file(source).added == 600
        assert len(journal.search("delegation", 50)) == 12
        journal.add_entry("delegation after the import")  # the insert trigger is back
        assert len(journal.search("delegation", 50)) == 13
        triggers = {
            r[0]
            for r in journal.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert {"entries_ai", "entries_ad", "entries_au"} <= triggers
