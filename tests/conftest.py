"""Shared fixtures: no test touches the real user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

# On CI the property tests draw the same examples every run, so a result is repeatable;
# on a developer's machine they keep exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

if TYPE_CHECKING:
    from coach.store import Journal
    from coach.tui.app import CoachApp

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME, the XDG folders, COACH_HOME and COACH_DB at a temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.setenv("COACH_HOME", str(home / "coach"))
    monkeypatch.setenv("COACH_DB", str(tmp_path / "journal.db"))
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    return home


# The app's tests share these two; a test module that needs another journal (read-only,
# filled with hostile text) defines its own, which wins. The app's helpers (and Textual)
# are imported only by the tests that ask for them.
@pytest.fixture
def journal() -> Iterator[Journal]:
    """A fresh in-memory journal on the app tests' fixed clock."""
    from tests import tui_helpers

    with tui_helpers.memory_journal() as opened:
        yield opened


@pytest.fixture
def app(journal: Journal, tmp_path: Path) -> CoachApp:
    """The app over ``journal``, its settings and files under ``tmp_path``."""
    from tests import tui_helpers

    return tui_helpers.build_app(journal, tmp_path)
