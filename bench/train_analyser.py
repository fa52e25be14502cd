"""Train the analyser's linear models on AnnoMI and the workplace corpus's training split.

L2-regularised logistic regressions, fitted to convergence with scikit-learn
(``pip install -e ".[train]"``) and written out as whole numbers of 1/10,000, each
feature's row packed into one integer (``coach.engine.packed_rows``), that the analyser
scores in pure Python. All of them read the same features: the words, word pairs and
sentence shape of ``coach.engine.analyser_model.features`` and the word rules'
verdicts (``Reading.cues``: the rules' focus, trap, leading, advice, open/closed and
whether the utterance speaks as "I" or "you").

- the act (question, reflection, input, other), multinomial with balanced class
  weights, on AnnoMI's therapist utterances and every workplace utterance;
- the same act model again with the three utterances before each one
  (``context_features``), used when the caller gives the conversation so far;
- advice against no advice, on both corpora;
- open against closed, over the features of the question a person is left with
  (``question_features``), on every utterance of either corpus coded with a question;
- focus (problem, solution, neutral), the trap (top, middle, bottom, none) and leading
  against not leading, on the workplace corpus alone (AnnoMI does not code them).

The workplace corpus's standalone statements (writers w12 and w13) are coded for focus
and trap only: they train and judge those two heads and no other.

The workplace corpus's held-out split (``bench/data/workplace/split.tsv``) is never
read here. Every choice made from data is made by an inner cross-validation over the
training rows, grouped by transcript (AnnoMI) and by scenario (workplace): each
model's regularisation strength, class weighting and how much a workplace row weighs
against an AnnoMI one, then how each field weighs the word rules against the model
(``coach.engine.analyser.Settings``: the rules alone, the model, or the two together)
and the advice and leading thresholds, judged by the analyser's own decision
(``coach.engine.analyser.decide``) on the held-out folds. A field coded in both
corpora is judged by the mean of its two figures, so that neither is given up for the
other. The fitting is deterministic (fixed seed), so the same data always gives the
same weights file.

    python bench/train_analyser.py [--data annomi-dev.csv] [--out weights.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _annomi_data import DEFAULT_DATA, Example, load_examples  # noqa: E402
from _measures import accuracy, f1, macro_f1  # noqa: E402
from _workplace_data import STANDALONE, Utterance  # noqa: E402
from _workplace_data import load as load_workplace  # noqa: E402

from coach.engine import analyser_questions as qs  # noqa: E402
from coach.engine.analyser import Reading, Settings, decide, probabilities, read  # noqa: E402
from coach.engine.analyser_model import (  # noqa: E402
    ACTS,
    CONTEXT_USED,
    FOCI,
    HEADS,
    TRAP_CLASSES,
    WEIGHTS_FILE,
    LinearModel,
    StoredTable,
    features,
    question_features,
)
from coach.engine.packed_rows import Layout, encode  # noqa: E402

try:
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
except ImportError:  # pragma: no cover - depends on the environment
    raise SystemExit(
        'training needs scikit-learn: pip install -e ".[train]"'
    ) from None

#: Fixed seed, recorded in the weights file (the solver itself is deterministic).
SEED = 20240611
#: A feature seen in fewer training utterances than this gets no weight.
MIN_COUNT = 2
INNER_FOLDS = 3
MAX_ITER = 5000
#: The prefix of the features that carry the word rules' verdicts.
CUE = "c:"
#: Candidate values of those features (see :func:`fit`).
CUE_VALUES = (1.0, 3.0)
#: Weights are written as whole numbers of 1/SCALE.
SCALE = 10_000
#: Candidate settings, each picked by the inner cross-validation.
ACT_C = (0.03, 0.1, 0.3)
CONTEXT_ACT_C = (0.03, 0.1)
QUESTION_C = (0.1, 0.3, 1.0)
ADVICE_C = (0.1, 0.3, 1.0)
WORKPLACE_C = (0.1, 0.3, 1.0, 3.0)
#: How much one workplace row weighs against one AnnoMI row.
WORKPLACE_WEIGHT = (1.0, 3.0)
ACT_WORKPLACE_WEIGHT = (0.5, 1.0, 2.0)
#: The context act model's: workplace rows with their context cost AnnoMI's figure more.
CONTEXT_WORKPLACE_WEIGHT = (0.25, 0.5, 1.0)
#: The act models are chosen for the workplace corpus only among the settings that keep
#: AnnoMI's act macro-F1 within this of its best: the workplace rows are to add to what the
#: analyser hears, not to trade AnnoMI's figure away.
ANNOMI_TOLERANCE = 0.003
#: Class weighting of the workplace-only heads.
CLASS_WEIGHTS = ("none", "balanced")
#: Advice and leading are rare: their positives weigh this much more.
POSITIVE_WEIGHT = 4.0
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
OPEN_THRESHOLD = 0.5
MODES = {
    "advice": ("rule", "model", "either"),
    "leading": ("rule", "model", "either"),
    "trap": ("rule", "model", "rule-first"),
    "focus": ("rule", "model", "rule-first"),
}
DOMAINS = ("annomi", "workplace")
#: The workplace corpus's standalone statements (``_workplace_data.STANDALONE``): coded
#: for focus and trap only, so they train and judge those two heads and nothing else.
STATEMENTS = "statements"
#: How much the focus of what a reflection says back may count beside its own.
REFLECTION_FOCUS = (0.0, 0.5, 1.0, 2.0)


@dataclass(frozen=True)
class Row:
    """One coded utterance of either corpus; a field the corpus does not code is None."""

    domain: str
    group: str  # the transcript or scenario: folds never split one
    text: str
    context: tuple[str, ...]
    act: str
    advice: bool
    question: str | None  # "open" | "closed": the shape of what it asks, coded or not
    focus: str | None = None
    trap: str | None = None  # one of TRAP_CLASSES
    leading: bool | None = None


def annomi_rows(examples: Sequence[Example]) -> list[Row]:
    return [Row("annomi", f"a{e.transcript_id}", e.text, e.context, e.act, e.advice,
                e.question or e.question_any) for e in examples]


def workplace_rows(utterances: Sequence[Utterance]) -> list[Row]:
    return [Row(STATEMENTS if u.writer in STANDALONE else "workplace", u.scenario, u.text,
                u.context, u.final.act, u.final.advice, u.final.question, u.final.focus,
                u.final.trap or "none", None if u.writer in STANDALONE else u.final.leading)
            for u in utterances]


def coded_all(rows: Sequence[Row]) -> list[Row]:
    """The rows coded on every field (all but the standalone statements)."""
    return [r for r in rows if r.domain != STATEMENTS]


def folds(rows: Sequence[Row], k: int) -> list[tuple[list[Row], list[Row]]]:
    """Folds grouped by transcript or scenario, each corpus spread evenly over them."""
    fold_of: dict[str, int] = {}
    for domain in (*DOMAINS, STATEMENTS):
        groups = sorted({r.group for r in rows if r.domain == domain})
        fold_of.update({g: i % k for i, g in enumerate(groups)})
    return [([r for r in rows if fold_of[r.group] != f], [r for r in rows if fold_of[r.group] == f])
            for f in range(k)]


# -- features ---------------------------------------------------------------------------

_READ: dict[str, Reading] = {}
_FEATURES: dict[tuple[str, tuple[str, ...]], list[str]] = {}


def reading(text: str) -> Reading:
    found = _READ.get(text)
    if found is None:
        found = _READ[text] = read(text if qs.WORD.search(qs.normalise(text)) else "-")
    return found


def row_features(row: Row, with_context: bool = False) -> list[str]:
    """The features the analyser scores for ``row`` (with its last :data:`CONTEXT_USED`
    utterances, or none), worked out once per run."""
    context = row.context[-CONTEXT_USED:] if with_context else ()
    key = (row.text, context)
    found = _FEATURES.get(key)
    if found is None:
        r = reading(row.text)
        found = _FEATURES[key] = features(row.text, r.low, context, r.cues())
    return found


def question_row(row: Row) -> list[str]:
    r = reading(row.text)
    return question_features(r.low, r.sents, r.asked, r.kind)


class _Matrix:
    """Feature rows as a sparse matrix of counts over the features seen often enough.

    A feature listed twice for an utterance counts twice, as it does when the analyser
    sums the weights of its features.
    """

    def __init__(self, rows: Sequence[list[str]], cue: float = 1.0):
        counts: Counter[str] = Counter(f for feats in rows for f in set(feats))
        self.names = sorted(f for f, c in counts.items() if c >= MIN_COUNT)
        self.index = {f: i for i, f in enumerate(self.names)}
        #: Each feature's value: the rules' verdicts count ``cue`` times (see :func:`fit`).
        self.value = [cue if f.startswith(CUE) else 1.0 for f in self.names]
        self.x = self.matrix(rows)

    def matrix(self, rows: Sequence[list[str]]):
        index = self.index
        indptr: list[int] = [0]
        indices: list[int] = []
        values: list[float] = []
        for feats in rows:
            counted = Counter(index[f] for f in feats if f in index)
            for col in sorted(counted):
                indices.append(col)
                values.append(counted[col] * self.value[col])
            indptr.append(len(indices))
        return csr_matrix((values, indices, indptr), shape=(len(rows), len(self.names)))


@dataclass(frozen=True)
class Head:
    """A fitted head: weights per feature over ``classes`` (one column for a binary head,
    the positive class's), the intercepts folded into "bias"."""

    classes: tuple
    weights: dict[str, list[float]]

    def columns(self) -> int:
        return 1 if len(self.classes) == 2 else len(self.classes)


def fit(rows: Sequence[list[str]], labels: Sequence, classes: Sequence, c: float,
        class_weight: object = None, sample_weight: Sequence[float] | None = None,
        cue: float = 1.0) -> Head:
    """A logistic regression over ``rows``. The rules' verdicts (features starting "c:")
    enter with the value ``cue``, so that the same penalty costs them less and the model
    leans on them more; their weights are multiplied back, for features of value 1."""
    matrix = _Matrix(rows, cue)
    model = LogisticRegression(C=c, max_iter=MAX_ITER, class_weight=class_weight,
                               random_state=SEED)
    model.fit(matrix.x, list(labels), sample_weight=sample_weight)
    learnt = list(model.classes_)
    if len(classes) == 2:
        # Binary: one column for classes[1] (True, "open").
        sign = 1.0 if learnt[1] == classes[1] else -1.0
        weights = {f: [sign * float(model.coef_[0][j]) * matrix.value[j]]
                   for j, f in enumerate(matrix.names)}
        weights.setdefault("bias", [0.0])[0] += sign * float(model.intercept_[0])
        return Head(tuple(classes), weights)
    order = [learnt.index(k) for k in classes]
    weights = {f: [float(model.coef_[k][j]) * matrix.value[j] for k in order]
               for j, f in enumerate(matrix.names)}
    bias = weights.setdefault("bias", [0.0] * len(classes))
    for k, column in enumerate(order):
        bias[k] += float(model.intercept_[column])
    return Head(tuple(classes), weights)


def _sum(head: Head, feats: list[str]) -> list[float]:
    zero = [0.0] * head.columns()
    total = [0.0] * head.columns()
    for f in feats:
        for k, w in enumerate(head.weights.get(f, zero)):
            total[k] += w
    return total


def predict(head: Head, rows: Sequence[list[str]]) -> list:
    """The class of each row (for a binary head: the raw score, to threshold later)."""
    out = []
    for feats in rows:
        z = _sum(head, feats)
        out.append(z[0] if head.columns() == 1 else head.classes[max(range(len(z)),
                                                                     key=z.__getitem__)])
    return out


# -- the heads --------------------------------------------------------------------------

def _domain_weights(rows: Sequence[Row], workplace: float) -> list[float]:
    return [workplace if r.domain == "workplace" else 1.0 for r in rows]


def fit_act(rows: Sequence[Row], c: float, workplace: float, with_context: bool = False) -> Head:
    rows = coded_all(rows)
    return fit([row_features(r, with_context) for r in rows], [r.act for r in rows], ACTS, c,
               "balanced", _domain_weights(rows, workplace))


def fit_advice(rows: Sequence[Row], c: float, workplace: float, cue: float = 1.0,
               with_context: bool = False) -> Head:
    rows = coded_all(rows)
    weights = [w * (POSITIVE_WEIGHT if r.advice else 1.0)
               for w, r in zip(_domain_weights(rows, workplace), rows, strict=True)]
    return fit([row_features(r, with_context) for r in rows], [r.advice for r in rows],
               (False, True), c, None, weights, cue)


def question_rows(rows: Sequence[Row]) -> list[Row]:
    return [r for r in rows if r.question is not None]


def fit_question(rows: Sequence[Row], c: float, workplace: float) -> Head:
    rows = question_rows(rows)
    return fit([question_row(r) for r in rows], [r.question == "open" for r in rows],
               (False, True), c, None, _domain_weights(rows, workplace))


def _workplace(rows: Sequence[Row], field: str) -> list[Row]:
    """The workplace rows coded on ``field``."""
    return [r for r in rows if r.domain == "workplace"
            or (r.domain == STATEMENTS and field in ("focus", "trap"))]


def fit_workplace(rows: Sequence[Row], field: str, c: float, weighting: str,
                  cue: float = 1.0, with_context: bool = False) -> Head:
    """The focus, trap or leading head, on the workplace rows coded on it."""
    rows = _workplace(rows, field)
    labels = [getattr(r, field) for r in rows]
    feats = [row_features(r, with_context) for r in rows]
    if field == "leading":
        weights = [POSITIVE_WEIGHT if y else 1.0 for y in labels] if weighting == "balanced" else None
        return fit(feats, labels, (False, True), c, None, weights, cue)
    classes = FOCI if field == "focus" else TRAP_CLASSES
    return fit(feats, labels, classes, c, "balanced" if weighting == "balanced" else None,
               None, cue)


def fit_field(rows: Sequence[Row], field: str, chosen: dict, with_context: bool = False) -> Head:
    """The advice, focus, trap or leading head with its chosen settings."""
    if field == "advice":
        return fit_advice(rows, *chosen["advice"], with_context=with_context)
    return fit_workplace(rows, field, *chosen[field], with_context=with_context)


# -- measures ---------------------------------------------------------------------------







def by_domain(rows: Sequence[Row], measure: Callable[[list[int]], float]) -> float:
    """The mean over the corpora present in ``rows`` of ``measure`` (given row indices)."""
    scores = []
    for domain in DOMAINS:
        picked = [i for i, r in enumerate(rows) if r.domain == domain]
        if picked:
            scores.append(measure(picked))
    return sum(scores) / len(scores)


def _best(candidates: Sequence, score: Callable[[object], float]) -> object:
    """The candidate with the highest score; ties go to the earlier candidate."""
    best, best_score = candidates[0], float("-inf")
    for c in candidates:
        s = score(c)
        if s > best_score:
            best, best_score = c, s
    return best


def _sigmoid(x: float) -> float:
    import math

    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))


