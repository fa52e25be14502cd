"""`coach analyse`: code utterances as a listening coach would.

    coach analyse "Have you tried delegating it?"   a kind explanation per utterance
    coach analyse --jsonl < lines.txt               one JSON object per input line
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "analyse",
        aliases=["analyze"],
        help="explain what a question or statement does (open, closed, advice, focus...)",
        description=(
            "Explain what each utterance does: open or closed question, advice hidden in a "
            "question, leading, problem or solution focus, role traps. With --jsonl, read "
            "one utterance per line on standard input and write one JSON object per line."
        ),
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="utterances to analyse")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="read utterances from standard input, one per line; write JSON lines",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        if args.text:
            print(
                "coach analyse: give either TEXT arguments or --jsonl (reading standard "
                "input), not both.",
                file=sys.stderr,
            )
            return 2
        return _jsonl(sys.stdin, sys.stdout)
    if not args.text:
        print(
            'coach analyse: nothing to analyse; try coach analyse "What would help?" '
            "or pipe lines into coach analyse --jsonl.",
            file=sys.stderr,
        )
        return 2
    from coach.engine.analyser import analyse, explain

    blocks = []
    for text in args.text:
        blocks.append(f"{text}\n" + _indent(explain(analyse(text), text)))
    print("\n\n".join(blocks))
    return 0


def _indent(text: str) -> str:
    return "\n".join("  " + line if line else line for line in text.splitlines())


def _jsonl(stdin: TextIO, stdout: TextIO) -> int:
    from coach.engine.analyser import analyse

    dumps = json.dumps
    stream = getattr(stdin, "buffer", None)
    if stream is None or not hasattr(stream, "read1"):
        for raw in stdin:
            text = raw.rstrip("\r\n")
            stdout.write(dumps({"text": text, **analyse(text).to_dict()}) + "\n")
        stdout.flush()
        return 0
    # Read whatever has arrived (a line typed by hand, or a large block from a pipe),
    # answer every complete line in it with one write, and keep the rest for later.
    pending = b""
    while True:
        chunk = stream.read1(1 << 16)
        if not chunk:
            break
        pending += chunk
        cut = pending.rfind(b"\n")
        if cut < 0:
            continue
        lines = pending[:cut].decode("utf-8", "replace").split("\n")
        pending = pending[cut + 1 :]
        out = []
        for line in lines:
            text = line.rstrip("\r")
            out.append(dumps({"text": text, **analyse(text).to_dict()}))
        out.append("")
        stdout.write("\n".join(out))
        stdout.flush()
    if pending:
        text = pending.decode("utf-8", "replace").rstrip("\r")
        stdout.write(dumps({"text": text, **analyse(text).to_dict()}) + "\n")
    stdout.flush()
    return 0
