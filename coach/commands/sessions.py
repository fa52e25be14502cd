"""`coach sessions`: unfinished coaching sessions and how to pick one up again."""

from __future__ import annotations

import argparse

from coach.commands.journal import open_journal
from coach.terminal import print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sessions", help="list unfinished sessions to resume")
    parser.add_argument("--all", action="store_true", help="include finished and stopped ones")
    parser.add_argument("--json", action="store_true", help="a JSON array of sessions")
    parser.set_defaults(func=run_list)


def run_list(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        found = journal.sessions(None) if args.all else journal.unfinished_sessions()
    if args.json:
        print_json([s.to_dict() for s in found])
        return 0
    if not found:
        print("No unfinished sessions." if not args.all else "No sessions yet.")
        return 0
    for info in found:
        answers = f"{info.answers} answer{'s' if info.answers != 1 else ''}"
        name = info.title or info.framework
        print(
            f"{info.id:>5}  {name}  started {info.started:%Y-%m-%d %H:%M}  {answers}  {info.status}"
        )
    resumable = [s for s in found if s.status in ("active", "paused")]
    if resumable:
        print(f"Resume one with: coach reflect --resume {resumable[0].id}")
    return 0
