"""What every move of a session shares: the state it keeps and how it speaks.

:class:`Voice` is the base of :class:`~coach.engine.session.Session`. It holds the
session's state and the few ways a line is made: said (a statement), asked (the one
question that then stands), recorded as it happens, and handed out in order. The
session's moves (stages, safety, commitments) are mixins over it, each in its own
module.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, Literal

from coach.engine.analyser import Analysis
from coach.engine.follow_ups import StageState
from coach.engine.model import ASKING_KINDS, Framework, Kind, OpenCommitment, Recorder, Turn
from coach.engine.phrases import WORD
from coach.engine.prompts import Prompts

Status = Literal["active", "paused", "finished", "stopped"]
#: What the session waits for: the state an answer arrives in.
Awaiting = Literal[
    "review-opening", "review", "review-status", "answer", "check", "playback",
    "playback-missed", "branch", "commitment", "commitment-action", "commitment-check",
    "commitment-doubt",
    "checkout", "risk",
    "gentle", "none",
]

#: The questions a reflection may come before (a clean question quotes them itself).
REFLECTED_BEFORE = frozenset({Kind.QUESTION, Kind.FOLLOW_UP, Kind.ENCOURAGER, Kind.REFRAME,
                              Kind.ANGLE, Kind.CLEAN, Kind.COMMITMENT, Kind.COMMITMENT_ACTION,
                              Kind.COMMITMENT_REVIEW, Kind.CHECKOUT})
#: Words that do not make two questions different.
QUESTION_STOP = frozenset(
    """and so what how is are was were do does did the a an to of that this it you your
    about there can could would will tell me more say""".split()
)


def question_key(text: str) -> str:
    """A question as compared for repeats: its content words, case folded and sorted, so
    "What else?" and "And what else?" are the same question."""
    words = {w.group().casefold().replace("’", "'") for w in WORD.finditer(text)}
    content = sorted(words - QUESTION_STOP) or sorted(words)
    return " ".join(content)


class Voice:
    """The session's state and its ways of speaking."""

    framework: Framework
    rng: random.Random
    prompts: Prompts
    recorder: Recorder | None
    reviews: list[OpenCommitment]
    now: Callable[[], datetime]
    analyse: Callable[[str], Analysis]
    reframes: bool
    transcript: list[Turn]
    next_index: int
    status: Status
    awaiting: Awaiting
    pending: Turn | None
    stage_state: StageState | None
    visited: list[str]
    commitment: str | None
    commitment_due: date | None
    commitment_habit: str | None
    _out: list[Turn]
    _asked: set[str]
    _reflection: str | None

    def today(self) -> date:
        return self.now().date()

    def _stage_id(self) -> str | None:
        return self.stage_state.stage.id if self.stage_state else None

    def _render(self, name: str, **context: Any) -> str:
        return self.prompts.render(name, self.rng, **context)

    def _say(self, kind: Kind, text: str, stage: str | None = None,
             data: dict[str, object] | None = None) -> Turn:
        turn = Turn(self.next_index, "coach", kind, text, stage, data or {})
        self._record(turn)
        self._out.append(turn)
        return turn

    def _ask(self, kind: Kind, text: str, stage: str | None,
             data: dict[str, object] | None = None) -> None:
        """Ask the one question that then stands, after any reflection waiting to be said."""
        assert kind in ASKING_KINDS, kind
        reflection, self._reflection = self._reflection, None
        if reflection and kind in REFLECTED_BEFORE:
            self._say(Kind.REFLECT, self._render("reflect", words=reflection), stage,
                      {"items": [reflection]})
        self._asked.add(question_key(text))
        self.pending = self._say(kind, text, stage, data)

    def _asked_before(self, question: str) -> bool:
        return question_key(question) in self._asked

    def _fresh(self, name: str, **context: Any) -> str | None:
        """One way of saying template ``name`` not yet asked in this session, or None."""
        options = [o for o in self.prompts.variants(name, **context)
                   if not self._asked_before(o)]
        if not options:
            return None
        return options[self.rng.randrange(len(options))] if len(options) > 1 else options[0]

    def _repeat_pending(self) -> None:
        if self.pending is not None:
            p = self.pending
            self.pending = self._say(Kind(p.kind), p.text, p.stage, dict(p.data))

    def _record(self, turn: Turn) -> None:
        self.next_index = turn.index + 1
        self.transcript.append(turn)
        if self.recorder is not None:
            self.recorder.record(turn)

    def _flush(self) -> list[Turn]:
        out, self._out = self._out, []
        return out

    def _end(self, status: Status) -> None:
        self.status = status
        self.awaiting = "none"
        self.pending = None

    # Moves that more than one mixin calls; each is defined by the mixin that owns it.

    def _command_pause(self) -> None:
        raise NotImplementedError

    def _command_stop(self) -> None:
        raise NotImplementedError

    def _continue_stage(self) -> None:
        raise NotImplementedError

    def _enter_stage(self, stage: Any) -> None:
        raise NotImplementedError

    def _acknowledge(self, text: str, stage: str | None, *, about_self: bool = False,
                     again: bool = False) -> bool:
        raise NotImplementedError

    def _begin_conversation(self) -> None:
        raise NotImplementedError

    def _ask_commitment(self) -> None:
        raise NotImplementedError

    def _ask_checkout(self) -> None:
        raise NotImplementedError

    def _volunteered_step(self, text: str) -> str | None:
        raise NotImplementedError

    def _reading(self, text: str) -> Any:
        raise NotImplementedError
