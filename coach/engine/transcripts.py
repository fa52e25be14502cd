"""Speaker-labelled transcripts of real conversations, read into turns.

Two shapes are read:

- WebVTT, as Teams and Zoom write it: a ``WEBVTT`` header, then cues of a timing line
  (``00:00:01.000 --> 00:00:04.000``) and one or more lines of text. The speaker is
  given by a voice tag (``<v Sam Jones>...</v>``, as Teams writes) or by a
  ``Name: text`` line (as Zoom writes). Other tags are dropped and entities decoded.
- Plain text: ``Name: text`` lines; a line without a name carries on the turn before.

Consecutive cues or lines by one speaker are merged into one turn. Nothing here knows
about the analyser: :mod:`coach.engine.transcript_score` codes the turns.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

#: The most of a transcript file that is read (about 50,000 turns); the rest is left.
MAX_BYTES = 5_000_000

TIMING = re.compile(r"^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d+:)?\d{1,2}:\d{2}[.,]\d{3}")
_START = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{3})")
VOICE = re.compile(r"<v(?:\.[\w.-]+)*\s+([^>]+)>(.*?)(?:</v>|(?=<v[\s.])|$)", re.S)
TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>", re.I)
#: "Sam Jones: text", with an optional time before it ("[00:01:02] Sam:" or "00:01 Sam:").
NAMED = re.compile(
    r"^\s*(?:\[?\(?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\)?\]?\s*[-–]?\s*)?"
    r"(?P<name>[^\W\d_][\w.'’-]*(?: [\w.'’()-]+){0,3}?)\s*"
    r"(?:\(\d{1,2}(?::\d{2}){1,2}\)\s*)?:\s+(?P<text>\S.*)$"
)


class TranscriptError(ValueError):
    """A transcript that cannot be read, with what went wrong and what to do."""


@dataclass(frozen=True)
class Turn:
    speaker: str
    text: str
    #: When the turn began, in seconds (WebVTT only).
    start: float | None = None


@dataclass(frozen=True)
class Transcript:
    turns: tuple[Turn, ...]
    kind: str  # "webvtt" or "plain"
    #: True when the file was longer than :data:`MAX_BYTES` and only its start was read.
    cut: bool = False

    @property
    def speakers(self) -> tuple[str, ...]:
        """Each speaker once, in the order they first speak."""
        return tuple(dict.fromkeys(t.speaker for t in self.turns))

    def turns_of(self, speaker: str) -> int:
        return sum(1 for t in self.turns if t.speaker == speaker)

    def find(self, name: str) -> str | None:
        """The speaker called ``name``, matched without regard to case or extra spaces."""
        wanted = " ".join(name.split()).casefold()
        return next((s for s in self.speakers if s.casefold() == wanted), None)


def _speaker(name: str) -> str:
    return " ".join(html.unescape(TAG.sub("", name)).split())


def _clean(text: str) -> str:
    return " ".join(html.unescape(TAG.sub("", text)).split())


def _seconds(line: str) -> float | None:
    m = _START.match(line)
    if m is None:
        return None
    hours, minutes, seconds, millis = (int(g) if g else 0 for g in m.groups())
    return hours * 3600 + minutes * 60 + seconds + millis / 1000


def _merge(pieces: list[tuple[str, str, float | None]]) -> tuple[Turn, ...]:
    """Turns from (speaker, text, start) pieces: one speaker's run of pieces is one turn.

    A name is one speaker however it is capitalised ("Jo" and "jo"); the spelling seen
    first is kept.
    """
    turns: list[Turn] = []
    speaker = None
    parts: list[str] = []
    start: float | None = None
    spelling: dict[str, str] = {}
    for who, text, at in pieces:
        if not text:
            continue
        who = spelling.setdefault(who.casefold(), who)
        if who != speaker:
            if speaker is not None and parts:
                turns.append(Turn(speaker, " ".join(parts), start))
            speaker, parts, start = who, [], at
        parts.append(text)
    if speaker is not None and parts:
        turns.append(Turn(speaker, " ".join(parts), start))
    return tuple(turns)


def _webvtt(lines: list[str]) -> list[tuple[str, str, float | None]]:
    pieces: list[tuple[str, str, float | None]] = []
    speaker = ""
    i = 0
    while i < len(lines):
        if not TIMING.match(lines[i]):
            i += 1  # the header, NOTE, STYLE and REGION blocks, cue identifiers
            continue
        start = _seconds(lines[i])
        i += 1
        payload = []
        while i < len(lines) and lines[i].strip() and not TIMING.match(lines[i]):
            payload.append(lines[i])
            i += 1
        for line in payload:
            voices = VOICE.findall(line)
            if voices:
                for name, said in voices:
                    speaker = _speaker(name) or speaker
                    pieces.append((speaker, _clean(said), start))
                continue
            text = _clean(line)
            named = NAMED.match(text)
            if named is not None:
                speaker = named["name"].strip()
                text = named["text"]
            pieces.append((speaker, text, start))
    return pieces


def _plain(lines: list[str]) -> list[tuple[str, str, float | None]]:
    pieces: list[tuple[str, str, float | None]] = []
    speaker = ""
    for line in lines:
        if not line.strip():
            continue
        named = NAMED.match(line)
        if named is not None:
            speaker = " ".join(named["name"].split())
            pieces.append((speaker, " ".join(named["text"].split()), None))
        elif speaker:
            pieces.append((speaker, " ".join(line.split()), None))
    return pieces


def parse_transcript(text: str, *, cut: bool = False) -> Transcript:
    """The turns of a transcript's text (WebVTT when it starts with ``WEBVTT``)."""
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    if text.lstrip().startswith("WEBVTT"):
        pieces, kind = _webvtt(lines), "webvtt"
        unnamed = [p for p in pieces if not p[0]]
        if unnamed and len(unnamed) == len(pieces):
            raise TranscriptError(
                "the WebVTT cues name no speakers (no <v Name> voices and no 'Name: text' "
                "lines), so no one's turns can be told apart"
            )
        pieces = [p for p in pieces if p[0]]
    else:
        pieces, kind = _plain(lines), "plain"
    return Transcript(_merge(pieces), kind, cut)


