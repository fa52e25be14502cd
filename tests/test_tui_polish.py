"""Small things a new user noticed in the chat: bubble titles and the stage panel's marker."""

from __future__ import annotations

from textual.geometry import Region
from textual.widgets import Input, OptionList, Select

from coach.store import Journal
from coach.tui.app import CoachApp
from coach.tui.screens.chat import ChatScreen
from coach.tui.screens.entry_editor import EntryEditor
from coach.tui.screens.journal import JournalScreen
from coach.tui.screens.trends import TrendsScreen
from coach.tui.widgets.chat_log import ChatMessage
from coach.tui.widgets.stage_panel import StagePanel
from tests.tui_helpers import reply_for, send, settle


def top_line(widget: ChatMessage) -> str:
    width, height = widget.outer_size
    (line,) = widget.render_lines(Region(0, 0, width, 1))
    return line.text


async def test_a_short_answer_is_still_titled_you(app: CoachApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_start("think-it-through")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        await send(pilot, "ok")
        await settle(pilot)
        mine = [m for m in chat.query(ChatMessage) if m.turn.speaker == "you"]
        assert mine and str(mine[-1].turn.text) == "ok"
        assert "You" in top_line(mine[-1])


def markers(chat: ChatScreen) -> list[str]:
    text = str(chat.query_one(StagePanel).render())
    return [line for line in text.splitlines() if "▶" in line]


async def test_a_finished_session_marks_only_the_close(app: CoachApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_start("think-it-through")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        assert len(markers(chat)) == 1
        for number in range(60):
            session = chat.session
            if session is None or session.finished:
                break
            assert session.pending is not None
            await send(pilot, reply_for(session.pending.kind, number))
            if session.awaiting in ("commitment", "checkout"):
                assert markers(chat) == ["▶ Commitment & check-out"]
        assert chat.session is not None and chat.session.status == "finished"
        assert markers(chat) == ["▶ Commitment & check-out"]


async def test_a_stopped_session_marks_only_where_it_stopped(app: CoachApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_start("think-it-through")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        await send(pilot, "Something on my mind")
        await pilot.press("ctrl+g")
        await pilot.press("tab", "enter")  # to "End session", and press it
        await settle(pilot)
        assert chat.session is not None and chat.session.status == "stopped"
        (marked,) = markers(chat)
        assert chat.session.stage is not None and chat.session.stage.title in marked


async def test_recurring_words_fold_case_and_skip_markup_and_small_words(
    app: CoachApp, journal: Journal
) -> None:
    for body in ("Every Monday I [bold]plan[/bold] the sprint with Priya.",
                 "every monday the [bold]plan[/] slips and Priya waits.",
                 "Monday again: [link=x]every[/link] sprint starts late for Priya."):
        journal.add_entry(body)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TrendsScreen)
        shown = [str(o.prompt) for o in screen.query_one("#themes", OptionList).options]
        words = [line.split("×")[0].strip() for line in shown if "×" in line]
        assert "Monday" in words and "Priya" in words
        assert [w for w in words if w.casefold() == "monday"] == ["Monday"]
        assert not {"bold", "link", "every"} & {w.casefold() for w in words}
        assert all("[" not in w and "every" not in w.casefold() for w in words)


async def test_editing_an_entry_shows_and_saves_its_own_tags_and_keeps_its_mood(
    app: CoachApp, journal: Journal
) -> None:
    entry_id = journal.add_entry("Tired but hopeful.", title="Check-in", kind="check-in",
                                 tags=["energy", "team"], mood=2)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
        await pilot.press("e")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EntryEditor)
        assert editor.query_one("#template", Select).value == "check-in"
        tags = editor.query_one("#tags", Input)
        assert not tags.disabled and tags.value.split() == ["energy", "team"]
        mood = editor.query_one("#mood", Select)
        assert mood.value == 2 and not mood.disabled
        tags.value = "team growth"
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = journal.get_entry(entry_id)
        assert saved is not None
        assert sorted(saved.tags) == ["growth", "team"] and saved.mood == 2
