"""The listening analyser: what one utterance does, and what a coach would ask next.

``analyse(text)`` returns an :class:`Analysis`: the act (question, reflection,
input or other), the question's shape (open or closed, single or multiple,
leading), whether it carries advice, its focus (problem, solution or neutral), any
Tops/Middles/Bottoms trap, the phrases worth playing back, the reframe a coach
would offer, and whether the text speaks of risk. Given the utterances said before it
(``context``), the act and the focus are decided by models that also read what the two
share: a reflection says back the other person's words.

Word rules read the utterance first (:func:`read`); small linear models trained on
counselling transcripts and a workplace coaching corpus (see
``bench/train_analyser.py``), which read the rules' verdicts among their features,
score it; :func:`decide` weighs the two as the training chose (:class:`Settings`).
Importing this module is cheap: the weights are read on the first call.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from collections.abc import Callable, Sequence
from typing import Any, Literal

from coach.engine import analyser_cues as cues
from coach.engine import analyser_questions as qs
from coach.engine.analyser_model import FOCI, both_features, features, question_features
from coach.engine.analyser_prompts import choose_reframe
from coach.engine.analyser_boundaries import infers, more_trap, settle
from coach.engine.phrases import key_phrases
from coach.engine.prefilter import Gated
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
#: Talk about the session itself: "OK, let's pause there", "we've got ten minutes left".
#: Behind a gate (see coach.engine.prefilter): few texts hold "let's" or "minutes".
HOUSEKEEPING = Gated(re.compile(
    r"(?:^|[.!] )(?:ok,? |okay,? |right,? |so,? |well,? |great,? |thanks,? )*let's (?:pause|stop"
    r"|finish|end|wrap(?: it)? up|call it a day|take a (?:break|breather)|break|come back to this)"
    r"(?: (?:there|here|it there|for (?:today|now|the day)|now|in a (?:minute|moment))){0,2}"
    r"(?=[.!,]|$)"
    r"|we(?:'ve| have) (?:only )?got (?:about )?(?:\d+|five|ten|fifteen|twenty|a few) (?:more )?"
    r"(?:minutes|mins)(?: left| to go)?(?: (?:today|together))?(?=[.!,]|$)"
))
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
    if REFLECTION_START.match(low) and not _own_voice(low):
        return "reflection"
    return "input"


# Behind gates (see coach.engine.prefilter): a text without "i", "we", "my"... is passed
# over unsearched.
_FIRST_PERSON = Gated(re.compile(
    r"(?<![\w'])(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|we'd|we'll|us|our"
    r"|ours|ourselves)(?![\w'])"
))
_SECOND_PERSON = Gated(re.compile(
    r"(?<![\w'])(?:you|you're|you've|you'd|you'll|your|yours|yourself)(?![\w'])"))


def _person(low: str) -> str:
    """"f" (first person only), "s" (second only), "fs" (both) or "0" (neither)."""
    first = _FIRST_PERSON.search(low) is not None
    second = _SECOND_PERSON.search(low) is not None
    return ("f" if first else "") + ("s" if second else "") or "0"


def _own_voice(low: str) -> bool:
    """A statement in the speaker's own voice: it speaks of "I" or "we" and not of "you"."""
    return _person(low) == "f"


@dataclass(frozen=True, slots=True)
class Reading:
    """What the word rules make of one utterance (before any model is asked)."""

    low: str
    sents: list[str]
    asked: list[str]
    kind: str | None  # the rules' open or closed, None when they cannot tell
    multiple: bool
    leading: bool  # a leading question by its words ("surely", "..., isn't it?")
    advice_q: bool  # advice hidden in a question
    advice_s: bool  # advice said straight
    #: advice in wordings the models never read among their features ("question" or
    #: "statement"; see analyser_cues.more_advice)
    advice_more: str | None
    focus: str
    category: str | None
    trap: str | None
    person: str  # see _person

    def cues(self) -> list[str]:
        """The rules' verdicts as features for the models."""
        feats = ["c:foc:" + self.focus, "c:trap:" + (self.trap or "none"),
                 "c:kind:" + (self.kind or "none"), "c:pers:" + self.person]
        if self.category:
            feats.append("c:cat:" + self.category)
        if self.leading:
            feats.append("c:lead")
        if self.advice_q:
            feats.append("c:advq")
        if self.advice_s:
            feats.append("c:advs")
        if self.multiple:
            feats.append("c:multi")
        return feats


