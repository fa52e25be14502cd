"""The listening scorecard of one speaker in a real conversation's transcript.

Each of the listener's turns is coded by the analyser with the turns before it as
context, then tallied with the practice scorecard's own codes and thresholds
(:mod:`coach.engine.practice_score`): questions, open and closed, several at once,
advice (said straight and hidden in a question), leading questions and reflections,
read against the MITI thresholds. The most instructive lines come with an open
alternative. :func:`scorecard_rows` gives the table that the command line prints as
Markdown and the app shows as a table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coach.engine.practice_score import (
    MITI_FAIR,
    MITI_GOOD,
    ListenerCard,
    Move,
    Tally,
    code_move,
)
from coach.engine.transcripts import Transcript, TranscriptError

if TYPE_CHECKING:
    from coach.engine.analyser import Analyser

#: MITI 3's thresholds for the share of questions that are open (fair / good), in %.
OPEN_FAIR = 50.0
OPEN_GOOD = 70.0
#: How many of the turns before each one are given to the analyser as context.
CONTEXT_TURNS = 3
#: How many lines are picked out as the most instructive.
INSTRUCTIVE = 3


@dataclass(frozen=True)
class Instructive:
    """A line worth learning from: what it was, why, and an open alternative."""

    turn: int  # its number among all the transcript's turns, from 1
    text: str
    label: str
    why: str
    alternative: str | None


@dataclass(frozen=True)
class TranscriptCard:
    listener: str
    others: tuple[str, ...]
    turns: int  # the listener's turns
    all_turns: int
    card: ListenerCard  # the practice scorecard's tally and moves
    leading: int
    advice_said: int
    advice_hidden: int
    instructive: tuple[Instructive, ...]
    #: the listener's turns longer than the analyser's limit, coded from their start
    cut_turns: int = 0
    #: the transcript file was longer than its limit and only its start was read
    cut_file: bool = False

    @property
    def tally(self) -> Tally:
        return self.card.tally

    @property
    def advice(self) -> int:
        return self.advice_said + self.advice_hidden

    @property
    def open_rating(self) -> str | None:
        """The share of open questions against MITI 3: ``good``, ``fair`` or ``below fair``."""
        share = self.tally.percent_open
        if share is None:
            return None
        return "good" if share >= OPEN_GOOD else "fair" if share >= OPEN_FAIR else "below fair"

    def to_dict(self) -> dict[str, Any]:
        t = self.tally
        return {
            "listener": self.listener, "others": list(self.others), "turns": self.turns,
            "all_turns": self.all_turns, "questions": t.questions, "open": t.open,
            "closed": t.closed, "multiple": t.multiple, "advice": self.advice,
            "advice_said": self.advice_said, "advice_hidden": self.advice_hidden,
            "leading": self.leading, "reflections": t.reflections, "input": t.input,
            "other": t.other, "percent_open": t.percent_open, "open_rating": self.open_rating,
            "reflection_to_question": t.reflection_to_question, "rating": t.rating,
            "instructive": [
                {"turn": i.turn, "text": i.text, "codes": i.label, "why": i.why,
                 "open_alternative": i.alternative} for i in self.instructive
            ],
            "helped": [m.text for m in self.card.helped],
            "cut_turns": self.cut_turns, "cut_file": self.cut_file,
        }


def score_transcript(
    transcript: Transcript, listener: str, analyser: Analyser | None = None,
    *, max_chars: int | None = None,
) -> TranscriptCard:
    """Code every turn of ``listener`` (matched without regard to case) in context.

    :class:`TranscriptError` when the transcript has fewer than two speakers or no
    speaker of that name (the message lists the names).
    """
    from coach.engine.analyser import MAX_CHARS, default_analyser, explain
    from coach.engine.analyser_explain import open_alternative

    limit = max_chars or MAX_CHARS
    speakers = transcript.speakers
    if len(speakers) < 2:
        raise TranscriptError(
            f"the transcript has one speaker ({speakers[0] if speakers else 'none'}); a "
            "listening scorecard needs a conversation between two people or more")
    found = transcript.find(listener)
    if found is None:
        raise TranscriptError(
            f"no speaker called {listener!r} in the transcript; its speakers are "
            f"{_names(speakers)}")
    analyse = (analyser or default_analyser()).analyse
    moves: list[Move] = []
    numbers: list[int] = []
    analyses = []
    cut = 0
    texts = [t.text[:limit] for t in transcript.turns]
    for i, turn in enumerate(transcript.turns):
        if turn.speaker != found:
            continue
        text = texts[i]
        cut += len(turn.text) > limit
        a = analyse(text, context=texts[max(0, i - CONTEXT_TURNS):i])
        moves.append(code_move(text, a, explain(a, text)))
        numbers.append(i + 1)
        analyses.append(a)
    others = tuple(s for s in speakers if s != found)
    card = ListenerCard(found, ", ".join(others), Tally.of(moves), moves=tuple(moves))
    hidden = sum(1 for a in analyses if a.advice and a.act == "question")
    said = sum(1 for a in analyses if a.advice and a.act != "question")
    leading = sum(1 for a in analyses if a.leading)
    picked = _instructive(moves, numbers, open_alternative)
    return TranscriptCard(found, others, len(moves), len(transcript.turns), card, leading,
                          said, hidden, picked, cut, transcript.cut)


def _names(speakers: Sequence[str]) -> str:
    return ", ".join(speakers)


def _instructive(moves: list[Move], numbers: list[int],
                 alternative_to: Callable[[str], str]) -> tuple[Instructive, ...]:
    """The moves that most got in the speaker's way, worst first, with what to ask."""
    ranked = sorted((m.weight, k) for k, m in enumerate(moves) if m.weight < 0)
    picked = []
    for _, k in ranked[:INSTRUCTIVE]:
        move = moves[k]
        lines = [line for line in move.note.splitlines() if line.strip()]
        alternative = next((line.split(": ", 1)[1].strip('"') for line in lines
                            if line.startswith("An open alternative:")), None)
        why = next((line for line in lines[1:] if not line.startswith("An open alternative")),
                   lines[0] if lines else move.label)
        if alternative is None and ("closed" in move.codes or "input" in move.codes):
            alternative = alternative_to(move.text)
        picked.append(Instructive(numbers[k], move.text, move.label, why, alternative))
    return tuple(picked)


