"""The first screen loads only what it shows: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from coach.store import Journal


def loaded_after(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


def heavy(loaded: set[str]) -> list[str]:
    return sorted(m for m in loaded if m.split(".")[0] in ("sqlite_utils", "jinja2", "click"))


def test_opening_a_current_journal_and_reading_home_loads_no_sqlite_utils(
    tmp_path: Path,
) -> None:
    path = tmp_path / "j.db"
    with Journal.open(path) as journal:  # created and migrated here, in this process
        journal.add_entry("Made before the fresh interpreter opens it.")
    code = (
        "from coach.store import Journal\n"
        f"with Journal.open({str(path)!r}) as journal:\n"
        "    journal.commitments('open'); journal.unfinished_sessions()\n"
        "    assert [e.body for e in journal.newest(8)] == "
        "['Made before the fresh interpreter opens it.']\n"
    )
    assert heavy(loaded_after(code)) == []


def test_a_new_journal_still_migrates_with_sqlite_utils(tmp_path: Path) -> None:
    code = (
        "from coach.store import Journal\n"
        f"with Journal.open({str(tmp_path / 'new.db')!r}) as journal:\n"
        "    journal.add_entry('first')\n"
        "    assert journal.search('first')[0].entry.body == 'first'\n"
    )
    assert "sqlite_utils" in loaded_after(code)


def test_the_home_screen_renders_without_jinja2(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    Journal.open(path).close()
    code = (
        "import asyncio\n"
        "from coach.tui.app import make_app\n"
        "from coach.tui.screens.home import HomeScreen\n"
        f"app = make_app(db={str(path)!r}, settings_path=None)\n"
        "async def main():\n"
        "    async with app.run_test(size=(100, 30)) as pilot:\n"
        "        await pilot.pause()\n"
        "        await app.workers.wait_for_complete()\n"
        "        await pilot.pause()\n"
        "        assert isinstance(app.screen, HomeScreen) and app.journal is not None\n"
        "asyncio.run(main())\n"
    )
    assert heavy(loaded_after(code)) == []
