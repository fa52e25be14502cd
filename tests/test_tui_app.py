"""The app as a whole: help, the command palette, themes remembered, a journal that won't open."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from coach.settings import Settings, load_settings, save_settings, to_toml
from coach.store import Journal
from coach.tui.app import CoachApp, make_app
from coach.tui.screens.help import HelpScreen
from coach.tui.screens.home import HomeScreen
from coach.tui.screens.journal_error import JournalErrorScreen
from tests.tui_helpers import home_items, settle


async def test_the_journal_file_opens_in_the_background(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    with Journal.open(path) as journal:
        journal.add_entry("Written before the app started")
    app = make_app(db=path, settings_path=tmp_path / "c.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.journal is not None and app.journal_error is None
        assert "Written before" in home_items(app, "e")[0]


@pytest.mark.parametrize("key", ["f1", "question_mark"])
async def test_help_opens_on_f1_and_question_mark(app: CoachApp, key: str) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(key)
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("Static").render())
        assert "Ctrl+J" in text and "Ctrl+N" in text
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_palette_has_a_command_for_every_screen(app: CoachApp) -> None:
    async with app.run_test(size=(100, 30)):
        titles = {c.title for c in app.get_system_commands(app.screen)}
    for title in ("Home", "Reflect", "Journal", "New journal entry", "Commitments", "Trends",
                  "Help", "Theme", "Reflect with Think it through", "New entry: Check-in",
                  "Practise listening", "Leadership exchange"):
        assert title in titles


async def test_palette_runs_a_command(app: CoachApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"Commitments")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "CommitmentsScreen"


async def test_the_theme_is_remembered(journal: Journal, tmp_path: Path) -> None:
    config = tmp_path / "settings" / "config.toml"
    first = make_app(journal, settings_path=config)
    async with first.run_test(size=(80, 24)) as pilot:
        first.theme = "nord"
        await pilot.pause()
    assert load_settings(config).theme == "nord"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    second = make_app(journal, settings_path=config)
    async with second.run_test(size=(80, 24)):
        assert second.theme == "nord"


async def test_a_journal_that_cannot_be_opened_is_explained(tmp_path: Path) -> None:
    broken = tmp_path / "journal.db"
    broken.write_bytes(b"this is not a database, just some words " * 100)
    before = broken.read_bytes()
    app = make_app(db=broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, JournalErrorScreen)
        assert app.journal_error is not None
        text = str(app.screen.query_one("#reason").render())
        assert str(broken) in text and "not a coach journal" in text
        await pilot.press("q")
    assert broken.read_bytes() == before


def test_settings_round_trip_and_tolerate_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "config.toml"
    assert load_settings(path) == Settings()
    save_settings(Settings(theme='odd "name" \\ here'), path)
    assert load_settings(path).theme == 'odd "name" \\ here'
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    path.write_text("theme = [unclosed", encoding="utf-8")
    assert load_settings(path) == Settings()


def test_toml_writer_escapes_control_characters() -> None:
    import tomllib

    text = to_toml({"theme": "a\tb\nc\x7f", "flag": True, "size": 3})
    assert tomllib.loads(text) == {"theme": "a\tb\nc\x7f", "flag": True, "size": 3}


def test_settings_default_to_the_config_file(tmp_path: Path) -> None:
    from coach import paths

    written = save_settings(Settings(theme="gruvbox"))
    assert written == paths.config_file()
    assert Path(os.environ["COACH_HOME"]) in written.parents
    assert load_settings().theme == "gruvbox"
