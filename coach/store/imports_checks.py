"""What imports share: checking one record, or one field of it, and saying where a
problem is.

Every check raises :class:`Invalid` with what is wrong; :func:`named` says which record.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from coach.store.entries import mood_problem, normalise_tags

#: A moment as the journal stores it (``JournalBase.stamp``).
Stamp = Callable[[datetime], str]

#: SQLite's integers: whole numbers outside these can't be stored.
INT_MIN, INT_MAX = -(2**63), 2**63 - 1
#: How deep a record's values may nest (turn data and session details are shallow).
MAX_DEPTH = 16


class Invalid(Exception):
    """A problem at one place in the file."""


def named(key: str, index: int, record: Any) -> str:
    """Which record: its place in the file and, when it has a usable one, its id."""
    rid = record.get("id") if isinstance(record, dict) else None
    if type(rid) is int and INT_MIN <= rid <= INT_MAX:
        return f"{key}[{index}] (id {rid})"
    return f"{key}[{index}]"


def check_tree(record: Any) -> dict[str, Any]:
    """``record`` is an object whose every value can be stored: text that is valid
    Unicode, whole numbers in SQLite's range, finite numbers, at most ``MAX_DEPTH``
    levels deep. Returns it; raises :class:`Invalid` naming the key."""
    if type(record) is not dict:
        raise Invalid("should be an object")
    nested = None
    for name, value in record.items():  # the flat top level, quickly
        kind = type(value)
        if kind is str:
            if not value.isascii():
                _unicode(value, name)
        elif kind is int:
            _whole(value, name)
        elif kind is dict or kind is list:
            nested = nested or []
            nested.append((value, 2, name))
        elif kind is float:
            _finite(value, name)
    while nested:
        node, depth, where = nested.pop()
        for name, value in node.items() if type(node) is dict else enumerate(node):
            if type(name) is str and not name.isascii():
                _unicode(name, where)
            kind = type(value)
            if kind is str:
                if not value.isascii():
                    _unicode(value, where)
            elif kind is int:
                _whole(value, where)
            elif kind is dict or kind is list:
                if depth >= MAX_DEPTH:
                    raise Invalid(f"'{key_shown(where)}' is nested more than {MAX_DEPTH} levels"
                                  " deep")
                nested.append((value, depth + 1, where))
            elif kind is float:
                _finite(value, where)
    return record


def _whole(value: int, where: str) -> None:
    if not INT_MIN <= value <= INT_MAX:
        raise Invalid(
            f"'{key_shown(where)}' holds a whole number too large to store "
            f"(SQLite's range is {INT_MIN} to {INT_MAX})"
        )


def _finite(value: float, where: str) -> None:
    if not math.isfinite(value):
        raise Invalid(f"'{key_shown(where)}' holds a number too large to store")


def _unicode(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Invalid(
            f"'{key_shown(where)}' holds \\u{ord(text[exc.start]):04x}, half of a surrogate pair, "
            "which is not text; fix it where the file was made"
        ) from None


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
        raise Invalid(f"'{key}' should be a whole number, not {shown(value)}")
    if not INT_MIN <= value <= INT_MAX:
        raise Invalid(f"'{key}' is a whole number too large to store: {shown(value)}")
    return value


def key_shown(name: object, limit: int = 40) -> str:
    """A key of the imported file as a message names it: as written when it is short
    plain text, else escaped and cut short, so that a key made of a line break or a
    whole paragraph can't break or flood the one-line message."""
    text = str(name)
    if not text.isprintable():
        text = repr(text)[1:-1]
    return text if len(text) <= limit else text[:limit] + "..."


def shown(value: Any, limit: int = 40) -> str:
    """A value for a message, cut short so a huge one can't flood it."""
    text = repr(value) if not isinstance(value, dict | list) else type(value).__name__
    return text if len(text) <= limit else text[:limit] + "..."


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
        raise Invalid(f"'{key}' should be true or false, not {shown(value)}")
    return value


def tags_of(record: dict[str, Any], key: str = "tags") -> list[str]:
    value = record.get(key) or []
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise Invalid(f"'{key}' should be a list of text")
    return normalise_tags(value)


def records(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """A list of records inside a record (an exchange's notes)."""
    value = data.get(key, [])
    if not isinstance(value, list):
        raise Invalid(f"'{key}' should be a list")
    for index, record in enumerate(value):
        if not isinstance(record, dict):
            raise Invalid("should be an object")
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
        raise Invalid(f"'{key}' is not a date and time: {shown(value)}") from None
    except OverflowError:  # year 1 or 9999 moved across the date line
        raise Invalid(f"'{key}' is out of the range of dates: {shown(value)}") from None


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
