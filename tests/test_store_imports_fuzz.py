"""Random documents and bytes: the stream reader agrees with ``json.loads``, and an import
never shows a traceback, either going in whole or refused with the journal unchanged."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from coach.store import Journal, StoreError, json_stream
from coach.store.json_stream import Document, JsonProblem, NotAnObject

SETTINGS = settings(
    max_examples=120, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
TEXT = st.text(st.characters(codec="utf-8") | st.sampled_from("\ud800\udfff\x00\x1f\"\\"),
               max_size=12)
SCALARS = (
    st.none() | st.booleans() | TEXT
    | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False, allow_infinity=False)
)
JSONISH = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)


def read_all(data: bytes) -> dict[str, Any]:
    """What :class:`Document` reads, arrays listed, as ``json.loads`` would give it."""
    out: dict[str, Any] = {}
    for key, value in Document(io.BytesIO(data)).members():
        out[key] = list(value) if isinstance(value, Iterator) else value
    return out


@pytest.fixture
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Read a few bytes at a time, so values straddle every boundary."""
    monkeypatch.setattr(json_stream, "CHUNK", 5)


@SETTINGS
@given(st.dictionaries(TEXT, JSONISH, max_size=5), st.booleans(), st.sampled_from([0, 1, None]))
def test_the_stream_reads_what_json_loads_reads(
    tiny_chunks: None, document: dict[str, Any], ascii_only: bool, indent: int | None
) -> None:
    text = json.dumps(document, ensure_ascii=ascii_only, indent=indent)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        assume(False)
    assert read_all(data) == json.loads(text)


@SETTINGS
@given(st.dictionaries(TEXT, JSONISH, min_size=1, max_size=5), st.data())
def test_a_damaged_document_fails_where_json_loads_fails(
    tiny_chunks: None, document: dict[str, Any], data: st.DataObject
) -> None:
    text = json.dumps(document, ensure_ascii=True)
    cut = data.draw(st.integers(0, len(text) - 1))
    damaged = text[:cut] + data.draw(st.sampled_from(["", ",", "]", "}", "tru", '"', "\n"]))
    damaged += text[cut + data.draw(st.integers(0, 3)):]
    try:
        expected: Any = json.loads(damaged)
    except json.JSONDecodeError as exc:
        expected = exc
    try:
        got: Any = read_all(damaged.encode())
    except JsonProblem as exc:
        assert isinstance(expected, json.JSONDecodeError), damaged
        assert exc.line == expected.lineno
        return
    except NotAnObject:
        assert not isinstance(expected, dict)
        return
    if isinstance(expected, json.JSONDecodeError):  # a duplicate key read twice is fine
        pytest.fail(f"read {damaged!r} that json.loads refuses: {expected}")
    assert got == expected


def journal_digest(journal: Journal) -> str:
    """Every row of every table, and the schema (the search trigger included)."""
    sha = hashlib.sha256()
    tables = ["sqlite_master", "entries", "tags", "sessions", "turns", "commitments",
              "exchanges", "exchange_notes"]
    for table in tables:
        for row in journal.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            sha.update(repr(row).encode("utf-8", "surrogatepass"))
    sha.update(repr(journal.db.execute("SELECT count(*) FROM entries_fts").fetchone()).encode())
    return sha.hexdigest()


