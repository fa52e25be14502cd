"""One-line errors for everything that can go wrong with the journal file."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(Exception):
    """What went wrong, the path, and what to do next, on one line."""


def _where(path: Path | None) -> str:
    return str(path) if path is not None else "the in-memory journal"


def translate(exc: BaseException, path: Path | None, action: str) -> StoreError:
    """Turn a sqlite3 or OS error met while doing ``action`` into a :class:`StoreError`."""
    where = _where(path)
    text = str(exc).lower()
    if isinstance(exc, sqlite3.Error):
        if "locked" in text or "busy" in text:
            return StoreError(
                f"can't {action}: the journal {where} is in use by another program; "
                "close other coach windows and try again"
            )
        if "full" in text:
            return StoreError(
                f"can't {action}: the disk holding {where} is full; "
                "nothing was changed; free some space and try again"
            )
        if "readonly" in text or "read-only" in text:
            return StoreError(
                f"can't {action}: the journal {where} is read-only; "
                "make it writable (chmod u+w) or use another file with --db"
            )
        if "not a database" in text:
            return StoreError(
                f"can't {action}: {where} is not a coach journal (not an SQLite file); "
                "point --db or COACH_DB at the right file; the file was left untouched"
            )
        if "malformed" in text or "corrupt" in text:
            return StoreError(
                f"can't {action}: the journal {where} is damaged; "
                "the file was left untouched; restore it from a backup or an export"
            )
        if "unable to open" in text:
            return StoreError(
                f"can't {action}: can't open {where}; check the folder exists and is writable"
            )
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return StoreError(f"can't {action} in {where}: {first}")
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        name = exc.filename or where
        if isinstance(exc, PermissionError):
            return StoreError(
                f"can't {action}: permission denied for {name}; check its permissions"
            )
        if exc.errno == 28:
            return StoreError(f"can't {action}: the disk holding {name} is full; free some space")
        return StoreError(f"can't {action}: {reason} ({name})")
    return StoreError(f"can't {action} in {where}: {exc}")
