"""Writing checked records as they are read, inside the import's one transaction.

Nothing about the file is held in Python but a batch of entries: which rows are already
in the journal, which ids the file's rows were given here and which links wait for a row
later in the file are kept in temporary tables, so memory stays the same however many
records the file has. Links (a session's entry, a commitment's session, an exchange's
sessions, a note's entry, a session's exchange) are written last, once every row has its
id, so the order of the file's sections does not matter.

A record already in the journal (the same entry text and time, session framework, seed
and start, commitment text and time, exchange role, partner and time, or note time and
text) is skipped, so importing a file twice adds nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from coach.store.imports_checks import INT_MAX
from coach.store.schema import content_key

#: Entries written per batch.
BATCH = 1000
TEMPORARY = (
    "CREATE TEMP TABLE coach_import_ids (kind TEXT NOT NULL, old INTEGER NOT NULL,"
    " new INTEGER NOT NULL, PRIMARY KEY (kind, old)) WITHOUT ROWID",
    "CREATE TEMP TABLE coach_import_keys (kind TEXT NOT NULL, key TEXT NOT NULL,"
    " id INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID",
    "CREATE TEMP TABLE coach_import_links (link TEXT NOT NULL, row INTEGER NOT NULL,"
    " old INTEGER NOT NULL)",
    "CREATE TEMP TABLE coach_import_new (id INTEGER PRIMARY KEY, kept INTEGER NOT NULL)",
)
#: What makes two rows the same, for the rows the journal has already.
KEYS = (
    "SELECT 's', framework || char(31) || seed || char(31) || started, id FROM sessions",
    "SELECT 'c', text || char(31) || created, id FROM commitments",
    "SELECT 'x', role || char(31) || partner || char(31) || created, id FROM exchanges",
    "SELECT 'n', exchange_id || char(31) || created || char(31) || text, id FROM exchange_notes",
)
#: Each link written last: its table and column, and the kind of row it points at.
LINKS = {
    "session_entry": ("sessions", "entry_id", "e"),
    "commitment_session": ("commitments", "session_id", "s"),
    "exchange_prepare": ("exchanges", "prepare_session_id", "s"),
    "exchange_reflect": ("exchanges", "reflect_session_id", "s"),
    "note_entry": ("exchange_notes", "entry_id", "e"),
}
INSERT_ENTRY = (
    "INSERT INTO entries (id, kind, title, body, created, updated, starred, framework, mood,"
    " content_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


@contextmanager
def larger_cache(conn: sqlite3.Connection, kib: int = 262144) -> Iterator[None]:
    """A bigger page cache while importing, so index pages are not written twice."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{kib}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def key(*parts: object) -> str:
    """The same text the ``KEYS`` queries make: the parts joined by U+001F."""
    return "\x1f".join(str(part) for part in parts)


