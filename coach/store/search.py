"""Full-text search over entries (FTS5, ranked by bm25, snippets with highlight spans)."""

from __future__ import annotations

import re

from coach.store.core import placeholders
from coach.store.entries import ENTRY_COLUMNS, EntryStore, When
from coach.store.models import SearchHit

OPEN, CLOSE = "\ue000", "\ue001"  # private-use markers, never typed by a person
ELLIPSIS = "…"
SNIPPET_TOKENS = 24
#: How many of the newest matches are ranked when a word is in very many entries.
WINDOW = 2000
TITLE_WEIGHT = 2.0
_WORD = re.compile(r"\w", re.UNICODE)


def fts_query(text: str, *, prefix: bool = False) -> str:
    """The person's words as an FTS5 query that can't be read as syntax.

    Each whitespace-separated word becomes a quoted phrase (so ``self-care``, ``AND``
    or a stray ``"`` are searched literally). A word ending in ``*`` (``direct*``)
    matches every word that starts with it; with ``prefix`` the last word does too
    (for search as you type). Returns "" when nothing is searchable.
    """
    terms = []
    words = [w for w in text.split() if _WORD.search(w)]
    for number, word in enumerate(words):
        starred = word.endswith("*") and _WORD.search(word.rstrip("*")) is not None
        stem = word.rstrip("*") if starred else word
        last = number == len(words) - 1
        if starred or (prefix and last and _WORD.search(stem[-1])):
            terms.append(_prefix_term(stem))
        else:
            terms.append(_quoted(stem))
    # FTS5 reads words side by side as AND, but not next to a bracketed group
    return (" AND " if any(t.startswith("(") for t in terms) else " ").join(terms)


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


#: Endings the index's (Porter) stemmer cuts off: a typed start that runs into one of
#: them ("delegat", from "delegation") may be longer than the stem the index keeps.
ENDINGS = (
    "ation", "ational", "ate", "ated", "ating", "ement", "ment", "ness", "ing", "ed", "es",
    "ly", "ity", "ive", "ize", "ise", "al", "ance", "ence", "er", "ful",
    "ous", "able", "ible", "ant", "ent", "ism", "ist",
)


def _prefix_term(start: str) -> str:
    """Words starting with ``start``, as the stemmed index holds them.

    The index keeps stems ("delegation" as "deleg"), so a start that runs into an
    ending the stemmer cuts off ("delegat") also matches from the stem it would have
    been cut back to ("deleg").
    """
    term = _quoted(start) + "*"
    if not start.isalpha():
        return term
    low = start.lower()
    stems = [
        _quoted(start[:-cut]) + "*" for cut in (1, 2, 3)
        if len(start) - cut >= 4 and any(e.startswith(low[-cut:]) for e in ENDINGS)
    ]
    return "(" + " OR ".join([term, *stems]) + ")" if stems else term


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
        prefix: bool = False,
    ) -> list[SearchHit]:
        """Entries matching every word, best first (bm25, titles weigh double).

        Words match their other forms through stemming ("listen" finds "listening").
        A word found in very many entries is ranked among its newest
        :data:`WINDOW` matches, which keeps a search of a large journal quick.
        """
        match = fts_query(query, prefix=prefix)
        if not match:
            return []
        clauses, params = self.filters(kind, tag, starred, since, until)
        window = max(WINDOW, offset + limit)
        if clauses:
            source = (
                "FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid "
                "WHERE entries_fts MATCH ?"
                + "".join(f" AND {clause}" for clause in clauses)
            )
        else:
            source = "FROM entries_fts WHERE entries_fts MATCH ?"
        ranked = self.rows(
            "search the journal",
            "SELECT id, rank FROM (SELECT entries_fts.rowid AS id,"
            f" bm25(entries_fts, {TITLE_WEIGHT}, 1.0)"
            f" AS rank {source} ORDER BY entries_fts.rowid DESC LIMIT {int(window)}) "
            "ORDER BY rank, id DESC LIMIT ? OFFSET ?",
            [match, *params, limit, offset],
        )
        if not ranked:
            return []
        ids = [int(row["id"]) for row in ranked]
        rows = self.rows(
            "search the journal",
            f"SELECT {ENTRY_COLUMNS} FROM entries e WHERE e.id IN ({placeholders(ids)})",
            ids,
        )
        by_id = {entry.id: entry for entry in self._entries(rows)}
        hits = []
        for row in ranked:
            entry_id = int(row["id"])
            snippet, spans = split_highlights(self._snippet(match, entry_id))
            hits.append(
                SearchHit(
                    entry=by_id[entry_id],
                    snippet=snippet,
                    highlights=spans,
                    rank=float(row["rank"]),
                )
            )
        return hits

    def _snippet(self, match: str, entry_id: int) -> str:
        rows = self.rows(
            "search the journal",
            f"SELECT snippet(entries_fts, -1, '{OPEN}', '{CLOSE}', '{ELLIPSIS}', {SNIPPET_TOKENS}) "
            "FROM entries_fts WHERE entries_fts MATCH ? AND rowid = ?",
            (match, entry_id),
        )
        return str(rows[0][0] or "") if rows else ""

    def count_matches(self, query: str) -> int:
        match = fts_query(query)
        if not match:
            return 0
        rows = self.rows(
            "search the journal",
            "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?",
            [match],
        )
        return int(rows[0][0])
