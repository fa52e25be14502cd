from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
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


# ------------------------------------------------------------------ changing them afterwards

NOW = datetime(2026, 12, 8, 10, 0, tzinfo=UTC)  # a Tuesday


@pytest.fixture
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> datetime:
    """The journal's clock for commands run in this test."""
    import coach.store.core

    monkeypatch.setattr(coach.store.core, "local_now", lambda: NOW)
    return NOW


@pytest.fixture
def later_db(fixed_clock: datetime) -> Path:
    path = Path(os.environ["COACH_DB"])
    with Journal.open(path) as journal:
        journal.add_commitment("ask Sam for the figures", due=date(2026, 12, 11))  # 1
        journal.add_commitment("book the room", due=date(2026, 12, 4))  # 2, overdue
        journal.add_commitment("walk at lunch", habit="every weekday")  # 3
        journal.add_commitment("read the \x1b[31mchapter")  # 4, no date
    return path


def item(path: Path, cid: int):
    with Journal.open(path) as journal:
        return journal.require_commitment(cid)


def test_the_list_puts_overdue_first_and_habits_apart(capsys, later_db: Path) -> None:
    assert run(["commitments"]) == 0
    out = capsys.readouterr().out
    order = [out.index(word) for word in ("Overdue", "book the room", "With a date",
                                          "ask Sam for the figures", "No date", "read the",
                                          "Habits", "walk at lunch")]
    assert order == sorted(order)
    assert "book the room  (by Fri 04 Dec 2026; overdue;" in out
    assert "walk at lunch  (every weekday;" in out
    assert "read the \\x1b[31mchapter" in out and "\x1b" not in out


@pytest.mark.parametrize(
    ("argv", "due", "habit", "said"),
    [
        (["--due", "next friday"], date(2026, 12, 11), None, "by Friday 11 December"),
        (["--due", "by the 14th"], date(2026, 12, 14), None, "by Monday 14 December"),
        (["--due", "before the 14th"], date(2026, 12, 13), None, "by Sunday 13 December"),
        (["--due", "end of June"], date(2027, 6, 30), None, "by Wednesday 30 June 2027"),
        (["--due", "every Tuesday and Friday"], None, "every Tuesday and Friday",
         "as a habit: every Tuesday and Friday"),
        (["--habit", "on Sunday nights"], None, "on Sunday nights", "on Sunday nights"),
        (["--no-due"], None, None, "no date"),
    ],
)
def test_edit_changes_the_date_or_habit(capsys, later_db: Path, argv: list[str],
                                        due: date | None, habit: str | None, said: str) -> None:
    assert run(["commitments", "edit", "1", *argv]) == 0
    assert f"({said})" in capsys.readouterr().out
    changed = item(later_db, 1)
    assert (changed.text, changed.due, changed.habit) == ("ask Sam for the figures", due, habit)


def test_edit_changes_the_words_and_keeps_the_date(capsys, later_db: Path) -> None:
    assert run(["commitments", "edit", "1", "--text", "ask Sam and Jo for the figures"]) == 0
    changed = item(later_db, 1)
    assert (changed.text, changed.due) == ("ask Sam and Jo for the figures", date(2026, 12, 11))


def test_a_date_makes_a_habit_a_dated_action(capsys, later_db: Path) -> None:
    assert run(["commitments", "edit", "3", "--due", "tomorrow"]) == 0
    changed = item(later_db, 3)
    assert (changed.due, changed.habit) == (date(2026, 12, 9), None)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["edit", "1", "--due", "soonish"], "can't read 'soonish' as a date"),
        (["edit", "1"], "nothing to change"),
        (["edit", "1", "--text", "  "], "empty"),
        (["edit", "1", "--habit", " "], "the habit is empty"),
        (["edit", "99", "--text", "x"], "no commitment 99"),
        (["reopen", "1", "--due", "every monday"], "is a habit, not a date"),
    ],
)
def test_bad_edits_are_one_line_and_change_nothing(capsys, later_db: Path, argv: list[str],
                                                   message: str) -> None:
    before = item(later_db, 1)
    assert run(["commitments", *argv]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert item(later_db, 1) == before


def test_edit_refuses_two_kinds_of_date(capsys, later_db: Path) -> None:
    with pytest.raises(SystemExit):
        run(["commitments", "edit", "1", "--due", "friday", "--habit", "daily"])
    assert "not allowed with" in capsys.readouterr().err


def test_notes_are_kept_and_shown_and_reopening_carries_on(capsys, later_db: Path) -> None:
    assert run(["commitments", "reopen", "2", "--note", "Old habits", "--due", "by Friday"]) == 0
    assert "Carrying on with: book the room (by Fri 11 Dec 2026)" in capsys.readouterr().out
    assert run(["commitments", "done", "1", "--note", "sent them this morning"]) == 0
    assert run(["commitments", "reopen", "1"]) == 0
    capsys.readouterr()
    assert run(["commitments"]) == 0
    out = capsys.readouterr().out
    assert "last said: Old habits" in out and "last said: sent them this morning" in out
    assert item(later_db, 2).due == date(2026, 12, 11)
    assert [r.status for r in item(later_db, 1).reviews] == ["done", "open"]
    assert run(["commitments", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[3]["habit"] == "every weekday"
    assert rows[2]["reviews"][0]["note"] == "Old habits"
