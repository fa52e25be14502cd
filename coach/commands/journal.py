"""`coach journal`: write, list, search, show, star, tag and delete entries (export and
import are in ``journal_files``).

The store is imported inside the command functions, so building the parser stays cheap;
nothing here imports Textual.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from coach.cli import UserError, count, print_unsaved, row_id
from coach.terminal import print_json, printable, raw

if TYPE_CHECKING:
    from coach.store import Entry, Journal, SearchHit

TEMPLATES = ("free", "what-so-what-now-what", "gibbs", "weekly-review", "check-in")
BOLD, RESET = "\x1b[1m", "\x1b[0m"


@contextmanager
def open_journal(args: argparse.Namespace) -> Iterator[Journal]:
    """The journal named by ``--db``, ``COACH_DB`` or the data folder; errors become one line."""
    from coach.store import Journal, StoreError

    try:
        journal = Journal.open(getattr(args, "db", None))
    except StoreError as exc:
        raise UserError(str(exc)) from None
    try:
        yield journal
    except StoreError as exc:
        raise UserError(str(exc)) from None
    finally:
        journal.close()


def when(text: str | None, today: date) -> date | None:
    if text is None:
        return None
    from coach.engine.dates import parse_when

    try:
        return parse_when(text, today)
    except ValueError as exc:
        raise UserError(str(exc)) from None


def register(subparsers: argparse._SubParsersAction) -> None:
    journal = subparsers.add_parser("journal", help="write, search and export the journal")
    commands = journal.add_subparsers(dest="journal_command", metavar="ACTION")

    add = commands.add_parser("add", help="write an entry (no TEXT: your editor, or stdin)")
    add.add_argument("text", nargs="*", metavar="TEXT")
    add.add_argument("--title", "-t")
    add.add_argument("--tag", action="append", default=[], metavar="T")
    add.add_argument("--date", metavar="WHEN", help="when it happened: 2026-03-12, yesterday ...")
    add.add_argument("--template", choices=TEMPLATES, metavar="NAME", help=", ".join(TEMPLATES))
    add.add_argument("--mood", type=mood_value, metavar="MOOD", help="1 (low) to 5 (high)")
    add.set_defaults(func=run_add)

    for name, func, helptext in (
        ("list", run_list, "the newest entries"),
        ("search", run_search, "search the journal, best matches first"),
    ):
        command = commands.add_parser(name, help=helptext)
        if name == "search":
            command.add_argument("query", nargs="+", metavar="QUERY",
                                 help="words to find; end one with * to match every word "
                                 "starting so ('direct*')")
        command.add_argument("--since", metavar="WHEN")
        command.add_argument("--until", metavar="WHEN")
        command.add_argument("--tag", metavar="T")
        command.add_argument("--kind", metavar="K")
        command.add_argument("--starred", action="store_true", default=None)
        command.add_argument("-n", type=count, default=20, metavar="N",
                             help="how many (default 20)")
        command.add_argument("--json", action="store_true", help="a JSON array of entries")
        command.set_defaults(func=func)

    show = commands.add_parser("show", help="one entry in full")
    show.add_argument("id", type=row_id)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)

    star = commands.add_parser("star", help="star an entry (--off to unstar)")
    star.add_argument("id", type=row_id)
    star.add_argument("--off", action="store_true")
    star.set_defaults(func=run_star)

    tag = commands.add_parser(
        "tag", help="change an entry's tags: tag or +tag adds, -tag removes",
        description="Change an entry's tags as the app's tag box does: tag or +tag adds a "
        "tag, -tag removes one (coach journal tag 11 launch -draft). --remove takes off "
        "every tag given.")
    # Everything after the id is read as tags, so -board is a tag to remove, not an option.
    tag.add_argument("id", type=row_id)
    tag.add_argument("tags", nargs=argparse.REMAINDER, metavar="T",
                     help="tag or +tag to add, -tag to remove")
    tag.add_argument("--remove", action="store_true", help="remove every tag given")
    tag.set_defaults(func=run_tag, parser=tag)

    mood = commands.add_parser("mood", help="change an entry's mood (1 low to 5 high, or none)")
    mood.add_argument("id", type=row_id)
    mood.add_argument("mood", type=mood_or_none, metavar="MOOD",
                      help="1 (low) to 5 (high), or none to clear it")
    mood.set_defaults(func=run_mood)

    delete = commands.add_parser("delete", help="delete an entry (asks first)")
    delete.add_argument("id", type=row_id)
    delete.add_argument("--yes", "-y", action="store_true", help="don't ask")
    delete.set_defaults(func=run_delete)

    from coach.commands import journal_files

    journal_files.register(commands)


# writing --------------------------------------------------------------------------


def run_add(args: argparse.Namespace) -> int:
    from coach.store.templates import entry_template

    template = args.template or "free"
    start = entry_template(template)
    if args.text:
        body = " ".join(args.text)
    elif sys.stdin is not None and sys.stdin.isatty():
        body = edit(start)
        if body.strip() == start.strip():
            body = ""
    else:
        body = sys.stdin.read() if sys.stdin is not None else ""
    if not body.strip():
        raise UserError("nothing saved: the entry is empty; write some text and try again")
    try:
        with open_journal(args) as journal:
            now = journal.now()
            day = when(args.date, now.date())
            created = datetime.combine(day, now.timetz()) if day else None
            entry_id = journal.add_entry(
                body.strip("\n"),
                title=args.title,
                kind="check-in" if template == "check-in" else "free",
                framework=None if template in ("free", "check-in") else template,
                tags=args.tag,
                created=created,
                mood=args.mood,
            )
    except UserError:
        if not args.text and sys.stdin is not None and sys.stdin.isatty():
            # written in the editor, whose file is gone: print it back to copy
            print_unsaved(body.strip("\n"), "the entry")
        raise
    print(f"Saved entry {entry_id}.")
    from coach.engine.analyser_prompts import entry_support

    support = entry_support(f"{args.title or ''}\n{body}")
    if support:
        print(f"\n{support}")
    return 0


def edit(start: str) -> str:
    """Open $VISUAL or $EDITOR on ``start``; returns what was saved."""
    import shlex
    import subprocess
    import tempfile

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise UserError(
            "no text given and no editor set: pass the text, pipe it in, "
            "or set EDITOR (e.g. EDITOR=nano)"
        )
    with tempfile.TemporaryDirectory(prefix="coach-") as folder:
        path = os.path.join(folder, "entry.md")
        with open(
            os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="utf-8"
        ) as f:
            f.write(start)
        try:
            result = subprocess.run([*shlex.split(editor), path], check=False)
        except OSError as exc:
            raise UserError(
                f"can't start the editor {editor!r}: {exc.strerror}; check EDITOR"
            ) from None
        if result.returncode != 0:
            raise UserError(
                f"the editor {editor!r} exited with code {result.returncode}; nothing saved"
            )
        # an editor that saved in another encoding loses only the bytes it can't decode
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()


# reading --------------------------------------------------------------------------


def _filters(args: argparse.Namespace, journal: Journal) -> dict[str, Any]:
    today = journal.today()
    return {
        "kind": args.kind,
        "tag": args.tag,
        "starred": True if args.starred else None,
        "since": when(args.since, today),
        "until": when(args.until, today),
    }


def _stamp(entry: Entry) -> str:
    return entry.created.strftime("%Y-%m-%d %H:%M")


def _label(entry: Entry, width: int = 60) -> str:
    text = entry.title or " ".join(entry.body.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _tags(entry: Entry) -> str:
    return "  " + " ".join(f"#{t}" for t in entry.tags) if entry.tags else ""


def run_list(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        entries = journal.newest(args.n, **_filters(args, journal))
    if args.json:
        print_json([e.to_dict() for e in entries])
        return 0
    if not entries:
        print("No entries yet. Write one with: coach journal add \"...\"")
        return 0
    for entry in entries:
        star = "★" if entry.starred else " "
        print(f"{entry.id:>6}  {_stamp(entry)}  {star} {_label(entry)}{_tags(entry)}")
    return 0


def highlight(hit: SearchHit, bold: bool) -> str:
    """The snippet on one line, with matches in bold when printing to a terminal.

    With ``bold`` the line carries escape codes of its own, so it is written to the
    terminal as it is: the snippet's own control characters are made visible here.
    """
    if not bold:
        return " ".join(hit.snippet.split())
    pieces, last = [], 0
    for start, end in hit.highlights:
        pieces += [printable(hit.snippet[last:start]), BOLD,
                   printable(hit.snippet[start:end]), RESET]
        last = end
    pieces.append(printable(hit.snippet[last:]))
    return " ".join("".join(pieces).split())


def run_search(args: argparse.Namespace) -> int:
    query = " ".join(args.query)
    with open_journal(args) as journal:
        hits = journal.search(query, args.n, **_filters(args, journal))
    if args.json:
        rows = [{**h.entry.to_dict(), "snippet": h.snippet, "rank": h.rank} for h in hits]
        print_json(rows)
        return 0
    if not hits:
        print(f"Nothing found for {query!r}.")
        return 0
    bold = sys.stdout.isatty()
    for place, hit in enumerate(hits, 1):
        entry = hit.entry
        star = " ★" if entry.starred else ""
        print(
            f"{place:>3}. #{entry.id}  {_stamp(entry)}  {_label(entry)}{star}"
            f"  (score {-hit.rank:.3g})"
        )
        print(f"     {highlight(hit, bold)}", file=raw(sys.stdout) if bold else sys.stdout)
    return 0


def _require_entry(journal: Journal, entry_id: int) -> Entry:
    entry = journal.get_entry(entry_id)
    if entry is None:
        raise UserError(
            f"there is no journal entry {entry_id}; see `coach journal list` for the ids"
        )
    return entry


def run_show(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        entry = _require_entry(journal, args.id)
    if args.json:
        print_json(entry.to_dict())
        return 0
    facts = [entry.created.strftime("%a %d %b %Y %H:%M"), entry.kind]
    if entry.framework:
        facts.append(entry.framework)
    if entry.mood is not None:
        facts.append(f"mood {entry.mood}/5")
    if entry.starred:
        facts.append("★")
    print(f"#{entry.id}  {entry.title or ''}".rstrip())
    print(" · ".join(facts) + _tags(entry))
    print()
    print(entry.body.rstrip("\n"))
    return 0


def run_star(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        journal.set_starred(args.id, not args.off)
    print(f"{'Unstarred' if args.off else 'Starred'} entry {args.id}.")
    return 0


def _mood(text: str, *, clear: bool) -> int | None:
    """A mood typed on the command line: 1 (low) to 5 (high), or none when ``clear``."""
    word = text.strip().lower()
    if clear and word in ("none", "clear", "-"):
        return None
    if word in ("1", "2", "3", "4", "5"):
        return int(word)
    also = ", or none to clear it" if clear else ""
    raise argparse.ArgumentTypeError(
        f"a mood is a number from 1 (low) to 5 (high){also}; not {text!r}"
    )


def mood_value(text: str) -> int | None:
    return _mood(text, clear=False)


def mood_or_none(text: str) -> int | None:
    return _mood(text, clear=True)


def run_mood(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        journal.set_mood(args.id, args.mood)
    shown = "cleared" if args.mood is None else f"{args.mood} of 5"
    print(f"Entry {args.id}: mood {shown}.")
    return 0


def run_tag(args: argparse.Namespace) -> int:
    from coach.store.entries import tag_changes

    words = [w for w in args.tags if w != "--"]
    if "-h" in words or "--help" in words:
        args.parser.print_help()
        return 0
    remove_all = args.remove or "--remove" in words
    words = [w for w in words if w != "--remove"]
    add, remove = tag_changes(words)
    if remove_all:
        add, remove = [], remove + add
    if not add and not remove:
        raise UserError("no tags given: name a tag to add (work or +work) or to remove (-work)")
    with open_journal(args) as journal:
        if add:
            journal.add_tags(args.id, add)
        if remove:
            journal.remove_tags(args.id, remove)
        entry = journal.get_entry(args.id)
    tags = " ".join(f"#{t}" for t in entry.tags) if entry and entry.tags else "no tags"
    print(f"Entry {args.id}: {tags}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        entry = _require_entry(journal, args.id)
        if not args.yes:
            if sys.stdin is None or not sys.stdin.isatty():
                raise UserError(
                    f"not deleting entry {args.id} without asking: "
                    "run it in a terminal or add --yes"
                )
            # input() may write its prompt straight to the terminal
            answer = input(printable(
                f"Delete entry {args.id} ({_label(entry, 40)})? This can't be undone. [y/N] "
            ))
            if answer.strip().lower() not in ("y", "yes"):
                print("Kept it.")
                return 0
        journal.delete_entry(args.id)
    print(f"Deleted entry {args.id}.")
    return 0
