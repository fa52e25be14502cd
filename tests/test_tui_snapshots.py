"""Snapshots of every screen at 80x24 and at one larger size, clock and seed fixed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from coach.store import Journal
from coach.tui.app import CoachApp, make_app
from tests import tui_helpers
from tests.tui_helpers import SEED, START, answer_to_the_close, fill, send, settle


@pytest.fixture
def journal() -> Iterator[Journal]:
    with tui_helpers.memory_journal() as opened:
        yield opened


SMALL = (80, 24)
LARGE = (120, 36)
SIZES = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "120x36"])

Before = Callable[[Pilot[None]], Awaitable[None]]


def still(app: CoachApp) -> None:
    """No blinking cursors in the picture."""
    for widget in app.screen.query("Input, TextArea"):
        assert isinstance(widget, Input | TextArea)
        widget.cursor_blink = False


def steps(*actions: Callable[[Pilot[None]], Awaitable[Any]]) -> Before:
    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for action in actions:
            await action(pilot)
            await settle(pilot)
        still(pilot.app)  # type: ignore[arg-type]
        await pilot.pause()

    return run


def keys(*names: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def press(pilot: Pilot[None]) -> None:
        await pilot.press(*names)

    return press


def answer(text: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    async def run(pilot: Pilot[None]) -> None:
        await send(pilot, text)

    return run


@pytest.fixture
def filled(journal: Journal, tmp_path: Path) -> CoachApp:
    fill(journal)
    return make_app(journal, seed=SEED, settings_path=tmp_path / "config.toml")


@SIZES
def test_home(snap_compare: Any, filled: CoachApp, size: tuple[int, int]) -> None:
    assert snap_compare(filled, terminal_size=size, run_before=steps())


def test_home_empty(snap_compare: Any, journal: Journal, tmp_path: Path) -> None:
    app = make_app(journal, seed=SEED, settings_path=tmp_path / "config.toml")
    assert snap_compare(app, terminal_size=SMALL, run_before=steps())


@SIZES
def test_picker(snap_compare: Any, filled: CoachApp, size: tuple[int, int]) -> None:
    assert snap_compare(filled, terminal_size=size, run_before=steps(keys("r")))


def test_picker_filtered(snap_compare: Any, filled: CoachApp) -> None:
    assert snap_compare(filled, terminal_size=SMALL, run_before=steps(keys("r", *"solution")))


@SIZES
def test_chat(snap_compare: Any, filled: CoachApp, size: tuple[int, int]) -> None:
    start = keys("r", "enter")
    run = steps(start, answer("I keep doing the [bold]work[/] myself and I feel stuck"))
    assert snap_compare(filled, terminal_size=size, run_before=run)


def test_chat_closed(snap_compare: Any, filled: CoachApp) -> None:
    """The close: the commitment and the check-out shown, the answer box read-only."""

    run = steps(keys("r", *"think", "enter"), answer_to_the_close)
    assert snap_compare(filled, terminal_size=SMALL, run_before=run)


@pytest.fixture
def exchanging(filled: CoachApp, journal: Journal) -> CoachApp:
    """Two exchanges, the newer with notes, one of them markup-like."""
    journal.add_exchange(role="host", partner="Sam", org="Finance", day=START.date())
    xid = journal.add_exchange(role="observer", partner="Ana", org="Hospice",
                               day=START.date() + timedelta(days=7))
    journal.add_exchange_note(xid, "The huddle started late and nobody minded",
                              tags=("culture",))
    journal.add_exchange_note(xid, "Who owns the [bold]rota[/]? [@click=app.quit]ask[/]",
                              tags=("question", "challenge"))
    return filled


def test_exchanges(snap_compare: Any, exchanging: CoachApp) -> None:
    assert snap_compare(exchanging, terminal_size=SMALL, run_before=steps(keys("x")))


def test_exchange_notes(snap_compare: Any, exchanging: CoachApp) -> None:
    assert snap_compare(exchanging, terminal_size=SMALL, run_before=steps(keys("x", "o", "f2")))


def test_practice_setup(snap_compare: Any, filled: CoachApp) -> None:
    assert snap_compare(filled, terminal_size=SMALL, run_before=steps(keys("p")))


@SIZES
def test_journal(snap_compare: Any, filled: CoachApp, size: tuple[int, int]) -> None:
    assert snap_compare(filled, terminal_size=size, run_before=steps(keys("j")))


def test_journal_search(snap_compare: Any, filled: CoachApp) -> None:
    async def search(pilot: Pilot[None]) -> None:
        await pilot.press("slash", *"delegation")
        await pilot.pause(0.4)

    assert snap_compare(filled, terminal_size=LARGE, run_before=steps(keys("j"), search))


@SIZES
def test_entry_editor(snap_compare: Any, filled: CoachApp, size: tuple[int, int]) -> None:
    async def template(pilot: Pilot[None]) -> None:
        pilot.app.screen.query_one("#template").value = "what-so-what-now-what"  # type: ignore[attr-defined]

    assert snap_compare(filled, terminal_size=size, run_before=steps(keys("n"), template))


@SIZES
def test_commitments(snap_compare: Any, filled: CoachApp, size: tuple[int, int]) -> None:
    assert snap_compare(filled, terminal_size=size, run_before=steps(keys("c")))


@SIZES
def test_trends(snap_compare: Any, filled: CoachApp, size: tuple[int, int]) -> None:
    assert snap_compare(filled, terminal_size=size, run_before=steps(keys("t")))


def test_help(snap_compare: Any, filled: CoachApp) -> None:
    assert snap_compare(filled, terminal_size=SMALL, run_before=steps(keys("f1")))


def test_journal_error(snap_compare: Any, tmp_path: Path) -> None:
    app = CoachApp(None, journal_error="can't open the journal: /home/sam/journal.db is not a "
                   "coach journal (not an SQLite file); point --db or COACH_DB at the right file",
                   journal_path=Path("/home/sam/journal.db"), settings_path=tmp_path / "c.toml")
    assert snap_compare(app, terminal_size=SMALL, run_before=steps())
