"""Dates people write: "yesterday", "last monday", "3 days ago", "by Friday".

Pure functions over python-dateutil; ``today`` (or ``now``) is always passed in, so the
answers are deterministic. :func:`parse_when` reads a whole phrase (filters such as
``--since``); :func:`read_due` reads when a commitment is due, or the habit it is, from a
sentence (its rules are in :mod:`coach.engine.due_dates`); :func:`describe_due` says it back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_ABBR = {name[:3]: i for i, name in enumerate(WEEKDAYS)}
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a couple of": 2,
    "couple of": 2,
    "a few": 3,
}
HINT = "try 2026-03-12, 12 March, yesterday, last monday, 3 days ago or last week"

_WD = r"(?P<wd>mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?"
# Full names only inside sentences, where "sat" or "sun" are ordinary words.
_WD_FULL = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (
    r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?"
)
_NUM = r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)"
_UNIT = r"(?P<unit>day|week|fortnight|month|year)s?"


def _weekday(token: str) -> int:
    return _WEEKDAY_ABBR[token.lower()[:3]]


def _month(token: str) -> int:
    token = token.lower()[:3]
    return [m[:3] for m in MONTHS].index(token) + 1


def _number(token: str) -> int:
    token = token.lower()
    return int(token) if token.isdigit() else _NUMBER_WORDS[token]


def _delta(n: int, unit: str) -> relativedelta:
    unit = unit.lower().rstrip("s")
    unit = {"wk": "week"}.get(unit, unit)
    if unit == "day":
        return relativedelta(days=n)
    if unit == "week":
        return relativedelta(weeks=n)
    if unit == "fortnight":
        return relativedelta(weeks=2 * n)
    if unit == "month":
        return relativedelta(months=n)
    return relativedelta(years=n)


def on_or_after(today: date, weekday: int) -> date:
    """The first ``weekday`` (0 = Monday) on or after ``today``."""
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def after(today: date, weekday: int) -> date:
    """The first ``weekday`` strictly after ``today``."""
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def on_or_before(today: date, weekday: int) -> date:
    """The last ``weekday`` on or before ``today``."""
    return today - timedelta(days=(today.weekday() - weekday) % 7)


def before(today: date, weekday: int) -> date:
    """The last ``weekday`` strictly before ``today``."""
    return today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)


def start_of_week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def end_of_month(day: date) -> date:
    return day + relativedelta(day=31)


def _day_month(day: int, month: int, year: int | None, today: date, *, future: bool) -> date:
    if year is not None:
        if year < 100:
            year += 2000
        return date(year, month, day)
    found = date(today.year, month, day)
    if future and found < today:
        found = date(today.year + 1, month, day)
    return found


_Handler = Callable[["re.Match[str]", date], date]

# Whole phrases for parse_when, tried in order; each must match the whole text.
_PHRASES: list[tuple[str, _Handler]] = [
    (r"today|now|tonight", lambda m, t: t),
    (r"yesterday", lambda m, t: t - timedelta(days=1)),
    (r"tomorrow", lambda m, t: t + timedelta(days=1)),
    (r"(?:the )?day before yesterday", lambda m, t: t - timedelta(days=2)),
    (rf"last {_WD}", lambda m, t: before(t, _weekday(m["wd"]))),
    (rf"next {_WD}", lambda m, t: after(t, _weekday(m["wd"]))),
    (rf"this {_WD}", lambda m, t: on_or_after(t, _weekday(m["wd"]))),
    (rf"(?:on )?{_WD}", lambda m, t: on_or_before(t, _weekday(m["wd"]))),
    (rf"{_NUM} {_UNIT} ago", lambda m, t: t - _delta(_number(m["n"]), m["unit"])),
    (rf"in {_NUM} {_UNIT}", lambda m, t: t + _delta(_number(m["n"]), m["unit"])),
    (r"last week", lambda m, t: start_of_week(t) - timedelta(weeks=1)),
    (r"this week", lambda m, t: start_of_week(t)),
    (r"next week", lambda m, t: start_of_week(t) + timedelta(weeks=1)),
    (r"last month", lambda m, t: t.replace(day=1) - relativedelta(months=1)),
    (r"this month", lambda m, t: t.replace(day=1)),
    (r"next month", lambda m, t: t.replace(day=1) + relativedelta(months=1)),
    (r"last year", lambda m, t: date(t.year - 1, 1, 1)),
    (r"this year", lambda m, t: date(t.year, 1, 1)),
    (r"(?:the )?end of (?:the |this )?month", lambda m, t: end_of_month(t)),
    (r"(?:the )?end of (?:the |this )?week", lambda m, t: on_or_after(t, 4)),
    (r"(?:the )?end of next week", lambda m, t: start_of_week(t) + timedelta(days=11)),
    (r"(?:the )?end of (?:the )?year", lambda m, t: date(t.year, 12, 31)),
    (
        rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}\.?,?(?: (?P<y>\d{{4}}))?",
        lambda m, t: _day_month(int(m["d"]), _month(m["mon"]), _year(m), t, future=False),
    ),
    (
        rf"{_MONTH}\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?(?: (?P<y>\d{{4}}))?",
        lambda m, t: _day_month(int(m["d"]), _month(m["mon"]), _year(m), t, future=False),
    ),
]
_COMPILED_PHRASES = [(re.compile(p, re.IGNORECASE), h) for p, h in _PHRASES]


def _year(match: re.Match[str]) -> int | None:
    year = match.groupdict().get("y")
    return int(year) if year else None


def parse_when(text: str, today: date) -> date:
    """Read ``text`` as a date relative to ``today``; ``ValueError`` when it can't."""
    phrase = " ".join(text.strip().split()).rstrip(".")
    if not phrase:
        raise ValueError(f"can't read an empty date: {HINT}")
    try:
        return date.fromisoformat(phrase[:10]) if _ISO.fullmatch(phrase) else _phrase(phrase, today)
    except (ValueError, OverflowError, KeyError) as exc:
        if str(exc).startswith("can't read"):
            raise
        raise ValueError(f"can't read {text.strip()!r} as a date: {HINT}") from None


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?")
_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?")


