"""Imports: coach's own JSON export (entries, sessions, commitments, leadership
exchanges) and jrnl's ``--export json``, read as a stream.

The file is read a record at a time (``json_stream``); each record is checked
(``imports_coach``, ``imports_exchanges``, ``imports_jrnl``) and written at once inside
one transaction (``imports_writer``). A problem anywhere, named by the record's place
and id, rolls the whole file back, so a refused file changes nothing; memory stays the
same however large the file. Entries already in the journal (same time, title and
text) are skipped, so importing twice adds nothing.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from coach.store.errors import StoreError
from coach.store.exports import ExportStore
from coach.store.imports_checks import Invalid, Stamp, check_tree, named
from coach.store.imports_coach import check_commitment, check_entry, check_header, check_session
from coach.store.imports_exchanges import check_exchange, write_exchange
from coach.store.imports_jrnl import check_jrnl_entry, looks_like_jrnl
from coach.store.imports_writer import ImportWriter, larger_cache
from coach.store.json_stream import Document, JsonProblem, NotAnObject, NotText, TooLarge
from coach.store.models import ImportResult

FORMATS = ("coach-json", "jrnl-json")
#: Files larger than this are refused unless the caller allows more (``max_size``).
MAX_SIZE = 500_000_000

Check = Callable[[dict[str, Any], Stamp], dict[str, Any]]
Write = Callable[[ImportWriter, dict[str, Any]], None]
#: For each format, the top-level arrays read, and how each record is checked and written.
SECTIONS: dict[str, dict[str, tuple[Check, Write]]] = {
    "coach-json": {
        "entries": (check_entry, ImportWriter.entry),
        "sessions": (check_session, ImportWriter.session),
        "commitments": (check_commitment, ImportWriter.commitment),
        "exchanges": (check_exchange, write_exchange),
    },
    "jrnl-json": {"entries": (check_jrnl_entry, ImportWriter.entry)},
}
UNKNOWN = (
    "expected coach's JSON export or jrnl's `--export json`; "
    "pass --format coach-json or --format jrnl-json"
)


class ImportStore(ExportStore):
    def import_file(
        self, path: Path | str, *, fmt: str | None = None, max_size: int | None = MAX_SIZE
    ) -> ImportResult:
        """Import a coach-json or jrnl-json file (``fmt`` None: tell from the file).
        Files over ``max_size`` bytes are refused (None or 0: no limit)."""
        path = Path(path)
        if fmt is not None and fmt not in FORMATS:
            raise StoreError(
                f"can't import {path}: unknown format {fmt!r}; use coach-json or jrnl-json"
            )
        try:
            handle = open(path, "rb")
        except FileNotFoundError:
            raise StoreError(f"can't import {path}: there is no such file") from None
        except IsADirectoryError:
            raise StoreError(f"can't import {path}: it is a folder; give a file") from None
        except OSError as exc:
            reason = exc.strerror or exc
            raise StoreError(f"can't import {path}: {reason}; check the file") from None
        with handle:
            return self._import(handle, path, fmt, max_size)

    def _import(
        self, handle: IO[bytes], path: Path, fmt: str | None, max_size: int | None
    ) -> ImportResult:
        size = os.fstat(handle.fileno()).st_size
        if max_size and size > max_size:
            raise too_large(path, f"it is {megabytes(size)}", max_size)
        if fmt is None and not handle.seekable():
            raise StoreError(
                f"can't import {path}: it can be read only once, so its kind can't be told "
                "first; pass --format coach-json or --format jrnl-json"
            )
        try:
            if fmt is None:
                fmt = detect(handle, path, max_size)
                handle.seek(0)
            added, skipped = self._stream(Document(handle, max_bytes=max_size), fmt)
        except NotText as exc:
            raise StoreError(
                f"can't import {path}: it is not UTF-8 text ({exc.message}, line {exc.line}); "
                "save it as UTF-8; nothing was imported"
            ) from None
        except TooLarge as exc:
            if max_size and exc.message.startswith("more than"):  # a stream with no size
                raise too_large(path, "it goes on", max_size) from None
            raise StoreError(
                f"can't import {path}: {exc}; check it is the right file; nothing was imported"
            ) from None
        except JsonProblem as exc:
            raise StoreError(
                f"can't import {path}: it is not valid JSON ({exc}); nothing was imported"
            ) from None
        except NotAnObject:
            if fmt is None:
                raise StoreError(f"can't tell what kind of file {path} is: {UNKNOWN}") from None
            raise StoreError(
                f"can't import {path}: the top level should be an object; nothing was imported"
            ) from None
        except Invalid as exc:
            raise StoreError(f"can't import {path}: {exc}; nothing was imported") from None
        except OSError as exc:
            raise StoreError(
                f"can't import {path}: reading it failed ({exc.strerror or exc}); "
                "nothing was imported"
            ) from None
        return ImportResult(added=added, skipped=skipped, format=fmt)

    def _stream(self, document: Document, fmt: str) -> tuple[int, int]:
        sections = SECTIONS[fmt]
        with self.writing("import the file") as conn, larger_cache(conn):
            writer = ImportWriter(conn)
            for name, value in document.members():
                if fmt == "coach-json" and name in ("version", "schema"):
                    check_header(name, value)
                if name not in sections:
                    continue
                if not isinstance(value, Iterator):
                    raise Invalid(f"'{name}' should be a list")
                check, write = sections[name]
                self._records(name, value, check, write, writer)
            return writer.finish()

    def _records(
        self, name: str, items: Iterator[Any], check: Check, write: Write, writer: ImportWriter
    ) -> None:
        stamp = self.stamp
        index, record = -1, None
        try:  # one try around the loop, not one per record: this is the import's hot path
            for index, record in enumerate(items):
                write(writer, check(check_tree(record), stamp))
        except Invalid as exc:
            joint = " " if str(exc).startswith("should") else ": "
            raise Invalid(f"{named(name, index, record)}{joint}{exc}") from None


def detect(handle: IO[bytes], path: Path, max_size: int | None = None) -> str:
    """The format of the file, read from its start (the whole file only when the keys
    that tell come late or not at all)."""
    jrnl_tags = False
    seen_entries, first = False, []
    for name, value in Document(handle, max_bytes=max_size).members():
        if name == "format" and value == "coach-json":
            return "coach-json"
        if name == "tags":
            jrnl_tags = True
        if name == "entries" and isinstance(value, Iterator) and not seen_entries:
            seen_entries, first = True, list(itertools.islice(value, 5))
        if jrnl_tags and seen_entries:
            return "jrnl-json"
    if seen_entries and looks_like_jrnl({"tags": 1} if jrnl_tags else {}, first):
        return "jrnl-json"
    raise StoreError(f"can't tell what kind of file {path} is: {UNKNOWN}")


def too_large(path: Path, how: str, max_size: int) -> StoreError:
    return StoreError(
        f"can't import {path}: {how}, more than the {megabytes(max_size)} an import may be; "
        "nothing was imported; if it is the right file, allow more with --max-size "
        "(for example --max-size 2GB)"
    )


def megabytes(size: int) -> str:
    """A size as people read it: 1.2 GB, 500 MB, 64 KB, 900 bytes."""
    if size >= 10**9:
        return f"{size / 1e9:.1f} GB"
    if size >= 10**6:
        return f"{size / 1e6:,.0f} MB"
    return f"{size / 1e3:,.0f} KB" if size >= 10**3 else f"{size} bytes"


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 10**3, "m": 10**6, "g": 10**9, "t": 10**12,
          "ki": 2**10, "mi": 2**20, "gi": 2**30, "ti": 2**40}


def parse_size(text: str) -> int:
    """``500MB``, ``2GB``, ``1.5GiB``, ``800000`` (bytes) or ``0`` (no limit), as bytes."""
    match = _SIZE.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a size; write it like 800MB or 2GB (0: no limit)")
    number, unit = match.groups()
    unit = unit.lower().removesuffix("b")
    return int(float(number) * _UNITS[unit])

