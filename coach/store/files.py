"""Owner-only files written atomically: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from coach.paths import ensure_private_directory

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}
# Forbidden on Windows or macOS, or breaking Obsidian links: < > : " / \ | ? * # ^ [ ]
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*#^\[\]]')


@contextmanager
def atomic_writer(path: Path, *, durable: bool = True) -> Iterator[IO[str]]:
    """Write ``path`` (mode 0600) all at once: readers see the old file or the new one."""
    path = Path(path)
    ensure_private_directory(path.parent)
    counter = 0
    while True:
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{counter}.tmp")
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            break
        except FileExistsError:
            counter += 1
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def safe_file_name(text: str, *, limit: int = 80) -> str:
    """A file name (without extension) valid on Windows, macOS and Linux, and in Obsidian."""
    text = unicodedata.normalize("NFC", text)
    text = _UNSAFE.sub(" ", text)
    text = " ".join(text.split()).strip(" .")
    if len(text) > limit:
        text = text[:limit].rstrip(" .")
    if not text:
        text = "entry"
    if text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text = f"_{text}"
    return text


def unique_name(base: str, taken: set[str], suffix: str = ".md") -> str:
    """``base`` + ``suffix``, or ``base (2)`` ...; case-insensitive, as on macOS and Windows."""
    candidate = f"{base}{suffix}"
    number = 2
    while candidate.casefold() in taken:
        candidate = f"{base} ({number}){suffix}"
        number += 1
    taken.add(candidate.casefold())
    return candidate
