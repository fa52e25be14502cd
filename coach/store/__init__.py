"""The journal on SQLite (sqlite-utils): entries, sessions, commitments, search, export.

No user interface here: the command line and the app call :class:`Journal` and render.
"""

from __future__ import annotations

from coach.store.errors import StoreError
from coach.store.journal import Journal
from coach.store.models import (
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
