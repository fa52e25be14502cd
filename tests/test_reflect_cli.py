"""`coach reflect` end to end: unattended runs, JSON, running out, resuming, follow-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.__main__ import main
from coach.store import Journal

GOAL = "I feel stuck in a rut at work and my team keeps ignoring me"
FULL_RUN = [
    # Goal: the question, one follow-up, the play-back confirmed.
    GOAL, "It really matters to me that we get this right", "yes",
    # Reality: both questions, then move on to the next stages.
    "Everyone is firefighting all the time and nobody plans", "We tried a weekly meeting",
    "next", "next", "next",
    # The close.
    "I will book the planning day by Friday", "Lighter",
]


def reflect(tmp_path: Path, answers: list[str], *extra: str,
            capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    file = tmp_path / "answers.txt"
    file.write_text("\n".join(answers) + "\n", encoding="utf-8")
    code = main(["reflect", "think-it-through", "--seed", "4", "--answers", str(file), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_unattended_run_reaches_the_close_and_saves_the_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = reflect(tmp_path, FULL_RUN, capsys=capsys)
    assert code == 0, err
    assert "What would you like to think about today?" in out
    assert "'I will book the planning day by Friday'" in out
    with Journal.open() as journal:
        (entry,) = journal.newest(kind="session")
        assert GOAL in entry.body
        assert entry.framework == "think-it-through"
        (commitment,) = journal.commitments()
        assert commitment.text == "I will book the planning day by Friday"
        assert commitment.due is not None and commitment.due.weekday() == 4
        assert journal.unfinished_sessions() == []


def test_json_prints_the_whole_transcript(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = reflect(tmp_path, FULL_RUN, "--json", capsys=capsys)
    assert code == 0
    transcript = json.loads(out)
    assert {tuple(sorted(t)) for t in transcript} == {("kind", "speaker", "stage", "text")}
    assert {t["speaker"] for t in transcript} == {"coach", "you"}
    kinds = [t["kind"] for t in transcript]
    for kind in ("question", "playback", "commitment", "checkout", "close"):
        assert kind in kinds
    assert [t["text"] for t in transcript if t["speaker"] == "you"] == FULL_RUN


def test_same_seed_same_transcript(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Two fresh journals, so the second run has no commitment to follow up.
    file = tmp_path / "answers.txt"
    file.write_text("\n".join(FULL_RUN) + "\n", encoding="utf-8")
    outputs = []
    for name in ("one.db", "two.db"):
        main(["--db", str(tmp_path / name), "reflect", "think-it-through", "--seed", "4",
              "--answers", str(file), "--json"])
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]


def test_running_out_of_answers_closes_gracefully_and_resumes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = reflect(tmp_path, FULL_RUN[:4], capsys=capsys)
    assert code == 0 and "Traceback" not in err
    assert "The answers ran out" in out
    assert "coach reflect --resume" in out
    with Journal.open() as journal:
        (info,) = journal.unfinished_sessions()
        assert info.answers == 4
    main(["sessions"])
    listed = capsys.readouterr().out
    assert str(info.id) in listed
    rest = tmp_path / "rest.txt"
    rest.write_text("\n".join(FULL_RUN[4:]) + "\n", encoding="utf-8")
    code = main(["reflect", "--resume", str(info.id), "--answers", str(rest), "--json"])
    transcript = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [t["text"] for t in transcript if t["speaker"] == "you"] == FULL_RUN
    assert transcript[-1]["kind"] == "close"
    with Journal.open() as journal:
        assert journal.unfinished_sessions() == []


def test_the_next_session_follows_up_the_commitment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reflect(tmp_path, FULL_RUN, capsys=capsys)
    code, out, _ = reflect(tmp_path, ["More time to think", "It went well, I did it", "stop"],
                           "--review", capsys=capsys)
    assert code == 0
    assert "What's better since we last spoke?" in out or "What has been better" in out
    assert "Last time you said: 'I will book the planning day by Friday'" in out
    with Journal.open() as journal:
        assert journal.commitments() == []
        (done,) = journal.commitments(status="done")
        assert done.text == "I will book the planning day by Friday"


def test_an_unattended_run_leaves_reviews_to_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reflect(tmp_path, FULL_RUN, capsys=capsys)
    code, out, _ = reflect(tmp_path, ["The rota again", "stop"], capsys=capsys)
    assert code == 0
    assert "Last time you said" not in out  # its first line went to the conversation
    with Journal.open() as journal:  # still open: nothing was taken as its review
        assert [c.text for c in journal.commitments()] == [
            "I will book the planning day by Friday"]


def test_markup_like_answers_are_printed_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = ["[bold]I feel stuck[/] [@click=app.quit]really[/]", "help"]
    code, out, _ = reflect(tmp_path, answers, capsys=capsys)
    assert code == 0
    assert "[bold]I feel stuck[/] [@click=app.quit]really[/]" in out


def test_an_unknown_framework_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reflect", "no-such-thing", "--answers", os.devnull]) == 1
    err = capsys.readouterr().err
    assert "no framework called 'no-such-thing'" in err
    assert "think-it-through" in err


def test_resume_with_nothing_to_resume(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reflect", "--resume"]) == 1
    assert "no unfinished session" in capsys.readouterr().err


def test_a_broken_journal_is_reported_not_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "journal.db"
    db.write_bytes(b"this is not a database" * 100)
    before = db.read_bytes()
    code, _, err = reflect(tmp_path, FULL_RUN, capsys=capsys)
    assert code == 1
    assert str(db) in err
    assert db.read_bytes() == before


def test_answers_piped_on_standard_input(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "coach", "reflect", "check-in", "--seed", "1"],
        input="Tired but hopeful\nstop\n",
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Tired but hopeful" in result.stdout
    assert "We'll stop here." in result.stdout
    with Journal.open() as journal:
        (entry,) = journal.newest(kind="session")
        assert "Tired but hopeful" in entry.body


def test_killing_the_process_loses_no_answer(tmp_path: Path) -> None:
    """Answers typed before a kill are in the journal, and the session resumes."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "coach", "reflect", "think-it-through", "--seed", "2"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    for answer in FULL_RUN[:3]:
        proc.stdin.write(answer + "\n")
        proc.stdin.flush()
    # Wait until the third answer has been saved, then kill without warning.
    deadline = time.monotonic() + 30
    saved = 0
    while time.monotonic() < deadline:
        with Journal.open() as journal:
            sessions = journal.unfinished_sessions()
            saved = sessions[0].answers if sessions else 0
        if saved >= 3:
            break
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    assert saved == 3
    with Journal.open() as journal:
        (info,) = journal.unfinished_sessions()
        said = [t.text for t in journal.turns(info.id) if t.speaker == "you"]
    assert said == FULL_RUN[:3]


