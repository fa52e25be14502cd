"""The figures the analyser benches report: F1, macro-F1, accuracy and Cohen's kappa."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence


def f1(gold: Sequence, pred: Sequence, positive: object = True) -> float:
    """F1 of ``positive`` (0 when it is never rightly found)."""
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == positive and p == positive)
    wrong = sum(1 for g, p in zip(gold, pred, strict=True) if (g == positive) != (p == positive))
    return 2 * tp / (2 * tp + wrong) if tp else 0.0


def macro_f1(gold: Sequence, pred: Sequence, classes: Sequence) -> float:
    return sum(f1(gold, pred, c) for c in classes) / len(classes)


def accuracy(gold: Sequence, pred: Sequence) -> float:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0


def kappa(a: Sequence, b: Sequence) -> float:
    """Cohen's kappa for two coders' labels of the same items."""
    n = len(a)
    if not n:
        return 0.0
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca.keys() | cb.keys()) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0
