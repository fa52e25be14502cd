"""Train the analyser's linear models on the AnnoMI development split.

Multinomial logistic regression for the act with a logistic advice head over the
same utterance features, and a separate logistic model for open against closed
over the features of the question a person is left with. All are fitted by AdaGrad
with L2 in pure Python with a fixed seed, so the same data always gives the same
weights file.

The advice threshold is chosen on the training rows alone: an inner
transcript-grouped cross-validation over them scores the analyser's advice verdict
(a word cue, or the head's probability at or above the threshold) at each candidate
threshold, and the one with the best F1 is kept.

    python bench/train_analyser.py [--data annomi-dev.csv] [--out weights.json]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _annomi_data import DEFAULT_DATA, Example, folds, load_examples  # noqa: E402

from coach.engine import analyser_cues as cues  # noqa: E402
from coach.engine import analyser_questions as qs  # noqa: E402
from coach.engine.analyser_model import (  # noqa: E402
    ACTS,
    HEADS,
    WEIGHTS_FILE,
    features,
    question_features,
)

SEED = 20240611
EPOCHS = 8
RATE = 0.2
L2 = 2e-4
MIN_COUNT = 2
#: Class weights for the act head (other and input are rarer or harder).
ACT_WEIGHT = {"question": 1.0, "reflection": 1.0, "input": 2.0, "other": 1.0}
ADVICE_POSITIVE_WEIGHT = 4.0
#: Candidate advice thresholds; above 1 means "word cues only".
ADVICE_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
INNER_FOLDS = 3
QUESTION_EPOCHS = 5
QUESTION_RATE = 0.1
QUESTION_L2 = 1e-3
OPEN_THRESHOLD = 0.5


def _sig(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _kept(rows: list[list[str]]) -> set[str]:
    counts: Counter[str] = Counter(f for feats in rows for f in set(feats))
    return {f for f, c in counts.items() if c >= MIN_COUNT}


def _fit_heads(examples: Sequence[Example], seed: int) -> dict[str, list[float]]:
    """The act and advice heads over the utterance features."""
    rows = [features(e.text) for e in examples]
    keep = _kept(rows)
    data = [([f for f in feats if f in keep], e) for feats, e in zip(rows, examples, strict=True)]
    n = len(HEADS)
    weights: dict[str, list[float]] = {f: [0.0] * n for f in keep}
    grads: dict[str, list[float]] = {f: [1e-6] * n for f in keep}
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for idx in order:
            feats, e = data[idx]
            vecs = [weights[f] for f in feats]
            z = [sum(v[k] for v in vecs) for k in range(n)]
            top = max(z[:4])
            exps = [math.exp(a - top) for a in z[:4]]
            total = sum(exps)
            g = [0.0] * n
            cw = ACT_WEIGHT[e.act]
            for k, act in enumerate(ACTS):
                g[k] = cw * (exps[k] / total - (1.0 if act == e.act else 0.0))
            aw = ADVICE_POSITIVE_WEIGHT if e.advice else 1.0
            g[4] = aw * (_sig(z[4]) - (1.0 if e.advice else 0.0))
            for v, acc in zip(vecs, (grads[f] for f in feats), strict=True):
                for k in range(n):
                    gk = g[k] + L2 * v[k]
                    acc[k] += gk * gk
                    v[k] -= RATE * gk / math.sqrt(acc[k])
    return weights


def question_rows(examples: Sequence[Example]) -> list[tuple[list[str], bool]]:
    """(features, is open) for every utterance annotated with a question subtype."""
    rows = []
    for e in examples:
        label = e.question or e.question_any
        if label is None:
            continue
        low = qs.normalise(e.text)
        sents = qs.sentences(low)
        asked = qs.question_sentences(low, sents)
        rule = qs.question_kind(low, asked, sents)
        rows.append((question_features(low, sents, asked, rule), label == "open"))
    return rows


def _fit_question(examples: Sequence[Example], seed: int) -> dict[str, float]:
    """Open against closed, on every utterance coded with a question subtype."""
    rows = question_rows(examples)
    keep = _kept([feats for feats, _ in rows])
    data = [([f for f in feats if f in keep], y) for feats, y in rows]
    weights = dict.fromkeys(keep, 0.0)
    grads = dict.fromkeys(keep, 1e-6)
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(QUESTION_EPOCHS):
        rng.shuffle(order)
        for idx in order:
            feats, y = data[idx]
            d = _sig(sum(weights[f] for f in feats)) - (1.0 if y else 0.0)
            for f in feats:
                gk = d + QUESTION_L2 * weights[f]
                grads[f] += gk * gk
                weights[f] -= QUESTION_RATE * gk / math.sqrt(grads[f])
    return weights


def _advice_probability(weights: dict[str, list[float]], text: str) -> float:
    z = 0.0
    for f in features(text):
        w = weights.get(f)
        if w is not None:
            z += w[4]
    return _sig(z)


def _has_cue(text: str) -> bool:
    low = qs.normalise(text)
    return (
        cues.ADVICE_QUESTION.search(low) is not None
        or cues.ADVICE_STATEMENT.search(low) is not None
    )


def choose_advice_threshold(examples: Sequence[Example], seed: int = SEED) -> float:
    """The advice threshold with the best inner cross-validated F1 on ``examples``."""
    scored: list[tuple[float, bool, bool]] = []
    for inner_train, inner_test in folds(list(examples), INNER_FOLDS):
        weights = _fit_heads(inner_train, seed)
        for e in inner_test:
            scored.append((_advice_probability(weights, e.text), _has_cue(e.text), e.advice))
    best, best_f1 = ADVICE_THRESHOLDS[-1], -1.0
    for t in ADVICE_THRESHOLDS:
        tp = fp = fn = 0
        for p, cue, gold in scored:
            said = cue or p >= t
            tp += said and gold
            fp += said and not gold
            fn += gold and not said
        score = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if score > best_f1:
            best, best_f1 = t, score
    return best


def train(examples: Sequence[Example], seed: int = SEED) -> dict:
    """Fit the models on ``examples`` and return the weights file's contents."""
    advice_threshold = choose_advice_threshold(examples, seed)
    weights = _fit_heads(examples, seed)
    question = _fit_question(examples, seed)
    rounded = {
        f: [round(x, 4) for x in v]
        for f, v in sorted(weights.items())
        if any(abs(x) >= 1e-3 for x in v)
    }
    return {
        "format": 2,
        "heads": list(HEADS),
        "seed": seed,
        "thresholds": {"advice": advice_threshold, "open": OPEN_THRESHOLD},
        "weights": rounded,
        "question_weights": {
            f: round(w, 4) for f, w in sorted(question.items()) if abs(w) >= 1e-3
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    args = parser.parse_args(argv)
    examples = load_examples(args.data)
    model = train(examples)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(model, separators=(",", ":"), sort_keys=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"trained on {len(examples)} utterances; {len(model['weights'])} features, "
          f"{len(model['question_weights'])} question features; advice threshold "
          f"{model['thresholds']['advice']}; wrote {args.out} ({len(text) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
