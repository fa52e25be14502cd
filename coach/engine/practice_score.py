"""Coding the listener's moves and scoring them: tallies, ratios and the scorecard.

Question and reflection counts are read against the MITI 4 thresholds: one reflection
per question is fair, two is good. Advice is counted whether it is hidden in a question
("Have you tried asking her?") or said outright ("You should ask her"): one count,
called "advice" in the running tally and on the scorecard alike, and each move's label
says which it was.

The scorecard's words (its table rows, its headings, its facts) are made here once, for
the Markdown kept in the journal, the line mode and the app's table alike.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coach.engine.analyser import Analysis


LABELS = {
    "open": "open question",
    "closed": "closed question",
    "multiple": "several questions at once",
    "advice": "advice in a question",
    "advice_said": "advice said outright",
    "reflection": "reflection",
    "input": "input",
    "other": "encourager",
}
MITI_FAIR = 1.0  # MITI 4: one reflection per question is fair ...
MITI_GOOD = 2.0  # ... and two per question is good


@dataclass(frozen=True)
class Move:
    """One thing the listener said, coded: ``weight`` > 0 helped, < 0 hindered."""

    text: str
    codes: tuple[str, ...]
    note: str
    weight: int = 0
    at: float = 0.0

    @property
    def label(self) -> str:
        return ", ".join(LABELS[c] for c in self.codes)


@dataclass(frozen=True)
class Attempt:
    """One play-back and the speaker's verdict on it."""

    text: str
    confirmed: bool
    missed: str = ""


def codes_of(a: Analysis) -> tuple[str, ...]:
    """Tally codes: advice hidden in a question counts as advice and as closed; advice
    said outright counts as advice and as what else the move was (usually input)."""
    if a.act == "question":
        codes = ["closed" if a.advice else (a.question or "closed")]
        if a.multiple:
            codes.append("multiple")
        if a.advice:
            codes.append("advice")
        return tuple(codes)
    kind = {"reflection": "reflection", "input": "input"}.get(a.act, "other")
    return (kind, "advice_said") if a.advice else (kind,)


def weight_of(a: Analysis, codes: tuple[str, ...]) -> int:
    if "reflection" in codes:
        return 3
    weight = 2 if codes[0] == "open" else -1 if codes[0] in ("closed", "input") else 0
    if "multiple" in codes:
        weight = min(weight, 0) - 1
    if a.leading:
        weight = min(weight, 0) - 1
    if a.advice:
        weight = -3
    return weight


#: The beginnings of the explanation lines that matter most to a listener, in order.
_MOST_TELLING = ("There is advice", "It is leading", "It asks more than one", "An open alternative")


def key_lines(note: str, limit: int = 2) -> list[str]:
    """What a listener most needs from ``note``: what the move was, then the most telling
    line after it (advice, then leading, then several questions, then an open alternative).
    """
    lines = [line for line in note.splitlines() if line.strip()]
    if not lines:
        return []

    def rank(line: str) -> int:
        return next((i for i, start in enumerate(_MOST_TELLING) if line.startswith(start)),
                    len(_MOST_TELLING))

    return [lines[0], *sorted(lines[1:], key=rank)][:limit]


def live_feedback(move: Move) -> list[str]:
    """What the listener is told as a move is logged: how it was coded (in the
    scorecard's words), then the most telling lines of the explanation."""
    return [f"Coded as: {move.label}", *key_lines(move.note)]


def code_move(text: str, analysis: Analysis, note: str, *, at: float = 0.0) -> Move:
    codes = codes_of(analysis)
    return Move(text, codes, note, weight_of(analysis, codes), at)


@dataclass(frozen=True)
class Tally:
    open: int = 0
    closed: int = 0
    multiple: int = 0
    advice: int = 0
    reflections: int = 0
    input: int = 0
    other: int = 0

    @classmethod
    def of(cls, moves: list[Move] | tuple[Move, ...]) -> Tally:
        counts = dict.fromkeys(LABELS, 0)
        for move in moves:
            for code in move.codes:
                counts[code] += 1
        counts["reflections"] = counts.pop("reflection")
        counts["advice"] += counts.pop("advice_said")  # said or hidden, advice is advice
        return cls(**counts)

    @property
    def questions(self) -> int:
        return self.open + self.closed

    @property
    def percent_open(self) -> float | None:
        return round(100 * self.open / self.questions, 1) if self.questions else None

    @property
    def reflection_to_question(self) -> float | None:
        return round(self.reflections / self.questions, 2) if self.questions else None

    @property
    def rating(self) -> str | None:
        """Against the MITI 4 thresholds: ``good``, ``fair`` or ``below fair``."""
        ratio = self.reflection_to_question
        if ratio is None:
            return "good" if self.reflections else None
        return "good" if ratio >= MITI_GOOD else "fair" if ratio >= MITI_FAIR else "below fair"

    def counts(self) -> dict[str, int]:
        return asdict(self)


#: The scorecard's table: (Tally field, what the row is called), in order.
TALLY_ROWS = (
    ("open", "open questions"),
    ("closed", "closed questions"),
    ("multiple", "several questions at once"),
    ("advice", "advice (in a question or said outright)"),
    ("reflections", "reflections"),
    ("input", "input"),
    ("other", "encouragers and other"),
)
MITI_NOTE = "MITI 4: 1 to 1 is fair, 2 to 1 is good"