# -- choosing the settings ----------------------------------------------------------------

def _grid(*axes: Sequence) -> list[tuple]:
    out: list[tuple] = [()]
    for axis in axes:
        out = [(*o, a) for o in out for a in axis]
    return out


def choose_hyperparameters(rows: Sequence[Row], log: Callable[[str], None]) -> dict:
    """Each head's regularisation, class weighting and workplace weight by inner CV, each
    judged by the head alone (the act by macro-F1, advice and leading by their best F1
    over the thresholds, open/closed, focus and trap by accuracy or macro-F1)."""
    inner = folds(rows, INNER_FOLDS)
    held: list[Row] = [r for _, test in inner for r in test]
    candidates: dict[str, list[tuple]] = {
        "act": _grid(ACT_C, ACT_WORKPLACE_WEIGHT),
        "advice": _grid(ADVICE_C, WORKPLACE_WEIGHT, CUE_VALUES),
        "question": _grid(QUESTION_C, WORKPLACE_WEIGHT),
        "focus": _grid(WORKPLACE_C, CLASS_WEIGHTS, CUE_VALUES),
        "trap": _grid(WORKPLACE_C, CLASS_WEIGHTS, CUE_VALUES),
        "leading": _grid(WORKPLACE_C, CLASS_WEIGHTS, CUE_VALUES),
    }
    predicted: dict[str, dict[tuple, list]] = {h: {c: [] for c in cs} for h, cs in candidates.items()}
    for train_rows, test_rows in inner:
        plain = [row_features(r) for r in test_rows]
        questions = [question_row(r) for r in question_rows(test_rows)]
        for c in candidates["act"]:
            predicted["act"][c] += predict(fit_act(train_rows, *c), plain)
        for c in candidates["advice"]:
            predicted["advice"][c] += predict(fit_advice(train_rows, *c), plain)
        for c in candidates["question"]:
            predicted["question"][c] += predict(fit_question(train_rows, *c), questions)
        for field in ("focus", "trap", "leading"):
            for c in candidates[field]:
                predicted[field][c] += predict(fit_workplace(train_rows, field, *c), plain)
    chosen: dict[str, tuple] = {}
    an = [i for i, r in enumerate(held) if r.domain == "annomi"]
    wp = [i for i, r in enumerate(held) if r.domain == "workplace"]
    fq = [i for i, r in enumerate(held) if r.domain in ("workplace", STATEMENTS)]
    chosen["act"] = _keep_annomi(candidates["act"], predicted["act"], held, an, wp, log, "act")

    def best_f1(gold: list[bool], scores: list[float]) -> float:
        return max(f1(gold, [_sigmoid(s) >= t for s in scores]) for t in THRESHOLDS)

    chosen["advice"] = _best(candidates["advice"], lambda c: by_domain(held, lambda ix: best_f1(
        [held[i].advice for i in ix], [predicted["advice"][c][i] for i in ix])))
    asked = question_rows(held)
    chosen["question"] = _best(candidates["question"], lambda c: by_domain(
        asked, lambda ix: accuracy([asked[i].question == "open" for i in ix],
                                   [predicted["question"][c][i] >= 0 for i in ix])))
    chosen["focus"] = _best(candidates["focus"], lambda c: accuracy(
        [held[i].focus for i in fq], [predicted["focus"][c][i] for i in fq]))
    chosen["trap"] = _best(candidates["trap"], lambda c: macro_f1(
        [held[i].trap for i in fq], [predicted["trap"][c][i] for i in fq],
        TRAP_CLASSES))
    chosen["leading"] = _best(candidates["leading"], lambda c: best_f1(
        [bool(held[i].leading) for i in wp], [predicted["leading"][c][i] for i in wp]))
    # The context act model: its regularisation and workplace weight, chosen the same way.
    context_candidates = _grid(CONTEXT_ACT_C, CONTEXT_WORKPLACE_WEIGHT)
    context_pred: dict[tuple, list[str]] = {c: [] for c in context_candidates}
    for train_rows, test_rows in inner:
        with_context = [row_features(r, True) for r in test_rows]
        for c in context_candidates:
            context_pred[c] += predict(fit_act(train_rows, *c, True), with_context)
    chosen["context_act"] = _keep_annomi(context_candidates, context_pred, held, an, wp, log,
                                         "act with context")
    # Which of the other heads read the context too: each is refitted with the context
    # features and kept for utterances given with context when it does better so.
    context_fields = []
    for field in CONTEXT_FIELDS:
        plain_pred: list = []
        context_pred_f: list = []
        for train_rows, test_rows in inner:
            plain_pred += predict(fit_field(train_rows, field, chosen), [
                row_features(r) for r in test_rows])
            context_pred_f += predict(fit_field(train_rows, field, chosen, True), [
                row_features(r, True) for r in test_rows])
        if field == "advice":
            def measure(pred: list) -> float:
                return by_domain(held, lambda ix: best_f1(
                    [held[i].advice for i in ix], [pred[i] for i in ix]))
        elif field == "leading":
            def measure(pred: list) -> float:
                return best_f1([bool(held[i].leading) for i in wp], [pred[i] for i in wp])
        elif field == "trap":
            def measure(pred: list) -> float:
                return macro_f1([held[i].trap for i in fq], [pred[i] for i in fq], TRAP_CLASSES)
        else:
            def measure(pred: list) -> float:
                return accuracy([held[i].focus for i in fq], [pred[i] for i in fq])
        before, after = measure(plain_pred), measure(context_pred_f)
        log(f"inner CV, {field} head alone: {before:.3f} without context, {after:.3f} with")
        if after >= before + CONTEXT_GAIN:
            context_fields.append(field)
    chosen["context_fields"] = tuple(context_fields)
    log(f"inner CV: hyperparameters {chosen}")
    return chosen


