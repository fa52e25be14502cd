"""Train the analyser's linear model on the AnnoMI development split.

Multinomial logistic regression for the act, and two logistic heads (open against
closed on questions, advice against none), fitted by AdaGrad with L2 in pure Python
with a fixed seed, so the same data always gives the same weights file.

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

from _annomi_data import DEFAULT_DATA, Example, load_examples  # noqa: E402

from coach.engine.analyser_model import ACTS, HEADS, WEIGHTS_FILE, features  # noqa: E402

SEED = 20240611
EPOCHS = 15
RATE = 0.3
L2 = 2e-4
MIN_COUNT = 2
#: Class weights for the act head (other and input are rarer or harder).
ACT_WEIGHT = {"question": 1.0, "reflection": 1.0, "input": 2.0, "other": 1.0}
ADVICE_POSITIVE_WEIGHT = 4.0
ADVICE_THRESHOLD = 0.7
OPEN_THRESHOLD = 0.5


def _sig(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def train(examples: Sequence[Example], seed: int = SEED) -> dict:
    """Fit the three heads and return the weights file's contents."""
    rows = [(features(e.text), e) for e in examples]
    counts: Counter[str] = Counter(f for feats, _ in rows for f in set(feats))
    keep = {f for f, c in counts.items() if c >= MIN_COUNT}
    rows = [([f for f in feats if f in keep], e) for feats, e in rows]
    n = len(HEADS)
    weights: dict[str, list[float]] = {f: [0.0] * n for f in keep}
    grads: dict[str, list[float]] = {f: [1e-6] * n for f in keep}
    rng = random.Random(seed)
    order = list(range(len(rows)))
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for idx in order:
            feats, e = rows[idx]
            vecs = [weights[f] for f in feats]
            z = [sum(v[k] for v in vecs) for k in range(n)]
            top = max(z[:4])
            exps = [math.exp(a - top) for a in z[:4]]
            total = sum(exps)
            g = [0.0] * n
            cw = ACT_WEIGHT[e.act]
            for k, act in enumerate(ACTS):
                g[k] = cw * (exps[k] / total - (1.0 if act == e.act else 0.0))
            if e.question is not None:
                g[4] = _sig(z[4]) - (1.0 if e.question == "open" else 0.0)
            aw = ADVICE_POSITIVE_WEIGHT if e.advice else 1.0
            g[5] = aw * (_sig(z[5]) - (1.0 if e.advice else 0.0))
            for f, v in zip(feats, vecs):
                acc = grads[f]
                for k in range(n):
                    if k == 4 and e.question is None:
                        continue
                    gk = g[k] + L2 * v[k]
                    acc[k] += gk * gk
                    v[k] -= RATE * gk / math.sqrt(acc[k])
    rounded = {
        f: [round(x, 4) for x in v] for f, v in sorted(weights.items()) if any(abs(x) >= 1e-3 for x in v)
    }
    return {
        "format": 1,
        "heads": list(HEADS),
        "seed": seed,
        "thresholds": {"advice": ADVICE_THRESHOLD, "open": OPEN_THRESHOLD},
        "weights": rounded,
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
    print(f"trained on {len(examples)} utterances; {len(model['weights'])} features; "
          f"wrote {args.out} ({len(text) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