def cut_message(name: str) -> str:
    """What to tell the person when only the start of ``name`` was read."""
    size = f"{MAX_BYTES / 1_000_000:g} MB" if MAX_BYTES >= 1_000_000 else f"{MAX_BYTES:,} bytes"
    return f"{name} is longer than {size}; only its first {size} were read and coded"


def read_transcript(path: Path) -> Transcript:
    """Read and parse ``path``; :class:`TranscriptError` says what is wrong with it.

    A file longer than :data:`MAX_BYTES` is read only that far (to the last whole line)
    and the result is marked ``cut``.
    """
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except IsADirectoryError:
        raise TranscriptError(f"{path} is a folder, not a transcript file") from None
    except FileNotFoundError:
        raise TranscriptError(f"{path} was not found; check the path") from None
    except OSError as exc:
        raise TranscriptError(f"{path} could not be read ({exc.strerror or exc})") from None
    cut = len(data) > MAX_BYTES
    if cut:
        data = data[:MAX_BYTES]
        data = data[: data.rfind(b"\n") + 1] or data
    if not data.strip():
        raise TranscriptError(f"{path} is empty: there is no conversation in it to code")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if not (cut and exc.start >= len(data) - 3):
            raise TranscriptError(
                f"{path} is not UTF-8 text (byte {exc.start + 1} cannot be read); save "
                "it as UTF-8 and try again") from None
        text = data[: exc.start].decode("utf-8")
    if "\x00" in text:
        raise TranscriptError(f"{path} looks like a binary file, not a transcript")
    transcript = parse_transcript(text, cut=cut)
    if not transcript.turns:
        raise TranscriptError(
            f"{path} has no speaker-labelled turns: write each one as 'Name: what they "
            "said', or export WebVTT with speaker names"
        )
    return transcript
