"""Coaching sessions: every turn saved as it happens; a finished one becomes an entry."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime
from typing import Any

from coach.engine.model import Kind, Turn
from coach.store.commitments import COMMITMENT_COLUMNS, CommitmentStore, _due, _habit
from coach.store.entries import EntryStore
from coach.store.errors import StoreError
from coach.store.models import SessionInfo
from coach.store.schema import SESSION_STATUSES

SESSION_COLUMNS = (
    "s.id, s.framework, s.seed, s.title, s.kind, s.status, s.started, s.updated, s.entry_id, "
    "s.meta, "
    "(SELECT count(*) FROM turns t WHERE t.session_id = s.id AND t.speaker = 'you' "
    "AND t.kind = 'answer') AS answers"
)


def _json_value(value: object) -> str:
    """Times and dates in a session's meta (the commitments it reviews) as ISO text."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} can't be saved in a session's meta")


def framework_title(framework: str) -> str:
    """``think-it-through`` -> ``Think it through``."""
    words = framework.replace("_", "-").split("-")
    text = " ".join(w for w in words if w)
    return text[:1].upper() + text[1:] if text else "Session"


class SessionRecorder:
    """Hands each turn to the journal, which commits it before returning."""

    def __init__(self, journal: SessionStore, session_id: int):
        self.journal = journal
        self.session_id = session_id

    def record(self, turn: Turn) -> None:
        self.journal.record_turn(self.session_id, turn)


