"""Journal entries and their tags."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from coach.store.core import JournalBase, placeholders
from coach.store.errors import StoreError
from coach.store.models import Entry
from coach.store.schema import content_key

ENTRY_COLUMNS = (
    "e.id, e.kind, e.title, e.body, e.created, e.updated, e.starred, e.framework, e.mood"
)
When = date | datetime | None
#: What a mapping given to ``add_entries`` may hold: ``add_entry``'s arguments.
ENTRY_FIELDS = frozenset(
    ("body", "title", "kind", "tags", "created", "starred", "framework", "mood")
)


#: The moods an entry can carry, low to high; an entry may also have none.
MOODS = range(1, 6)

_CLEAN_TAG = re.compile(r"[^\W_A-Z][^\sA-Z]*")


def normalise_tag(tag: str) -> str:
    """``"#Self Care"`` -> ``"self-care"``: lower case, no spaces, no leading # or @."""
    if _CLEAN_TAG.fullmatch(tag):
        return tag
    tag = tag.strip().lstrip("#@").strip()
    return re.sub(r"\s+", "-", tag).lower()


def mood_problem(mood: object) -> str | None:
    """Why ``mood`` can't be an entry's mood, or ``None`` if it can (1 to 5, or none)."""
    if mood is None or (isinstance(mood, int) and not isinstance(mood, bool) and mood in MOODS):
        return None
    return f"a mood is a whole number from 1 (low) to 5 (high), or none, not {mood!r}"


def tag_changes(words: str | Iterable[str]) -> tuple[list[str], list[str]]:
    """The tags to add and to remove, from what a person typed: ``work -draft +team``.

    ``-tag`` removes a tag, ``+tag`` or a bare ``tag`` adds one, and a lone ``-`` or
    ``+`` is ignored. In typed text (the app's tag box) commas and spaces separate tags;
    given a list (``coach journal tag``'s arguments) each item is one tag or more split
    at commas, so a quoted "self care" stays one tag.
    """
    if isinstance(words, str):
        tokens = words.replace(",", " ").split()
    else:
        tokens = [part.strip() for word in words for part in word.split(",") if part.strip()]
    add: list[str] = []
    remove: list[str] = []
    for word in tokens:
        if word[0] in "-+" and len(word) > 1:
            (remove if word[0] == "-" else add).append(word[1:])
        elif word not in ("-", "+"):
            add.append(word)
    return normalise_tags(add), normalise_tags(remove)