def test_pause_stops_asking_and_keeps_the_rest_for_later(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = reflect(tmp_path, [GOAL, "pause", "this line is never read"], capsys=capsys)
    assert code == 0
    assert out.rstrip().endswith("coach reflect --resume 1")
    assert "this line is never read" not in out
    with Journal.open() as journal:
        (info,) = journal.unfinished_sessions()
        assert info.status == "paused" and info.answers == 1


def test_running_out_twice_and_resuming_twice_keeps_every_turn(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reflect(tmp_path, FULL_RUN[:2], capsys=capsys)
    for part in (FULL_RUN[2:5], FULL_RUN[5:]):
        file = tmp_path / "part.txt"
        file.write_text("\n".join(part) + "\n", encoding="utf-8")
        assert main(["reflect", "--resume", "--answers", str(file)]) == 0
    capsys.readouterr()
    with Journal.open() as journal:
        (info,) = journal.sessions()
        turns = journal.turns(info.id)
    assert info.status == "finished"
    assert [t.index for t in turns] == list(range(len(turns)))
    assert [t.text for t in turns if t.speaker == "you"] == FULL_RUN
    assert [t.kind for t in turns].count("ended") == 2
    assert turns[-1].kind == "close"


def test_a_saved_turn_is_never_written_over() -> None:
    from coach.engine.model import Turn
    from coach.store import StoreError

    with Journal.open() as journal:
        sid = journal.start_session("check-in", seed=1)
        journal.record_turn(sid, Turn(0, "you", "answer", "the first answer"))
        with pytest.raises(StoreError, match="already saved"):
            journal.record_turn(sid, Turn(0, "you", "answer", "something else"))
        assert [t.text for t in journal.turns(sid)] == ["the first answer"]


def test_a_session_keeps_one_commitment_when_it_is_made_again() -> None:
    """Going back after the commitment and committing again replaces the first one."""
    from coach.engine.model import Turn

    with Journal.open() as journal:
        sid = journal.start_session("check-in", seed=1)
        journal.record_turn(sid, Turn(0, "you", "answer", "call Sam",
                                      data={"commitment": "call Sam", "due": None}))
        journal.record_turn(sid, Turn(1, "you", "answer", "call Sam and Ana by Friday",
                                      data={"commitment": "call Sam and Ana by Friday",
                                            "due": "2026-11-27"}))
        (only,) = journal.commitments()
        assert only.text == "call Sam and Ana by Friday"
        assert only.due is not None and only.due.isoformat() == "2026-11-27"


@pytest.mark.parametrize("problem", ["missing", "a folder", "not text"])
def test_an_answers_file_that_cannot_be_read_starts_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], problem: str
) -> None:
    answers = tmp_path / "answers.txt"
    if problem == "a folder":
        answers.mkdir()
    elif problem == "not text":
        answers.write_bytes(b"\xff\xfe\xfa not utf-8\n")
    code = main(["reflect", "think-it-through", "--answers", str(answers), "--json"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert f"cannot read answers from {answers}" in err and len(err.strip().splitlines()) == 1
    assert main(["sessions", "--all"]) == 0
    assert capsys.readouterr().out.strip() == "No sessions yet."


def test_json_with_answers_opens_no_file_for_the_conversation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    opened: list[str] = []
    real_open = builtins.open

    def watching(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", watching)
    code, out, _ = reflect(tmp_path, FULL_RUN[:3], "--json", capsys=capsys)
    assert code == 0 and json.loads(out)
    assert os.devnull not in opened
