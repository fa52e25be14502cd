"""Bad files and faults: a one-line message, exit code 1, and the file left as it was."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coach.cli import run
from coach.store import Journal, StoreError


def one_line_error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    code = run(argv)
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("coach: ") and err.count("\n") == 1
    return err


@pytest.fixture
def journal_file(tmp_path: Path) -> Path:
    path = tmp_path / "journal.db"
    with Journal.open(path) as journal:
        journal.add_entry("something worth keeping", tags=["kept"])
    return path


def _someone_elses_database(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('mine, not coach''s')")
    conn.commit()
    conn.close()


def _corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:] = b"\xde\xad\xbe\xef" * ((len(data) - 100) // 4) + b"\0" * ((len(data) - 100) % 4)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            lambda p: p.write_text("Dear diary, this is not a database.\n" * 50),
            "not a coach journal",
        ),
        (_corrupt, "damaged"),
        (lambda p: _someone_elses_database(p), "a database coach did not make"),
    ],
    ids=["not-sqlite", "corrupt", "foreign-sqlite"],
)
@pytest.mark.parametrize("argv", [["journal", "list"], ["journal", "add", "x"], ["sessions"]])
def test_unreadable_files_are_left_untouched(
    capsys, journal_file: Path, damage, message: str, argv: list[str]
) -> None:
    damage(journal_file)
    before = journal_file.read_bytes()
    err = one_line_error(capsys, ["--db", str(journal_file), *argv])
    assert message in err and str(journal_file) in err
    assert journal_file.read_bytes() == before
    with pytest.raises(StoreError, match=message):
        Journal.open(journal_file)
    assert journal_file.read_bytes() == before
    assert not Path(f"{journal_file}-wal").exists()


def test_read_only_file_reads_but_refuses_writes(capsys, journal_file: Path) -> None:
    os.chmod(journal_file, 0o400)
    before = journal_file.read_bytes()
    assert run(["--db", str(journal_file), "journal", "list"]) == 0
    assert "something worth keeping" in capsys.readouterr().out
    err = one_line_error(capsys, ["--db", str(journal_file), "journal", "add", "new"])
    assert "read-only" in err and "chmod u+w" in err
    with Journal.open(journal_file) as journal:
        with pytest.raises(StoreError, match="read-only"):
            journal.add_entry("new")
        assert journal.count_entries() == 1
    assert journal_file.read_bytes() == before
    assert stat.S_IMODE(journal_file.stat().st_mode) == 0o400


HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO tags (entry_id, tag) VALUES (1, 'held')")
    print("locked", flush=True)
    sys.stdin.read()
    conn.execute("ROLLBACK")
    """
)


def test_locked_by_another_process(capsys, journal_file: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(journal_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        before = journal_file.read_bytes()
        err = one_line_error(capsys, ["--db", str(journal_file), "journal", "add", "blocked"])
        assert "in use by another program" in err and "try again" in err
        assert run(["--db", str(journal_file), "journal", "list"]) == 0  # reading still works
        assert journal_file.read_bytes() == before
    finally:
        holder.communicate("")
    with Journal.open(journal_file) as journal:
        assert [e.body for e in journal.newest()] == ["something worth keeping"]


class FullDisk(Journal):
    """A journal whose file may not grow: SQLite reports "database or disk is full"."""

    @classmethod
    def open(cls, path=None, *, clock=None):  # type: ignore[override]
        journal = super().open(path, clock=clock)
        pages = journal.db.execute("PRAGMA page_count").fetchone()[0]
        journal.db.execute(f"PRAGMA max_page_count = {pages}")
        return journal


def test_full_disk(capsys, monkeypatch, journal_file: Path) -> None:
    big = "a long reflection " * 20_000
    with FullDisk.open(journal_file) as journal:
        with pytest.raises(StoreError, match="disk .* is full"):
            journal.add_entry(big)
        assert journal.count_entries() == 1
    before = journal_file.read_bytes()
    monkeypatch.setattr("coach.store.Journal", FullDisk)
    err = one_line_error(capsys, ["--db", str(journal_file), "journal", "add", big])
    assert "is full" in err and "free some space" in err
    assert journal_file.read_bytes() == before


def test_full_disk_during_commit(journal_file: Path) -> None:
    class Failing:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def execute(self, sql: str, *args):
            if sql == "COMMIT":
                raise sqlite3.OperationalError("database or disk is full")
            return self.conn.execute(sql, *args)

        def __getattr__(self, name: str):
            return getattr(self.conn, name)

    with Journal.open(journal_file) as journal:
        real = journal.db.conn
        journal.db.conn = Failing(real)  # type: ignore[assignment]
        with pytest.raises(StoreError, match="full"):
            journal.add_entry("lost to a full disk")
        journal.db.conn = real
        assert journal.count_entries() == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON (line 1, column 2"),
        (
            '{"format": "coach-json", "entries": ['
            '{"body": "ok", "created": "2026-01-01T10:00:00+00:00"}, '
            '{"created": "2026-01-02T10:00:00+00:00"}]}',
            "entries[1]: 'body' is missing",
        ),
        (
            '{"format": "coach-json", "entries": [{"body": "ok", "created": "yesterday"}]}',
            "entries[0]: 'created' is not a date and time",
        ),
        (
            '{"format": "coach-json", "entries": [{"body": "ok", "created": "2026-01-01T10:00:00", '
            '"tags": "work"}]}',
            "entries[0]: 'tags' should be a list",
        ),
        (
            '{"tags": {}, "entries": '
            '[{"title": "t", "body": "b", "date": "31/01/2024", "time": "09:15"}]}',
            "entries[0]: 'date' and 'time'",
        ),
        (
            '{"format": "coach-json", "entries": [{"body": "ok", "created": "2026-01-01T10:00:00", '
            '"mood": 9}]}',
            "entries[0]: 'mood': a mood is a whole number from 1 (low) to 5 (high), or none, "
            "not 9",
        ),
        ("[1, 2, 3]", "can't tell what kind of file"),
        (
            '{"format": "coach-json", "sessions": [{"framework": "grow", "seed": "x", '
            '"started": "2026-01-01T10:00:00"}]}',
            "sessions[0]: 'seed' should be a whole number",
        ),
    ],
)
def test_malformed_imports_change_nothing(
    capsys, journal_file: Path, tmp_path: Path, content: str, message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    before = journal_file.read_bytes()
    err = one_line_error(capsys, ["--db", str(journal_file), "journal", "import", str(bad)])
    assert message in err and str(bad) in err
    assert journal_file.read_bytes() == before
    with Journal.open(journal_file) as journal:
        assert journal.count_entries() == 1


def test_unknown_date_phrase(capsys, journal_file: Path) -> None:
    before = journal_file.read_bytes()
    err = one_line_error(
        capsys, ["--db", str(journal_file), "journal", "add", "x", "--date", "the other day"]
    )
    assert "can't read 'the other day' as a date: try" in err
    assert journal_file.read_bytes() == before


def _add_many(path: str, worker: int, count: int) -> None:
    with Journal.open(path) as journal:
        for number in range(count):
            journal.add_entry(f"worker {worker} entry {number}")


def test_two_processes_adding_at_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    Journal.open(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_add_many, args=(str(path), w, 1000)) for w in (1, 2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=300)
        assert worker.exitcode == 0
    with Journal.open(path) as journal:
        assert journal.count_entries() == 2000
        assert len(journal.search("worker 2")) == 20
        assert (
            journal.count_entries(since=None)
            == journal.db.execute("SELECT count(*) FROM entries_fts").fetchone()[0]
        )
