"""The journal on SQLite (sqlite-utils): entries, sessions, commitments, search, export.

No user interface here: the command line and the app call :class:`Journal` and render.
"""

from __future__ import annotations

from coach.store import _sqlite_utils

_sqlite_utils.load()  # before any module below imports sqlite_utils

from coach.store.errors import StoreError  # noqa: E402
from coach.store.journal import Journal  # noqa: E402
from coach.store.models import (  # noqa: E402
    Commitment,
    CommitmentReview,
    Entry,
    ImportResult,
    SearchHit,
    SessionInfo,
)

__all__ = [
    "Commitment",
    "CommitmentReview",
    "Entry",
    "ImportResult",
    "Journal",
    "SearchHit",
    "SessionInfo",
    "StoreError",
]
