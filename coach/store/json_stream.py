"""Reading a large JSON file a piece at a time, so memory stays bounded by one record.

Imports are one top-level object whose values are mostly arrays of records. This
module walks that outer object and its arrays itself and hands each member value, or
each element of an array, to the standard library's C decoder (``raw_decode``) on a
window of the file. So the file is never held whole, and decoding runs at the speed of
``json.loads``.

Every problem is a :class:`JsonProblem` with the line and column it is at.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import IO, Any

#: How much of the file is read at a time.
CHUNK = 1 << 20
#: The largest single value (one record) read whole; larger ones are refused.
MAX_RECORD = 64 * 1024 * 1024
#: An error this close to the end of what has been read may be a value cut short.
_NEAR_END = 16
_SPACE = re.compile(r"[ \t\n\r]*")


class JsonProblem(Exception):
    """Not valid JSON (or too large to read) at a line and column of the file."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(f"line {line}, column {column}: {message}")
        self.line, self.column, self.message = line, column, message


class NotText(JsonProblem):
    """Bytes that are not UTF-8."""


class TooLarge(JsonProblem):
    """One value larger than the record limit."""


class NotAnObject(Exception):
    """Valid JSON whose top level is not an object (so not an import file)."""


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


class Document:
    """The top-level object of a JSON file, read member by member."""

    def __init__(
        self, handle: IO[bytes], *, max_record: int = MAX_RECORD, max_bytes: int | None = None
    ) -> None:
        self._handle = handle
        self._max_bytes = max_bytes  # for a stream whose size can't be known beforehand
        self._text = codecs.getincrementaldecoder("utf-8-sig")()
        self._decoder = json.JSONDecoder(parse_constant=_no_constants)
        self._max_record = max_record
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._bytes = 0
        self._lines_before = 0  # newlines in the text already let go of
        self._column_before = 0  # characters of the current line already let go of

    # reading ----------------------------------------------------------------
    def _more(self, at_least: int = CHUNK) -> bool:
        """Read on (dropping what has been used); False at the end of the file."""
        if self._eof:
            return False
        if self._pos:
            self._let_go(self._pos)
        wanted = max(CHUNK, at_least)
        while True:
            raw = self._handle.read(wanted)
            try:
                text = self._text.decode(raw, final=not raw)
            except UnicodeDecodeError as exc:
                where = self._bytes + max(0, exc.start)
                raise self.problem(f"byte {where:,} is not UTF-8", NotText) from None
            self._bytes += len(raw)
            if self._max_bytes and self._bytes > self._max_bytes:
                raise self.problem(f"more than {self._max_bytes:,} bytes were read", TooLarge)
            if not raw:
                self._eof = True
            self._buf += text
            if text or self._eof:
                return bool(text)

    def _let_go(self, upto: int) -> None:
        used = self._buf[:upto]
        newlines = used.count("\n")
        if newlines:
            self._lines_before += newlines
            self._column_before = upto - used.rfind("\n") - 1
        else:
            self._column_before += upto
        self._buf = self._buf[upto:]
        self._pos -= upto

    def problem(
        self, message: str, kind: type[JsonProblem] = JsonProblem, pos: int | None = None
    ) -> JsonProblem:
        pos = self._pos if pos is None else pos
        pos = min(max(pos, 0), len(self._buf))
        line = self._lines_before + self._buf.count("\n", 0, pos) + 1
        start = self._buf.rfind("\n", 0, pos)
        column = pos - start if start >= 0 else self._column_before + pos + 1
        return kind(message, line, column)

    def _skip_space(self) -> str:
        """Skip white space; the next character, or '' at the end of the file."""
        while True:
            self._pos = _SPACE.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._more():
                return ""

    def _expect(self, char: str, what: str) -> None:
        if self._skip_space() != char:
            raise self.problem(f"Expecting {what}")
        self._pos += 1

    def value(self) -> Any:
        """The JSON value at the current position, decoded whole."""
        self._skip_space()
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as exc:
                cut_short = exc.pos >= len(self._buf) - _NEAR_END or exc.msg.startswith(
                    "Unterminated string"
                )
                if cut_short and not self._eof:
                    self._grow()
                    continue  # decode again on what is there now (positions may move)
                raise self.problem(exc.msg, pos=exc.pos) from None
            except RecursionError:
                raise self.problem("values are nested too deeply to read") from None
            except ValueError as exc:  # a number of thousands of digits, NaN, Infinity
                raise self.problem(str(exc).split(";")[0]) from None
            if end == len(self._buf) and not self._eof:
                self._grow()
                continue  # a number at the very end of what was read may go on
            self._pos = end
            return value

    def _grow(self) -> None:
        """Read more for a value that may be cut short."""
        pending = len(self._buf) - self._pos
        if pending > self._max_record:
            raise self.problem(
                f"a single record larger than {self._max_record // (1024 * 1024)} MB", TooLarge
            )
        self._more(at_least=pending)  # doubling: linear however long the value

    # structure --------------------------------------------------------------
    def members(self) -> Iterator[tuple[str, Any]]:
        """Each key of the top-level object with its value. An array comes as an
        iterator of its elements; it is skipped to its end if not read through."""
        first = self._skip_space()
        if first != "{":
            if first == "":
                raise self.problem("Expecting value")
            self.value()  # invalid JSON is reported as such
            raise NotAnObject()
        self._pos += 1
        if self._skip_space() == "}":
            self._pos += 1
            self._end()
            return
        while True:
            if self._skip_space() != '"':
                raise self.problem("Expecting property name enclosed in double quotes")
            key = self.value()
            self._expect(":", "':' delimiter")
            if self._skip_space() == "[":
                items = self._items()
                yield key, items
                for _ in items:  # what the reader left, read and dropped
                    pass
            else:
                yield key, self.value()
            following = self._skip_space()
            self._pos += 1
            if following == "}":
                break
            if following != ",":
                raise self.problem("Expecting ',' delimiter", pos=self._pos - 1)
        self._end()

    def _items(self) -> Iterator[Any]:
        self._pos += 1  # the '['
        if self._skip_space() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
            following = self._skip_space()
            self._pos += 1
            if following == "]":
                return
            if following != ",":
                raise self.problem("Expecting ',' delimiter", pos=self._pos - 1)

    def _end(self) -> None:
        if self._skip_space() != "":
            raise self.problem("Extra data")
