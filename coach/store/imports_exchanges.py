"""Leadership exchanges in coach's own JSON: checked with the rest of the file, then
written inside the import's transaction after the sessions they link to.

An exchange already in the journal (same role, partner and time made) is not added
again, but notes it lacks are; a note already there (same time and text) is skipped.
Ids are kept where they are free; the links to sessions and journal entries follow the
ids those were given.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from coach.store.exchanges import ROLES, default_title, note_tags
from coach.store.imports_checks import (
    FreeIds,
    Invalid,
    Stamp,
    at,
    int_of,
    located,
    moment_of,
    records,
    text_of,
)


def plan_exchanges(data: dict[str, Any], stamp: Stamp) -> list[dict[str, Any]]:
    """The ``exchanges`` of a coach-json file, checked (files made before they were
    exported have none)."""
    planned = []
    for where, record in located(records(data, "exchanges"), "exchanges"):
        with at(where):
            role = text_of(record, "role", required=True)
            if role not in ROLES:
                raise Invalid("'role' should be host or observer")
            partner = text_of(record, "with", required=True) or ""
            if not partner.strip():
                raise Invalid("'with' is empty")
            org = text_of(record, "org")
            day = text_of(record, "date")
            if day is not None:
                try:
                    day = date.fromisoformat(day).isoformat()
                except ValueError:
                    raise Invalid(f"'date' is not a date: {day!r}") from None
            created = moment_of(stamp, record, "created")
            planned.append(
                {
                    "id": int_of(record, "id"),
                    "title": text_of(record, "title") or default_title(role, partner, org),
                    "role": role,
                    "partner": partner,
                    "org": org,
                    "day": day,
                    "created": created,
                    "updated": moment_of(stamp, record, "updated", required=False) or created,
                    "prepare_session_id": int_of(record, "prepare_session_id"),
                    "reflect_session_id": int_of(record, "reflect_session_id"),
                    "notes": _notes(record, stamp),
                }
            )
    return planned


def _notes(record: dict[str, Any], stamp: Stamp) -> list[dict[str, Any]]:
    notes = []
    for where, note in located(records(record, "notes"), "notes"):
        with at(where):
            text = text_of(note, "text", required=True) or ""
            if not text.strip():
                raise Invalid("'text' is empty")
            tags = note.get("tags") or []
            if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                raise Invalid("'tags' should be a list of text")
            notes.append(
                {
                    "id": int_of(note, "id"),
                    "text": text,
                    "tags": list(note_tags(tags)),
                    "created": moment_of(stamp, note, "created"),
                    "entry_id": int_of(note, "entry_id"),
                }
            )
    return notes


@dataclass(frozen=True)
class Placed:
    """An exchange of the file and the id it has in the journal."""

    record: dict[str, Any]
    id: int
    new: bool


def place_exchanges(conn: sqlite3.Connection, planned: list[dict[str, Any]]) -> list[Placed]:
    """Give every exchange of the file its id in the journal, before anything is written,
    so sessions can point at them; exchanges already here keep theirs."""
    existing = {
        (row[1], row[2], row[3]): int(row[0])
        for row in conn.execute("SELECT id, role, partner, created FROM exchanges")
    }
    ids = FreeIds(set(existing.values()))
    placed = []
    for record in planned:
        key = (record["role"], record["partner"], record["created"])
        if key in existing:
            placed.append(Placed(record, existing[key], False))
            continue
        new_id = ids.take(record["id"])
        existing[key] = new_id
        placed.append(Placed(record, new_id, True))
    return placed


def exchange_mapping(placed: list[Placed]) -> dict[int, int]:
    """The file's exchange ids -> the journal's."""
    return {p.record["id"]: p.id for p in placed if p.record["id"] is not None}


def insert_exchanges(
    conn: sqlite3.Connection,
    placed: list[Placed],
    session_ids: dict[int, int],
    entry_ids: dict[int, int],
) -> tuple[int, int]:
    """Write the new exchanges and the notes the journal lacks; returns (added, skipped)."""
    added = skipped = 0
    used_notes = {int(row[0]) for row in conn.execute("SELECT id FROM exchange_notes")}
    for item in placed:
        record = item.record
        if item.new:
            conn.execute(
                "INSERT INTO exchanges (id, title, role, partner, org, day, created, updated,"
                " prepare_session_id, reflect_session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    item.id, record["title"], record["role"], record["partner"], record["org"],
                    record["day"], record["created"], record["updated"],
                    _mapped(session_ids, record["prepare_session_id"]),
                    _mapped(session_ids, record["reflect_session_id"]),
                ),
            )
            added += 1
        else:
            skipped += 1
        have = {
            (row[0], row[1])
            for row in conn.execute(
                "SELECT created, text FROM exchange_notes WHERE exchange_id = ?", (item.id,)
            )
        }
        for note in record["notes"]:
            key = (note["created"], note["text"])
            if key in have:
                skipped += 1
                continue
            note_id = note["id"] if note["id"] not in used_notes else None
            cursor = conn.execute(
                "INSERT INTO exchange_notes (id, exchange_id, text, tags, created, entry_id)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    note_id, item.id, note["text"], json.dumps(note["tags"], ensure_ascii=False),
                    note["created"], _mapped(entry_ids, note["entry_id"]),
                ),
            )
            used_notes.add(int(cursor.lastrowid or 0))
            have.add(key)
            added += 1
    return added, skipped


def remap_meta(meta: dict[str, Any], exchange_ids: dict[int, int]) -> dict[str, Any]:
    """A session's ``meta`` with its ``exchange_id`` pointing at the exchange's id here."""
    old = meta.get("exchange_id")
    if isinstance(old, int) and not isinstance(old, bool) and old in exchange_ids:
        return {**meta, "exchange_id": exchange_ids[old]}
    return meta


def _mapped(ids: dict[int, int], old: int | None) -> int | None:
    return None if old is None else ids.get(old)
