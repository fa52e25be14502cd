"""Full-text search over entries (FTS5, ranked by bm25, snippets with highlight spans)."""

from __future__ import annotations

import re

from coach.store.entries import ENTRY_COLUMNS, EntryStore, When
from coach.store.models import SearchHit

OPEN, CLOSE = "\ue000", "\ue001"  # private-use markers, never typed by a person
ELLIPSIS = "…"
SNIPPET_TOKENS = 24
_WORD = re.compile(r"\w", re.UNICODE)


def fts_query(text: str) -> str:
    """The person's words as an FTS5 query that can't be read as syntax.

    Each whitespace-separated word becomes a quoted phrase (so ``self-care``, ``AND``
    or a stray ``"`` are searched literally); the last one also matches as a prefix.
    Returns "" when there is nothing searchable.
    """
    words = [w for w in text.split() if _WORD.search(w)]
    terms = ['"' + w.replace('"', '""') + '"' for w in words]
    if terms and _WORD.search(words[-1][-1]):
        terms[-1] += "*"
    return " ".join(terms)


def split_highlights(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Remove the markers from an FTS5 snippet, returning plain text and spans."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for part in re.split(f"([{OPEN}{CLOSE}])", marked):
        if part == OPEN:
            start = length
        elif part == CLOSE:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        else:
            plain.append(part)
            length += len(part)
    return "".join(plain), tuple(spans)


class SearchStore(EntryStore):
    def search(
        self,
        query: str,
        limit: int = 20,
        *,
        offset: int = 0,
        kind: str | None = None,
        tag: str | None = None,
        starred: bool | None = None,
        since: When = None,
        until: When = None,
    ) -> list[SearchHit]:
        match = fts_query(query)
        if not match:
            return []
        clauses, params = self.filters(kind, tag, starred, since, until)
        extra = "".join(f" AND {clause}" for clause in clauses)
        sql = (
            f"SELECT {ENTRY_COLUMNS}, snippet(entries_fts, -1, '{OPEN}', '{CLOSE}', "
            f"'{ELLIPSIS}', {SNIPPET_TOKENS}) AS snippet, entries_fts.rank AS rank "
            "FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
            f"WHERE entries_fts MATCH ?{extra} ORDER BY entries_fts.rank, e.id LIMIT ? OFFSET ?"
        )
        rows = self.rows("search the journal", sql, [match, *params, limit, offset])
        entries = self._entries(rows)
        hits = []
        for row, entry in zip(rows, entries, strict=True):
            snippet, spans = split_highlights(row["snippet"] or "")
            hits.append(SearchHit(entry=entry, snippet=snippet, highlights=spans, rank=float(row["rank"])))
        return hits

    def count_matches(self, query: str) -> int:
        match = fts_query(query)
        if not match:
            return 0
        rows = self.rows(
            "search the journal", "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", [match]
        )
        return int(rows[0][0])
