"""App start-up time and memory.

Measures, in the same run and the same way, the time from starting a process to its
first screen being ready for:

- a bare Textual app with a Header and a Footer, and
- coach's app on a journal of ``--entries`` entries (100,000 by default, built once
  through the store's ``import_file``): when the home screen is shown (the journal
  opens in the background) and when its lists have loaded from the journal.

Each is started ``--runs`` times in a fresh interpreter with compiled bytecode (as an
installed coach has), headless, in pairs (bare, then
coach, then the next pair): other load on the machine slows both runs of a pair alike, so
the figure is the median of the per-pair ratios (budget: coach <= 1.3 x bare). Then the peak
resident memory of the app open on that journal, after showing the journal list and
running a search (budget: <= 150 MB).

    python bench/startup.py [--entries N] [--runs R] [--keep DIR]
"""

from __future__ import annotations

import argparse
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

WORDS = (
    "team meeting delegation budget stuck hopeful tired listening feedback launch report "
    "deadline trust decide priorities energy calm conflict progress customer plan week "
    "colleague manager project learning clear worried proud change focus time"
).split()


def build_journal(path: Path, entries: int) -> float:
    """Generate a coach-json file of ``entries`` entries and import it; returns seconds."""
    from coach.store import Journal

    rng = random.Random(1)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    records = []
    for n in range(entries):
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 80))) + f" (entry {n})"
        moment = (start + timedelta(minutes=37 * n)).strftime("%Y-%m-%dT%H:%M:%SZ")
        records.append({"title": f"Entry {n}", "body": body, "created": moment, "updated": moment,
                        "kind": "check-in" if n % 7 == 0 else "free",
                        "mood": rng.randint(1, 5) if n % 7 == 0 else None,
                        "tags": [rng.choice(WORDS)], "starred": n % 50 == 0})
    source = path.with_suffix(".json")
    source.write_text(json.dumps({"format": "coach-json", "version": 1, "entries": records}),
                      encoding="utf-8")
    began = time.perf_counter()
    with Journal.open(path) as journal:
        journal.import_file(source)
        assert journal.count_entries() == entries
    source.unlink()
    return time.perf_counter() - began


# ---------------------------------------------------------------------- child side

def child(kind: str, db: str | None, explore: bool) -> None:
    """Run one app headless; print a JSON line when the first screen is ready."""
    import resource

    from textual.pilot import Pilot

    def rss_mb() -> float:
        """Peak resident memory of this process image (VmHWM; not inherited across exec)."""
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    figures: dict[str, float] = {}

    def cpu_seconds() -> float:
        used = resource.getrusage(resource.RUSAGE_SELF)
        return used.ru_utime + used.ru_stime

    async def ready(pilot: Pilot[None]) -> None:
        await pilot.pause()
        figures["ready"] = time.time()
        figures["cpu"] = cpu_seconds()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        figures["loaded"] = time.time()
        figures["rss_ready"] = rss_mb()
        if explore:
            await pilot.press("j")
            await pilot.pause()
            await pilot.app.workers.wait_for_complete()
            await pilot.press("end")
            await pilot.pause()
            await pilot.app.workers.wait_for_complete()
            await pilot.press("slash", *"delegation budget")
            await pilot.pause(0.5)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            figures["rss_peak"] = rss_mb()
        pilot.app.exit()

    if kind == "bare":
        from textual.app import App, ComposeResult
        from textual.widgets import Footer, Header

        class Bare(App[None]):
            def compose(self) -> ComposeResult:
                yield Header()
                yield Footer()

        app: object = Bare()
    else:
        from coach.tui.app import make_app

        app = make_app(db=db)
    app.run(headless=True, size=(100, 30), auto_pilot=ready)  # type: ignore[attr-defined]
    print(json.dumps(figures), flush=True)


def launch(kind: str, db: Path, *, explore: bool = False) -> dict[str, float]:
    # Compiled bytecode, as an installed coach has (pip writes it on install), kept in the
    # benchmark's own folder so the source tree is untouched; the warm-up runs write it.
    env = dict(os.environ, COACH_HOME=str(db.parent / "home"),
               PYTHONPYCACHEPREFIX=str(db.parent / "bytecode"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, __file__, "--child", kind, "--db", str(db)]
    if explore:
        command.append("--explore")
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{kind} app failed:\n{done.stderr[-2000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["seconds"] = figures["ready"] - started
    figures["loaded_seconds"] = figures["loaded"] - started
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="folder to build (or reuse) the journal in")
    parser.add_argument("--child", choices=("bare", "coach"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--explore", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.explore)
        return 0

    folder = args.keep or Path(tempfile.mkdtemp(prefix="coach-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"journal-{args.entries}.db"
    if not db.exists():
        print(f"Building a journal of {args.entries:,} entries in {db} …", flush=True)
        print(f"  imported in {build_journal(db, args.entries):.1f} s", flush=True)

    for _ in range(2):  # warm the file system cache, and write the bytecode, for both
        launch("bare", db)
        launch("coach", db)
    bare: list[float] = []
    coach: list[float] = []
    loaded: list[float] = []
    cpu_ratios: list[float] = []
    for _ in range(args.runs):
        plain = launch("bare", db)
        bare.append(plain["seconds"])
        run = launch("coach", db)
        coach.append(run["seconds"])
        loaded.append(run["loaded_seconds"])
        cpu_ratios.append(run["cpu"] / plain["cpu"])
    ratios = [c / b for b, c in zip(bare, coach, strict=True)]
    loaded_ratios = [full / b for b, full in zip(bare, loaded, strict=True)]
    b, c, full = statistics.median(bare), statistics.median(coach), statistics.median(loaded)
    print(f"Start to first screen, {args.runs} pairs of runs (headless, 100x30):")
    print(f"  bare Textual app (Header + Footer): median {b * 1000:7.0f} ms")
    print(f"  coach, home screen shown:           median {c * 1000:7.0f} ms")
    print(f"  coach / bare, median of the per-pair ratios: {statistics.median(ratios):.2f} x"
          f"   (budget <= 1.3 x; pairs from {min(ratios):.2f} to {max(ratios):.2f})")
    print(f"  processor time to the first screen, coach / bare, median per pair: "
          f"{statistics.median(cpu_ratios):.2f} x   (less affected by other load)")
    print(f"  coach, home lists loaded from the {args.entries:,}-entry journal: median "
          f"{full * 1000:7.0f} ms, {statistics.median(loaded_ratios):.2f} x bare (per pair)")
    peak = launch("coach", db, explore=True)
    print(f"Peak resident memory on {args.entries:,} entries:")
    print(f"  at the home screen: {peak['rss_ready']:6.1f} MB")
    print(f"  after the journal list, scrolling and a search: {peak['rss_peak']:6.1f} MB"
          "   (budget <= 150 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
