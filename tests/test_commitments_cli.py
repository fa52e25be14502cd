from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from coach.cli import run
from coach.store import Journal


@pytest.fixture
def db() -> Path:
    path = Path(os.environ["COACH_DB"])
    with Journal.open(path) as journal:
        journal.add_commitment("ask Sam for coffee", due=date(2026, 11, 27))
        journal.add_commitment("write the [b]plan[/b]")
    return path


def test_lists_open_commitments(capsys, db: Path) -> None:
    assert run(["commitments"]) == 0
    out = capsys.readouterr().out
    assert "ask Sam for coffee  (by Fri 27 Nov 2026" in out
    assert "write the [b]plan[/b]  (no date" in out
    assert "coach commitments done ID" in out


@pytest.mark.parametrize(
    ("action", "status", "open_ids"),
    [("done", "done", [2]), ("drop", "dropped", [2])],
)
def test_mark_and_reopen(capsys, db: Path, action: str, status: str, open_ids: list[int]) -> None:
    assert run(["commitments", action, "1"]) == 0
    run(["commitments", "--json"])
    capsys.readouterr()
    assert run(["commitments", "--all", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["id"]: r["status"] for r in rows} == {1: status, 2: "open"}
    with Journal.open(db) as journal:
        assert [c.id for c in journal.commitments()] == open_ids
    assert run(["commitments", "reopen", "1"]) == 0
    with Journal.open(db) as journal:
        assert [c.id for c in journal.commitments()] == [1, 2]


def test_unknown_commitment(capsys, db: Path) -> None:
    assert run(["commitments", "done", "99"]) == 1
    err = capsys.readouterr().err
    assert "no commitment 99" in err and err.count("\n") == 1
