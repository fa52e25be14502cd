"""Which follow-up a coach asks after an answer, and the stage's own bookkeeping.

After each answer within a stage the coach may ask one follow-up before the next
main question. In order of preference:

1. a reframe, when the answer shows problem talk or a Tops/Middles/Bottoms trap
   (at most once per stage, never straight after another reframe);
2. an encourager ("say more"), for a short answer, once between main questions;
3. a clean-language question built on a phrase the person used that is worth
   playing back, never the same phrase twice in a session;
4. when the stage has room to spare: the framework's own follow-up questions, in
   order, then an encourager.

:func:`choose_follow_up` makes that choice and notes it on the :class:`StageState`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from coach.engine.model import Stage
from coach.engine.phrases import Phrase
from coach.engine.replies import word_count

#: An answer with fewer words than this gets an encourager.
SHORT_ANSWER_WORDS = 6
#: How strong a phrase must be (see ``phrases.scored_phrases``) to build a question on.
CLEAN_MIN_SCORE = 2.0


@dataclass
class StageState:
    """Where a stage has got to: questions asked, answers given, follow-ups used."""

    stage: Stage
    asked: int = 0  # main questions asked so far
    answers: list[str] = field(default_factory=list)
    follow_ups: int = 0  # follow-up lines used (encouragers, clean, reframes...)
    framework_follow_ups: int = 0
    reframed: bool = False
    encouraged: bool = False  # an encourager since the last main question
    items: list[str] = field(default_factory=list)  # play-back points
    scored: dict[str, list[Phrase]] = field(default_factory=dict)  # each answer's phrases
    rounds: int = 0  # play-back checks made


@dataclass(frozen=True)
class FollowUp:
    """A follow-up to ask: its kind, and its words or the phrase to build them on."""

    kind: str  # "reframe" | "encourager" | "clean" | "follow-up"
    text: str | None = None  # the question; None for an encourager (from the templates)
    phrase: str | None = None  # for "clean": the person's phrase the question quotes
    data: dict[str, object] | None = None


def choose_follow_up(
    state: StageState,
    text: str,
    analysis: Any,
    *,
    eager: bool,
    last_kind: str,
    reframes: bool,
    used_phrases: set[str],
) -> FollowUp | None:
    """The follow-up to ask after ``text``, or None to move on.

    ``eager`` asks one even for an ordinary answer; ``last_kind`` is the kind of the
    question just answered; ``reframes`` says whether the framework allows them;
    ``used_phrases`` (case-folded) are the phrases already quoted this session, and
    gains the one chosen now.
    """
    reframe = getattr(analysis, "reframe", None) if analysis is not None else None
    focus = getattr(analysis, "focus", None)
    trap = getattr(analysis, "trap", None)
    if (
        reframe
        and reframes
        and not state.reframed
        and last_kind != "reframe"
        and (focus == "problem" or trap)
    ):
        state.reframed = True
        return FollowUp("reframe", reframe, data={"focus": focus, "trap": trap})
    if word_count(text) < SHORT_ANSWER_WORDS and not state.encouraged:
        state.encouraged = True
        return FollowUp("encourager")
    phrase = clean_phrase(state.scored[text], used_phrases)
    if phrase:
        used_phrases.add(phrase.casefold())
        return FollowUp("clean", phrase=phrase, data={"quotes": [phrase]})
    if not eager:
        return None
    stage = state.stage
    if state.framework_follow_ups < len(stage.follow_ups):
        question = stage.follow_ups[state.framework_follow_ups]
        state.framework_follow_ups += 1
        return FollowUp("follow-up", question)
    return FollowUp("encourager")


def clean_phrase(phrases: Sequence[Phrase], used: set[str]) -> str | None:
    """The best phrase strong enough to quote, not yet quoted, without an apostrophe."""
    for phrase in phrases:
        if phrase.score < CLEAN_MIN_SCORE:
            break
        if phrase.text.casefold() not in used and "'" not in phrase.text:
            return phrase.text
    return None
