"""What every part of the journal shares: the connection, the clock, transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.store.errors import StoreError, read_only_cause, translate

if TYPE_CHECKING:
    from coach.store.database import Connection

Clock = Callable[[], datetime]
STAMP = "%Y-%m-%dT%H:%M:%SZ"  # what stamp() writes


def local_now() -> datetime:
    return datetime.now().astimezone()


class JournalBase:
    """The connection and the helpers the entry, session and export parts build on."""

    def __init__(self, db: Connection, path: Path | None, clock: Clock | None, read_only: bool):
        self.db = db
        self.path = path
        self.read_only = read_only
        self._clock: Clock = clock or local_now
        self._tz: tzinfo | None = None if clock is None else (clock().tzinfo or UTC)

    # time -------------------------------------------------------------------
    def now(self) -> datetime:
        current = self._clock()
        return current if current.tzinfo else self.aware(current)

    def today(self) -> date:
        return self.now().date()

    def aware(self, moment: datetime) -> datetime:
        if moment.tzinfo is not None:
            return moment
        return moment.astimezone() if self._tz is None else moment.replace(tzinfo=self._tz)

    def stamp(self, moment: datetime | None = None) -> str:
        """A moment as stored: UTC, to the second, sortable as text."""
        moment = self.now() if moment is None else self.aware(moment)
        utc = moment.astimezone(UTC).replace(tzinfo=None)
        return utc.isoformat(timespec="seconds") + "Z"

    def local(self, stamp: str) -> datetime:
        moment = datetime.fromisoformat(stamp)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone() if self._tz is None else moment.astimezone(self._tz)

    def day_start(self, day: date | datetime) -> str:
        if isinstance(day, datetime):
            return self.stamp(day)
        return self.stamp(datetime.combine(day, time()))

    def day_end(self, day: date | datetime) -> str:
        """The stamp just after ``day`` (an upper bound, exclusive)."""
        if isinstance(day, datetime):
            return self.stamp(day + timedelta(seconds=1))
        return self.stamp(datetime.combine(day + timedelta(days=1), time()))

    # database ---------------------------------------------------------------
    def rows(self, action: str, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        try:
            cursor = self.db.conn.cursor()
            cursor.row_factory = sqlite3.Row
            return cursor.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise translate(exc, self.path, action) from None

    def data_version(self) -> int:
        """A number that changes when another connection (another coach, a command in
        another terminal) commits a change to the journal; this connection's own writes
        leave it as it is. Cheap: no table is read."""
        return int(self.rows("check the journal for changes", "PRAGMA data_version")[0][0])

    @contextmanager
    def writing(self, action: str) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) and committed durably."""
        conn = self.db.conn
        if self.read_only:
            raise StoreError(f"can't {action}: {read_only_cause(self.path)}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate(exc, self.path, action) from None
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise translate(exc, self.path, action) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        try:
            if self.db.conn.in_transaction:
                self.db.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    def close(self) -> None:
        try:
            self.db.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def placeholders(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)
