"""Text on its way to a terminal: control characters shown, never obeyed.

An entry, an answer, a note or an imported record can hold terminal control codes:
``ESC ] 52`` sets the clipboard, ``ESC ] 2`` the window title, ``ESC [ 2J`` clears the
screen. :func:`printable` turns every C0 and C1 control character except newline and
tab (and DEL) into a visible placeholder, ``\\x1b`` for ESC, so such text is shown as
text. It is the one place that decides what is safe to show; the app's format helpers
and the command line's output streams call it.

What is stored, exported and printed as JSON is left exactly as typed: :func:`json_text`
writes JSON whose strings escape every control character themselves.

Cheap to import: nothing here loads Textual or the store.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

#: Every control character a terminal may act on (C0 but tab and newline, DEL, C1), and
#: lone surrogates (bytes Python could not decode), which can't be written out at all.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
#: What JSON leaves raw: DEL, C1 (it escapes only those below 0x20), lone surrogates.
_JSON_RAW = re.compile("[\x7f-\x9f\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` with each control character (but newline and tab) as ``\\xNN``.

    ESC becomes ``\\x1b``, BEL ``\\x07``, the one-byte CSI ``\\x9b``, DEL ``\\x7f``,
    carriage return ``\\x0d``. A lone surrogate (an undecodable byte) becomes U+FFFD.
    Everything else, markup-like text included, is left as it is.
    """
    return _UNSAFE.sub(_placeholder, text)


def _placeholder(match: re.Match[str]) -> str:
    code = ord(match.group())
    return "\ufffd" if code >= 0xD800 else f"\\x{code:02x}"


def without_controls(text: str) -> str:
    """``text`` with its control characters (but newline and tab) taken out.

    For text being edited, where a placeholder would push the cursor out of line: a
    terminal gives control characters no width, so taking them out of what is drawn
    moves nothing, while the text being edited keeps them. Everywhere else,
    :func:`printable` shows them.
    """
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(lambda m: "\ufffd" if "\ud800" <= m.group() <= "\udfff" else "", text)


def json_text(value: Any, *, ascii_only: bool = False, indent: int | None = 2) -> str:
    """``value`` as JSON that round-trips exactly and carries no raw control character.

    ``json`` escapes characters below 0x20 but writes DEL and the C1 range raw; those
    are escaped here as ``\\u00NN`` too, which every JSON reader reads back as the
    same character (and so is a lone surrogate, which could not be written at all).
    """
    import json

    text = json.dumps(value, ensure_ascii=ascii_only, indent=indent)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_json(value: Any, file: TextIO | None = None) -> None:
    """Print ``value`` as JSON (see :func:`json_text`) on ``file`` (standard output).

    When the stream can't encode every character (a Latin-1 terminal), the JSON is
    written with ``\\u`` escapes, so nothing is lost.
    """
    stream = sys.stdout if file is None else file
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    ascii_only = encoding not in ("utf-8", "utf8", "utf-16", "utf-32")
    print(json_text(value, ascii_only=ascii_only), file=stream)


class SafeStream(io.TextIOBase):
    """A text stream that shows control characters as placeholders (see :func:`printable`).

    Everything else (``isatty``, ``fileno``, ``encoding``, ``flush``...) is the stream it
    wraps. :func:`raw` gives that stream back, for the few writers that send a control
    code on purpose (a progress bar's carriage return, bold in search results).
    """

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(printable(text))
        return len(text)

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.stream, "errors", None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def raw(stream: TextIO) -> TextIO:
    """The stream under a :class:`SafeStream` (``stream`` itself otherwise)."""
    return stream.stream if isinstance(stream, SafeStream) else stream


@contextmanager
def safe_output() -> Iterator[None]:
    """Standard output and error wrapped in :class:`SafeStream` while the block runs.

    Text the terminal's encoding can't show becomes ``?`` rather than an error. A
    stream replaced inside the block (set to None after a broken pipe) stays replaced.
    """
    before = sys.stdout, sys.stderr
    for stream in before:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "strict") == "strict":
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # already written to in a way that forbids it
                pass
    wrapped = tuple(s if s is None or isinstance(s, SafeStream) else SafeStream(s)
                    for s in before)
    sys.stdout, sys.stderr = wrapped
    try:
        yield
    finally:
        if sys.stdout is wrapped[0]:
            sys.stdout = before[0]
        if sys.stderr is wrapped[1]:
            sys.stderr = before[1]
