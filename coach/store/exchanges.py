"""Leadership exchanges: the exchange itself, the notes taken on the day, the report.

An exchange's phase is worked out from what has happened, never stored: reflected
once its reflection session has finished, observed once it has a note, prepared once
its preparation session has finished, planned before that. Each phase lands in the
journal: the two conversations become entries when they finish (kind ``exchange``),
and the notes are gathered, the moment each is saved, into one entry for the exchange
("<title>: notes from the day"), so search finds them all and the journal is not
crowded with one entry a note.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from coach.engine.model import ASKING_KINDS, SAFETY_KINDS
from coach.store.core import placeholders
from coach.store.entries import normalise_tags
from coach.store.errors import StoreError
from coach.store.models import Exchange, ExchangeNote
from coach.store.schema import content_key
from coach.store.sessions import SessionStore

ROLES = ("host", "observer")
PHASES = ("planned", "prepared", "observed", "reflected")
#: The tags offered on the day; any other tag is allowed too.
QUICK_TAGS = ("culture", "partnership", "challenge", "leadership moment", "surprise", "question")
PARTS = ("prepare", "reflect")
#: The ``framework`` of the journal entry that gathers an exchange's notes.
NOTES_ENTRY = "exchange-notes"

_PHASE = (
    "CASE WHEN EXISTS (SELECT 1 FROM sessions s WHERE s.id = x.reflect_session_id"
    " AND s.status = 'finished') THEN 'reflected'"
    " WHEN EXISTS (SELECT 1 FROM exchange_notes n WHERE n.exchange_id = x.id) THEN 'observed'"
    " WHEN EXISTS (SELECT 1 FROM sessions s WHERE s.id = x.prepare_session_id"
    " AND s.status = 'finished') THEN 'prepared' ELSE 'planned' END"
)
EXCHANGE_COLUMNS = (
    "x.id, x.title, x.role, x.partner, x.org, x.day, x.created, x.updated, "
    f"x.prepare_session_id, x.reflect_session_id, {_PHASE} AS phase, "
    "(SELECT count(*) FROM exchange_notes n WHERE n.exchange_id = x.id) AS notes"
)
NOTE_COLUMNS = "id, exchange_id, text, tags, created, entry_id"
#: Questions asked outside the framework's stages, and the section their answers go in.
_OWN_SECTIONS = {
    "commitment-review": "Earlier commitments",
    "commitment-status": "Earlier commitments",
    "commitment": "Commitment",
    "checkout": "Check-out",
}


def default_title(role: str, partner: str, org: str | None) -> str:
    """``Hosting Sam Patel (City Council)`` or ``Observing Sam Patel (City Council)``."""
    verb = "Hosting" if role == "host" else "Observing"
    return f"{verb} {partner}" + (f" ({org})" if org else "")


def note_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as shown on a note: trimmed, lower case, single spaces, each once."""
    seen: dict[str, None] = {}
    for tag in tags:
        cleaned = " ".join(tag.strip().lstrip("#").split()).lower()
        if cleaned:
            seen[cleaned] = None
    return tuple(seen)


def _id(value: object) -> int | None:
    return None if value is None else int(str(value))


def _stage_titles(framework_id: str) -> dict[str, str]:
    """Stage id -> title for a framework, or nothing when it no longer loads."""
    from coach.engine.frameworks import load_frameworks

    framework = load_frameworks().frameworks.get(framework_id)
    return {stage.id: stage.title for stage in framework.stages} if framework else {}


