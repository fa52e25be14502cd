"""Helpers for the app's Pilot and snapshot tests.

Each test module declares its own thin ``journal`` and ``app`` fixtures on top of
:func:`memory_journal` and :func:`build_app`, so no fixture is imported by name.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from textual.pilot import Pilot

from coach.store import Journal
from coach.tui.app import CoachApp, make_app
from coach.tui.screens.chat import ChatScreen

SEED = 7
START = datetime(2026, 3, 4, 9, 30, tzinfo=UTC)

REPLIES = {
    "playback": "yes, that's right",
    "playback-missed": "nothing else",
    "commitment": "I will ask Sam for the draft by Friday",
    "checkout": "lighter and clearer",
}


def reply_for(kind: str, number: int) -> str:
    """A reply that suits what the coach is waiting for, to answer a session through."""
    return REPLIES.get(kind, f"My team keeps waiting for me to decide, answer {number}")


def fixed_clock() -> datetime:
    return START


@contextmanager
def memory_journal() -> Iterator[Journal]:
    """An in-memory journal on the fixed clock."""
    with Journal.memory(clock=fixed_clock) as opened:
        yield opened


def build_app(journal: Journal, tmp_path: Path) -> CoachApp:
    """The app on ``journal`` with a fixed seed and a settings file under ``tmp_path``."""
    return make_app(journal, seed=SEED, settings_path=tmp_path / "config.toml")


def fill(journal: Journal) -> None:
    """A small, fixed journal: entries over a few weeks, a commitment, a paused session."""
    bodies = [
        ("Team meeting", "The team meeting ran over again. I want **shorter** meetings.",
         "free", 0),
        ("Check-in", "Tired but hopeful about the delegation work.", "check-in", 3),
        (None, "Delegation: I handed the report to Sam and it went fine.", "free", 7),
        ("Weekly review", "A good week. Delegation is getting easier.", "free", 14),
        ("Check-in", "Stuck on the budget. Feeling stretched.", "check-in", 21),
    ]
    for title, body, kind, days in bodies:
        journal.add_entry(body, title=title, kind=kind, created=START - timedelta(days=days),
                          mood=3 if kind == "check-in" else None, tags=("work",))
    journal.add_commitment("Ask Sam how the report is going", due=START.date() + timedelta(days=2))


async def settle(pilot: Pilot[None]) -> None:
    """Let workers finish and the screen catch up."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def send(pilot: Pilot[None], text: str) -> None:
    """Type ``text`` into the answer box and press Enter."""
    from coach.tui.widgets.answer_box import AnswerBox

    box = pilot.app.screen.query_one(AnswerBox)
    box.text = text
    box.focus()
    await pilot.press("enter")
    await settle(pilot)


async def answer_to_the_close(pilot: Pilot[None]) -> ChatScreen:
    """Answer whatever the chat asks until the session closes; returns the chat."""
    chat = pilot.app.screen
    assert isinstance(chat, ChatScreen)
    for number in range(60):
        session = chat.session
        if session is None or session.finished:
            break
        assert session.pending is not None
        await send(pilot, reply_for(session.pending.kind, number))
    assert chat.session is not None and chat.session.finished
    return chat


def home_items(app: CoachApp, kind: str) -> list[str]:
    """The text of the home screen's items of one kind: ``c`` commitments, ``s`` sessions,
    ``e`` recent entries."""
    from textual.widgets import OptionList

    side = app.screen.query_one("#side", OptionList)
    return [str(option.prompt) for option in side.options if (option.id or "").startswith(kind)]
