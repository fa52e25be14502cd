"""How many utterances per second `coach analyse --jsonl` handles, start-up included.

Feeds N lines (AnnoMI utterances, therapist and client, cycled; or workplace
sentences if the data is missing) to a fresh `python -m coach analyse --jsonl`
process and reports the wall-clock rate over the whole run, best of R runs.

    python bench/analyser.py [--lines 20000] [--runs 3] [--data annomi-dev.csv]
"""

from __future__ import annotations

import argparse
import csv
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _annomi_data import DEFAULT_DATA  # noqa: E402

FALLBACK = [
    "Have you tried delegating it?",
    "What would help?",
    "I have to do it all myself, nobody else can do it properly.",
    "So you feel stuck between your boss and your team.",
    "Okay.",
    "",
    "Don't you think you should just tell them? And what would they say?",
]


def utterances(path: Path) -> list[str]:
    if not path.is_file():
        return FALLBACK
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["utterance_text"].replace("\n", " ") for row in csv.DictReader(handle)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    pool = utterances(args.data)
    lines = [pool[i % len(pool)] for i in range(args.lines)]
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    chars = sum(len(s) for s in lines) / len(lines)
    best = best_cpu = float("inf")
    for _ in range(args.runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "coach", "analyse", "--jsonl"],
            input=payload,
            capture_output=True,
            check=True,
        )
        best = min(best, time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_cpu = min(best_cpu, cpu)
        produced = result.stdout.count(b"\n")
        if produced != len(lines):
            raise SystemExit(f"expected {len(lines)} output lines, got {produced}")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import coach.cli"], check=True)
    startup = time.perf_counter() - start
    print(f"{len(lines)} utterances (mean {chars:.0f} characters) through "
          f"`coach analyse --jsonl`: best of {args.runs} runs {best:.2f} s")
    print(f"rate: {len(lines) / best:,.0f} utterances/second, whole process "
          f"(budget >= 5,000); interpreter + import of coach.cli alone: {startup:.2f} s")
    print(f"CPU time of the process: {best_cpu:.2f} s, i.e. {len(lines) / best_cpu:,.0f} "
          "utterances per CPU-second (the wall-clock rate drops when the machine is busy)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
