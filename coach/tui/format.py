"""Small helpers that turn store values into literal text for the screens.

Everything a person typed goes into a :class:`Content` as plain text, so markup-like
text such as ``[bold]`` is shown exactly as typed.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from textual.content import Content

if TYPE_CHECKING:
    from coach.store import Commitment, Entry, SearchHit, SessionInfo


def day(moment: date | datetime) -> str:
    """``3 Mar 2026``."""
    return f"{moment.day} {moment:%b %Y}"


def stamp(moment: datetime) -> str:
    return f"{day(moment)} {moment:%H:%M}"


def one_line(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def entry_title(entry: Entry) -> str:
    return entry.title or one_line(entry.body, 50) or "(untitled)"


def mood_text(mood: int | None) -> str:
    """``mood 4/5``, or "" for an entry without a mood."""
    return "" if mood is None else f"mood {mood}/5"


def entry_label(entry: Entry, *, width: int = 60) -> Content:
    """One line: star, title, date, kind and mood, fitted into ``width`` cells."""
    star = "★ " if entry.starred else "  "
    head = Content(star).stylize("$warning", 0, 1) if entry.starred else Content(star)
    mood = f" · {mood_text(entry.mood)}" if entry.mood is not None else ""
    meta = f"  {day(entry.created)} · {entry.kind}{mood}"
    room = width - len(star) - len(meta)
    if room < 12:
        meta = f"  {day(entry.created)}{mood}"
        room = width - len(star) - len(meta)
    if room < 10:  # a narrow list: a short date, and the mood as a number
        moment = entry.created
        short = f" · mood {entry.mood}" if entry.mood is not None else ""
        meta = f"  {moment.day} {moment:%b %y}{short}"
        room = width - len(star) - len(meta)
    title = Content(one_line(entry_title(entry), max(room, 8)))
    return Content.assemble(head, title, Content(meta).stylize("dim"))


def hit_label(hit: SearchHit, *, width: int = 60) -> Content:
    title = entry_label(hit.entry, width=width)
    snippet = Content(" ".join(hit.snippet.split()))
    for start, end in hit.highlights:
        snippet = snippet.stylize("bold $accent", start, end)
    return Content.assemble(title, "\n   ", snippet.stylize("dim"))


def commitment_label(commitment: Commitment) -> Content:
    due = f"due {day(commitment.due)}" if commitment.due else "no date"
    return Content.assemble(
        Content(commitment.text),
        Content(f"  · {due} · made {day(commitment.created)}").stylize("dim"),
    )


def session_label(info: SessionInfo) -> Content:
    title = info.title or info.framework
    answers = "1 answer" if info.answers == 1 else f"{info.answers} answers"
    return Content.assemble(
        Content(title),
        Content(f"  · {info.status} · {answers} · {stamp(info.updated)}").stylize("dim"),
    )
