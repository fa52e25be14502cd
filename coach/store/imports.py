"""Imports: coach's own JSON export and jrnl's ``--export json``.

Everything is read and checked first; a problem is reported with where it is and
nothing is written. Then the whole file goes in as one transaction. Entries already
in the journal (same time, title and text) are skipped, so importing twice adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from coach.store.entries import normalise_tags
from coach.store.errors import StoreError
from coach.store.exports import ExportStore
from coach.store.models import ImportResult
from coach.store.schema import COMMITMENT_STATUSES, SESSION_STATUSES, content_key

FORMATS = ("coach-json", "jrnl-json")


class Invalid(Exception):
    """A problem at one place in the file."""


@dataclass
class Plan:
    entries: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    commitments: list[dict[str, Any]] = field(default_factory=list)


def _text(record: dict[str, Any], key: str, *, required: bool = False) -> str | None:
    value = record.get(key)
    if value is None:
        if required:
            raise Invalid(f"'{key}' is missing")
        return None
    if not isinstance(value, str):
        raise Invalid(f"'{key}' should be text, not {type(value).__name__}")
    return value


def _int(record: dict[str, Any], key: str, *, required: bool = False) -> int | None:
    value = record.get(key)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"'{key}' should be a whole number, not {value!r}")
    return value


def _bool(record: dict[str, Any], key: str) -> bool:
    value = record.get(key, False)
    if not isinstance(value, bool):
        raise Invalid(f"'{key}' should be true or false, not {value!r}")
    return value


def _tags(record: dict[str, Any], key: str = "tags") -> list[str]:
    value = record.get(key) or []
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise Invalid(f"'{key}' should be a list of text")
    return normalise_tags(value)


class ImportStore(ExportStore):
    def _moment(self, record: dict[str, Any], key: str, *, required: bool = True) -> str | None:
        value = _text(record, key, required=required)
        if value is None:
            return None
        try:
            return self.stamp(datetime.fromisoformat(value))
        except ValueError:
            raise Invalid(f"'{key}' is not a date and time: {value!r}") from None

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
                f"can't import {path}: it is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                f"{exc.msg}); nothing was imported"
            ) from None
        fmt = fmt or detect(data, path)
        if fmt not in FORMATS:
            raise StoreError(f"can't import {path}: unknown format {fmt!r}; use coach-json or jrnl-json")
        try:
            plan = self._plan_coach(data) if fmt == "coach-json" else self._plan_jrnl(data)
        except Invalid as exc:
            raise StoreError(f"can't import {path}: {exc}; nothing was imported") from None
        added, skipped = self._apply(plan)
        return ImportResult(added=added, skipped=skipped, format=fmt)

    def _records(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise Invalid(f"'{key}' should be a list")
        for index, record in enumerate(value):
            if not isinstance(record, dict):
                raise Invalid(f"{key}[{index}] should be an object")
        return value

    def _plan_coach(self, data: Any) -> Plan:
        if not isinstance(data, dict):
            raise Invalid("the top level should be an object")
        plan = Plan()
        entries = self._records(data, "entries")
        index = 0
        try:
            for index, record in enumerate(entries):
                body = _text(record, "body", required=True) or ""
                if not body.strip():
                    raise Invalid("'body' is empty")
                created = self._moment(record, "created")
                updated = record.get("updated")
                plan.entries.append(
                    {
                        "id": _int(record, "id"),
                        "kind": _text(record, "kind") or "free",
                        "title": _text(record, "title"),
                        "body": body,
                        "created": created,
                        "updated": created if updated is None else self._moment(record, "updated"),
                        "starred": _bool(record, "starred"),
                        "framework": _text(record, "framework"),
                        "mood": _int(record, "mood"),
                        "tags": _tags(record),
                    }
                )
        except Invalid as exc:
            raise Invalid(f"entries[{index}]: {exc}") from None
        for where, record in _located(self._records(data, "sessions"), "sessions"):
            with _at(where):
                status = _text(record, "status") or "finished"
                if status not in SESSION_STATUSES:
                    raise Invalid(f"'status' should be one of {', '.join(SESSION_STATUSES)}")
                turns = record.get("turns") or []
                if not isinstance(turns, list):
                    raise Invalid("'turns' should be a list")
                checked = []
                for number, turn in enumerate(turns):
                    if not isinstance(turn, dict):
                        raise Invalid(f"turns[{number}] should be an object")
                    speaker = _text(turn, "speaker", required=True)
                    if speaker not in ("coach", "you"):
                        raise Invalid(f"turns[{number}] 'speaker' should be coach or you")
                    data_value = turn.get("data")
                    if data_value is not None and not isinstance(data_value, dict):
                        raise Invalid(f"turns[{number}] 'data' should be an object")
                    checked.append(
                        {
                            "index": _int(turn, "index", required=True),
                            "speaker": speaker,
                            "kind": _text(turn, "kind", required=True),
                            "stage": _text(turn, "stage"),
                            "text": _text(turn, "text", required=True),
                            "data": data_value,
                        }
                    )
                meta = record.get("meta") or {}
                if not isinstance(meta, dict):
                    raise Invalid("'meta' should be an object")
                started = self._moment(record, "started")
                plan.sessions.append(
                    {
                        "id": _int(record, "id"),
                        "framework": _text(record, "framework", required=True),
                        "seed": _int(record, "seed", required=True),
                        "title": _text(record, "title"),
                        "kind": _text(record, "kind") or "session",
                        "status": status,
                        "started": started,
                        "updated": self._moment(record, "updated", required=False) or started,
                        "entry_id": _int(record, "entry_id"),
                        "meta": meta,
                        "turns": checked,
                    }
                )
        for where, record in _located(self._records(data, "commitments"), "commitments"):
            with _at(where):
                status = _text(record, "status") or "open"
                if status not in COMMITMENT_STATUSES:
                    raise Invalid("'status' should be open, done or dropped")
                due = _text(record, "due")
                if due is not None:
                    try:
                        due = date.fromisoformat(due).isoformat()
                    except ValueError:
                        raise Invalid(f"'due' is not a date: {due!r}") from None
                created = self._moment(record, "created")
                plan.commitments.append(
                    {
                        "id": _int(record, "id"),
                        "text": _text(record, "text", required=True),
                        "due": due,
                        "status": status,
                        "created": created,
                        "updated": self._moment(record, "updated", required=False) or created,
                        "session_id": _int(record, "session_id"),
                        "source": _text(record, "source") or "session",
                    }
                )
        return plan

    def _plan_jrnl(self, data: Any) -> Plan:
        if not isinstance(data, dict):
            raise Invalid("the top level should be an object with 'entries'")
        plan = Plan()
        for where, record in _located(self._records(data, "entries"), "entries"):
            with _at(where):
                title = (_text(record, "title") or "").strip()
                body = (_text(record, "body") or "").strip("\n")
                if not body.strip():
                    title, body = "", title
                if not body.strip():
                    raise Invalid("the entry has no text")
                day = _text(record, "date", required=True) or ""
                clock = _text(record, "time") or "00:00"
                try:
                    moment = datetime.combine(date.fromisoformat(day), time.fromisoformat(clock))
                except ValueError:
                    raise Invalid(f"'date' and 'time' are not a date and time: {day!r} {clock!r}") from None
                created = self.stamp(moment)
                plan.entries.append(
                    {
                        "id": None,
                        "kind": "free",
                        "title": title or None,
                        "body": body,
                        "created": created,
                        "updated": created,
                        "starred": _bool(record, "starred"),
                        "framework": None,
                        "mood": None,
                        "tags": _tags(record),
                    }
                )
        return plan

    def _apply(self, plan: Plan) -> tuple[int, int]:
        with larger_cache(self.db.conn):
            return self._apply_plan(plan)

    def _apply_plan(self, plan: Plan) -> tuple[int, int]:
        added = skipped = 0
        with self.writing("import the file") as conn:
            keys = dict(conn.execute("SELECT content_key, id FROM entries").fetchall())
            used = {row[0] for row in conn.execute("SELECT id FROM entries")}
            next_id = max(used, default=0) + 1
            entry_ids: dict[int, int] = {}
            rows, tag_rows = [], []
            for entry in plan.entries:
                key = content_key(entry["created"], entry["title"], entry["body"])
                if key in keys:
                    skipped += 1
                    if entry["id"] is not None:
                        entry_ids[entry["id"]] = keys[key]
                    continue
                new_id = entry["id"]
                if new_id is None or new_id in used:
                    while next_id in used:
                        next_id += 1
                    new_id = next_id
                used.add(new_id)
                keys[key] = new_id
                if entry["id"] is not None:
                    entry_ids[entry["id"]] = new_id
                rows.append(
                    (new_id, entry["kind"], entry["title"], entry["body"], entry["created"],
                     entry["updated"], int(entry["starred"]), entry["framework"], entry["mood"], key)
                )
                tag_rows.extend((new_id, tag) for tag in entry["tags"])
                added += 1
            with bulk_index(conn, [row[0] for row in rows]):
                conn.executemany(
                    "INSERT INTO entries (id, kind, title, body, created, updated, starred, framework,"
                    " mood, content_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
            conn.executemany("INSERT OR IGNORE INTO tags (entry_id, tag) VALUES (?, ?)", tag_rows)
            session_ids, added_s, skipped_s = self._apply_sessions(conn, plan, entry_ids)
            added_c, skipped_c = self._apply_commitments(conn, plan, session_ids)
        return added + added_s + added_c, skipped + skipped_s + skipped_c

    def _apply_sessions(
        self, conn: Any, plan: Plan, entry_ids: dict[int, int]
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
            new_id = session["id"] if session["id"] is not None and session["id"] not in used else None
            entry_id = entry_ids.get(session["entry_id"]) if session["entry_id"] is not None else None
            cursor = conn.execute(
                "INSERT INTO sessions (id, framework, seed, title, kind, status, started, updated,"
                " entry_id, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id, session["framework"], session["seed"], session["title"], session["kind"],
                 session["status"], session["started"], session["updated"], entry_id,
                 json.dumps(session["meta"], ensure_ascii=False, sort_keys=True)),
            )
            new_id = int(cursor.lastrowid)
            used.add(new_id)
            existing[key] = new_id
            if session["id"] is not None:
                mapping[session["id"]] = new_id
            conn.executemany(
                "INSERT OR REPLACE INTO turns (session_id, idx, speaker, kind, stage, text, data, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (new_id, t["index"], t["speaker"], t["kind"], t["stage"], t["text"],
                     json.dumps(t["data"], ensure_ascii=False) if t["data"] else None, session["updated"])
                    for t in session["turns"]
                ],
            )
            added += 1
        return mapping, added, skipped

    def _apply_commitments(self, conn: Any, plan: Plan, session_ids: dict[int, int]) -> tuple[int, int]:
        existing = {(row[0], row[1]) for row in conn.execute("SELECT text, created FROM commitments")}
        used = {row[0] for row in conn.execute("SELECT id FROM commitments")}
        added = skipped = 0
        for item in plan.commitments:
            key = (item["text"], item["created"])
            if key in existing:
                skipped += 1
                continue
            new_id = item["id"] if item["id"] is not None and item["id"] not in used else None
            session_id = session_ids.get(item["session_id"]) if item["session_id"] is not None else None
            cursor = conn.execute(
                "INSERT INTO commitments (id, text, due, status, created, updated, session_id, source)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id, item["text"], item["due"], item["status"], item["created"], item["updated"],
                 session_id, item["source"]),
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
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'entries_ai'").fetchone()
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
        entries = data.get("entries")
        if isinstance(entries, list) and (
            "tags" in data or all(isinstance(e, dict) and "date" in e for e in entries[:5])
        ):
            return "jrnl-json"
    raise StoreError(
        f"can't tell what kind of file {path} is: expected coach's JSON export or jrnl's "
        "`--export json`; pass --format coach-json or --format jrnl-json"
    )


def _located(records: list[dict[str, Any]], key: str) -> list[tuple[str, dict[str, Any]]]:
    return [(f"{key}[{index}]", record) for index, record in enumerate(records)]


class _at:
    """Prefix an :class:`Invalid` raised inside with where it happened."""

    def __init__(self, where: str):
        self.where = where

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, exc: BaseException | None, tb: Any) -> None:
        if isinstance(exc, Invalid) and not str(exc).startswith(self.where):
            raise Invalid(f"{self.where}: {exc}") from None
