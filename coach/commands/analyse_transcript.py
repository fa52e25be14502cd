"""`coach analyse --transcript FILE --listener NAME`: one speaker's listening scorecard.

Reads a WebVTT or 'Name: text' transcript, codes each of the listener's turns with the
turns before it as context, and prints the scorecard (Markdown, or one JSON object
with --json); --out FILE writes the Markdown too. Without --listener it lists the
speakers and says how to choose.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _say(message: str) -> None:
    print(f"coach analyse: {message}", file=sys.stderr)


def run_transcript(path: Path, listener: str | None, *, out: Path | None = None,
                   as_json: bool = False) -> int:
    from coach.engine.transcript_score import render_markdown, score_transcript
    from coach.engine.transcripts import TranscriptError, cut_message, read_transcript

    try:
        transcript = read_transcript(path)
    except TranscriptError as exc:
        _say(str(exc))
        return 1
    if transcript.cut:
        _say(cut_message(str(path)))
    speakers = transcript.speakers
    if len(speakers) > 1 and (listener is None or not listener.strip()):
        counts = ", ".join(
            f"{s} ({n} turn{'s' if n != 1 else ''})"
            for s, n in ((s, transcript.turns_of(s)) for s in speakers))
        _say(f"{path.name} has {len(speakers)} speakers: {counts}. Choose whose listening "
             f'to code with --listener NAME, e.g. --listener "{speakers[0]}".')
        return 2
    try:
        card = score_transcript(transcript, listener or "")
    except TranscriptError as exc:
        unknown = len(speakers) > 1
        _say(f"{exc}; choose one with --listener NAME" if unknown else str(exc))
        return 2 if unknown else 1
    if card.cut_turns:
        one = card.cut_turns == 1
        _say(f"{card.cut_turns} of {card.listener}'s turns {'is' if one else 'are'} longer "
             f"than 50,000 characters; only {'its' if one else 'their'} first 50,000 were "
             "coded")
    markdown = render_markdown(card, path.name)
    if out is not None:
        try:
            from coach.store.files import atomic_writer

            with atomic_writer(out) as handle:
                handle.write(markdown)
        except OSError as exc:
            _say(f"could not write {out} ({exc.strerror or exc}); the scorecard is below")
            print(markdown, end="")
            return 1
    if as_json:
        print(json.dumps(card.to_dict(), ensure_ascii=False))
    elif out is None:
        print(markdown, end="")
    else:
        print(f"Wrote {card.listener}'s scorecard to {out}.")
    return 0
