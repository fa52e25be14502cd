"""Suggested subjects and debrief questions for "Practise listening".

They live in ``prompts/practice_subjects.toml``; a user's own ``prompts`` folder
may hold a file of the same name that replaces the bundled one.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

FILE_NAME = "practice_subjects.toml"


@dataclass(frozen=True)
class Subject:
    id: str
    text: str
    source: str = ""


@cache
def _data() -> dict[str, Any]:
    from coach.resources import search_path

    for folder in search_path("prompts"):
        path = folder / FILE_NAME
        if path.is_file():
            with path.open("rb") as handle:
                try:
                    return tomllib.load(handle)
                except tomllib.TOMLDecodeError as exc:
                    raise ValueError(f"{path}: {exc}") from None
    raise FileNotFoundError(f"{FILE_NAME} is missing from the prompts folder")


def subjects() -> tuple[Subject, ...]:
    """The suggested subjects, in the order they are offered."""
    return tuple(
        Subject(str(s["id"]), str(s["text"]), str(s.get("source", "")))
        for s in _data().get("subject", [])
    )


def debrief_questions() -> tuple[str, ...]:
    """The questions for the pair or group once both turns are done."""
    return tuple(str(q) for q in _data().get("debrief", {}).get("questions", ()))


def find_subject(key: str) -> str:
    """The subject with id or number ``key`` (1-based), or ``key`` itself as the pair's own."""
    options = subjects()
    if key.isdigit() and 1 <= int(key) <= len(options):
        return options[int(key) - 1].text
    for subject in options:
        if subject.id == key.strip().lower():
            return subject.text
    return key
