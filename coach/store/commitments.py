"""Commitments: what the person said they would do, and whether they did."""

from __future__ import annotations

import sqlite3
from datetime import date

from coach.engine.model import OpenCommitment
from coach.store.core import JournalBase
from coach.store.errors import StoreError
from coach.store.models import Commitment
from coach.store.schema import COMMITMENT_STATUSES

COMMITMENT_COLUMNS = "id, text, due, status, created, updated, session_id, source"
_ORDER = "ORDER BY due IS NULL, due, created, id"


def _due(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise StoreError(
            f"can't save the commitment: {value!r} is not a date (use YYYY-MM-DD)"
        ) from None


class CommitmentStore(JournalBase):
    def add_commitment(
        self,
        text: str,
        *,
        due: date | None = None,
        session_id: int | None = None,
        source: str = "session",
    ) -> int:
        if not text or not text.strip():
            raise StoreError("can't save the commitment: it is empty")
        with self.writing("save the commitment") as conn:
            return self._insert_commitment(conn, text, _due(due), session_id, source)

    def _insert_commitment(
        self,
        conn: sqlite3.Connection,
        text: str,
        due: str | None,
        session_id: int | None,
        source: str,
    ) -> int:
        now = self.stamp()
        cursor = conn.execute(
            "INSERT INTO commitments (text, due, status, created, updated, session_id, source)"
            " VALUES (?, ?, 'open', ?, ?, ?, ?)",
            (text.strip(), due, now, now, session_id, source),
        )
        return int(cursor.lastrowid or 0)

    def commitments(self, status: str | None = "open") -> list[Commitment]:
        if status is not None and status not in COMMITMENT_STATUSES:
            raise StoreError(f"unknown commitment status {status!r}: use open, done or dropped")
        where, params = ("WHERE status = ?", [status]) if status else ("", [])
        rows = self.rows(
            "list the commitments",
            f"SELECT {COMMITMENT_COLUMNS} FROM commitments {where} {_ORDER}",
            params,
        )
        return [self._commitment(row) for row in rows]

    def get_commitment(self, cid: int) -> Commitment | None:
        rows = self.rows(
            "read the commitment",
            f"SELECT {COMMITMENT_COLUMNS} FROM commitments WHERE id = ?",
            (cid,),
        )
        return self._commitment(rows[0]) if rows else None

    def set_commitment_status(self, cid: int, status: str) -> None:
        with self.writing("update the commitment") as conn:
            self._set_status(conn, cid, status)

    def _set_status(self, conn: sqlite3.Connection, cid: int, status: str) -> None:
        if status not in COMMITMENT_STATUSES:
            raise StoreError(f"unknown commitment status {status!r}: use open, done or dropped")
        changed = conn.execute(
            "UPDATE commitments SET status = ?, updated = ? WHERE id = ?",
            (status, self.stamp(), cid),
        ).rowcount
        if not changed:
            raise StoreError(
                f"there is no commitment {cid}; see `coach commitments --all` for the ids"
            )

    def open_commitments(self) -> list[OpenCommitment]:
        return [
            OpenCommitment(
                id=c.id,
                text=c.text,
                due=c.due.isoformat() if c.due else None,
                made=c.created.date().isoformat(),
            )
            for c in self.commitments("open")
        ]

    def _commitment(self, row: sqlite3.Row) -> Commitment:
        return Commitment(
            id=int(row["id"]),
            text=row["text"],
            due=date.fromisoformat(row["due"]) if row["due"] else None,
            status=row["status"],
            created=self.local(row["created"]),
            updated=self.local(row["updated"]),
            session_id=None if row["session_id"] is None else int(row["session_id"]),
            source=row["source"],
        )