#: The heads that may read the context as the act does.
CONTEXT_FIELDS = ("advice", "focus", "trap", "leading")
#: How much better a head must do with the context features to be given them.
CONTEXT_GAIN = 0.005


def _keep_annomi(candidates: Sequence[tuple], predicted: dict[tuple, list], held: Sequence[Row],
                 an: list[int], wp: list[int], log: Callable[[str], None], name: str) -> tuple:
    """The act setting with the best workplace macro-F1 among those whose AnnoMI macro-F1
    is within :data:`ANNOMI_TOLERANCE` of the best AnnoMI figure."""
    def score(ix: list[int], c: tuple) -> float:
        return macro_f1([held[i].act for i in ix], [predicted[c][i] for i in ix], ACTS)

    annomi = {c: score(an, c) for c in candidates}
    workplace = {c: score(wp, c) for c in candidates}
    log(f"inner CV, {name}: " + ", ".join(
        f"C {c[0]} weight {c[1]}: AnnoMI {annomi[c]:.3f} workplace {workplace[c]:.3f}"
        for c in candidates))
    top = max(annomi.values())
    kept = [c for c in candidates if annomi[c] >= top - ANNOMI_TOLERANCE]
    return _best(kept, lambda c: workplace[c])


def fit_all(rows: Sequence[Row], chosen: dict) -> dict[str, Head]:
    heads = {
        "act": fit_act(rows, *chosen["act"]),
        "context_act": fit_act(rows, *chosen["context_act"], True),
        "question": fit_question(rows, *chosen["question"]),
    }
    for field in CONTEXT_FIELDS:
        heads[field] = fit_field(rows, field, chosen)
        if field in chosen["context_fields"]:
            heads["context_" + field] = fit_field(rows, field, chosen, True)
    return heads