def scorecard_rows(card: TranscriptCard) -> list[tuple[str, str, str]]:
    """(measure, count, how it reads) for each line of the scorecard's table."""
    t = card.tally
    share = t.percent_open
    ratio = t.reflection_to_question
    if share is None:
        open_reading = "no questions asked"
    else:
        open_reading = (f"{share:g}% of questions, {card.open_rating} (MITI 3: "
                        f"{OPEN_FAIR:g}% fair, {OPEN_GOOD:g}% good)")
    if ratio is not None:
        ratio_text = f"{ratio:g}"
        reading = f"{t.rating} (MITI 4: {MITI_FAIR:g} fair, {MITI_GOOD:g} good)"
    else:
        ratio_text = "-"
        reading = ("no questions, and reflections: good" if t.reflections
                   else "no questions and no reflections")
    return [
        ("turns coded", str(card.turns), f"of {card.all_turns} in the transcript"),
        ("questions", str(t.questions), ""),
        ("open questions", str(t.open), open_reading),
        ("closed questions", str(t.closed), "advice in a question counts as closed"),
        ("several questions at once", str(t.multiple), ""),
        ("advice", str(card.advice),
         f"{card.advice_said} said straight, {card.advice_hidden} hidden in a question"),
        ("leading questions", str(card.leading), ""),
        ("reflections", str(t.reflections), ""),
        ("reflections per question", ratio_text, reading),
    ]


def render_markdown(card: TranscriptCard, source: str = "") -> str:
    """The scorecard as Markdown: the table, then the most instructive lines."""
    title = f"# Listening scorecard: {card.listener}"
    lines = [title, ""]
    with_whom = f" with {', '.join(card.others)}" if card.others else ""
    lines.append(f"{card.listener}'s turns in the conversation{with_whom}"
                 + (f" ({source})" if source else "") + ".")
    if card.cut_file:
        lines.append("Only the start of a very long transcript was read.")
    lines += ["", "| measure | count | how it reads |", "|---|---|---|"]
    lines += [f"| {m} | {c} | {r} |" for m, c, r in scorecard_rows(card)]
    lines += notes_lines(card, heading="## ", quotes='""')
    return "\n".join(lines) + "\n"


def notes_lines(card: TranscriptCard, *, heading: str = "", quotes: str = "“”") -> list[str]:
    """The most instructive lines, with open alternatives, and what helped most: one
    wording for the Markdown report and the app (``heading`` marks the headings)."""
    lines: list[str] = []
    left, right = quotes[0], quotes[1]
    if card.instructive:
        lines += ["", f"{heading}The most instructive lines", ""]
        for n, item in enumerate(card.instructive, 1):
            lines.append(f"{n}. Turn {item.turn}: {left}{_one_line(item.text)}{right}"
                         f" ({item.label})")
            lines.append(f"   {item.why}")
            if item.alternative:
                lines.append(f"   An open alternative: {left}{item.alternative}{right}")
    if card.card.helped:
        lines += ["", f"{heading}What helped most", ""]
        lines += [f"- {left}{_one_line(m.text)}{right} ({m.label})" for m in card.card.helped]
    return lines


def _one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
