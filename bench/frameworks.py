"""Framework validation benchmark: a user file of thousands of unknown tables.

    python bench/frameworks.py

Prints how long reading and checking takes at two sizes (so growth is visible: twice
the tables should take about twice the time), and how much of it is the TOML reader.
Not a test; it asserts nothing.
"""

from __future__ import annotations

import time
import tomllib

from coach.engine.frameworks import FrameworkError, parse_framework

GOOD = """\
id = "tiny"
title = "Tiny"
purpose = "A small framework."
source = "bench"

[[stages]]
id = "one"
title = "One"
purpose = "The only stage."
questions = ["What is on your mind?"]
"""


def hostile(tables: int) -> str:
    return GOOD + "".join(f"[unknown{i}]\n" for i in range(tables))


def best_of(runs: int, work) -> float:  # noqa: ANN001 - a callable
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    print("framework validation: a file of unknown tables")
    for tables in (20_000, 40_000):
        text = hostile(tables)

        def check(text: str = text) -> None:
            try:
                parse_framework(text, "bench.toml")
            except FrameworkError as exc:
                assert exc.more  # every table is a problem; the first ones are listed

        took = best_of(3, check)
        reader = best_of(3, lambda text=text: tomllib.loads(text))
        print(
            f"  {tables:>6,} tables ({len(text) / 1000:5.0f} KB)  validate {took * 1000:6.0f} ms"
            f"  (of which the TOML reader {reader * 1000:4.0f} ms)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
