"""How well coach hears risk: recall and false alarms on labelled corpora.

Each corpus is scored as it is, by the whole detector (phrase tables, shape rules and
the trained model). ``tests/data/risk_corpus.tsv`` is the corpus the rules are built
against; ``bench/data/risk_holdout.tsv`` was written apart but then used to build the
shape rules and to train the model; ``bench/data/risk_holdout2.tsv`` is used for
nothing but this figure: it is how the detector does on wordings it has not seen.

    python bench/risk.py [--misses] [--timing] [FILE ...]

Prints, for each corpus: recall (risk lines heard), the false-alarm rate (other lines
taken as risk), how often the kind (suicide, self-harm, danger) is named right, and
recall for each kind and each family of wording. ``--misses`` lists what went wrong.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.engine.risk import risk_kind  # noqa: E402

CORPORA = (ROOT / "tests" / "data" / "risk_corpus.tsv", ROOT / "bench" / "data" / "risk_holdout.tsv",
           ROOT / "bench" / "data" / "risk_holdout2.tsv")


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def score(rows: list[dict[str, str]], show_misses: bool) -> None:
    risky = [r for r in rows if r["kind"] != "none"]
    safe = [r for r in rows if r["kind"] == "none"]
    heard = {id(r): risk_kind(r["text"]) for r in rows}
    hits = [r for r in risky if heard[id(r)] is not None]
    alarms = [r for r in safe if heard[id(r)] is not None]
    kind_right = [r for r in hits if heard[id(r)] == r["kind"]]
    print(f"  lines: {len(rows)} ({len(risky)} risk, {len(safe)} not)")
    print(f"  recall: {len(hits) / max(1, len(risky)):.3f} ({len(hits)}/{len(risky)})")
    print(f"  false alarms: {len(alarms) / max(1, len(safe)):.3f} ({len(alarms)}/{len(safe)})")
    print(f"  kind named right, of those heard: {len(kind_right) / max(1, len(hits)):.3f}")
    for key in ("kind", "family"):
        if key not in rows[0]:
            continue
        totals = Counter(r[key] for r in risky)
        got = Counter(r[key] for r in hits)
        worst = sorted(totals, key=lambda k: (got[k] / totals[k], k))
        parts = [f"{k} {got[k]}/{totals[k]}" for k in worst if got[k] < totals[k]]
        print(f"  risk {key}s not all heard: {', '.join(parts) or 'none'}")
        if key == "family":
            fam = Counter(r[key] for r in alarms)
            print(f"  false alarms by family: {', '.join(f'{k} {v}' for k, v in fam.items()) or 'none'}")
    if show_misses:
        for r in risky:
            if heard[id(r)] is None:
                print(f"    MISSED {r['kind']}: {r['text']}")
        for r in alarms:
            print(f"    ALARM ({heard[id(r)]}): {r['text']}")
        for r in hits:
            if heard[id(r)] != r["kind"]:
                print(f"    KIND {heard[id(r)]} for {r['kind']}: {r['text']}")


def timing(rows: list[dict[str, str]]) -> None:
    texts = [r["text"] for r in rows] * 20
    start = time.perf_counter()
    for text in texts:
        risk_kind(text)
    elapsed = time.perf_counter() - start
    print(f"  speed: {len(texts) / elapsed:,.0f} lines/s ({elapsed / len(texts) * 1e6:.0f} µs a line)")
    long = " ".join(r["text"] for r in rows)[:20_000]
    start = time.perf_counter()
    for _ in range(20):
        risk_kind(long)
    print(f"  a 20,000-character text: {(time.perf_counter() - start) / 20 * 1000:.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--timing", action="store_true", help="also time the detector")
    args = parser.parse_args()
    for path in args.files or CORPORA:
        if not path.is_file():
            print(f"{path}: not found")
            continue
        rows = read(path)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        score(rows, args.misses)
        if args.timing:
            timing(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
