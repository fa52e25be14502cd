"""Plain, frozen values the engine hands to the store and the user interfaces."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Protocol

Speaker = Literal["coach", "you"]

#: Kinds of coach line. ``question``-like kinds end with a question to answer.
COACH_KINDS = (
    "opening",  # greeting at the start of a session
    "stage",  # announces a stage (not a question)
    "question",  # a framework's own question
    "encourager",  # minimal encourager after a short answer
    "angle",  # "I don't know" met with a question from another angle
    "clean",  # clean-language question over the person's own words
    "follow-up",  # a framework's follow-up question
    "reframe",  # problem talk or a role trap met with the matching question
    "playback",  # summary in the person's words, ending "Is that right?"
    "playback-missed",  # asks what the play-back missed
    "acknowledge",  # a short acknowledgement (not a question)
    "reflect",  # the person's key words said back before the next question
    "check",  # a stage's own check, such as a word limit
    "commitment-review",  # asks how an earlier commitment went
    "commitment-status",  # asks what to do with an earlier commitment
    "commitment",  # asks for one practical commitment
    "checkout",  # asks how the person feels now
    "close",  # the closing words (not a question)
    "risk",  # steps out of the script: support details, are you safe, pause/stop/carry on
    "risk-choice",  # offers pause, stop or carry on once more
    "gentle-opening",  # after a session where risk was heard: how are you today?
    "help",  # lists the commands
    "paused",  # says how to resume
    "stopped",  # the person stopped the session
    "ended",  # the answers ran out before the conversation ended
)

#: Kinds of line the person produces.
PERSON_KINDS = ("answer", "command")

#: Coach kinds that ask the person something.
ASKING_KINDS = frozenset(
    {
        "question",
        "encourager",
        "angle",
        "clean",
        "follow-up",
        "reframe",
        "playback",
        "playback-missed",
        "check",
        "commitment-review",
        "commitment-status",
        "commitment",
        "checkout",
        "risk",
        "risk-choice",
        "gentle-opening",
    }
)
#: The coach's lines when someone may be at risk: never summarised or quoted anywhere.
SAFETY_KINDS = frozenset({"risk", "risk-choice"})

@dataclass(frozen=True)
class Turn:
    """One line of a conversation, as said by the coach or the person.

    ``data`` carries facts the store acts on, recognised by their keys:

    - a new commitment (the person's answer to the commitment question):
      ``{"commitment": text, "due": "YYYY-MM-DD" | None, "habit": text | None}``
    - an earlier commitment reviewed (the person's answer): ``{"commitment_id": int,
      "status": "done" | "open" | "dropped", "note": text, "due": "YYYY-MM-DD" | None}``
      (the note is their words; a due date is a new one for carrying it on)
    - a play-back (coach): ``{"items": [...]}``, the play-back's points
    - a reframe (coach): ``{"focus": ..., "trap": ...}``
    - an answer that speaks of risk (the person's): ``{"risk": "suicide" | "self-harm"
      | "danger"}``; it is kept in the transcript and never played back or summarised
    - the risk response (coach): ``{"message": ..., "support": ..., "question": ...,
      "choices": ["pause", "stop", "carry on"]}``
    """

    index: int
    speaker: Speaker
    kind: str
    text: str
    stage: str | None = None
    data: Mapping[str, object] = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict[str, object]:
        return {
            "index": self.index,
            "speaker": self.speaker,
            "kind": self.kind,
            "stage": self.stage,
            "text": self.text,
            **({"data": dict(self.data)} if self.data else {}),
        }


@dataclass(frozen=True)
class Branch:
    """Go to ``goto`` when any of ``when`` appears in the stage's answers."""

    when: tuple[str, ...]
    goto: str


@dataclass(frozen=True)
class Stage:
    id: str
    title: str
    purpose: str
    questions: tuple[str, ...]
    follow_ups: tuple[str, ...] = ()
    playback: bool = False
    answers: int = 1
    next: str | None = None
    branches: tuple[Branch, ...] = ()
    max_words: int | None = None
    #: False for a stage that describes or notices: no reframe is offered in it.
    reframes: bool = True


@dataclass(frozen=True)
class Framework:
    id: str
    title: str
    purpose: str
    source: str
    suits: tuple[str, ...]
    stages: tuple[Stage, ...]
    path: str = ""
    #: False for frameworks that deliberately stay with the problem (no solution talk yet).
    reframes: bool = True

    def stage(self, stage_id: str) -> Stage:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def stage_index(self, stage_id: str) -> int:
        for i, stage in enumerate(self.stages):
            if stage.id == stage_id:
                return i
        raise KeyError(stage_id)


@dataclass(frozen=True)
class OpenCommitment:
    """A commitment from an earlier session, for the next session to follow up."""

    id: int
    text: str
    due: str | None = None  # ISO date
    made: datetime | None = None  # when the commitment was made
    habit: str | None = None  # "every Tuesday and Friday": a habit has no single due date

    def __post_init__(self) -> None:
        if isinstance(self.made, str):  # as a session's saved meta holds it
            object.__setattr__(self, "made", datetime.fromisoformat(self.made))


class Recorder(Protocol):
    """Receives every turn as it happens; must persist it before returning."""

    def record(self, turn: Turn) -> None: ...
