"""`coach analyse`: code utterances as a listening coach would.

    coach analyse "Have you tried delegating it?"   a kind explanation per utterance
    coach analyse --jsonl < lines.txt               one JSON object per input line
    coach analyse --transcript call.vtt --listener Sam   a scorecard for Sam's turns

A --jsonl line is an utterance, or a JSON object ``{"text": ..., "context": [...]}``
giving the utterances said before it (oldest first), which the act and focus models read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TextIO

from coach.engine.analyser import MAX_CHARS

#: The most of one input line held in memory; the rest of a longer line is skipped.
LINE_BYTES = 2 * 1024 * 1024
#: How much is read at a time.
CHUNK = 1 << 16
#: Enough bytes of a line for MAX_CHARS characters of UTF-8 (and one partial one).
_TEXT_BYTES = MAX_CHARS * 4 + 4
#: Plain lines up to this long are answered from memory when they come again ("Yeah.",
#: "Mm-hmm.": about a quarter of a counselling transcript's lines), and at most this
#: many of them are remembered at once.
_REMEMBERED_BYTES = 120
_REMEMBERED_LINES = 4096


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "analyse",
        aliases=["analyze"],
        help="explain what a question or statement does (open, closed, advice, focus...)",
        description=(
            "Explain what each utterance does: open or closed question, advice hidden in a "
            "question, leading, problem or solution focus, role traps. With --jsonl, read "
            "one utterance per line on standard input (or a JSON object with \"text\" and "
            "\"context\", the utterances before it) and write one JSON object per line. "
            "With --transcript, code one speaker's turns in a WebVTT, SubRip or 'Name: text' "
            "transcript and print their listening scorecard."
        ),
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="utterances to analyse")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="read utterances from standard input, one per line; write JSON lines",
    )
    parser.add_argument(
        "--transcript", metavar="FILE", type=Path,
        help="a speaker-labelled transcript (WebVTT from Teams or Zoom, SubRip, or 'Name: text' "
             "lines)",
    )
    parser.add_argument(
        "--listener", metavar="NAME",
        help="whose turns to code in the transcript (any case); without it the speakers "
             "are listed",
    )
    parser.add_argument("--out", metavar="FILE", type=Path,
                        help="with --transcript, also write the scorecard as Markdown")
    parser.add_argument("--json", action="store_true",
                        help="with --transcript, print the scorecard as one JSON object")
    parser.set_defaults(func=run)


def _usage(message: str) -> int:
    print(f"coach analyse: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    transcript_only = [flag for flag, given in (
        ("--listener", args.listener is not None), ("--out", args.out is not None),
        ("--json", args.json)) if given]
    if args.transcript is not None:
        if args.jsonl or args.text:
            return _usage("give --transcript FILE on its own, without TEXT or --jsonl.")
        from coach.commands.analyse_transcript import run_transcript

        return run_transcript(args.transcript, args.listener, out=args.out, as_json=args.json)
    if transcript_only:
        verb = "goes" if len(transcript_only) == 1 else "go"
        return _usage(f"{' and '.join(transcript_only)} {verb} with --transcript FILE.")
    if args.jsonl:
        if args.text:
            return _usage("give either TEXT arguments or --jsonl (reading standard "
                          "input), not both.")
        return jsonl(sys.stdin, sys.stdout, sys.stderr)
    if not args.text:
        return _usage('nothing to analyse; try coach analyse "What would help?", pipe lines '
                      "into coach analyse --jsonl, or code a transcript with --transcript FILE.")
    from coach.engine.analyser import analyse, explain

    blocks = []
    for text in args.text:
        blocks.append(f"{text}\n" + _indent(explain(analyse(text), text)))
    print("\n\n".join(blocks))
    return 0


def _indent(text: str) -> str:
    return "\n".join("  " + line if line else line for line in text.splitlines())


# -- --jsonl ------------------------------------------------------------------------------


def _chunks(stdin: TextIO) -> Iterator[bytes]:
    """Standard input as bytes, whatever has arrived each time (a line typed by hand, or
    a large block from a pipe)."""
    stream = getattr(stdin, "buffer", None)
    read: Callable[[int], bytes | str]
    if stream is not None and hasattr(stream, "read1"):
        read = stream.read1
    elif stream is not None:
        read = stream.read
    else:
        read = stdin.read
    while True:
        chunk = read(CHUNK)
        if not chunk:
            return
        yield chunk if isinstance(chunk, bytes) else chunk.encode("utf-8", "replace")


def bounded_lines(chunks: Iterator[bytes], limit: int = LINE_BYTES
                  ) -> Iterator[list[tuple[bytes, bool]]]:
    """The lines of ``chunks`` in batches (one per chunk), each as (its first ``limit``
    bytes, whether it was longer): a line of any length costs at most ``limit`` bytes."""
    head = b""  # the start of the line not yet ended
    over = False  # that line has gone past the limit: the rest of it is skipped
    for chunk in chunks:
        parts = chunk.split(b"\n")
        batch = []
        for part in parts[:-1]:
            if head or over:
                line, cut = _grow(head, part, over, limit)
                head, over = b"", False
            else:
                line, cut = (part, False) if len(part) <= limit else (part[:limit], True)
            batch.append((line, cut))
        head, over = _grow(head, parts[-1], over, limit)
        if batch:
            yield batch
    if head or over:
        yield [(head, over)]


def _grow(head: bytes, part: bytes, over: bool, limit: int) -> tuple[bytes, bool]:
    if over:
        return head, True
    head += part
    if len(head) > limit:
        return head[:limit], True
    return head, False


class _Rejected(ValueError):
    """A line that cannot be coded, with the reason."""


def _request(raw: bytes, over: bool) -> tuple[str, list[str], bool]:
    """(text, context, whether anything was cut) for one input line."""
    if raw[:1] != b"{" and raw.lstrip()[:1] != b"{":
        text = raw[:_TEXT_BYTES].decode("utf-8", "replace")
        if text.endswith("\r"):
            text = text[:-1]
        cut = over or len(raw) > _TEXT_BYTES or len(text) > MAX_CHARS
        return (text[:MAX_CHARS] if cut else text), [], cut
    if over:
        raise _Rejected(f"a JSON object longer than {LINE_BYTES // (1024 * 1024)} MiB cannot "
                        "be read; split its context or send the text as a plain line")
    try:
        data = json.loads(raw.decode("utf-8", "replace"))
    except ValueError as exc:
        raise _Rejected(f"starts with {{ but is not a JSON object ({exc}); to code text "
                        'that starts with {, send {"text": "..."}') from None
    if not isinstance(data, dict):
        raise _Rejected("starts with { but is not a JSON object")
    text = data.get("text")
    if not isinstance(text, str):
        raise _Rejected('a JSON object needs "text", a string: {"text": "What would help?", '
                        '"context": ["earlier utterance", "the one just before"]}')
    context = data.get("context", [])
    if context is None:
        context = []
    if not isinstance(context, list) or any(type(c) is not str for c in context):
        raise _Rejected('"context" must be a list of strings (the utterances before the '
                        "text, oldest first)")
    cut = len(text) > MAX_CHARS or any(len(c) > MAX_CHARS for c in context)
    if cut:
        text = text[:MAX_CHARS]
        context = [c[:MAX_CHARS] for c in context]
    return text, context, cut


def jsonl(stdin: TextIO, stdout: IO[str], stderr: IO[str]) -> int:
    """Answer each line of ``stdin`` with one JSON line on ``stdout``; 1 if any line was
    rejected (each said on ``stderr``, and answered with ``{"line": N, "error": ...}``)."""
    from coach.engine.analyser import default_analyser

    analyse = default_analyser().analyse
    dumps = json.dumps
    number = 0
    rejected = 0
    # A plain line is read on its own, and the analyser always answers the same text
    # alike, so a line said again gets the answer it got before.
    answered: dict[bytes, str] = {}
    for batch in bounded_lines(_chunks(stdin)):
        out = []
        for raw, over in batch:
            number += 1
            if number == 1 and raw[:3] == b"\xef\xbb\xbf":
                raw = raw[3:]  # a byte-order mark, as some editors save UTF-8
            if not over and raw[:1] not in (b"{", b" ", b"\t") and len(raw) < MAX_CHARS:
                # the common case: a short plain line
                answer = answered.get(raw)
                if answer is None:
                    text = raw.decode("utf-8", "replace")
                    if text[-1:] == "\r":
                        text = text[:-1]
                    answer = dumps({"text": text, **analyse(text).to_dict()})
                    if len(raw) <= _REMEMBERED_BYTES:
                        if len(answered) >= _REMEMBERED_LINES:
                            answered.clear()
                        answered[raw] = answer
                out.append(answer)
                continue
            try:
                text, context, cut = _request(raw, over)
            except _Rejected as exc:
                rejected += 1
                message = f"line {number}: {exc}"
                print(f"coach analyse: {message}", file=stderr)
                out.append(dumps({"line": number, "error": message}))
                continue
            if cut:
                print(f"coach analyse: line {number} is longer than {MAX_CHARS:,} characters; "
                      f"only its first {MAX_CHARS:,} were analysed", file=stderr)
            out.append(dumps({"text": text, **analyse(text, context=context).to_dict()}))
        out.append("")
        stdout.write("\n".join(out))
        stdout.flush()
    stderr.flush()
    return 1 if rejected else 0
