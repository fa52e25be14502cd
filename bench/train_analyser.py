"""Train the analyser's linear models on the AnnoMI development split.

Three L2-regularised logistic regressions, fitted to convergence with
scikit-learn (``pip install -e ".[train]"``) and written out as plain weights that
the analyser scores in pure Python:

- the act (question, reflection, input, other), multinomial with balanced class
  weights, over the utterance features of ``coach.engine.analyser_model.features``;
- the same act model again over those features and the three utterances before it
  (``context_features``: the overlap with the other person's words, and so on), used
  when the caller gives the analyser the conversation so far;
- advice against no advice, over the same features;
- open against closed, over the features of the question a person is left with
  (``question_features``), on every utterance coded with a question subtype.

Every choice made from data is made on the training rows alone: an inner
transcript-grouped cross-validation over them picks each model's regularisation
strength (the context act model's too) and the advice threshold (the analyser's advice verdict is a word cue, or
the head's probability at or above the threshold). The fitting is deterministic,
so the same data always gives the same weights file.

    python bench/train_analyser.py [--data annomi-dev.csv] [--out weights.json]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _annomi_data import DEFAULT_DATA, Example, folds, load_examples  # noqa: E402

from coach.engine import analyser_cues as cues  # noqa: E402
from coach.engine import analyser_questions as qs  # noqa: E402
from coach.engine.analyser_model import (  # noqa: E402
    ACTS,
    CONTEXT_USED,
    HEADS,
    WEIGHTS_FILE,
    features,
    question_features,
)

try:
    from sklearn.linear_model import LogisticRegression
except ImportError:  # pragma: no cover - depends on the environment
    raise SystemExit(
        'training needs scikit-learn: pip install -e ".[train]"'
    ) from None

#: Recorded in the weights file; the fit itself is deterministic.
SEED = 20240611
#: A feature seen in fewer training utterances than this gets no weight.
MIN_COUNT = 2
#: Candidate inverse regularisation strengths, picked by inner cross-validation.
ACT_C = (0.01, 0.03, 0.1, 0.3)
CONTEXT_ACT_C = (0.01, 0.03, 0.1)
QUESTION_C = (0.1, 0.3, 1.0)
ADVICE_C = (0.03, 0.1, 0.3)
#: Advice is rare (about 3% of therapist utterances): its positives weigh more.
ADVICE_POSITIVE_WEIGHT = 4.0
#: Candidate advice thresholds; above 1 means "word cues only".
ADVICE_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
INNER_FOLDS = 3
OPEN_THRESHOLD = 0.5
MAX_ITER = 5000


def _sig(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


class _Matrix:
    """Feature rows as a sparse matrix of counts over the features seen often enough.

    A feature listed twice for an utterance counts twice, as it does when the
    analyser sums the weights of ``features(text)``.
    """

    def __init__(self, rows: Sequence[list[str]]):
        from scipy.sparse import csr_matrix

        counts: Counter[str] = Counter(f for feats in rows for f in set(feats))
        self.names = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
        index = {f: i for i, f in enumerate(self.names)}
        indptr: list[int] = [0]
        indices: list[int] = []
        values: list[float] = []
        for feats in rows:
            counted = Counter(index[f] for f in feats if f in index)
            for col in sorted(counted):
                indices.append(col)
                values.append(float(counted[col]))
            indptr.append(len(indices))
        self.x = csr_matrix((values, indices, indptr), shape=(len(rows), len(self.names)))


def _fit(rows: Sequence[list[str]], labels: Sequence, c: float, class_weight) -> tuple:
    matrix = _Matrix(rows)
    model = LogisticRegression(
        C=c, max_iter=MAX_ITER, class_weight=class_weight, random_state=SEED
    )
    model.fit(matrix.x, list(labels))
    return matrix.names, model


_FEATURES: dict[tuple[str, tuple[str, ...]], list[str]] = {}


def example_features(e: Example, with_context: bool = False) -> list[str]:
    """``features`` of an example, with its last :data:`CONTEXT_USED` utterances or none
    (computed once per run: cross-validation asks for the same rows many times)."""
    context = e.context[-CONTEXT_USED:] if with_context else ()
    key = (e.text, context)
    found = _FEATURES.get(key)
    if found is None:
        found = _FEATURES[key] = features(e.text, None, context)
    return found


def fit_act(
    examples: Sequence[Example], c: float, with_context: bool = False
) -> dict[str, list[float]]:
    """Weights per feature over :data:`ACTS`, the intercepts folded into "bias"."""
    names, model = _fit([example_features(e, with_context) for e in examples],
                        [e.act for e in examples], c, "balanced")
    order = [list(model.classes_).index(a) for a in ACTS]
    weights = {f: [float(model.coef_[k][j]) for k in order] for j, f in enumerate(names)}
    bias = weights.setdefault("bias", [0.0] * len(ACTS))
    for k, column in enumerate(order):
        bias[k] += float(model.intercept_[column])
    return weights


def _binary(names: list[str], model) -> dict[str, float]:
    weights = {f: float(model.coef_[0][j]) for j, f in enumerate(names)}
    weights["bias"] = weights.get("bias", 0.0) + float(model.intercept_[0])
    return weights


def fit_advice(examples: Sequence[Example], c: float) -> dict[str, float]:
    names, model = _fit(
        [example_features(e) for e in examples], [e.advice for e in examples], c,
        {False: 1.0, True: ADVICE_POSITIVE_WEIGHT},
    )
    return _binary(names, model)


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


def fit_question(examples: Sequence[Example], c: float) -> dict[str, float]:
    """Open against closed, on every utterance coded with a question subtype."""
    rows = question_rows(examples)
    names, model = _fit([f for f, _ in rows], [y for _, y in rows], c, None)
    return _binary(names, model)


def _score(weights: dict[str, float], feats: list[str]) -> float:
    return sum(weights.get(f, 0.0) for f in feats)


def _macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    total = 0.0
    for c in ACTS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        wrong = sum(1 for g, p in zip(gold, pred, strict=True) if (g == c) != (p == c))
        total += 2 * tp / (2 * tp + wrong) if tp else 0.0
    return total / len(ACTS)


def _best(candidates: Sequence[float], score: Callable[[float], float]) -> float:
    """The candidate with the highest score; ties go to the earlier candidate."""
    best, best_score = candidates[0], -1.0
    for c in candidates:
        s = score(c)
        if s > best_score:
            best, best_score = c, s
    return best


def _predict_acts(weights: dict[str, list[float]], rows: Sequence[list[str]]) -> list[str]:
    out = []
    zero = (0.0,) * len(ACTS)
    for feats in rows:
        z = [sum(col) for col in zip(*(weights.get(f, zero) for f in feats), strict=True)]
        out.append(ACTS[max(range(len(ACTS)), key=z.__getitem__)])
    return out


def _has_cue(text: str) -> bool:
    low = qs.normalise(text)
    return cues.advice_cue(low) is not None


def choose_settings(examples: Sequence[Example]) -> dict[str, float]:
    """Regularisation strengths and the advice threshold, by inner grouped CV."""
    inner = folds(list(examples), INNER_FOLDS)
    act_gold: list[str] = []
    act_pred: dict[float, list[str]] = {c: [] for c in ACT_C}
    context_pred: dict[float, list[str]] = {c: [] for c in CONTEXT_ACT_C}
    open_hits: dict[float, int] = dict.fromkeys(QUESTION_C, 0)
    advice_scored: dict[float, list[tuple[float, bool, bool]]] = {c: [] for c in ADVICE_C}
    for train_rows, test_rows in inner:
        test_feats = [example_features(e) for e in test_rows]
        act_gold += [e.act for e in test_rows]
        for c in ACT_C:
            act_pred[c] += _predict_acts(fit_act(train_rows, c), test_feats)
        with_context = [example_features(e, True) for e in test_rows]
        for c in CONTEXT_ACT_C:
            context_pred[c] += _predict_acts(fit_act(train_rows, c, True), with_context)
        held_questions = question_rows(test_rows)
        for c in QUESTION_C:
            weights_q = fit_question(train_rows, c)
            open_hits[c] += sum(
                (_score(weights_q, f) >= 0) == y for f, y in held_questions
            )
        cued = [_has_cue(e.text) for e in test_rows]
        for c in ADVICE_C:
            advice = fit_advice(train_rows, c)
            advice_scored[c] += [
                (_sig(_score(advice, f)), cue, e.advice)
                for f, cue, e in zip(test_feats, cued, test_rows, strict=True)
            ]

    def advice_f1(c: float, t: float) -> float:
        tp = fp = fn = 0
        for p, cue, gold in advice_scored[c]:
            said = cue or p >= t
            tp += said and gold
            fp += said and not gold
            fn += gold and not said
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    advice_c = _best(ADVICE_C, lambda c: max(advice_f1(c, t) for t in ADVICE_THRESHOLDS))
    return {
        "act_c": _best(ACT_C, lambda c: _macro_f1(act_gold, act_pred[c])),
        "context_act_c": _best(CONTEXT_ACT_C, lambda c: _macro_f1(act_gold, context_pred[c])),
        "question_c": _best(QUESTION_C, lambda c: float(open_hits[c])),
        "advice_c": advice_c,
        "advice": _best(ADVICE_THRESHOLDS, lambda t: advice_f1(advice_c, t)),
    }


def _table(act: dict[str, list[float]], advice: dict[str, float]) -> dict[str, list[float]]:
    """One row per feature: the act weights, then the advice weight (rounded; rows of
    nothing but near-zero weights are left out)."""
    weights = {}
    for f in sorted(set(act) | set(advice)):
        row = [round(x, 4) for x in (*act.get(f, (0.0,) * len(ACTS)), advice.get(f, 0.0))]
        if any(abs(x) >= 1e-3 for x in row):
            weights[f] = row
    return weights


def train(examples: Sequence[Example], seed: int = SEED) -> dict:
    """Fit the models on ``examples`` and return the weights file's contents."""
    settings = choose_settings(examples)
    act = fit_act(examples, settings["act_c"])
    context_act = fit_act(examples, settings["context_act_c"], True)
    advice = fit_advice(examples, settings["advice_c"])
    question = fit_question(examples, settings["question_c"])
    return {
        "format": 3,
        "heads": list(HEADS),
        "seed": seed,
        "context_used": CONTEXT_USED,
        "settings": {
            k: settings[k] for k in ("act_c", "context_act_c", "question_c", "advice_c")
        },
        "thresholds": {"advice": settings["advice"], "open": OPEN_THRESHOLD},
        "weights": _table(act, advice),
        # The advice column again, so that one lookup per feature scores both heads.
        "context_weights": _table(context_act, advice),
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
          f"{len(model['context_weights'])} with context, "
          f"{len(model['question_weights'])} question features; settings "
          f"{model['settings']}, advice threshold {model['thresholds']['advice']}; "
          f"wrote {args.out} ({len(text) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