class ExchangeStore(SessionStore):
    def add_exchange(
        self,
        *,
        role: str,
        partner: str,
        org: str | None = None,
        day: date | None = None,
        title: str | None = None,
    ) -> int:
        if role not in ROLES:
            raise StoreError(f"can't save the exchange: the role {role!r} is not host or observer")
        partner = " ".join(partner.split())
        if not partner:
            raise StoreError("can't save the exchange: say who it is with (--with NAME)")
        org = " ".join(org.split()) or None if org else None
        title = " ".join(title.split()) if title else ""
        with self.writing("save the exchange") as conn:
            now = self.stamp()
            cursor = conn.execute(
                "INSERT INTO exchanges (title, role, partner, org, day, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (title or default_title(role, partner, org), role, partner, org,
                 day.isoformat() if day else None, now, now),
            )
            return int(cursor.lastrowid or 0)

    def exchanges(self) -> list[Exchange]:
        """Every exchange, newest first."""
        rows = self.rows(
            "list the exchanges",
            f"SELECT {EXCHANGE_COLUMNS} FROM exchanges x ORDER BY x.created DESC, x.id DESC",
        )
        return [self._exchange(row) for row in rows]

    def get_exchange(self, exchange_id: int) -> Exchange | None:
        rows = self.rows(
            "read the exchange", f"SELECT {EXCHANGE_COLUMNS} FROM exchanges x WHERE x.id = ?",
            (exchange_id,),
        )
        return self._exchange(rows[0]) if rows else None

    def require_exchange(self, exchange_id: int) -> Exchange:
        found = self.get_exchange(exchange_id)
        if found is None:
            raise StoreError(
                f"there is no exchange {exchange_id}; `coach exchange list` shows the ids"
            )
        return found

    def link_exchange_session(self, exchange_id: int, part: str, session_id: int) -> None:
        """Record ``session_id`` as the exchange's ``prepare`` or ``reflect`` conversation."""
        if part not in PARTS:
            raise StoreError(f"an exchange has no {part!r} conversation: use prepare or reflect")
        self.require_exchange(exchange_id)
        with self.writing("link the conversation to the exchange") as conn:
            conn.execute(
                f"UPDATE exchanges SET {part}_session_id = ?, updated = ? WHERE id = ?",
                (session_id, self.stamp(), exchange_id),
            )

    def add_exchange_note(
        self,
        exchange_id: int,
        text: str,
        *,
        tags: Iterable[str] = (),
        created: datetime | None = None,
    ) -> int:
        """Save a note, and gather it into the exchange's notes entry in the journal, in
        one transaction; returns the note's id."""
        exchange = self.require_exchange(exchange_id)
        if not text.strip():
            raise StoreError("nothing to save: the note is empty; write something and try again")
        shown = note_tags(tags)
        made = self.stamp(created)
        with self.writing("save the note") as conn:
            cursor = conn.execute(
                "INSERT INTO exchange_notes (exchange_id, text, tags, created, entry_id)"
                " VALUES (?, ?, ?, ?, NULL)",
                (exchange_id, text, json.dumps(list(shown), ensure_ascii=False), made),
            )
            note_id = int(cursor.lastrowid or 0)
            entry_id = self._gather_note(conn, exchange, note_id, made, shown)
            conn.execute("UPDATE exchange_notes SET entry_id = ? WHERE id = ?",
                         (entry_id, note_id))
            conn.execute(
                "UPDATE exchanges SET updated = ? WHERE id = ?", (self.stamp(), exchange_id)
            )
            return note_id

    def _gather_note(self, conn: sqlite3.Connection, exchange: Exchange, note_id: int,
                     made: str, shown: tuple[str, ...]) -> int:
        """Add note ``note_id`` to the exchange's notes entry (made with its first note);
        returns the entry's id. The entry lists its notes in time order while it is as
        coach wrote it; once the person has edited it, a new note is added at the end."""
        found = conn.execute(
            "SELECT e.id, e.created, e.title, e.body FROM exchange_notes n"
            " JOIN entries e ON e.id = n.entry_id WHERE n.exchange_id = ? AND e.framework = ?"
            " ORDER BY n.id DESC LIMIT 1",
            (exchange.id, NOTES_ENTRY),
        ).fetchone()
        tags = ("exchange", *shown)
        if found is None:
            body = self._notes_body(conn, exchange, [note_id])
            return self._insert_entry(
                conn, None, "exchange", f"{exchange.title}: notes from the day", body, made,
                made, False, NOTES_ENTRY, None, tags,
            )
        entry_id, first, title, body = int(found[0]), str(found[1]), found[2], str(found[3])
        gathered = [int(row[0]) for row in conn.execute(
            "SELECT id FROM exchange_notes WHERE entry_id = ?", (entry_id,))]
        if body == self._notes_body(conn, exchange, gathered):
            body = self._notes_body(conn, exchange, [*gathered, note_id])
        else:
            body = body.rstrip("\n") + "\n" + self._notes_body(
                conn, exchange, [note_id], since=self.local(first).date())
        first = min(first, made)
        conn.execute(
            "UPDATE entries SET body = ?, created = ?, updated = ?, content_key = ? WHERE id = ?",
            (body, first, self.stamp(), content_key(first, title, body), entry_id),
        )
        conn.executemany("INSERT OR IGNORE INTO tags (entry_id, tag) VALUES (?, ?)",
                         [(entry_id, tag) for tag in normalise_tags(tags)])
        return entry_id

    def _notes_body(self, conn: sqlite3.Connection, exchange: Exchange,
                    note_ids: Iterable[int], since: date | None = None) -> str:
        """The notes as Markdown lines, in the order they were taken; a note on another
        day than the exchange's (or the first note's, or ``since``) shows its date."""
        wanted = list(note_ids)
        rows = conn.execute(
            f"SELECT created, tags, text FROM exchange_notes WHERE id IN ({placeholders(wanted)})"
            " ORDER BY created, id",
            wanted,
        ).fetchall()
        lines = []
        day = exchange.day or since or (self.local(rows[0][0]).date() if rows else None)
        for made, tags, text in rows:
            moment = self.local(made)
            when = (f"{moment:%H:%M}" if moment.date() == day
                    else f"{moment:%Y-%m-%d %H:%M}")
            shown = json.loads(tags or "[]")
            tagged = f" _({', '.join(shown)})_" if shown else ""
            lines.append(f"- **{when}**{tagged} " + text.strip("\n").replace("\n", "\n  "))
        return "\n".join(lines) + "\n"

    def exchange_notes(self, exchange_id: int) -> list[ExchangeNote]:
        """The exchange's notes in the order they were taken."""
        rows = self.rows(
            "read the notes",
            f"SELECT {NOTE_COLUMNS} FROM exchange_notes WHERE exchange_id = ? ORDER BY created, id",
            (exchange_id,),
        )
        return [
            ExchangeNote(
                id=int(row["id"]),
                exchange_id=int(row["exchange_id"]),
                text=row["text"],
                tags=tuple(json.loads(row["tags"] or "[]")),
                created=self.local(row["created"]),
                entry_id=None if row["entry_id"] is None else int(row["entry_id"]),
            )
            for row in rows
        ]

    # ------------------------------------------------------------------ report

    def exchange_details(self, exchange_id: int) -> dict[str, Any]:
        """Everything about one exchange as plain values: what `show` and the report use."""
        exchange = self.require_exchange(exchange_id)
        parts = {
            "prepare": self._conversation(exchange.prepare_session_id),
            "reflect": self._conversation(exchange.reflect_session_id),
        }
        # Only this exchange's own conversations: a missing one (None) must not match the
        # commitments that belong to no session at all.
        sessions = {s for s in (exchange.prepare_session_id, exchange.reflect_session_id) if s}
        commitments = [c.to_dict() for c in self.commitments(None) if c.session_id in sessions]
        return {
            "exchange": exchange.to_dict(),
            "preparation": parts["prepare"],
            "notes": [
                {**note.to_dict(), "time": f"{note.created:%Y-%m-%d %H:%M}"}
                for note in self.exchange_notes(exchange_id)
            ],
            "reflection": parts["reflect"],
            "commitments": commitments,
        }

    def exchange_report(self, exchange_id: int, fmt: str = "md") -> str:
        """The exchange written up for a portfolio: Markdown (``md``) or an HTML page."""
        from coach.store.exchange_report import render_report

        return render_report(self, exchange_id, fmt)

    def _conversation(self, session_id: int | None) -> dict[str, Any] | None:
        """A conversation as sections of question and answer, or None when not begun."""
        info = self.get_session(session_id) if session_id is not None else None
        if info is None:
            return None
        titles = _stage_titles(info.framework)
        sections: list[dict[str, Any]] = []
        asked: tuple[str, str] | None = None  # (kind, text) of the question that stands
        for turn in self.turns(info.id):
            if turn.speaker == "coach" and turn.kind == "stage":
                sections.append({"title": titles.get(turn.stage or "", turn.text), "answers": []})
            elif turn.speaker == "coach" and turn.kind in ASKING_KINDS:
                asked = (turn.kind, turn.text)
            elif turn.speaker == "you" and (turn.data.get("risk") or (
                    asked is not None and asked[0] in SAFETY_KINDS)):
                continue  # risk stays in the transcript, never in a report
            elif turn.speaker == "you" and turn.kind == "answer" and asked is not None:
                kind, question = asked
                special = _OWN_SECTIONS.get(kind)
                if special or not sections:
                    title = special or "Opening"
                    if not sections or sections[-1]["title"] != title:
                        sections.append({"title": title, "answers": []})
                sections[-1]["answers"].append({"question": question, "answer": turn.text})
        return {
            "session_id": info.id,
            "status": info.status,
            "finished": info.status == "finished",
            "started": f"{info.started:%Y-%m-%d %H:%M}",
            "sections": [s for s in sections if s["answers"]],
        }

    def _exchange(self, row: sqlite3.Row) -> Exchange:
        return Exchange(
            id=int(row["id"]),
            title=row["title"],
            role=row["role"],
            partner=row["partner"],
            org=row["org"],
            day=date.fromisoformat(row["day"]) if row["day"] else None,
            phase=row["phase"],
            created=self.local(row["created"]),
            updated=self.local(row["updated"]),
            prepare_session_id=_id(row["prepare_session_id"]),
            reflect_session_id=_id(row["reflect_session_id"]),
            notes=int(row["notes"]),
        )
