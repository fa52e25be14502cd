"""Journal benchmark: import, search, newest, Markdown export and whole-process times,
then the streamed import's time and peak memory at two sizes.

    python bench/journal.py                 # 100,000 entries of about 80 words;
                                            # streamed import of 100,000 and 1,000,000
    python bench/journal.py --entries 5000 --import-sizes 50000,500000  # quicker
    python bench/journal.py --import-sizes ""                           # no streamed import

Prints figures next to the budgets in DESIGN.md; it is not a test and asserts nothing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coach.store import Journal

COMMON = (
    "the a and to of i in it that was my we they he she team meeting feedback "
    "listen listened listening question questions trust delegate conversation time "
    "week day felt feel think thought work people manager colleague project plan goal "
    "change decision decide options progress problem help support learn learned "
    "coffee rota budget deadline client customer report review board strategy energy "
    "tired calm anxious curious proud frustrated grateful honest open closed advice "
    "silence pause notice noticed pattern habit boundary priority focus clarity"
).split()
SYLLABLES = (
    "ka lo mi ne ru sa te vi zo pa re di fo gu ha je ki lu ma no pi qu ro su ta ve wi xo yu ze"
).split()


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words = list(COMMON)
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def synthetic_export(path: Path, count: int, seed: int) -> list[str]:
    """Write a coach-json file of ``count`` entries; returns the vocabulary used."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))  # Zipf-like
    start = datetime(2020, 1, 1, 7, 0, tzinfo=UTC)
    tags = ["work", "team", "family", "health", "learning", "feedback", "self-care", "rota"]
    with path.open("w", encoding="utf-8") as out:
        out.write('{"format": "coach-json", "version": 1, "entries": [\n')
        for number in range(count):
            body_words = rng.choices(words, cum_weights=weights, k=rng.randint(60, 100))
            sentences = [
                " ".join(body_words[i : i + 12]).capitalize() + "."
                for i in range(0, len(body_words), 12)
            ]
            moment = start + timedelta(minutes=number * 25 + rng.randint(0, 20))
            record = {
                "id": number + 1,
                "kind": rng.choice(("free", "free", "free", "check-in", "session")),
                "title": " ".join(
                    rng.choices(words, cum_weights=weights, k=rng.randint(2, 6))
                ).capitalize(),
                "body": " ".join(sentences),
                "created": moment.isoformat(),
                "tags": rng.sample(tags, rng.randint(0, 2)),
                "starred": rng.random() < 0.05,
            }
            out.write(("," if number else "") + json.dumps(record) + "\n")
        out.write('], "sessions": [], "commitments": []}\n')
    return words


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def whole_process(argv: list[str], env: dict[str, str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(
            argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
        )
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def peak_rss_mb(argv: list[str], env: dict[str, str]) -> float:
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *argv], env=env, capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip()) / 1024  # ru_maxrss is in KiB on Linux


IMPORT_PROBE = """
import resource, sys, time
from coach.store import Journal
with Journal.open(sys.argv[2]) as journal:
    started = time.perf_counter()
    result = journal.import_file(sys.argv[1], max_size=None)
    took = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
print(result.added, took, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)
"""


def streamed_import(source: Path, db_path: Path) -> tuple[int, float, float, float]:
    """Import ``source`` into a new journal in a fresh process:
    (added, seconds, processor seconds of the whole process, peak MB)."""
    for stale in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        stale.unlink(missing_ok=True)
    out = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE, str(source), str(db_path)],
        capture_output=True, text=True, check=True,
    )
    added, took, cpu, rss = out.stdout.split()
    return int(added), float(took), float(cpu), int(rss) / 1024  # ru_maxrss is in KiB


def import_scaling(folder: Path, sizes: list[int], seed: int) -> None:
    """Time and peak memory of the import at each size: per-entry time shows linearity."""
    print(
        "  streamed import, each in a fresh process (cpu = processor time of that process,"
        " less swayed by a busy machine; peak = maximum resident set size):"
    )
    for count in sizes:
        source = folder / f"synthetic-{count}.json"
        if not source.exists():
            synthetic_export(source, count, seed)
        added, took, cpu, peak = streamed_import(source, folder / f"import-{count}.db")
        budget = "  (budget 40 s, 500 MB)" if count == 1_000_000 else ""
        print(
            f"    {count:>9,} entries ({source.stat().st_size / 1e6:4.0f} MB file)"
            f"  {took:6.1f} s  {took / max(added, 1) * 1e6:5.1f} us/entry"
            f"  cpu {cpu / max(added, 1) * 1e6:5.1f} us/entry  peak {peak:5.0f} MB{budget}"
        )
        (folder / f"import-{count}.db").unlink(missing_ok=True)


