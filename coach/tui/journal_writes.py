"""The one way the app writes to the journal: a failed write is told, never a crash.

A journal can turn out read-only, locked by another program or on a full disk only
when something is written (whether the store names the problem or SQLite's own error
gets through). :func:`write` runs the change while holding the app's
journal lock and, if the journal refuses it, shows what went wrong and what to do and
returns ``None``, so the screen stays as it was (with whatever was typed still there).
Safe to call from a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from coach.store import Journal
    from coach.tui.app import CoachApp

T = TypeVar("T")

NOTICE_SECONDS = 12


@dataclass(frozen=True)
class Saved(Generic[T]):
    """A write the journal took, and what it returned."""

    value: T


def write(app: CoachApp, change: Callable[[Journal], T], *, then: str) -> Saved[T] | None:
    """``change(journal)`` under the journal lock; ``None`` after explaining a failure.

    ``then`` tells the person what is kept and how to try again, for example
    "Your answer is still in the box: press Enter to try again."
    """
    import sqlite3

    from coach.store import StoreError
    from coach.store.errors import translate

    journal = app.journal
    if journal is None:
        app.notify(f"The journal isn't open, so nothing was saved. {then}", severity="error",
                   markup=False, timeout=NOTICE_SECONDS)
        return None
    try:
        with app.db_lock:
            return Saved(change(journal))
    except (StoreError, sqlite3.Error, OSError) as exc:
        # the store says what went wrong; an error it let through is put the same way
        reason = exc if isinstance(exc, StoreError) else translate(
            exc, journal.path, "save the change")
        app.notify(failure_notice(reason, then), severity="error", markup=False,
                   timeout=NOTICE_SECONDS)
        return None


def failure_notice(exc: Exception, then: str) -> str:
    """The journal's one-line reason as a sentence, then what the person can do."""
    reason = str(exc).strip().rstrip(".")
    reason = reason[:1].upper() + reason[1:] if reason else "The journal refused the change"
    return f"{reason}. {then}".strip()