def normalise_tags(tags: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for tag in tags:
        cleaned = normalise_tag(tag)
        if cleaned:
            seen[cleaned] = None
    return list(seen)


class EntryStore(JournalBase):
    def add_entry(
        self,
        body: str,
        *,
        title: str | None = None,
        kind: str = "free",
        tags: Iterable[str] = (),
        created: datetime | None = None,
        starred: bool = False,
        framework: str | None = None,
        mood: int | None = None,
    ) -> int:
        values = self._checked_entry(body, title, kind, tags, created, starred, framework, mood)
        with self.writing("save the entry") as conn:
            return self._insert_entry(conn, None, *values)

    def add_entries(self, entries: Iterable[Mapping[str, Any]]) -> int:
        """Add many entries in one transaction; returns how many were added.

        Each mapping holds :meth:`add_entry`'s arguments (``body`` and any of ``title``,
        ``kind``, ``tags``, ``created``, ``starred``, ``framework``, ``mood``) and is
        checked the same way; one bad entry and none of them is saved.
        """
        added = 0
        with self.writing("save the entries") as conn:
            for number, entry in enumerate(entries):
                where = f"entry {number + 1} of the batch"
                unknown = sorted(set(entry) - ENTRY_FIELDS)
                if unknown or "body" not in entry:
                    problem = f"{unknown[0]!r} is not an entry field" if unknown else "no 'body'"
                    raise StoreError(f"{where}: {problem}; none of the batch was saved")
                try:
                    values = self._checked_entry(
                        entry["body"], entry.get("title"), entry.get("kind", "free"),
                        entry.get("tags", ()), entry.get("created"), entry.get("starred", False),
                        entry.get("framework"), entry.get("mood"),
                    )
                except StoreError as exc:
                    raise StoreError(f"{where}: {exc}; none of the batch was saved") from None
                self._insert_entry(conn, None, *values)
                added += 1
        return added

    def _checked_entry(
        self,
        body: str,
        title: str | None,
        kind: str,
        tags: Iterable[str],
        created: datetime | None,
        starred: bool,
        framework: str | None,
        mood: int | None,
    ) -> tuple[str, str | None, str, str, str, bool, str | None, int | None, Iterable[str]]:
        """An entry's values as stored, in ``_insert_entry``'s order after the id."""
        if not body or not body.strip():
            raise StoreError("nothing to save: the entry is empty; write something and try again")
        if not kind or not kind.strip():
            raise StoreError("can't save the entry: it needs a kind such as 'free'")
        problem = mood_problem(mood)
        if problem:
            raise StoreError(f"can't save the entry: {problem}")
        title = title.strip() or None if title else None
        made = self.stamp(created)
        now = self.stamp() if created is None else made
        return kind, title, body, made, now, starred, framework, mood, tags

    def _insert_entry(
        self,
        conn: sqlite3.Connection,
        entry_id: int | None,
        kind: str,
        title: str | None,
        body: str,
        created: str,
        updated: str,
        starred: bool,
        framework: str | None,
        mood: int | None,
        tags: Iterable[str],
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO entries (id, kind, title, body, created, updated, starred, framework,"
            " mood, content_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry_id,
                kind,
                title,
                body,
                created,
                updated,
                int(bool(starred)),
                framework,
                mood,
                content_key(created, title, body),
            ),
        )
        new_id = int(cursor.lastrowid or 0)
        conn.executemany(
            "INSERT OR IGNORE INTO tags (entry_id, tag) VALUES (?, ?)",
            [(new_id, tag) for tag in normalise_tags(tags)],
        )
        return new_id

    def get_entry(self, entry_id: int) -> Entry | None:
        rows = self.rows(
            "read the entry", f"SELECT {ENTRY_COLUMNS} FROM entries e WHERE id = ?", (entry_id,)
        )
        entries = self._entries(rows)
        return entries[0] if entries else None

    def _require_entry(self, entry_id: int) -> None:
        if not self.rows("read the entry", "SELECT 1 FROM entries WHERE id = ?", (entry_id,)):
            raise StoreError(
                f"there is no journal entry {entry_id}; see `coach journal list` for the ids"
            )

    def update_entry(
        self, entry_id: int, *, title: str | None = None, body: str | None = None
    ) -> None:
        self._require_entry(entry_id)
        if body is not None and not body.strip():
            raise StoreError("can't save the entry: the new text is empty; nothing was changed")
        with self.writing("update the entry") as conn:
            row = conn.execute(
                "SELECT created, title, body FROM entries WHERE id = ?", (entry_id,)
            ).fetchone()
            new_title = row[1] if title is None else (title.strip() or None)
            new_body = row[2] if body is None else body
            conn.execute(
                "UPDATE entries SET title = ?, body = ?, updated = ?, content_key = ? WHERE id = ?",
                (
                    new_title,
                    new_body,
                    self.stamp(),
                    content_key(row[0], new_title, new_body),
                    entry_id,
                ),
            )

    def set_mood(self, entry_id: int, mood: int | None) -> None:
        """Change the entry's mood to ``mood`` (1 low to 5 high), or clear it with ``None``."""
        problem = mood_problem(mood)
        if problem:
            raise StoreError(
                f"can't change the mood of entry {entry_id}: {problem}; nothing was changed"
            )
        self._require_entry(entry_id)
        with self.writing("change the entry's mood") as conn:
            conn.execute(
                "UPDATE entries SET mood = ?, updated = ? WHERE id = ?",
                (mood, self.stamp(), entry_id),
            )

    def delete_entry(self, entry_id: int) -> bool:
        with self.writing("delete the entry") as conn:
            conn.execute("UPDATE sessions SET entry_id = NULL WHERE entry_id = ?", (entry_id,))
            conn.execute("DELETE FROM tags WHERE entry_id = ?", (entry_id,))
            return conn.execute("DELETE FROM entries WHERE id = ?", (entry_id,)).rowcount > 0

    def set_starred(self, entry_id: int, starred: bool = True) -> None:
        self._require_entry(entry_id)
        with self.writing("star the entry") as conn:
            conn.execute(
                "UPDATE entries SET starred = ? WHERE id = ?", (int(bool(starred)), entry_id)
            )

    def add_tags(self, entry_id: int, tags: Iterable[str]) -> None:
        self._require_entry(entry_id)
        with self.writing("tag the entry") as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO tags (entry_id, tag) VALUES (?, ?)",
                [(entry_id, tag) for tag in normalise_tags(tags)],
            )

    def remove_tags(self, entry_id: int, tags: Iterable[str]) -> None:
        self._require_entry(entry_id)
        with self.writing("untag the entry") as conn:
            conn.executemany(
                "DELETE FROM tags WHERE entry_id = ? AND tag = ?",
                [(entry_id, tag) for tag in normalise_tags(tags)],
            )

    def filters(
        self,
        kind: str | None,
        tag: str | None,
        starred: bool | None,
        since: When,
        until: When,
        *,
        alias: str = "e",
    ) -> tuple[list[str], list[Any]]:
        """SQL conditions on the entries table named ``alias``, and their parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if kind:
            clauses.append(f"{alias}.kind = ?")
            params.append(kind)
        if tag:
            clauses.append(f"{alias}.id IN (SELECT entry_id FROM tags WHERE tag = ?)")
            params.append(normalise_tag(tag))
        if starred is not None:
            clauses.append(f"{alias}.starred = ?")
            params.append(int(bool(starred)))
        if since is not None:
            clauses.append(f"{alias}.created >= ?")
            params.append(self.day_start(since))
        if until is not None:
            clauses.append(f"{alias}.created < ?")
            params.append(self.day_end(until))
        return clauses, params

    def newest(
        self,
        limit: int = 50,
        *,
        offset: int = 0,
        kind: str | None = None,
        tag: str | None = None,
        starred: bool | None = None,
        since: When = None,
        until: When = None,
    ) -> list[Entry]:
        order = "ORDER BY {0}.created DESC, {0}.id DESC"
        if tag:
            # Find and sort the page's ids first (from the indexes on tags(tag, entry_id)
            # and entries(created, id)), then read only those rows.
            clauses, params = self.filters(kind, tag, starred, since, until, alias="k")
            sql = (
                f"SELECT {ENTRY_COLUMNS} FROM entries e WHERE e.id IN ("
                f"SELECT k.id FROM entries k WHERE {' AND '.join(clauses)} "
                f"{order.format('k')} LIMIT ? OFFSET ?) {order.format('e')}"
            )
        else:
            clauses, params = self.filters(kind, tag, starred, since, until)
            where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
            sql = (
                f"SELECT {ENTRY_COLUMNS} FROM entries e {where} "
                f"{order.format('e')} LIMIT ? OFFSET ?"
            )
        rows = self.rows("list the entries", sql, [*params, limit, offset])
        return self._entries(rows)

    def count_entries(
        self,
        *,
        kind: str | None = None,
        tag: str | None = None,
        starred: bool | None = None,
        since: When = None,
        until: When = None,
    ) -> int:
        clauses, params = self.filters(kind, tag, starred, since, until)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return int(
            self.rows("count the entries", f"SELECT count(*) FROM entries e {where}", params)[0][0]
        )

    def moods(self, *, since: When = None) -> list[tuple[datetime, int]]:
        """(when, mood) for every entry of any kind that has a mood, oldest first."""
        clauses, params = self.filters(None, None, None, since, None)
        where = " AND ".join(["e.mood IS NOT NULL", *clauses])
        rows = self.rows(
            "read the moods",
            f"SELECT e.created, e.mood FROM entries e WHERE {where} ORDER BY e.created, e.id",
            params,
        )
        return [(self.local(row[0]), int(row[1])) for row in rows]

    def tags(self) -> list[tuple[str, int]]:
        rows = self.rows(
            "list the tags",
            "SELECT tag, count(*) AS n FROM tags GROUP BY tag ORDER BY n DESC, tag",
        )
        return [(row[0], int(row[1])) for row in rows]

    def _tags_for(self, ids: Sequence[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            rows = self.rows(
                "read the tags",
                f"SELECT entry_id, tag FROM tags WHERE entry_id IN ({placeholders(chunk)})"
                " ORDER BY tag",
                chunk,
            )
            for entry_id, tag in rows:
                found.setdefault(int(entry_id), []).append(tag)
        return found

    def _entries(self, rows: Sequence[sqlite3.Row]) -> list[Entry]:
        tags = self._tags_for([int(row["id"]) for row in rows]) if rows else {}
        return [self._entry(row, tags.get(int(row["id"]), ())) for row in rows]

    def _entry(self, row: sqlite3.Row, tags: Iterable[str]) -> Entry:
        return Entry(
            id=int(row["id"]),
            kind=row["kind"],
            title=row["title"],
            body=row["body"],
            created=self.local(row["created"]),
            updated=self.local(row["updated"]),
            starred=bool(row["starred"]),
            framework=row["framework"],
            mood=None if row["mood"] is None else int(row["mood"]),
            tags=tuple(tags),
        )