WHEN_GOOD = ["2026-01-01T10:00:00+00:00", "2026-01-02T09:00:00", "2026-01-03"]
WHEN = st.sampled_from(
    [*WHEN_GOOD, "yesterday", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00"]
)
IDS = st.none() | st.integers(-3, 6) | st.sampled_from([2**63 - 1, 2**63, -(2**63)])


WORDS = TEXT.map(lambda text: f"words {text}")


def documents(junk: bool) -> st.SearchStrategy[dict[str, Any]]:
    """coach-json-like documents; with ``junk``, one value in ten is anything at all."""

    def mostly(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        if not junk:
            return strategy
        return st.integers(0, 9).flatmap(lambda draw: JSONISH if draw == 0 else strategy)

    def record(
        required: dict[str, st.SearchStrategy[Any]], optional: dict[str, st.SearchStrategy[Any]]
    ) -> st.SearchStrategy[dict[str, Any]]:
        """Records with their required fields, some optional ones, and a stray key."""
        return st.fixed_dictionaries(
            {name: mostly(strategy) for name, strategy in required.items()},
            optional={name: mostly(strategy) for name, strategy in optional.items()},
        ).flatmap(lambda found: st.dictionaries(TEXT, JSONISH if junk else TEXT, max_size=1).map(
            lambda stray: {**stray, **found}))

    when = WHEN if junk else st.sampled_from(WHEN_GOOD)
    ids = IDS if junk else st.none() | st.integers(1, 6)
    entry = record({"body": WORDS, "created": when},
                   {"id": ids, "title": TEXT, "tags": st.lists(TEXT, max_size=3),
                    "mood": st.integers(1 - junk, 5 + junk), "starred": st.booleans(),
                    "date": st.just("2024-01-31"), "time": st.just("09:15")})
    turn = record({"index": st.integers(0, 3), "speaker": st.sampled_from(["coach", "you"]),
                   "kind": TEXT, "text": WORDS},
                  {"data": st.dictionaries(TEXT, JSONISH if junk else TEXT, max_size=2)})
    session = record({"framework": st.just("grow"), "seed": st.integers(0, 3), "started": when},
                     {"id": ids, "entry_id": ids, "turns": st.lists(turn, max_size=2),
                      "meta": st.fixed_dictionaries({}, optional={"exchange_id": ids})})
    commitment = record({"text": WORDS, "created": when},
                        {"id": ids, "session_id": ids, "due": st.just("2026-02-01"),
                         "status": st.sampled_from(["open", "done"])})
    note = record({"text": WORDS, "created": when}, {"id": ids, "entry_id": ids})
    exchange = record(
        {"role": st.sampled_from(["host", "observer"]), "with": WORDS, "created": when},
        {"id": ids, "prepare_session_id": ids, "notes": st.lists(note, max_size=2)},
    )
    return st.fixed_dictionaries(
        {"format": mostly(st.just("coach-json")), "entries": mostly(st.lists(entry, max_size=4))},
        optional={
            "version": st.sampled_from([1, 1, 1, 2, "1"] if junk else [1]),
            "schema": st.integers(0, 5 if junk else 4),
            "sessions": st.lists(session, max_size=2),
            "commitments": st.lists(commitment, max_size=2),
            "exchanges": st.lists(exchange, max_size=2),
        },
    )


DOCUMENT = documents(junk=True)
PLAUSIBLE = documents(junk=False)


def encoded(document: Any, ascii_only: bool) -> bytes:
    return json.dumps(document, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


@pytest.fixture
def journal() -> Any:
    with Journal.memory() as opened:
        opened.add_entry("already here", tags=["kept"])
        opened.start_session("grow", seed=1)
        yield opened


def imported_or_refused(journal: Journal, source: Path, content: bytes, fmt: str | None) -> None:
    source.write_bytes(content)
    before = journal_digest(journal)
    try:
        journal.import_file(source, fmt=fmt)
    except StoreError as exc:
        message = str(exc)
        assert "\n" not in message and str(source) in message
        assert journal_digest(journal) == before
        return
    again = journal_digest(journal)
    assert journal.import_file(source, fmt=fmt).added == 0  # importing twice adds nothing
    assert journal_digest(journal) == again


@SETTINGS
@given(DOCUMENT, st.booleans(), st.sampled_from([None, "coach-json", "jrnl-json"]))
def test_random_documents_import_or_are_refused_unchanged(
    journal: Journal, tmp_path: Path, document: dict[str, Any], ascii_only: bool, fmt: str | None
) -> None:
    imported_or_refused(journal, tmp_path / "fuzz.json", encoded(document, ascii_only), fmt)


@SETTINGS
@given(PLAUSIBLE, st.sampled_from([None, "coach-json"]))
def test_plausible_documents_import_and_a_second_import_adds_nothing(
    journal: Journal, tmp_path: Path, document: dict[str, Any], fmt: str | None
) -> None:
    imported_or_refused(journal, tmp_path / "fuzz.json", encoded(document, False), fmt)


@SETTINGS
@given(DOCUMENT, st.data())
def test_cut_or_spliced_documents_import_or_are_refused_unchanged(
    journal: Journal, tmp_path: Path, document: dict[str, Any], data: st.DataObject
) -> None:
    content = encoded(document, True)
    cut = data.draw(st.integers(0, len(content)))
    junk = data.draw(st.binary(max_size=6))
    content = content[:cut] + junk + content[cut + data.draw(st.integers(0, 4)):]
    imported_or_refused(journal, tmp_path / "fuzz.json", content, None)


@SETTINGS
@given(st.binary(max_size=200))
def test_random_bytes_are_refused_unchanged(
    journal: Journal, tmp_path: Path, content: bytes
) -> None:
    imported_or_refused(journal, tmp_path / "fuzz.json", content, None)
