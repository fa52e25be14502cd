"""Owner-only files written atomically: a temporary file beside the target, then a rename.

A folder of files (the Markdown export) is written into a private staging folder beside
the target and moved into place when complete.
"""

from __future__ import annotations

import os
import queue
import re
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from coach.paths import ensure_private_directory

_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)
}
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
    if not text.isascii():
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


def new_staging_folder(directory: Path) -> Path:
    """A private folder beside ``directory`` to write a folder of files into first."""
    ensure_private_directory(directory.parent)
    return Path(tempfile.mkdtemp(prefix=f".{directory.name}.", suffix=".tmp", dir=directory.parent))


def publish(staging: Path, directory: Path) -> None:
    """Move a finished staging folder into place: the whole folder at once when
    ``directory`` is new, else file by file (each rename atomic), replacing files of the
    same name."""
    if directory.is_dir() and not any(directory.iterdir()):
        directory.rmdir()
    if not directory.exists():
        os.chmod(staging, 0o700)
        os.rename(staging, directory)
        return
    with os.scandir(staging) as items:
        for item in items:
            os.replace(item.path, directory / item.name)
    staging.rmdir()


class FileWriter:
    """Creates new owner-only files in one folder on a second thread, so the caller can
    prepare the next ones meanwhile (the system calls release the GIL).

    ``write`` queues a file; leaving the ``with`` block waits for all of them and
    re-raises the first error. Names must be new in the folder (``O_EXCL``).
    """

    BATCH = 512
    FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.batch: list[tuple[str, bytes]] = []
        self.queue: queue.Queue[list[tuple[str, bytes]] | None] = queue.Queue(maxsize=8)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="coach-file-writer", daemon=True)

    def __enter__(self) -> FileWriter:
        self.thread.start()
        return self

    def write(self, name: str, data: bytes) -> None:
        self.batch.append((name, data))
        if len(self.batch) >= self.BATCH:
            if self.error is not None:
                raise self.error
            self.queue.put(self.batch)
            self.batch = []

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        if exc is None and self.batch:
            self.queue.put(self.batch)
        self.batch = []
        self.queue.put(None)
        self.thread.join()
        if exc is None and self.error is not None:
            raise self.error

    def _run(self) -> None:
        folder: int | None = None
        prefix = ""
        try:
            if os.open in os.supports_dir_fd:  # skips resolving the folder for every file
                folder = os.open(self.folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            else:
                prefix = f"{self.folder}{os.sep}"
        except OSError as exc:
            self.error = exc
        open_, write, close, flags = os.open, os.write, os.close, self.FLAGS
        while (batch := self.queue.get()) is not None:
            if self.error is not None:
                continue  # drain, so the producer never blocks on a full queue
            try:
                for name, data in batch:
                    fd = open_(prefix + name, flags, 0o600, dir_fd=folder)
                    try:
                        while data:
                            data = data[write(fd, data) :]
                    finally:
                        close(fd)
            except BaseException as exc:  # handed to the producing thread
                self.error = exc
        if folder is not None:
            os.close(folder)
