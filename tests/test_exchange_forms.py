"""The exchange forms in the app: labels, focus, Save, and keys typed ahead.

A terminal hands keys over as fast as they are typed. ``burst`` sends them the same
way, all queued at once, rather than one at a time with a pause as ``pilot.press`` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Button, Footer, Input, Label, OptionList

from coach.store import Journal
from coach.tui.app import CoachApp
from coach.tui.screens.exchange import ExchangesScreen, report_paths
from coach.tui.screens.exchange_notes import ExchangeNotesScreen
from coach.tui.screens.new_exchange import NewExchangeForm, RoleChoice
from tests import tui_helpers
from tests.tui_helpers import settle


@pytest.fixture
def journal() -> Iterator[Journal]:
    with tui_helpers.memory_journal() as opened:  # the clock: Wednesday 4 March 2026
        yield opened


@pytest.fixture
def app(journal: Journal, tmp_path: Path) -> CoachApp:
    return tui_helpers.build_app(journal, tmp_path)


def burst(app: CoachApp, *keys: str) -> None:
    """Send ``keys`` the way a terminal does when someone types quickly."""
    driver = app._driver
    assert driver is not None
    for key in keys:
        char = " " if key == "space" else key if len(key) == 1 else None
        event = events.Key(key, char)
        event.set_sender(app)
        driver.send_message(event)


def typed(text: str) -> list[str]:
    return ["space" if c == " " else c for c in text]


async def open_form(app: CoachApp, pilot: Pilot[None]) -> NewExchangeForm:
    app.push_screen(ExchangesScreen())
    await settle(pilot)
    await pilot.press("n")
    await settle(pilot)
    form = app.screen
    assert isinstance(form, NewExchangeForm)
    return form


def values(form: NewExchangeForm) -> dict[str, str]:
    return {box.id or "": box.value for box in form.query(Input)}


def footer_keys(app: CoachApp) -> dict[str, str]:
    """What the footer shows: key -> description."""
    app.screen.query_one(Footer)
    return {b.key: b.description for (_, b, enabled, _) in app.screen.active_bindings.values()
            if b.show and enabled}


# ---------------------------------------------------------------------- new exchange


async def test_every_box_of_the_new_exchange_form_has_a_visible_label(app: CoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(app, pilot)
        fields = [*form.query(Input), form.query_one(RoleChoice)]
        assert len(fields) == 5
        labels = {}
        for field in fields:
            assert field.parent is not None
            (label,) = field.parent.query(Label)
            assert label.region.width > 0 and label.region.height > 0  # on screen
            assert label.region.y == field.region.y  # beside its box
            labels[field.id] = str(label.render()).strip()
        assert labels == {"role": "Role", "partner": "With whom", "org": "Organisation",
                          "when": "When", "title": "Title"}
        # the labels are not the placeholders: the boxes say more than their names
        for box in form.query(Input):
            assert box.placeholder and box.placeholder != labels[box.id]


async def test_the_box_in_use_shows_it(app: CoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(app, pilot)
        partner, org = form.query_one("#partner", Input), form.query_one("#org", Input)
        assert app.focused is partner
        focused_look = (partner.styles.background, partner.parent.query_one(Label).styles.color)
        unfocused_look = (org.styles.background, org.parent.query_one(Label).styles.color)
        assert focused_look[0] != unfocused_look[0] and focused_look[1] != unfocused_look[1]
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is org
        assert org.styles.background == focused_look[0]
        assert partner.styles.background == unfocused_look[0]
        role = form.query_one(RoleChoice)
        role.focus()
        await settle(pilot)
        assert role.styles.background != form.query_one("#when", Input).styles.background


@pytest.mark.parametrize("how", ["button", "ctrl+s", "enter"])
async def test_the_form_saves_with_its_button_ctrl_s_or_enter(
    app: CoachApp, journal: Journal, how: str
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(app, pilot)
        assert footer_keys(app).get("ctrl+s") == "Save"
        save = form.query_one("#save", Button)
        assert str(save.label) == "Save" and save.region.height > 0
        await pilot.press(*typed("Sam Patel"), "tab", *typed("City Council"))
        if how == "button":
            await pilot.click("#save")
        else:
            await pilot.press(how)
        await settle(pilot)
        assert isinstance(app.screen, ExchangesScreen)
        (exchange,) = journal.exchanges()
        assert (exchange.partner, exchange.org, exchange.role) == ("Sam Patel", "City Council",
                                                                   "host")


async def test_a_form_without_a_name_is_not_saved(app: CoachApp, journal: Journal) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(app, pilot)
        await pilot.press("tab", *typed("Hospice"), "ctrl+s")
        await settle(pilot)
        assert app.screen is form and journal.exchanges() == []
        assert app.focused is form.query_one("#partner", Input)
        assert values(form)["org"] == "Hospice"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ExchangesScreen) and journal.exchanges() == []


async def test_keys_typed_ahead_of_tab_land_in_the_next_box(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(app, pilot)
        burst(app, *typed("Sam"), "tab", *typed("City Council"), "tab", *typed("Friday"),
              "tab", *typed("Visit"), "shift+tab", "shift+tab", *typed(" too"))
        await settle(pilot)
        assert values(form) == {"partner": "Sam", "org": "City Council too", "when": "Friday",
                                "title": "Visit"}


async def test_keys_typed_after_a_role_choice_are_not_lost(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(app, pilot)
        burst(app, "shift+tab", "right", "tab", *typed("Ana"), "tab", *typed("Hospice"),
              "ctrl+s", *typed("hello"))
        await settle(pilot)
        assert isinstance(app.screen, ExchangesScreen)
        (exchange,) = journal.exchanges()
        # what was typed after Ctrl+S is not part of the saved exchange
        assert (exchange.role, exchange.partner, exchange.org) == ("observer", "Ana", "Hospice")
        assert form.is_attached is False


async def test_the_role_is_chosen_with_h_or_o_or_a_click(app: CoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(app, pilot)
        role = form.query_one(RoleChoice)
        burst(app, "shift+tab", "o")
        await settle(pilot)
        assert role.value == "observer" and app.focused is role
        await pilot.press("h")
        assert role.value == "host"
        await pilot.click(RoleChoice)
        assert role.value == "observer"


@pytest.mark.parametrize(
    ("when", "expected"),
    [("1 March", date(2027, 3, 1)),  # already past on 4 March 2026: next year's
     ("Friday", date(2026, 3, 6)),  # the coming Friday
     ("12 March", date(2026, 3, 12))],
)
async def test_the_forms_date_is_the_next_one_to_come(
    app: CoachApp, journal: Journal, when: str, expected: date
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await open_form(app, pilot)
        await pilot.press(*typed("Sam"), "tab", "tab", *typed(when), "enter")
        await settle(pilot)
        (exchange,) = journal.exchanges()
        assert exchange.day == expected


# ---------------------------------------------------------------------- notes


async def open_notes(app: CoachApp, journal: Journal, pilot: Pilot[None]) -> ExchangeNotesScreen:
    journal.add_exchange(role="observer", partner="Ana")
    app.push_screen(ExchangesScreen())
    await settle(pilot)
    await pilot.press("o")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, ExchangeNotesScreen)
    return screen


async def test_the_note_box_is_labelled_and_saves_with_a_button_or_ctrl_s(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_notes(app, journal, pilot)
        box = screen.query_one("#note-input", Input)
        assert box.parent is not None
        (label,) = box.parent.query(Label)
        assert str(label.render()).strip() == "Note" and label.region.width > 0
        assert label.region.y <= box.region.y + 1 < label.region.bottom + 2  # beside it
        assert footer_keys(app).get("ctrl+s") == "Save"
        assert screen.query_one("#note-save", Button).region.height > 0
        await pilot.press(*typed("Quiet handover"), "ctrl+s")
        await settle(pilot)
        await pilot.press(*typed("Pooled budgets"))
        await pilot.click("#note-save")
        await settle(pilot)
        assert [n.text for n in journal.exchange_notes(1)] == ["Quiet handover",
                                                              "Pooled budgets"]
        assert box.value == "" and app.focused is not None


async def test_notes_typed_ahead_of_a_save_are_kept_whole_and_apart(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_notes(app, journal, pilot)
        burst(app, "f2", *typed("Huddle ran late"), "enter", *typed("Sam asked"), "f7",
              "enter", *typed("Ran out of"))
        await settle(pilot)
        notes = journal.exchange_notes(1)
        assert [(n.text, n.tags) for n in notes] == [("Huddle ran late", ("culture",)),
                                                     ("Sam asked", ("question",))]
        assert screen.query_one("#note-input", Input).value == "Ran out of"
        assert len(screen.query_one("#notes", OptionList).options) == 2


async def test_keys_after_tab_in_the_notes_go_where_the_focus_went(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_notes(app, journal, pilot)
        box = screen.query_one("#note-input", Input)
        burst(app, *typed("abc"), "tab", "enter")  # Tab to the Save button; Enter presses it
        await settle(pilot)
        assert [n.text for n in journal.exchange_notes(1)] == ["abc"]
        assert box.value == ""


@pytest.mark.parametrize(
    ("asked", "md", "html"),
    [("~/visit.md", "~/visit.md", "~/visit.html"), ("visit.html", "visit.md", "visit.html"),
     ("notes.v2", "notes.v2.md", "notes.v2.html"), ("a/visit", "a/visit.md", "a/visit.html")],
)
def test_the_report_files_sit_side_by_side(asked: str, md: str, html: str) -> None:
    assert report_paths(Path(asked)) == {"md": Path(md), "html": Path(html)}
