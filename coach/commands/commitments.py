"""`coach commitments`: what you said you would do; mark them done, dropped or open again."""

from __future__ import annotations

import argparse

from coach.cli import row_id
from coach.commands.journal import open_journal
from coach.terminal import print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("commitments", help="list and follow up your commitments")
    parser.add_argument("--all", action="store_true", help="include done and dropped ones")
    parser.add_argument("--json", action="store_true", help="a JSON array of commitments")
    parser.set_defaults(func=run_list)
    actions = parser.add_subparsers(dest="commitments_command", metavar="ACTION")
    for name, status, helptext in (
        ("done", "done", "mark a commitment done"),
        ("drop", "dropped", "let a commitment go"),
        ("reopen", "open", "carry a commitment on"),
    ):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("id", type=row_id, metavar="ID")
        action.set_defaults(func=run_status, status=status)


def run_list(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        found = journal.commitments(None if args.all else "open")
    if args.json:
        print_json([c.to_dict() for c in found])
        return 0
    if not found:
        print("No open commitments." if not args.all else "No commitments yet.")
        return 0
    for item in found:
        due = f"by {item.due:%a %d %b %Y}" if item.due else "no date"
        status = "" if item.status == "open" else f"  [{item.status}]"
        print(f"{item.id:>5}  {item.text}  ({due}; made {item.created:%d %b}){status}")
    if not args.all:
        print("Mark one with: coach commitments done ID (or drop ID)")
    return 0


def run_status(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        journal.set_commitment_status(args.id, args.status)
        item = journal.get_commitment(args.id)
    words = {"done": "Done", "dropped": "Let go of", "open": "Carrying on with"}
    print(f"{words[args.status]}: {item.text if item else args.id}")
    return 0