def _rounded(x: float) -> int:
    return round(x * SCALE)


def tables(heads: dict[str, Head]) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """(the plain table, the context table): one row per feature over :data:`HEADS`, as
    whole numbers of 1/SCALE; rows that round to nothing are left out. The context
    table's act columns are the context act model's; its other columns are the plain
    heads' again, so that one lookup per feature scores every head."""
    others = ("advice", "focus", "trap", "leading")

    def row(f: str, context: bool) -> list[int]:
        act = heads["context_act" if context else "act"]
        values = list(act.weights.get(f, [0.0] * len(ACTS)))
        for name in others:
            head = heads.get("context_" + name, heads[name]) if context else heads[name]
            values += head.weights.get(f, [0.0] * head.columns())
        return [_rounded(x) for x in values]

    plain_names = set(heads["act"].weights).union(*(heads[n].weights for n in others))
    context_names = plain_names.union(*(h.weights for n, h in heads.items()
                                        if n.startswith("context_")))
    plain = {f: r for f in sorted(plain_names) if any(r := row(f, False))}
    context = {f: r for f in sorted(context_names) if any(r := row(f, True))}
    return plain, context


def weights_file(heads: dict[str, Head], chosen: dict, settings: Settings) -> dict:
    """The weights file's contents: the two tables stored packed (see
    ``coach.engine.packed_rows.encode``), the open/closed weights and the settings."""
    plain, context = tables(heads)
    question = heads["question"]
    layout = Layout(len(HEADS))
    return {
        "format": 5,
        "heads": list(HEADS),
        "scale": SCALE,
        "seed": SEED,
        "context_used": CONTEXT_USED,
        "settings": {k: list(v) for k, v in sorted(chosen.items())},
        "modes": {
            "advice": settings.advice, "leading": settings.leading, "focus": settings.focus,
            "trap": settings.trap, "trap_is_problem": "yes" if settings.trap_is_problem else "no",
            "own_voice": "yes" if settings.own_voice else "no",
            "reflection_focus": settings.reflection_focus,
        },
        "thresholds": {"advice": settings.advice_threshold, "open": OPEN_THRESHOLD,
                       "leading": settings.leading_threshold, "trap": settings.trap_threshold},
        "weights": encode(plain, layout),
        "context_weights": encode(context, layout),
        "question_weights": {f: r for f, (w,) in sorted(question.weights.items())
                             if (r := _rounded(w))},
    }


