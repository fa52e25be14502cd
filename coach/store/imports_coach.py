"""Checking the records of coach's own JSON export, one at a time: entries, sessions
with their turns, and commitments (leadership exchanges are in ``imports_exchanges``).

Each function takes one record that :func:`check_tree` has passed and returns what is
written, or raises :class:`Invalid` with the first problem in it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from coach.store.exports import FORMAT_VERSION
from coach.store.imports_checks import (
    Invalid,
    Stamp,
    bool_of,
    int_of,
    moment_of,
    mood_of,
    shown,
    tags_of,
    text_of,
)
from coach.store.schema import COMMITMENT_STATUSES, SCHEMA_VERSION, SESSION_STATUSES

#: The newest of each header value this coach reads.
NEWEST = {"version": FORMAT_VERSION, "schema": SCHEMA_VERSION}


def check_header(key: str, value: Any) -> None:
    """``version`` (of the file's format) or ``schema`` (of the journal it came from):
    a whole number no newer than this coach knows, or absent."""
    newest = NEWEST[key]
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"'{key}' should be a whole number, not {shown(value)}")
    if value > newest:
        raise Invalid(
            f"it was made by a newer coach ('{key}' is {shown(value)}, this coach reads "
            f"{newest} or older); update coach and import it again"
        )


def check_entry(record: dict[str, Any], stamp: Stamp) -> dict[str, Any]:
    body = text_of(record, "body", required=True) or ""
    if not body.strip():
        raise Invalid("'body' is empty")
    created = moment_of(stamp, record, "created")
    updated = record.get("updated")
    return {
        "id": int_of(record, "id"),
        "kind": text_of(record, "kind") or "free",
        "title": text_of(record, "title"),
        "body": body,
        "created": created,
        "updated": created if updated is None else moment_of(stamp, record, "updated"),
        "starred": bool_of(record, "starred"),
        "framework": text_of(record, "framework"),
        "mood": mood_of(record),
        "tags": tags_of(record),
    }


def check_session(record: dict[str, Any], stamp: Stamp) -> dict[str, Any]:
    status = text_of(record, "status") or "finished"
    if status not in SESSION_STATUSES:
        raise Invalid(f"'status' should be one of {', '.join(SESSION_STATUSES)}")
    turns = record.get("turns") or []
    if not isinstance(turns, list):
        raise Invalid("'turns' should be a list")
    checked = []
    for number, turn in enumerate(turns):
        if not isinstance(turn, dict):
            raise Invalid(f"turns[{number}] should be an object")
        speaker = text_of(turn, "speaker", required=True)
        if speaker not in ("coach", "you"):
            raise Invalid(f"turns[{number}] 'speaker' should be coach or you")
        data_value = turn.get("data")
        if data_value is not None and not isinstance(data_value, dict):
            raise Invalid(f"turns[{number}] 'data' should be an object")
        try:
            checked.append(
                {
                    "index": int_of(turn, "index", required=True),
                    "speaker": speaker,
                    "kind": text_of(turn, "kind", required=True),
                    "stage": text_of(turn, "stage"),
                    "text": text_of(turn, "text", required=True),
                    "data": data_value,
                }
            )
        except Invalid as exc:
            raise Invalid(f"turns[{number}] {exc}") from None
    meta = record.get("meta") or {}
    if not isinstance(meta, dict):
        raise Invalid("'meta' should be an object")
    started = moment_of(stamp, record, "started")
    return {
        "id": int_of(record, "id"),
        "framework": text_of(record, "framework", required=True),
        "seed": int_of(record, "seed", required=True),
        "title": text_of(record, "title"),
        "kind": text_of(record, "kind") or "session",
        "status": status,
        "started": started,
        "updated": moment_of(stamp, record, "updated", required=False) or started,
        "entry_id": int_of(record, "entry_id"),
        "meta": meta,
        "turns": checked,
    }


def check_commitment(record: dict[str, Any], stamp: Stamp) -> dict[str, Any]:
    status = text_of(record, "status") or "open"
    if status not in COMMITMENT_STATUSES:
        raise Invalid("'status' should be open, done or dropped")
    due = text_of(record, "due")
    if due is not None:
        try:
            due = date.fromisoformat(due).isoformat()
        except ValueError:
            raise Invalid(f"'due' is not a date: {shown(due)}") from None
    created = moment_of(stamp, record, "created")
    return {
        "id": int_of(record, "id"),
        "text": text_of(record, "text", required=True),
        "due": due,
        "status": status,
        "created": created,
        "updated": moment_of(stamp, record, "updated", required=False) or created,
        "session_id": int_of(record, "session_id"),
        "source": text_of(record, "source") or "session",
    }
