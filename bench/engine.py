"""Time from an answer in to the next coach line out (budget: p99 <= 5 ms).

Drives real sessions over every bundled framework with answers of 10 to 2,000
characters and prints p50 and p99 per answer length.

    python bench/engine.py [--answers-per-size 400] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date

from coach.engine.frameworks import load_frameworks
from coach.engine.risk import prepare
from coach.engine.session import Session

WORDS = (
    "I feel stuck in a rut at work and my team keeps ignoring me because everyone is "
    "firefighting all the time it really matters to me that we are fair and honest but "
    "nobody tells us anything so we wait for permission and I have to do everything "
    "myself the budget is broken and the plan never works we want progress and a simple "
    "next step with my manager who is stretched thin between the board and the staff"
).split()
SIZES = (10, 100, 500, 1000, 2000)


def make_answer(rng: random.Random, size: int) -> str:
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        words.append(word + ("." if rng.random() < 0.08 else ""))
        length += len(word) + 1
    return " ".join(words)[:size]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers-per-size", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    frameworks = list(load_frameworks().frameworks.values())
    # Warm up: templates compiled, analyser weights loaded.
    prepare()  # as the app does before a session's first question (coach.conversations)
    warm = Session(frameworks[0], seed=0, today=lambda: date(2026, 11, 23))
    warm.start()
    warm.answer(make_answer(rng, 200))

    print(f"{'answer chars':>12}  {'p50 ms':>8}  {'p99 ms':>8}  {'max ms':>8}  answers")
    everything: list[float] = []
    for size in SIZES:
        timings: list[float] = []
        session: Session | None = None
        while len(timings) < args.answers_per_size:
            if session is None or session.finished:
                session = Session(rng.choice(frameworks), seed=rng.randrange(2**31),
                                  today=lambda: date(2026, 11, 23))
                session.start()
            answer = make_answer(rng, size) if rng.random() > 0.1 else rng.choice(["yes", "no"])
            start = time.perf_counter()
            session.answer(answer)
            timings.append((time.perf_counter() - start) * 1000)
        everything += timings
        print(f"{size:>12}  {percentile(timings, 0.5):8.3f}  {percentile(timings, 0.99):8.3f}"
              f"  {max(timings):8.3f}  {len(timings)}")
    print(f"{'all':>12}  {percentile(everything, 0.5):8.3f}  {percentile(everything, 0.99):8.3f}"
          f"  {max(everything):8.3f}  {len(everything)}  (mean {statistics.mean(everything):.3f})")
    print("budget: p99 <= 5 ms for answers up to 2,000 characters")


if __name__ == "__main__":
    main()
