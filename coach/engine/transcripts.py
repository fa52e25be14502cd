"""Speaker-labelled transcripts of real conversations, read into turns.

Three shapes are read:

- WebVTT, as Teams and Zoom write it: a ``WEBVTT`` header, then cues of a timing line
  (``00:00:01.000 --> 00:00:04.000``) and one or more lines of text. The speaker is
  given by a voice tag (``<v Sam Jones>...</v>``, as Teams writes) or by a
  ``Name: text`` line (as Zoom writes). Other tags are dropped and entities decoded.
- SubRip (``.srt``, as caption tools export): numbered cues with the same timing lines
  (commas before the milliseconds), read as WebVTT cues are.
- Plain text: ``Name: text`` lines (a time may come first, ``[00:01:02] Sam: text``),
  or a line naming the speaker with the time and nothing else (``Sam Jones  0:05``, as
  Otter writes; ``[Sam Jones] 10:02:33``, as Zoom's saved transcripts do; ``Sam:`` on a
  line of its own) with what they said on the lines after it. A line without a name
  carries on the turn before; a line holding only a time is left out.

Consecutive cues or lines by one speaker are merged into one turn. Nothing here knows
about the analyser: :mod:`coach.engine.transcript_score` codes the turns.
"""

from __future__ import annotations

import html
import re
from collections import Counter
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
_CLOCK = r"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?(?:\s*[ap]\.?m\.?)?"
#: A line that names the speaker of the lines after it: "Sam Jones  0:05",
#: "[Sam Jones] 10:02:33", "Sam Jones (00:01:02)", "Sam:".
HEADER = re.compile(
    r"^\s*\[?(?P<name>[^\W\d_][\w.'’-]*(?: [\w.'’()-]+){0,3}?)\]?"
    rf"(?:\s*[-–|]?\s*\(?\[?{_CLOCK}\]?\)?\s*|\s*:\s*)$",
    re.I,
)
#: A line holding a time and nothing else ("00:01:02", "[10:02]").
BARE_TIME = re.compile(rf"^\s*[\[(]?{_CLOCK}[\])]?\s*$", re.I)


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
    kind: str  # "webvtt", "srt" or "plain"
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


def _headers(lines: list[str], named: list[re.Match[str] | None]) -> dict[int, str]:
    """The lines (by index) that name the speaker of the lines after them (``named``
    holds each line's :data:`NAMED` match).

    "Maybe 10:30" in the middle of a turn has the shape of one, so a name with a time
    counts only when it heads two or more lines, speaks in a ``Name: text`` line too, is
    in brackets (``[Kofi] 10:02``), or starts the file or follows a blank line. A name
    with a colon and nothing after it always counts.
    """
    found: dict[int, str] = {}
    for i, (line, match) in enumerate(zip(lines, named, strict=True)):
        if match is None:
            header = HEADER.match(line)
            if header is not None and (":" in line or any(c.isdigit() for c in line)):
                found[i] = " ".join(header["name"].split())
    speakers = {" ".join(m["name"].split()).casefold() for m in named if m}
    heads = Counter(name.casefold() for name in found.values())

    def counts(i: int, name: str) -> bool:
        line = lines[i].strip()
        return (heads[name.casefold()] >= 2 or name.casefold() in speakers
                or line.startswith("[") or line.endswith(":")
                or i == 0 or not lines[i - 1].strip())

    return {i: name for i, name in found.items() if counts(i, name)}


def _plain(lines: list[str]) -> list[tuple[str, str, float | None]]:
    pieces: list[tuple[str, str, float | None]] = []
    speaker = ""
    matches = [NAMED.match(line) for line in lines]
    headers = _headers(lines, matches)
    for i, (line, named) in enumerate(zip(lines, matches, strict=True)):
        if not line.strip() or BARE_TIME.match(line):
            continue
        if i in headers:
            speaker = headers[i]  # what they said is on the lines after
        elif named is not None:
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
    elif any(TIMING.match(line) for line in lines[:50]):
        pieces, kind = [p for p in _webvtt(lines) if p[0]], "srt"
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
