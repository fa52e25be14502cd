"""Small helpers that turn store values into literal text for the screens.

Everything a person typed, or a file held, goes through :func:`literal`: into a
:class:`Content` as plain text, so markup-like text such as ``[bold]`` is shown exactly
as typed, with its control characters shown as ``\\x1b`` placeholders rather than sent
to the terminal (see :func:`coach.terminal.printable`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from textual.content import Content

from coach.terminal import printable

if TYPE_CHECKING:
    from coach.store import Commitment, Entry, SearchHit, SessionInfo

_SPACES = re.compile(r"\s+")


def literal(text: str) -> Content:
    """``text`` exactly as written: no markup read, control characters made visible."""
    return Content(printable(text))


def markup_literal(text: str) -> str:
    """``text`` for a place that reads Textual markup (the command palette), shown literally."""
    from textual.markup import escape

    return escape(printable(text))


def day(moment: date | datetime) -> str:
    """``3 Mar 2026``."""
    return f"{moment.day} {moment:%b %Y}"


def stamp(moment: datetime) -> str:
    return f"{day(moment)} {moment:%H:%M}"


def one_line(text: str, width: int = 60) -> str:
    """``text`` on one line, safe to show, cut to ``width`` characters."""
    flat = " ".join(printable(text).split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def entry_title(entry: Entry) -> str:
    """The title, or the start of the text, safe to show."""
    return printable(entry.title) if entry.title else one_line(entry.body, 50) or "(untitled)"


def mood_text(mood: int | None) -> str:
    """``mood 4/5``, or "" for an entry without a mood."""
    return "" if mood is None else f"mood {mood}/5"


def entry_label(entry: Entry, *, width: int = 60) -> Content:
    """One line: star, title, date, kind and mood, fitted into ``width`` cells."""
    star = "★ " if entry.starred else "  "
    head = Content(star).stylize("$warning", 0, 1) if entry.starred else Content(star)
    mood = f" · {mood_text(entry.mood)}" if entry.mood is not None else ""
    meta = f"  {day(entry.created)} · {printable(entry.kind)}{mood}"
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
    """The entry's label, and under it the snippet on one line with the matches in bold."""
    title = entry_label(hit.entry, width=width)
    pieces: list[tuple[str, str]] = []
    last = 0
    for start, end in hit.highlights:
        pieces += [(hit.snippet[last:start], ""), (hit.snippet[start:end], "bold $accent")]
        last = end
    pieces.append((hit.snippet[last:], ""))
    flat = [(_SPACES.sub(" ", printable(text)), style) for text, style in pieces]
    flat[0] = (flat[0][0].lstrip(), flat[0][1])
    flat[-1] = (flat[-1][0].rstrip(), flat[-1][1])
    return Content.assemble(title, "\n   ", Content.assemble(*flat).stylize("dim"))


def commitment_label(commitment: Commitment) -> Content:
    due = f"due {day(commitment.due)}" if commitment.due else "no date"
    return Content.assemble(
        literal(commitment.text),
        Content(f"  · {due} · made {day(commitment.created)}").stylize("dim"),
    )


def session_label(info: SessionInfo) -> Content:
    title = info.title or info.framework
    answers = "1 answer" if info.answers == 1 else f"{info.answers} answers"
    return Content.assemble(
        literal(title),
        Content(f"  · {info.status} · {answers} · {stamp(info.updated)}").stylize("dim"),
    )
