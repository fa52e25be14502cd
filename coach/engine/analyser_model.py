"""The small linear model behind the analyser: features and pure-Python scoring.

Three heads share one feature set: the act (question, reflection, input, other),
open against closed for questions, and advice against no advice. The weights are
trained by ``bench/train_analyser.py`` and shipped as JSON beside this module.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ACTS = ("question", "reflection", "input", "other")
#: Output columns of every weight vector: the four acts, then "open", then "advice".
HEADS = (*ACTS, "open", "advice")
WEIGHTS_FILE = Path(__file__).resolve().parent / "data" / "analyser_weights.json"

TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[?!.,]|-")
SENTENCE_END = frozenset("?!.")
LEAD_SKIP = frozenset(
    "so and but okay ok well um uh yeah yes right alright mm hmm oh now then , -".split()
)


def _bucket(n: int) -> str:
    if n <= 2:
        return str(n)
    if n <= 5:
        return "3-5"
    if n <= 10:
        return "6-10"
    if n <= 20:
        return "11-20"
    if n <= 40:
        return "21-40"
    return "41+"


def _lead(sentence: list[str]) -> list[str]:
    i = 0
    while i < len(sentence) - 1 and sentence[i] in LEAD_SKIP:
        i += 1
    return sentence[i : i + 2]


def features(text: str) -> list[str]:
    """The feature names of one utterance (lowercased words, bigrams, shape)."""
    tokens = TOKEN.findall(text.lower().replace("’", "'"))
    feats = ["bias"]
    if not tokens:
        feats.append("empty")
        return feats
    words = [t for t in tokens if t[0].isalnum()]
    feats.append("len:" + _bucket(len(words)))
    feats.extend("w:" + w for w in set(words))
    prev = "^"
    for t in tokens:
        if t != "-":
            feats.append("b:" + prev + "_" + t)
            prev = t
    feats.append("b:" + prev + "_$")
    sentences: list[list[str]] = []
    current: list[str] = []
    for t in tokens:
        if t in SENTENCE_END:
            if current:
                sentences.append(current + [t])
            current = []
        elif t != "-" or current:
            current.append(t)
    if current:
        sentences.append(current + ["."])
    asked = 0
    for i, s in enumerate(sentences):
        lead = _lead(s)
        tag = "f" if i == 0 else "m"
        if i == len(sentences) - 1:
            tag = "l" if i else "o"
        end = s[-1]
        feats.append(f"{tag}1:{lead[0]}{end}")
        if len(lead) > 1:
            feats.append(f"{tag}2:{lead[0]}_{lead[1]}{end}")
        if end == "?":
            asked += 1
            feats.append("q1:" + lead[0])
            if len(lead) > 1:
                feats.append("q2:" + lead[0] + "_" + lead[1])
    feats.append("asked:" + str(min(asked, 2)))
    feats.append("sents:" + _bucket(len(sentences)))
    return feats


@dataclass(frozen=True)
class Scores:
    act: str
    act_probability: float
    open: float  # probability that a question is open
    advice: float  # probability that the utterance carries advice


class LinearModel:
    """Weights per feature: one vector over :data:`HEADS`."""

    def __init__(self, weights: dict[str, list[float]], thresholds: dict[str, float]):
        self.weights = weights
        self.advice_threshold = thresholds.get("advice", 0.5)
        self.open_threshold = thresholds.get("open", 0.5)

    @classmethod
    def from_dict(cls, data: dict) -> LinearModel:
        return cls(data["weights"], data.get("thresholds", {}))

    def score(self, feats: list[str]) -> Scores:
        q = r = i = o = op = ad = 0.0
        get = self.weights.get
        for f in feats:
            w = get(f)
            if w is not None:
                q += w[0]
                r += w[1]
                i += w[2]
                o += w[3]
                op += w[4]
                ad += w[5]
        acts = (q, r, i, o)
        top = max(acts)
        best = acts.index(top)
        total = sum(math.exp(a - top) for a in acts)
        return Scores(ACTS[best], 1.0 / total, _sigmoid(op), _sigmoid(ad))


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@cache
def shipped_model() -> LinearModel:
    """The model trained on the AnnoMI development split, loaded once."""
    with WEIGHTS_FILE.open(encoding="utf-8") as handle:
        return LinearModel.from_dict(json.load(handle))
