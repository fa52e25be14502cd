"""Opening the journal file: owner-only permissions, WAL, FULL sync, migrations.

A file that is not a journal, is damaged, is locked or is newer than this coach is
reported as a :class:`StoreError` and left exactly as it was.

The store runs its own SQL on the connection, so opening a journal whose schema is
current loads nothing of sqlite-utils (which brings click, pluggy and dateutil with
it): the app's first screen and short line-mode commands start sooner. sqlite-utils is
loaded the first time its ``Database`` is needed, to migrate or through
:attr:`Connection.utils`.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from coach.paths import ensure_private_directory
from coach.store import schema
from coach.store.errors import StoreError, read_only_cause, translate, writable

if TYPE_CHECKING:
    from sqlite_utils import Database

#: How long a write waits for another program holding the journal.
BUSY_TIMEOUT_SECONDS = 5.0


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    return sqlite3.connect(
        target,
        timeout=BUSY_TIMEOUT_SECONDS,
        isolation_level=None,  # explicit transactions only (BEGIN IMMEDIATE for writes)
        check_same_thread=False,
        uri=uri,
    )


class Connection:
    """The journal's SQLite connection, with sqlite-utils' ``Database`` built on first use.

    ``conn`` and ``execute`` are the connection's own; any other attribute (a table by
    ``db["name"]``, ``db.table_names()`` ...) is the sqlite-utils ``Database`` on the
    same connection, created the first time one is asked for.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Database | None = None

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    @property
    def utils(self) -> Database:
        """sqlite-utils' ``Database`` on this connection (loaded now if need be)."""
        if self._utils is None or self._utils.conn is not self.conn:
            from coach.store import _sqlite_utils

            _sqlite_utils.load()
            from sqlite_utils import Database

            # recursive_triggers is already on (see configure); plugins are never run
            self._utils = Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._utils

    def __getitem__(self, name: str) -> Any:
        return self.utils[name]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.utils, name)

    def close(self) -> None:
        self.conn.close()


def _private(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if candidate.exists() and stat.S_IMODE(candidate.stat().st_mode) & 0o077:
                os.chmod(candidate, 0o600)
        except OSError:
            pass


def is_read_only(path: Path) -> bool:
    """True when the owner may not write the file or the folder holding it (SQLite writes
    its working files there); the write bits are honoured even when run as root."""
    return not writable(path) or not writable(path.absolute().parent)


def open_database(path: Path) -> tuple[Connection, bool]:
    """Open (or create) the journal at ``path``; returns the database and whether it is
    read-only."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"can't open the journal: {path} is a folder; give a file name with --db")
    exists = path.exists() and path.stat().st_size > 0
    read_only = exists and is_read_only(path)
    try:
        ensure_private_directory(path.parent)
        if not exists and not writable(path.absolute().parent):
            raise StoreError(f"can't create the journal: {read_only_cause(path)}")
        if read_only:
            # In a folder it may not write, SQLite can't make the files WAL reading needs;
            # nobody can change the journal there, so it is read as it stands (unless
            # changes not yet copied into it wait in a -wal file, which SQLite then reads).
            wal = Path(f"{path}-wal")
            pending = wal.exists() and wal.stat().st_size > 0
            fixed = "&immutable=1" if not writable(path.absolute().parent) and not pending else ""
            conn = _connect(f"file:{quote(str(path.resolve()))}?mode=ro{fixed}", uri=True)
        else:
            old = os.umask(0o077)
            try:
                conn = _connect(str(path))
            finally:
                os.umask(old)
    except (OSError, sqlite3.Error) as exc:
        raise translate(exc, path, "open the journal") from None
    try:
        _check_readable(conn)
        _refuse_unusable(conn, path)  # before anything writes, the WAL switch included
        db = Connection(conn)
        configure(db, read_only=read_only)
        if not read_only:
            _private(path)
        _migrate(db, path, read_only=read_only)
        if not read_only:
            _private(path)
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, path, "open the journal") from None
    return db, read_only


def _refuse_unusable(conn: sqlite3.Connection, path: Path) -> None:
    """Someone else's database, one from a newer coach, or one that says it is a journal
    but lacks its tables: refused by reading alone, so the file stays byte for byte."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    problem = schema.schema_problem(version, schema.table_columns(conn))
    if problem:
        raise StoreError(
            f"can't open {path} as a journal: {problem}; it was left untouched; "
            "choose another file with --db or COACH_DB"
        )


def open_memory() -> Connection:
    db = Connection(_connect(":memory:"))
    configure(db, read_only=False, memory=True)
    _migrate(db, None, read_only=False)
    return db


def _check_readable(conn: sqlite3.Connection) -> None:
    """Read the header and the schema; a foreign or damaged file fails here, untouched."""
    conn.execute("PRAGMA schema_version").fetchone()
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def configure(db: Connection, *, read_only: bool, memory: bool = False) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it
    if memory:
        return
    mode = db.execute("PRAGMA journal_mode").fetchone()[0]
    if not read_only and str(mode).lower() != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")


def _migrate(db: Connection, path: Path | None, *, read_only: bool) -> None:
    version = schema.current_version(db)
    if version == schema.SCHEMA_VERSION:
        return
    if read_only:
        raise StoreError(
            f"can't open the journal {path}: it needs updating but {read_only_cause(path)}"
        )
    db.execute("BEGIN IMMEDIATE")
    try:
        schema.migrate(db.utils)
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