BARE_SEARCH = """
import sys, sqlite_utils
db = sqlite_utils.Database(sys.argv[1])
rows = list(db["entries"].search(sys.argv[2], limit=20))
print(len(rows))
"""


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep the files")
    parser.add_argument(
        "--import-sizes", default="100000,1000000", metavar="N,N",
        help="entries in each streamed-import run (default 100000,1000000; empty: none)",
    )
    args = parser.parse_args()

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="coach-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    source, db_path = folder / "synthetic.json", folder / "journal.db"
    if db_path.exists():
        db_path.unlink()
    print(f"journal benchmark: {args.entries:,} entries, folder {folder}")

    started = time.perf_counter()
    words = synthetic_export(source, args.entries, args.seed)
    print(
        f"  generate coach-json file     {time.perf_counter() - started:7.2f} s"
        f"  ({source.stat().st_size / 1e6:.0f} MB)"
    )

    with Journal.open(db_path) as journal:
        started = time.perf_counter()
        result = journal.import_file(source, max_size=None)
        took = time.perf_counter() - started
        print(
            f"  import_file                  {took:7.2f} s  (budget 10 s; {result.added:,} added)"
        )

        rng = random.Random(args.seed + 1)
        queries = []
        for _ in range(args.queries):
            pool = words[:150] if rng.random() < 0.5 else words[150:3000]
            queries.append(" ".join(rng.sample(pool, rng.choice((1, 1, 2)))))
        journal.search(queries[0])  # warm the cache
        times, found = [], 0
        for query in queries:
            started = time.perf_counter()
            hits = journal.search(query, 20)
            times.append(time.perf_counter() - started)
            found += len(hits)
        print(
            f"  search top 20 with snippets  p50 {ms(percentile(times, 0.5))}"
            f"  p95 {ms(percentile(times, 0.95))}  max {ms(max(times))}"
            f"  (budget p95 30 ms; {args.queries} queries, {found / len(queries):.1f} hits avg)"
        )

        times = []
        for _ in range(50):
            started = time.perf_counter()
            journal.newest(50)
            times.append(time.perf_counter() - started)
        print(
            f"  newest 50                    p50 {ms(percentile(times, 0.5))}"
            f"  p95 {ms(percentile(times, 0.95))}  (budget 10 ms)"
        )

        times = []
        for offset in (0, 1000, 10000):
            started = time.perf_counter()
            journal.newest(50, tag="team", offset=offset)
            times.append(time.perf_counter() - started)
        print(f"  newest 50 tagged, paged      max {ms(max(times))}")

        out = folder / "markdown"
        started = time.perf_counter()
        written = journal.export_markdown(out)
        print(
            f"  export_markdown              {time.perf_counter() - started:7.2f} s"
            f"  (budget 15 s; {written:,} files)"
        )

        started = time.perf_counter()
        journal.export_json(folder / "export.json")
        print(f"  export_json                  {time.perf_counter() - started:7.2f} s")

    env = {**os.environ, "COACH_DB": str(db_path)}
    query = "feedback listening"
    coach = [sys.executable, "-m", "coach"]
    search = [*coach, "journal", "search", query]
    rss = peak_rss_mb(search, env)
    print(f"  coach journal search peak RSS {rss:6.1f} MB  (budget 100 MB)")
    bare = whole_process([sys.executable, "-c", BARE_SEARCH, str(db_path), query], env)
    ours = whole_process(search, env)
    add = whole_process([*coach, "journal", "add", "a benchmark thought about listening"], env)
    empty = whole_process([sys.executable, "-c", "pass"], env)
    print(f"  whole process: python -c pass           {ms(empty)}")
    print(f"  whole process: bare sqlite-utils search {ms(bare)}")
    print(f"  whole process: coach journal search     {ms(ours)}  ({ours / bare:.2f} x bare)")
    print(f"  whole process: coach journal add        {ms(add)}")
    sizes = [int(size) for size in args.import_sizes.split(",") if size.strip()]
    if sizes:
        import_scaling(folder, sizes, args.seed)
    if not args.keep:
        print(f"  (files left in {folder}; delete when done)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
