"""Leadership exchanges in coach's own JSON: each checked with its notes, then written
inside the import's transaction.

An exchange already in the journal (same role, partner and time made) is not added
again, but notes it lacks are; a note already there (same time and text) is skipped.
Ids are kept where they are free; the links to sessions and journal entries follow the
ids those were given (written at the end by :class:`ImportWriter`).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from coach.store.exchanges import ROLES, default_title, note_tags
from coach.store.imports_checks import (
    Invalid,
    Stamp,
    at,
    int_of,
    located,
    moment_of,
    records,
    shown,
    text_of,
)
from coach.store.imports_writer import ImportWriter, key


def check_exchange(record: dict[str, Any], stamp: Stamp) -> dict[str, Any]:
    """One exchange of a coach-json file with its notes; raises :class:`Invalid`."""
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
            raise Invalid(f"'date' is not a date: {shown(day)}") from None
    created = moment_of(stamp, record, "created")
    return {
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


def write_exchange(writer: ImportWriter, record: dict[str, Any]) -> None:
    """Add the exchange (unless the journal has it) and the notes the journal lacks."""
    conn = writer.conn
    text = key(record["role"], record["partner"], record["created"])
    exchange = writer.known("x", text)
    if exchange is not None:
        writer.skipped += 1
        writer.same("x", record["id"], exchange)
    else:
        cursor = conn.execute(
            "INSERT INTO exchanges (id, title, role, partner, org, day, created, updated)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                writer.free("exchanges", record["id"]), record["title"], record["role"],
                record["partner"], record["org"], record["day"], record["created"],
                record["updated"],
            ),
        )
        exchange = int(cursor.lastrowid or 0)
        writer.remember("x", text, exchange, record["id"])
        writer.link("exchange_prepare", exchange, record["prepare_session_id"])
        writer.link("exchange_reflect", exchange, record["reflect_session_id"])
        writer.added += 1
    for note in record["notes"]:
        note_key = key(exchange, note["created"], note["text"])
        if writer.known("n", note_key) is not None:
            writer.skipped += 1
            continue
        cursor = conn.execute(
            "INSERT INTO exchange_notes (id, exchange_id, text, tags, created)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                writer.free("exchange_notes", note["id"]), exchange, note["text"],
                json.dumps(note["tags"], ensure_ascii=False), note["created"],
            ),
        )
        new = int(cursor.lastrowid or 0)
        writer.remember("n", note_key, new, None)
        writer.link("note_entry", new, note["entry_id"])
        writer.added += 1
