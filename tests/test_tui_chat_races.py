"""Keys pressed while the chat is busy (starting, or saving an answer) are handled safely."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot

from coach.store import Journal
from coach.tui.app import CoachApp
from coach.tui.screens.chat import ChatScreen
from coach.tui.screens.home import HomeScreen
from coach.tui.widgets.answer_box import AnswerBox
from tests.tui_helpers import settle


def hold(monkeypatch: pytest.MonkeyPatch, journal: Journal, name: str,
         ) -> tuple[threading.Event, threading.Event]:
    """Make ``journal.<name>`` wait until released; returns (entered, release)."""
    entered, release = threading.Event(), threading.Event()
    original: Callable[..., Any] = getattr(journal, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        assert release.wait(10), "the test never released the journal"
        return original(*args, **kwargs)

    monkeypatch.setattr(journal, name, held)
    return entered, release


async def wait_for(pilot: Pilot[None], event: threading.Event) -> None:
    for _ in range(200):
        if event.is_set():
            return
        await pilot.pause(0.01)
    raise AssertionError("the worker never reached the journal")


async def started_chat(pilot: Pilot[None]) -> ChatScreen:
    await settle(pilot)
    pilot.app.action_start("think-it-through")  # type: ignore[attr-defined]
    await settle(pilot)
    chat = pilot.app.screen
    assert isinstance(chat, ChatScreen) and chat.session is not None
    return chat


@pytest.mark.parametrize("key", ["ctrl+n", "ctrl+b", "ctrl+s"])
async def test_a_command_while_an_answer_is_saved_never_lands_in_the_answer_box(
    app: CoachApp, journal: Journal, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        chat = await started_chat(pilot)
        entered, release = hold(monkeypatch, journal, "record_turn")
        box = chat.query_one(AnswerBox)
        box.text = "My team keeps waiting for me to decide"
        box.focus()
        await pilot.press("enter")
        await wait_for(pilot, entered)
        assert chat.busy
        await pilot.press(key)
        await pilot.pause()
        assert box.text == ""
        release.set()
        await settle(pilot)
        assert box.text == ""
        said = [t for t in journal.turns(chat.session_id or 0) if t.speaker == "you"]
        assert [(t.kind, t.text) for t in said] == [
            ("answer", "My team keeps waiting for me to decide")]
        assert app.screen is chat and chat.session is not None
        assert chat.session.status == "active" and not chat.busy


async def test_escape_waits_until_the_session_has_started(
    app: CoachApp, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        entered, release = hold(monkeypatch, journal, "start_session")
        app.action_start("think-it-through")
        await wait_for(pilot, entered)
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is chat
        release.set()
        await settle(pilot)
        assert app.screen is chat and chat.session is not None
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        (info,) = journal.sessions()
        assert info.status == "paused"


async def test_a_session_whose_screen_closed_while_it_started_is_left_paused(
    app: CoachApp, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        entered, release = hold(monkeypatch, journal, "start_session")
        app.action_start("think-it-through")
        await wait_for(pilot, entered)
        app.action_home()  # takes the chat off the screen stack at once
        release.set()
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen) and app.is_running
        (info,) = journal.sessions()
        assert info.status == "paused"