def _phrase(phrase: str, today: date) -> date:
    for pattern, handler in _COMPILED_PHRASES:
        match = pattern.fullmatch(phrase)
        if match:
            return handler(match, today)
    numeric = _NUMERIC.fullmatch(phrase)
    if numeric:  # day first, as written outside the US: 12/03/2026
        day, month, year = numeric.groups()
        return _day_month(int(day), int(month), int(year) if year else None, today, future=False)
    raise ValueError(f"can't read {phrase!r} as a date: {HINT}")


@dataclass(frozen=True)
class DueReading:
    """What a commitment says about when: one due date, a habit, or neither."""

    due: date | None = None
    habit: str | None = None  # the habit in the person's words: "every Tuesday and Friday"
    said: str | None = None  # the words the date or habit was read from
    #: the day a step starts on, said with "from" or "starting" ("hand PR reviews to Mina
    #: from Monday"), when it has no due date: kept apart, since a start is not a deadline
    starts: date | None = None


def read_due(text: str, now: datetime) -> DueReading:
    """When a commitment is due, read from the person's own words against ``now``.

    A habit ("every Tuesday and Friday", "on Sunday nights") has no single due date. A
    date that belongs to something else in the sentence ("from next week", "the March
    review", "last Tuesday") is never the due date, and when unsure there is none. The
    rules are in :mod:`coach.engine.due_dates` and ``docs/commitments.md``.
    """
    from coach.engine.due_dates import reading

    return reading(text, now)


def find_due_date(text: str, today: date) -> date | None:
    """The due date a commitment mentions ("by Friday", "within 2 weeks"), or None."""
    return read_due(text, datetime.combine(today, time())).due


def describe_due(reading: DueReading, today: date) -> str:
    """``by Monday 14 December``, ``as a habit: every Tuesday and Friday``, ``as starting
    Monday 7 December, with no set due date`` (a start with no deadline), or ``""``.

    The year is added when it is not ``today``'s.
    """
    if reading.habit:
        return f"as a habit: {reading.habit}"
    if reading.due is None:
        if reading.starts is not None and reading.starts >= today:
            return f"as starting {_day(reading.starts, today)}, with no set due date"
        return ""
    return f"by {_day(reading.due, today)}"


def _day(day: date, today: date) -> str:
    year = f" {day.year}" if day.year != today.year else ""
    return f"{day:%A} {day.day} {day:%B}{year}"


def nice_date(iso: str) -> str:
    """``2026-11-27`` -> ``Friday 27 November``."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day:%A} {day.day} {day:%B}"
