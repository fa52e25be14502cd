"""Pilot tests for the journal screen, the entry editor, commitments and trends."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Markdown, OptionList, Select, Static, TextArea
from textual.widgets._select import SelectCurrent, SelectOverlay

from coach.store import Journal
from coach.tui.app import CoachApp
from coach.tui.screens.commitments import CommitmentsScreen
from coach.tui.screens.entry_editor import EntryEditor
from coach.tui.screens.journal import JournalScreen
from coach.tui.screens.trends import TrendsScreen
from coach.tui.widgets.entry_list import PAGE, EntryList
from tests.tui_helpers import START, fill, home_items, settle


MARKUP = "[bold]loud[/] [@click=app.quit]bye[/] [link=https://example.com]x[/link]"


async def test_new_entry_from_a_template(app: CoachApp, journal: Journal) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        editor = app.screen
        assert isinstance(editor, EntryEditor)
        editor.query_one("#template", Select).value = "gibbs"
        await pilot.pause()
        body = editor.query_one("#body", TextArea)
        assert body.text.startswith("## Description")
        body.text = body.text.replace("What happened?", "What happened? The launch slipped.")
        editor.query_one("#title", Input).value = "Launch"
        editor.query_one("#tags", Input).value = "work, launch"
        await pilot.press("ctrl+s")
        await settle(pilot)
        [entry] = journal.newest()
        assert entry.title == "Launch" and entry.framework == "gibbs" and entry.kind == "free"
        assert "The launch slipped." in entry.body and entry.tags == ("launch", "work")


async def test_an_untouched_template_is_not_saved(app: CoachApp, journal: Journal) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_new_entry("check-in")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EntryEditor)
        assert journal.count_entries() == 0
        await pilot.press("escape")
        assert not isinstance(app.screen, EntryEditor)


async def test_markup_like_text_is_shown_literally(app: CoachApp, journal: Journal) -> None:
    journal.add_entry(MARKUP, title=MARKUP)
    async with app.run_test(size=(120, 30)) as pilot:
        home_recent = home_items(app, "e")[0]
        assert "[bold]loud[/]" in home_recent
        await pilot.press("j")
        await settle(pilot)
        meta = app.screen.query_one("#entry-meta", Static).render()
        assert "[@click=app.quit]bye[/]" in str(meta)
        app.notify(MARKUP, markup=False)
        await pilot.pause()
        app.action_start("think-it-through")
        await settle(pilot)
        from tests.tui_helpers import send

        await send(pilot, MARKUP)
        shown = [str(m.render()) for m in app.screen.query("ChatMessage")]
        assert MARKUP in shown
        assert app.is_running


async def test_links_in_the_preview_are_not_followed(app: CoachApp, journal: Journal) -> None:
    journal.add_entry("See [the site](https://example.com) for more.")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await settle(pilot)
        preview = app.screen.query_one("#entry-body", Markdown)
        assert preview._open_links is False


async def test_star_tag_and_delete_with_confirmation(app: CoachApp, journal: Journal) -> None:
    fill(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, JournalScreen)
        first = screen.query_one(EntryList).current
        assert first is not None
        await pilot.press("s")
        assert journal.get_entry(first.id).starred
        await pilot.press("t")
        await pilot.press(*"growth -work", "enter")
        await pilot.pause()
        assert journal.get_entry(first.id).tags == ("growth",)
        await pilot.press("d")
        await pilot.press("escape")
        assert journal.get_entry(first.id) is not None
        await pilot.press("d")
        await pilot.click("#yes")
        await pilot.pause()
        assert journal.get_entry(first.id) is None
        assert first.id not in [e.id for e in screen.query_one(EntryList).entries]


async def test_filters_narrow_the_list(app: CoachApp, journal: Journal) -> None:
    fill(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#kind", Select).value = "check-in"
        await pilot.pause(0.4)
        await settle(pilot)
        assert {e.kind for e in screen.query_one(EntryList).entries} == {"check-in"}
        since = (START - timedelta(days=10)).date().isoformat()
        screen.query_one("#since", Input).value = since
        await pilot.pause(0.4)
        await settle(pilot)
        assert len(screen.query_one(EntryList).entries) == 1


async def test_the_list_loads_a_page_at_a_time(app: CoachApp, journal: Journal) -> None:
    with journal.writing("fill") as conn:
        for n in range(PAGE * 2 + 5):
            journal._insert_entry(conn, None, "free", None, f"entry {n}", journal.stamp(),
                                  journal.stamp(), False, None, None, ())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        await settle(pilot)
        entries = app.screen.query_one(EntryList)
        assert len(entries.entries) == PAGE
        assert "205" in str(app.screen.query_one("#list-panel").border_title)
        await pilot.press("end")
        await settle(pilot)
        assert len(entries.entries) == PAGE * 2
        await pilot.press("end")
        await settle(pilot)
        assert len(entries.entries) == PAGE * 2 + 5


async def test_commitments_done_carry_on_let_go(app: CoachApp, journal: Journal) -> None:
    fill(journal)
    [commitment] = journal.commitments("open")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c")
        assert isinstance(app.screen, CommitmentsScreen)
        await pilot.press("d")
        assert journal.commitments("open") == []
        await pilot.press("tab", "o")
        assert [c.id for c in journal.commitments("open")] == [commitment.id]
        await pilot.press("shift+tab", "l")
        assert journal.get_commitment(commitment.id).status == "dropped"


async def test_trends_show_weeks_mood_and_themes(app: CoachApp, journal: Journal) -> None:
    fill(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TrendsScreen)
        assert sum(screen.query_one("#weeks").data) == 5
        assert list(screen.query_one("#moods").data) == [3, 3]
        themes = [str(o.prompt) for o in screen.query_one("#themes", OptionList).options]
        assert any("Delegation" in theme for theme in themes)
        await pilot.press("p")
        await settle(pilot)
        assert len(screen.query_one("#weeks").data) == 26


async def test_typing_after_choosing_a_template_goes_into_the_text(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        editor = app.screen
        assert isinstance(editor, EntryEditor)
        await pilot.press("ctrl+t")
        await pilot.pause()
        await pilot.press("down", "enter")
        await settle(pilot)
        body = editor.query_one("#body", TextArea)
        assert editor.query_one("#template", Select).value != "free"
        await pilot.press("h", "i")
        await pilot.pause()
        assert app.focused is body
        assert "hi" in body.text


async def edit_the_newest_entry(pilot: Pilot[None]) -> EntryEditor:
    await pilot.press("j")
    await settle(pilot)
    assert isinstance(pilot.app.screen, JournalScreen)
    await pilot.press("e")
    await settle(pilot)
    editor = pilot.app.screen
    assert isinstance(editor, EntryEditor)
    return editor


async def choose_mood(pilot: Pilot[None], editor: EntryEditor, *moves: str) -> Select:
    """Open the mood picker from the keyboard, move through it and pick."""
    mood = editor.query_one("#mood", Select)
    mood.focus()
    await pilot.press("enter")
    await pilot.pause()
    assert mood.expanded
    await pilot.press(*moves, "enter")
    await pilot.pause()
    return mood


async def test_the_mood_picker_names_the_ends_of_its_scale(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        editor = app.screen
        assert isinstance(editor, EntryEditor)
        mood = editor.query_one("#mood", Select)
        assert mood.value == Select.NULL and not mood.disabled
        shown = [str(o.prompt) for o in mood.query_one(SelectOverlay).options]
        assert shown == ["no mood", "mood 1 (low)", "mood 2", "mood 3", "mood 4",
                         "mood 5 (high)"]
        assert "1 low to 5 high" in str(mood.tooltip)


async def test_an_entrys_mood_is_changed_with_its_other_edits(
    app: CoachApp, journal: Journal
) -> None:
    entry_id = journal.add_entry("Tired but hopeful.", title="Check-in", kind="check-in",
                                 tags=["energy"], mood=2)
    async with app.run_test(size=(100, 30)) as pilot:
        editor = await edit_the_newest_entry(pilot)
        mood = await choose_mood(pilot, editor, "down", "down", "down")
        assert mood.value == 5 and str(mood.query_one(SelectCurrent).label) == "mood 5 (high)"
        editor.query_one("#title", Input).value = "Better than I thought"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, EntryEditor)
    saved = journal.get_entry(entry_id)
    assert saved is not None
    assert (saved.mood, saved.title, saved.body, saved.tags) == (
        5, "Better than I thought", "Tired but hopeful.", ("energy",)
    )


async def test_an_entrys_mood_can_be_cleared(app: CoachApp, journal: Journal) -> None:
    entry_id = journal.add_entry("Flat today.", kind="check-in", mood=1)
    async with app.run_test(size=(100, 30)) as pilot:
        editor = await edit_the_newest_entry(pilot)
        assert editor.query_one("#mood", Select).value == 1
        mood = await choose_mood(pilot, editor, "home")
        assert mood.value == Select.NULL
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, EntryEditor)
    saved = journal.get_entry(entry_id)
    assert saved is not None and saved.mood is None and saved.body == "Flat today."


async def test_a_mood_the_picker_cannot_show_is_kept_unless_changed(
    app: CoachApp, journal: Journal
) -> None:
    entry_id = journal.add_entry("Imported from elsewhere.", kind="check-in")
    with journal.writing("give the entry a mood from another scale") as conn:
        conn.execute("UPDATE entries SET mood = 7 WHERE id = ?", (entry_id,))
    async with app.run_test(size=(100, 30)) as pilot:
        editor = await edit_the_newest_entry(pilot)
        assert editor.query_one("#mood", Select).value == Select.NULL
        editor.query_one("#tags", Input).value = "imported"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, EntryEditor)
        saved = journal.get_entry(entry_id)
        assert saved is not None and saved.mood == 7 and saved.tags == ("imported",)
        editor = await edit_the_newest_entry(pilot)
        await choose_mood(pilot, editor, "down", "down", "down")
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert journal.get_entry(entry_id).mood == 3  # type: ignore[union-attr]


async def test_a_new_entry_is_saved_with_the_mood_chosen(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_new_entry("check-in")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, EntryEditor)
        editor.query_one("#body", TextArea).text = "Rested and ready."
        await choose_mood(pilot, editor, "down", "down", "down", "down")
        await pilot.press("ctrl+s")
        await settle(pilot)
    [entry] = journal.newest()
    assert (entry.kind, entry.mood) == ("check-in", 4)


@pytest.mark.parametrize("change", ["title", "tags", "mood"])
async def test_leaving_the_editor_asks_when_anything_but_the_text_changed(
    app: CoachApp, journal: Journal, change: str
) -> None:
    from coach.tui.screens.confirm import ConfirmScreen

    entry_id = journal.add_entry("Same words.", title="Monday", tags=["team"], mood=3)
    async with app.run_test(size=(100, 30)) as pilot:
        editor = await edit_the_newest_entry(pilot)
        if change == "mood":
            await choose_mood(pilot, editor, "down")
        else:
            editor.query_one(f"#{change}", Input).value = "something else"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.click("#no")  # keep editing: nothing is lost
        await pilot.pause()
        assert app.screen is editor
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert not isinstance(app.screen, EntryEditor)
    saved = journal.get_entry(entry_id)
    assert saved is not None
    assert (saved.title, saved.tags, saved.mood) == ("Monday", ("team",), 3)


async def test_leaving_an_untouched_editor_does_not_ask(app: CoachApp, journal: Journal) -> None:
    journal.add_entry("Same words.", title="Monday", tags=["team"], mood=3)
    async with app.run_test(size=(100, 30)) as pilot:
        await edit_the_newest_entry(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)


async def test_quitting_with_unsaved_changes_asks(app: CoachApp, journal: Journal) -> None:
    from coach.tui.screens.confirm import ConfirmScreen

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        editor = app.screen
        assert isinstance(editor, EntryEditor)
        await pilot.press(*"Half a thought")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Leave without saving?" in str(app.screen.query_one("#question", Static).content)
        await pilot.press("escape")  # keep writing
        await pilot.pause()
        assert app.screen is editor and "Half a thought" in editor.query_one(
            "#body", TextArea).text
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("ctrl+q")  # twice in a row quits without a second question
        await pilot.pause()
        assert not app.is_running
    assert journal.newest() == []


async def test_home_while_the_question_shows_waits_for_the_answer(
    app: CoachApp, journal: Journal
) -> None:
    from coach.tui.screens.confirm import ConfirmScreen

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        editor = app.screen
        await pilot.press(*"Half a thought")
        await pilot.press("ctrl+q")
        await pilot.pause()
        question = app.screen
        assert isinstance(question, ConfirmScreen)
        app.action_home()  # from the palette, while the question is open
        await pilot.pause()
        assert app.screen is question and editor in app.screen_stack
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is editor
        await pilot.press("ctrl+q")  # asks again: nothing was left half-asked
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and app.is_running


async def test_home_from_the_palette_after_discarding_lands_home(
    app: CoachApp, journal: Journal
) -> None:
    from coach.tui.screens.home import HomeScreen

    journal.add_entry("Same words.")
    async with app.run_test(size=(100, 30)) as pilot:
        editor = await edit_the_newest_entry(pilot)
        editor.query_one("#title", Input).value = "New title"
        app.action_home()
        await pilot.pause()
        await pilot.click("#yes")  # discard
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    saved = journal.newest()[0]
    assert saved.title is None
