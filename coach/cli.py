"""The command line: parses arguments and hands each command to its module.

Each module in ``coach.commands`` adds its own sub-commands through
``register(subparsers)`` and sets ``func`` on them; the function receives the parsed
arguments and returns an exit code. Running ``coach`` with no command opens the app.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from coach import __version__

#: Command modules, in the order their commands are listed in ``--help``.
COMMAND_MODULES = (
    "reflect",
    "sessions",
    "frameworks",
    "analyse",
    "journal",
    "commitments",
    "practice",
    "exchange",
    "paths",
)


class UserError(Exception):
    """A problem the person can fix; printed as one line, exit code 1."""


def print_unsaved(text: str, what: str) -> None:
    """Print back ``text`` the journal could not take, so it can be copied (to stderr)."""
    print(f"coach: {what} wasn't saved; here it is, to copy:\n\n{text}\n", file=sys.stderr)


#: The largest number SQLite can store, and so the largest id or count accepted.
LARGEST = 2**63 - 1


def row_id(text: str) -> int:
    """An argparse type for ids: a whole number from 1 up."""
    return _whole_number(text, low=1, what="an id")


def count(text: str) -> int:
    """An argparse type for counts such as ``-n``: a whole number from 1 up."""
    return _whole_number(text, low=1, what="a count")


def seed(text: str) -> int:
    """An argparse type for ``--seed``: any whole number from 0 up."""
    return _whole_number(text, low=0, what="a seed")


def _whole_number(text: str, *, low: int, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not low <= value <= LARGEST:
        raise argparse.ArgumentTypeError(f"{what} must be between {low} and {LARGEST:,}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coach",
        description="A private, offline coaching and reflection companion.",
    )
    parser.add_argument("--version", action="version", version=f"coach {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="journal database to use (default: COACH_DB, then the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"coach.commands.{name}")
        module.register(subparsers)
    return parser


#: Arguments that name files: kept byte for byte, whatever the terminal's encoding.
PATH_ARGUMENTS = frozenset({"db", "file", "out", "answers", "files"})


def undecodable(args: argparse.Namespace) -> str | None:
    """The first text argument holding bytes that are not valid text, shown as ``\\xNN``.

    Python keeps such bytes as lone surrogates (a Latin-1 terminal typing ``é`` into a
    UTF-8 session, say); they could be neither saved nor searched for. File names may
    hold any bytes, so they are let through.
    """
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS:
            continue
        for text in value if isinstance(value, list | tuple) else (value,):
            if isinstance(text, str) and any("\ud800" <= c <= "\udfff" for c in text):
                return _bytes_shown(text)
    return None


def _bytes_shown(text: str) -> str:
    encoding = sys.getfilesystemencoding()
    try:
        return text.encode(encoding, "surrogateescape").decode(encoding, "backslashreplace")
    except UnicodeError:
        return text.encode(encoding, "backslashreplace").decode(encoding)


def run(argv: list[str]) -> int:
    """Run one command; its output shows control characters rather than obeying them."""
    from coach.terminal import safe_output

    with safe_output():
        return _run(argv)


def _run(argv: list[str]) -> int:
    # Bytes that are not valid text (a pasted binary, a wrong locale) become U+FFFD
    # rather than failing later when they are saved.
    reconfigure = getattr(sys.stdin, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    bad = undecodable(args)
    if bad is not None:
        print(f"coach: an argument isn't valid text in this terminal's encoding "
              f"({sys.getfilesystemencoding()}): '{bad}'; set the terminal to that encoding, "
              "or type it again", file=sys.stderr)
        return 2
    if args.command is None:
        from coach.commands.app import run_app

        return run_app(args)
    func = getattr(args, "func", None)
    if func is None:  # a command group given without its sub-command
        parser.parse_args([*argv, "--help"])
        return 2
    try:
        return int(func(args) or 0)
    except UserError as exc:
        print(f"coach: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ncoach: interrupted; everything already answered is saved.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away, as `coach journal list | head` does
        sys.stdout = None  # type: ignore[assignment]  # nothing more to flush at exit
        return 0
    except Exception as exc:
        import sqlite3

        from coach.store import StoreError  # the store is loaded by then if it failed

        if isinstance(exc, sqlite3.Error):  # one the store let through: put the same way
            from coach.paths import database_file
            from coach.store.errors import translate

            exc = translate(exc, database_file(getattr(args, "db", None)), "save the change")
        if not isinstance(exc, StoreError):
            raise
        print(f"coach: {exc}", file=sys.stderr)
        return 1
