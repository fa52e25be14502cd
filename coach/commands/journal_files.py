"""`coach journal export` and `coach journal import`: the journal to and from files.

Registered by ``coach.commands.journal``; the store is imported inside the commands.
"""

from __future__ import annotations

import argparse
import sys

from coach.commands.journal import open_journal
from coach.terminal import raw

#: Exports with more entries than this show a progress bar (when stderr is a terminal).
PROGRESS_FROM = 200


def register(commands: argparse._SubParsersAction) -> None:
    """Add ``export`` and ``import`` to the ``coach journal`` sub-commands."""
    export = commands.add_parser("export", help="export to Markdown files or coach JSON")
    export.add_argument("--format", choices=("md", "json"), default="md")
    export.add_argument(
        "--out", required=True, metavar="PATH", help="a folder (md) or a file (json)"
    )
    export.set_defaults(func=run_export)

    imports = commands.add_parser(
        "import",
        help="import coach JSON or jrnl's --export json",
        description="Import coach's JSON export or jrnl's --export json. The whole file goes "
        "in at once or, at the first problem, not at all; entries already in the journal "
        "are skipped.",
    )
    imports.add_argument("file", metavar="FILE")
    imports.add_argument("--format", choices=("coach-json", "jrnl-json"), default=None)
    imports.add_argument(
        "--max-size",
        type=_size,
        default=None,
        metavar="SIZE",
        help="refuse files larger than SIZE, such as 800MB or 2GB; 0 for no limit "
        "(default 500MB)",
    )
    imports.set_defaults(func=run_import)


def _size(text: str) -> int:
    from coach.store.imports import parse_size

    try:
        return parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class ProgressBar:
    """A one-line bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if total < PROGRESS_FROM or not sys.stderr.isatty():
            return
        width = 30
        filled = int(width * done / total) if total else width
        # the carriage return is meant: straight to the terminal, past the safe stream
        stream = raw(sys.stderr)
        stream.write(f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\n")


def run_export(args: argparse.Namespace) -> int:
    bar = ProgressBar("Exporting")
    with open_journal(args) as journal:
        try:
            if args.format == "json":
                count = journal.export_json(args.out, progress=bar)
            else:
                count = journal.export_markdown(args.out, progress=bar)
        finally:
            bar.close()
    kind = "Markdown files in" if args.format == "md" else "entries to"
    print(f"Exported {count} {kind} {args.out}.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        if args.max_size is None:
            result = journal.import_file(args.file, fmt=args.format)
        else:
            result = journal.import_file(args.file, fmt=args.format, max_size=args.max_size)
    print(
        f"Imported {result.added} new item{'s' if result.added != 1 else ''} from {args.file} "
        f"({result.format}); {result.skipped} already in the journal."
    )
    return 0
