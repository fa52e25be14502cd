"""Forms and filters: labelled boxes with a visible focus, filters always in view, and no
key lost when typed straight after Tab or a choice."""

from __future__ import annotations

from textual import events
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea

from coach.store import Journal
from coach.tui.app import CoachApp
from coach.tui.screens.entry_editor import EntryEditor
from coach.tui.screens.journal import JournalScreen
from coach.tui.screens.practice import PracticeScreen
from coach.tui.widgets.entry_list import EntryList
from tests.tui_helpers import fill, settle


async def burst(pilot: Pilot[None], *keys: str) -> None:
    """Keys as a fast typist sends them: all read before the app has acted on the first."""
    app = pilot.app
    assert app._driver is not None
    for key in keys:
        event = events.Key(key, " " if key == "space" else key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)
    await settle(pilot)


async def open_journal(pilot: Pilot[None]) -> JournalScreen:
    await pilot.press("j")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, JournalScreen)
    return screen


# ---------------------------------------------------------------------- filters


async def test_pressing_f_again_and_again_never_types_into_a_hidden_box(
    app: CoachApp, journal: Journal
) -> None:
    fill(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_journal(pilot)
        for _ in range(6):
            await pilot.press("f")
            await pilot.pause(0.3)
            await settle(pilot)
            filters = screen.query_one("#filters")
            focused = app.focused
            assert focused is not None
            assert filters.display or filters not in focused.ancestors
        assert screen.query_one("#tag", Input).value == ""
        assert screen.query_one("#list-panel").border_title == "Entries (5)"
        assert len(screen.query_one(EntryList).entries) == 5


async def test_a_filter_in_force_stays_in_view_and_x_clears_it(
    app: CoachApp, journal: Journal
) -> None:
    fill(journal)
    journal.add_entry("Untagged, and so filtered out.")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_journal(pilot)
        summary = screen.query_one("#filter-summary", Static)
        assert not summary.display
        screen.query_one("#tag", Input).focus()
        await pilot.press(*"work")
        await pilot.pause(0.4)
        await settle(pilot)
        assert len(screen.query_one(EntryList).entries) == 5
        assert "filtered" in str(screen.query_one("#list-panel").border_title)
        await pilot.press("escape", "f")  # back to the list, and hide the filters
        await settle(pilot)
        assert not screen.query_one("#filters").display
        assert summary.display and "tag work" in str(summary.render())
        assert "x clears" in str(summary.render())
        assert app.focused is screen.query_one(EntryList)
        await pilot.press("x")
        await settle(pilot)
        assert not summary.display
        assert screen.query_one("#tag", Input).value == ""
        assert len(screen.query_one(EntryList).entries) == 6
        assert screen.query_one("#list-panel").border_title == "Entries (6)"


async def test_no_entries_under_a_filter_says_why(app: CoachApp, journal: Journal) -> None:
    fill(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_journal(pilot)
        screen.query_one("#tag", Input).value = "nothing-has-this"
        await pilot.pause(0.4)
        await settle(pilot)
        meta = str(screen.query_one("#entry-meta", Static).render())
        assert "tag nothing-has-this" in meta and "x clears" in meta


async def test_mood_is_shown_in_the_list_and_the_preview(app: CoachApp, journal: Journal) -> None:
    journal.add_entry("A free entry with a mood.", title="Free with mood", mood=4)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_journal(pilot)
        [label] = [str(option.prompt) for option in screen.query_one(EntryList).options]
        assert "mood 4/5" in label
        assert "mood 4/5" in str(screen.query_one("#entry-meta", Static).render())


async def test_prefix_search_in_the_app(app: CoachApp, journal: Journal) -> None:
    journal.add_entry("She spoke directly to the board.", title="Board")
    journal.add_entry("We changed direction.", title="Turn")
    journal.add_entry("Nothing to do with it.", title="Other")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_journal(pilot)
        await pilot.press("slash", *"direct*")
        await pilot.pause(0.4)
        await settle(pilot)
        titles = sorted(e.title or "" for e in screen.query_one(EntryList).entries)
        assert titles == ["Board", "Turn"]


# ---------------------------------------------------------------------- labels and focus


def labelled(widget: Widget) -> bool:
    """Whether a visible label stands just before ``widget`` (a checkbox carries its own)."""
    if isinstance(widget, Checkbox):
        return bool(str(widget.label).strip())
    parent = widget.parent
    assert parent is not None
    siblings = list(parent.children)
    before = siblings[siblings.index(widget) - 1] if siblings.index(widget) else None
    return (isinstance(before, Label) and bool(str(before.render()).strip())
            and before.region.width > 0)


def background(widget: Widget) -> object:
    if isinstance(widget, Select):
        return widget.children[0].styles.background
    return widget.styles.background


async def assert_labelled_with_visible_focus(pilot: Pilot[None], boxes: list[Widget]) -> None:
    assert boxes
    for box in boxes:
        assert labelled(box), box
        others = [b for b in boxes if b is not box and not b.disabled]
        if box.disabled or not others:
            continue
        others[0].focus()
        await pilot.pause()
        unfocused = background(box)
        box.focus()
        await pilot.pause()
        assert pilot.app.focused is box
        assert background(box) != unfocused, box


async def test_the_editor_boxes_are_labelled_show_the_focus_and_save_with_a_button(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EntryEditor)
        fields = editor.query_one("#editor-fields")
        await assert_labelled_with_visible_focus(
            pilot, list(fields.query(Input)) + list(fields.query(Select)))
        assert editor.query_one("#body", TextArea).border_title == "Text"
        assert editor.query_one("#tags", Input).region.width >= 16
        editor.query_one("#body", TextArea).insert("Saved with the button.")
        editor.query_one("#save", Button).press()
        await settle(pilot)
        assert [e.body for e in journal.newest()] == ["Saved with the button."]


async def test_the_journal_filters_are_labelled_and_show_the_focus(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot)
        boxes = [*screen.query("#search-row Input"), *screen.query("#filters Input"),
                 *screen.query("#filters Select"), *screen.query("#filters Checkbox")]
        await assert_labelled_with_visible_focus(pilot, boxes)


async def test_the_practice_set_up_is_labelled_shows_the_focus_and_begins_with_a_button(
    app: CoachApp,
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        await assert_labelled_with_visible_focus(
            pilot, [*screen.query("#setup-fields Input"), screen.query_one(Checkbox)])
        screen.query_one("#setup-begin", Button).press()
        await settle(pilot)
        assert screen.exercise is not None and screen.exercise.phase == "thinking"


# ---------------------------------------------------------------------- typed ahead


async def test_text_typed_straight_after_choosing_a_template_goes_into_the_text(
    app: CoachApp,
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EntryEditor)
        await pilot.press("ctrl+t")
        await pilot.pause()
        await burst(pilot, "down", "enter", "h", "i", "space", "t", "o")
        body = editor.query_one("#body", TextArea)
        assert editor.query_one("#template", Select).value == "what-so-what-now-what"
        assert app.focused is body
        assert body.text.splitlines()[1] == "hi to"


async def test_text_typed_after_closing_the_template_list_unchanged_is_kept(
    app: CoachApp,
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("n")
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EntryEditor)
        await pilot.press("ctrl+t")
        await pilot.pause()
        await burst(pilot, "enter", "o", "k")  # the same template again
        body = editor.query_one("#body", TextArea)
        assert app.focused is body and "ok" in body.text


async def test_names_typed_straight_after_tab_in_the_practice_set_up_land_in_their_boxes(
    app: CoachApp,
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        await burst(pilot, *"Ann", "tab", *"Bo", "tab", *"Cy", "shift+tab")
        values = [screen.query_one(f"#setup-{name}", Input).value
                  for name in ("speaker", "listener", "observer")]
        assert values == ["Ann", "Bo", "Cy"]
        assert app.focused is screen.query_one("#setup-listener", Input)


async def test_what_is_typed_straight_after_enter_goes_to_the_running_exercise(
    app: CoachApp,
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PracticeScreen)
        await burst(pilot, *"Ann", "enter", *"go")
        assert screen.exercise is not None
        assert screen.query_one("#setup-speaker", Input).value == "Ann"
        assert screen.query_one("#practice-input", Input).value == "go"


async def test_the_tag_box_reads_tags_as_line_mode_does_and_saves_with_a_button(
    app: CoachApp, journal: Journal
) -> None:
    from coach.tui.screens.text_prompt import TextPrompt

    entry_id = journal.add_entry("Board prep.", tags=["board", "draft"])
    async with app.run_test(size=(100, 30)) as pilot:
        await open_journal(pilot)
        await pilot.press("t")
        await settle(pilot)
        prompt = app.screen
        assert isinstance(prompt, TextPrompt)
        prompt.query_one(Input).value = "-draft +launch team"
        prompt.query_one("#prompt-ok", Button).press()
        await settle(pilot)
        entry = journal.get_entry(entry_id)
        assert entry is not None and entry.tags == ("board", "launch", "team")
