"""Exports: coach's own JSON (everything, to restore from) and Markdown (one file per entry)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from coach.store.errors import StoreError, translate
from coach.store.exchanges import ExchangeStore
from coach.store.files import (
    FileWriter,
    atomic_writer,
    new_staging_folder,
    publish,
    safe_file_name,
    unique_name,
)
from coach.store.models import Entry
from coach.store.schema import SCHEMA_VERSION
from coach.store.search import SearchStore

Progress = Callable[[int, int], None]
FORMAT = "coach-json"
FORMAT_VERSION = 1
CHUNK = 2000
#: Joins an entry's tags in one column; tags never hold it (they have no whitespace).
TAG_SEPARATOR = "\x1f"
#: Every entry, oldest first, with its tags in one column: one ordered pass over the
#: index on (created, id), each entry's tags read from the tags' primary key.
MARKDOWN_ROWS = (
    "SELECT e.id, e.kind, e.title, e.body, e.created, e.updated, e.starred, e.framework, e.mood,"
    " (SELECT group_concat(t.tag, char(31)) FROM tags t WHERE t.entry_id = e.id)"
    " FROM entries e ORDER BY e.created, e.id"
)


class ExportStore(SearchStore, ExchangeStore):
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

    def _exchange_records(self) -> list[dict[str, Any]]:
        """Every exchange by id, each with its notes in the order they were taken."""
        records = []
        for exchange in sorted(self.exchanges(), key=lambda x: x.id):
            record = exchange.to_dict()
            record.pop("phase")  # worked out from the rest, never stored
            record["notes"] = [
                {k: v for k, v in note.to_dict().items() if k != "exchange_id"}
                for note in self.exchange_notes(exchange.id)
            ]
            records.append(record)
        return records

    def export_json(self, path: Path | str, *, progress: Progress | None = None) -> int:
        """Write everything needed to restore the journal; returns the number of entries."""
        path = Path(path)
        done = total = 0
        try:
            with self._snapshot("read the journal"), atomic_writer(path) as out:
                total = self.count_entries()
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
                commitments = [
                    c.to_dict() for c in sorted(self.commitments(None), key=lambda c: c.id)
                ]
                commitments_text = json.dumps(commitments, ensure_ascii=False, indent=1)
                out.write(f'"commitments": {commitments_text},\n')
                exchanges = json.dumps(self._exchange_records(), ensure_ascii=False, indent=1)
                out.write(f'"exchanges": {exchanges}\n}}\n')
        except OSError as exc:
            raise translate(exc, path, "write the export") from None
        if progress and total == 0:
            progress(0, 0)
        return done

    @contextmanager
    def _snapshot(self, action: str) -> Iterator[None]:
        """One read transaction, so a count and the rows read after it agree."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        try:
            conn.execute("BEGIN")
        except sqlite3.Error as exc:
            raise translate(exc, self.path, action) from None
        try:
            yield
        finally:
            try:
                conn.execute("COMMIT")
            except sqlite3.Error:
                self._rollback()

    def _markdown_rows(self) -> Iterator[tuple[Any, ...]]:
        """The rows of ``MARKDOWN_ROWS``, streamed rather than all held at once."""
        try:
            cursor = self.db.conn.cursor()
            cursor.row_factory = None
            cursor.arraysize = 256
            cursor.execute(MARKDOWN_ROWS)
            while rows := cursor.fetchmany():
                yield from rows
        except sqlite3.Error as exc:
            raise translate(exc, self.path, "read the entries") from None

    def export_markdown(self, directory: Path | str, *, progress: Progress | None = None) -> int:
        """One Markdown file per entry with YAML front matter, oldest first; returns the
        number written. Written into a private folder beside ``directory``, then moved in."""
        from coach.store.templates import export_renderer

        directory = Path(directory)
        if directory.exists() and not directory.is_dir():
            raise StoreError(f"can't export to {directory}: it is a file; give a folder with --out")
        render = export_renderer()
        local, taken = self.local, set[str]()
        done = 0
        try:
            staging = new_staging_folder(directory)
            try:
                with self._snapshot("read the entries"), FileWriter(staging) as writer:
                    total = self.count_entries()
                    for (
                        eid,
                        kind,
                        title,
                        body,
                        made,
                        changed,
                        star,
                        framework,
                        mood,
                        tags,
                    ) in self._markdown_rows():
                        created = local(made)
                        stamp = created.isoformat(timespec="seconds")
                        day = stamp[:10] if created.year >= 1000 else f"{created:%Y-%m-%d}"
                        name = unique_name(
                            safe_file_name(f"{day} {label(title, body, kind)}"), taken
                        )
                        updated = (
                            stamp
                            if changed == made
                            else local(changed).isoformat(timespec="seconds")
                        )
                        text = render(
                            eid,
                            kind,
                            title,
                            body,
                            stamp,
                            updated,
                            sorted(tags.split(TAG_SEPARATOR)) if tags else (),
                            bool(star),
                            framework,
                            mood,
                        )
                        writer.write(name, text.encode("utf-8"))
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


def label(title: str | None, body: str, kind: str) -> str:
    """What an exported file is named after: the title, else the first words of the text."""
    if title:
        return title
    return " ".join(body.split(maxsplit=8)[:8]) or kind