class ImportWriter:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.added = self.skipped = 0
        self.batch: list[dict[str, Any]] = []
        for statement in TEMPORARY:
            conn.execute(statement)
        for query in KEYS:
            conn.execute(f"INSERT OR IGNORE INTO coach_import_keys {query}")
        row = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'entries_ai'"
        ).fetchone()
        self.trigger: str | None = row[0] if row else None
        if self.trigger:  # new entries are indexed together at the end: far faster
            conn.execute('DROP TRIGGER "entries_ai"')

    # ids, keys and links ---------------------------------------------------------
    def known(self, kind: str, text: str) -> int | None:
        row = self.conn.execute(
            "SELECT id FROM coach_import_keys WHERE kind = ? AND key = ?", (kind, text)
        ).fetchone()
        return None if row is None else int(row[0])

    def remember(self, kind: str, text: str, new: int, old: int | None) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO coach_import_keys (kind, key, id) VALUES (?, ?, ?)",
            (kind, text, new),
        )
        self.same(kind, old, new)

    def same(self, kind: str, old: int | None, new: int) -> None:
        """The file's row ``old`` is the journal's ``new``."""
        if old is not None:
            self.conn.execute(
                "INSERT OR REPLACE INTO coach_import_ids (kind, old, new) VALUES (?, ?, ?)",
                (kind, old, new),
            )

    def link(self, name: str, row: int, old: int | None) -> None:
        if old is not None:
            self.conn.execute(
                "INSERT INTO coach_import_links (link, row, old) VALUES (?, ?, ?)",
                (name, row, old),
            )

    def free(self, table: str, wanted: int | None) -> int | None:
        """``wanted`` when no row of ``table`` has that id, else None (SQLite picks one)."""
        if wanted is None:
            return None
        taken = self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (wanted,)).fetchone()
        return None if taken else wanted

    # entries ---------------------------------------------------------------------
    def entry(self, entry: dict[str, Any]) -> None:
        self.batch.append(entry)
        if len(self.batch) >= BATCH:
            self.flush()

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        conn = self.conn
        keys = [content_key(e["created"], e["title"], e["body"]) for e in batch]
        have = dict(
            conn.execute(
                "SELECT content_key, id FROM entries"
                " WHERE content_key IN (SELECT value FROM json_each(?))",
                (json.dumps(keys),),
            ).fetchall()
        )
        wanted = [e["id"] for e in batch if e["id"] is not None]
        taken = {
            row[0]
            for row in conn.execute(
                "SELECT id FROM entries WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(wanted),),
            )
        }
        following = int(conn.execute("SELECT coalesce(max(id), 0) FROM entries").fetchone()[0])
        following = following + 1 if following < INT_MAX else None
        rows, tags, same, new, crowded = [], [], [], [], []
        for e, text in zip(batch, keys, strict=True):
            if text in have:
                self.skipped += 1
                if e["id"] is not None:
                    same.append(("e", e["id"], have[text]))
                continue
            chosen = e["id"]
            if chosen is None or chosen in taken:
                while following is not None and following in taken:
                    following = following + 1 if following < INT_MAX else None
                if following is None:  # the largest id is taken: SQLite finds a free one
                    crowded.append((e, text))
                    continue
                chosen, following = following, following + 1 if following < INT_MAX else None
            taken.add(chosen)
            have[text] = chosen
            rows.append(self._row(chosen, e, text))
            tags.extend((chosen, tag) for tag in e["tags"])
            if e["id"] is not None and e["id"] != chosen:  # kept ids are found in _new
                same.append(("e", e["id"], chosen))
            new.append((chosen, chosen == e["id"]))
        conn.executemany(INSERT_ENTRY, rows)
        for e, text in crowded:
            if text in have:  # the same entry twice in one batch
                self.skipped += 1
                continue
            chosen = int(conn.execute(INSERT_ENTRY, self._row(None, e, text)).lastrowid or 0)
            have[text] = chosen
            tags.extend((chosen, tag) for tag in e["tags"])
            if e["id"] is not None and e["id"] != chosen:
                same.append(("e", e["id"], chosen))
            new.append((chosen, chosen == e["id"]))
        conn.executemany("INSERT OR IGNORE INTO tags (entry_id, tag) VALUES (?, ?)", tags)
        conn.executemany(
            "INSERT OR REPLACE INTO coach_import_ids (kind, old, new) VALUES (?, ?, ?)", same
        )
        conn.executemany("INSERT INTO coach_import_new (id, kept) VALUES (?, ?)", new)
        self.added += len(new)

    @staticmethod
    def _row(chosen: int | None, e: dict[str, Any], text: str) -> tuple[Any, ...]:
        return (
            chosen, e["kind"], e["title"], e["body"], e["created"], e["updated"],
            int(e["starred"]), e["framework"], e["mood"], text,
        )

    # sessions and commitments -------------------------------------------------------
    def session(self, s: dict[str, Any]) -> None:
        text = key(s["framework"], s["seed"], s["started"])
        found = self.known("s", text)
        if found is not None:
            self.skipped += 1
            self.same("s", s["id"], found)
            return
        meta = s["meta"]
        cursor = self.conn.execute(
            "INSERT INTO sessions (id, framework, seed, title, kind, status, started, updated,"
            " meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (self.free("sessions", s["id"]), s["framework"], s["seed"], s["title"], s["kind"],
             s["status"], s["started"], s["updated"],
             json.dumps(meta, ensure_ascii=False, sort_keys=True)),
        )
        new = int(cursor.lastrowid or 0)
        self.remember("s", text, new, s["id"])
        self.link("session_entry", new, s["entry_id"])
        exchange = meta.get("exchange_id")
        if isinstance(exchange, int) and not isinstance(exchange, bool):
            self.link("session_exchange", new, exchange)
        self.conn.executemany(
            "INSERT OR REPLACE INTO turns"
            " (session_id, idx, speaker, kind, stage, text, data, created)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (new, t["index"], t["speaker"], t["kind"], t["stage"], t["text"],
                 json.dumps(t["data"], ensure_ascii=False) if t["data"] else None,
                 s["updated"])
                for t in s["turns"]
            ],
        )
        self.added += 1

    def commitment(self, c: dict[str, Any]) -> None:
        text = key(c["text"], c["created"])
        if self.known("c", text) is not None:
            self.skipped += 1
            return
        cursor = self.conn.execute(
            "INSERT INTO commitments (id, text, due, status, created, updated, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (self.free("commitments", c["id"]), c["text"], c["due"], c["status"],
             c["created"], c["updated"], c["source"]),
        )
        new = int(cursor.lastrowid or 0)
        self.remember("c", text, new, None)
        self.link("commitment_session", new, c["session_id"])
        self.added += 1

    # the end -----------------------------------------------------------------------
    def finish(self) -> tuple[int, int]:
        """Write the last entries, the search index and the links; returns (added, skipped)."""
        conn = self.conn
        self.flush()
        if self.trigger:
            conn.execute(
                'INSERT INTO "entries_fts" (rowid, "title", "body") SELECT e.id, e.title, e.body'
                " FROM entries e JOIN coach_import_new n ON n.id = e.id"
            )
            conn.execute(self.trigger)
        for name, (table, column, kind) in LINKS.items():
            # An entry that kept the file's id has no row in _ids: it is a new one, kept.
            kept = "(SELECT n.id FROM coach_import_new n WHERE n.id = l.old AND n.kept)"
            target = f"coalesce(m.new, {kept})" if kind == "e" else "m.new"
            conn.execute(
                f"UPDATE {table} SET {column} = (SELECT {target} FROM coach_import_links l"
                " LEFT JOIN coach_import_ids m ON m.kind = ? AND m.old = l.old"
                f" WHERE l.link = ? AND l.row = {table}.id)"
                " WHERE id IN (SELECT row FROM coach_import_links WHERE link = ?)",
                (kind, name, name),
            )
        self._relink_exchanges_in_meta()
        for table in ("ids", "keys", "links", "new"):
            conn.execute(f"DROP TABLE temp.coach_import_{table}")
        return self.added, self.skipped

    def _relink_exchanges_in_meta(self) -> None:
        """A session's ``meta.exchange_id`` follows its exchange to the id it has here."""
        reader = self.conn.execute(
            "SELECT l.row, m.new FROM coach_import_links l"
            " JOIN coach_import_ids m ON m.kind = 'x' AND m.old = l.old"
            " WHERE l.link = 'session_exchange'"
        )
        while pairs := reader.fetchmany(500):
            for row, new in pairs:
                (meta,) = self.conn.execute(
                    "SELECT meta FROM sessions WHERE id = ?", (row,)
                ).fetchone()
                data = {**json.loads(meta), "exchange_id": new}
                self.conn.execute(
                    "UPDATE sessions SET meta = ? WHERE id = ?",
                    (json.dumps(data, ensure_ascii=False, sort_keys=True), row),
                )
