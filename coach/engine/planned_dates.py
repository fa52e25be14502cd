"""The day of something still to come, such as a planned leadership exchange.

:func:`coach.engine.dates.parse_when` reads a bare weekday or a day without a year as
the most recent one, which suits "when did it happen?". A plan looks ahead instead:
"12 March" said in December is next March, "Friday" is the coming Friday (today, on a
Friday). Everything else ("tomorrow", "next tuesday", "in 2 weeks", "2026-03-12",
"last monday") means what ``parse_when`` says it means.
"""

from __future__ import annotations

import re
from datetime import date

from coach.engine.dates import (
    _MONTH,
    _NUMERIC,
    _WD,
    _day_month,
    _month,
    _weekday,
    _year,
    on_or_after,
    parse_when,
)

HINT = "try 2026-03-12, 12 March, Friday, tomorrow, next tuesday or in 2 weeks"

_AHEAD = [
    re.compile(rf"(?:on )?{_WD}", re.IGNORECASE),
    re.compile(rf"(?:on )?(?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}\.?,?"
               rf"(?: (?P<y>\d{{4}}))?", re.IGNORECASE),
    re.compile(rf"(?:on )?{_MONTH}\.? (?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?"
               rf"(?: (?P<y>\d{{4}}))?", re.IGNORECASE),
]


def parse_planned(text: str, today: date) -> date:
    """Read ``text`` as the day of something planned; ``ValueError`` when it can't."""
    phrase = " ".join(text.strip().split()).rstrip(".")
    if not phrase:
        raise ValueError(f"can't read an empty date: {HINT}")
    try:
        for pattern in _AHEAD:
            match = pattern.fullmatch(phrase)
            if match is None:
                continue
            if "d" not in match.groupdict():
                return on_or_after(today, _weekday(match["wd"]))
            return _day_month(int(match["d"]), _month(match["mon"]), _year(match), today,
                              future=True)
        numeric = _NUMERIC.fullmatch(phrase)
        if numeric and numeric.group(3) is None:  # day first, no year: 12/03
            return _day_month(int(numeric.group(1)), int(numeric.group(2)), None, today,
                              future=True)
        return parse_when(phrase, today)
    except (ValueError, OverflowError, KeyError):
        raise ValueError(f"can't read {text.strip()!r} as a date: {HINT}") from None