@lru_cache(maxsize=64)
def read(text: str) -> Reading:
    """The word rules' reading of ``text`` (which has at least one word character).

    The last few readings are kept: coding a conversation reads each utterance again as
    the one a reflection says back (:meth:`Analyser.focus_probabilities`)."""
    low = qs.normalise(text)
    sents = qs.sentences(low)
    asked = qs.question_sentences(low, sents)
    focus, category = cues.focus_of(low)
    advice_q = cues.advice_in_question(low) is not None
    advice_s = cues.advice_in_statement(low) is not None
    more = cues.more_advice(low)
    if advice_q or advice_s or more is not None:
        # advice puts a way forward, whatever it is wrapped in ("That's awful. Don't you
        # think you should go to your union rep?"): solution talk (docs/codebook.md)
        focus, category = "solution", None
    return Reading(
        low, sents, asked, qs.question_kind(low, asked, sents), qs.is_multiple(low, asked),
        qs.LEADING.search(low) is not None, advice_q, advice_s,
        more[0] if more is not None else None,
        focus, category, cues.trap_of(low), _person(low),
    )


@dataclass(frozen=True)
class Settings:
    """How each field weighs the rules against the model (chosen in training, by
    cross-validation: see bench/train_analyser.py). "rule": the word rules alone;
    "model": the model, which reads the rules' verdicts among its features;
    "rule-first": the rules where they find something, else the model; "either": true
    when the rules or the model (its probability at or above the threshold) say so."""

    advice: str = "either"
    leading: str = "rule"
    focus: str = "rule"
    trap: str = "rule"
    #: A trap statement is problem talk (the codebook's convention).
    trap_is_problem: bool = False
    #: A statement in one's own voice ("I", "we", no "you") is input, not a reflection.
    own_voice: bool = False
    advice_threshold: float = 0.5
    leading_threshold: float = 0.5
    #: The trap model names a trap only when its probability of one is at least this.
    trap_threshold: float = 0.5
    #: A reflection takes the focus of what it says back (docs/codebook.md): where the
    #: model settles a reflection's focus, the focus probabilities of the utterance before
    #: it count this much beside its own (0: not at all).
    reflection_focus: float = 0.0

    @classmethod
    def of(cls, model: Any) -> Settings:
        if model is None:
            return cls(trap_is_problem=True, own_voice=True)
        modes = model.modes
        return cls(
            advice=modes.get("advice", "either"),
            leading=modes.get("leading", "rule") if model.has("leading") else "rule",
            focus=modes.get("focus", "rule") if model.has("problem") else "rule",
            trap=modes.get("trap", "rule") if model.has("top") else "rule",
            trap_is_problem=modes.get("trap_is_problem", "yes") == "yes",
            own_voice=modes.get("own_voice", "no") == "yes",
            advice_threshold=model.advice_threshold,
            leading_threshold=model.leading_threshold,
            trap_threshold=model.trap_threshold,
            reflection_focus=float(modes.get("reflection_focus", 0.0)),
        )


@dataclass(frozen=True, slots=True)
class Decision:
    act: Act
    leading: bool
    advice: bool
    focus: str
    trap: str | None


