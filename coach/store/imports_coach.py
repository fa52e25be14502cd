"""Import planning for coach's own JSON export: every entry, session, commitment and
leadership exchange, checked before anything is written."""

from __future__ import annotations

from datetime import date
from typing import Any

from coach.store.imports_checks import (
    Invalid,
    Plan,
    Stamp,
    at,
    bool_of,
    int_of,
    located,
    moment_of,
    mood_of,
    records,
    tags_of,
    text_of,
)
from coach.store.imports_exchanges import plan_exchanges
from coach.store.schema import COMMITMENT_STATUSES, SESSION_STATUSES


def plan_coach(data: Any, stamp: Stamp) -> Plan:
    """The records of a coach-json file, checked; raises :class:`Invalid` at the first problem."""
    if not isinstance(data, dict):
        raise Invalid("the top level should be an object")
    plan = Plan()
    entries = records(data, "entries")
    done = 0  # one try around the loop, not one per entry: this is the import's hot path
    try:
        for record in entries:
            body = text_of(record, "body", required=True) or ""
            if not body.strip():
                raise Invalid("'body' is empty")
            created = moment_of(stamp, record, "created")
            updated = record.get("updated")
            plan.entries.append(
                {
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
            )
            done += 1
    except Invalid as exc:
        raise Invalid(f"entries[{done}]: {exc}") from None
    for where, record in located(records(data, "sessions"), "sessions"):
        with at(where):
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
            meta = record.get("meta") or {}
            if not isinstance(meta, dict):
                raise Invalid("'meta' should be an object")
            started = moment_of(stamp, record, "started")
            plan.sessions.append(
                {
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
            )
    for where, record in located(records(data, "commitments"), "commitments"):
        with at(where):
            status = text_of(record, "status") or "open"
            if status not in COMMITMENT_STATUSES:
                raise Invalid("'status' should be open, done or dropped")
            due = text_of(record, "due")
            if due is not None:
                try:
                    due = date.fromisoformat(due).isoformat()
                except ValueError:
                    raise Invalid(f"'due' is not a date: {due!r}") from None
            created = moment_of(stamp, record, "created")
            plan.commitments.append(
                {
                    "id": int_of(record, "id"),
                    "text": text_of(record, "text", required=True),
                    "due": due,
                    "status": status,
                    "created": created,
                    "updated": moment_of(stamp, record, "updated", required=False) or created,
                    "session_id": int_of(record, "session_id"),
                    "source": text_of(record, "source") or "session",
                }
            )
    plan.exchanges = plan_exchanges(data, stamp)
    return plan
