"""How many utterances per second `coach analyse --jsonl` handles, start-up included.

Feeds N lines of AnnoMI utterances (therapist and client, in transcript order,
cycled) to a fresh `python -m coach analyse --jsonl` process and reports the
wall-clock rate over the whole run, best of R runs, twice: as plain lines, and as
JSON objects carrying the three utterances before each one as context. Without the
AnnoMI file it says so and stops: it never measures other text instead.

    python bench/analyser.py [--lines 20000] [--runs 3] [--data annomi-dev.csv]
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _annomi_data import DEFAULT_DATA  # noqa: E402

CONTEXT = 3


def conversations(path: Path) -> list[list[str]]:
    """Each transcript's utterances in order (one text per utterance id)."""
    spoken: dict[str, dict[int, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            said = spoken.setdefault(row["transcript_id"], {})
            said.setdefault(int(row["utterance_id"]), row["utterance_text"].replace("\n", " "))
    return [[said[u] for u in sorted(said)] for _, said in sorted(spoken.items())]


def payloads(path: Path, n: int) -> tuple[bytes, bytes, float]:
    """(plain lines, JSON lines with context, mean characters per utterance)."""
    plain: list[str] = []
    framed: list[str] = []
    talks = conversations(path)
    while len(plain) < n:
        for talk in talks:
            for i, text in enumerate(talk):
                plain.append(text)
                framed.append(json.dumps({"text": text, "context": talk[max(0, i - CONTEXT):i]}))
                if len(plain) == n:
                    break
            if len(plain) == n:
                break
    chars = sum(len(s) for s in plain) / len(plain)
    return ("\n".join(plain) + "\n").encode(), ("\n".join(framed) + "\n").encode(), chars


def measure(payload: bytes, lines: int, runs: int) -> tuple[float, float]:
    """(best wall-clock seconds, best CPU seconds) over ``runs`` fresh processes."""
    best = best_cpu = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "coach", "analyse", "--jsonl"],
            input=payload, capture_output=True,
        )
        best = min(best, time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best_cpu = min(best_cpu, (after.ru_utime - before.ru_utime)
                       + (after.ru_stime - before.ru_stime))
        produced = result.stdout.count(b"\n")
        if result.returncode != 0 or produced != lines or result.stderr:
            raise SystemExit(f"coach analyse --jsonl exited {result.returncode} with "
                             f"{produced} of {lines} lines: "
                             f"{result.stderr.decode(errors='replace')[:300]}")
    return best, best_cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"bench/analyser.py: the AnnoMI file is not at {args.data}; pass --data PATH "
              "to annomi-dev.csv. Nothing was measured.", file=sys.stderr)
        return 1
    plain, framed, chars = payloads(args.data, args.lines)
    print(f"data: {args.data} (AnnoMI utterances in transcript order, cycled); "
          f"{args.lines} lines, mean {chars:.0f} characters; best of {args.runs} runs")
    for name, payload in (("plain lines", plain),
                          (f"JSON lines, {CONTEXT} utterances of context each", framed)):
        wall, cpu = measure(payload, args.lines, args.runs)
        print(f"{name}: {args.lines / wall:,.0f} utterances/second, whole process "
              f"(budget >= 5,000); {args.lines / cpu:,.0f} per CPU-second")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import coach.cli"], check=True)
    print(f"interpreter + import of coach.cli alone: {time.perf_counter() - start:.2f} s; "
          "the wall-clock rate drops when the machine is busy")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
