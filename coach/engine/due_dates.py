"""Reading when a commitment is due from the words a person answers with.

An answer is read in three steps. A habit ("every Tuesday and Friday", "on Sunday
nights") has no single due date and wins outright. Otherwise every date mentioned is
found with the words around it, and each is given a role: a deadline ("by Wednesday",
"before the 14th"), a plain date ("on Friday", "tomorrow"), the date of an event the
action is for ("for the review on Friday"), or a date that belongs to something else
("from next week", "about the March review", "last Tuesday"), which is never the due
date. The earliest deadline wins, then the latest plain date, then an event's date.

A period is due at its end: "next week" is its Friday, "June" is 30 June, "this
weekend" its Sunday. A deadline on a period is its start ("by next week": its Monday)
and "before" is the day before ("before the 14th": the 13th). A date something else
starts from counts only when the action is telling someone about it ("Tell Priya she
runs planning from next week"): it is due the day before. Weekdays and dates without a
year point forward. Everything is read against the ``now`` passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from coach.engine.dates import (
    MONTHS,
    WEEKDAYS,
    DueReading,
    _day_month,
    _delta,
    _month,
    _number,
    _weekday,
    _year,
    after,
    end_of_month,
    on_or_after,
    start_of_week,
)

_WINDOW = 60  # how far around a date its words are read


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    first: date
    last: date
    kind: str  # day, period, past, time or end ("the end of ..." is a deadline itself)
    names: bool = False  # a weekday or month name that can stand for a thing ("the March review")


_WD_IN = (
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|tue|weds|wed"
    r"|thurs|thur|thu|mon|fri)\b\.?"
)  # "sat" and "sun" are ordinary words inside a sentence
_WD_ANY = _WD_IN.replace("?P<wd>", "?:")
_WD_PLURAL = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days"
_MON_FULL = "|".join(MONTHS)
_MON_IN = rf"(?P<mon>{_MON_FULL}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
_MON_NAMED = rf"(?P<mon>{_MON_FULL}|sept)\b"  # month first ("March 12"): full names only
_TIMES = r"(?:mornings?|afternoons?|evenings?|nights?|lunchtimes?)"
_EVENTS = (
    r"meeting|meetings|session|sessions|review|reviews|call|calls|1:1|1:1s|121|one[- ]to[- ]ones?"
    r"|catch[- ]?ups?|check[- ]?ins?|offsite|away day|workshop|conference|interview|presentation"
    r"|launch|deadline|event|appraisal|stand[- ]?ups?|huddle|retro|planning|board|visit|trip"
    r"|holiday|leave|appointment|shift|class|lesson|training|supervision|handover|briefing"
)
_NUMS = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few)"
_UNITS = r"(?:day|week|wk|fortnight|month|year)s?"
#: "tomorrow" as it is typed in a hurry ("tmrw", "2moro", "tomoz", "tommorow").
_TOMORROW = r"(?:tomorrow|tomorow|tommorow|tommorrow|tomorro|tmrw|tmrow|tmr|tmoz|tomoz|2moro|2morrow|2mrw|2moz)"
_TOMORROW_WORDS = "tomorrow tomorow tommorow tommorrow tomorro tmrw tmrow tmr tmoz tomoz moro morrow mrw moz"
_WEEK = r"(?:week|wk)"
_NEXT = r"(?:next|nxt)"

# Habits: a rhythm rather than a day. Each pattern's whole match is the habit's words.
_HABIT_PATTERNS = (
        rf"\b(?:in |at |on |for )?(?:every|each)\s+(?:other\s+|single\s+|working\s+)?"
        rf"(?:{_WD_ANY}(?:\s*(?:,|and|&|or)\s*{_WD_ANY})*(?:\s+{_TIMES})?|{_TIMES}|day|week"
        rf"|weekday|weekend|month|fortnight|quarter|year|time|(?:[\w-]+\s+){{0,2}}?(?:{_EVENTS}))\b",
        rf"\b(?:on\s+)?{_WD_PLURAL}(?:\s*(?:,|and|&|or)\s*{_WD_PLURAL})*\b",
        rf"\b(?:on\s+)?{_WD_ANY}(?:\s*,\s*{_WD_ANY})*\s+(?:and|&)\s+{_WD_ANY}"
        rf"(?:\s+{_TIMES})?\b",
        rf"\b(?:on\s+)?(?:{_WD_ANY}|weekday)\s+(?:mornings|afternoons|evenings|nights|lunchtimes)\b",
        r"\b(?:on |at |in the |at the )?(?:weekdays|weekends|mornings|evenings|lunchtimes)\b",
        rf"\b(?:once|twice|{_NUMS} times)\s+(?:a|per|each|every)\s+(?:day|week|fortnight|month)\b",
        rf"\b{_NUMS}\s+(?:minutes?|mins?|hours?|hrs?)\s+(?:a|per|each)\s+(?:day|week)\b",
        r"\b(?:daily|weekly|fortnightly|monthly|nightly|everyday)\b",
        r"\b(?:from now on|going forward|whenever\b[^,.;!?]*|each time\b[^,.;!?]*)",
)
_WEEKDAY_WORDS = " ".join(WEEKDAYS) + " tues tue weds wed thurs thur thu mon fri"
#: The words one of which each habit pattern needs, in the same order.
_HABIT_NEEDS = (
    "every each",
    "mondays tuesdays wednesdays thursdays fridays saturdays sundays",
    _WEEKDAY_WORDS,
    _WEEKDAY_WORDS + " weekday",
    "weekdays weekends mornings evenings lunchtimes",
    "once twice times",
    "minutes minute mins min hours hour hrs hr",
    "daily weekly fortnightly monthly nightly everyday",
    "now forward whenever time",
)
_HABITS = [
    (re.compile(p, re.IGNORECASE), frozenset(needs.split()))
    for p, needs in zip(_HABIT_PATTERNS, _HABIT_NEEDS, strict=True)
]
_TOKEN = re.compile(r"[^\W\d_]+|\d", re.IGNORECASE)
_PAD = 60  # characters either side of a word that may start or end a date


def _windows(sentence: str, needs: frozenset[str]) -> list[tuple[int, int, frozenset[str]]]:
    """The stretches of ``sentence`` around words in ``needs`` ("#": a digit), each cut at
    spaces, with the words in it: only there can a date or a habit be."""
    hits = []
    for token in _TOKEN.finditer(sentence):
        word = token.group().lower()
        word = "#" if word.isdigit() else word
        if word in needs:
            hits.append((token.start(), token.end(), word))
    windows: list[tuple[int, int, set[str]]] = []
    for start, end, word in hits:
        if windows and start - _PAD <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end + _PAD), windows[-1][2])
            windows[-1][2].add(word)
        else:
            windows.append((start - _PAD, end + _PAD, {word}))
    out = []
    for start, end, words in windows:
        start = 0 if start <= 0 else sentence.rfind(" ", 0, start) + 1
        cut = sentence.find(" ", end) if end < len(sentence) else -1
        out.append((start, len(sentence) if cut == -1 else cut, frozenset(words)))
    return out
# A bare list of weekdays is not a habit after a word that makes it one-off.
_HABIT_TRIGGERS = frozenset().union(*(needs for _, needs in _HABITS))
_ONE_OFF_LIST = re.compile(r"\b(?:by|before|next|this|last|from|until|till|since|after)\s+$")
_ADJECTIVE_BEFORE = re.compile(r"\b(?:the|a|an|my|our|your|his|her|their|this|that)\s+$")


def _habit(sentence: str) -> tuple[str, int] | None:
    windows = _windows(sentence, _HABIT_TRIGGERS)
    for number, (pattern, needs) in enumerate(_HABITS):
        for match in (m for start, end, words in windows if needs & words
                      for m in pattern.finditer(sentence, start, end)):
            before = sentence[max(0, match.start() - _WINDOW) : match.start()].lower()
            if number == 2 and _ONE_OFF_LIST.search(before):
                continue
            if number == 7 and _ADJECTIVE_BEFORE.search(before):
                continue  # "the weekly report" names a thing, it is not a rhythm
            words = match.group().strip()
            if number == 8 and len(words.split()) > 10:
                words = " ".join(words.split()[:10])
            return words, match.start()
    return None


def end_of_week(day: date) -> date:
    """The end of the working week: its Friday, or the Sunday once Friday has passed."""
    return on_or_after(day, 4) if day.weekday() <= 4 else on_or_after(day, 6)


def _weekend(day: date) -> tuple[date, date]:
    if day.weekday() == 6:
        return day, day
    saturday = on_or_after(day, 5)
    return saturday, saturday + timedelta(days=1)


def _month_ahead(month: int, today: date) -> tuple[date, date]:
    """The month named, this year unless it has passed (then next year)."""
    year = today.year if month >= today.month else today.year + 1
    first = date(year, month, 1)
    return max(first, today), end_of_month(first)


def _nth_ahead(day: int, today: date) -> date:
    """The next ``day`` of a month on or after ``today`` (the 31st skips short months)."""
    month = today.replace(day=1)
    for _ in range(13):
        try:
            found = month.replace(day=day)
        except ValueError:
            found = None
        if found is not None and found >= today:
            return found
        month += relativedelta(months=1)
    raise ValueError(day)


def _clock(match: re.Match[str], now: datetime) -> date:
    """A time of day: today if it is still to come, else tomorrow."""
    hour, minute = match["h"] or match["h2"], match["mi"] or match["mi2"]
    if hour is None:
        word = match["named"].lower()
        at = time(12) if word.startswith(("noon", "midday", "lunch")) else time(17, 30)
    else:
        h = int(hour) % 12 if match["ap"] else int(hour)
        if (match["ap"] or "").lower().startswith("p"):
            h += 12
        if h > 23:
            raise ValueError(hour)
        at = time(h, int(minute or 0))
    return now.date() if now.time() < at else now.date() + timedelta(days=1)


#: A holiday's date in a given year ("the new year" is its first day).
_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas": lambda y: date(y, 12, 25),
    "boxing day": lambda y: date(y, 12, 26),
    "new year's eve": lambda y: date(y, 12, 31),
    "new year": lambda y: date(y, 1, 1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "easter": easter,
    "easter monday": lambda y: easter(y) + timedelta(days=1),
}


def _holiday(words: str, today: date) -> date:
    """The next date (today or later) of the holiday ``words`` name ("Christmas",
    "boxing day", "the new year", "Easter")."""
    key = " ".join(words.lower().replace("’", "'").split())
    key = key.removeprefix("the ").replace("xmas", "christmas").replace("new years", "new year's")
    key = {"christmas day": "christmas", "new year's day": "new year",
           "easter sunday": "easter"}.get(key, key)
    of_year = _HOLIDAYS[key]
    found = of_year(today.year)
    return found if found >= today else of_year(today.year + 1)


def _day(d: date) -> tuple[date, date]:
    return d, d


_Finder = Callable[["re.Match[str]", datetime], tuple[date, date] | None]
_UNIT_WORDS = "day days week weeks wk wks fortnight fortnights month months year years"
_MONTH_WORDS = " ".join(MONTHS) + " jan feb mar apr jun jul aug sept sep oct nov dec"
#: Each kind of date: its pattern, kind, the words one of which it needs ("#": a digit),
#: and how to work it out.
_MENTIONS: list[tuple[str, str, str, _Finder]] = [
    (r"\b\d{4}-\d{2}-\d{2}\b", "day", "#", lambda m, n: _day(date.fromisoformat(m[0]))),
    (
        r"\b(?P<d>\d{1,2})/(?P<mo>\d{1,2})/(?P<y>\d{4})\b",
        "day", "#",
        lambda m, n: _day(date(int(m["y"]), int(m["mo"]), int(m["d"]))),
    ),
    (r"\b(?:yesterday|last night|(?:earlier|already) today)\b", "past", "yesterday last earlier already", lambda m, n: None),
    (rf"\blast (?:{_WD_ANY}|week|month|year|weekend|time)\b", "past", "last", lambda m, n: None),
    (rf"\b{_NUMS} {_UNITS} ago\b", "past", "ago", lambda m, n: None),
    (r"\bthis morning\b", "day", "morning", lambda m, n: _day(n.date()) if n.hour < 12 else None),
    (
        r"\b(?:today|tonight|this (?:afternoon|evening)|later (?:on )?today|later on"
        r"|(?:the )?end of (?:the |to)?day|close of (?:play|business)|eod|cob|cop)\b"
        # the end of a day named after it is that day's ("eod tmrw", "cob on Friday")
        rf"(?!,?\s+(?:on\s+|this\s+|{_NEXT}\s+)?(?:{_TOMORROW}|{_WD_ANY}|the\s+\d))",
        "day", "today tonight afternoon evening later end close eod cob cop",
        lambda m, n: _day(n.date()),
    ),
    (rf"\b(?:the )?day after {_TOMORROW}\b", "day", _TOMORROW_WORDS,
     lambda m, n: _day(n.date() + timedelta(days=2))),
    (
        rf"\b(?:first thing )?{_TOMORROW}(?: (?:morning|afternoon|evening|night|lunchtime))?\b"
        r"|\bfirst thing\b",
        "day", _TOMORROW_WORDS + " first",
        lambda m, n: _day(n.date() + timedelta(days=1)),
    ),
    (
        rf"\b(?:the )?end of (?:the |this )?(?:working )?{_WEEK}\b",
        "end", "end",
        lambda m, n: _day(end_of_week(n.date())),
    ),
    (
        rf"\b(?:the )?end of {_NEXT} {_WEEK}\b",
        "end", "end",
        lambda m, n: _day(start_of_week(n.date()) + timedelta(days=11)),
    ),
    (
        rf"\b(?:the )?(?:start|beginning) of {_NEXT} {_WEEK}\b",
        "day", "start beginning",
        lambda m, n: _day(start_of_week(n.date()) + timedelta(weeks=1)),
    ),
    (
        rf"\b(?:the )?(?:middle of|mid[- ]?){_NEXT} {_WEEK}\b",
        "day", "middle mid",
        lambda m, n: _day(start_of_week(n.date()) + timedelta(days=9)),
    ),
    (
        r"\b(?:the )?end of (?:the |this )?month\b",
        "end", "end",
        lambda m, n: _day(end_of_month(n.date())),
    ),
    (
        r"\b(?:the )?end of next month\b",
        "end", "end",
        lambda m, n: _day(end_of_month(n.date() + relativedelta(months=1))),
    ),
    (
        r"\b(?:the )?end of (?:the |this )?quarter\b",
        "end", "end",
        lambda m, n: _day(end_of_month(date(n.year, (n.month - 1) // 3 * 3 + 3, 1))),
    ),
    (r"\b(?:the )?end of (?:the |this )?year\b", "end", "end", lambda m, n: _day(date(n.year, 12, 31))),
    (
        r"\b(?P<hol>christmas eve|christmas day|christmas|xmas|boxing day|new year['’]?s eve"
        r"|new year['’]?s day|easter (?:sunday|monday)|good friday|easter)\b",
        "day", "christmas xmas boxing year years easter good",
        lambda m, n: _day(_holiday(m["hol"], n.date())),
    ),
    (  # "in the new year": its January; "by the new year": its first day
        r"\b(?:the )?(?P<hol>new year)\b",
        "period", "year",
        lambda m, n: (_holiday("new year", n.date()),
                      end_of_month(_holiday("new year", n.date()))),
    ),
    (
        rf"\b(?:the )?end of {_MON_IN}",
        "end", "end",
        lambda m, n: _day(_month_ahead(_month(m["mon"]), n.date())[1]),
    ),
    (  # "mid-March", "the middle of March": its 15th; "early March": its 7th
        rf"\b(?:the )?(?:(?P<mid>middle of |mid[- ]?)|early |the early part of ){_MON_IN}",
        "day", "middle mid early",
        lambda m, n: _day(date(_month_ahead(_month(m["mon"]), n.date())[1].year,
                               _month(m["mon"]), 15 if m["mid"] else 7)),
    ),
    (
        rf"\b(?:the )?(?:start|beginning) of {_MON_IN}",
        "day", "start beginning",
        lambda m, n: _day(date(_month_ahead(_month(m["mon"]), n.date())[1].year,
                               _month(m["mon"]), 1)),
    ),
    (
        r"\b(?:this|the|at the|over the) weekend\b",
        "period", "weekend",
        lambda m, n: _weekend(n.date()),
    ),
    (
        r"\bnext weekend\b",
        "period", "weekend",
        lambda m, n: _weekend(start_of_week(n.date()) + timedelta(weeks=1)),
    ),
    (rf"\bthis {_WEEK}\b", "period", "week wk", lambda m, n: (n.date(), end_of_week(n.date()))),
    (
        rf"\b(?:the )?{_WEEK} after {_NEXT}\b",
        "period", "week wk",
        lambda m, n: (start_of_week(n.date()) + timedelta(weeks=2),
                      start_of_week(n.date()) + timedelta(days=18)),
    ),
    (
        rf"\b{_NEXT} {_WEEK}\b",
        "period", "week wk",
        lambda m, n: (start_of_week(n.date()) + timedelta(weeks=1),
                      start_of_week(n.date()) + timedelta(days=11)),
    ),
    (r"\bthis month\b", "period", "month", lambda m, n: (n.date(), end_of_month(n.date()))),
    (
        r"\bnext month\b",
        "period", "month",
        lambda m, n: (n.date().replace(day=1) + relativedelta(months=1),
                      end_of_month(n.date() + relativedelta(months=1))),
    ),
    (
        rf"\b(?:with)?in (?:the next |a |the )?(?P<n>{_NUMS[3:-1]}|(?<=next )couple of)"
        rf" (?P<unit>{_UNITS})"
        r"(?:['’]s? time)?\b|\b(?P<n2>" + _NUMS[3:-1] + rf") (?P<unit2>{_UNITS}) from (?:now|today)\b",
        "day", _UNIT_WORDS,
        lambda m, n: _day(n.date() + _delta(_number(m["n"] or m["n2"]), m["unit"] or m["unit2"])),
    ),
    (
        rf"\bin (?:the next )?(?:a |the )?(?P<unit>day|week|wk|fortnight|month|year)(?:['’]s time)?\b",
        "day", _UNIT_WORDS,
        lambda m, n: _day(n.date() + _delta(1, m["unit"])),
    ),
    (
        rf"\b(?P<pre>a week on )?{_WD_IN}(?(pre)|\s+week\b)",
        "day", _WEEKDAY_WORDS,
        lambda m, n: _day(on_or_after(n.date(), _weekday(m["wd"])) + timedelta(weeks=1)),
    ),
    (rf"\bnext {_WD_IN}", "day", _WEEKDAY_WORDS, lambda m, n: _day(after(n.date(), _weekday(m["wd"])))),
    (
        rf"\b(?:this (?:coming )?|coming )?{_WD_IN}",
        "day", _WEEKDAY_WORDS,
        lambda m, n: _day(on_or_after(n.date(), _weekday(m["wd"]))),
    ),
    (
        rf"\b(?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MON_IN}(?:,? (?P<y>\d{{4}}))?",
        "day", "#",
        lambda m, n: _day(_day_month(int(m["d"]), _month(m["mon"]), _year(m), n.date(),
                                     future=True)),
    ),
    (
        rf"\b{_MON_NAMED}\.? (?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?P<y>\d{{4}}))?",
        "day", _MONTH_WORDS,
        lambda m, n: _day(_day_month(int(m["d"]), _month(m["mon"]), _year(m), n.date(),
                                     future=True)),
    ),
    (
        r"\b(?:the )?(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?=\s*(?:$|[,.;:!?)…]|(?:and|or|at"
        r"|latest|so|then|because|when|if|to|but|please)\b))",
        "day", "#",
        lambda m, n: _day(_nth_ahead(int(m["d"]), n.date())),
    ),
    (rf"\b{_MON_IN}(?: (?P<y>\d{{4}}))?", "period", _MONTH_WORDS, lambda m, n: _month_ahead(_month(m["mon"]), n.date())),
    (
        r"\b(?:by|at|before|until|till|around|for) (?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?"
        r" ?(?P<ap>am|pm|a\.m\.|p\.m\.)|(?P<h2>\d{1,2})[:.](?P<mi2>\d{2}))"
        r"|\b(?:by|at|before) (?P<named>noon|midday|lunch(?:time)?|home ?time|knocking off time)\b",
        "time", "# noon midday lunch lunchtime home hometime knocking",
        lambda m, n: None,  # worked out in _mentions with the clock
    ),
]
_COMPILED_MENTIONS = [
    (re.compile(p, re.IGNORECASE), k, frozenset(t.split()), f) for p, k, t, f in _MENTIONS
]
_MENTION_TRIGGERS = frozenset().union(*(needs for _, _, needs, _ in _COMPILED_MENTIONS))
_MONTH_ONLY = len(_MENTIONS) - 2  # a month on its own: only after a word that makes it a date
_MONTH_PREFIX = re.compile(
    r"\b(?:in|by|before|during|until|till|from|after|since|for|early|late|mid|of|over)\s+$"
)
_CLOCK = re.compile(
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))? ?(?P<ap>am|pm|a\.m\.|p\.m\.)|(?P<h2>\d{1,2})"
    r"[:.](?P<mi2>\d{2})|(?P<named>noon|midday|lunch(?:time)?|home ?time|knocking off time))",
    re.IGNORECASE,
)


def _mentions(sentence: str, now: datetime) -> list[_Mention]:
    found: list[tuple[int, int, int, _Mention]] = []
    windows = _windows(sentence, _MENTION_TRIGGERS)
    for number, (pattern, kind, needs, finder) in enumerate(_COMPILED_MENTIONS):
        for match in (m for start, end, words in windows if needs & words
                      for m in pattern.finditer(sentence, start, end)):
            before = sentence[max(0, match.start() - _WINDOW) : match.start()].lower()
            if number == _MONTH_ONLY and not _MONTH_PREFIX.search(before):
                continue  # "the March review", "may": a month alone is not a date
            try:
                if kind == "time":
                    clock = _CLOCK.search(match.group())
                    assert clock is not None
                    span: tuple[date, date] | None = _day(_clock(clock, now))
                elif kind == "past":
                    span = _day(date.min)
                else:
                    span = finder(match, now)
            except (ValueError, KeyError, OverflowError):
                continue
            if span is None:
                span, kind_found = _day(date.min), "past"
            else:
                kind_found = kind
            groups = match.groupdict()
            names = bool(groups.get("wd") or groups.get("mon") or groups.get("hol"))
            mention = _Mention(match.start(), match.end(), span[0], span[1], kind_found, names)
            found.append((match.start(), -(match.end() - match.start()), number, mention))
    chosen: list[_Mention] = []
    for _, _, _, mention in sorted(found, key=lambda f: f[:3]):
        if not chosen or mention.start >= chosen[-1].end:
            chosen.append(mention)
    return chosen


_BY = re.compile(
    r"\b(?:by|no later than|not later than|latest by|at the latest by|in time for|due)\s+"
    # "by close of play tomorrow", "by eod Friday": the end of the day named after it
    r"(?:(?:(?:the\s+)?end\s+of\s+(?:the\s+)?day|close\s+of\s+(?:play|business)|eod|cob|cop)"
    r",?\s+(?:on\s+)?)?$"
)
_BEFORE = re.compile(r"\b(?:before|ahead of|prior to|in advance of|earlier than)\s+$")
_FROM = re.compile(
    r"\b(?:from|starting|starting from|starting on|beginning|beginning on|as of|as from"
    r"|effective|effective from)\s+$"
)
_OTHER = re.compile(
    r"\b(?:since|after|following|until|till|til|up to|through|about|regarding|re|of)\s+$"
)
_ON = re.compile(r"\b(?:on|for|in|during|over|at|around|sometime|some time|early|late|mid)\s+$")
_AT_THE_LATEST = re.compile(r"^,?\s*(?:at the latest|latest)\b")
_THING_AFTER = re.compile(r"^(?:['’]s\b|\s+(?!and\b|or\b|at\b|to\b|so\b|then\b|if\b|when\b"
                          r"|because\b|but\b|latest\b|please\b|morning\b|afternoon\b"
                          r"|evening\b|night\b|lunchtime\b)[a-z])", re.IGNORECASE)
_THING_WORD = re.compile(r"^(?:['’]s)?\s+(?:off|[a-z][\w-]*)", re.IGNORECASE)
_EVENT_BEFORE = re.compile(rf"\b(?:{_EVENTS})\s+(?:on\s+|in\s+|at\s+|for\s+)?$", re.IGNORECASE)
_TELLING = re.compile(
    r"\b(?:tell|telling|let (?:\w+ ){1,3}know|inform|announce|explain|warn|remind|brief|message|text"
    r"|email|e-mail|ring|call|ask|agree|confirm|update|say|write to|speak to|talk to|chat to"
    r"|chat with|speak with|talk with|check with|give \w+ (?:a )?(?:heads[- ]up|notice))\b",
    re.IGNORECASE,
)


def _said_end(sentence: str, mention: _Mention) -> int:
    """Where the words a date was read from end: "Friday at the latest", "the Monday meeting"."""
    after = sentence[mention.end : mention.end + _WINDOW]
    tail = _AT_THE_LATEST.match(after) or (
        _THING_WORD.match(after) if _is_thing(sentence, mention) else None)
    return mention.end + (tail.end() if tail else 0)


def _is_thing(sentence: str, mention: _Mention) -> bool:
    """"the Thursday off", "Friday's meeting", "the March review": the date names a thing."""
    before = sentence[max(0, mention.start - 8) : mention.start].lower()
    after = sentence[mention.end : mention.end + _WINDOW]
    text = sentence[mention.start : mention.end].lower()
    return mention.names and (
        (before.endswith("the ") and not text.startswith("the ")) or after.startswith(("'s", "’s"))
    ) and bool(_THING_AFTER.match(after))


def _role(sentence: str, mention: _Mention) -> tuple[str, int]:
    """What a mentioned date is to the action, and where the words that say so begin.

    by / before: a deadline; plain: when it happens; event: the date of a meeting or
    review the action is for; from: when something else starts; other: not the due date.
    """
    offset = max(0, mention.start - _WINDOW)  # the words just before are what matter
    before = sentence[offset : mention.start].lower()
    after = sentence[mention.end : mention.end + _WINDOW]
    if mention.kind == "past":
        return "other", mention.start
    is_thing = _is_thing(sentence, mention)
    if is_thing:
        before = before[:-4] if before.endswith("the ") else before
    for pattern, role in ((_BY, "by"), (_BEFORE, "before"), (_FROM, "from"), (_OTHER, "other")):
        found = pattern.search(before)
        if found:
            if role == "before" and mention.kind == "end":
                role = "by"  # "before the end of the month" is by then
            return role, offset + found.start()
    if _AT_THE_LATEST.match(after):
        return "by", mention.start
    if is_thing:
        # Something done at or for that day's event is due then; about it, it is not.
        found = re.search(r"\b(?:for|at|in|during|on|ahead of)\s+(?:the\s+)?$", before)
        return ("event", offset + found.start()) if found else ("other", mention.start)
    plain = before
    found_on = _ON.search(plain)
    if found_on:
        plain = plain[: found_on.start()]
    if _EVENT_BEFORE.search(plain):
        event_start = _EVENT_BEFORE.search(plain)
        assert event_start is not None
        lead = plain[: event_start.start()]
        if re.search(r"\b(?:about|regarding|re|of|from|after|since)\s+(?:the\s+|my\s+|our\s+"
                     r"|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?$", lead):
            return "other", mention.start
        return "event", offset + found_on.start() if found_on else mention.start
    return "plain", offset + found_on.start() if found_on else mention.start


def reading(text: str, now: datetime) -> DueReading:
    """:func:`coach.engine.dates.read_due`: when a commitment is due, against ``now``."""
    sentence = " ".join(text.split())
    habit = _habit(sentence)
    if habit is not None:
        return DueReading(due=None, habit=habit[0], said=habit[0])
    today = now.date()
    picks: dict[str, list[tuple[date, int, str]]] = {}
    for mention in _mentions(sentence, now):
        role, begins = _role(sentence, mention)
        said = sentence[begins : _said_end(sentence, mention)].strip(" ,")
        if role == "by":
            value = mention.first
        elif role == "before":
            value = mention.first - timedelta(days=1)
        elif role == "from":
            value = mention.first
        elif role in ("plain", "event"):
            value = mention.last
        else:
            continue
        if mention.kind == "time":
            role = "time"
        if value >= today or role == "from":
            picks.setdefault(role, []).append((value, begins, said))
    if picks.get("by") or picks.get("before"):
        return _reading(min(picks.get("by", []) + picks.get("before", [])))
    for role in ("plain", "event", "time"):
        if picks.get(role):
            latest = max(value for value, _, _ in picks[role])
            return _reading(min(p for p in picks[role] if p[0] == latest))
    if picks.get("from") and _TELLING.search(sentence):
        # "Tell Priya she runs planning from next week": the telling comes before it.
        start, begins, said = min(picks["from"])
        if start - timedelta(days=1) >= today:
            return _reading((start - timedelta(days=1), begins, said))
    if picks.get("from"):
        # "hand PR reviews to Mina from Monday": no deadline, but a day it starts
        start, _, said = min(picks["from"])
        if start >= today:
            return DueReading(said=said, starts=start)
    return DueReading()


def _reading(pick: tuple[date, int, str]) -> DueReading:
    return DueReading(due=pick[0], said=pick[2])




#: An occasion a step is tied to that has no date of its own ("before half term", "after
#: the next session", "at the inspection"): said back so that the time they gave is
#: heard, though no date can be read from it.
_OCCASION = re.compile(
    r"\b(?:before|by|after|at|ahead of|in time for|until|till)\s+(?:the\s+|my\s+|our\s+"
    r"|their\s+|his\s+|her\s+|your\s+)?(?:(?:next|first|following|coming)\s+)?"
    r"(?:(?!(?:i|we|you|they|he|she|it)\b)[\w'’-]+\s+){0,2}?(?:half[- ]term|end of term|term"
    r"|holidays?|break|inspection|audit|ofsted|cqc|panel|budget|go[- ]live|" + _EVENTS
    + r")\b(?![ -]up\b)"
    r"|\bnext time (?:i|we) (?:see|meet|speak to|talk to|catch up with) \w+",
    re.IGNORECASE,
)


def occasion(text: str) -> str | None:
    """The undated occasion ``text`` ties a step to, in its words ("before half term"),
    or None."""
    found = _OCCASION.search(" ".join(text.split()))
    return found.group().rstrip(" ,.") if found else None