#: Within this much of the best inner-CV figure, a setting that keeps the word rules is
#: preferred to the model alone (about one standard error of these figures on some 1,300
#: rows: the two are not told apart by the data, and the rules say why they decide).
PREFER_RULES_WITHIN = 0.02


def _prefer_rules(field: str, options: Sequence[Settings], scores: Sequence[float]) -> Settings:
    """The best-scoring option, or, when one that keeps the rules ("either", "rule-first"
    or "rule"; for the act, the own-voice rule) scores within :data:`PREFER_RULES_WITHIN`
    of it, the best of those; for the trap, the highest threshold (the model adding the
    fewest traps) among them."""
    top = max(scores)
    keeps = [(o, v) for o, v in zip(options, scores, strict=True)
             if v >= top - PREFER_RULES_WITHIN
             and (o.own_voice if field == "act" else getattr(o, field) != "model")]
    if not keeps:
        return options[list(scores).index(top)]
    best = max(v for _, v in keeps)
    if field == "trap":
        near = [o for o, v in keeps if v >= best - PREFER_RULES_WITHIN]
        return max(near, key=lambda o: o.trap_threshold)
    return next(o for o, v in keeps if v == best)


def choose_settings(rows: Sequence[Row], chosen: dict, log: Callable[[str], None]) -> Settings:
    """How each field weighs the rules against the model, and the thresholds: the
    analyser's own decision (``decide``) on the inner held-out folds, with context (as a
    transcript is coded) and without, each field judged as ``bench/workplace.py`` and
    ``bench/annomi.py`` judge it."""
    held: list[Row] = []
    scored: list[tuple[Reading, object, object]] = []
    #: the fold model's focus probabilities of the utterance before each held row, read
    #: with its own context (empty for a row with no context)
    befores: list[list[float]] = []
    for train_rows, test_rows in folds(rows, INNER_FOLDS):
        model = LinearModel.from_dict(weights_file(fit_all(train_rows, chosen), chosen,
                                                   Settings()))
        for r in test_rows:
            held.append(r)
            reading_ = reading(r.text)
            feats = row_features(r)
            plain = model.score(feats)
            if r.context:
                with_context = model.score(row_features(r, True), context=True)
                prior = replace(r, text=r.context[-1], context=r.context[:-1])
                z = model.score(row_features(prior, bool(prior.context)),
                                context=bool(prior.context)).focus_z
                befores.append(probabilities(z) if z else [])
            else:
                with_context = plain
                befores.append([])
            scored.append((reading_, plain, with_context))
    wp = [i for i, r in enumerate(held) if r.domain == "workplace"]
    fq = [i for i, r in enumerate(held) if r.domain in ("workplace", STATEMENTS)]

    def decisions(settings: Settings, which: int = 1):
        # as the analyser codes: the utterance before is there only with context
        return [decide(rd, sc[which - 1] if which else sc[0], settings,
                       (lambda b=b: b) if which == 2 else None)
                for (rd, *sc), b in zip(scored, befores, strict=True)]

    def measure(settings: Settings, field: str) -> float:
        if field in ("advice",):
            out = []
            for which in (1, 2):
                got = decisions(settings, which)
                out.append(by_domain(held, lambda ix: f1([held[i].advice for i in ix],
                                                         [got[i].advice for i in ix])))
            return sum(out) / 2
        if field == "act":
            out = []
            for which in (1, 2):
                got = decisions(settings, which)
                out.append(by_domain(held, lambda ix: macro_f1(
                    [held[i].act for i in ix], [got[i].act for i in ix], ACTS)))
            return sum(out) / 2
        out = []
        for which in (1, 2):
            got = decisions(settings, which)
            if field == "leading":
                out.append(f1([held[i].leading for i in wp], [got[i].leading for i in wp]))
            elif field == "trap":
                out.append(macro_f1([held[i].trap for i in fq],
                                    [got[i].trap or "none" for i in fq], TRAP_CLASSES))
            else:
                out.append(accuracy([held[i].focus for i in fq], [got[i].focus for i in fq]))
        return sum(out) / 2

    settings = Settings()
    for field, make in (
        ("advice", lambda s: [replace(s, advice=m, advice_threshold=t)
                              for m in MODES["advice"] for t in THRESHOLDS]),
        ("leading", lambda s: [replace(s, leading=m, leading_threshold=t)
                               for m in MODES["leading"] for t in THRESHOLDS]),
        ("trap", lambda s: [replace(s, trap=m, trap_threshold=t)
                            for m in MODES["trap"] for t in THRESHOLDS]),
        ("focus", lambda s: [replace(s, focus=m, trap_is_problem=p)
                             for m in MODES["focus"] for p in (False, True)]),
        ("reflection_focus", lambda s: [replace(s, reflection_focus=w)
                                        for w in REFLECTION_FOCUS]),
        # Ties go to the codebook's convention: one's own situation is input.
        ("act", lambda s: [replace(s, own_voice=v) for v in (True, False)]),
    ):
        options = make(settings)
        scores = [measure(o, field) for o in options]
        settings = _prefer_rules(field, options, scores)
        best_of: dict[str, float] = {}
        for o, value in zip(options, scores, strict=True):
            label = {"advice": o.advice, "leading": o.leading, "trap": o.trap,
                     "focus": f"{o.focus}/trap-is-problem {o.trap_is_problem}",
                     "act": f"own-voice {o.own_voice}",
                     "reflection_focus": f"weight {o.reflection_focus}"}[field]
            best_of[label] = max(best_of.get(label, 0.0), value)
        log(f"inner CV, {field}: " + ", ".join(f"{k} {v:.3f}" for k, v in best_of.items()))
    log(f"inner CV: settings {settings}")
    plain, with_context = decisions(settings, 1), decisions(settings, 2)
    for domain in DOMAINS:
        ix = [i for i, r in enumerate(held) if r.domain == domain]
        for name, got in (("without context", plain), ("with context", with_context)):
            def of(field: str, decided=got) -> tuple[list, list]:
                return ([getattr(held[i], field) for i in ix],
                        [getattr(decided[i], field) or ("none" if field == "trap" else None)
                         for i in ix])
            line = [f"act macro-F1 {macro_f1(*of('act'), ACTS):.3f}",
                    f"accuracy {accuracy(*of('act')):.3f}", f"advice F1 {f1(*of('advice')):.3f}"]
            if domain == "workplace":
                line += [f"focus accuracy {accuracy(*of('focus')):.3f}",
                         f"trap accuracy {accuracy(*of('trap')):.3f}",
                         f"trap macro-F1 {macro_f1(*of('trap'), TRAP_CLASSES):.3f}",
                         f"leading F1 {f1(*of('leading')):.3f}"]
            log(f"inner CV, {domain}, {name}: " + "; ".join(line))
    if ERRORS is not None:
        with ERRORS.open("w", encoding="utf-8") as out:
            for i in wp:
                r, d = held[i], with_context[i]
                for field, want, got in (("act", r.act, d.act), ("focus", r.focus, d.focus),
                                         ("trap", r.trap, d.trap or "none"),
                                         ("leading", r.leading, d.leading),
                                         ("advice", r.advice, d.advice)):
                    if want != got:
                        out.write(f"{field}\t{want}\t{got}\t{r.text}\n")
    return settings


