"""Checking the entries of jrnl's ``--export json``, one at a time: text, date, tags, star."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from coach.store.imports_checks import Invalid, Stamp, bool_of, shown, tags_of, text_of


def check_jrnl_entry(record: dict[str, Any], stamp: Stamp) -> dict[str, Any]:
    """One jrnl entry as a journal entry; raises :class:`Invalid` at its first problem."""
    title = (text_of(record, "title") or "").strip()
    body = (text_of(record, "body") or "").strip("\n")
    if not body.strip():
        title, body = "", title
    if not body.strip():
        raise Invalid("the entry has no text")
    day = text_of(record, "date", required=True) or ""
    clock = text_of(record, "time") or "00:00"
    try:
        created = stamp(datetime.combine(date.fromisoformat(day), time.fromisoformat(clock)))
    except (ValueError, OverflowError):
        raise Invalid(
            f"'date' and 'time' are not a date and time: {shown(day)} {shown(clock)}"
        ) from None
    return {
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


def looks_like_jrnl(header: dict[str, Any], first_entries: list[Any]) -> bool:
    """jrnl's export has a ``tags`` count, or entries with a ``date``."""
    return "tags" in header or all(isinstance(e, dict) and "date" in e for e in first_entries)
