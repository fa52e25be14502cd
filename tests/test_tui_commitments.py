"""Pilot tests for the commitments screen: groups, reopening, editing words and dates."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList, Static

from coach.store import Journal
from coach.tui.app import CoachApp
from coach.tui.screens.commitments import CommitmentsScreen, EditCommitment
from tests import tui_helpers
from tests.tui_helpers import START, settle

TODAY = START.date()  # Wednesday 4 March 2026


@pytest.fixture
def made(journal: Journal) -> dict[str, int]:
    return {
        "later": journal.add_commitment("Ask Sam how the report is going",
                                        due=TODAY + timedelta(days=2)),
        "late": journal.add_commitment("Book the planning room", due=TODAY - timedelta(days=3)),
        "habit": journal.add_commitment("Walk at lunch", habit="every weekday"),
        "undated": journal.add_commitment("Read the [b]chapter[/b]"),
    }


async def open_screen(pilot: Pilot[None]) -> CommitmentsScreen:
    await pilot.press("c")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, CommitmentsScreen)
    return screen


def rows(screen: CommitmentsScreen, selector: str = "#open") -> list[str]:
    widget = screen.query_one(selector, OptionList)
    return [str(widget.get_option_at_index(n).prompt) for n in range(widget.option_count)]


async def edit(pilot: Pilot[None], *, text: str | None = None, when: str | None = None,
               key: str = "ctrl+s") -> EditCommitment:
    await pilot.press("e")
    await settle(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, EditCommitment)
    if text is not None:
        dialog.query_one("#edit-text", Input).value = text
    if when is not None:
        dialog.query_one("#edit-when", Input).value = when
    await settle(pilot)
    if key:
        await pilot.press(key)
        await settle(pilot)
    return dialog


async def test_overdue_first_then_dated_undated_and_habits_apart(
        app: CoachApp, made: dict[str, int]) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_screen(pilot)
        shown = rows(screen)
        assert shown[0] == "Overdue" and shown[1].startswith("Book the planning room")
        assert "overdue: was due 1 Mar 2026" in shown[1]
        assert shown[2:6] == [shown[2], shown[3], "No date", shown[5]]
        assert shown[2] == "With a date" and shown[3].startswith("Ask Sam")
        assert shown[5].startswith("Read the [b]chapter[/b]")  # typed text, literally
        assert shown[6:] == ["Habits", "Walk at lunch  · every weekday · made 4 Mar 2026"]
        # the first one to act on is highlighted, never a heading
        assert screen.current() is not None and screen.current().id == made["late"]


async def test_the_detail_shows_the_follow_ups(app: CoachApp, journal: Journal,
                                               made: dict[str, int]) -> None:
    journal.set_commitment_status(made["late"], "open", note="Old habits")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_screen(pilot)
        text = str(screen.query_one("#commitment-detail", Static).render())
        assert "Book the planning room" in text and "Old habits" in text


async def test_done_then_reopened(app: CoachApp, journal: Journal, made: dict[str, int]) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_screen(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert journal.require_commitment(made["late"]).status == "done"
        assert rows(screen, "#closed")[0].startswith("✓ Book the planning room")
        await pilot.press("tab", "o")
        await settle(pilot)
        assert journal.require_commitment(made["late"]).status == "open"
        assert [r.status for r in journal.require_commitment(made["late"]).reviews] == [
            "done", "open"]


async def test_edit_words_and_date_showing_the_reading_first(
        app: CoachApp, journal: Journal, made: dict[str, int]) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_screen(pilot)
        dialog = await edit(pilot, text="Book the big planning room", when="by the 14th", key="")
        reading = str(dialog.query_one("#edit-reading", Static).render())
        assert reading == "Read as: by Saturday 14 March"
        assert journal.require_commitment(made["late"]).text == "Book the planning room"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CommitmentsScreen)
        changed = journal.require_commitment(made["late"])
        assert (changed.text, changed.due, changed.habit) == (
            "Book the big planning room", date(2026, 3, 14), None)


async def test_edit_to_a_habit_and_to_no_date(app: CoachApp, journal: Journal,
                                              made: dict[str, int]) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_screen(pilot)
        dialog = await edit(pilot, when="every Tuesday and Friday", key="")
        assert str(dialog.query_one("#edit-reading", Static).render()) == (
            "Read as: as a habit: every Tuesday and Friday")
        await pilot.press("enter")
        await settle(pilot)
        changed = journal.require_commitment(made["late"])
        assert (changed.due, changed.habit) == (None, "every Tuesday and Friday")
        listed = screen.query_one("#open", OptionList)
        at = listed.get_option_index(f"c{made['late']}")
        assert rows(screen).index("Habits") < at  # it moved in with the habits
        listed.highlighted = at
        await edit(pilot, when="")
        changed = journal.require_commitment(made["late"])
        assert (changed.due, changed.habit) == (None, None)


async def test_an_unreadable_date_is_never_saved(app: CoachApp, journal: Journal,
                                                 made: dict[str, int]) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_screen(pilot)
        dialog = await edit(pilot, text="Something else", when="soonish")
        assert app.screen is dialog  # still open, with what was typed
        assert dialog.query_one("#edit-when", Input).value == "soonish"
        assert dialog.query_one("#edit-reading", Static).has_class("-unread")
        assert "Can't read 'soonish'" in str(dialog.query_one("#edit-reading", Static).render())
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, CommitmentsScreen)
        assert journal.require_commitment(made["late"]).text == "Book the planning room"


async def test_empty_words_are_not_saved(app: CoachApp, journal: Journal,
                                         made: dict[str, int]) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_screen(pilot)
        dialog = await edit(pilot, text="   ")
        assert app.screen is dialog
        await pilot.press("escape")
        await settle(pilot)
        assert journal.require_commitment(made["late"]).text == "Book the planning room"


async def test_every_input_is_labelled_and_focus_is_visible(app: CoachApp,
                                                            made: dict[str, int]) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_screen(pilot)
        dialog = await edit(pilot, key="")
        labels = [str(label.render()) for label in dialog.query(Label)]
        assert labels == ["What you will do", "When: a date or a habit (empty for none)"]
        text, when = dialog.query_one("#edit-text", Input), dialog.query_one("#edit-when", Input)
        assert app.focused is text
        assert text.styles.border_top != when.styles.border_top  # the focused one stands out
        await pilot.press("tab")
        assert app.focused is when
        assert text.styles.border_top != when.styles.border_top


async def test_a_read_only_journal_is_told_and_nothing_changes(
        tmp_path: Path, made: dict[str, int], journal: Journal) -> None:
    journal.read_only = True
    app = tui_helpers.build_app(journal, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_screen(pilot)
        await edit(pilot, text="Changed words", when="tomorrow")
        await settle(pilot)
        assert isinstance(app.screen, CommitmentsScreen)
        assert journal.require_commitment(made["late"]).text == "Book the planning room"