#: Where to write the inner cross-validation's mistakes on the workplace rows (--errors).
ERRORS: Path | None = None


def train(examples: Sequence[Example], utterances: Sequence[Utterance] | None = None,
          log: Callable[[str], None] = lambda _: None) -> dict:
    """Fit the models on AnnoMI ``examples`` and the workplace ``utterances`` (the
    corpus's training split when not given) and return the weights file's contents."""
    if utterances is None:
        utterances = load_workplace("train")
    rows = annomi_rows(examples) + workplace_rows(utterances)
    chosen = choose_hyperparameters(rows, log)
    settings = choose_settings(rows, chosen, log)
    return weights_file(fit_all(rows, chosen), chosen, settings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    parser.add_argument("--errors", type=Path,
                        help="write the inner cross-validation's mistakes on the workplace "
                        "training rows to this file")
    args = parser.parse_args(argv)
    global ERRORS
    ERRORS = args.errors
    examples = load_examples(args.data)
    utterances = load_workplace("train")
    model = train(examples, utterances, log=print)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(model, separators=(",", ":"), sort_keys=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"trained on {len(examples)} AnnoMI and {len(utterances)} workplace utterances; "
          f"{len(StoredTable(model['weights']))} features, "
          f"{len(StoredTable(model['context_weights']))} with context, "
          f"{len(model['question_weights'])} question features; modes {model['modes']}, "
          f"thresholds {model['thresholds']}; wrote {args.out} ({len(text) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
