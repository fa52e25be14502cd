"""`coach practice`: practise listening in a pair or trio, in plain line mode.

The speaker talks; the listener's moves are logged and coded as they happen; the
listener plays back what they heard until the speaker confirms; the pair swap; then
a debrief and a scorecard, saved to the journal as a practice entry.
"""

from __future__ import annotations

import argparse
import codecs
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from coach.cli import UserError
from coach.terminal import print_json, printable, raw

if TYPE_CHECKING:
    from coach.engine.practice import Exercise, Scorecard, Setup, Tally

ANSWERS_FORMAT = """\
answers file (--answers FILE, or standard input when it is not a terminal):
  one line each, in order; lines starting with # are skipped
  the listener's moves in the first turn, one per line (pause and resume allowed)
  ---                      ends the turn (so does: end)
  a play-back line, then the speaker's verdict on the next line:
      yes                  the play-back is right; the exercise moves on
      no: what was missed  not yet; the next line is another play-back
  the second turn the same way: moves, ---, play-backs and verdicts
  then one answer per debrief question
No time is waited for in an unattended run, and a file that ends early still gives
(and saves) the scorecard so far.

at the keyboard, Ctrl-D or Ctrl-C part-way asks whether to keep the scorecard so far
in the journal, discard it, or go back to the practice.
"""
NOTE_WIDTH = 160


#: What :meth:`Lines.read` returns when its timeout passes before a line arrives.
TIMEOUT = "\x00timeout"


class Lines:
    """Where the exercise's lines come from: the keyboard, or a script of answers."""

    interactive = False

    def read(self, prompt: str = "", timeout: float | None = None) -> str:
        raise NotImplementedError

    def note(self, message: str, out: TextIO) -> None:
        print(message, file=out)

    def discard(self) -> None:
        """Throw away anything typed but not yet entered."""

    def where(self) -> str:
        return "input"


class FileLines(Lines):
    """A script of answers; blank lines and # comments are skipped, time is not waited."""

    def __init__(self, lines: list[str], name: str) -> None:
        self.lines, self.name, self.number = lines, name, 0

    @classmethod
    def open(cls, path: Path | None) -> FileLines:
        if path is None:
            return cls(sys.stdin.read().splitlines(), "standard input")
        try:
            return cls(path.read_text(encoding="utf-8").splitlines(), str(path))
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"cannot read answers from {path}: {exc}") from None

    def read(self, prompt: str = "", timeout: float | None = None) -> str:
        while self.number < len(self.lines):
            line = self.lines[self.number]
            self.number += 1
            if line.strip() and not line.lstrip().startswith("#"):
                return line.strip()
        raise EOFError

    def note(self, message: str, out: TextIO) -> None:
        pass  # blank lines never reach here

    def where(self) -> str:
        return f"{self.name}, line {self.number}"


class TerminalLines(Lines):
    """The keyboard, read straight from the file descriptor so a line can time out."""

    interactive = True

    def __init__(self, stream: TextIO, out: TextIO) -> None:
        self.fd, self.out, self.pending = stream.fileno(), out, ""
        self.decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")

    def read(self, prompt: str = "", timeout: float | None = None) -> str:
        import select

        # A prompt may start with a carriage return (to redraw the countdown in place);
        # the rest can hold names the person typed, so it is made safe to show.
        back = "\r" if prompt.startswith("\r") else ""
        stream = raw(self.out)
        stream.write(back + printable(prompt[len(back):]))
        stream.flush()
        while "\n" not in self.pending:
            if timeout is not None and os.name == "posix":
                ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
                if not ready:
                    return TIMEOUT
            data = os.read(self.fd, 65536)
            if not data:
                if self.pending:
                    break
                raise EOFError
            self.pending += self.decoder.decode(data)
        line, _, self.pending = self.pending.partition("\n")
        return line.rstrip("\r")

    def discard(self) -> None:
        self.pending = ""
        try:
            import termios

            termios.tcflush(self.fd, termios.TCIFLUSH)
        except (ImportError, OSError):
            pass


