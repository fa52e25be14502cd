"""Leadership exchanges in the app: from home to the list, each phase, and the report."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from coach.store import Journal
from coach.tui.app import CoachApp
from coach.tui.messages import ExchangeNoteSaved
from coach.tui.screens.chat import ChatScreen
from coach.tui.screens.exchange import ExchangesScreen
from coach.tui.screens.exchange_notes import ExchangeNotesScreen
from coach.tui.screens.help import HelpScreen
from coach.tui.screens.home import HomeScreen
from coach.tui.screens.new_exchange import NewExchangeForm
from coach.tui.screens.text_prompt import TextPrompt
from tests.tui_helpers import answer_to_the_close, send, settle

MARKUP = "[bold]loud[/] [@click=app.quit]quiet[/]"


async def type_text(pilot: Pilot[None], text: str) -> None:
    for key in text:
        await pilot.press("space" if key == " " else key)


def listed(app: CoachApp) -> list[str]:
    widget = app.screen.query_one("#exchanges", OptionList)
    return [str(option.prompt) for option in widget.options]


# ---------------------------------------------------------------------- getting there


async def test_x_on_home_opens_the_exchanges(app: CoachApp, journal: Journal) -> None:
    journal.add_exchange(role="observer", partner="Ana", org="Hospice")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, ExchangesScreen)
        (label,) = listed(app)
        assert "observer" in label and "planned" in label
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)


async def test_the_home_path_opens_the_exchanges(app: CoachApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        paths = app.screen.query_one("#paths", OptionList)
        paths.focus()
        paths.highlighted = [o.id for o in paths.options].index("exchanges")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExchangesScreen)
        assert listed(app) == ["No exchanges yet. Press n to start one."]


async def test_the_palette_opens_the_exchanges(app: CoachApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Leadership exchange")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExchangesScreen)


async def test_help_lists_the_exchange_keys(app: CoachApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("Static").render())
        assert "Leadership exchange" in text and "write the report to a file" in text


# ---------------------------------------------------------------------- the phases


async def test_a_new_exchange_and_a_tagged_note(app: CoachApp, journal: Journal) -> None:
    saved: list[ExchangeNoteSaved] = []
    async with app.run_test(size=(100, 30), message_hook=_collect(saved)) as pilot:
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
        app.screen.query_one("#note-input", Input).value = MARKUP
        await pilot.press("f2", "f5")
        await pilot.press("enter")
        await settle(pilot)
        (note,) = journal.exchange_notes(exchange.id)
        assert note.text == MARKUP
        assert note.tags == ("culture", "leadership moment")
        assert {(m.exchange_id, m.note_id) for m in saved} == {(exchange.id, note.id)}
        assert app.screen.query_one("#note-input", Input).value == ""
        label = app.screen.query_one("#notes", OptionList).get_option_at_index(0).prompt
        assert MARKUP in str(label)  # shown literally, not as markup or an action
        assert app.is_running

        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ExchangesScreen)
        assert journal.require_exchange(exchange.id).phase == "observed"
        assert "Phase: observed" in str(app.screen.query_one("#exchange-detail").render())


def _collect(saved: list[ExchangeNoteSaved]):  # type: ignore[no-untyped-def]
    def hook(message: object) -> None:
        if isinstance(message, ExchangeNoteSaved):
            saved.append(message)

    return hook


async def test_preparing_in_the_app_saves_the_conversation_to_the_exchange(
    app: CoachApp, journal: Journal
) -> None:
    xid = journal.add_exchange(role="observer", partner="Ana", org="Hospice")
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(ExchangesScreen())
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        assert chat.session_id is not None
        info = journal.get_session(chat.session_id)
        assert info is not None and info.kind == "exchange"
        assert info.meta["exchange_id"] == xid and info.meta["exchange_part"] == "prepare"
        assert journal.require_exchange(xid).prepare_session_id == chat.session_id
        assert chat.sub_title == "Observing Ana (Hospice): preparation"
        for answer in ("How they share budgets", "next", "My rota problem", "next",
                       "Who decides?", "next", "How decisions are made", "next",
                       "I will write up my notes by Friday", "yes", "Curious"):
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


async def test_a_paused_preparation_carries_on_where_it_stopped(
    app: CoachApp, journal: Journal
) -> None:
    xid = journal.add_exchange(role="host", partner="Sam")
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(ExchangesScreen())
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        await send(pilot, "The ward round at eight")
        await pilot.press("escape")  # leaving pauses it
        await settle(pilot)
        first = journal.require_exchange(xid).prepare_session_id
        await pilot.press("p")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen) and chat.session_id == first
        assert chat.session is not None and chat.session.pending is not None


def test_a_session_kind_must_be_known() -> None:
    with pytest.raises(ValueError, match="session or exchange"):
        ChatScreen(kind="workshop")


# ---------------------------------------------------------------------- end to end


async def test_a_whole_exchange_in_the_app(app: CoachApp, journal: Journal, tmp_path: Path) -> None:
    note = "[bold]x[/]"
    out = tmp_path / "reports" / "exchange.md"
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, NewExchangeForm)
        form.query_one("#role").value = "observer"  # type: ignore[attr-defined]
        form.query_one("#org", Input).value = "Hospice"
        form.query_one("#partner", Input).value = "Ana"
        await pilot.press("enter")
        await settle(pilot)
        (exchange,) = journal.exchanges()
        assert exchange.role == "observer"

        await pilot.press("p")
        await settle(pilot)
        prepared = await answer_to_the_close(pilot)
        assert prepared.session is not None and prepared.session.status == "finished"
        await pilot.press("escape")
        await settle(pilot)
        assert journal.require_exchange(exchange.id).phase == "prepared"
        assert any(f"Exchange {exchange.id} is now prepared" in n.message
                   for n in app._notifications)

        await pilot.press("o")
        await settle(pilot)
        app.screen.query_one("#note-input", Input).value = note
        await pilot.press("f4", "enter")
        await settle(pilot)
        label = app.screen.query_one("#notes", OptionList).get_option_at_index(0).prompt
        assert "challenge" in str(label) and note in str(label)
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("r")
        await settle(pilot)
        await answer_to_the_close(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ExchangesScreen)
        assert journal.require_exchange(exchange.id).phase == "reflected"
        assert "Phase: reflected" in str(app.screen.query_one("#exchange-detail").render())

        await pilot.press("w")
        await settle(pilot)
        prompt = app.screen
        assert isinstance(prompt, TextPrompt)
        box = prompt.query_one(Input)
        assert box.value == f"~/coach-exchange-{exchange.id}.md"
        box.value = str(out)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExchangesScreen)

    text = out.read_text(encoding="utf-8")
    assert text == journal.exchange_report(exchange.id)
    assert note in text and "Ana" in text
    page = out.with_suffix(".html").read_text(encoding="utf-8")
    assert page == journal.exchange_report(exchange.id, "html")
    assert "&lt;bold&gt;" not in page and "[bold]x[/]" in page and "<script" not in page
    for written in (out, out.with_suffix(".html")):
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
    # both, side by side, and no temporary file left
    assert sorted(p.name for p in out.parent.iterdir()) == ["exchange.html", "exchange.md"]
    assert any("exchange.md and " in n.message and "exchange.html" in n.message
               for n in app._notifications)


async def test_the_report_goes_home_by_default(app: CoachApp, journal: Journal) -> None:
    xid = journal.add_exchange(role="host", partner="Sam")
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ExchangesScreen())
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
    written = Path.home() / f"coach-exchange-{xid}.md"
    assert written.read_text(encoding="utf-8") == journal.exchange_report(xid)
    page = written.with_suffix(".html")
    assert page.read_text(encoding="utf-8") == journal.exchange_report(xid, "html")


async def test_a_report_that_cannot_be_written_says_why(
    app: CoachApp, journal: Journal, tmp_path: Path
) -> None:
    journal.add_exchange(role="host", partner="Sam")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ExchangesScreen())
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        app.screen.query_one(Input).value = str(blocker / "report.md")
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, ExchangesScreen)
        (notice,) = [n for n in app._notifications]
        assert "Couldn't write the report" in notice.message and str(blocker) in notice.message


async def test_a_date_coach_cannot_read_keeps_the_new_exchange_form(
    app: CoachApp, journal: Journal
) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(ExchangesScreen())
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, NewExchangeForm)
        form.query_one("#partner", Input).value = "Ana"
        form.query_one("#org", Input).value = "Hospice"
        form.query_one("#when", Input).value = "blorp"
        form.query_one("#when", Input).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is form
        assert form.query_one("#partner", Input).value == "Ana"
        assert journal.exchanges() == []
