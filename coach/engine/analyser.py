"""The listening analyser: what one utterance does, and what a coach would ask next.

``analyse(text)`` returns an :class:`Analysis`: the act (question, reflection,
input or other), the question's shape (open or closed, single or multiple,
leading), whether it carries advice, its focus (problem, solution or neutral), any
Tops/Middles/Bottoms trap, the phrases worth playing back, the reframe a coach
would offer, and whether the text speaks of risk. Given the utterances said before it
(``context``), the act is decided by a model that also reads what the two share: a
reflection says back the other person's words.

A small linear model trained on counselling transcripts (see
``bench/train_analyser.py``) decides the act and backs up the question and advice
rules; word rules cover what the transcripts lack. Importing this module is cheap:
the weights are read on the first call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from collections.abc import Sequence
from typing import Any, Literal

from coach.engine import analyser_cues as cues
from coach.engine import analyser_questions as qs
from coach.engine.analyser_model import features, features_in_context, question_features
from coach.engine.analyser_prompts import choose_reframe
from coach.engine.phrases import key_phrases
from coach.engine.risk import RiskKind, risk_kind

Act = Literal["question", "reflection", "input", "other"]
QuestionKind = Literal["open", "closed"]
Focus = Literal["problem", "solution", "neutral"]
Trap = Literal["top", "middle", "bottom"]

#: The longest utterance coded whole: callers cut longer ones to this (and say so).
MAX_CHARS = 50_000

FIELDS = (
    "act", "question", "multiple", "leading", "advice", "focus", "trap", "phrases", "reframe",
    "risk", "risk_kind",
)
ANY_WORD = re.compile(r"\w")
REFLECTION_START = re.compile(
    r"^(?:(?:so|okay|ok|right|yeah|and|mm|hmm),?\s+)*(?:it sounds like|sounds like|it seems"
    r"|so you|you feel|you're feeling|you're saying|you said|what i'm hearing|i'm hearing"
    r"|i hear|you want|you're|you've|you)\b"
)
BACKCHANNEL = frozenset(
    """ok okay right yeah yes yep mm hmm mhm uh huh sure great good alright i see thanks
    thank you oh wow fine cool well no""".split()
)


@dataclass(frozen=True)
class Analysis:
    act: Act
    question: QuestionKind | None
    multiple: bool
    leading: bool
    advice: bool
    focus: Focus
    trap: Trap | None
    phrases: tuple[str, ...]
    reframe: str | None
    risk: bool
    #: what the risk is: "suicide", "self-harm" or "danger" (None when there is none)
    risk_kind: RiskKind | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "act": self.act,
            "question": self.question,
            "multiple": self.multiple,
            "leading": self.leading,
            "advice": self.advice,
            "focus": self.focus,
            "trap": self.trap,
            "phrases": list(self.phrases),
            "reframe": self.reframe,
            "risk": self.risk,
            "risk_kind": self.risk_kind,
        }


EMPTY = Analysis("other", None, False, False, False, "neutral", None, (), None, False)


def _rule_act(low: str, asked: bool, kind: str | None, advice: bool) -> Act:
    """The act from word rules alone, used when no model is loaded."""
    if asked or kind == "open":
        return "question"
    if advice:
        return "input"
    words = qs.WORD.findall(low)
    if len(words) <= 3 and all(w in BACKCHANNEL for w in words):
        return "other"
    if REFLECTION_START.match(low):
        return "reflection"
    return "input"


class Analyser:
    """Rules plus an optional linear model (``None`` means rules only)."""

    def __init__(self, model: Any = None):
        self.model = model

    def question_kind(self, text: str) -> QuestionKind:
        """Open or closed, for text taken to be a question."""
        low = qs.normalise(text)
        sents = qs.sentences(low)
        asked = qs.question_sentences(low, sents)
        return self._kind(low, sents, asked, qs.question_kind(low, asked, sents))

    def _kind(
        self, low: str, sents: list[str], asked: list[str], rule: str | None
    ) -> QuestionKind:
        """The rules' verdict where they give one; otherwise the open/closed model's.

        The rules follow the coaching convention (a "who", "when" or "how many"
        question is open or closed by its first word); the model, trained on
        counselling transcripts, settles the questions the rules cannot place.
        """
        if rule is not None:
            return rule  # type: ignore[return-value]
        model = self.model
        if model is None or not model.question_weights:
            return "closed"
        feats = question_features(low, sents, asked, rule)
        return "open" if model.is_open(feats) else "closed"

    def analyse(
        self, text: str, *, hear_risk: bool = True, context: Sequence[str] = ()
    ) -> Analysis:
        """What ``text`` does; ``hear_risk`` False leaves risk to the caller (who reads a
        longer text than this for it). ``context`` holds the utterances said before it,
        oldest first and alternating between the two people (the last is the other
        person's); only the act reads it."""
        if not ANY_WORD.search(text):
            return EMPTY
        low = qs.normalise(text)
        sents = qs.sentences(low)
        asked = qs.question_sentences(low, sents)
        kind = qs.question_kind(low, asked, sents)
        multiple = qs.is_multiple(low, asked)
        leading = qs.LEADING.search(low) is not None
        advice_q = cues.advice_in_question(low) is not None
        advice_s = cues.advice_in_statement(low) is not None
        advice = advice_q or advice_s
        scores = None
        if self.model is not None:
            if context and self.model.context_weights:
                feats, previous, own = features_in_context(text, low, context)
                scores = self.model.score(feats, context=True, previous=previous, own=own)
            else:
                scores = self.model.score(features(text, low))
            act: Act = scores.act  # type: ignore[assignment]
            advice = advice or scores.advice >= self.model.advice_threshold
        else:
            act = _rule_act(low, bool(asked), kind, advice)
        if (leading or multiple or advice_q) and asked:
            act = "question"
        elif asked and kind is not None and act != "question" and len(sents) == 1:
            act = "question"  # one sentence, shaped and punctuated as a question
        elif advice_s and not asked and act != "input":
            act = "input"
        # A reflection or a piece of input can end in a question ("..., is that
        # right?"): its shape is reported whatever the act.
        question: QuestionKind | None = None
        if act == "question" or asked:
            question = self._kind(low, sents, asked, kind)
        focus, category = cues.focus_of(low)
        trap = cues.trap_of(low)
        kind_of_risk = risk_kind(text) if hear_risk else None
        risk = kind_of_risk is not None
        reframe = None  # someone at risk is not met with a coaching question
        if not risk and trap is not None:
            reframe = choose_reframe("trap", trap, text)
        elif not risk and category is not None:
            reframe = choose_reframe("focus", category, text)
        return Analysis(
            act=act,
            question=question,
            multiple=multiple and question is not None,
            leading=leading and question is not None,
            advice=advice,
            focus=focus,  # type: ignore[arg-type]
            trap=trap,  # type: ignore[arg-type]
            phrases=key_phrases(text),
            reframe=reframe,
            risk=risk,
            risk_kind=kind_of_risk,
        )


@cache
def default_analyser() -> Analyser:
    """The shipped analyser: rules plus the trained model (rules only without weights)."""
    from coach.engine.analyser_model import WEIGHTS_FILE, shipped_model

    return Analyser(shipped_model() if WEIGHTS_FILE.is_file() else None)


def analyse(text: str, context: Sequence[str] = ()) -> Analysis:
    """Analyse one utterance (said after ``context``) with the shipped analyser."""
    return default_analyser().analyse(text, context=context)


def explain(analysis: Analysis, text: str) -> str:
    """A short, kind explanation of ``analysis`` for a listener learning to listen."""
    from coach.engine.analyser_explain import explanation

    return explanation(analysis, text)
