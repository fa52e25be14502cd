"""Messages the app's widgets and screens post, named for what has happened."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class AnswerSubmitted(Message):
    """The person sent an answer (or a command word) from the answer box."""

    text: str


@dataclass
class SessionEnded(Message):
    """A coaching session finished or was stopped and saved as a journal entry."""

    session_id: int
    status: str
    entry_id: int | None


@dataclass
class SessionPaused(Message):
    """A coaching session was paused; it can be resumed from the home screen."""

    session_id: int


@dataclass
class EntrySaved(Message):
    """A journal entry was written (new or edited)."""

    entry_id: int


@dataclass
class EntryDeleted(Message):
    """A journal entry was deleted."""

    entry_id: int


@dataclass
class JournalChanged(Message):
    """Something in the journal changed; lists showing it should reload."""


class JournalOpened(Message):
    """The journal file has been opened; screens waiting for it can load."""


@dataclass
class ExchangeNoteSaved(Message):
    """A note was saved to a leadership exchange (and to the journal)."""

    exchange_id: int
    note_id: int


@dataclass
class SafetyChosen(Message):
    """After a risk response, the person chose to pause, stop or carry on."""

    choice: str
