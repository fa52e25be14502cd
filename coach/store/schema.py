"""The journal's schema, as named sqlite-utils migrations applied in order.

``PRAGMA user_version`` mirrors the number of migrations applied, so a database
that is already current opens without reading the migrations table (or loading
sqlite-utils at all), and one made by a newer coach is refused rather than damaged.
See ``docs/schema.md``.

``migrations`` (the sqlite-utils ``Migrations`` set) is built the first time it is
used; the migration functions are listed in :data:`MIGRATIONS`, oldest first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

#: (name, function) for every migration, in the order they are applied.
MIGRATIONS: list[tuple[str, Callable[[Database], None]]] = []


def _migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    def register(func: Callable[[Database], None]) -> Callable[[Database], None]:
        MIGRATIONS.append((name, func))
        return func

    return register

#: Entry kinds coach itself writes; other kinds are stored as given.
ENTRY_KINDS = ("free", "check-in", "session", "practice", "exchange")
SESSION_STATUSES = ("active", "paused", "finished", "stopped")
COMMITMENT_STATUSES = ("open", "done", "dropped")

FIRST_SCHEMA = (
    """CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'free',
    title TEXT,
    body TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    starred INTEGER NOT NULL DEFAULT 0,
    framework TEXT,
    mood INTEGER
)""",
    """CREATE TABLE tags (
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
)""",
    """CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    framework TEXT NOT NULL,
    seed INTEGER NOT NULL,
    title TEXT,
    kind TEXT NOT NULL DEFAULT 'session',
    status TEXT NOT NULL DEFAULT 'active',
    started TEXT NOT NULL,
    updated TEXT NOT NULL,
    entry_id INTEGER REFERENCES entries(id) ON DELETE SET NULL,
    meta TEXT NOT NULL DEFAULT '{}'
)""",
    """CREATE TABLE turns (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    speaker TEXT NOT NULL,
    kind TEXT NOT NULL,
    stage TEXT,
    text TEXT NOT NULL,
    data TEXT,
    created TEXT NOT NULL,
    PRIMARY KEY (session_id, idx)
)""",
    """CREATE TABLE commitments (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    due TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    source TEXT NOT NULL DEFAULT 'session'
)""",
)


@_migration("0001_journal")
def m0001_journal(db: Database) -> None:
    for statement in FIRST_SCHEMA:
        db.execute(statement)
    db["entries"].enable_fts(  # type: ignore[union-attr]
        ["title", "body"], create_triggers=True, tokenize="porter unicode61 remove_diacritics 2"
    )


def content_key(created: str, title: str | None, body: str) -> str:
    """What makes two entries the same for imports: when, title and text."""
    import hashlib  # only when an entry is written or imported, not to open the journal

    raw = "\x1f".join((created, title or "", body))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


@_migration("0002_import_keys_and_indexes")
def m0002_import_keys_and_indexes(db: Database) -> None:
    db.execute("ALTER TABLE entries ADD COLUMN content_key TEXT")
    rows = db.execute("SELECT id, created, title, body FROM entries").fetchall()
    db.conn.executemany(
        "UPDATE entries SET content_key = ? WHERE id = ?",
        [(content_key(created, title, body), i) for i, created, title, body in rows],
    )
    db.execute("CREATE INDEX entries_content_key ON entries(content_key)")
    db.execute("CREATE INDEX entries_created ON entries(created, id)")
    db.execute("CREATE INDEX tags_tag ON tags(tag)")
    db.execute("CREATE INDEX sessions_status ON sessions(status, updated)")
    db.execute("CREATE INDEX commitments_status ON commitments(status, due)")


EXCHANGE_SCHEMA = (
    """CREATE TABLE exchanges (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    role TEXT NOT NULL,
    partner TEXT NOT NULL,
    org TEXT,
    day TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    prepare_session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    reflect_session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL
)""",
    """CREATE TABLE exchange_notes (
    id INTEGER PRIMARY KEY,
    exchange_id INTEGER NOT NULL REFERENCES exchanges(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '[]',
    created TEXT NOT NULL,
    entry_id INTEGER REFERENCES entries(id) ON DELETE SET NULL
)""",
    "CREATE INDEX exchange_notes_exchange ON exchange_notes(exchange_id, created, id)",
)


@_migration("0003_exchanges")
def m0003_exchanges(db: Database) -> None:
    for statement in EXCHANGE_SCHEMA:
        db.execute(statement)


@_migration("0004_tag_listing_index")
def m0004_tag_listing_index(db: Database) -> None:
    """Listing by tag reads entry ids straight from this index, never the table's rows."""
    db.execute("CREATE INDEX IF NOT EXISTS tags_tag_entry ON tags(tag, entry_id)")
    db.execute("DROP INDEX IF EXISTS tags_tag")


COMMITMENT_REVIEW_SCHEMA = (
    "ALTER TABLE commitments ADD COLUMN habit TEXT",
    """CREATE TABLE commitment_reviews (
    id INTEGER PRIMARY KEY,
    commitment_id INTEGER NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    note TEXT,
    due TEXT,
    created TEXT NOT NULL,
    session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL
)""",
    "CREATE INDEX commitment_reviews_commitment ON commitment_reviews(commitment_id, created, id)",
    "CREATE INDEX commitments_status_created ON commitments(status, created)",
)


@_migration("0005_commitment_habits_and_reviews")
def m0005_commitment_habits_and_reviews(db: Database) -> None:
    """A commitment can be a habit; each follow-up keeps its status, note and date."""
    for statement in COMMITMENT_REVIEW_SCHEMA:
        db.execute(statement)


SCHEMA_VERSION = len(MIGRATIONS)
_built: list[Migrations] = []

#: The tables a journal has from each schema version on, each with the columns it must
#: have at the current version (``tests/test_store_database.py`` checks these against a
#: journal the migrations made). A file that says it is a coach journal but lacks them is
#: someone else's, or damaged, and is left alone.
TABLES: dict[str, tuple[int, frozenset[str]]] = {
    "entries": (1, frozenset(
        "id kind title body created updated starred framework mood content_key".split()
    )),
    "tags": (1, frozenset(("entry_id", "tag"))),
    "sessions": (1, frozenset(
        "id framework seed title kind status started updated entry_id meta".split()
    )),
    "turns": (1, frozenset("session_id idx speaker kind stage text data created".split())),
    "commitments": (1, frozenset(
        "id text due status created updated session_id source habit".split()
    )),
    "commitment_reviews": (5, frozenset(
        "id commitment_id status note due created session_id".split()
    )),
    "entries_fts": (1, frozenset(("title", "body"))),
    "exchanges": (3, frozenset(
        "id title role partner org day created updated prepare_session_id reflect_session_id"
        .split()
    )),
    "exchange_notes": (3, frozenset("id exchange_id text tags created entry_id".split())),
}


def schema_problem(version: int, columns: dict[str, set[str]]) -> str | None:
    """What is wrong with a database at ``version`` whose tables have ``columns``, or None.

    Read-only: the caller reads the tables with :func:`table_columns` before anything writes.
    """
    if version <= 0:
        others = [name for name in columns if not name.startswith("sqlite_")]
        return "it is a database coach did not make" if others else None
    if version > SCHEMA_VERSION:
        return (
            f"it was made by a newer coach (schema {version}, this coach knows "
            f"{SCHEMA_VERSION}); update coach"
        )
    missing = sorted(name for name, (since, _) in TABLES.items()
                     if since <= version and name not in columns)
    if missing:
        return (
            f"it says it is a coach journal (schema {version}) but has no "
            f"{', '.join(missing)} table{'s' if len(missing) > 1 else ''}, so it is a "
            "database coach did not make, or a damaged one"
        )
    if version == SCHEMA_VERSION:
        for name, (_, wanted) in TABLES.items():
            lacking = sorted(wanted - columns[name])
            if lacking:
                return (
                    f"its {name} table has no {', '.join(lacking)} column"
                    f"{'s' if len(lacking) > 1 else ''}, so it is a database coach did not "
                    "make, or a damaged one"
                )
    return None


def table_columns(conn: Any) -> dict[str, set[str]]:
    """Every table of the main database and its columns, read without writing anything."""
    columns: dict[str, set[str]] = {}
    rows = conn.execute(
        "SELECT m.name, p.name FROM sqlite_master AS m"
        " LEFT JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table'"
    ).fetchall()
    for table, column in rows:
        columns.setdefault(table, set())
        if column is not None:
            columns[table].add(column)
    return columns


def _migrations() -> Migrations:
    """The sqlite-utils migration set (sqlite-utils is loaded now if it was not)."""
    if not _built:
        from coach.store import _sqlite_utils

        _sqlite_utils.load()
        from sqlite_utils.migrations import Migrations

        built = Migrations("coach")
        for name, func in MIGRATIONS:
            built(name=name)(func)
        _built.append(built)
    return _built[0]


def __getattr__(name: str) -> Any:
    if name == "migrations":
        return _migrations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def current_version(db: Any) -> int:
    """The schema version of ``db`` (a sqlite-utils ``Database`` or the journal's
    :class:`~coach.store.database.Connection`)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: Database) -> int:
    """Apply pending migrations; returns the version the database is now at."""
    if current_version(db) == SCHEMA_VERSION:
        return SCHEMA_VERSION
    migrations = _migrations()
    migrations.apply(db)
    applied = len(migrations.applied(db))
    db.execute(f"PRAGMA user_version = {applied}")
    return applied
