from __future__ import annotations

import json
import os
from pathlib import Path

from coach.cli import run
from coach.engine.model import Turn
from coach.store import Journal


def test_lists_unfinished_sessions_with_how_to_resume(capsys) -> None:
    with Journal.open(Path(os.environ["COACH_DB"])) as journal:
        done = journal.start_session("grow", seed=1)
        journal.finish_session(done)
        paused = journal.start_session("think-it-through", seed=2, title="Think it through")
        journal.record_turn(paused, Turn(0, "coach", "question", "What is on your mind?"))
        journal.record_turn(paused, Turn(1, "you", "answer", "my team"))
        journal.pause_session(paused)
    assert run(["sessions"]) == 0
    out = capsys.readouterr().out
    assert "Think it through" in out and "1 answer " in out and "paused" in out
    assert f"coach reflect --resume {paused}" in out
    assert "grow" not in out
    assert run(["sessions", "--all", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["id"]: r["status"] for r in rows} == {done: "finished", paused: "paused"}


def test_no_sessions(capsys) -> None:
    assert run(["sessions"]) == 0
    assert capsys.readouterr().out == "No unfinished sessions.\n"