class SessionStore(EntryStore, CommitmentStore):
    def start_session(
        self,
        framework: str,
        *,
        seed: int,
        title: str | None = None,
        kind: str = "session",
        meta: dict[str, Any] | None = None,
    ) -> int:
        meta_json = json.dumps(meta or {}, ensure_ascii=False, sort_keys=True, default=_json_value)
        with self.writing("start the session") as conn:
            now = self.stamp()
            cursor = conn.execute(
                "INSERT INTO sessions"
                " (framework, seed, title, kind, status, started, updated, meta)"
                " VALUES (?, ?, ?, ?, 'active', ?, ?, ?)",
                (framework, int(seed), title, kind, now, now, meta_json),
            )
            return int(cursor.lastrowid or 0)

    def _session_status(self, conn: sqlite3.Connection, session_id: int) -> str:
        row = conn.execute("SELECT status FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise StoreError(
                f"there is no session {session_id}; see `coach sessions --all` for the ids"
            )
        return str(row[0])

    def record_turn(self, session_id: int, turn: Turn) -> None:
        data = dict(turn.data) if turn.data else {}
        with self.writing("save your answer") as conn:
            status = self._session_status(conn, session_id)
            now = self.stamp()
            if conn.execute(
                "SELECT 1 FROM turns WHERE session_id = ? AND idx = ?", (session_id, turn.index)
            ).fetchone():
                # Never write over a saved turn: the session moved on elsewhere.
                raise StoreError(
                    f"turn {turn.index} of session {session_id} is already saved, so the "
                    "session has moved on elsewhere; resume it again to carry on from there"
                )
            conn.execute(
                "INSERT INTO turns"
                " (session_id, idx, speaker, kind, stage, text, data, created)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    turn.index,
                    turn.speaker,
                    turn.kind,
                    turn.stage,
                    turn.text,
                    json.dumps(data, ensure_ascii=False, default=str) if data else None,
                    now,
                ),
            )
            new_status = "active" if status == "paused" else status
            conn.execute(
                "UPDATE sessions SET updated = ?, status = ? WHERE id = ?",
                (now, new_status, session_id),
            )
            text = data.get("commitment")
            if isinstance(text, str) and text.strip():
                habit = data.get("habit")
                self._session_commitment(conn, session_id, text, _due(data.get("due")),
                                         habit if isinstance(habit, str) else None)
            cid, wanted = data.get("commitment_id"), data.get("status")
            if cid is not None and isinstance(wanted, str):
                # A review settles a commitment that is still open; one already settled
                # elsewhere (say, while this session was paused) keeps what was decided.
                row = conn.execute(
                    "SELECT status FROM commitments WHERE id = ?", (int(str(cid)),)
                ).fetchone()
                if row is None or row[0] == "open":
                    note = data.get("note")
                    self._set_status(conn, int(str(cid)), wanted,
                                     note=note if isinstance(note, str) else None,
                                     due=_due(data.get("due")), session_id=session_id)
                    worded = data.get("text")
                    if isinstance(worded, str) and worded.strip():
                        # a step carried on in new words ("... on Friday" for "... before
                        # Christmas") keeps the words its new date goes with
                        conn.execute("UPDATE commitments SET text = ? WHERE id = ?",
                                     (worded.strip(), int(str(cid))))

    def _session_commitment(
        self, conn: sqlite3.Connection, session_id: int, text: str, due: str | None,
        habit: str | None = None,
    ) -> None:
        """A session makes one commitment: a second answer (after back) replaces it."""
        habit = _habit(habit)
        row = conn.execute(
            "SELECT id FROM commitments WHERE session_id = ? AND source = 'session'"
            " ORDER BY id LIMIT 1",
            (session_id,),
        ).fetchone()
        if row is None:
            self._insert_commitment(conn, text, due, session_id, "session", habit)
        else:
            conn.execute(
                "UPDATE commitments SET text = ?, due = ?, habit = ?, updated = ? WHERE id = ?",
                (text.strip(), due, habit, self.stamp(), row[0]),
            )

    def recorder(self, session_id: int) -> SessionRecorder:
        return SessionRecorder(self, session_id)

    def turns(self, session_id: int) -> list[Turn]:
        rows = self.rows(
            "read the session",
            "SELECT idx, speaker, kind, stage, text, data FROM turns WHERE session_id = ?"
            " ORDER BY idx",
            (session_id,),
        )
        return [
            Turn(
                index=int(row["idx"]),
                speaker=row["speaker"],
                kind=row["kind"],
                text=row["text"],
                stage=row["stage"],
                data=json.loads(row["data"]) if row["data"] else {},
            )
            for row in rows
        ]

    def pause_session(self, session_id: int) -> None:
        with self.writing("pause the session") as conn:
            self._session_status(conn, session_id)
            conn.execute(
                "UPDATE sessions SET status = 'paused', updated = ? WHERE id = ? "
                "AND status IN ('active', 'paused')",
                (self.stamp(), session_id),
            )

    def finish_session(self, session_id: int, status: str = "finished") -> int:
        if status not in ("finished", "stopped"):
            raise StoreError(f"can't end the session as {status!r}: use finished or stopped")
        info = self.get_session(session_id)
        if info is None:
            raise StoreError(
                f"there is no session {session_id}; see `coach sessions --all` for the ids"
            )
        if info.entry_id is not None and self.get_entry(info.entry_id) is not None:
            return info.entry_id
        turns = self.turns(session_id)
        made = self.rows(
            "read the session's commitments",
            f"SELECT {COMMITMENT_COLUMNS} FROM commitments WHERE session_id = ? ORDER BY id",
            (session_id,),
        )
        from coach.engine.titles import session_title

        title = session_title(info.title or framework_title(info.framework), turns)
        from coach.store.templates import SESSION_TEMPLATE, render

        body = render(
            SESSION_TEMPLATE,
            title=title,
            session=info.to_dict(),
            status=status,
            started=info.started,
            turns=[t.to_dict() for t in turns],
            playbacks=_settled_playbacks(turns),
            commitments=[self._commitment(row).to_dict() for row in made],
        ).strip("\n") + "\n"

        with self.writing("save the session") as conn:
            # Another process may have finished it meanwhile: keep its entry, add none.
            row = conn.execute(
                "SELECT s.entry_id FROM sessions s JOIN entries e ON e.id = s.entry_id"
                " WHERE s.id = ?",
                (session_id,),
            ).fetchone()
            if row is not None:
                return int(row[0])
            now = self.stamp()
            entry_id = self._insert_entry(
                conn, None, info.kind, title, body, self.stamp(info.started), now, False,
                info.framework, None, (),
            )
            conn.execute(
                "UPDATE sessions SET status = ?, entry_id = ?, updated = ? WHERE id = ?",
                (status, entry_id, now, session_id),
            )
        return entry_id

    def last_session_heard_risk(self) -> bool:
        """Whether the latest conversation is one where the coach heard risk.

        The next conversation then opens gently, asking how the person is before
        anything else.
        """
        rows = self.rows(
            "read the last session",
            "SELECT EXISTS (SELECT 1 FROM turns t WHERE t.session_id = (SELECT s.id FROM"
            " sessions s ORDER BY s.started DESC, s.id DESC LIMIT 1) AND t.speaker = 'coach'"
            " AND t.kind = 'risk')",
            (),
        )
        return bool(rows and rows[0][0])

    def get_session(self, session_id: int) -> SessionInfo | None:
        rows = self.rows(
            "read the session",
            f"SELECT {SESSION_COLUMNS} FROM sessions s WHERE s.id = ?",
            (session_id,),
        )
        return self._session(rows[0]) if rows else None

    def unfinished_sessions(self) -> list[SessionInfo]:
        return self.sessions(("active", "paused"))

    def sessions(self, statuses: tuple[str, ...] | None = None) -> list[SessionInfo]:
        """Sessions newest first; ``statuses`` None means all of them."""
        statuses = statuses or SESSION_STATUSES
        marks = ", ".join("?" for _ in statuses)
        rows = self.rows(
            "list the sessions",
            f"SELECT {SESSION_COLUMNS} FROM sessions s WHERE s.status IN ({marks}) "
            "ORDER BY s.updated DESC, s.id DESC",
            statuses,
        )
        return [self._session(row) for row in rows]

    def _session(self, row: sqlite3.Row) -> SessionInfo:
        return SessionInfo(
            id=int(row["id"]),
            framework=row["framework"],
            seed=int(row["seed"]),
            title=row["title"],
            kind=row["kind"],
            status=row["status"],
            started=self.local(row["started"]),
            updated=self.local(row["updated"]),
            answers=int(row["answers"]),
            entry_id=None if row["entry_id"] is None else int(row["entry_id"]),
            meta=json.loads(row["meta"] or "{}"),
        )


def _settled_playbacks(turns: list[Turn]) -> list[dict[str, object]]:
    """Each stage's last play-back: the version the person confirmed or settled on."""
    last: dict[str | None, Turn] = {}
    for turn in turns:
        if turn.kind == Kind.PLAYBACK:
            last.pop(turn.stage, None)
            last[turn.stage] = turn
    return [t.to_dict() for t in last.values()]
