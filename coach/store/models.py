"""The values the store hands out: plain frozen dataclasses, no database in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class Entry:
    id: int
    kind: str
    title: str | None
    body: str
    created: datetime
    updated: datetime
    starred: bool = False
    framework: str | None = None
    mood: int | None = None
    tags: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "body": self.body,
            "created": self.created.isoformat(),
            "updated": self.updated.isoformat(),
            "tags": list(self.tags),
            "starred": self.starred,
            "framework": self.framework,
            "mood": self.mood,
        }


@dataclass(frozen=True)
class SearchHit:
    entry: Entry
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # (start, end) character spans in snippet
    rank: float


@dataclass(frozen=True)
class SessionInfo:
    id: int
    framework: str
    seed: int
    title: str | None
    kind: str
    status: str
    started: datetime
    updated: datetime
    answers: int
    entry_id: int | None
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "framework": self.framework,
            "seed": self.seed,
            "title": self.title,
            "kind": self.kind,
            "status": self.status,
            "started": self.started.isoformat(),
            "updated": self.updated.isoformat(),
            "answers": self.answers,
            "entry_id": self.entry_id,
            "meta": dict(self.meta),
        }


@dataclass(frozen=True)
class CommitmentReview:
    """One follow-up of a commitment: what it was marked, the person's words, a new date."""

    status: str
    note: str | None
    due: date | None
    created: datetime
    session_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "note": self.note,
            "due": self.due.isoformat() if self.due else None,
            "created": self.created.isoformat(),
            "session_id": self.session_id,
        }


@dataclass(frozen=True)
class Commitment:
    id: int
    text: str
    due: date | None
    status: str
    created: datetime
    updated: datetime
    session_id: int | None
    source: str
    habit: str | None = None  # "every Tuesday and Friday": a habit has no single due date
    reviews: tuple[CommitmentReview, ...] = ()  # oldest first

    def overdue(self, today: date) -> bool:
        return self.status == "open" and self.due is not None and self.due < today

    @property
    def last_note(self) -> str | None:
        """The person's words at the latest follow-up that had any."""
        notes = [r.note for r in self.reviews if r.note]
        return notes[-1] if notes else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "due": self.due.isoformat() if self.due else None,
            "habit": self.habit,
            "status": self.status,
            "created": self.created.isoformat(),
            "updated": self.updated.isoformat(),
            "session_id": self.session_id,
            "source": self.source,
            "reviews": [r.to_dict() for r in self.reviews],
        }


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    format: str


@dataclass(frozen=True)
class Exchange:
    """A leadership exchange: the person hosts a visitor or observes another leader."""

    id: int
    title: str
    role: str  # host or observer
    partner: str
    org: str | None
    day: date | None
    phase: str  # planned, prepared, observed or reflected
    created: datetime
    updated: datetime
    prepare_session_id: int | None
    reflect_session_id: int | None
    notes: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "role": self.role,
            "with": self.partner,
            "org": self.org,
            "date": self.day.isoformat() if self.day else None,
            "phase": self.phase,
            "created": self.created.isoformat(),
            "updated": self.updated.isoformat(),
            "prepare_session_id": self.prepare_session_id,
            "reflect_session_id": self.reflect_session_id,
            "notes": self.notes,
        }


@dataclass(frozen=True)
class ExchangeNote:
    """A note taken on the day of an exchange, saved the moment it is written."""

    id: int
    exchange_id: int
    text: str
    tags: tuple[str, ...]
    created: datetime
    entry_id: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "exchange_id": self.exchange_id,
            "text": self.text,
            "tags": list(self.tags),
            "created": self.created.isoformat(),
            "entry_id": self.entry_id,
        }