def decide(r: Reading, scores: Any, settings: Settings,
           before: Callable[[], Sequence[float]] | None = None) -> Decision:
    """The act, leading, advice, focus and trap from the rules' reading and the model's
    scores (None with no model), as ``settings`` weigh them. ``before`` gives the focus
    probabilities of the utterance said just before (empty when there is none); it is
    called only for a reflection whose focus the model settles."""
    asked = bool(r.asked)
    rule_leading = (r.leading or r.advice_q or r.advice_more == "question") and asked
    advice = r.advice_q or r.advice_s or r.advice_more is not None
    leading = rule_leading
    focus, trap = r.focus, r.trap
    by_model = False
    if scores is None:
        act = _rule_act(r.low, asked, r.kind, advice)
    else:
        act = scores.act
        # the model's advice head also fires on presuming guesses at a feeling, which
        # put no step forward (docs/codebook.md)
        said = scores.advice >= settings.advice_threshold and not infers(r.low, r.sents)
        advice = said if settings.advice == "model" else (
            advice or said if settings.advice == "either" else advice)
        if scores.leading is not None and settings.leading != "rule":
            said = (scores.leading >= settings.leading_threshold and asked
                    and qs.HYPOTHETICAL.search(r.low) is None)
            leading = said if settings.leading == "model" else rule_leading or said
        if scores.trap is not None and settings.trap != "rule":
            model_trap = scores.trap if scores.trapped >= settings.trap_threshold else None
            trap = model_trap if settings.trap == "model" else (trap or model_trap)
        if scores.focus is not None and settings.focus != "rule":
            # rule-first: the model speaks where the rules found nothing either way
            if settings.focus == "model" or (focus == "neutral" and r.category is None):
                focus, by_model = scores.focus, True
    if settings.trap_is_problem and trap is not None:
        focus = "problem"
    if (rule_leading or r.multiple) and asked:
        act = "question"  # the words make it a question: it leads, or asks several
    elif asked and r.kind is not None and act != "question" and len(r.sents) == 1:
        act = "question"  # one sentence, shaped and punctuated as a question
    elif r.advice_s and not asked and act != "input":
        act = "input"
    elif settings.own_voice and act == "reflection" and r.person == "f":
        act = "input"
    elif not asked and len(r.low) <= 120 and HOUSEKEEPING.search(r.low):
        act = "other"  # talk about the session, not about the person's situation
    if act == "other" and r.trap is None:
        focus, trap = "neutral", None  # a backchannel or thanks talks of nothing
    elif (by_model and act == "reflection" and trap is None and settings.reflection_focus
          and before is not None and scores.focus_z):
        focus = _reflected(scores.focus_z, before(), settings.reflection_focus, focus)
    if advice and asked and act == "question":
        leading = True  # advice in a question suggests its own answer (docs/codebook.md)
    return Decision(act, leading, advice, focus, trap)


def _reflected(own: Sequence[float], before: Sequence[float], weight: float,
               otherwise: str) -> str:
    """The focus of a reflection whose focus scores are ``own``, given the focus
    probabilities of what it says back (``otherwise`` when there are none)."""
    if not before:
        return otherwise
    mix = [a + weight * b for a, b in zip(probabilities(own), before, strict=True)]
    return FOCI[mix.index(max(mix))]


def probabilities(z: Sequence[float]) -> list[float]:
    """The softmax of a head's scores."""
    top = max(z)
    spread = [math.exp(v - top) for v in z]
    total = sum(spread)
    return [v / total for v in spread]


