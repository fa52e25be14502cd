"""The write-up of a leadership exchange for a portfolio, as Markdown or as an HTML page.

Not a transcript (that stays in the journal): who, where, when and the role; what the
person wanted to learn and asked for feedback on; what they saw on the day (the notes,
grouped by tag); what they learned; the feedback; and the next steps made in this
exchange's own two conversations. Each conversation gives its stages' play-back points,
in the person's own words (:mod:`coach.engine.own_words`); filler, the coach's lines,
earlier commitments, the check-out and anything heard as risk are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from coach.engine.model import ASKING_KINDS, SAFETY_KINDS, Turn

if TYPE_CHECKING:
    from coach.store.exchanges import ExchangeStore
    from coach.store.models import ExchangeNote

FORMATS = ("md", "html")
TEMPLATES = {"md": "exchange_report.md.j2", "html": "exchange_report.html.j2"}

#: The report's sections in order, and their headings.
SECTIONS = {
    "learn": "What I wanted to learn",
    "show": "What I wanted to show",
    "asked": "What I asked for feedback on",
    "saw": "What I saw",
    "learned": "What I learned",
    "feedback": "Feedback given or received",
}
#: Which section each stage of the bundled exchange frameworks writes to. A stage not
#: listed (a framework of the person's own) goes to the conversation's own section.
STAGE_SECTIONS = {
    "exchange-host": {"the-visit": "show", "context-and-culture": "show",
                      "challenges": "learn", "feedback": "asked"},
    "exchange-observer": {"what-to-learn": "learn", "fresh-eyes": "asked",
                          "your-questions": "learn", "watch-for": "learn"},
    "exchange-reflect": {"what-you-saw": "saw", "what-struck-you": "learned",
                         "feedback": "feedback", "the-system": "learned",
                         "differently": "learned"},
}
PART_SECTION = {"prepare": "learn", "reflect": "learned"}
UNTAGGED = "Other notes"


def stage_points(turns: Sequence[Turn]) -> dict[str, list[str]]:
    """Each stage's key points in the person's words, stages in the order they came.

    A stage that ended with a play-back gives the version the person confirmed or
    settled on; one left early (``next``) gives the points of its answers.
    """
    from coach.engine.own_words import is_filler, key_points
    from coach.engine.playback import playback_items

    answers: dict[str, list[str]] = {}
    settled: dict[str, list[str]] = {}
    withheld: list[str] = []
    asked = ""
    for turn in turns:
        if turn.speaker == "coach":
            if turn.kind in ASKING_KINDS:
                asked = turn.kind
            items = turn.data.get("items")
            stage = turn.stage or ""
            if isinstance(items, list) and stage and (
                    turn.kind == "playback" or (turn.kind == "acknowledge" and stage in settled)):
                settled[stage] = [str(item) for item in items]  # the latest version stands
            continue
        if turn.kind != "answer":
            continue
        if turn.data.get("risk") or asked in SAFETY_KINDS:
            withheld.append(turn.text)
        elif turn.stage:
            answers.setdefault(turn.stage, []).append(turn.text)
    points: dict[str, list[str]] = {}
    for stage in dict.fromkeys([*answers, *settled]):
        said = answers.get(stage, [])
        items = settled.get(stage)
        if items is None:
            items = playback_items([a for a in said if not is_filler(a)])
        found = key_points(items, said, withheld)
        if found:
            points[stage] = found
    return points


def _sections(store: ExchangeStore, part: str, session_id: int | None,
              into: dict[str, list[str]]) -> dict[str, Any] | None:
    """Add a conversation's points to ``into``; returns its status, or None if not begun."""
    info = store.get_session(session_id) if session_id is not None else None
    if info is None:
        return None
    where = STAGE_SECTIONS.get(info.framework, {})
    for stage, found in stage_points(store.turns(info.id)).items():
        section = into[where.get(stage, PART_SECTION[part])]
        section.extend(p for p in found if p not in section)
    return {"session_id": info.id, "status": info.status,
            "finished": info.status == "finished"}


def _time(note: ExchangeNote, day: date | None) -> str:
    return f"{note.created:%H:%M}" if note.created.date() == day else (
        f"{note.created:%Y-%m-%d %H:%M}")


def note_groups(notes: Sequence[ExchangeNote], day: date | None) -> list[dict[str, Any]]:
    """The notes by their first tag, each group in time order; groups in the order their
    first note was taken; untagged notes last."""
    groups: dict[str, list[dict[str, Any]]] = {}
    untagged: list[dict[str, Any]] = []
    for note in sorted(notes, key=lambda n: (n.created, n.id)):
        shown = {"time": _time(note, day), "text": note.text, "also": list(note.tags[1:])}
        if note.tags:
            groups.setdefault(note.tags[0], []).append(shown)
        else:
            untagged.append(shown)
    listed = [{"tag": tag, "notes": items} for tag, items in groups.items()]
    if untagged:
        listed.append({"tag": UNTAGGED if listed else "", "notes": untagged})
    return listed


def write_up(store: ExchangeStore, exchange_id: int) -> dict[str, Any]:
    """Everything the report templates show, as plain values."""
    from coach.engine.dates import nice_date
    from coach.engine.own_words import is_filler
    from coach.engine.risk import speaks_of_risk

    exchange = store.require_exchange(exchange_id)
    points: dict[str, list[str]] = {key: [] for key in SECTIONS}
    preparation = _sections(store, "prepare", exchange.prepare_session_id, points)
    reflection = _sections(store, "reflect", exchange.reflect_session_id, points)
    own = {s for s in (exchange.prepare_session_id, exchange.reflect_session_id) if s}
    next_steps = [
        {"text": c.text, "due": nice_date(c.due.isoformat()) if c.due else None,
         "status": c.status}
        for c in store.commitments(None)
        if c.session_id in own and not is_filler(c.text) and not speaks_of_risk(c.text)
    ]
    notes = store.exchange_notes(exchange_id)
    when = f"{nice_date(exchange.day.isoformat())} {exchange.day.year}" if exchange.day else None
    return {
        "exchange": {"id": exchange.id, "title": exchange.title, "role": exchange.role,
                     "with": exchange.partner, "org": exchange.org, "when": when},
        "headings": SECTIONS,
        "points": points,
        "preparation": preparation,
        "reflection": reflection,
        "groups": note_groups(notes, exchange.day),
        "notes": len(notes),
        "next_steps": sorted(next_steps, key=lambda c: c["status"] != "open"),
    }


def render_report(store: ExchangeStore, exchange_id: int, fmt: str = "md") -> str:
    """The exchange's report as Markdown (``md``) or a self-contained HTML page (``html``)."""
    from coach.store.errors import StoreError
    from coach.store.templates import render, render_html

    if fmt not in FORMATS:
        raise StoreError(f"can't write the report as {fmt!r}: use md or html")
    context = write_up(store, exchange_id)
    text = (render if fmt == "md" else render_html)(TEMPLATES[fmt], **context)
    return text.strip("\n") + "\n"
