"""Time to read a commitment answer or a follow-up answer (part of the engine's p99 <= 5 ms).

Reads answers of 10 to 2,000 characters three ways (when it is due, whether it is an
action, what a follow-up says became of it) and prints p50 and p99 for each, for
answers in ordinary prose ending with a date, and for answers dense with dates (a date
every few words, the slowest case for the readers).

    python bench/commitment_replies.py [--answers-per-size 300] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import datetime

from coach.engine.commitment_replies import is_action, read_review
from coach.engine.dates import read_due

PHRASES = (
    "I will ring Jo by Monday", "ask Sam on Tuesday", "about the March review", "next week",
    "before the 14th", "tomorrow morning", "in two weeks", "end of June", "last Tuesday",
    "from next week", "by 5pm", "not yet", "I sent the email", "old habits", "half done",
    "and then", "tell the team", "the budget is broken and nobody listens", "this weekend",
)
SIZES = (10, 100, 500, 1000, 2000)
NOW = datetime(2026, 12, 8, 10, 0)


PROSE = (
    "I feel stuck because the team keeps waiting for me to decide and I want them to own "
    "the plan so I will hand the rota over and ask what they need from me first"
).split()


def make_answer(rng: random.Random, size: int, *, dense: bool = True) -> str:
    words: list[str] = []
    while len(" ".join(words)) < size:
        words.append(rng.choice(PHRASES) + "," if dense else rng.choice(PROSE))
    text = " ".join(words)[:size]
    return text if dense else text[: max(0, size - 14)] + " by next Friday"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers-per-size", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    readers: dict[str, Callable[[str], object]] = {
        "read_due": lambda text: read_due(text, NOW),
        "is_action": is_action,
        "read_review": lambda text: read_review(text, NOW),
    }
    print(f"{'answers':<7} {'reader':<12} {'chars':>6} {'p50 ms':>8} {'p99 ms':>8}")
    for dense, size in [(d, s) for d in (False, True) for s in SIZES]:
        answers = [make_answer(rng, size, dense=dense) for _ in range(args.answers_per_size)]
        for name, read in readers.items():
            times = []
            for text in answers:
                start = time.perf_counter()
                read(text)
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
            kind = "dense" if dense else "prose"
            print(f"{kind:<7} {name:<12} {size:>6} {statistics.median(times):>8.3f} {p99:>8.3f}")


if __name__ == "__main__":
    main()
