"""What imports share: checking one field of a record, and saying where a problem is.

Every check raises :class:`Invalid` with what is wrong; :class:`at` prefixes where.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from coach.store.entries import mood_problem, normalise_tags

#: A moment as the journal stores it (``JournalBase.stamp``).
Stamp = Callable[[datetime], str]


class Invalid(Exception):
    """A problem at one place in the file."""


@dataclass
class Plan:
    entries: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    commitments: list[dict[str, Any]] = field(default_factory=list)
    exchanges: list[dict[str, Any]] = field(default_factory=list)


def text_of(record: dict[str, Any], key: str, *, required: bool = False) -> str | None:
    value = record.get(key)
    if value is None:
        if required:
            raise Invalid(f"'{key}' is missing")
        return None
    if not isinstance(value, str):
        raise Invalid(f"'{key}' should be text, not {type(value).__name__}")
    return value


def int_of(record: dict[str, Any], key: str, *, required: bool = False) -> int | None:
    value = record.get(key)
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"'{key}' should be a whole number, not {value!r}")
    return value


def mood_of(record: dict[str, Any]) -> int | None:
    """An entry's mood: 1 (low) to 5 (high), or none."""
    mood = int_of(record, "mood")
    problem = mood_problem(mood)
    if problem:
        raise Invalid(f"'mood': {problem}")
    return mood


def bool_of(record: dict[str, Any], key: str) -> bool:
    value = record.get(key, False)
    if not isinstance(value, bool):
        raise Invalid(f"'{key}' should be true or false, not {value!r}")
    return value


def tags_of(record: dict[str, Any], key: str = "tags") -> list[str]:
    value = record.get(key) or []
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise Invalid(f"'{key}' should be a list of text")
    return normalise_tags(value)


def records(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise Invalid(f"'{key}' should be a list")
    for index, record in enumerate(value):
        if not isinstance(record, dict):
            raise Invalid(f"{key}[{index}] should be an object")
    return value


def moment_of(
    stamp: Stamp, record: dict[str, Any], key: str, *, required: bool = True
) -> str | None:
    value = text_of(record, key, required=required)
    if value is None:
        return None
    try:
        return stamp(datetime.fromisoformat(value))
    except ValueError:
        raise Invalid(f"'{key}' is not a date and time: {value!r}") from None


def located(items: list[dict[str, Any]], key: str) -> list[tuple[str, dict[str, Any]]]:
    return [(f"{key}[{index}]", record) for index, record in enumerate(items)]


@contextmanager
def at(where: str) -> Iterator[None]:
    """Prefix an :class:`Invalid` raised inside with where it happened."""
    try:
        yield
    except Invalid as exc:
        if str(exc).startswith(where):
            raise
        raise Invalid(f"{where}: {exc}") from None


class FreeIds:
    """Ids for imported rows: the one a row had when it is free here, else the next unused."""

    def __init__(self, used: set[int]) -> None:
        self.used = set(used)
        self._next = max(self.used, default=0) + 1

    def take(self, wanted: int | None) -> int:
        if wanted is None or wanted in self.used:
            while self._next in self.used:
                self._next += 1
            wanted = self._next
        self.used.add(wanted)
        return wanted
