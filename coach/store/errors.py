"""One-line errors for everything that can go wrong with the journal file."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path


class StoreError(Exception):
    """What went wrong, the path, and what to do next, on one line."""


def _where(path: Path | None) -> str:
    return str(path) if path is not None else "the in-memory journal"


def writable(path: Path) -> bool:
    """True when the owner may write ``path`` (its write bit is honoured even for root)."""
    try:
        return bool(path.stat().st_mode & stat.S_IWUSR) and os.access(path, os.W_OK)
    except OSError:
        return True  # missing: nothing to blame on it


def read_only_cause(path: Path | None) -> str:
    """Why the journal can't be written, naming the file or the folder at fault."""
    if path is None:
        return "the in-memory journal is read-only"
    if path.exists() and not writable(path):
        return (
            f"the journal {path} is read-only; "
            "make it writable (chmod u+w) or use another file with --db"
        )
    folder = path.absolute().parent
    if not writable(folder):
        return (
            f"the folder {folder} holding the journal is read-only (SQLite keeps its working "
            f"files beside the journal); make the folder writable (chmod u+w {folder}) or "
            "move the journal to another folder and point --db at it"
        )
    return f"the journal {path} is read-only; make it writable (chmod u+w) or use another file"


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
            return StoreError(f"can't {action}: {read_only_cause(path)}")
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
            if path is not None and not writable(path.absolute().parent):
                return StoreError(f"can't {action}: {read_only_cause(path)}")
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
