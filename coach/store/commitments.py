"""Commitments: what the person said they would do, and whether they did.

A commitment has a due date, or is a habit ("every Tuesday and Friday"), or neither.
Every change of status is kept in ``commitment_reviews`` with the person's words and
any new date, so the list can show what was said at each follow-up.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Final

from coach.engine.model import OpenCommitment
from coach.store.core import JournalBase
from coach.store.errors import StoreError
from coach.store.models import Commitment, CommitmentReview
from coach.store.schema import COMMITMENT_STATUSES

COMMITMENT_COLUMNS = "id, text, due, status, created, updated, session_id, source, habit"
_ORDER = "ORDER BY due IS NULL, due, created, id"
REVIEW_COLUMNS = "commitment_id, status, note, due, created, session_id"

#: How long a new commitment is left alone, and after how long one with no date is due
#: a follow-up anyway.
SETTLING: Final = timedelta(hours=1)
FOLLOW_UP_AFTER: Final = timedelta(days=1)


class Unchanged(Enum):
    """Leave a field as it is (so ``None`` can mean "clear it")."""

    UNCHANGED = "unchanged"


UNCHANGED: Final = Unchanged.UNCHANGED


def _due(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise StoreError(
            f"can't save the commitment: {value!r} is not a date (use YYYY-MM-DD)"
        ) from None


def _habit(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _unknown(cid: int) -> StoreError:
    return StoreError(f"there is no commitment {cid}; see `coach commitments --all` for the ids")


@dataclass(frozen=True)
class CommitmentGroups:
    """Open commitments as the list shows them: overdue first, dated, undated, habits."""

    overdue: list[Commitment]
    dated: list[Commitment]
    undated: list[Commitment]
    habits: list[Commitment]
    closed: list[Commitment]  # done and dropped, the latest first


def arrange(commitments: Iterable[Commitment], today: date) -> CommitmentGroups:
    """Sort commitments into the groups the command line and the app list them in."""
    groups = CommitmentGroups([], [], [], [], [])
    for item in commitments:
        if item.status != "open":
            groups.closed.append(item)
        elif item.habit:
            groups.habits.append(item)
        elif item.due is None:
            groups.undated.append(item)
        elif item.due < today:
            groups.overdue.append(item)
        else:
            groups.dated.append(item)
    groups.closed.sort(key=lambda c: (c.updated, c.id), reverse=True)
    return groups


class CommitmentStore(JournalBase):
    def add_commitment(
        self,
        text: str,
        *,
        due: date | None = None,
        habit: str | None = None,
        session_id: int | None = None,
        source: str = "session",
    ) -> int:
        if not text or not text.strip():
            raise StoreError("can't save the commitment: it is empty")
        with self.writing("save the commitment") as conn:
            return self._insert_commitment(conn, text, _due(due), session_id, source,
                                           _habit(habit))

    def _insert_commitment(
        self,
        conn: sqlite3.Connection,
        text: str,
        due: str | None,
        session_id: int | None,
        source: str,
        habit: str | None = None,
    ) -> int:
        now = self.stamp()
        cursor = conn.execute(
            "INSERT INTO commitments"
            " (text, due, status, created, updated, session_id, source, habit)"
            " VALUES (?, ?, 'open', ?, ?, ?, ?, ?)",
            (text.strip(), due, now, now, session_id, source, habit),
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
        reviews = self._reviews(
            f"SELECT {REVIEW_COLUMNS} FROM commitment_reviews WHERE commitment_id IN"
            f" (SELECT id FROM commitments {where}) ORDER BY created, id",
            params,
        )
        return [self._commitment(row, reviews.get(int(row["id"]), ())) for row in rows]

    def get_commitment(self, cid: int) -> Commitment | None:
        rows = self.rows(
            "read the commitment",
            f"SELECT {COMMITMENT_COLUMNS} FROM commitments WHERE id = ?",
            (cid,),
        )
        if not rows:
            return None
        reviews = self._reviews(
            f"SELECT {REVIEW_COLUMNS} FROM commitment_reviews WHERE commitment_id = ?"
            " ORDER BY created, id",
            (cid,),
        )
        return self._commitment(rows[0], reviews.get(cid, ()))

    def require_commitment(self, cid: int) -> Commitment:
        found = self.get_commitment(cid)
        if found is None:
            raise _unknown(cid)
        return found

    def set_commitment_status(
        self,
        cid: int,
        status: str,
        *,
        note: str | None = None,
        due: date | str | None = None,
    ) -> None:
        """Mark a commitment done, dropped or open (reopening it), keeping the follow-up's
        note; a ``due`` date given is its new due date."""
        with self.writing("update the commitment") as conn:
            self._set_status(conn, cid, status, note=note, due=_due(due))

    def _set_status(
        self,
        conn: sqlite3.Connection,
        cid: int,
        status: str,
        *,
        note: str | None = None,
        due: str | None = None,
        session_id: int | None = None,
    ) -> None:
        if status not in COMMITMENT_STATUSES:
            raise StoreError(f"unknown commitment status {status!r}: use open, done or dropped")
        now = self.stamp()
        if due is not None:
            changed = conn.execute(
                "UPDATE commitments SET status = ?, due = ?, updated = ? WHERE id = ?",
                (status, due, now, cid),
            ).rowcount
        else:
            changed = conn.execute(
                "UPDATE commitments SET status = ?, updated = ? WHERE id = ?",
                (status, now, cid),
            ).rowcount
        if not changed:
            raise _unknown(cid)
        note = note.strip() if isinstance(note, str) and note.strip() else None
        conn.execute(
            f"INSERT INTO commitment_reviews ({REVIEW_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (cid, status, note, due, now, session_id),
        )

    def update_commitment(
        self,
        cid: int,
        *,
        text: str | None = None,
        due: date | str | None | Unchanged = UNCHANGED,
        habit: str | None | Unchanged = UNCHANGED,
    ) -> Commitment:
        """Change a commitment's words, due date or habit; ``None`` clears a date or habit."""
        sets: list[str] = []
        params: list[object] = []
        if text is not None:
            if not text.strip():
                raise StoreError("can't save the commitment: its text would be empty")
            sets.append("text = ?")
            params.append(text.strip())
        if not isinstance(due, Unchanged):
            sets.append("due = ?")
            params.append(_due(due))
        if not isinstance(habit, Unchanged):
            sets.append("habit = ?")
            params.append(_habit(habit))
        with self.writing("change the commitment") as conn:
            if not conn.execute("SELECT 1 FROM commitments WHERE id = ?", (cid,)).fetchone():
                raise _unknown(cid)
            if sets:
                conn.execute(
                    f"UPDATE commitments SET {', '.join(sets)}, updated = ? WHERE id = ?",
                    (*params, self.stamp(), cid),
                )
        return self.require_commitment(cid)

    def open_commitments(self) -> list[OpenCommitment]:
        return [self._open(c) for c in self.commitments("open")]

    def commitments_to_review(
        self, now: datetime, *, every: bool = False, limit: int = 2
    ) -> list[OpenCommitment]:
        """Open commitments a conversation starting at ``now`` follows up, most recent first.

        Those due by today or overdue, or made more than a day ago; never one made in
        the last hour; at most ``limit``. ``every`` gives every open commitment,
        whatever its date and however new, with no limit.
        """
        moment = self.aware(now)
        if every:
            rows = self.rows(
                "read the commitments to follow up",
                f"SELECT {COMMITMENT_COLUMNS} FROM commitments WHERE status = 'open'"
                " ORDER BY created DESC, id DESC",
            )
        else:
            today = self.local(self.stamp(moment)).date().isoformat()
            rows = self.rows(
                "read the commitments to follow up",
                f"SELECT {COMMITMENT_COLUMNS} FROM commitments WHERE status = 'open'"
                " AND created <= ? AND ((due IS NOT NULL AND due <= ?) OR created < ?)"
                " ORDER BY created DESC, id DESC LIMIT ?",
                (self.stamp(moment - SETTLING), today, self.stamp(moment - FOLLOW_UP_AFTER),
                 max(0, limit)),
            )
        return [self._open(self._commitment(row)) for row in rows]

    def _open(self, c: Commitment) -> OpenCommitment:
        return OpenCommitment(
            id=c.id,
            text=c.text,
            due=c.due.isoformat() if c.due else None,
            made=c.created,
            habit=c.habit,
        )

    def _reviews(self, sql: str, params: Sequence[object]) -> dict[int, tuple[CommitmentReview, ...]]:
        found: dict[int, list[CommitmentReview]] = {}
        for row in self.rows("read the commitments' follow-ups", sql, params):
            found.setdefault(int(row["commitment_id"]), []).append(
                CommitmentReview(
                    status=row["status"],
                    note=row["note"],
                    due=date.fromisoformat(row["due"]) if row["due"] else None,
                    created=self.local(row["created"]),
                    session_id=None if row["session_id"] is None else int(row["session_id"]),
                )
            )
        return {cid: tuple(items) for cid, items in found.items()}

    def _commitment(
        self, row: sqlite3.Row, reviews: tuple[CommitmentReview, ...] = ()
    ) -> Commitment:
        return Commitment(
            id=int(row["id"]),
            text=row["text"],
            due=date.fromisoformat(row["due"]) if row["due"] else None,
            status=row["status"],
            created=self.local(row["created"]),
            updated=self.local(row["updated"]),
            session_id=None if row["session_id"] is None else int(row["session_id"]),
            source=row["source"],
            habit=row["habit"],
            reviews=reviews,
        )

