"""The engine is pure logic and the command line stays light: checked in a fresh interpreter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ENGINE_MODULES = [
    "coach.engine.model",
    "coach.engine.frameworks",
    "coach.engine.phrases",
    "coach.engine.playback",
    "coach.engine.prompts",
    "coach.engine.session",
    "coach.engine.analyser",
    "coach.engine.dates",
    "coach.engine.planned_dates",
    "coach.engine.own_words",
    "coach.engine.replies",
    "coach.engine.practice",
    "coach.engine.practice_score",
    "coach.engine.themes",
    "coach.engine.titles",
    "coach.engine.recap",
]


def loaded_after(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(result.stdout.split())


@pytest.mark.parametrize("module", ENGINE_MODULES)
def test_engine_loads_neither_textual_nor_sqlite_utils(module: str) -> None:
    loaded = loaded_after(f"import {module}")
    assert module in loaded
    assert not any(m.startswith(("textual", "sqlite_utils", "coach.store", "coach.tui"))
                   for m in loaded)


def test_a_whole_session_in_the_engine_loads_no_ui_or_store() -> None:
    code = (
        "from coach.engine.frameworks import load_frameworks\n"
        "from coach.engine.session import Session\n"
        "fw = load_frameworks().frameworks['think-it-through']\n"
        "s = Session(fw, seed=1)\n"
        "s.start()\n"
        "s.answer('I feel stuck in a rut with my team and it really matters to me')\n"
    )
    loaded = loaded_after(code)
    assert not any(m.startswith(("textual", "sqlite_utils", "coach.store", "coach.tui"))
                   for m in loaded)


def test_the_version_import_is_cheap() -> None:
    loaded = loaded_after("import coach")
    assert not any(m.startswith(("textual", "jinja2", "sqlite_utils", "coach.")) for m in loaded)


def test_line_mode_reflect_never_loads_textual(tmp_path: Path) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("Tired but hopeful\nstop\n", encoding="utf-8")
    code = (
        "import os, sys\n"
        f"os.environ['COACH_DB'] = {str(tmp_path / 'j.db')!r}\n"
        "from coach.__main__ import main\n"
        f"assert main(['reflect', 'check-in', '--answers', {str(answers)!r}]) == 0\n"
    )
    loaded = loaded_after(code)
    assert "coach.store" in loaded  # the session was saved
    assert not any(m.startswith(("textual", "coach.tui")) for m in loaded)


def test_the_store_does_not_pull_in_pandas_or_numpy(tmp_path: Path) -> None:
    # Stand-ins that announce themselves: sqlite-utils would import both if it could.
    for name in ("numpy", "pandas"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text(f"LOADED = {name!r}\n")
    code = (
        "import sys\n"
        "from coach.store import Journal\n"
        "assert 'numpy' not in sys.modules and 'pandas' not in sys.modules, sys.modules\n"
        "with Journal.memory() as journal:\n"
        "    journal.add_entry('Still writes.')\n"
        "    assert [e.body for e in journal.newest()] == ['Still writes.']\n"
        "import numpy, pandas\n"  # importable as usual afterwards
        "assert (numpy.LOADED, pandas.LOADED) == ('numpy', 'pandas')\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
