"""How far the workplace corpus's two coders agree, field by field (Cohen's kappa).

    python bench/corpus_agreement.py

Reads ``bench/data/workplace/labels_c1.tsv`` and ``labels_c2.tsv`` (each coder's own
labels, made from ``docs/codebook.md`` without seeing the other's) and prints, per
field, the share of utterances both coded alike, Cohen's kappa, and how many
disagreements ``labels_final.tsv`` settled.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _measures import kappa  # noqa: E402
from _workplace_data import STANDALONE  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "workplace"
FIELDS = ("act", "question", "multiple", "leading", "advice", "focus", "trap")
#: The fields coded on every row; the others are coded on the conversations alone.
CODED_EVERYWHERE = ("focus", "trap")


def load(name: str) -> dict[str, dict[str, str]]:
    with (DATA / name).open(newline="", encoding="utf-8") as handle:
        return {row["id"]: row for row in csv.DictReader(handle, delimiter="\t")}




def main() -> int:
    first, second = load("labels_c1.tsv"), load("labels_c2.tsv")
    if first.keys() != second.keys():
        print("the two coders' files do not cover the same utterances", file=sys.stderr)
        return 1
    final = load("labels_final.tsv")
    ids = sorted(first)
    print(f"{len(ids)} utterances, two coders")
    print(f"{'field':10} {'agree':>6} {'kappa':>6} {'settled':>8} {'rows':>6}")
    for field in FIELDS:
        # the standalone statements' other fields are set by construction, not coded
        rows = ids if field in CODED_EVERYWHERE else [
            i for i in ids if i.split("-")[0] not in STANDALONE]
        a = [first[i][field] for i in rows]
        b = [second[i][field] for i in rows]
        settled = sum(x != y for x, y in zip(a, b))
        agree = 1 - settled / len(rows)
        kept = [i for i in rows if first[i][field] == second[i][field]
                and final[i][field] != first[i][field]]
        if kept:
            print(f"{field}: the final labels change {len(kept)} agreed codes, e.g. {kept[0]}",
                  file=sys.stderr)
            return 1
        print(f"{field:10} {agree:6.3f} {kappa(a, b):6.3f} {settled:8d} {len(rows):6d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
