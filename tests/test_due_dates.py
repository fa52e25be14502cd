"""Reading when a commitment is due: dates, habits, and dates that belong to something else."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from coach.engine.dates import DueReading, describe_due, find_due_date, read_due
from coach.engine.due_dates import occasion

NOW = datetime(2026, 12, 8, 10, 0)  # a Tuesday morning
TUE = date(2026, 12, 8)


def d(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)


@pytest.mark.parametrize(
    ("text", "due", "said"),
    [
        # weekdays and their short forms point forward; today's weekday is today
        ("message Jo on Friday", d(11), "on Friday"),
        ("ring the supplier mon", d(14), "mon"),
        ("send it by tues", TUE, "by tues"),
        ("draft it by Weds", d(9), "by Weds"),
        ("ask Sam thurs", d(10), "thurs"),
        ("book it fri", d(11), "fri"),
        ("call her next Tuesday", d(15), "next Tuesday"),
        ("post the rota this coming Thursday", d(10), "this coming Thursday"),
        ("chase the invoice Friday week", d(18), "Friday week"),
        ("a week on Monday I'll present it", d(21), "a week on Monday"),
        # days near now
        ("message Jo tomorrow", d(9), "tomorrow"),
        ("first thing tomorrow I'll call", d(9), "first thing tomorrow"),
        ("do it today", TUE, "today"),
        ("write to him tonight", TUE, "tonight"),
        ("sort the slides this afternoon", TUE, "this afternoon"),
        ("reply to Jo this morning", TUE, "this morning"),
        ("the day after tomorrow", d(10), "the day after tomorrow"),
        ("by the end of the day", TUE, "by the end of the day"),
        ("by 5pm", TUE, "by 5pm"),
        ("before 9am", d(9), "before 9am"),  # 9am has passed: tomorrow's
        ("by lunchtime", TUE, "by lunchtime"),
        # weeks, months, periods: due at their end; "by" means by their start
        ("by the end of the week", d(11), "by the end of the week"),
        ("end of the week", d(11), "end of the week"),
        ("sometime this week", d(11), "sometime this week"),
        ("next week", d(18), "next week"),
        ("sometime next week", d(18), "sometime next week"),
        ("by next week", d(14), "by next week"),
        ("before next week", d(13), "before next week"),
        ("early next week", d(18), "early next week"),
        ("by the end of next week", d(18), "by the end of next week"),
        ("the week after next", d(25), "the week after next"),
        ("ring Mum this weekend", d(13), "this weekend"),
        ("by the end of the month", d(31), "by the end of the month"),
        ("before the end of the month", d(31), "before the end of the month"),
        ("next month", d(31, 1, 2027), "next month"),
        ("end of June", d(30, 6, 2027), "end of June"),
        ("by the end of June", d(30, 6, 2027), "by the end of June"),
        ("by June", d(1, 6, 2027), "by June"),
        ("in January", d(31, 1, 2027), "in January"),
        ("by the end of the quarter", d(31), "by the end of the quarter"),
        # counted from now
        ("in two weeks", d(22), "in two weeks"),
        ("in 3 days", d(11), "in 3 days"),
        ("within a fortnight", d(22), "within a fortnight"),
        ("in a couple of days", d(10), "in a couple of days"),
        ("in a week's time", d(15), "in a week's time"),
        ("in a month", d(8, 1, 2027), "in a month"),
        ("ten days from now", d(18), "ten days from now"),
        # days of a month, future-leaning
        ("by the 14th", d(14), "by the 14th"),
        ("before the 14th", d(13), "before the 14th"),
        ("on the 3rd", d(3, 1, 2027), "on the 3rd"),  # the 3rd has passed this month
        ("book leave for the 23rd", d(23), "for the 23rd"),
        ("12 March", d(12, 3, 2027), "12 March"),
        ("by the 2nd of February", d(2, 2, 2027), "by the 2nd of February"),
        ("on December 20th", d(20), "on December 20th"),
        ("by 2026-12-20", d(20), "by 2026-12-20"),
        ("by 20/12/2026", d(20), "by 20/12/2026"),
        # several dates: the earliest deadline, else the latest plain date
        ("Send the draft by Weds, before the Thursday off", d(9), "by Weds"),
        ("by Weds… the Thursday off", d(9), "by Weds"),
        ("finish the report before the Thursday off", d(9), "before the Thursday off"),
        ("ask Sam on Wednesday and Jo on Friday", d(11), "on Friday"),
        ("call her tomorrow, and send the plan by Friday", d(11), "by Friday"),
        ("get the figures to Sam no later than Thursday", d(10), "no later than Thursday"),
        ("Friday at the latest", d(11), "Friday at the latest"),
        ("book the room tomorrow for the session on Friday", d(9), "tomorrow"),
        # a date that is when an event happens, the action being at or for it
        ("prep the slides for Friday's meeting", d(11), "for Friday's meeting"),
        ("ask the team for ideas in the Monday meeting", d(14), "in the Monday meeting"),
        ("hold the review on Friday", d(11), "on Friday"),
        ("raise it at the offsite next week", d(18), "next week"),
        # telling someone about a change that starts later: due the day before it starts
        ("Tell Priya she runs planning from next week", d(13), "from next week"),
        ("let the team know the new rota starts from the 21st", d(20), "from the 21st"),
    ],
)
def test_a_due_date_is_read_with_the_words_it_came_from(text: str, due: date, said: str) -> None:
    reading = read_due(text, NOW)
    assert (reading.due, reading.habit, reading.said) == (due, None, said)


@pytest.mark.parametrize(
    "text",
    [
        "ask about the March review",  # a month that names a thing
        "ask about Friday's meeting",
        "follow up on last Tuesday's meeting",  # the past is never due
        "write up what we said yesterday",
        "check how it went three days ago",
        "send the notes after Friday's meeting",  # after: when is unsaid
        "write up the notes of the planning meeting on Thursday",
        "Start the new rota from Monday",  # from: something else starts then
        "keep the cover going until the 14th",
        "I sat in the sun and listened",  # "sat", "sun" are words, not days
        "ask Jan 3 questions",  # a name, not January
        "I may ask for more",  # may, the word
        "book it asap",
        "listen more",
        "",
    ],
)
def test_no_date_rather_than_a_wrong_one(text: str) -> None:
    assert read_due(text, NOW).due is None


@pytest.mark.parametrize(("text", "starts", "said"), [
    ("Start the new rota from Monday", d(14), "from Monday"),
    ("hand PR reviews to Mina starting next week", d(14), "starting next week"),
    ("as of the 21st, stop taking calls after six", d(21), "as of the 21st"),
])
def test_a_start_is_kept_apart_from_a_deadline(text: str, starts: date, said: str) -> None:
    reading = read_due(text, NOW)
    assert (reading.due, reading.starts, reading.said) == (None, starts, said)
    assert describe_due(reading, NOW.date()) == (
        f"as starting {starts:%A} {starts.day} {starts:%B}, with no set due date")


def test_a_start_in_the_past_is_no_start() -> None:
    assert read_due("from last Monday I stopped answering after six", NOW).starts is None


def test_a_deadline_wins_over_a_start() -> None:
    reading = read_due("from Monday, hand the rota to Jas by the 18th", NOW)
    assert (reading.due, reading.starts) == (d(18), None)


def test_a_morning_already_past_is_not_due() -> None:
    afternoon = datetime(2026, 12, 8, 15, 0)
    assert read_due("sent it this morning", afternoon).due is None
    assert read_due("send it this morning", NOW).due == TUE


@pytest.mark.parametrize(
    ("text", "habit"),
    [
        ("go to the gym every Tuesday and Friday", "every Tuesday and Friday"),
        ("Go running Tuesday and Friday", "Tuesday and Friday"),
        ("plan the week on Sunday nights", "on Sunday nights"),
        ("review the week on Sunday evenings", "on Sunday evenings"),
        ("write three lines each morning", "each morning"),
        ("walk at lunch daily", "daily"),
        ("check in with Jo weekly", "weekly"),
        ("ask one open question every week", "every week"),
        ("speak up at every team meeting", "at every team meeting"),
        ("in each one-to-one, ask what they need", "in each one-to-one"),
        ("stop working late on Fridays", "on Fridays"),
        ("block out Mondays and Thursdays for deep work", "Mondays and Thursdays"),
        ("meditate for ten minutes a day", "ten minutes a day"),
        ("run twice a week", "twice a week"),
        ("from now on, pause before I answer", "from now on"),
        ("whenever I'm asked for a decision, ask what they think", "whenever I'm asked for a decision"),
        ("take a proper break every other day", "every other day"),
        ("Mon, Wed and Fri do a ten minute stand-up", "Mon, Wed and Fri"),
    ],
)
def test_a_habit_is_kept_in_their_words_with_no_single_due_date(text: str, habit: str) -> None:
    assert read_due(text, NOW) == DueReading(due=None, habit=habit, said=habit)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("send the weekly report by Friday", d(11)),  # a weekly thing, done once
        ("book the daily stand-up room for Thursday", d(10)),
        ("check in with every team lead by Friday", d(11)),  # every person, not every week
        ("ask each of them for a quote by Thursday", d(10)),
    ],
)
def test_one_off_actions_that_mention_rhythm_words_are_dated(text: str, due: date) -> None:
    reading = read_due(text, NOW)
    assert reading.habit is None and reading.due == due


def test_the_clock_is_the_one_passed_in() -> None:
    friday = datetime(2027, 1, 1, 9, 0)
    assert read_due("by Monday", friday).due == date(2027, 1, 4)
    assert read_due("by Monday", NOW).due == d(14)
    assert read_due("end of the week", datetime(2026, 12, 12, 9)).due == d(13)  # Saturday


def test_find_due_date_is_the_reading_s_due_date() -> None:
    for text in ("by the 14th", "every Tuesday and Friday", "Tell Priya she runs planning from "
                 "next week", "ask about the March review"):
        assert find_due_date(text, TUE) == read_due(text, datetime(2026, 12, 8)).due


@pytest.mark.parametrize(
    ("reading", "words"),
    [
        (DueReading(due=d(14)), "by Monday 14 December"),
        (DueReading(due=d(12, 3, 2027)), "by Friday 12 March 2027"),
        (DueReading(habit="every Tuesday and Friday"), "as a habit: every Tuesday and Friday"),
        (DueReading(), ""),
    ],
)
def test_describe_due(reading: DueReading, words: str) -> None:
    assert describe_due(reading, TUE) == words


@pytest.mark.parametrize(("text", "due", "said"), [
    ("meet Bev at 07:30", d(9), "at 07:30"),  # gone by ten: tomorrow
    ("ring the ward at 9.15", d(9), "at 9.15"),
    ("huddle at 16:45", TUE, "at 16:45"),  # still to come today
    ("send it at 3pm", TUE, "at 3pm"),
])
def test_a_time_of_day_is_today_if_still_to_come_else_tomorrow(text: str, due: date,
                                                               said: str) -> None:
    reading = read_due(text, NOW)
    assert (reading.due, reading.said) == (due, said)


@pytest.mark.parametrize("text", ["at 25:61", "catch the 7.10 train", "meet at 7"])
def test_what_is_no_time_of_day_gives_no_date(text: str) -> None:
    assert read_due(text, NOW).due is None


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("show the partners the figures before Christmas", d(24)),
        ("get the rota out by Christmas", d(25)),
        ("ring my sister on christmas eve", d(24)),
        ("send the cards by xmas", d(25)),
        ("clear the inbox by Boxing Day", d(26)),
        ("book the venue before the new year", d(31)),
        ("finish the appraisals by New Years Eve", d(31)),
        ("by the new year I'll have asked her", d(1, 1, 2027)),
        ("raise it with the board in the new year", d(31, 1, 2027)),
        ("agree the budget by Easter", d(28, 3, 2027)),
        ("draft the bid before Good Friday", d(25, 3, 2027)),
    ],
)
def test_holidays_are_read_as_their_next_date(text: str, due: date) -> None:
    assert read_due(text, NOW).due == due, text


def test_a_holiday_past_this_year_is_next_years() -> None:
    assert read_due("sort it by Christmas", datetime(2026, 12, 27, 9)).due == d(25, 12, 2027)


@pytest.mark.parametrize("text", ["sort the Christmas rota on Friday",
                                  "tell Jo about the Christmas party on Friday"])
def test_a_holiday_that_names_a_thing_is_not_the_date(text: str) -> None:
    assert read_due(text, NOW).due == d(11), text


def test_after_christmas_gives_no_date() -> None:
    assert read_due("I'll look at it after Christmas", NOW).due is None


@pytest.mark.parametrize(
    ("text", "due", "said"),
    [
        # the end of a day named after it is that day's, not today's
        ("get the rota to Sam by close of play tomorrow", d(9), "by close of play tomorrow"),
        ("finish the audit notes by eod Thurs", d(10), "by eod Thurs"),
        ("chase the invoices by cob on Friday", d(11), "by cob on Friday"),
        ("reply to the ward by end of day", TUE, "by end of day"),
        # "tomorrow" and "week" as they are typed in a hurry
        ("ring the agency tmrw", d(9), "tmrw"),
        ("speak to dom 2moro", d(9), "2moro"),
        ("sort the cover by tomoz", d(9), "by tomoz"),
        ("email the panel tommorow morning", d(9), "tommorow morning"),
        ("book the room nxt week", d(18), "nxt week"),
        ("do the handover notes this wk", d(11), "this wk"),
        ("check in with the new starters in 2 wks", d(22), "in 2 wks"),
        ("ask Ade in the next couple of days", d(10), "in the next couple of days"),
        # the middle or start of a month
        ("have the draft with the trustees by mid January", d(15, 1, 2027), "by mid January"),
        ("agree the budget by mid-march", d(15, 3, 2027), "by mid-march"),
        ("raise it with the board in the middle of February", d(15, 2, 2027),
         "in the middle of February"),
        ("send out the survey early January", d(7, 1, 2027), "early January"),
    ],
)
def test_hurried_and_approximate_dates_are_read(text: str, due: date, said: str) -> None:
    reading = read_due(text, NOW)
    assert (reading.due, reading.said) == (due, said), text


@pytest.mark.parametrize(("text", "tied"), [
    ("ring Ruth before half term", "before half term"),
    ("sort the log by the audit", "by the audit"),
    ("talk to her at handover", "at handover"),
    ("raise it ahead of the board", "ahead of the board"),
    ("ask her before we break up", None),  # "break up", not a break
    ("at least try", None),
    ("stop fixing things myself", None),
])
def test_the_occasion_a_step_is_tied_to_is_found_in_its_words(text: str, tied: str | None) -> None:
    assert occasion(text) == tied
