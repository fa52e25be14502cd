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
    write = stdout.write
    stream = getattr(stdin, "buffer", None)
    for raw in stream if stream is not None else stdin:
        text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
        text = text.rstrip("\r\n")
        write(dumps({"text": text, **analyse(text).to_dict()}) + "\n")
    stdout.flush()
    return 0