def tally_rows(tally: Tally) -> list[tuple[str, int]]:
    """(row name, count) for each row of the scorecard's table."""
    counts = tally.counts()
    return [(name, counts[field]) for field, name in TALLY_ROWS]


def tally_line(tally: Tally, separator: str = " · ") -> str:
    """The running tally during a turn, with the scorecard's names for the counts."""
    t = tally
    parts = (f"open {t.open}", f"closed {t.closed}", f"multiple {t.multiple}",
             f"advice {t.advice}", f"reflections {t.reflections}", f"input {t.input}")
    return separator.join(parts)


def clock(seconds: float) -> str:
    """``4:05``."""
    return f"{int(seconds) // 60}:{int(seconds) % 60:02d}"


@dataclass(frozen=True)
class ListenerCard:
    name: str
    speaker: str
    tally: Tally
    attempts: tuple[Attempt, ...] = ()
    confirmed: bool = False
    seconds: float = 0.0
    moves: tuple[Move, ...] = ()

    @property
    def helped(self) -> tuple[Move, ...]:
        """Up to three moves that most helped the speaker, best first."""
        return tuple(sorted((m for m in self.moves if m.weight > 0), key=lambda m: -m.weight)[:3])

    @property
    def hindered(self) -> tuple[Move, ...]:
        """Up to three moves that most got in the speaker's way, worst first."""
        return tuple(sorted((m for m in self.moves if m.weight < 0), key=lambda m: m.weight)[:3])

    @property
    def heading(self) -> str:
        """``Bo listening to Ann``."""
        return f"{self.name} listening to {self.speaker}"

    def facts(self, turn_minutes: float) -> list[str]:
        """The lines under the table: open questions, the MITI ratio, the play-back and
        the turn's length."""
        t = self.tally
        lines = [
            "Open questions: no questions asked" if t.percent_open is None
            else f"Open questions: {t.percent_open:g}% of {t.questions}"
        ]
        if t.reflection_to_question is not None:
            lines.append(f"Reflections to questions: {t.reflection_to_question:g} to 1, "
                         f"{t.rating} ({MITI_NOTE})")
        elif t.reflections:
            lines.append(f"Reflections to questions: {t.reflections} reflections and no "
                         f"questions, good ({MITI_NOTE})")
        else:
            lines.append(f"Reflections to questions: none yet ({MITI_NOTE})")
        tries = len(self.attempts)
        if self.confirmed:
            lines.append(f"Play-back: confirmed on attempt {tries}")
        elif self.attempts:
            plural = "s" if tries != 1 else ""
            lines.append(f"Play-back: not confirmed after {tries} attempt{plural}")
        else:
            lines.append("Play-back: not tried")
        if self.seconds >= 1:
            lines.append(f"Turn: {clock(self.seconds)} of {clock(turn_minutes * 60)}")
        return lines

    def to_dict(self) -> dict[str, Any]:
        t = self.tally
        return {
            "name": self.name, "speaker": self.speaker, **t.counts(),
            "questions": t.questions, "percent_open": t.percent_open,
            "reflection_to_question": t.reflection_to_question, "rating": t.rating,
            "playback_attempts": len(self.attempts), "confirmed": self.confirmed,
            "turn_seconds": round(self.seconds),
            "helped": [m.text for m in self.helped],
            "hindered": [m.text for m in self.hindered],
        }


@dataclass(frozen=True)
class Scorecard:
    subject: str
    observer: str | None
    confidential: bool
    turn_minutes: float
    listeners: tuple[ListenerCard, ...]
    debrief: tuple[tuple[str, str], ...] = ()

    def redacted(self, *, keep_names: bool = False) -> Scorecard:
        """Only the numbers: no subject, moves, play-backs or debrief answers.

        Without ``keep_names`` each person is a partner by letter, the same in every
        round: the first speaker is Partner A and the first listener Partner B, so the
        first heading reads "Partner B listening to Partner A".
        """
        people: list[str] = []
        for c in self.listeners:
            people += [n for n in (c.speaker, c.name) if n not in people]
        names = {person: f"Partner {chr(65 + i)}" for i, person in enumerate(people)}
        cards = tuple(
            replace(c, moves=(), attempts=tuple(Attempt("", a.confirmed) for a in c.attempts),
                    name=c.name if keep_names else names[c.name],
                    speaker=c.speaker if keep_names else names[c.speaker])
            for c in self.listeners
        )
        return replace(self, subject="", listeners=cards, debrief=(),
                       observer=self.observer if keep_names else None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject or None, "observer": self.observer,
            "confidential": self.confidential, "turn_minutes": self.turn_minutes,
            "listeners": [c.to_dict() for c in self.listeners],
            "debrief": [{"question": q, "answer": a} for q, a in self.debrief],
        }


def render_scorecard(card: Scorecard) -> str:
    """The scorecard as Markdown, from ``journal/practice_scorecard.md.j2``."""
    from coach.resources import search_path
    from coach.templating import environment

    env = environment(search_path("journal"))
    env.filters["clock"] = clock
    text = env.get_template("practice_scorecard.md.j2").render(
        card=card, labels=LABELS, tally_rows=tally_rows)
    return "\n".join(line.rstrip() for line in text.strip().splitlines()) + "\n"


