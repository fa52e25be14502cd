"""Where bundled data lives: the installed wheel's ``_data`` or the source tree."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from coach import paths

DATA_KINDS = ("prompts", "frameworks", "journal")


@cache
def bundled_directory(kind: str) -> Path:
    """The folder holding bundled ``kind`` data (``prompts``, ``frameworks``, ``journal``)."""
    if kind not in DATA_KINDS:
        raise ValueError(f"unknown data kind {kind!r}")
    packaged = Path(str(resources.files("coach"))) / "_data" / kind
    if packaged.is_dir():
        return packaged
    # An editable install imports from the source tree, where _data does not exist.
    return Path(__file__).resolve().parent.parent / kind


def user_directory(kind: str) -> Path:
    return {
        "prompts": paths.user_prompts_directory,
        "frameworks": paths.user_frameworks_directory,
        "journal": paths.user_journal_templates_directory,
    }[kind]()


def search_path(kind: str) -> list[Path]:
    """Folders to look in for ``kind`` data, the user's override first."""
    return [user_directory(kind), bundled_directory(kind)]
