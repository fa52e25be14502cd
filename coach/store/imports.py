"""Imports: coach's own JSON export and jrnl's ``--export json``.

Each format is checked into a :class:`Plan` by its own module (``imports_coach``,
``imports_jrnl``); this one detects the format and applies the plan.

Everything is read and checked first; a problem is reported with where it is and
nothing is written. Then the whole file goes in as one transaction. Entries already
in the journal (same time, title and text) are skipped, so importing twice adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from coach.store.errors import StoreError
from coach.store.exports import ExportStore
from coach.store.imports_checks import FreeIds, Invalid, Plan
from coach.store.imports_coach import plan_coach
from coach.store.imports_exchanges import (
    exchange_mapping,
    insert_exchanges,
    place_exchanges,
    remap_meta,
)
from coach.store.imports_jrnl import looks_like_jrnl, plan_jrnl
from coach.store.models import ImportResult
from coach.store.schema import content_key

FORMATS = ("coach-json", "jrnl-json")


class ImportStore(ExportStore):
    def import_file(self, path: Path | str, *, fmt: str | None = None) -> ImportResult:
        path = Path(path)
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise StoreError(f"can't import {path}: there is no such file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise StoreError(f"can't import {path}: {exc}; check the file") from None
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise StoreError(
                f"can't import {path}: it is not valid JSON "
                f"(line {exc.lineno}, column {exc.colno}: "
                f"{exc.msg}); nothing was imported"
            ) from None
        fmt = fmt or detect(data, path)
        if fmt not in FORMATS:
            raise StoreError(
                f"can't import {path}: unknown format {fmt!r}; use coach-json or jrnl-json"
            )
        try:
            plan = (
                plan_coach(data, self.stamp) if fmt == "coach-json" else plan_jrnl(data, self.stamp)
            )
        except Invalid as exc:
            raise StoreError(f"can't import {path}: {exc}; nothing was imported") from None
        added, skipped = self._apply(plan)
        return ImportResult(added=added, skipped=skipped, format=fmt)

    def _apply(self, plan: Plan) -> tuple[int, int]:
        with larger_cache(self.db.conn):
            return self._apply_plan(plan)

    def _apply_plan(self, plan: Plan) -> tuple[int, int]:
        added = skipped = 0
        with self.writing("import the file") as conn:
            keys = dict(conn.execute("SELECT content_key, id FROM entries").fetchall())
            ids = FreeIds({row[0] for row in conn.execute("SELECT id FROM entries")})
            entry_ids: dict[int, int] = {}
            rows, tag_rows = [], []
            for entry in plan.entries:
                key = content_key(entry["created"], entry["title"], entry["body"])
                if key in keys:
                    skipped += 1
                    if entry["id"] is not None:
                        entry_ids[entry["id"]] = keys[key]
                    continue
                new_id = ids.take(entry["id"])
                keys[key] = new_id
                if entry["id"] is not None:
                    entry_ids[entry["id"]] = new_id
                rows.append(
                    (
                        new_id,
                        entry["kind"],
                        entry["title"],
                        entry["body"],
                        entry["created"],
                        entry["updated"],
                        int(entry["starred"]),
                        entry["framework"],
                        entry["mood"],
                        key,
                    )
                )
                tag_rows.extend((new_id, tag) for tag in entry["tags"])
                added += 1
            with bulk_index(conn, [row[0] for row in rows]):
                conn.executemany(
                    "INSERT INTO entries (id, kind, title, body, created, updated, starred,"
                    " framework, mood, content_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
            conn.executemany("INSERT OR IGNORE INTO tags (entry_id, tag) VALUES (?, ?)", tag_rows)
            placed = place_exchanges(conn, plan.exchanges)
            session_ids, added_s, skipped_s = self._apply_sessions(
                conn, plan, entry_ids, exchange_mapping(placed)
            )
            added_c, skipped_c = self._apply_commitments(conn, plan, session_ids)
            added_x, skipped_x = insert_exchanges(conn, placed, session_ids, entry_ids)
        return (
            added + added_s + added_c + added_x,
            skipped + skipped_s + skipped_c + skipped_x,
        )

    def _apply_sessions(
        self, conn: Any, plan: Plan, entry_ids: dict[int, int], exchange_ids: dict[int, int]
    ) -> tuple[dict[int, int], int, int]:
        existing = {
            (row[1], row[2], row[3]): row[0]
            for row in conn.execute("SELECT id, framework, seed, started FROM sessions")
        }
        used = set(existing.values())
        mapping: dict[int, int] = {}
        added = skipped = 0
        for session in plan.sessions:
            key = (session["framework"], session["seed"], session["started"])
            if key in existing:
                skipped += 1
                if session["id"] is not None:
                    mapping[session["id"]] = existing[key]
                continue
            new_id = (
                session["id"] if session["id"] is not None and session["id"] not in used else None
            )
            entry_id = (
                entry_ids.get(session["entry_id"]) if session["entry_id"] is not None else None
            )
            cursor = conn.execute(
                "INSERT INTO sessions (id, framework, seed, title, kind, status, started, updated,"
                " entry_id, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id, session["framework"], session["seed"], session["title"], session["kind"],
                 session["status"], session["started"], session["updated"], entry_id,
                 json.dumps(remap_meta(session["meta"], exchange_ids), ensure_ascii=False,
                            sort_keys=True)),
            )
            new_id = int(cursor.lastrowid)
            used.add(new_id)
            existing[key] = new_id
            if session["id"] is not None:
                mapping[session["id"]] = new_id
            conn.executemany(
                "INSERT OR REPLACE INTO turns"
                " (session_id, idx, speaker, kind, stage, text, data, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        new_id,
                        t["index"],
                        t["speaker"],
                        t["kind"],
                        t["stage"],
                        t["text"],
                        json.dumps(t["data"], ensure_ascii=False) if t["data"] else None,
                        session["updated"],
                    )
                    for t in session["turns"]
                ],
            )
            added += 1
        return mapping, added, skipped

    def _apply_commitments(
        self, conn: Any, plan: Plan, session_ids: dict[int, int]
    ) -> tuple[int, int]:
        existing = {
            (row[0], row[1]) for row in conn.execute("SELECT text, created FROM commitments")
        }
        used = {row[0] for row in conn.execute("SELECT id FROM commitments")}
        added = skipped = 0
        for item in plan.commitments:
            key = (item["text"], item["created"])
            if key in existing:
                skipped += 1
                continue
            new_id = item["id"] if item["id"] is not None and item["id"] not in used else None
            session_id = (
                session_ids.get(item["session_id"]) if item["session_id"] is not None else None
            )
            cursor = conn.execute(
                "INSERT INTO commitments"
                " (id, text, due, status, created, updated, session_id, source)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    new_id,
                    item["text"],
                    item["due"],
                    item["status"],
                    item["created"],
                    item["updated"],
                    session_id,
                    item["source"],
                ),
            )
            used.add(int(cursor.lastrowid))
            existing.add(key)
            added += 1
        return added, skipped


#: From this many new entries on, the search index is filled in one statement
#: rather than by the per-row trigger (much faster: FTS5 flushes after each statement).
BULK = 200


@contextmanager
def larger_cache(conn: Any, kib: int = 65536) -> Iterator[None]:
    """A bigger page cache while importing, so index pages are not written twice."""
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{kib}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


@contextmanager
def bulk_index(conn: Any, new_ids: list[int]) -> Iterator[None]:
    """Inside the import's transaction: pause the insert trigger, then index the new rows."""
    if len(new_ids) < BULK:
        yield
        return
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'entries_ai'"
    ).fetchone()
    if row is None:
        yield
        return
    conn.execute('DROP TRIGGER "entries_ai"')
    yield
    conn.execute(
        'INSERT INTO "entries_fts" (rowid, "title", "body") SELECT id, title, body FROM entries '
        "WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(new_ids),),
    )
    conn.execute(row[0])


def detect(data: Any, path: Path) -> str:
    if isinstance(data, dict):
        if data.get("format") == "coach-json":
            return "coach-json"
        if looks_like_jrnl(data):
            return "jrnl-json"
    raise StoreError(
        f"can't tell what kind of file {path} is: expected coach's JSON export or jrnl's "
        "`--export json`; pass --format coach-json or --format jrnl-json"
    )


