"""Practise listening: the pair exercise as a state machine with an injected clock.

A speaker talks about a subject for a timed turn while the listener's moves are
logged; each move is coded at once by the analyser. The listener then plays back
what they heard until the speaker confirms it, the pair swap roles, and everyone
debriefs. Nothing here waits: the clock is a function the caller supplies, and the
caller calls :meth:`Exercise.tick` whenever it wants the timers checked.

Phases, in order: ``ready`` -> ``thinking`` -> ``turn`` -> ``playback`` <->
``confirm`` -> ``swap`` (back to ``turn`` for the next round) -> ``debrief`` -> ``done``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal

from coach.engine.practice_score import (  # noqa: F401 - part of this module's interface
    LABELS,
    MITI_FAIR,
    MITI_GOOD,
    Attempt,
    ListenerCard,
    Move,
    Scorecard,
    Tally,
    code_move,
    codes_of,
    key_lines,
    render_scorecard,
    weight_of,
)

if TYPE_CHECKING:
    from coach.engine.analyser import Analysis

Phase = Literal["ready", "thinking", "turn", "playback", "confirm", "swap", "debrief", "done"]
Clock = Callable[[], float]

MIN_TURN_MINUTES = 1.0
MAX_TURN_MINUTES = 30.0
MAX_THINKING_SECONDS = 600


class PracticeError(ValueError):
    """An action that does not fit the exercise's current phase or settings."""


@dataclass(frozen=True)
class Setup:
    """Who is who, what to talk about and for how long."""

    speaker: str = "Speaker"
    listener: str = "Listener"
    observer: str | None = None
    subject: str = ""
    thinking_seconds: float = 60.0
    turn_minutes: float = 5.0
    confidential: bool = False
    rounds: int = 2

    def __post_init__(self) -> None:
        if not 0 <= self.thinking_seconds <= MAX_THINKING_SECONDS:
            raise PracticeError(
                f"thinking time must be between 0 and {MAX_THINKING_SECONDS} seconds"
            )
        if not MIN_TURN_MINUTES <= self.turn_minutes <= MAX_TURN_MINUTES:
            raise PracticeError(
                f"a turn must last between {MIN_TURN_MINUTES:g} and {MAX_TURN_MINUTES:g} minutes"
                " (five to ten suits most pairs)"
            )
        if self.rounds not in (1, 2):
            raise PracticeError("the exercise has one or two rounds")
        if self.speaker.strip().casefold() == self.listener.strip().casefold():
            raise PracticeError("the speaker and the listener need different names")

    def pair(self, index: int) -> tuple[str, str]:
        """(speaker, listener) for round ``index``: the second round swaps them."""
        return (self.speaker, self.listener) if index == 0 else (self.listener, self.speaker)


@dataclass(frozen=True)
class Countdown:
    """A pausable countdown measured on the caller's clock."""

    seconds: float
    started: float
    paused_at: float | None = None
    paused_for: float = 0.0

    def elapsed(self, now: float) -> float:
        stop = self.paused_at if self.paused_at is not None else now
        return max(0.0, stop - self.started - self.paused_for)

    def remaining(self, now: float) -> float:
        return max(0.0, self.seconds - self.elapsed(now))

    def pause(self, now: float) -> Countdown:
        return self if self.paused_at is not None else replace(self, paused_at=now)

    def resume(self, now: float) -> Countdown:
        if self.paused_at is None:
            return self
        return replace(self, paused_at=None, paused_for=self.paused_for + now - self.paused_at)


def build_scorecard(setup: Setup, rounds: list[_Round],
                    answers: list[tuple[str, str]]) -> Scorecard:
    cards = tuple(
        ListenerCard(r.listener, r.speaker, Tally.of(r.moves), tuple(r.attempts), r.confirmed,
                     r.seconds, tuple(r.moves))
        for r in rounds
    )
    return Scorecard(setup.subject, setup.observer, setup.confidential, setup.turn_minutes,
                     cards, tuple(answers))


@dataclass
class _Round:
    speaker: str
    listener: str
    moves: list[Move] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)
    pending: str | None = None
    confirmed: bool = False
    seconds: float = 0.0
    ended_by: str = ""


def _default_analyser(text: str) -> Analysis:
    from coach.engine.analyser import analyse

    return analyse(text)


def _default_explainer(analysis: Analysis, text: str) -> str:
    from coach.engine.analyser import explain

    return explain(analysis, text)


