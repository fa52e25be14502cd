"""A small linear model that hears risk in wordings the rules have never seen.

The word rules (:mod:`coach.engine.risk_patterns`, :mod:`coach.engine.risk_concepts`)
are precise but only know the shapes they were written for. This model reads any
wording through classes of words (the speaker, death and not being here, means and
places, the body, violence, time, denial) as well as the words themselves, so "the
multi-storey by the hospital" and "the cliffs near mum's" look alike to it. It is a
logistic regression trained by ``bench/train_risk.py`` and scored here in pure
Python from ``data/risk_weights.json``.

A long text is read a window of two sentences at a time, and the highest score
counts, so a risk clause buried in a long answer about work is not diluted.

A feature is written as what it reads: a word ("bridge") or a class ("MEANS"), or two
of them with a space between: one word then the next ("i want"), a class then a class
or a word of no class up to three words on ("SELF WISH", "SELF bridge"), or a word of
no class then a class beside it ("the MEANS"). Class names are in capitals and the words
of a text never are, so no two features can be taken for each other.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path

WEIGHTS_FILE = Path(__file__).with_name("data") / "risk_weights.json"
KINDS = ("suicide", "self-harm", "danger")

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE = re.compile(r"[^.!?;\n]+")

#: Word classes: each word also counts as its class, so a new word in a known class
#: weighs like the words the model was trained on.
CLASSES: dict[str, str] = {}
for _name, _words in {
    "SELF": "i i'm i've i'd i'll me my myself mine",
    "OTHER": "he she they him her them his their he's she's they're he'll she'll they'll",
    "PARTNER": """partner husband wife boyfriend girlfriend ex fiance fiancee stepdad stepfather
        dad father mum mother brother flatmate housemate lodger neighbour landlord""",
    "DEATH": """die dying died dead death gone end ending ended exist existing existence alive
        living live life wake waking woke sleep forever over nowhere goodbye goodbyes
        funeral grave heaven disappear disappearing vanish vanishing erase erased permanently
        permanent forever exit gone""",
    "KILL": """kill killing killed suicide suicidal overdose overdosing hang hanging noose
        rope ligature jump jumping jumped step stepping drown drowning crash crashing steer
        steering swerve swerving""",
    "MEANS": """tablets tablet pills pill meds medication paracetamol insulin prescription
        prescriptions bridge bridges barrier train trains tracks platform crossing roof
        rooftop balcony ledge cliff cliffs building multi-storey car garage motorway river
        sea canal reservoir rope knife knives blade blades razor razors gun""",
    "BODY": """arm arms wrist wrists leg legs thigh thighs skin stomach hand hands finger
        fingers face neck throat head chest hip hips knuckles scalp forearm forearms""",
    "HARM": """cut cutting cuts burn burning burnt burned scratch scratching scratched bleed
        bleeding bled bruise bruises bruised punish punishing punishment hurt hurting harm
        harming pain deserve starve starving""",
    "VIOLENT": """hit hits hitting punch punched punches slap slapped kick kicked shove shoved
        shoves push pushed pushes grab grabbed strangle strangled choke choked pinned
        threaten threatened threatens threat threats beat beats battered attack attacked
        follows following followed stalking stalks watches tracks controls locked""",
    "FEAR": "scared afraid frightened terrified petrified fear dread dreading unsafe safe",
    "WISH": """want wanted wish wished hope hoping pray praying rather prefer wouldn't
        tempted urge urges longing""",
    "THINK": """think thinking thought thoughts imagine imagining picture picturing planned
        plan planning researching googling looked wondering considering""",
    "TIME": """tomorrow tonight christmas birthday year years month next weekend summer
        spring soon anymore longer""",
    "NOT": "not no never don't didn't can't won't isn't wasn't nothing nobody",
    "WORK": """meeting meetings project projects rota team board budget deadline deadlines
        report audit inspection contract client clients customer customers target targets
        job role office shift ward school staff policy training service""",
}.items():
    for _w in _words.split():
        CLASSES.setdefault(_w, _name)
_CLASS_NAMES = frozenset(CLASSES.values())


#: An outright denial: the model, which reads words and not their sense, stays silent.
DENIAL = re.compile(
    r"\b(?:i'd|i would|i will|i'll|i) never (?:\w+ )?(?:hurt|harm|kill|do anything to)"
    r" myself|\bno (?:thoughts|plans|intention|urge|urges) (?:of|to) (?:suicide|harm|hurt"
    r"|kill|ending|end)|\b(?:i'm|i am|i'm really|i am really) not (?:suicidal|going to (?:hurt"
    r"|harm|kill|do anything))|\bnot (?:that i'm|that i am) (?:suicidal|going to)"
    r"|\b(?:i )?(?:don't|do not) (?:want|wanna|plan|intend) to (?:die|kill myself|hurt myself"
    r"|harm myself|end it|be dead)\b"
    # said of a role, not of living: "better off without me as their manager"
    r"|\bwithout me (?:as (?:their|the|your|a|his|her) (?:\w+ )?(?:manager|leader|lead|boss"
    r"|head|chair|director|supervisor|coach|mentor|teacher|captain)|in (?:charge|the role|this"
    r" job|the team|post))|\b(?:i mean|as in) (?:the|this|my) (?:job|role|team|post|company)\b"
)


def _windows(low: str) -> Iterator[set[str]]:
    """The features of the text two sentences at a time (all of it, when it is one or two)."""
    sentences = [s for s in (m.group().strip() for m in _SENTENCE.finditer(low)) if s]
    if len(sentences) <= 2:
        yield feature_set(low)
        return
    # Each sentence's words are found once, not once for each window it is in: the words
    # of two sentences read together are the first's, then the second's.
    words = [_words(sentence) for sentence in sentences]
    for i in range(len(sentences) - 1):
        yield _word_features(words[i] + words[i + 1])


def features(low: str) -> list[str]:
    """Words, word pairs, classes and class pairs (within three words) of ``low``, by name."""
    return sorted(map(feature_name, feature_set(low)))


def feature_name(feature: str) -> str:
    """How a feature is written for people: ``w:`` a word, ``c:`` a class, ``b:`` two words,
    ``p:`` two classes, ``m:`` a class and a word ("w:bridge", "p:SELF WISH")."""
    if " " not in feature:
        return ("c:" if feature in _CLASS_NAMES else "w:") + feature
    first, second = feature.split(" ")
    classes = (first in _CLASS_NAMES) + (second in _CLASS_NAMES)
    return f"{'bmp'[classes]}:{first} {second}"


#: Words of manner, not of meaning ("tbh", "lol", "sorry"): they come with take-backs in
#: risk talk and with everything else in text speak, so the model does not read them.
STYLE = frozenset("""idk tbh lol lmao haha ha jk sorry honestly literally like um umm erm
    yeah ok okay just really so well anyway basically""".split())


def feature_set(low: str) -> set[str]:
    """The features of ``low``, unordered (all scoring needs)."""
    return _word_features(_words(low))


def _words(text: str) -> list[str]:
    """The words the model reads, in order: not those of manner (``STYLE``)."""
    return [w for w in _WORD.findall(text) if w not in STYLE]


def _word_features(words: list[str]) -> set[str]:
    tags = list(map(CLASSES.get, words))  # None for a word of no class
    feats = set(words)
    feats.update([f"{a} {b}" for a, b in zip(words, words[1:], strict=False)])
    if not any(tags):
        return feats
    for i, a in enumerate(tags):
        if a is None:
            continue
        feats.add(a)
        for j in range(i + 1, min(i + 4, len(tags))):
            feats.add(f"{a} {tags[j] or words[j]}")
        if i and tags[i - 1] is None:
            feats.add(f"{words[i - 1]} {a}")
    return feats


@dataclass(frozen=True)
class RiskModel:
    """Risk against none, then which kind, as plain weights."""

    risk_bias: float
    risk_weights: dict[str, float]
    threshold: float
    kind_bias: dict[str, float]
    kind_weights: dict[str, dict[str, float]]

    def probability(self, low: str) -> float:
        """The highest chance, over the text's windows, that it speaks of risk."""
        best = 0.0
        get = self.risk_weights.get
        for feats in _windows(low):
            z = self.risk_bias + sum(map(get, feats, repeat(0.0)))
            best = max(best, _sigmoid(z))
        return best

    def kind(self, low: str) -> str:
        best_kind, best = KINDS[0], -math.inf
        feats = feature_set(low)
        for kind in KINDS:
            weights = self.kind_weights.get(kind, {})
            z = self.kind_bias.get(kind, 0.0) + sum(weights.get(f, 0.0) for f in feats)
            if z > best:
                best_kind, best = kind, z
        return best_kind

    @staticmethod
    def could_hear(low: str) -> bool:
        """Whether the model's word is taken for ``low``: not where it holds an outright
        denial ("I'd never hurt myself"), which a reader of words rather than sense would
        take for risk talk."""
        return DENIAL.search(low) is None

    @staticmethod
    def denied(low: str) -> bool:
        """Whether ``low`` holds an outright denial ("I'd never hurt myself")."""
        return DENIAL.search(low) is not None

    def hears(self, low: str) -> str | None:
        """The kind of risk ``low`` speaks of, or None below the threshold.

        Text with an outright denial ("I'd never hurt myself") is passed over unscored.
        """
        if not self.could_hear(low):
            return None
        return self.kind(low) if self.probability(low) >= self.threshold else None

    def to_dict(self) -> dict[str, object]:
        return {"risk_bias": self.risk_bias, "risk_weights": self.risk_weights,
                "threshold": self.threshold, "kind_bias": self.kind_bias,
                "kind_weights": self.kind_weights}

    @classmethod
    def from_dict(cls, data: dict) -> RiskModel:  # type: ignore[type-arg]
        return cls(float(data["risk_bias"]), dict(data["risk_weights"]),
                   float(data["threshold"]), dict(data["kind_bias"]),
                   {k: dict(v) for k, v in data["kind_weights"].items()})


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@cache
def shipped_model() -> RiskModel | None:
    """The trained model, or None where its weights are missing (rules alone then)."""
    try:
        return RiskModel.from_dict(json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None
