"""The wheel carries every tracked data file, and nothing it should not."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA_DIRS = ("prompts", "frameworks", "journal")


def tracked(folder: str) -> set[str]:
    result = subprocess.run(
        ["git", "ls-files", folder], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return {line for line in result.stdout.splitlines() if line}


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    if not (ROOT / ".git").exists():
        pytest.fail("the packaging test needs the git checkout to know the tracked files")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation",
         "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("coach-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.mark.parametrize("folder", DATA_DIRS)
def test_every_tracked_data_file_is_in_the_wheel(folder: str, wheel_names: set[str]) -> None:
    files = tracked(folder)
    assert files, f"nothing tracked in {folder}/"
    missing = {f for f in files if f"coach/_data/{f}" not in wheel_names}
    assert not missing


@pytest.mark.parametrize("folder", DATA_DIRS)
def test_the_wheel_has_no_untracked_data(folder: str, wheel_names: set[str]) -> None:
    shipped = {n.removeprefix("coach/_data/") for n in wheel_names
               if n.startswith(f"coach/_data/{folder}/")}
    assert shipped == tracked(folder)


def test_the_wheel_has_the_app_stylesheet_and_no_caches(wheel_names: set[str]) -> None:
    assert "coach/__init__.py" in wheel_names
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in wheel_names)
