"""Dates people write: "yesterday", "last monday", "3 days ago", "by Friday".

Pure functions over python-dateutil; ``today`` is always passed in, so the answers
are deterministic. :func:`parse_when` reads a whole phrase (filters such as
``--since``); :func:`find_due_date` finds a due date inside a sentence (commitments).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

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


# Phrases for find_due_date, searched anywhere in a sentence. Weekdays and dates
# without a year point forward: the next such day on or after today.
_DUE: list[tuple[str, _Handler]] = [
    (r"\b\d{4}-\d{2}-\d{2}\b", lambda m, t: date.fromisoformat(m[0])),
    (r"\b(?:today|tonight|this evening|this afternoon)\b", lambda m, t: t),
    (r"\btomorrow\b", lambda m, t: t + timedelta(days=1)),
    (r"\b(?:the )?end of (?:the |this )?month\b", lambda m, t: end_of_month(t)),
    (r"\b(?:the )?end of next month\b", lambda m, t: end_of_month(t + relativedelta(months=1))),
    (r"\b(?:the )?end of (?:the |this )?week\b", lambda m, t: on_or_after(t, 4)),
    (r"\b(?:the )?end of next week\b", lambda m, t: start_of_week(t) + timedelta(days=11)),
    (r"\b(?:the )?end of (?:the |this )?year\b", lambda m, t: date(t.year, 12, 31)),
    (r"\bthis weekend\b", lambda m, t: on_or_after(t, 5)),
    (r"\bnext week\b", lambda m, t: start_of_week(t) + timedelta(weeks=1)),
    (r"\bnext month\b", lambda m, t: t.replace(day=1) + relativedelta(months=1)),
    (
        rf"\b(?:within|in) (?:the next )?{_NUM} {_UNIT}\b",
        lambda m, t: t + _delta(_number(m["n"]), m["unit"]),
    ),
    (rf"\bnext {_WD_FULL}\b", lambda m, t: after(t, _weekday(m["wd"]))),
    (rf"\b{_WD_FULL}\b", lambda m, t: on_or_after(t, _weekday(m["wd"]))),
    (
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}\b\.?,?(?: (?P<y>\d{{4}}))?",
        lambda m, t: _day_month(int(m["d"]), _month(m["mon"]), _year(m), t, future=True),
    ),
    (
        rf"\b{_MONTH}\b\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b,?(?: (?P<y>\d{{4}}))?",
        lambda m, t: _day_month(int(m["d"]), _month(m["mon"]), _year(m), t, future=True),
    ),
]
_COMPILED_DUE = [(re.compile(p, re.IGNORECASE), h) for p, h in _DUE]


def find_due_date(text: str, today: date) -> date | None:
    """The due date a commitment mentions ("by Friday", "within 2 weeks"), or None."""
    sentence = " ".join(text.split())
    best: tuple[int, int, date] | None = None
    for order, (pattern, handler) in enumerate(_COMPILED_DUE):
        for match in pattern.finditer(sentence):
            try:
                found = handler(match, today)
            except (ValueError, KeyError, OverflowError):
                continue
            if best is None or (match.start(), order) < best[:2]:
                best = (match.start(), order, found)
            break
    return best[2] if best else None


def nice_date(iso: str) -> str:
    """``2026-11-27`` -> ``Friday 27 November``."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day:%A} {day.day} {day:%B}"
