"""`coach reflect`: a coaching conversation in plain line mode.

Readable by screen readers and usable over ssh. Answers come from the keyboard,
from a file (``--answers``) or from standard input when it is not a terminal.
Every turn is saved to the journal as it happens.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coach.cli import UserError, print_unsaved, row_id, seed
from coach.engine.model import Kind
from coach.terminal import print_json

if TYPE_CHECKING:
    from coach.engine.model import Framework, Turn
    from coach.engine.session import Session
    from coach.store import Journal, SessionInfo


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "reflect",
        help="talk something through with the coach",
        description="Talk something through with the coach, one question at a time. "
        "Type next, back, pause, stop or help at any point.",
    )
    parser.add_argument("framework", nargs="?", help="framework id (see `coach frameworks list`)")
    parser.add_argument("--answers", metavar="FILE", type=Path,
                        help="read answers from FILE, one per line, and run unattended")
    parser.add_argument("--json", action="store_true",
                        help="print the whole transcript as JSON at the end")
    parser.add_argument("--seed", type=seed, default=None,
                        help="fix the coach's choices of wording (default: random)")
    parser.add_argument("--resume", nargs="?", const=0, type=row_id, metavar="ID",
                        help="pick up an unfinished session (default: the latest)")
    parser.add_argument("--review", action="store_true",
                        help="first ask about every open commitment, whatever its date "
                        "(otherwise only those due or made over a day ago; none when "
                        "answers come from a file or a pipe)")
    parser.set_defaults(func=run)


def load_framework(framework_id: str | None, *, interactive: bool) -> Framework:
    from coach.engine.frameworks import (
        DEFAULT_FRAMEWORK,
        UnknownFramework,
        find_framework,
        load_frameworks,
        ordered,
    )

    result = load_frameworks()
    for error in result.errors:
        print(f"coach: skipped a broken framework: {error}", file=sys.stderr)
    if framework_id is None and interactive:
        framework_id = _pick(ordered(result.frameworks))
    framework_id = framework_id or DEFAULT_FRAMEWORK
    try:
        return find_framework(result.frameworks, framework_id)
    except UnknownFramework as exc:
        raise UserError(str(exc)) from None


def _pick(frameworks: list[Framework]) -> str | None:
    import shutil
    import textwrap

    width = max(40, min(100, shutil.get_terminal_size().columns) - 1)
    print("Which framework would you like to use?")
    for number, framework in enumerate(frameworks, 1):
        print(textwrap.fill(f"{framework.title}: {framework.purpose}", width=width,
                            initial_indent=f"  {number:2}. ", subsequent_indent=" " * 6))
    try:
        choice = input("Number or id (Enter for the first): ").strip()
    except EOFError:
        return None
    if not choice:
        return frameworks[0].id if frameworks else None
    if choice.isdigit() and 1 <= int(choice) <= len(frameworks):
        return frameworks[int(choice) - 1].id
    return choice


def read_answers(answers: Path) -> list[str]:
    """Every answer in the file, one a line, read before any session is started."""
    try:
        return answers.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UserError(f"cannot read answers from {answers}: {reason}; "
                        "check the file name and that you can read it") from None


def _replies(answers: list[str] | None, interactive: bool, out: TextIO) -> Iterator[str]:
    if answers is not None:
        yield from answers
        return
    if not interactive:
        for line in sys.stdin:
            yield line.rstrip("\n")
        return
    while True:
        try:
            print(file=out)
            yield input("> ")
        except EOFError:
            return


#: Sets the risk response apart from the conversation in line mode.
SUPPORT_RULE = "*" * 60


def _show(turns: list[Turn], out: TextIO) -> None:
    for turn in turns:
        if turn.kind == Kind.STAGE:
            print(f"\n== {turn.text}", file=out)
        elif turn.kind == Kind.RISK:
            print(f"\n{SUPPORT_RULE}\n{turn.text}\n{SUPPORT_RULE}", file=out)
        else:
            print(turn.text, file=out)
    out.flush()


def _open_journal(db: str | None) -> Journal:
    from coach.store import Journal, StoreError

    try:
        return Journal.open(db)
    except StoreError as exc:
        raise UserError(str(exc)) from None


def _start_or_resume(args: argparse.Namespace, journal: Journal, interactive: bool,
                     out: TextIO = sys.stdout) -> tuple[Session, int, list[Turn]]:
    from coach import conversations

    if args.resume is not None:
        unfinished = journal.unfinished_sessions()
        info = journal.get_session(args.resume) if args.resume else (
            unfinished[0] if unfinished else None)
        if info is None:
            raise UserError("there is no unfinished session to resume; "
                            "`coach sessions` lists them")
        if info.status not in ("active", "paused"):
            raise UserError(f"session {info.id} is already {info.status}")
        saved = journal.turns(info.id)
        session, first = resume_session(journal, info, unattended=not interactive)
        line = recap_line(saved, session.framework)
        if line:
            print(line, file=out)
        return session, info.id, first

    framework = load_framework(args.framework, interactive=interactive)
    return conversations.begin(journal, framework, seed=args.seed, title=framework.title,
                               unattended=not interactive, review=args.review)


def recap_line(turns: list[Turn], framework: Framework) -> str | None:
    """Where a resumed session stood, from its saved turns: the stage and the question
    that stands (the welcome back then asks it again)."""
    from coach.engine.recap import recap

    return recap(turns, framework)


def resume_session(journal: Journal, info: SessionInfo, *, unattended: bool = False,
                   ) -> tuple[Session, list[Turn]]:
    """An unfinished session brought back from its saved answers, and its welcome back."""
    from coach import conversations

    framework = load_framework(info.framework, interactive=False)
    return conversations.resume(journal, framework, info, unattended=unattended)


def converse(journal: Journal, session: Session, session_id: int, first: list[Turn], *,
             answers: list[str] | None, interactive: bool, out: TextIO, resume_hint: str) -> None:
    """Run the conversation to its end, or pause it when the answers run out."""
    import sqlite3

    from coach.engine.session import AnswerTooLong
    from coach.store import StoreError

    _show(first, out)
    if session.finished or session.status == "paused":
        return _settle(journal, session, session_id, out, resume_hint)
    for reply in _replies(answers, interactive, out):
        if not interactive:
            print(f"> {reply}", file=out)  # unattended: show what was answered
        try:
            turns = session.answer(reply)
        except AnswerTooLong as exc:
            print(f"coach: {exc}", file=sys.stderr)
            continue
        except (StoreError, sqlite3.Error):
            # the journal refused it (a full disk, say): what was typed is not lost
            print_unsaved(reply, "your last answer")
            print(f"Everything before it is saved. When the journal is fixed: {resume_hint}",
                  file=sys.stderr)
            raise
        if not turns and not reply.strip() and interactive:
            print("(Type an answer, or help to see what you can say.)", file=out)
        _show(turns, out)
        if session.finished or session.status == "paused":
            break  # ask for nothing more
    _settle(journal, session, session_id, out, resume_hint)


def _settle(journal: Journal, session: Session, session_id: int, out: TextIO,
            resume_hint: str) -> None:
    """Save how the conversation stands: finished, or paused to pick up later."""
    if not session.finished and session.status != "paused":
        _show(session.interrupt(), out)
    if session.finished:
        journal.finish_session(session_id, status=session.status)
    else:
        journal.pause_session(session_id)
        print(f"Resume with: {resume_hint}", file=out)


def run(args: argparse.Namespace) -> int:
    interactive = args.answers is None and sys.stdin.isatty()
    answers = read_answers(args.answers) if args.answers is not None else None
    # With --json the transcript owns standard output; the conversation goes to stderr.
    out: TextIO = sys.stderr if args.json else sys.stdout
    if args.json and not interactive:
        out = Discard()
    with _open_journal(args.db) as journal:
        session, session_id, first = _start_or_resume(args, journal, interactive, out)
        converse(journal, session, session_id, first, answers=answers,
                 interactive=interactive, out=out,
                 resume_hint=f"coach reflect --resume {session_id}")
    if args.json:
        with _open_journal(args.db) as journal:  # the saved turns, across every resume
            turns = journal.turns(session_id)
        print_json([_public(t) for t in turns])
    return 0


def _public(turn: Turn) -> dict[str, object]:
    return {"speaker": turn.speaker, "kind": turn.kind, "stage": turn.stage, "text": turn.text}


class Discard(io.TextIOBase):
    """A text stream that throws away whatever is written to it (no file is opened)."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)
