"""`coach analyse`: the explanation mode and the --jsonl contract."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from coach.cli import run
from coach.engine.analyser import FIELDS

KEYS = ["text", *FIELDS]


def _jsonl(lines: list[str], capsys: pytest.CaptureFixture[str], monkeypatch) -> list[dict]:  # noqa: ANN001
    data = ("\n".join(lines) + "\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert run(["analyse", "--jsonl"]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    rows = out.out.splitlines()
    assert len(rows) == len(lines)
    return [json.loads(row) for row in rows]


def test_jsonl_keeps_order_and_exact_keys(capsys, monkeypatch) -> None:  # noqa: ANN001
    lines = [
        "Have you tried delegating it?",
        "",
        "[bold]What would help?[/bold]",
        "Qu’est-ce qui t’aiderait ? \u200b\u202e 😊 naïve café",
        "x" * 10_000,
        "   ",
        "I have to do it all myself.",
        '{"act": "question"}',
        "\x1b[31mred\x1b[0m \\n not a newline",
    ]
    rows = _jsonl(lines, capsys, monkeypatch)
    for line, row in zip(lines, rows, strict=True):
        assert list(row) == KEYS
        assert row["text"] == line
        assert isinstance(row["phrases"], list)
    assert rows[0]["advice"] is True and rows[0]["question"] == "closed"
    assert rows[1]["act"] == "other" and rows[5]["act"] == "other"
    assert rows[2]["act"] == "question" and rows[2]["question"] == "open"
    assert rows[6]["trap"] == "top"


def test_jsonl_handles_crlf_and_invalid_utf8(capsys, monkeypatch) -> None:  # noqa: ANN001
    raw = b"What would help?\r\nbad \xff bytes\n\nlast line without newline"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    assert run(["analyse", "--jsonl"]) == 0
    rows = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert [r["text"] for r in rows] == [
        "What would help?", "bad \ufffd bytes", "", "last line without newline",
    ]
    assert rows[2]["act"] == "other"


def test_jsonl_in_a_real_process_prints_nothing_else() -> None:
    lines = ["What do you want?", "", "Is it broken? Why?"]
    result = subprocess.run(
        [sys.executable, "-m", "coach", "analyse", "--jsonl"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    rows = [json.loads(r) for r in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == lines
    assert rows[2]["multiple"] is True


def test_text_mode_explains_each_utterance(capsys) -> None:  # noqa: ANN001
    assert run(["analyse", "Have you tried delegating it?", "What would help?"]) == 0
    out = capsys.readouterr().out
    assert "Have you tried delegating it?" in out and "closed question" in out
    assert "advice" in out and "What have you tried so far?" in out
    assert "open question" in out


def test_text_mode_shows_markup_literally(capsys) -> None:  # noqa: ANN001
    assert run(["analyse", "[bold]Did it work?[/bold]"]) == 0
    assert "[bold]Did it work?[/bold]" in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["analyse"], ["analyse", "--jsonl", "extra text"]])
def test_usage_errors_say_what_to_do(argv: list[str], capsys) -> None:  # noqa: ANN001
    assert run(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "coach analyse" in captured.err
