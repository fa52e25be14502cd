"""`coach commitments`: what you said you would do; mark, change, reopen; habits apart.

The list shows overdue commitments first, then those with a date, those without, and
habits apart, each with the last thing said about it at a follow-up. Dates given to
``edit`` and ``reopen`` are read as a commitment's are ("next friday", "by the 14th",
"end of June") against the journal's clock.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from coach.cli import UserError, row_id
from coach.commands.journal import open_journal
from coach.terminal import print_json, printable

if TYPE_CHECKING:
    from datetime import date, datetime

    from coach.engine.dates import DueReading
    from coach.store import Commitment

DATE_HINT = "try next friday, by the 14th, 12 March, in two weeks or end of June"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("commitments", help="list, change and follow up commitments")
    parser.add_argument("--all", action="store_true", help="include done and dropped ones")
    parser.add_argument("--json", action="store_true", help="a JSON array of commitments")
    parser.set_defaults(func=run_list)
    actions = parser.add_subparsers(dest="commitments_command", metavar="ACTION")
    for name, status, helptext in (
        ("done", "done", "mark a commitment done"),
        ("drop", "dropped", "let a commitment go"),
        ("reopen", "open", "open a commitment again, or carry it on"),
    ):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("id", type=row_id, metavar="ID")
        action.add_argument("--note", metavar="TEXT", help="what you would say about it")
        if status == "open":
            action.add_argument("--due", metavar="WHEN", help=f"a new date ({DATE_HINT})")
        action.set_defaults(func=run_status, status=status)
    edit = actions.add_parser("edit", help="change a commitment's words, date or habit")
    edit.add_argument("id", type=row_id, metavar="ID")
    edit.add_argument("--text", metavar="TEXT", help="what you will do, in new words")
    when = edit.add_mutually_exclusive_group()
    when.add_argument("--due", metavar="WHEN", help=f"a new due date ({DATE_HINT})")
    when.add_argument("--no-due", action="store_true", help="no date and no habit")
    when.add_argument("--habit", metavar="WORDS", help='a habit instead ("every monday")')
    edit.set_defaults(func=run_edit)


def read_when(text: str, now: datetime) -> DueReading:
    """A date the person typed, read as a commitment's is; one clear error if it can't be."""
    from coach.engine.dates import read_due

    reading = read_due(text, now)
    if reading.due is None and reading.habit is None:
        raise UserError(f"can't read {text.strip()!r} as a date: {DATE_HINT}")
    return reading


def when_words(item: Commitment, today: date) -> str:
    if item.habit:
        return item.habit
    if item.due is None:
        return "no date"
    late = "; overdue" if item.overdue(today) else ""
    return f"by {item.due:%a %d %b %Y}{late}"


def run_list(args: argparse.Namespace) -> int:
    from coach.store.commitments import arrange

    with open_journal(args) as journal:
        found = journal.commitments(None if args.all else "open")
        today = journal.today()
    if args.json:
        print_json([c.to_dict() for c in found])
        return 0
    if not found:
        print("No open commitments." if not args.all else "No commitments yet.")
        return 0
    groups = arrange(found, today)
    sections = [("Overdue", groups.overdue), ("With a date", groups.dated),
                ("No date", groups.undated), ("Habits", groups.habits),
                ("Done and let go", groups.closed)]
    shown_any = False
    for heading, items in sections:
        if not items:
            continue
        if shown_any:
            print()
        print(heading)
        shown_any = True
        for item in items:
            status = "" if item.status == "open" else f"  [{item.status}]"
            print(f"{item.id:>5}  {printable(item.text)}  ({when_words(item, today)}; "
                  f"made {item.created:%d %b}){status}")
            if item.last_note:
                print(f"       last said: {printable(item.last_note)}")
    if not args.all:
        print("\nMark one with: coach commitments done ID (or drop ID); change it with "
              "coach commitments edit ID")
    return 0


def run_status(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        due = None
        if getattr(args, "due", None):
            reading = read_when(args.due, journal.now())
            if reading.habit:
                raise UserError(f"{args.due.strip()!r} is a habit, not a date; use "
                                f"coach commitments edit {args.id} --habit instead")
            due = reading.due
        journal.set_commitment_status(args.id, args.status, note=args.note, due=due)
        item = journal.require_commitment(args.id)
        today = journal.today()
    words = {"done": "Done", "dropped": "Let go of", "open": "Carrying on with"}
    print(f"{words[args.status]}: {printable(item.text)}"
          + (f" ({when_words(item, today)})" if args.status == "open" else ""))
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from coach.engine.dates import describe_due
    from coach.store.commitments import UNCHANGED

    if args.text is None and args.due is None and not args.no_due and args.habit is None:
        raise UserError("nothing to change: give --text, --due, --no-due or --habit")
    with open_journal(args) as journal:
        journal.require_commitment(args.id)
        due, habit = UNCHANGED, UNCHANGED
        said = ""
        if args.due is not None:
            reading = read_when(args.due, journal.now())
            due, habit = reading.due, reading.habit  # a date clears a habit, and the other way
            said = describe_due(reading, journal.today())
        elif args.no_due:
            due, habit = None, None
        elif args.habit is not None:
            if not args.habit.strip():
                raise UserError("the habit is empty: say when, such as 'every monday'")
            due, habit = None, args.habit
        item = journal.update_commitment(args.id, text=args.text, due=due, habit=habit)
        today = journal.today()
    print(f"Changed: {printable(item.text)} ({said or when_words(item, today)})")
    return 0