class Analyser:
    """Rules plus an optional linear model (``None`` means rules only)."""

    def __init__(self, model: Any = None):
        self.model = model
        self.settings = Settings.of(model)

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
        counselling transcripts and workplace conversations, settles the questions the
        rules cannot place.
        """
        if rule is not None:
            return rule  # type: ignore[return-value]
        model = self.model
        if model is None or not model.question_weights:
            return "closed"
        feats = question_features(low, sents, asked, rule)
        return "open" if model.is_open(feats) else "closed"

    def scores(self, text: str, r: Reading, context: Sequence[str] = ()) -> Any:
        """The model's scores of ``text`` (None without a model)."""
        model = self.model
        if model is None:
            return None
        if not (context and model.context_weights):
            return model.score(features(text, r.low, (), r.cues()))
        said, plain = model.score_in_context(*both_features(text, r.low, context, r.cues()))
        if not said.focus_z or not plain:
            return said
        # The focus is the mean of the two focus models' probabilities. The context model
        # alone reads the training writers' habits of where a talk is going into the turns
        # before; on other writers' conversations, coded from the codebook, it calls facts
        # and progress problem talk ("Forty-two beds" after "How big is the home?"), and
        # the two together come out ahead of either (docs/analyser.md).
        mean = [a + b for a, b in zip(probabilities(said.focus_z),
                                      probabilities(plain), strict=True)]
        # focus_z then holds the mean's logarithm, whose probabilities are the mean
        return said._replace(focus=FOCI[mean.index(max(mean))],
                             focus_z=tuple(math.log(max(p / 2, 1e-300)) for p in mean))

    def focus_probabilities(self, text: str, context: Sequence[str] = ()) -> list[float]:
        """The model's focus probabilities of ``text`` said after ``context``, in
        :data:`FOCI` order (empty without a focus model)."""
        if not ANY_WORD.search(text):
            return []
        scores = self.scores(text, read(text), context)
        return probabilities(scores.focus_z) if scores is not None and scores.focus_z else []

    def analyse(
        self, text: str, *, hear_risk: bool = True, context: Sequence[str] = ()
    ) -> Analysis:
        """What ``text`` does; ``hear_risk`` False leaves risk to the caller (who reads a
        longer text than this for it). ``context`` holds the utterances said before it,
        oldest first and alternating between the two people (the last is the other
        person's); the models read it."""
        if not ANY_WORD.search(text):
            return EMPTY
        r = read(text)
        scores = self.scores(text, r, context)
        d = decide(r, scores, self.settings,
                   (lambda: self.focus_probabilities(context[-1], context[:-1]))
                   if context else None)
        # A short text's way through outweighs the trap model's guess; a long one may
        # hold both, and keeps the trap.
        s = settle(r.low, r.sents, r.asked, d.act, d.advice, d.leading, r.person, context,
                   r.trap is not None or d.trap is not None and len(r.low) > 120)
        act, advice = s.act, s.advice
        fix = (bool(context) and act == "question" and not advice
               and cues.fix_in_a_run(r.low, context, qs.normalise))
        advice = advice or fix
        # A reflection or a piece of input can end in a question ("..., is that
        # right?"): its shape is reported whatever the act.
        question: QuestionKind | None = None
        if s.shape is not None:
            question = s.shape  # type: ignore[assignment]
        elif s.asks and (act == "question" or r.asked):
            question = self._kind(r.low, r.sents, r.asked, r.kind)
        focus, trap = s.focus or d.focus, d.trap
        worded_trap = r.trap  # a trap the words themselves show
        if s.focus == "solution" and r.trap is None:
            trap = None
        elif trap is None and act != "other" and (found := more_trap(r.low)) is not None:
            trap = worded_trap = found
            focus = "problem"
        if act == "other" and r.trap is None:
            focus, trap = "neutral", None  # talk about the session talks of nothing
        kind_of_risk = risk_kind(text) if hear_risk else None
        risk = kind_of_risk is not None
        # The reframe answers what the words themselves show: a trap or a kind of problem
        # talk the rules name. The models' verdicts are reported, but they lean on how
        # often each kind of talk came up in training, and a reframe offered on a guess
        # ("I don't know, sorry" -> "What would you like instead?") tells the person
        # they were not heard.
        # The model can still veto one: words the rules take for a trap or a problem
        # ("nobody else can reach", "what's wrong") said of a strength are solution talk.
        reframe = None  # someone at risk is not met with a coaching question
        vetoed = risk or (scores is not None and scores.focus == "solution")
        if not vetoed and worded_trap is not None:
            reframe = choose_reframe("trap", worded_trap, text)
        elif not vetoed and r.focus == "problem" and r.category is not None:
            reframe = choose_reframe("focus", r.category, text)
        return Analysis(
            act=act,
            question=question,
            multiple=r.multiple and question is not None,
            # advice in a question suggests its own answer (docs/codebook.md)
            leading=(fix or (d.leading or advice and act == "question") and s.leading)
            and question is not None,
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
