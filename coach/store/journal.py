"""The journal: entries, search, sessions, commitments, exchanges, export and import in
one object."""

from __future__ import annotations

import os

from coach import paths
from coach.store.core import Clock
from coach.store.database import open_database, open_memory
from coach.store.imports import ImportStore


class Journal(ImportStore):
    """The person's journal database. Open with :meth:`open` or :meth:`memory`."""

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | None = None, *, clock: Clock | None = None
    ) -> Journal:
        """Open (creating if needed) the journal at ``path``, ``COACH_DB`` or the data folder."""
        target = paths.database_file(path)
        db, read_only = open_database(target)
        return cls(db, target, clock, read_only)

    @classmethod
    def memory(cls, clock: Clock | None = None) -> Journal:
        """A journal that lives in memory only, for tests."""
        return cls(open_memory(), None, clock, False)

    def __enter__(self) -> Journal:
        return self

    def __repr__(self) -> str:
        return f"<Journal {self.path or ':memory:'}>"


__all__ = ["Journal"]
