"""Score the shipped analyser on the held-out split of the workplace corpus.

The held-out split (``bench/data/workplace/split.tsv``: all of writer w3's scenarios,
and every fifth scenario of w1 and w2) is never read by training. Each utterance is
coded with its scenario's earlier turns as context, as ``coach analyse`` codes a
transcript, and against the adjudicated labels. Beside each figure is Cohen's kappa
between the two coders on the same rows: how far two people agreed on that field.

    python bench/workplace.py [--part test|train] [--no-context] [--errors FIELD]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _measures import accuracy, f1, kappa, macro_f1  # noqa: E402
from _workplace_data import Codes, Utterance, load, load_fresh  # noqa: E402

from coach.engine.analyser import Analyser, Analysis, default_analyser  # noqa: E402

ACTS = ("question", "reflection", "input", "other")
FOCI = ("problem", "solution", "neutral")
TRAPS = ("top", "middle", "bottom", None)










def coded(rows: list[Utterance], analyser: Analyser, context: bool) -> list[Analysis]:
    return [analyser.analyse(u.text, context=u.context if context else ()) for u in rows]


def open_closed(rows: list[Utterance], got: list[Analysis], analyser: Analyser):
    """(gold, predicted, predicted strictly) over the gold questions; the analyser's shape
    of the text when it did not call it a question, or None for the strict figure."""
    gold, pred, strict = [], [], []
    for u, a in zip(rows, got, strict=True):
        if u.final.question is None:
            continue
        gold.append(u.final.question)
        pred.append(a.question or analyser.question_kind(u.text))
        strict.append(a.question)
    return gold, pred, strict


def report(rows: list[Utterance], got: list[Analysis], analyser: Analyser) -> None:
    def field(name: str, of: Callable[[Codes], object], mine: Callable[[Analysis], object]):
        return ([of(u.final) for u in rows], [mine(a) for a in got],
                kappa([of(u.c1) for u in rows], [of(u.c2) for u in rows]))

    print(f"{'measure':44} {'analyser':>8} {'kappa':>6} {'target':>7}")

    def line(name: str, value: float, k: float | None, target: str = "") -> None:
        kap = f"{k:6.3f}" if k is not None else " " * 6
        print(f"{name:44} {value:8.3f} {kap} {target:>7}")

    gold, pred, k = field("focus", lambda c: c.focus, lambda a: a.focus)
    line("focus, accuracy", accuracy(gold, pred), k, ">= 0.85")
    line("focus, macro-F1 (problem/solution/neutral)", macro_f1(gold, pred, FOCI), None)
    print("    F1 " + "  ".join(f"{c} {f1(gold, pred, c):.3f}" for c in FOCI))
    gold, pred, k = field("trap", lambda c: c.trap, lambda a: a.trap)
    line("trap, accuracy", accuracy(gold, pred), k, ">= 0.85")
    line("trap, macro-F1 (top/middle/bottom/none)", macro_f1(gold, pred, TRAPS), None)
    print("    F1 " + "  ".join(f"{c or 'none'} {f1(gold, pred, c):.3f}" for c in TRAPS))
    gold, pred, k = field("leading", lambda c: c.leading, lambda a: a.leading)
    line(f"leading, F1 (gold {sum(gold)}, said {sum(pred)})", f1(gold, pred, True), k,
         ">= 0.85")
    gold, pred, k = field("advice", lambda c: c.advice, lambda a: a.advice)
    line(f"advice, F1 (gold {sum(gold)}, said {sum(pred)})", f1(gold, pred, True), k,
         ">= 0.85")
    gold, pred, k = field("multiple", lambda c: c.multiple, lambda a: a.multiple)
    line(f"multiple, F1 (gold {sum(gold)}, said {sum(pred)})", f1(gold, pred, True), k)
    gold_q, pred_q, strict_q = open_closed(rows, got, analyser)
    both = [(u.c1.question, u.c2.question) for u in rows
            if u.c1.question is not None and u.c2.question is not None]
    k_q = kappa([a for a, _ in both], [b for _, b in both])
    line(f"open/closed, accuracy on questions (n={len(gold_q)})", accuracy(gold_q, pred_q),
         k_q, ">= 0.92")
    line("  the same, a question not heard as one wrong", accuracy(gold_q, strict_q), None)
    gold, pred, k = field("question", lambda c: c.question, lambda a: a.question)
    line("asks something and its shape (open/closed/none)", accuracy(gold, pred), k)
    gold, pred, k = field("act", lambda c: c.act, lambda a: a.act)
    line("act, accuracy", accuracy(gold, pred), k, ">= 0.90")
    line("act, macro-F1", macro_f1(gold, pred, ACTS), k)
    print("    F1 " + "  ".join(f"{c} {f1(gold, pred, c):.3f}" for c in ACTS))


def show_errors(rows: list[Utterance], got: list[Analysis], name: str) -> None:
    for u, a in zip(rows, got, strict=True):
        want = getattr(u.final, name)
        have = getattr(a, name)
        if want != have:
            print(f"{u.id}\t{want}\t{have}\t{u.text}")


def fresh(analyser: Analyser) -> None:
    """Focus and trap on the fresh statements, each coded alone."""
    rows = load_fresh()
    got = [analyser.analyse(s.text) for s in rows]
    print(f"\nfresh statements ({len(rows)}, two further writers, focus and trap only, "
          "never trained on):")
    for name, at, classes in (("focus", 0, FOCI), ("trap", 1, TRAPS)):
        gold = [s.final[at] for s in rows]
        pred = [a.focus if at == 0 else a.trap for a in got]
        agree = kappa([s.c1[at] for s in rows], [s.c2[at] for s in rows])
        print(f"  {name:6} accuracy {accuracy(gold, pred):.3f}  macro-F1 "
              f"{macro_f1(gold, pred, classes):.3f}  coders' kappa {agree:.3f}")
    for writer in sorted({s.writer for s in rows}):
        pick = [i for i, s in enumerate(rows) if s.writer == writer]
        focus = accuracy([rows[i].final[0] for i in pick], [got[i].focus for i in pick])
        trap = accuracy([rows[i].final[1] for i in pick], [got[i].trap for i in pick])
        print(f"  {writer:6} {len(pick):4d} rows: focus {focus:.3f}, trap {trap:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("test", "train"), default="test",
                        help="which side of the split to score (default: the held-out test)")
    parser.add_argument("--no-context", action="store_true",
                        help="code each utterance alone, without its scenario's earlier turns")
    parser.add_argument("--errors", metavar="FIELD",
                        help="list the utterances where FIELD differs from the final labels")
    parser.add_argument("--weights", type=Path, metavar="FILE",
                        help="score these weights instead of the shipped ones")
    args = parser.parse_args(argv)
    rows = load(args.part)
    if args.weights:
        import json

        from coach.engine.analyser_model import LinearModel

        with args.weights.open(encoding="utf-8") as handle:
            analyser = Analyser(LinearModel.from_dict(json.load(handle)))
    else:
        analyser = default_analyser()
    got = coded(rows, analyser, not args.no_context)
    if args.errors:
        show_errors(rows, got, args.errors)
        return 0
    scenarios = len({u.scenario for u in rows})
    writers = Counter(u.writer for u in rows)
    print(f"workplace corpus, {args.part} split: {len(rows)} utterances in {scenarios} "
          f"scenarios (" + ", ".join(f"{w} {n}" for w, n in sorted(writers.items())) + "), "
          + ("no context" if args.no_context else "each with its scenario's earlier turns"))
    print("kappa: the two coders against each other on these rows\n")
    report(rows, got, analyser)
    print("\nby writer (the held-out split: all of w3, every fifth scenario of w1 and w2):")
    print(f"  {'writer':8} {'rows':>5} {'focus':>6} {'trap':>6} {'leading':>8} {'advice':>7} "
          f"{'act':>6}")
    for writer in sorted({u.writer for u in rows}):
        pick = [i for i, u in enumerate(rows) if u.writer == writer]

        def of(field: str) -> tuple[list, list]:
            return ([getattr(rows[i].final, field) for i in pick],
                    [getattr(got[i], field) for i in pick])

        print(f"  {writer:8} {len(pick):5d} {accuracy(*of('focus')):6.3f} "
              f"{accuracy(*of('trap')):6.3f} {f1(*of('leading'), True):8.3f} "
              f"{f1(*of('advice'), True):7.3f} {accuracy(*of('act')):6.3f}")
    print("  (focus, trap and act: accuracy; leading and advice: F1)")
    if args.part == "test":
        fresh(analyser)
    if not args.no_context:
        print("\nwithout context:")
        bare = coded(rows, analyser, False)
        gold = [u.final.act for u in rows]
        pred = [a.act for a in bare]
        print(f"  act accuracy {accuracy(gold, pred):.3f}, macro-F1 "
              f"{macro_f1(gold, pred, ACTS):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
