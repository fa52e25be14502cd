"""Hostile imports: every file is imported whole or refused with one line naming the
record, and a refused file leaves the journal exactly as it was."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from coach.cli import run
from coach.store import Journal, StoreError
from coach.store.imports import MAX_SIZE, megabytes, parse_size
from coach.store.imports_checks import INT_MAX, INT_MIN, MAX_DEPTH
from coach.store.schema import SCHEMA_VERSION

WHEN = "2026-01-01T10:00:00+00:00"


def entry(number: int, **extra: Any) -> dict[str, Any]:
    return {"id": number, "body": f"entry {number}", "created": WHEN, **extra}


def coach_file(entries: list[Any], **rest: Any) -> str:
    return json.dumps({"format": "coach-json", "version": 1, "entries": entries, **rest})


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def journal_file(tmp_path: Path) -> Path:
    path = tmp_path / "journal.db"
    with Journal.open(path) as journal:
        journal.add_entry("already here", tags=["kept"])
    return path


def refused(journal_file: Path, tmp_path: Path, content: str | bytes, *words: str) -> str:
    """Import ``content``; it must be refused naming ``words``, the journal untouched."""
    source = tmp_path / "hostile.json"
    if isinstance(content, bytes):
        source.write_bytes(content)
    else:
        source.write_text(content, encoding="utf-8")
    before = digest(journal_file)
    with Journal.open(journal_file) as journal:
        with pytest.raises(StoreError) as caught:
            journal.import_file(source)
        assert journal.count_entries() == 1
    message = str(caught.value)
    assert "\n" not in message and str(source) in message
    for word in words:
        assert word in message, message
    assert digest(journal_file) == before
    return message


DEEP = 100_000


def nested_meta(depth: int) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for _ in range(depth):
        meta = {"d": meta}
    return meta


def session(**extra: Any) -> dict[str, Any]:
    return {"framework": "grow", "seed": 1, "started": WHEN, **extra}


NOT_UTF8 = b'{"format": "coach-json", "entries": [{"body": "\xed\xa0\x80"}]}'
BAD_BYTE = NOT_UTF8.index(b"\xed")
HOSTILE: dict[str, tuple[str | bytes, list[str]]] = {
    "nested-100000-deep": (
        '{"format": "coach-json", "entries": [{"body": "x", "created": "2026-01-01", "extra": '
        + "[" * DEEP + "]" * DEEP + "}]}",
        ["nested too deeply", "line 1"],
    ),
    "nested-past-what-is-stored": (
        coach_file([entry(1)], sessions=[session(meta=nested_meta(MAX_DEPTH + 1))]),
        ["sessions[0]: 'meta' is nested more than"],
    ),
    "id-2**63": (coach_file([entry(1), entry(2**63)]),
                 ["entries[1]: 'id' holds a whole number too large"]),
    "id-below-range": (coach_file([entry(INT_MIN - 1)]),
                       ["entries[0]: 'id' holds a whole number too large"]),
    "seed-2**64": (coach_file([], sessions=[session(id=4, seed=2**64)]),
                   ["sessions[0] (id 4): 'seed' holds a whole number too large"]),
    "turn-index-2**70": (
        coach_file([], sessions=[session(turns=[
            {"index": 2**70, "speaker": "you", "kind": "answer", "text": "t"}])]),
        ["sessions[0]: 'turns' holds a whole number too large"],
    ),
    "line-break-key-2**63": (
        '{"format": "coach-json", "entries": [{"\\n": 9223372036854775808, "body": "b",'
        ' "created": "2026-01-01T10:00:00+00:00"}]}',
        ["entries[0]: '\\n' holds a whole number too large"],
    ),
    "paragraph-key-nan": (
        coach_file([entry(1, mood=0)]).replace('"mood": 0', '"' + "k " * 300 + '": 1e999'),
        ["entries[0] (id 1): 'k k k", "...' holds a number too large"],
    ),
    "lone-surrogate-body": (coach_file([entry(1), entry(7, body="\ud800 alone")]),
                            ["entries[1] (id 7): 'body' holds \\ud800, half of a surrogate"]),
    "lone-surrogate-tag": (coach_file([entry(1, tags=["ok", "\udfff"])]),
                           ["entries[0] (id 1): 'tags' holds"]),
    "lone-surrogate-key": (coach_file([], sessions=[session(meta={"\ud83d": 1})]),
                           ["sessions[0]: 'meta' holds"]),
    "future-version": (coach_file([entry(1)]).replace('"version": 1', '"version": 2'),
                       ["newer coach", "'version' is 2"]),
    "future-schema": (coach_file([entry(1)], schema=SCHEMA_VERSION + 1),
                      ["newer coach", "'schema'"]),
    "version-as-text": (coach_file([entry(1)]).replace('"version": 1', '"version": "1"'),
                        ["'version' should be a whole number"]),
    "data-after-the-end": (coach_file([entry(1)]) + "\n" + '{"version": 9}',
                           ["not valid JSON (line 2, column 1: Extra data"]),
    "nan": ('{"format": "coach-json", "entries": [{"body": "b", "mood": NaN}]}',
            ["not valid JSON", "NaN"]),
    "number-too-large": (coach_file([entry(1, mood=0)]).replace('"mood": 0', '"mood": 1e999'),
                         ["entries[0] (id 1): 'mood' holds a number too large"]),
    "5000-digits": ('{"format": "coach-json", "entries": [' + "1" * 5000 + "]}",
                    ["not valid JSON", "digits"]),
    "not-utf8": (NOT_UTF8, ["not UTF-8 text", f"byte {BAD_BYTE}"]),
    "date-off-the-calendar": (coach_file([entry(1, created="0001-01-01T00:00:00+05:00")]),
                              ["entries[0] (id 1): 'created' is out of the range of dates"]),
    "record-not-an-object": (coach_file([entry(1), "text"]), ["entries[1] should be an object"]),
    "entries-not-a-list": ('{"format": "coach-json", "entries": {}}',
                           ["'entries' should be a list"]),
    "top-level-array": ("[1, 2, 3]", ["can't tell what kind of file"]),
    "empty": ("", ["not valid JSON (line 1, column 1"]),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_file_is_refused_naming_the_record(
    journal_file: Path, tmp_path: Path, name: str
) -> None:
    content, words = HOSTILE[name]
    refused(journal_file, tmp_path, content, *words)


def test_a_problem_after_thousands_of_entries_undoes_them_all(
    journal_file: Path, tmp_path: Path
) -> None:
    good = [entry(number) for number in range(2, 4000)]
    refused(journal_file, tmp_path, coach_file([*good, entry(5000, body="")]),
            "entries[3998] (id 5000): 'body' is empty")
    text = coach_file(good)
    refused(journal_file, tmp_path, text[: len(text) // 2], "not valid JSON")


def test_the_largest_id_sqlite_has_is_kept_and_the_next_entry_still_finds_one(
    tmp_path: Path,
) -> None:
    source = tmp_path / "edge.json"
    source.write_text(coach_file([entry(INT_MAX), {"body": "no id", "created": WHEN},
                                  entry(INT_MIN, body="lowest")]))
    with Journal.memory() as journal:
        assert journal.import_file(source).added == 3
        assert journal.get_entry(INT_MAX).body == f"entry {INT_MAX}"  # type: ignore[union-attr]
        assert journal.get_entry(INT_MIN).body == "lowest"  # type: ignore[union-attr]
        assert {e.body for e in journal.newest()} == {f"entry {INT_MAX}", "no id", "lowest"}
        journal.add_entry("added after")
        assert journal.count_entries() == 4


def test_a_file_over_the_size_cap_is_refused_unread(journal_file: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "big.json"
    source.write_text(coach_file([entry(number) for number in range(2, 50)]))
    before = digest(journal_file)
    argv = ["--db", str(journal_file), "journal", "import", str(source)]
    assert run([*argv, "--max-size", "1KB"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "more than the 1 KB an import may be" in err and "--max-size" in err
    assert digest(journal_file) == before
    assert run([*argv, "--max-size", "0"]) == 0  # no limit
    assert "Imported 48 new items" in capsys.readouterr().out
    with Journal.memory() as journal:
        with pytest.raises(StoreError, match="more than the"):
            journal.import_file(source, max_size=source.stat().st_size - 1)
        assert journal.import_file(source, max_size=source.stat().st_size).added == 48


def test_the_help_tells_how_to_allow_a_larger_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(["journal", "import", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--max-size SIZE" in out
    assert f"(default {megabytes(MAX_SIZE).replace(' ', '')})" in out


@pytest.mark.parametrize(
    ("text", "size"),
    [("500MB", 500_000_000), ("2GB", 2_000_000_000), ("1.5GiB", 3 * 2**29), ("800", 800),
     ("0", 0), ("64 kb", 64_000)],
)
def test_sizes_are_read_with_their_units(text: str, size: int) -> None:
    assert parse_size(text) == size


def test_a_size_that_is_not_one_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run(["journal", "import", "x.json", "--max-size", "lots"])
    assert caught.value.code == 2
    assert "'lots' is not a size" in capsys.readouterr().err


def test_links_hold_whatever_order_the_sections_come_in(tmp_path: Path) -> None:
    source = tmp_path / "backwards.json"
    document = {
        "exchanges": [{"id": 3, "role": "host", "with": "Sam", "created": WHEN,
                       "prepare_session_id": 8,
                       "notes": [{"text": "a note", "created": WHEN, "entry_id": 40}]}],
        "commitments": [{"id": 2, "text": "call Sam", "created": WHEN, "session_id": 8}],
        "sessions": [{"id": 8, "framework": "grow", "seed": 1, "started": WHEN,
                      "entry_id": 40, "meta": {"exchange_id": 3}}],
        "entries": [entry(40)],
        "format": "coach-json",
    }
    source.write_text(json.dumps(document))
    with Journal.memory() as journal:
        journal.add_entry("takes id 1")
        journal.start_session("grow", seed=99)  # takes session id 1
        assert journal.import_file(source).added == 5
        [session] = [s for s in journal.sessions(None) if s.seed == 1]
        assert journal.get_entry(session.entry_id).body == "entry 40"  # type: ignore[union-attr]
        [made] = journal.commitments()
        assert made.session_id == session.id
        [exchange] = journal.exchanges()
        assert session.meta["exchange_id"] == exchange.id
        assert exchange.prepare_session_id == session.id
        [note] = journal.exchange_notes(exchange.id)
        assert note.entry_id == session.entry_id
        assert journal.import_file(source).added == 0


def test_a_link_to_an_id_the_file_does_not_have_stays_empty(tmp_path: Path) -> None:
    source = tmp_path / "dangling.json"
    source.write_text(coach_file(
        [{"body": "no id of its own", "created": WHEN}, entry(5)],
        sessions=[{"framework": "grow", "seed": 1, "started": WHEN, "entry_id": 1},
                  {"framework": "grow", "seed": 2, "started": WHEN, "entry_id": 5}],
    ))
    with Journal.memory() as journal:
        assert journal.import_file(source).added == 4
        by_seed = {s.seed: s for s in journal.sessions(None)}
        assert by_seed[1].entry_id is None  # entry 1 here is not the file's entry 1
        assert journal.get_entry(by_seed[2].entry_id).body == "entry 5"  # type: ignore[union-attr]


def test_jrnl_without_a_tag_count_and_coach_with_its_format_last_are_told_apart(
    tmp_path: Path,
) -> None:
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(json.dumps({"entries": [{"title": "t", "body": "b", "date": "2024-01-31",
                                             "time": "09:15"}]}))
    coach = tmp_path / "coach.json"
    coach.write_text(json.dumps({"entries": [entry(1)], "format": "coach-json"}))
    with Journal.memory() as journal:
        assert journal.import_file(jrnl).format == "jrnl-json"
        assert journal.import_file(coach).format == "coach-json"
        assert journal.count_entries() == 2


def test_an_error_names_the_line_and_column_deep_in_a_large_file(
    journal_file: Path, tmp_path: Path
) -> None:
    lines = [coach_file([])[:-3] + "["] + [
        json.dumps(entry(n)) + "," for n in range(2, 30_000)
    ] + ['{"body": "x", "created": tru}]}']
    text = "\n".join(lines)
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    where = f"line {expected.value.lineno}, column {expected.value.colno}: Expecting value"
    assert where.startswith("line 30000, column 26")
    refused(journal_file, tmp_path, text, f"not valid JSON ({where})")


def feed_fifo(path: Path, data: bytes) -> threading.Thread:
    """Write ``data`` into the named pipe ``path`` from another thread."""
    os.mkfifo(path)

    def write() -> None:
        try:
            with open(path, "wb") as pipe:
                pipe.write(data)
        except BrokenPipeError:
            pass  # the reader stopped early, as it should

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def test_a_pipe_needs_its_format_and_is_capped_as_it_is_read(tmp_path: Path) -> None:
    data = coach_file([entry(number) for number in range(1, 40)]).encode()
    with Journal.memory() as journal:
        writer = feed_fifo(tmp_path / "once", data)
        with pytest.raises(StoreError, match="pass --format coach-json"):
            journal.import_file(tmp_path / "once")
        writer.join(5)
        writer = feed_fifo(tmp_path / "capped", data)
        with pytest.raises(StoreError, match="it goes on, more than the 1 KB"):
            journal.import_file(tmp_path / "capped", fmt="coach-json", max_size=1000)
        writer.join(5)
        assert journal.count_entries() == 0
        writer = feed_fifo(tmp_path / "whole", data)
        assert journal.import_file(tmp_path / "whole", fmt="coach-json").added == 39
        writer.join(5)
