"""Score the analyser on AnnoMI therapist utterances under transcript-grouped CV.

For each of k folds (grouped by transcript_id) the model is retrained with
``bench/train_analyser.py``'s own code on the other folds (and, as the shipped model is,
on the workplace corpus's training split), and the full analyser
(rules plus that fold's model) is scored on the held-out transcripts twice: given the
three utterances before each one as context, and given none. No figure comes from
rows the model was trained on.

Training needs scikit-learn (``pip install -e ".[train]"``); the analyser does not.

    python bench/annomi.py [--data annomi-dev.csv] [--folds 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _annomi_data import DEFAULT_DATA, agreement, folds, load_examples  # noqa: E402
from _measures import f1  # noqa: E402
from train_analyser import train  # noqa: E402

from coach.engine.analyser import Analyser  # noqa: E402
from coach.engine.analyser_model import ACTS, CONTEXT_USED, LinearModel  # noqa: E402




@dataclass
class Run:
    """Gold labels and the analyser's answers under one condition."""

    acts_gold: list[str] = field(default_factory=list)
    acts_pred: list[str] = field(default_factory=list)
    kind_gold: list[str] = field(default_factory=list)
    kind_pred: list[str] = field(default_factory=list)
    kind_strict: list[str | None] = field(default_factory=list)
    advice_gold: list[bool] = field(default_factory=list)
    advice_pred: list[bool] = field(default_factory=list)

    def macro(self) -> float:
        return sum(f1(self.acts_gold, self.acts_pred, c) for c in ACTS) / len(ACTS)


def report(name: str, run: Run, *, detail: bool) -> None:
    n = len(run.acts_gold)
    pairs = list(zip(run.acts_gold, run.acts_pred, strict=True))
    print(f"\n{name}")
    print(f"  act macro-F1: {run.macro():.3f}   (target >= 0.78 with context, 0.70 without)")
    print("  " + "  ".join(f"{c} {f1(run.acts_gold, run.acts_pred, c):.3f}" for c in ACTS))
    print(f"  accuracy {sum(a == b for a, b in pairs) / n:.3f}")
    q = len(run.kind_gold)
    oc = sum(a == b for a, b in zip(run.kind_gold, run.kind_pred, strict=True)) / q
    strict = sum(a == b for a, b in zip(run.kind_gold, run.kind_strict, strict=True)) / q
    print(f"  open/closed accuracy on gold questions: {oc:.3f} (n={q}); counting a question "
          f"the analyser did not call a question as wrong: {strict:.3f}")
    tp = sum(1 for g, p in zip(run.advice_gold, run.advice_pred, strict=True) if g and p)
    print(f"  advice F1: {f1(run.advice_gold, run.advice_pred, True):.3f} (gold "
          f"{sum(run.advice_gold)}, predicted {sum(run.advice_pred)}, both {tp})")
    if not detail:
        return
    print("  confusion (rows: gold, columns: predicted)")
    print(" " * 14 + "".join(f"{c:>11}" for c in ACTS))
    for g in ACTS:
        row = [sum(1 for x, y in pairs if x == g and y == p) for p in ACTS]
        print(f"    {g:<10}" + "".join(f"{v:>11}" for v in row))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    examples = load_examples(args.data)
    with_context, without = Run(), Run()
    for train_rows, test_rows in folds(examples, args.folds):
        analyser = Analyser(LinearModel.from_dict(train(train_rows)))
        for e in test_rows:
            for run, context in ((with_context, e.context[-CONTEXT_USED:]), (without, ())):
                a = analyser.analyse(e.text, context=context)
                run.acts_gold.append(e.act)
                run.acts_pred.append(a.act)
                run.advice_gold.append(e.advice)
                run.advice_pred.append(a.advice)
                if e.question is not None:
                    run.kind_gold.append(e.question)
                    run.kind_pred.append(a.question or analyser.question_kind(e.text))
                    run.kind_strict.append(a.question)
    n = len(with_context.acts_gold)
    print(f"AnnoMI development split ({args.data}): {n} therapist utterances (majority "
          f"label), {args.folds}-fold CV grouped by transcript_id, each fold scored on "
          f"transcripts its model never saw; {time.perf_counter() - start:.0f} s")
    report(f"with context (the {CONTEXT_USED} utterances before each one)", with_context,
           detail=True)
    report("without context", without, detail=True)
    majority = max(with_context.kind_gold.count("open"),
                   with_context.kind_gold.count("closed")) / len(with_context.kind_gold)
    print(f"\nopen/closed majority-class baseline: {majority:.3f} (target >= 0.88); "
          "advice target >= 0.55")
    agree = agreement(args.data)
    print(f"\nannotators against each other, on the {agree.utterances} utterances coded "
          f"more than once (for reference: how often two experts agree):")
    print(f"  same act {agree.act:.3f}; open/closed {agree.open_closed:.3f} "
          f"(n={agree.questions} pairs); advice F1 {agree.advice:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
