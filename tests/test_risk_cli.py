"""Risk in line mode: unattended runs pause, the next session opens gently, reports and
journal entries keep the person's words out of summaries, and saving shows support."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.__main__ import main
from coach.store import Journal

RISKY = "I've started saving up my tablets, I don't want to be here anymore"


def reflect(tmp_path: Path, answers: list[str], capsys: pytest.CaptureFixture[str],
            *extra: str) -> tuple[int, str, str]:
    file = tmp_path / "answers.txt"
    file.write_text("\n".join(answers) + "\n", encoding="utf-8")
    code = main(["reflect", "think-it-through", "--seed", "2", "--answers", str(file), *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_unattended_run_pauses_at_risk_unless_told_to_carry_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = reflect(tmp_path, ["The rota again", RISKY, "It matters", "yes", "next"],
                             capsys)
    assert code == 0, err
    before, _, after = out.partition("> " + RISKY)
    assert "not a crisis service" in after and "116 123" in after
    assert "pause here, stop, or carry on" in after  # the three choices are named
    assert "Resume with: coach reflect --resume" in after
    assert after.count("> ") == 1  # nothing after the risk was answered
    with Journal.open() as journal:
        (info,) = journal.unfinished_sessions()
        assert info.status == "paused"
        assert journal.commitments() == []


def test_carry_on_in_an_unattended_run_goes_back_to_the_conversation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = reflect(tmp_path, ["The rota again", RISKY, "carry on"], capsys)
    assert code == 0, err
    after = out.partition("> carry on")[2]
    assert "We'll carry on gently" in after


def test_the_next_session_after_risk_opens_gently_before_any_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Journal.open() as journal:
        journal.add_commitment("Ask Sam for the draft")
    reflect(tmp_path, ["A bit low", RISKY, "stop"], capsys)
    code, out, err = reflect(tmp_path, ["Better today, thanks", "Less rushed", "done"], capsys,
                             "--review")
    assert code == 0, err
    gentle = out.find("Last time was a hard conversation. How are you today?")
    review = out.find("Ask Sam for the draft")
    assert 0 <= gentle < review
    # and the one after that opens as usual
    _, out, _ = reflect(tmp_path, ["The rota"], capsys)
    assert "hard conversation" not in out


def test_the_saved_session_keeps_the_words_in_its_transcript_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reflect(tmp_path, ["The rota again", RISKY, "carry on", "It matters to the team", "yes",
                       "next", "next", "next", RISKY, "carry on", "Lighter"], capsys)
    with Journal.open() as journal:
        (entry,) = journal.newest(kind="session")
        conversation, _, summary = entry.body.partition("## Play-backs")
        assert RISKY in conversation  # the transcript is theirs, word for word
        assert "tablets" not in summary
        assert journal.commitments() == []  # a risk answer is never the commitment


def test_an_exchange_report_leaves_risk_out(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exchange", "new", "--role", "host", "--with", "Sam"]) == 0
    xid = capsys.readouterr().out.strip()
    answers = tmp_path / "prepare.txt"
    answers.write_text("\n".join(["The front door", RISKY, "carry on", "next", "The team",
                                  "next"]) + "\n", encoding="utf-8")
    assert main(["exchange", "prepare", xid, "--seed", "1", "--answers", str(answers)]) == 0
    capsys.readouterr()
    assert main(["exchange", "report", xid]) == 0
    report = capsys.readouterr().out
    assert "The front door" in report and "The team" in report
    assert "tablets" not in report and "> carry on" not in report
    assert "crisis" not in report


def test_saving_an_entry_that_speaks_of_risk_shows_support_once(
    capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["journal", "add", "Awful week. Sometimes I wish I could just not wake up."]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Saved entry 1.")
    assert out.count("116 123") == 1 and out.count("not a crisis service") == 1
    assert main(["journal", "add", "The deadline is killing me but we'll get there."]) == 0
    assert capsys.readouterr().out == "Saved entry 2.\n"
    with Journal.open() as journal:
        assert len(journal.newest()) == 2
