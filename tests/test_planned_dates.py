"""Days of planned exchanges lean to the future."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.planned_dates import parse_planned

TUESDAY_IN_DECEMBER = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 March", date(2027, 3, 12)),  # already past this year: next March
        ("March 12", date(2027, 3, 12)),
        ("12th of March", date(2027, 3, 12)),
        ("on the 12th of March", date(2027, 3, 12)),
        ("12/03", date(2027, 3, 12)),
        ("20 December", date(2026, 12, 20)),  # still to come this year
        ("1 December", TUESDAY_IN_DECEMBER),  # today is not past
        ("Friday", date(2026, 12, 4)),  # the coming Friday
        ("fri", date(2026, 12, 4)),
        ("on Monday", date(2026, 12, 7)),
        ("tuesday", TUESDAY_IN_DECEMBER),
        # everything else means what it says
        ("12 March 2026", date(2026, 3, 12)),
        ("12/03/2026", date(2026, 3, 12)),
        ("2026-03-12", date(2026, 3, 12)),
        ("tomorrow", date(2026, 12, 2)),
        ("next tuesday", date(2026, 12, 8)),
        ("in 2 weeks", date(2026, 12, 15)),
        ("last monday", date(2026, 11, 30)),
        ("  12   March. ", date(2027, 3, 12)),
    ],
)
def test_planned_days_lean_to_the_future(text: str, expected: date) -> None:
    assert parse_planned(text, TUESDAY_IN_DECEMBER) == expected


@pytest.mark.parametrize("text", ["", "someday", "31 February", "12/13"])
def test_what_cannot_be_read_says_how_to_write_it(text: str) -> None:
    with pytest.raises(ValueError, match="can't read .* try 2026-03-12, 12 March, Friday"):
        parse_planned(text, TUESDAY_IN_DECEMBER)
