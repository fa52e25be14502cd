"""Import planning for jrnl's ``--export json``: entries with their dates, tags and stars."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from coach.store.imports_checks import (
    Invalid,
    Plan,
    Stamp,
    at,
    bool_of,
    located,
    records,
    tags_of,
    text_of,
)


def plan_jrnl(data: Any, stamp: Stamp) -> Plan:
    """The entries of a jrnl export, checked; raises :class:`Invalid` at the first problem."""
    if not isinstance(data, dict):
        raise Invalid("the top level should be an object with 'entries'")
    plan = Plan()
    for where, record in located(records(data, "entries"), "entries"):
        with at(where):
            title = (text_of(record, "title") or "").strip()
            body = (text_of(record, "body") or "").strip("\n")
            if not body.strip():
                title, body = "", title
            if not body.strip():
                raise Invalid("the entry has no text")
            day = text_of(record, "date", required=True) or ""
            clock = text_of(record, "time") or "00:00"
            try:
                moment = datetime.combine(date.fromisoformat(day), time.fromisoformat(clock))
            except ValueError:
                raise Invalid(
                    f"'date' and 'time' are not a date and time: {day!r} {clock!r}"
                ) from None
            created = stamp(moment)
            plan.entries.append(
                {
                    "id": None,
                    "kind": "free",
                    "title": title or None,
                    "body": body,
                    "created": created,
                    "updated": created,
                    "starred": bool_of(record, "starred"),
                    "framework": None,
                    "mood": None,
                    "tags": tags_of(record),
                }
            )
    return plan


def looks_like_jrnl(data: dict[str, Any]) -> bool:
    """jrnl's export has a ``tags`` count, or entries with a ``date``."""
    entries = data.get("entries")
    return isinstance(entries, list) and (
        "tags" in data or all(isinstance(e, dict) and "date" in e for e in entries[:5])
    )
