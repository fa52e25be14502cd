from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from coach.store import Journal, StoreError
from coach.store.schema import SCHEMA_VERSION, migrations

GOLDEN = Path(__file__).parent / "golden"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_created_owner_only_with_wal_and_full_sync(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("COACH_DB")
    with Journal.open() as journal:
        assert journal.path is not None
        journal.add_entry("first")
        path = journal.path
        assert path.name == "journal.db"
        assert mode(path.parent) == 0o700
        assert mode(path) == 0o600
        for suffix in ("-wal", "-shm"):
            assert mode(Path(f"{path}{suffix}")) == 0o600
        assert journal.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert journal.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert journal.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_coach_db_is_the_default(tmp_path: Path) -> None:
    with Journal.open() as journal:
        assert journal.path == Path(os.environ["COACH_DB"])


def test_migrates_a_database_made_by_the_first_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript((GOLDEN / "schema_v1.sql").read_text())
    conn.close()
    with Journal.open(path) as journal:
        assert journal.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [m.name for m in migrations.applied(journal.db)] == [
            m.name for m in migrations._migrations
        ]
        assert [e.title for e in journal.newest()] == ["Grow — 6 Jan 2026", "First light"]
        assert journal.search("listening")[0].entry.tags == ("listening",)
        assert journal.turns(1)[1].text == "To delegate the rota"
        assert journal.get_session(1).entry_id == 2  # type: ignore[union-attr]
        assert [c.text for c in journal.commitments()] == ["hand the rota to Ana"]
        keys = journal.db.execute("SELECT count(content_key) FROM entries").fetchone()[0]
        assert keys == 2
        indexes = {r[0] for r in journal.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tags'")}
        assert "tags_tag_entry" in indexes and "tags_tag" not in indexes
        assert [e.title for e in journal.newest(tag="listening")] == ["First light"]
        journal.add_entry("after the migration")
    with Journal.open(path) as journal:  # a second open changes nothing
        assert journal.count_entries() == 3


def test_a_newer_journal_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with Journal.open(path) as journal:
        journal.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer coach"):
        Journal.open(path)
    assert path.read_bytes() == before


def test_a_folder_is_not_a_journal(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        Journal.open(tmp_path)


def test_memory_journal_has_no_path() -> None:
    with Journal.memory() as journal:
        assert journal.path is None
        assert journal.add_entry("x") == 1


def test_data_version_tells_another_connections_changes(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    with Journal.open(path) as mine, Journal.open(path) as theirs:
        before = mine.data_version()
        mine.add_entry("written here")
        assert mine.data_version() == before  # its own writes are not news to it
        theirs.add_entry("written in another terminal")
        assert mine.data_version() != before
        assert mine.data_version() == mine.data_version()  # asking changes nothing