#: Terminal key codes (ESC [ ... or ESC O x) and other control characters in a line.
KEY_CODES = re.compile(r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?|[\x00-\x08\x0b-\x1f\x7f]")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "practice",
        help="practise listening in a pair or trio, with live feedback on the listener",
        description="Practise listening: a subject, thinking time, timed turns with the "
        "listener's moves coded as they happen, play-back until the speaker confirms, "
        "swap, debrief and a scorecard saved to the journal.",
        epilog=ANSWERS_FORMAT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--speaker", metavar="NAME", help="who speaks first")
    parser.add_argument("--listener", metavar="NAME", help="who listens first")
    parser.add_argument("--observer", metavar="NAME", help="who observes (optional)")
    parser.add_argument("--subject", metavar="TEXT",
                        help="what to talk about: your own, or a suggestion's number or id")
    parser.add_argument("--thinking", metavar="SECONDS", type=float, default=60.0,
                        help="thinking time before the first turn (default: 60)")
    parser.add_argument("--turn", metavar="MINUTES", type=float, default=5.0,
                        help="length of each turn (default: 5; 5 to 10 suits most pairs)")
    parser.add_argument("--answers", metavar="FILE", type=Path,
                        help="run unattended from FILE (format below)")
    parser.add_argument("--json", action="store_true", help="print the scorecard as JSON")
    parser.add_argument("--confidential", action="store_true",
                        help="what's said in the room stays in the room: save only the numbers")
    parser.add_argument("--no-save", action="store_true",
                        help="do not save the scorecard to the journal")
    parser.set_defaults(func=run)


def clock_text(seconds: float | None) -> str:
    whole = max(0, int((seconds or 0) + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


def minutes(value: float) -> str:
    return f"{value:g} minute{'' if value == 1 else 's'}"


def tally_text(t: Tally) -> str:
    from coach.engine.practice_score import tally_line

    return tally_line(t, " | ")


def short(line: str, width: int = NOTE_WIDTH) -> str:
    line = " ".join(line.split())
    return line if len(line) <= width else line[: width - 3].rstrip() + "..."


def verdict(text: str) -> tuple[bool, str] | None:
    """``yes`` -> (True, ""); ``no: the anger`` -> (False, "the anger"); else None."""
    from coach.engine.practice import read_confirmation

    return read_confirmation(text)


def _ask(lines: Lines, prompt: str, default: str) -> str:
    answer = lines.read(prompt)
    return default if answer is TIMEOUT or not answer.strip() else answer.strip()


def _setup(args: argparse.Namespace, lines: Lines, out: TextIO) -> Setup:
    from coach.engine.practice import PracticeError, Setup
    from coach.engine.practice_subjects import find_subject, subjects

    speaker, listener, observer = args.speaker, args.listener, args.observer
    subject = find_subject(args.subject) if args.subject else None
    if lines.interactive:
        speaker = speaker or _ask(lines, "Who speaks first? (Enter for Partner A) ", "Partner A")
        listener = listener or _ask(lines, "Who listens first? (Enter for Partner B) ",
                                    "Partner B")
        if observer is None:
            observer = _ask(lines, "Who is observing, if anyone? (Enter for no one) ", "") or None
        if subject is None:
            print("\nWhat will the speakers talk about? Some suggestions:", file=out)
            for number, item in enumerate(subjects(), 1):
                print(f"  {number}. {item.text}", file=out)
            subject = find_subject(_ask(lines, "Number, or your own subject (Enter for 1) ", "1"))
    try:
        return Setup(speaker=speaker or "Partner A", listener=listener or "Partner B",
                     observer=observer, subject=subject or subjects()[0].text,
                     thinking_seconds=args.thinking, turn_minutes=args.turn,
                     confidential=args.confidential)
    except PracticeError as exc:
        raise UserError(str(exc)) from None


def _think(ex: Exercise, lines: Lines, out: TextIO) -> None:
    if ex.phase == "ready":
        ex.start()
    if not lines.interactive:
        if ex.phase == "thinking":
            ex.begin_turn()
        return
    print(f"\n== Thinking time. Subject: {ex.setup.subject}", file=out)
    while ex.phase == "thinking":
        left = ex.remaining() or 0.0
        line = lines.read(f"\r{clock_text(left)} left to think; press Enter to start now. ",
                          timeout=min(1.0, left))
        if line is not TIMEOUT:
            ex.begin_turn()
        ex.tick()
    print(file=out)


def _turn(ex: Exercise, lines: Lines, out: TextIO) -> None:
    from coach.engine.practice_score import live_feedback

    if ex.tick() != "turn":  # the time ran out while the practice was stopped
        print("\nTime's up.", file=out)
        return
    r = ex.current
    who = f"{ex.setup.observer}, or {r.listener}, log" if ex.setup.observer else "Log"
    print(f"\n== Turn {len(ex.rounds)}: {r.speaker} speaks, {r.listener} listens, for "
          f"{minutes(ex.setup.turn_minutes)}.\n{who} each thing {r.listener} says, in a "
          "few words. Type pause, resume or end.", file=out)
    while ex.phase == "turn":
        left = ex.remaining()
        state = "paused" if ex.paused else "left"
        prompt = f"[{clock_text(left)} {state}] > " if lines.interactive else ""
        line = lines.read(prompt, timeout=None if ex.paused else left)
        if line is TIMEOUT:
            lines.discard()
            ex.tick()
            print("\nTime's up.", file=out)
            continue
        line = KEY_CODES.sub("", line)  # arrow, Home and End keys arrive as escape codes
        command = line.strip().lower()
        if command in ("end", "---"):
            ex.end_turn()
        elif command in ("help", "?"):
            print(f"Type each thing {r.listener} says, in a few words, then Enter. "
                  "pause stops the clock, resume restarts it, end finishes the turn.", file=out)
        elif command == "pause":
            ex.pause()
            print(f"The clock is paused with {clock_text(ex.remaining())} left; "
                  "type resume to carry on.", file=out)
        elif command == "resume":
            ex.resume()
        elif not command:
            lines.note("(Nothing to log there. Type what the listener said, or end.)", out)
        elif ex.paused:
            print("The clock is paused; type resume, then log that again.", file=out)
        else:
            move = ex.log(line)
            if move is not None:
                note = [short(n) for n in live_feedback(move)]
                for text in [*note, tally_text(ex.tally())]:
                    print(f"  {text}", file=out)
        if ex.tick() != "turn" and command not in ("end", "---"):
            print("Time's up; that last move still counts.", file=out)


def _playback(ex: Exercise, lines: Lines, out: TextIO) -> None:
    r = ex.current
    print(f"\n== Play-back: {r.listener}, say back what you heard from {r.speaker}.", file=out)
    while ex.phase in ("playback", "confirm"):
        if ex.phase == "playback":
            line = lines.read("Play-back> " if lines.interactive else "")
            if line is TIMEOUT or not line.strip():
                lines.note("(Say back what you heard, in a sentence or two.)", out)
            else:
                ex.play_back(line)
            continue
        line = lines.read(f"{r.speaker}, is that right? (yes, or no: what was missed) "
                          if lines.interactive else "")
        answer = None if line is TIMEOUT else verdict(line)
        if answer is None:
            if not lines.interactive:
                raise UserError(f"{lines.where()}: expected yes, or no: what was missed")
            print("(Answer yes, or no followed by what was missed.)", file=out)
        elif ex.confirm(*answer) == "playback":
            print(f"{r.listener}, try again, taking in what was missed.", file=out)
        else:
            print(f"Confirmed on attempt {len(r.attempts)}.", file=out)


def _debrief(ex: Exercise, lines: Lines, out: TextIO) -> None:
    print("\n== Debrief: the experience, and the themes emerging for you.", file=out)
    while (question := ex.next_question()) is not None:
        print(question, file=out)
        line = lines.read("> " if lines.interactive else "")
        ex.answer("" if line is TIMEOUT else line)


def _swap(ex: Exercise, lines: Lines, out: TextIO) -> None:
    r = ex.current
    print(f"\n== Swap: now {r.listener} speaks and {r.speaker} listens.", file=out)
    if lines.interactive:
        lines.read("Press Enter when you are ready. ")
    ex.swap()


def _drive(ex: Exercise, lines: Lines, out: TextIO) -> None:
    """Run the exercise from whatever step it is at to its end."""
    while ex.phase != "done":
        if ex.phase in ("ready", "thinking"):
            _think(ex, lines, out)
        elif ex.phase == "turn":
            _turn(ex, lines, out)
        elif ex.phase in ("playback", "confirm"):
            _playback(ex, lines, out)
        elif ex.phase == "swap":
            _swap(ex, lines, out)
        else:
            _debrief(ex, lines, out)


#: What a stop part-way (Ctrl-D or Ctrl-C at the keyboard) asks, and the answers to it.
LEAVE_QUESTION = ("\nThe practice stopped part-way. Keep the scorecard so far in the journal? "
                  "k keeps it, d discards it, Enter goes back to the practice. ")
LEAVE_QUESTION_NO_SAVE = ("\nThe practice stopped part-way. l leaves with the scorecard so far "
                          "(not saved: --no-save), Enter goes back to the practice. ")
LEAVE_ANSWERS = {"": "back", "b": "back", "back": "back", "k": "keep", "keep": "keep",
                 "d": "discard", "discard": "discard"}
LEAVE_ANSWERS_NO_SAVE = {"": "back", "b": "back", "back": "back", "l": "keep", "leave": "keep"}


def _leave_choice(lines: Lines, out: TextIO, *, no_save: bool) -> str:
    """``back``, ``keep`` or ``discard``; a second Ctrl-D or Ctrl-C discards."""
    lines.discard()
    question, answers = ((LEAVE_QUESTION_NO_SAVE, LEAVE_ANSWERS_NO_SAVE) if no_save
                         else (LEAVE_QUESTION, LEAVE_ANSWERS))
    while True:
        try:
            line = lines.read(question)
        except (EOFError, KeyboardInterrupt):
            print(file=out)
            return "discard"
        choice = answers.get(KEY_CODES.sub("", line).strip().lower())
        if choice is not None:
            return choice
        question = ("(Type l to leave, or press Enter to go back.) " if no_save
                    else "(Type k to keep it, d to discard it, or press Enter to go back.) ")


def _practise(ex: Exercise, lines: Lines, out: TextIO, *, no_save: bool) -> tuple[str, bool]:
    """Drive the exercise until it ends or is stopped; returns what to do with its
    scorecard (``keep``: show it, and save it unless --no-save; ``discard``) and whether
    Ctrl-C stopped it.

    At the keyboard, a stop part-way asks first and can go back to the practice; a
    script of answers that ends early keeps its scorecard, as there is no one to ask.
    """
    while True:
        try:
            _drive(ex, lines, out)
            return "keep", False
        except EOFError:
            interrupted = False
        except KeyboardInterrupt:
            interrupted = True
        if not lines.interactive or ex.phase == "done":
            return "keep", interrupted
        if not ex.rounds:  # still in the thinking time: there is no scorecard yet
            return "discard", interrupted
        choice = _leave_choice(lines, out, no_save=no_save)
        if choice != "back":
            return choice, interrupted
        print("Back to the practice.", file=out)


def _save(card: Scorecard, db: str | None) -> int:
    from coach.engine.practice import render_scorecard
    from coach.store import Journal, StoreError

    stored = card.redacted() if card.confidential else card
    names = " and ".join(c.name for c in stored.listeners)
    title = "Listening practice" + (f": {names}" if names and not card.confidential else "")
    try:
        with Journal.open(db) as journal:
            return journal.add_entry(render_scorecard(stored), title=title, kind="practice",
                                     tags=("practice",))
    except StoreError as exc:
        raise UserError(str(exc)) from None


def run(args: argparse.Namespace) -> int:
    from coach.engine.practice import Exercise, render_scorecard

    interactive = args.answers is None and sys.stdin.isatty()
    out = sys.stderr if args.json else sys.stdout
    lines: Lines = TerminalLines(sys.stdin, out) if interactive else FileLines.open(args.answers)
    try:
        setup = _setup(args, lines, out)
    except (EOFError, KeyboardInterrupt) as stop:
        print("\nThe practice stopped before it began: nothing was saved.", file=out)
        return 130 if isinstance(stop, KeyboardInterrupt) else 0
    ex = Exercise(setup)
    choice, interrupted = _practise(ex, lines, out, no_save=args.no_save)
    if choice == "discard":
        print("The scorecard so far is discarded: nothing was saved to the journal."
              if ex.rounds else "The practice stopped before the first turn: nothing was saved.",
              file=out)
        return 130 if interrupted else 0
    card = ex.finish()
    shown = card.redacted(keep_names=True) if card.confidential else card
    print("\n" + render_scorecard(shown), file=out)
    entry = None if args.no_save else _save(card, args.db)
    if entry is not None:
        print(f"Saved to the journal as entry {entry}.", file=out)
    elif interactive:
        print("Nothing was saved to the journal (--no-save).", file=out)
    if args.json:
        print_json({**shown.to_dict(), "entry": entry})
    return 130 if interrupted else 0
