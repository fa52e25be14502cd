"""The framework picker reads the user's framework files each time it opens, and tells
about a broken one once per run (again only when the file changes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from coach import paths
from coach.tui.app import CoachApp
from coach.tui.screens.picker import FrameworkPicker
from tests.test_frameworks import GOOD
from tests.tui_helpers import settle


@pytest.fixture
def mine() -> Path:
    """A framework file in the user's own folder (not written yet)."""
    folder = paths.user_frameworks_directory()
    folder.mkdir(parents=True)
    return folder / "mine.toml"


@pytest.fixture
def told(app: CoachApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every notice the app shows about a broken framework, in order."""
    notices: list[str] = []
    shown = app.notify

    def notify(message: str, **options: Any) -> None:
        if "broken framework" in message:
            notices.append(message)
        shown(message, **options)

    monkeypatch.setattr(app, "notify", notify)
    return notices


async def open_the_picker(pilot: Any) -> list[str]:
    """Open the picker, note the framework ids it lists, and go back home."""
    pilot.app.action_reflect()
    await settle(pilot)
    assert isinstance(pilot.app.screen, FrameworkPicker)
    options = pilot.app.screen.query_one("#frameworks", OptionList)
    ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
    await pilot.press("escape")
    await settle(pilot)
    return ids


async def test_a_broken_framework_is_told_once(app: CoachApp, mine: Path,
                                               told: list[str]) -> None:
    mine.write_text("id = [", encoding="utf-8")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        for _ in range(2):
            ids = await open_the_picker(pilot)
            assert "think-it-through" in ids
        await pilot.press("ctrl+p")  # the palette lists the frameworks too
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
    (notice,) = told
    assert "mine.toml" in notice and "not valid TOML" in notice


async def test_a_changed_file_is_told_again_and_a_fixed_one_is_listed(
    app: CoachApp, mine: Path, told: list[str]
) -> None:
    mine.write_text("id = [", encoding="utf-8")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await open_the_picker(pilot)
        mine.write_text(GOOD.replace('title = "Tiny"', "title = 3"), encoding="utf-8")
        await open_the_picker(pilot)
        await open_the_picker(pilot)
        assert len(told) == 2 and "title" in told[1]
        mine.write_text(GOOD, encoding="utf-8")
        assert "tiny" in await open_the_picker(pilot)
        mine.write_text("id = [", encoding="utf-8")  # broken again, as it was at first
        assert "tiny" not in await open_the_picker(pilot)
    assert len(told) == 3 and "not valid TOML" in told[2]
