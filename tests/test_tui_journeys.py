"""Pilot tests for the app's main journeys: reflect to the close, journal, pause and resume."""

from __future__ import annotations

from coach.store import Journal
from coach.tui.app import CoachApp
from coach.tui.screens.chat import ChatScreen
from coach.tui.screens.home import HomeScreen
from coach.tui.screens.journal import JournalScreen
from coach.tui.screens.picker import FrameworkPicker
from coach.tui.widgets.entry_list import EntryList
from tests.tui_helpers import reply_for, send, settle


async def test_open_pick_a_framework_answer_to_the_close_then_find_and_search(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("r")
        assert isinstance(app.screen, FrameworkPicker)
        await pilot.press(*"think")
        await pilot.press("enter")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen) and chat.session is not None
        assert chat.session.framework.id == "think-it-through"
        for number in range(60):
            session = chat.session
            if session.finished:
                break
            assert session.pending is not None
            before = len(journal.turns(chat.session_id))
            await send(pilot, reply_for(session.pending.kind, number))
            saved = journal.turns(chat.session_id)
            assert len(saved) > before and saved[before].speaker == "you"
        assert chat.session.finished and chat.session.status == "finished"
        closing = str(chat.query_one("#closing").render())
        assert "I will ask Sam for the draft by Friday" in closing
        assert "lighter and clearer" in closing
        assert chat.entry_id is not None

        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("j")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, JournalScreen)
        entries = screen.query_one(EntryList).entries
        assert [e.id for e in entries] == [chat.entry_id]

        await pilot.press("slash")
        await pilot.press(*"waiting for me")
        await pilot.pause(0.4)  # the search waits for typing to stop
        await settle(pilot)
        found = screen.query_one(EntryList).entries
        assert [e.id for e in found] == [chat.entry_id]
        await pilot.press(*" zebra")
        await pilot.pause(0.4)
        await settle(pilot)
        assert screen.query_one(EntryList).entries == []


async def test_pause_and_resume(app: CoachApp, journal: Journal) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_start("think-it-through")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        await send(pilot, "How to hand over the budget work")
        question = chat.session.pending.text
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        [info] = journal.unfinished_sessions()
        assert info.status == "paused" and info.id == chat.session_id

        await pilot.press("tab", "enter")  # the one list beside the paths
        await settle(pilot)
        resumed = app.screen
        assert isinstance(resumed, ChatScreen) and resumed is not chat
        assert resumed.session_id == info.id
        assert resumed.session.pending.text == question
        shown = [m.turn.text for m in resumed.query("ChatMessage")]
        assert "How to hand over the budget work" in shown
        await send(pilot, "the budget handover")
        answers = [t.text for t in journal.turns(info.id) if t.kind == "answer"]
        assert answers == ["How to hand over the budget work", "the budget handover"]


async def test_leaving_a_chat_keeps_it_to_resume(app: CoachApp, journal: Journal) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_start("think-it-through")
        await settle(pilot)
        await send(pilot, "Something on my mind")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert [s.status for s in journal.unfinished_sessions()] == ["paused"]


async def test_next_stage_and_end_keys(app: CoachApp, journal: Journal) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_start("think-it-through")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        first = chat.session.stage.id
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert chat.session.stage.id != first
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert chat.session.stage.id == first
        await pilot.press("ctrl+g")
        await pilot.press("tab", "enter")  # to "End session", and press it
        await settle(pilot)
        assert chat.session.status == "stopped"
        info = journal.get_session(chat.session_id)
        assert info is not None and info.status == "stopped" and info.entry_id is not None


async def test_an_empty_answer_gets_a_gentle_hint_and_saves_nothing(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_start("think-it-through")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        before = len(chat.session.transcript)
        hints: list[str] = []
        app.notify = lambda message, **_: hints.append(message)  # type: ignore[method-assign]
        await pilot.press("space", "enter")
        await settle(pilot)
        assert len(chat.session.transcript) == before
        assert hints == ["Type an answer, or help to see what you can say."]
