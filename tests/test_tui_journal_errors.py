"""A journal that refuses a write (read-only, locked, full) is told, never a crash.

Every write the app makes goes through ``coach.tui.journal_writes.write``: the reason
and what to do are shown as a notification, the screen stays up and whatever was typed
stays where it was.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, TextArea

from coach.engine.practice import Setup
from coach.store import Journal, StoreError
from coach.tui.app import CoachApp
from coach.tui.screens.chat import ChatScreen
from coach.tui.screens.commitments import CommitmentsScreen
from coach.tui.screens.entry_editor import EntryEditor
from coach.tui.screens.exchange_notes import ExchangeNotesScreen
from coach.tui.screens.home import HomeScreen
from coach.tui.screens.journal import JournalScreen
from coach.tui.screens.practice import PracticeScreen
from coach.tui.widgets.answer_box import AnswerBox
from tests import tui_helpers
from tests.tui_helpers import fill, send, settle

READ_ONLY = "read-only"


def errors(app: CoachApp) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


@pytest.fixture
def read_only_journal(tmp_path: Path) -> Iterator[Journal]:
    """A filled journal file with its owner's write permission taken away."""
    path = tmp_path / "read-only.db"
    with Journal.open(path, clock=tui_helpers.fixed_clock) as journal:
        fill(journal)
        journal.add_exchange(role="observer", partner="Ana", org="Hospice")
    os.chmod(path, 0o400)
    with Journal.open(path, clock=tui_helpers.fixed_clock) as journal:
        assert journal.read_only
        yield journal


@pytest.fixture
def app(read_only_journal: Journal, tmp_path: Path) -> CoachApp:
    return tui_helpers.build_app(read_only_journal, tmp_path)


def assert_told(app: CoachApp) -> None:
    (message,) = errors(app)
    assert READ_ONLY in message and "chmod u+w" in message


async def test_starring_tagging_and_deleting_an_entry(app: CoachApp,
                                                      read_only_journal: Journal) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, JournalScreen)
        await pilot.press("s")
        await settle(pilot)
        assert_told(app)
        app.clear_notifications()

        await pilot.press("t", *"urgent", "enter")
        await settle(pilot)
        (message,) = errors(app)
        assert READ_ONLY in message and "urgent" in message  # what was typed is not lost
        app.clear_notifications()

        await pilot.press("d", "tab", "enter")  # Tab to Delete, Enter presses it
        await settle(pilot)
        assert_told(app)
        assert app.screen is screen and app.is_running
        assert read_only_journal.count_entries() == 5
        assert not any(e.starred for e in read_only_journal.newest(10))


async def test_a_commitment_status(app: CoachApp, read_only_journal: Journal) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(CommitmentsScreen())
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert_told(app)
        assert isinstance(app.screen, CommitmentsScreen)
        (commitment,) = read_only_journal.commitments()
        assert commitment.status == "open"


async def test_an_entry_being_written_stays_on_screen(app: CoachApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.action_new_entry()
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EntryEditor)
        editor.query_one("#body", TextArea).text = "Something worth [bold]keeping[/]"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert_told(app)
        assert app.screen is editor
        assert editor.query_one("#body", TextArea).text == "Something worth [bold]keeping[/]"


async def test_an_exchange_note_stays_in_the_box(app: CoachApp,
                                                 read_only_journal: Journal) -> None:
    (exchange,) = read_only_journal.exchanges()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.push_screen(ExchangeNotesScreen(exchange.id))
        await settle(pilot)
        box = app.screen.query_one("#note-input", Input)
        box.value = "They start with the patient's story"
        box.focus()
        await pilot.press("enter")
        await settle(pilot)
        (message,) = errors(app)
        assert READ_ONLY in message
        assert box.value == "They start with the patient's story"


async def test_a_scorecard_that_cannot_be_saved_stays_on_screen(app: CoachApp) -> None:
    now = [0.0]
    setup = Setup(speaker="Ann", listener="Bo", subject="change", thinking_seconds=60,
                  turn_minutes=5)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = PracticeScreen(setup, clock=lambda: now[0])
        app.push_screen(screen)
        await settle(pilot)
        ex = screen.exercise
        assert ex is not None
        now[0] = 61
        screen.refresh_clock()
        screen.handle("Did you enjoy it?")
        now[0] = 61 + 300
        screen.refresh_clock()
        for text in ("You felt left out.", "yes"):
            screen.handle(text)
        await pilot.press("escape")  # leaving part-way asks first
        await settle(pilot)
        await pilot.press("k")  # keep the scorecard so far: finishes the exercise, saves it
        await settle(pilot)
        assert screen.card is not None and screen.card.listeners
        (message,) = errors(app)
        assert READ_ONLY in message and "Esc leaves without saving it" in message
        assert app.screen is screen  # the scorecard is still there to read
        await pilot.press("enter")  # tries again, and is refused again
        await settle(pilot)
        assert len(errors(app)) == 2 and app.screen is screen
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen) and app.is_running
        assert screen.entry_id is None and len(errors(app)) == 2
        assert "nothing was saved" in [n.message for n in app._notifications][-1]


async def test_a_session_that_cannot_start(app: CoachApp, read_only_journal: Journal) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.action_start("think-it-through")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen) and chat.session is None
        assert_told(app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen) and app.is_running
        assert read_only_journal.sessions() == []


# ---------------------------------------------------------------------- writes that raise


# ``journal`` is the shared in-memory one (tests/conftest.py); ``app`` here is read-only.
@pytest.fixture
def memory_app(journal: Journal, tmp_path: Path) -> CoachApp:
    return tui_helpers.build_app(journal, tmp_path)


def refuse(monkeypatch: pytest.MonkeyPatch, journal: Journal, name: str) -> None:
    def refused(*args: Any, **kwargs: Any) -> Any:
        raise StoreError("can't save the turn: the disk holding the journal is full; "
                         "free some space and try again")

    monkeypatch.setattr(journal, name, refused)


async def test_an_answer_that_cannot_be_saved_stays_in_the_box(
    memory_app: CoachApp, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = memory_app
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.action_start("think-it-through")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen) and chat.session is not None
        question = chat.session.pending
        saved_before = journal.turns(chat.session_id or 0)

        refuse(monkeypatch, journal, "record_turn")
        await send(pilot, "My team keeps waiting for [b]me[/b]")
        assert app.is_running and app.screen is chat
        (message,) = errors(app)
        assert "disk holding the journal is full" in message
        assert "still in the box" in message
        assert chat.query_one(AnswerBox).text == "My team keeps waiting for [b]me[/b]"
        assert journal.turns(chat.session_id or 0) == saved_before
        assert chat.session is not None and chat.session.pending == question

        monkeypatch.undo()  # the disk has room again: Enter sends the same answer
        box = chat.query_one(AnswerBox)
        box.focus()
        await pilot.press("enter")
        await settle(pilot)
        answers = [t.text for t in journal.turns(chat.session_id or 0) if t.speaker == "you"]
        assert answers == ["My team keeps waiting for [b]me[/b]"]
        assert box.text == ""
        assert chat.session is not None and chat.session.pending != question


async def test_finishing_that_fails_leaves_the_session_to_carry_on(
    memory_app: CoachApp, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = memory_app
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.action_start("think-it-through")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        refuse(monkeypatch, journal, "pause_session")
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is chat and app.is_running  # not left as if paused
        assert "disk holding the journal is full" in errors(app)[0]
        monkeypatch.undo()
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert journal.sessions()[0].status == "paused"
