"""`coach exchange`: prepare to host or observe, take notes on the day, reflect, report.

The two conversations run like `coach reflect` (keyboard, ``--answers FILE`` or
standard input) and are saved to the journal as they happen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coach.cli import UserError, row_id, seed
from coach.terminal import print_json

if TYPE_CHECKING:
    from coach.store import Journal
    from coach.store.models import Exchange

PART_TITLES = {"prepare": "preparation", "reflect": "reflection"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "exchange",
        help="prepare for, take notes on and reflect on a leadership exchange",
        description="A leadership exchange in three phases: prepare (to host or to observe), "
        "take notes on the day, reflect afterwards; then a report for your portfolio.",
    )
    commands = parser.add_subparsers(dest="exchange_command", metavar="COMMAND")

    new = commands.add_parser("new", help="start a new exchange and print its id")
    new.add_argument("--role", required=True, choices=("host", "observer"),
                     help="host a visitor, or observe another leader")
    new.add_argument("--with", dest="partner", required=True, metavar="NAME",
                     help="the person you host or visit")
    new.add_argument("--org", help="their organisation or part of the system")
    new.add_argument("--date", dest="when", metavar="WHEN",
                     help="the day: 2026-03-12, 12 March, Friday, tomorrow, next tuesday ... "
                     "(a weekday, or a day without a year, is the next one to come)")
    new.add_argument("--title", help="a title (default: from the role, name and organisation)")
    new.set_defaults(func=run_new)

    listing = commands.add_parser("list", help="list the exchanges, newest first")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    listing.set_defaults(func=run_list)

    show = commands.add_parser("show", help="show everything about one exchange")
    show.add_argument("id", type=row_id)
    show.set_defaults(func=run_show)

    for part, help_text in (("prepare", "prepare for the exchange with the coach"),
                            ("reflect", "reflect on the exchange with the coach")):
        conversation = commands.add_parser(part, help=help_text)
        conversation.add_argument("id", type=row_id)
        conversation.add_argument("--answers", metavar="FILE", type=Path,
                                  help="read answers from FILE, one per line, and run unattended")
        conversation.add_argument("--seed", type=seed, default=None,
                                  help="fix the coach's choices of wording (default: random)")
        conversation.set_defaults(func=run_conversation, part=part)

    note = commands.add_parser("note", help="save a note taken on the day")
    note.add_argument("id", type=row_id)
    note.add_argument("text", help="the note, in quotes")
    note.add_argument("--tag", action="append", default=[], metavar="TAG",
                      help="culture, partnership, challenge, 'leadership moment', surprise, "
                      "question, or any other; repeat for more")
    note.set_defaults(func=run_note)

    report = commands.add_parser(
        "report", help="write the exchange up for your portfolio (Markdown or HTML)",
        description="A write-up of the exchange: who, where, when and your role; what you "
        "wanted to learn and asked feedback on; the day's notes by tag; what you learned; "
        "the feedback; your next steps. The full transcript stays in the journal.")
    report.add_argument("id", type=row_id)
    report.add_argument("--format", dest="fmt", choices=("md", "html"), default="md",
                        help="md (Markdown, the default) or html (one printable page)")
    report.add_argument("--out", metavar="FILE", type=Path,
                        help="write the report to FILE (owner-only) instead of printing it")
    report.set_defaults(func=run_report)


def _journal(args: argparse.Namespace) -> Journal:
    from coach.commands.reflect import _open_journal

    return _open_journal(args.db)


def _exchange(journal: Journal, exchange_id: int) -> Exchange:
    from coach.store import StoreError

    try:
        return journal.require_exchange(exchange_id)
    except StoreError as exc:
        raise UserError(str(exc)) from None


def run_new(args: argparse.Namespace) -> int:
    from coach.engine.planned_dates import parse_planned
    from coach.store import StoreError

    with _journal(args) as journal:
        day = None
        if args.when:
            try:
                day = parse_planned(args.when, journal.today())
            except ValueError as exc:
                raise UserError(f"--date: {exc}") from None
        try:
            exchange_id = journal.add_exchange(role=args.role, partner=args.partner, org=args.org,
                                               day=day, title=args.title)
        except StoreError as exc:
            raise UserError(str(exc)) from None
    print(exchange_id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with _journal(args) as journal:
        exchanges = journal.exchanges()
    if args.json:
        print_json([x.to_dict() for x in exchanges])
        return 0
    if not exchanges:
        print("No exchanges yet. Start one with: coach exchange new --role host --with NAME")
        return 0
    for x in exchanges:
        day = x.day.isoformat() if x.day else "no date"
        notes = f"{x.notes} note" + ("" if x.notes == 1 else "s")
        print(f"{x.id:4}  {day:10}  {x.role:8}  {x.phase:9}  {notes:8}  {x.title}")
    return 0


def run_show(args: argparse.Namespace) -> int:
    with _journal(args) as journal:
        _exchange(journal, args.id)
        details = journal.exchange_details(args.id)
    x = details["exchange"]
    print(x["title"])
    print(f"  id:    {x['id']}")
    print(f"  role:  {x['role']}")
    print(f"  with:  {x['with']}" + (f", {x['org']}" if x["org"] else ""))
    print(f"  date:  {x['date'] or 'not set'}")
    print(f"  phase: {x['phase']}")
    for part, key in (("prepare", "preparation"), ("reflect", "reflection")):
        print(f"\n== {key.capitalize()}")
        _print_conversation(details[key], part, x["id"])
        if part == "prepare":
            print("\n== Notes")
            for note in details["notes"]:
                tags = f" ({', '.join(note['tags'])})" if note["tags"] else ""
                print(f"{note['time']}{tags}  {note['text']}")
            if not details["notes"]:
                print("No notes yet.")
    print("\n== Commitments")
    for c in details["commitments"]:
        due = f" (by {c['due']})" if c["due"] else ""
        print(f"{c['id']:4}  {c['status']:7}  {c['text']}{due}")
    if not details["commitments"]:
        print("No commitments yet.")
    return 0


def _print_conversation(part: dict[str, object] | None, command: str, exchange_id: int) -> None:
    if part is None:
        print(f"Not begun: coach exchange {command} {exchange_id}")
        return
    status = str(part["status"])
    if status in ("active", "paused"):
        print(f"Unfinished: carry on with coach exchange {command} {exchange_id}")
    elif status == "stopped":
        print("Stopped before the end.")
    for section in part["sections"]:  # type: ignore[attr-defined]
        print(f"-- {section['title']}")
        for item in section["answers"]:
            print(f"  {item['question']}")
            print(f"  > {item['answer']}")


def run_conversation(args: argparse.Namespace) -> int:
    from coach import conversations
    from coach.commands.reflect import converse, load_framework, read_answers, resume_session

    interactive = args.answers is None and sys.stdin.isatty()
    answers = read_answers(args.answers) if args.answers is not None else None
    out = sys.stdout
    with _journal(args) as journal:
        x = _exchange(journal, args.id)
        linked = getattr(x, f"{args.part}_session_id")
        info = journal.get_session(linked) if linked is not None else None
        if info is not None and info.status == "finished":
            raise UserError(
                f"exchange {x.id} already has its {PART_TITLES[args.part]} (session {info.id}); "
                f"see it with `coach exchange show {x.id}`"
            )
        if info is not None and info.status in ("active", "paused"):
            session, first = resume_session(journal, info, unattended=not interactive)
            session_id = info.id
        else:
            framework = load_framework(
                f"exchange-{x.role}" if args.part == "prepare" else "exchange-reflect",
                interactive=False,
            )
            session, session_id, first = conversations.begin(
                journal, framework, seed=args.seed, title=f"{x.title}: {PART_TITLES[args.part]}",
                kind="exchange", meta={"exchange_id": x.id, "exchange_part": args.part},
                after_start=lambda sid: journal.link_exchange_session(x.id, args.part, sid),
                unattended=not interactive,
            )
        converse(journal, session, session_id, first, answers=answers,
                 interactive=interactive, out=out,
                 resume_hint=f"coach exchange {args.part} {x.id}")
        phase = journal.require_exchange(x.id).phase
    print(f"\nExchange {x.id} is now {phase}.", file=out)
    return 0


def run_note(args: argparse.Namespace) -> int:
    from coach.store import StoreError

    with _journal(args) as journal:
        _exchange(journal, args.id)
        try:
            note_id = journal.add_exchange_note(args.id, args.text, tags=args.tag)
        except StoreError as exc:
            raise UserError(str(exc)) from None
        (note,) = [n for n in journal.exchange_notes(args.id) if n.id == note_id]
    print(f"Saved note {note.id} at {note.created:%H:%M}.")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from coach.store.files import atomic_writer

    with _journal(args) as journal:
        _exchange(journal, args.id)
        text = journal.exchange_report(args.id, args.fmt)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        with atomic_writer(args.out) as handle:
            handle.write(text)
    except OSError as exc:
        raise UserError(f"can't write the report to {args.out}: {exc.strerror or exc}; "
                        "choose another file with --out") from None
    print(f"Wrote the report to {args.out}")
    return 0
