"""Exports: coach's own JSON (everything, to restore from) and Markdown (one file per entry)."""

from __future__ import annotations

import json
import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from coach.paths import ensure_private_directory
from coach.store.errors import StoreError, translate
from coach.store.files import atomic_writer, safe_file_name, unique_name
from coach.store.models import Entry
from coach.store.schema import SCHEMA_VERSION
from coach.store.search import SearchStore
from coach.store.sessions import SessionStore

Progress = Callable[[int, int], None]
FORMAT = "coach-json"
FORMAT_VERSION = 1
CHUNK = 2000


class ExportStore(SearchStore, SessionStore):
    def _all_entries(self) -> Iterator[Entry]:
        from coach.store.entries import ENTRY_COLUMNS

        last = -1
        while True:
            rows = self.rows(
                "read the entries",
                f"SELECT {ENTRY_COLUMNS} FROM entries e WHERE e.id > ? ORDER BY e.id LIMIT ?",
                (last, CHUNK),
            )
            if not rows:
                return
            yield from self._entries(rows)
            last = int(rows[-1]["id"])

    def _session_records(self) -> list[dict[str, Any]]:
        records = []
        for info in sorted(self.sessions(None), key=lambda s: s.id):
            record = info.to_dict()
            record.pop("answers")
            record["turns"] = [turn.to_dict() for turn in self.turns(info.id)]
            records.append(record)
        return records

    def export_json(self, path: Path | str, *, progress: Progress | None = None) -> int:
        """Write everything needed to restore the journal; returns the number of entries."""
        path = Path(path)
        total = self.count_entries()
        done = 0
        try:
            with atomic_writer(path) as out:
                header = {"format": FORMAT, "version": FORMAT_VERSION, "schema": SCHEMA_VERSION}
                out.write(json.dumps(header, ensure_ascii=False)[:-1])
                out.write(', "entries": [')
                for entry in self._all_entries():
                    out.write(",\n  " if done else "\n  ")
                    out.write(json.dumps(entry.to_dict(), ensure_ascii=False))
                    done += 1
                    if progress and (done % 500 == 0 or done == total):
                        progress(done, total)
                out.write("\n],\n")
                sessions = json.dumps(self._session_records(), ensure_ascii=False, indent=1)
                out.write(f'"sessions": {sessions},\n')
                commitments = [c.to_dict() for c in sorted(self.commitments(None), key=lambda c: c.id)]
                out.write(f'"commitments": {json.dumps(commitments, ensure_ascii=False, indent=1)}\n}}\n')
        except OSError as exc:
            raise translate(exc, path, "write the export") from None
        if progress and total == 0:
            progress(0, 0)
        return done

    def export_markdown(self, directory: Path | str, *, progress: Progress | None = None) -> int:
        """One Markdown file per entry with YAML front matter; returns the number written."""
        from coach.store.templates import EXPORT_TEMPLATE, environment

        directory = Path(directory)
        if directory.exists() and not directory.is_dir():
            raise StoreError(f"can't export to {directory}: it is a file; give a folder with --out")
        template = environment().get_template(EXPORT_TEMPLATE)
        total = self.count_entries()
        taken: set[str] = set()
        done = 0
        try:
            staging = new_staging_folder(directory)
            try:
                entries = sorted(self._all_entries(), key=lambda e: (e.created, e.id))
                with FileWriter(staging) as writer:
                    for entry in entries:
                        name = unique_name(safe_file_name(f"{entry.created:%Y-%m-%d} {label(entry)}"), taken)
                        writer.write(name, template.render(entry=markdown_context(entry)))
                        done += 1
                        if progress and (done % 500 == 0 or done == total):
                            progress(done, total)
                publish(staging, directory)
            finally:
                if staging.exists():
                    shutil.rmtree(staging, ignore_errors=True)
        except OSError as exc:
            raise translate(exc, directory, "write the export") from None
        return done


class FileWriter:
    """Creates owner-only files on a second thread while the next ones are rendered."""

    BATCH = 256

    def __init__(self, folder: Path) -> None:
        self.folder = str(folder)
        self.batch: list[tuple[str, str]] = []
        self.queue: queue.Queue[list[tuple[str, str]] | None] = queue.Queue(maxsize=8)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="coach-export", daemon=True)

    def __enter__(self) -> FileWriter:
        self.thread.start()
        return self

    def write(self, name: str, text: str) -> None:
        self.batch.append((name, text))
        if len(self.batch) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(self.batch)
        self.batch = []

    def __exit__(self, kind: object, exc: object, tb: object) -> None:
        if exc is None and self.batch:
            self.queue.put(self.batch)
        self.queue.put(None)
        self.thread.join()
        if exc is None and self.error is not None:
            raise self.error

    def _run(self) -> None:
        while (batch := self.queue.get()) is not None:
            if self.error is not None:
                continue
            try:
                for name, text in batch:
                    fd = os.open(os.path.join(self.folder, name), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                    try:
                        data = text.encode("utf-8")
                        while data:
                            data = data[os.write(fd, data) :]
                    finally:
                        os.close(fd)
            except BaseException as exc:  # handed to the exporting thread
                self.error = exc


def new_staging_folder(directory: Path) -> Path:
    """A private folder beside ``directory`` to write the export into first."""
    ensure_private_directory(directory.parent)
    return Path(tempfile.mkdtemp(prefix=f".{directory.name}.", suffix=".tmp", dir=directory.parent))


def publish(staging: Path, directory: Path) -> None:
    """Move the finished export into place: the whole folder at once when it is new,
    else file by file (each rename atomic), replacing files of the same name."""
    if directory.is_dir() and not any(directory.iterdir()):
        directory.rmdir()
    if not directory.exists():
        os.chmod(staging, 0o700)
        os.rename(staging, directory)
        return
    for item in staging.iterdir():
        os.replace(item, directory / item.name)
    staging.rmdir()


def label(entry: Entry) -> str:
    """What a file is named after: the title, else the first words of the text."""
    if entry.title:
        return entry.title
    words = entry.body.split()[:8]
    return " ".join(words) or entry.kind


def markdown_context(entry: Entry) -> SimpleNamespace:
    """What ``export.md.j2`` sees as ``entry`` (attributes, which Jinja reads quickest)."""
    return SimpleNamespace(
        id=entry.id,
        kind=entry.kind,
        title=entry.title,
        body=entry.body.rstrip("\n"),
        created=entry.created.isoformat(timespec="seconds"),
        updated=entry.updated.isoformat(timespec="seconds"),
        tags=entry.tags,
        starred=entry.starred,
        framework=entry.framework,
        mood=entry.mood,
    )
