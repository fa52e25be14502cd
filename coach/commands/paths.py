"""`coach paths`: where coach keeps the journal, settings, your own frameworks and prompts.

Every location comes from :mod:`coach.paths`; nothing is created by asking.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

MOVING = """\
To keep everything somewhere else, set COACH_HOME to a folder before starting coach:
the journal, your frameworks, prompts and journal templates go in it, and the settings
in its config folder. COACH_DB (or --db) moves the journal file alone. Without them, coach
uses your system's user data and config folders (XDG_DATA_HOME and XDG_CONFIG_HOME on
Linux)."""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "paths", help="where coach keeps your journal, settings, frameworks and prompts",
        description="Show where coach keeps your journal, settings, your own frameworks, "
        "prompts and journal templates, and how to move them.")
    parser.add_argument("--json", action="store_true", help="the locations as a JSON object")
    parser.set_defaults(func=run)


def locations(db: str | None = None) -> dict[str, Path]:
    """Each location coach reads or writes, by what it holds."""
    from coach import paths

    return {
        "journal": paths.database_file(db),
        "settings": paths.config_file(),
        "frameworks": paths.user_frameworks_directory(),
        "prompts": paths.user_prompts_directory(),
        "journal templates": paths.user_journal_templates_directory(),
        "crash reports": paths.crash_reports_directory(),
    }


def journal_source(db: str | None) -> str:
    """Why the journal is where it is."""
    if db:
        return "from --db"
    if os.environ.get("COACH_DB"):
        return "from COACH_DB"
    if os.environ.get("COACH_HOME"):
        return "from COACH_HOME"
    return "the default"


def run(args: argparse.Namespace) -> int:
    db = getattr(args, "db", None)
    found = locations(db)
    if args.json:
        shown = {name: str(path) for name, path in found.items()}
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return 0
    width = max(len(name) for name in found)
    notes = {"journal": journal_source(db),
             "frameworks": "your own; same id replaces a bundled one",
             "prompts": "your own; same file name replaces a bundled one",
             "crash reports": "only if the app stops on an unexpected error; kept here, "
                              "never sent"}
    for name, path in found.items():
        state = "" if path.exists() else "not made yet"
        note = "; ".join(n for n in (notes.get(name, ""), state) if n)
        print(f"{name:<{width}}  {path}" + (f"  ({note})" if note else ""))
    print()
    print(MOVING)
    return 0
