"""Trends: mood from every entry that has one, and themes that open the journal."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import Input, OptionList, Sparkline, Static

from coach.store import Journal
from coach.tui.app import CoachApp
from coach.tui.screens.journal import JournalScreen
from coach.tui.screens.trends import TrendsScreen
from coach.tui.widgets.entry_list import EntryList
from tests.tui_helpers import START, settle


def test_the_store_reads_moods_from_entries_of_every_kind(journal: Journal) -> None:
    journal.add_entry("Check-in.", kind="check-in", mood=2, created=START - timedelta(days=2))
    journal.add_entry("Free.", mood=4, created=START - timedelta(days=1))
    journal.add_entry("No mood.")
    journal.add_entry("Long ago.", mood=1, created=START - timedelta(days=400))
    assert [m for _, m in journal.moods()] == [1, 2, 4]
    assert [m for _, m in journal.moods(since=(START - timedelta(days=30)).date())] == [2, 4]


async def test_trends_count_the_mood_of_every_entry_that_has_one(
    app: CoachApp, journal: Journal
) -> None:
    journal.add_entry("A check-in.", kind="check-in", mood=2, created=START - timedelta(days=3))
    journal.add_entry("Free writing.", mood=5, created=START - timedelta(days=2))
    journal.add_entry("No mood given.", created=START - timedelta(days=1))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TrendsScreen)
        assert list(screen.query_one("#moods", Sparkline).data) == [2, 5]
        label = str(screen.query_one("#mood-label", Static).render())
        assert "2 entries with a mood" in label and "latest 5" in label


async def test_a_theme_opens_the_journal_searched_for_it(app: CoachApp, journal: Journal) -> None:
    for day, body in enumerate(("The board meeting ran long.", "Board meetings drain me.",
                                "After the board meeting I felt lighter.", "A quiet day off.")):
        journal.add_entry(body, created=START - timedelta(days=day + 1))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TrendsScreen)
        themes = screen.query_one("#themes", OptionList)
        assert str(themes.options[0].prompt).startswith("board meeting")
        assert not any("day" in str(o.prompt) for o in themes.options)
        themes.focus()
        themes.highlighted = 0
        await pilot.press("enter")
        await settle(pilot)
        journal_screen = app.screen
        assert isinstance(journal_screen, JournalScreen)
        assert journal_screen.query_one("#search", Input).value == "board meeting"
        found = journal_screen.query_one(EntryList).entries
        assert len(found) == 3 and all("oard meeting" in e.body for e in found)
