"""The palette's Home entry says what Home offers."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from coach.tui.palette import commands_for
from coach.tui.screens.home import PATHS, HomeScreen
from tests import tui_helpers
from tests.tui_helpers import settle


async def test_the_home_entry_names_every_path_home_shows(tmp_path: Path) -> None:
    with tui_helpers.memory_journal() as journal:
        app = tui_helpers.build_app(journal, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, HomeScreen)
            shown = [option.id for option in app.screen.query_one("#paths", OptionList).options]
            assert shown == [action for _, action, _, _ in PATHS] and len(shown) == 7
            [home] = [c for c in commands_for(app, app.screen) if c.title == "Home"]
            for _, _, title, _ in PATHS:
                assert title.casefold() in home.help.casefold()
            assert "three" not in home.help
