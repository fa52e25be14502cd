"""Score the analyser on AnnoMI therapist utterances under transcript-grouped CV.

For each of k folds (grouped by transcript_id) the model is retrained with
``bench/train_analyser.py``'s own code on the other folds, and the full analyser
(rules plus that fold's model) is scored on the held-out transcripts. No figure
comes from rows the model was trained on.

Training needs scikit-learn (``pip install -e ".[train]"``); the analyser does not.

    python bench/annomi.py [--data annomi-dev.csv] [--folds 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _annomi_data import DEFAULT_DATA, agreement, folds, load_examples  # noqa: E402
from train_analyser import train  # noqa: E402

from coach.engine.analyser import Analyser  # noqa: E402
from coach.engine.analyser_model import ACTS, LinearModel  # noqa: E402


def f1(gold: list, pred: list, positive: object) -> float:
    tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == positive and p == positive)
    fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != positive and p == positive)
    fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == positive and p != positive)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    examples = load_examples(args.data)
    acts_gold: list[str] = []
    acts_pred: list[str] = []
    kind_gold: list[str] = []
    kind_pred: list[str] = []
    kind_strict: list[str | None] = []
    advice_gold: list[bool] = []
    advice_pred: list[bool] = []
    for train_rows, test_rows in folds(examples, args.folds):
        analyser = Analyser(LinearModel.from_dict(train(train_rows)))
        for e in test_rows:
            a = analyser.analyse(e.text)
            acts_gold.append(e.act)
            acts_pred.append(a.act)
            advice_gold.append(e.advice)
            advice_pred.append(a.advice)
            if e.question is not None:
                kind_gold.append(e.question)
                kind_pred.append(a.question or analyser.question_kind(e.text))
                kind_strict.append(a.question)
    n = len(acts_gold)
    print(f"AnnoMI therapist utterances: {n} (majority label), {args.folds}-fold CV "
          f"grouped by transcript_id; {time.perf_counter() - start:.0f} s")
    per_class = {c: f1(acts_gold, acts_pred, c) for c in ACTS}
    macro = sum(per_class.values()) / len(ACTS)
    print(f"\nact macro-F1: {macro:.3f}   (target >= 0.70)")
    for c in ACTS:
        print(f"  {c:<10} F1 {per_class[c]:.3f}")
    accuracy = sum(a == b for a, b in zip(acts_gold, acts_pred, strict=True)) / n
    print(f"  accuracy   {accuracy:.3f}")
    print("\nconfusion (rows: gold, columns: predicted)")
    print(" " * 12 + "".join(f"{c:>11}" for c in ACTS))
    for g in ACTS:
        pairs = list(zip(acts_gold, acts_pred, strict=True))
        row = [sum(1 for x, y in pairs if x == g and y == p) for p in ACTS]
        print(f"  {g:<10}" + "".join(f"{v:>11}" for v in row))
    q = len(kind_gold)
    oc = sum(a == b for a, b in zip(kind_gold, kind_pred, strict=True)) / q
    strict = sum(a == b for a, b in zip(kind_gold, kind_strict, strict=True)) / q
    print(f"\nopen/closed accuracy on gold questions: {oc:.3f}   (target >= 0.88; n={q})")
    print(f"  counting a question the analyser did not call a question as wrong: {strict:.3f}")
    majority = max(kind_gold.count("open"), kind_gold.count("closed")) / q
    print(f"  majority-class baseline: {majority:.3f}")
    adv = f1(advice_gold, advice_pred, True)
    tp = sum(1 for g, p in zip(advice_gold, advice_pred, strict=True) if g and p)
    print(f"\nadvice F1: {adv:.3f}   (target >= 0.55; gold {sum(advice_gold)}, "
          f"predicted {sum(advice_pred)}, both {tp})")
    agree = agreement(args.data)
    print(f"\nannotators against each other, on the {agree.utterances} utterances coded "
          f"more than once (for reference: how often two experts agree):")
    print(f"  same act {agree.act:.3f}; open/closed {agree.open_closed:.3f} "
          f"(n={agree.questions} pairs); advice F1 {agree.advice:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