class Exercise:
    """One run of the exercise. Methods raise :class:`PracticeError` out of turn."""

    def __init__(
        self,
        setup: Setup,
        *,
        clock: Clock = time.monotonic,
        analyser: Callable[[str], Analysis] = _default_analyser,
        explainer: Callable[[Analysis, str], str] = _default_explainer,
        questions: tuple[str, ...] | None = None,
    ) -> None:
        self.setup = setup
        self.clock = clock
        self.analyser = analyser
        self.explainer = explainer
        if questions is None:
            from coach.engine.practice_subjects import debrief_questions

            questions = debrief_questions()
        self.questions = questions
        self.phase: Phase = "ready"
        self.rounds: list[_Round] = []
        self.timer: Countdown | None = None
        self.answers: list[tuple[str, str]] = []

    # -- where we are ------------------------------------------------------------------
    @property
    def current(self) -> _Round:
        if not self.rounds:
            raise PracticeError("no turn has started yet")
        return self.rounds[-1]

    @property
    def paused(self) -> bool:
        return self.timer is not None and self.timer.paused_at is not None

    def remaining(self) -> float | None:
        """Seconds left on the running countdown (thinking or turn), else ``None``."""
        return self.timer.remaining(self.clock()) if self.timer is not None else None

    def tally(self) -> Tally:
        """The running tally of the current listener's moves."""
        return Tally.of(self.current.moves) if self.rounds else Tally()

    def next_question(self) -> str | None:
        if self.phase != "debrief" or len(self.answers) >= len(self.questions):
            return None
        return self.questions[len(self.answers)]

    def _expect(self, *phases: Phase) -> None:
        if self.phase not in phases:
            wanted = " or ".join(phases)
            raise PracticeError(f"that belongs to the {wanted} step; this is the {self.phase} step")

    # -- moving on ---------------------------------------------------------------------
    def start(self) -> Phase:
        """Begin the thinking time (or the first turn when there is none)."""
        self._expect("ready")
        if self.setup.thinking_seconds > 0:
            self.phase = "thinking"
            self.timer = Countdown(self.setup.thinking_seconds, self.clock())
            return self.phase
        return self.begin_turn()

    def begin_turn(self) -> Phase:
        """Start the speaker's turn now, cutting any thinking time short."""
        self._expect("ready", "thinking")
        speaker, listener = self.setup.pair(0)
        self.rounds.append(_Round(speaker, listener))
        self.phase = "turn"
        self.timer = Countdown(self.setup.turn_minutes * 60, self.clock())
        return self.phase

    def tick(self) -> Phase:
        """Check the clock: a finished countdown moves the exercise on."""
        if self.timer is not None and self.timer.remaining(self.clock()) <= 0:
            if self.phase == "thinking":
                return self.begin_turn()
            if self.phase == "turn":
                return self.end_turn(by="time")
        return self.phase

    def pause(self) -> None:
        self._expect("thinking", "turn")
        assert self.timer is not None
        self.timer = self.timer.pause(self.clock())

    def resume(self) -> None:
        self._expect("thinking", "turn")
        assert self.timer is not None
        self.timer = self.timer.resume(self.clock())

    def log(self, text: str) -> Move | None:
        """Code one thing the listener said; blank text is ignored (``None``)."""
        self._expect("turn")
        if self.paused:
            raise PracticeError("the clock is paused; resume to carry on logging")
        if not text.strip():
            return None
        assert self.timer is not None
        analysis = self.analyser(text)
        move = code_move(text, analysis, self.explainer(analysis, text),
                         at=self.timer.elapsed(self.clock()))
        self.current.moves.append(move)
        return move

    def end_turn(self, by: str = "listener") -> Phase:
        self._expect("turn")
        assert self.timer is not None
        round_ = self.current
        round_.seconds = min(self.timer.elapsed(self.clock()), self.timer.seconds)
        round_.ended_by = by
        self.timer = None
        self.phase = "playback"
        return self.phase

    def play_back(self, summary: str) -> Phase:
        """The listener's summary of what they heard; the speaker confirms it next."""
        self._expect("playback")
        if not summary.strip():
            raise PracticeError("the play-back is empty; say back what you heard")
        self.current.pending = summary
        self.phase = "confirm"
        return self.phase

    def confirm(self, right: bool, missed: str = "") -> Phase:
        """The speaker's verdict on the latest play-back."""
        self._expect("confirm")
        round_ = self.current
        assert round_.pending is not None
        round_.attempts.append(Attempt(round_.pending, right, "" if right else missed.strip()))
        round_.pending = None
        if not right:
            self.phase = "playback"
            return self.phase
        round_.confirmed = True
        more = len(self.rounds) < self.setup.rounds
        self.phase = "swap" if more else "debrief" if self.questions else "done"
        return self.phase

    def swap(self) -> Phase:
        """Swap roles and start the next speaker's turn."""
        self._expect("swap")
        speaker, listener = self.setup.pair(len(self.rounds))
        self.rounds.append(_Round(speaker, listener))
        self.phase = "turn"
        self.timer = Countdown(self.setup.turn_minutes * 60, self.clock())
        return self.phase

    def answer(self, text: str) -> Phase:
        """An answer to the current debrief question (blank skips it)."""
        question = self.next_question()
        if question is None:
            raise PracticeError("there is no debrief question waiting")
        self.answers.append((question, text.strip()))
        if self.next_question() is None:
            self.phase = "done"
        return self.phase

    def finish(self) -> Scorecard:
        """Stop wherever the exercise is and return the scorecard."""
        if self.phase == "turn":
            self.end_turn(by="stopped")
        self.timer = None
        self.phase = "done"
        return self.scorecard()

    def scorecard(self) -> Scorecard:
        return build_scorecard(self.setup, self.rounds, self.answers)


#: A no, and what was missed after it: "no: the anger", "not quite - the bit about Sam".
_NO = re.compile(r"^(?:no+|n|nope|nah|not quite|not yet|not really)\b[\s:,.!-]*(.*)$",
                 re.I | re.S)


def read_confirmation(text: str) -> tuple[bool, str] | None:
    """The speaker's answer to "is that right?" after a play-back: ``(True, "")`` for any
    form of yes ("ya", "spot on", "pretty much"), ``(False, missed)`` for a no with what
    was missed after it ("no: the anger"), or a yes with more ("mostly, but ..."); None
    when it is neither. One reader for line mode and the app."""
    from coach.engine.replies import read_playback_reply

    stripped = text.strip()
    match = _NO.match(stripped)
    if match:
        return False, match.group(1).strip()
    verdict, rest = read_playback_reply(stripped)
    if verdict == "yes":
        return True, ""
    if verdict in ("yes-more", "correction", "no"):
        return False, rest if verdict != "no" else ""
    return None

