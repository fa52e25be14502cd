"""Train the risk model that backs up the word rules, and score it honestly.

A logistic regression over the features of ``coach.engine.risk_model`` (words, word
pairs, word classes and class pairs), fitted with scikit-learn (``pip install -e
".[train]"``) and written out as plain weights that coach scores in pure Python.

- Training rows: the rules' corpus (``tests/data/risk_corpus.tsv``), the first held-out
  set (``bench/data/risk_holdout.tsv``, used while the rules were built) and the training
  sets ``bench/data/risk_train_[a-z].tsv``; and, as ordinary talk that is not risk, the
  workplace answers of ``bench/data/risk_train_ordinary.tsv`` and up to 3,000 utterances from the AnnoMI development split (``../shared/data/annomi``), leaving
  out its topics about self-harm, suicide or depression and any utterance the rules hear.
  They teach the model that "I have to do everything myself" is not a cry for help; the
  false-alarm rate is measured on the labelled rows alone.
- ``bench/data/risk_holdout2.tsv`` is never trained on, nor used for any choice: it is
  the figure for wordings nothing here has seen.
- The regularisation strength and the threshold are chosen by 5-fold cross-validation
  over the training rows: the threshold is the lowest at which the rules and the model
  together raise false alarms on at most ``--alarms`` of the out-of-fold safe rows.

    python bench/train_risk.py [--alarms 0.025] [--out coach/engine/data/risk_weights.json]

It also rewrites the gates of the rules' searches (``risk_patterns.GATES_FILE``), which
only the rules' wording decides.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach.engine import risk_model as rm  # noqa: E402
from coach.engine.risk import normalise, rule_kind  # noqa: E402
from coach.engine.risk_patterns import GATES_FILE, write_gates  # noqa: E402

try:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
except ImportError:  # pragma: no cover - depends on the environment
    raise SystemExit('training needs scikit-learn: pip install -e ".[train]"') from None

TRAIN = [ROOT / "tests" / "data" / "risk_corpus.tsv", ROOT / "bench" / "data" / "risk_holdout.tsv",
         *sorted((ROOT / "bench" / "data").glob("risk_train_[a-z].tsv"))]
#: Workplace talk that is not risk, written to teach the model the register of coaching
#: answers; like the counselling utterances, it is left out of the false-alarm rate,
#: which is measured on the hard look-alikes of the labelled sets.
ORDINARY_FILE = ROOT / "bench" / "data" / "risk_train_ordinary.tsv"
TEST = ROOT / "bench" / "data" / "risk_holdout2.tsv"
SEED = 20261201
C_VALUES = (0.3, 1.0, 3.0)
MIN_COUNT = 2


ANNOMI = ROOT.parent / "shared" / "data" / "annomi" / "annomi-dev.csv"
ORDINARY = 3000


def ordinary_talk() -> list[tuple[str, str]]:
    """Counselling utterances as examples of talk that is not risk (see the docstring)."""
    if not ANNOMI.is_file():
        return []
    seen: set[str] = set()
    rows: list[tuple[str, str]] = []
    with ANNOMI.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            text = " ".join(record["utterance_text"].split())
            topic = record["topic"].casefold()
            if any(w in topic for w in ("harm", "suicid", "depress")) or len(text.split()) < 4:
                continue
            if text.casefold() in seen or rule_kind(text) is not None:
                continue
            seen.add(text.casefold())
            rows.append(("none", text))
    random.Random(SEED).shuffle(rows)
    return rows[:ORDINARY]


def read(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["kind"], r["text"]) for r in rows if r.get("text")]


def matrix(lows: list[str], vocab: dict[str, int]) -> csr_matrix:
    data, rows, cols = [], [], []
    for i, low in enumerate(lows):
        for f in rm.feature_set(low):
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
                data.append(1.0)
    return csr_matrix((data, (rows, cols)), shape=(len(lows), len(vocab)))


def fit(rows: list[tuple[str, str]], c: float, threshold: float = 0.5) -> rm.RiskModel:
    lows = [normalise(text) for _, text in rows]
    counts: dict[str, int] = {}
    for low in lows:
        for f in rm.feature_set(low):
            counts[f] = counts.get(f, 0) + 1
    # Columns in the order of the features' names, so a run is repeatable.
    kept = sorted((f for f, n in counts.items() if n >= MIN_COUNT), key=rm.feature_name)
    vocab = {f: i for i, f in enumerate(kept)}
    names = kept  # the feature of each column
    x = matrix(lows, vocab)
    y = [0 if kind == "none" else 1 for kind, _ in rows]
    risk = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(x, y)
    risky = [i for i, (kind, _) in enumerate(rows) if kind != "none"]
    kinds = LogisticRegression(C=c, max_iter=5000).fit(x[risky], [rows[i][0] for i in risky])
    weights = {names[j]: round(float(w), 4) for j, w in enumerate(risk.coef_[0]) if abs(w) > 1e-3}
    kind_weights = {
        str(kind): {names[j]: round(float(w), 4) for j, w in enumerate(coef) if abs(w) > 1e-3}
        for kind, coef in zip(kinds.classes_, kinds.coef_, strict=True)
    }
    kind_bias = {str(k): round(float(b), 4) for k, b in zip(kinds.classes_, kinds.intercept_,
                                                           strict=True)}
    return rm.RiskModel(round(float(risk.intercept_[0]), 4), weights, threshold, kind_bias,
                        kind_weights)


def folds(rows: list[tuple[str, str]], k: int = 5) -> list[list[int]]:
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    return [order[i::k] for i in range(k)]


def out_of_fold(rows: list[tuple[str, str]], c: float) -> list[float]:
    probs = [0.0] * len(rows)
    for held in folds(rows):
        held_set = set(held)
        model = fit([r for i, r in enumerate(rows) if i not in held_set], c)
        for i in held:
            low = normalise(rows[i][1])
            probs[i] = model.probability(low) if model.could_hear(low) else 0.0
    return probs


def rates(rows: list[tuple[str, str]], heard: list[bool], labelled: int | None = None,
          ) -> tuple[float, float]:
    """(recall, false alarms) over the first ``labelled`` rows (all by default)."""
    pairs = list(zip(rows, heard, strict=True))[:labelled]
    risky = [h for (kind, _), h in pairs if kind != "none"]
    safe = [h for (kind, _), h in pairs if kind == "none"]
    return sum(risky) / max(1, len(risky)), sum(safe) / max(1, len(safe))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alarms", type=float, default=0.025)
    parser.add_argument("--out", type=Path, default=rm.WEIGHTS_FILE)
    args = parser.parse_args()
    labelled = [row for path in TRAIN if path.is_file() for row in read(path)]
    extra = (read(ORDINARY_FILE) if ORDINARY_FILE.is_file() else []) + ordinary_talk()
    rows = labelled + extra
    print(f"ordinary talk added as not risk: {len(extra)} lines")
    by_rule = [rule_kind(text) is not None for _, text in rows]
    alone = rates(rows, by_rule, len(labelled))
    print(f"training rows: {len(labelled)} labelled from {sum(p.is_file() for p in TRAIN)} "
          f"files; rules alone: recall {alone[0]:.3f}, false alarms {alone[1]:.3f}")
    best: tuple[float, float, float] | None = None  # (recall, c, threshold)
    for c in C_VALUES:
        probs = out_of_fold(rows, c)
        for t in [x / 1000 for x in range(300, 996, 5)]:
            heard = [r or p >= t for r, p in zip(by_rule, probs, strict=True)]
            recall, alarms = rates(rows, heard, len(labelled))
            if alarms <= args.alarms:
                print(f"  C={c}: threshold {t:.2f}, out-of-fold recall {recall:.3f}, "
                      f"false alarms {alarms:.3f}")
                if best is None or recall > best[0]:
                    best = (recall, c, t)
                break
    assert best is not None, "no threshold keeps false alarms down"
    _, c, threshold = best
    model = fit(rows, c, threshold)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model.to_dict(), sort_keys=True, separators=(",", ":")) + "\n",
                        encoding="utf-8")
    print(f"wrote {args.out} (C={c}, threshold {threshold:.2f}, "
          f"{len(model.risk_weights)} weights)")
    # The rules are usually what changed before a training: their gates follow them.
    write_gates()
    print(f"wrote {GATES_FILE}")
    if TEST.is_file():
        test = read(TEST)
        heard = [rule_kind(t) is not None or model.hears(normalise(t)) is not None
                 for _, t in test]
        recall, alarms = rates(test, heard)
        rules = rates(test, [rule_kind(t) is not None for _, t in test])
        print(f"unseen ({TEST.name}): rules alone recall {rules[0]:.3f}, false alarms "
              f"{rules[1]:.3f}; rules and model recall {recall:.3f}, false alarms {alarms:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
