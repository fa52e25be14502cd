from __future__ import annotations

from datetime import date

import pytest

from coach.engine.dates import find_due_date, parse_when

FRIDAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-12", date(2026, 3, 12)),
        ("12 March", date(2026, 3, 12)),
        ("12th of March 2025", date(2025, 3, 12)),
        ("March 12", date(2026, 3, 12)),
        ("12/03/2026", date(2026, 3, 12)),
        ("today", FRIDAY),
        ("yesterday", date(2026, 11, 19)),
        ("tomorrow", date(2026, 11, 21)),
        ("last monday", date(2026, 11, 16)),
        ("Last Friday", date(2026, 11, 13)),
        ("monday", date(2026, 11, 16)),
        ("friday", FRIDAY),
        ("3 days ago", date(2026, 11, 17)),
        ("a week ago", date(2026, 11, 13)),
        ("two months ago", date(2026, 9, 20)),
        ("last week", date(2026, 11, 9)),
        ("this week", date(2026, 11, 16)),
        ("last month", date(2026, 10, 1)),
        ("next friday", date(2026, 11, 27)),
        ("in 2 weeks", date(2026, 12, 4)),
        ("end of the month", date(2026, 11, 30)),
        ("  the   end of the month ", date(2026, 11, 30)),
    ],
)
def test_parse_when(text: str, expected: date) -> None:
    assert parse_when(text, FRIDAY) == expected


@pytest.mark.parametrize("text", ["xyz", "", "32 March", "next blursday", "soonish", "2026-13-45"])
def test_parse_when_refuses_unknown_phrases(text: str) -> None:
    with pytest.raises(ValueError, match="can't read") as info:
        parse_when(text, FRIDAY)
    assert "try" in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will call her by Friday", FRIDAY),  # today is Friday: today
        ("send the note by Monday", date(2026, 11, 23)),
        ("on Monday I'll ask", date(2026, 11, 23)),
        ("by 12 March", date(2027, 3, 12)),
        ("by 3 December", date(2026, 12, 3)),
        ("talk to Sam tomorrow", date(2026, 11, 21)),
        ("sometime next week", date(2026, 11, 27)),  # a week is due at its Friday
        ("by the end of the month", date(2026, 11, 30)),
        ("within 2 weeks", date(2026, 12, 4)),
        ("in a fortnight", date(2026, 12, 4)),
        ("book it for 2026-12-01 or Friday", date(2026, 12, 1)),
        ("ask for feedback next friday", date(2026, 11, 27)),
        ("I sat in the sun and listened", None),
        ("listen more", None),
    ],
)
def test_find_due_date(text: str, expected: date | None) -> None:
    assert find_due_date(text, FRIDAY) == expected


def test_weekday_means_next_such_day_on_or_after_today() -> None:
    wednesday = date(2026, 11, 18)
    assert find_due_date("by Friday", wednesday) == FRIDAY
    assert find_due_date("by Wednesday", wednesday) == wednesday
    assert find_due_date("by Tuesday", wednesday) == date(2026, 11, 24)
