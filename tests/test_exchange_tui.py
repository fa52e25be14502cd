"""The exchanges screen and quick capture, driven with Pilot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.store import Journal
from coach.tui.app import CoachApp, make_app
from coach.tui.screens.exchange import ExchangeChatScreen, ExchangesScreen, NewExchangeForm
from coach.tui.screens.exchange_notes import ExchangeNotesScreen
from tests.tui_helpers import SEED, fixed_clock, send, settle

MARKUP = "[bold]loud[/] [@click=app.quit]quiet[/]"


@pytest.fixture
def journal() -> Iterator[Journal]:
    with Journal.memory(clock=fixed_clock) as opened:
        yield opened


@pytest.fixture
def app(journal: Journal, tmp_path: Path) -> CoachApp:
    return make_app(journal, seed=SEED, settings_path=tmp_path / "config.toml")


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    for key in text:
        await pilot.press("space" if key == " " else key)


async def test_a_new_exchange_and_a_tagged_note(app: CoachApp, journal: Journal) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(ExchangesScreen())
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, NewExchangeForm)
        await type_text(pilot, "Sam")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExchangesScreen)
        (exchange,) = journal.exchanges()
        assert (exchange.title, exchange.role, exchange.phase) == ("Hosting Sam", "host", "planned")

        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, ExchangeNotesScreen)
        app.screen.query_one("#note-input").value = MARKUP
        await pilot.press("f2", "f5")
        await pilot.press("enter")
        await settle(pilot)
        (note,) = journal.exchange_notes(exchange.id)
        assert note.text == MARKUP
        assert note.tags == ("culture", "leadership moment")
        assert app.screen.query_one("#note-input").value == ""
        label = app.screen.query_one("#notes").get_option_at_index(0).prompt
        assert MARKUP in str(label)  # shown literally, not as markup or an action
        assert app.is_running

        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ExchangesScreen)
        assert journal.require_exchange(exchange.id).phase == "observed"
        assert "Phase: observed" in str(app.screen.query_one("#exchange-detail").render())


async def test_preparing_in_the_app_saves_the_conversation_to_the_exchange(
    app: CoachApp, journal: Journal
) -> None:
    xid = journal.add_exchange(role="observer", partner="Ana", org="Hospice")
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(ExchangesScreen())
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ExchangeChatScreen)
        for answer in ("How they share budgets", "next", "My rota problem", "next",
                       "Who decides?", "next", "How decisions are made", "next",
                       "I will write up my notes by Friday", "Curious"):
            await send(pilot, answer)
        exchange = journal.require_exchange(xid)
        assert exchange.phase == "prepared"
        details = journal.exchange_details(xid)
        answers = [item["answer"] for section in details["preparation"]["sections"]
                   for item in section["answers"]]
        assert answers[:4] == ["How they share budgets", "My rota problem", "Who decides?",
                               "How decisions are made"]
        assert [c["text"] for c in details["commitments"]] == ["I will write up my notes by Friday"]
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, ExchangesScreen)  # already prepared: nothing opens
