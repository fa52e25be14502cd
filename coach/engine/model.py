"""Plain, frozen values the engine hands to the store and the user interfaces."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal, Protocol

Speaker = Literal["coach", "you"]

class Kind(StrEnum):
    """Every kind of line in a conversation: one set for the engine, the store and the
    screens. A saved turn's kind is one of these values (a ``str``, so it compares equal
    to the text it is stored as)."""

    # The coach's lines.
    OPENING = "opening"  #: greeting at the start of a session
    STAGE = "stage"  #: announces a stage (not a question)
    QUESTION = "question"  #: a framework's own question
    ENCOURAGER = "encourager"  #: minimal encourager after a short answer
    ANGLE = "angle"  #: "I don't know" met with a question from another angle
    CLEAN = "clean"  #: clean-language question over the person's own words
    FOLLOW_UP = "follow-up"  #: a framework's follow-up question
    REFRAME = "reframe"  #: problem talk or a role trap met with the matching question
    PLAYBACK = "playback"  #: summary in the person's words, ending "Is that right?"
    PLAYBACK_MISSED = "playback-missed"  #: asks what the play-back missed
    ACKNOWLEDGE = "acknowledge"  #: a feeling or loss said back in their words (a statement)
    NOTE = "note"  #: a short word that is not a reflection: welcome back, noted, thanks
    REFLECT = "reflect"  #: the person's key words said back before the next question
    BRIDGE = "bridge"  #: says a question was answered already, in their words (not a question)
    BRANCH = "branch"  #: says which way the answers point and asks which fits
    CHECK = "check"  #: a stage's own check, such as a word limit
    REVIEW_OPENING = "review-opening"  #: what's better since last time, before the review
    COMMITMENT_REVIEW = "commitment-review"  #: asks how an earlier commitment went
    COMMITMENT_STATUS = "commitment-status"  #: asks what to do with an earlier commitment
    COMMITMENT = "commitment"  #: asks for one practical commitment
    COMMITMENT_ACTION = "commitment-action"  #: asks what they will do, when no action was said
    COMMITMENT_CHECK = "commitment-check"  #: the step said back with its date: is that right?
    CHECKOUT = "checkout"  #: asks how the person feels now
    CLOSE = "close"  #: the closing words (not a question)
    RISK = "risk"  #: steps out of the script: support details, are you safe, the choice
    RISK_CHOICE = "risk-choice"  #: offers pause, stop or carry on once more
    GENTLE_OPENING = "gentle-opening"  #: after a session where risk was heard
    HELP = "help"  #: lists the commands
    PAUSED = "paused"  #: says how to resume
    STOPPED = "stopped"  #: the person stopped the session
    ENDED = "ended"  #: the answers ran out before the conversation ended
    # The person's lines.
    ANSWER = "answer"
    COMMAND = "command"


#: Kinds of line the person produces.
PERSON_KINDS = frozenset({Kind.ANSWER, Kind.COMMAND})
#: Kinds of line the coach produces.
COACH_KINDS = tuple(k for k in Kind if k not in PERSON_KINDS)

#: Coach kinds that ask the person something.
ASKING_KINDS = frozenset(
    {
        Kind.QUESTION,
        Kind.ENCOURAGER,
        Kind.ANGLE,
        Kind.CLEAN,
        Kind.FOLLOW_UP,
        Kind.REFRAME,
        Kind.PLAYBACK,
        Kind.PLAYBACK_MISSED,
        Kind.BRANCH,
        Kind.CHECK,
        Kind.REVIEW_OPENING,
        Kind.COMMITMENT_REVIEW,
        Kind.COMMITMENT_STATUS,
        Kind.COMMITMENT,
        Kind.COMMITMENT_ACTION,
        Kind.COMMITMENT_CHECK,
        Kind.CHECKOUT,
        Kind.RISK,
        Kind.RISK_CHOICE,
        Kind.GENTLE_OPENING,
    }
)
#: The coach's lines when someone may be at risk: never summarised or quoted anywhere.
SAFETY_KINDS = frozenset({Kind.RISK, Kind.RISK_CHOICE})
#: The coach's lines that say the person's words back (reflections, in MITI's terms).
REFLECTING_KINDS = frozenset({Kind.ACKNOWLEDGE, Kind.REFLECT, Kind.PLAYBACK, Kind.BRIDGE,
                              Kind.BRANCH, Kind.COMMITMENT_CHECK})


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
    kind: str  # a Kind value
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
    #: True where the notes the person took (an exchange's day) are brought back, one
    #: question each, after the stage's own questions.
    recall_notes: bool = False
    #: Questions that take for granted something has been tried ("What happened when you
    #: tried it?"), each with what is asked instead while nothing has been, in the
    #: person's words (an empty text: the question is left out).
    if_untried: tuple[tuple[str, str], ...] = ()
    #: Other ways of asking a question, for when it is asked again (after a pause for
    #: risk, the coach comes back to it in other words).
    alternatives: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def untried(self, question: str) -> str | None:
        """What to ask instead of ``question`` while nothing has been tried, or None when
        ``question`` takes nothing for granted."""
        return next((instead for asked, instead in self.if_untried if asked == question),
                    None)

    def rewordings(self, question: str) -> tuple[str, ...]:
        """The framework's other ways of asking ``question`` (none if it has none)."""
        return next((others for asked, others in self.alternatives if asked == question), ())


@dataclass(frozen=True)
class Recalled:
    """A note the person took earlier, brought back into a conversation in their words."""

    text: str
    tag: str | None = None


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
    #: False for a short round that is not a coaching conversation of its own (a
    #: check-in): it closes without asking for a commitment.
    commitment: bool = True
    #: False where the framework's own stages ask how the person is leaving (a
    #: check-out): the close does not ask it again.
    checkout: bool = True

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
