"""Databases coach refuses stay byte for byte; folders it makes are private; a read-only
folder is named as the cause."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.cli import run
from coach.paths import ensure_private_directory
from coach.store import Journal, StoreError
from coach.store.schema import SCHEMA_VERSION, TABLES, table_columns


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def made_by_hand(path: Path, version: int, *statements: str) -> None:
    """A database in rollback-journal mode (so a WAL switch would show in its header)."""
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def current_schema_without(table: str) -> list[str]:
    with Journal.memory() as journal:
        return [
            row[0]
            for row in journal.db.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
                " AND name NOT LIKE 'entries_fts%' AND name != ?",
                (table,),
            )
        ]


CASES = {
    "newer": (SCHEMA_VERSION + 1, ["CREATE TABLE entries (id INTEGER PRIMARY KEY)"], "newer coach"),
    "right-version-wrong-tables": (
        SCHEMA_VERSION,
        ["CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"],
        "has no commitment_reviews, commitments, entries",
    ),
    "old-version-wrong-tables": (1, ["CREATE TABLE notes (id INTEGER)"], "has no commitments"),
    "missing-a-column": (
        SCHEMA_VERSION,
        [
            *current_schema_without("entries"),
            "CREATE TABLE entries (id INTEGER PRIMARY KEY, body TEXT)",
            "CREATE VIRTUAL TABLE entries_fts USING fts5 (title, body)",
        ],
        "its entries table has no content_key, created",
    ),
    "someone-elses": (0, ["CREATE TABLE notes (id INTEGER)"], "a database coach did not make"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_refused_database_is_byte_identical_afterwards(tmp_path: Path, case: str) -> None:
    version, statements, message = CASES[case]
    path = tmp_path / "other.db"
    made_by_hand(path, version, *statements)
    before = digest(path)
    with pytest.raises(StoreError, match=message) as caught:
        Journal.open(path)
    assert str(path) in str(caught.value) and "left untouched" in str(caught.value)
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    assert run(["--db", str(path), "journal", "add", "mine"]) == 1
    assert digest(path) == before


def test_the_table_list_matches_what_the_migrations_make() -> None:
    with Journal.memory() as journal:
        columns = table_columns(journal.db.conn)
    for name, (_, wanted) in TABLES.items():
        assert columns[name] == wanted, name
    made = {n for n in columns if not n.startswith(("_sqlite", "sqlite_", "entries_fts_"))}
    assert made == set(TABLES)


def test_parent_folders_are_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        target = ensure_private_directory(tmp_path / "a" / "b" / "c")
        with Journal.open(tmp_path / "x" / "y" / "journal.db") as journal:
            journal.add_entry("made under umask 000")
    finally:
        os.umask(old)
    made = (tmp_path / "a", tmp_path / "a" / "b", target, tmp_path / "x", tmp_path / "x" / "y")
    for folder in made:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE((tmp_path / "x" / "y" / "journal.db").stat().st_mode) == 0o600
    os.chmod(tmp_path, 0o755)
    ensure_private_directory(tmp_path)  # one that exists is left as it is
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "journal.db"
    with Journal.open(path) as journal:
        journal.add_entry("written before the folder was locked")
    os.chmod(folder, 0o500)
    try:
        yield path
    finally:
        os.chmod(folder, 0o700)


def test_a_read_only_folder_is_named_and_the_journal_still_reads(
    capsys: pytest.CaptureFixture[str], read_only_folder: Path
) -> None:
    path = read_only_folder
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # the file itself is writable
    before = digest(path)
    assert run(["--db", str(path), "journal", "list"]) == 0
    assert "written before the folder was locked" in capsys.readouterr().out
    assert run(["--db", str(path), "journal", "add", "more"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"the folder {path.parent} holding the journal is read-only" in err
    assert f"chmod u+w {path.parent}" in err
    assert digest(path) == before


def test_a_new_journal_in_a_read_only_folder_names_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    os.chmod(folder, 0o500)
    try:
        with pytest.raises(StoreError, match="the folder .* holding the journal is read-only"):
            with Journal.open(folder / "journal.db") as journal:
                journal.add_entry("nowhere to go")
    finally:
        os.chmod(folder, 0o700)


LEAVE_WAL = """
import os, sys
from coach.store import Journal
journal = Journal.open(sys.argv[1])
journal.db.execute("PRAGMA wal_autocheckpoint = 0")
journal.add_entry("still only in the -wal file")
os._exit(0)  # no checkpoint: the entry waits in the -wal file
"""


def test_a_read_only_folder_still_shows_what_waits_in_the_wal(
    capsys: pytest.CaptureFixture[str], read_only_folder: Path
) -> None:
    path = read_only_folder
    os.chmod(path.parent, 0o700)
    subprocess.run([sys.executable, "-c", LEAVE_WAL, str(path)], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0
    os.chmod(path.parent, 0o500)
    assert run(["--db", str(path), "journal", "list"]) == 0
    out = capsys.readouterr().out
    assert "still only in the -wal file" in out and "written before the folder" in out
