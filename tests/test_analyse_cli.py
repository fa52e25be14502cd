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
        '["act", "question"]',
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


def _run_jsonl(data: bytes, capsys, monkeypatch) -> tuple[int, list[dict], list[str]]:  # noqa: ANN001
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code = run(["analyse", "--jsonl"])
    out = capsys.readouterr()
    return code, [json.loads(r) for r in out.out.splitlines()], out.err.splitlines()


def test_jsonl_objects_carry_context_and_plain_lines_still_work(capsys, monkeypatch) -> None:  # noqa: ANN001
    said = "I just feel like nobody at work listens to my ideas any more."
    back = "Nobody at work listens to your ideas any more."
    lines = [
        said,
        json.dumps({"text": back, "context": ["How has the week been?", said]}),
        json.dumps({"text": back}),
        json.dumps({"text": back, "context": []}),
        back,
    ]
    code, rows, err = _run_jsonl(("\n".join(lines) + "\n").encode(), capsys, monkeypatch)
    assert code == 0 and err == []
    assert [list(r) for r in rows] == [KEYS] * 5
    assert [r["text"] for r in rows] == [said, back, back, back, back]
    from coach.engine.analyser import default_analyser

    analyser = default_analyser()
    with_context = analyser.analyse(back, context=["How has the week been?", said])
    assert rows[1] == {"text": back, **with_context.to_dict()}
    # no context, or an empty one, is the plain line's answer exactly
    assert rows[2] == rows[3] == rows[4] == {"text": back, **analyser.analyse(back).to_dict()}


def test_a_line_said_again_gets_the_same_answer_and_memory_stays_bounded(
    capsys, monkeypatch  # noqa: ANN001
) -> None:
    from coach.commands import analyse as command
    from coach.engine.analyser import default_analyser

    monkeypatch.setattr(command, "_REMEMBERED_LINES", 2)
    said = ["Yeah.", "Mm-hmm.", "Yeah.", "Yeah.\r", "I have to do it all myself.", "Okay.",
            "Yeah.", "Mm-hmm.", "x" * 200, "x" * 200]
    calls: list[str] = []
    analyser = default_analyser()
    real = analyser.analyse

    def counted(text: str, **kwargs):  # noqa: ANN003, ANN202
        calls.append(text)
        return real(text, **kwargs)

    monkeypatch.setattr(analyser, "analyse", counted)
    code, rows, err = _run_jsonl(("\n".join(said) + "\n").encode(), capsys, monkeypatch)
    assert code == 0 and err == []
    texts = [line.removesuffix("\r") for line in said]
    assert rows == [{"text": t, **real(t).to_dict()} for t in texts]
    # "Yeah." again is not read again ("Yeah.\\r" is another line, read as "Yeah.");
    # with only two lines remembered, it is read again later; a line longer than the
    # remembered ones is read every time.
    assert calls == ["Yeah.", "Mm-hmm.", "Yeah.", "I have to do it all myself.", "Okay.",
                     "Yeah.", "Mm-hmm.", "x" * 200, "x" * 200]


def test_a_byte_order_mark_does_not_hide_the_first_object(capsys, monkeypatch) -> None:  # noqa: ANN001
    data = b'\xef\xbb\xbf{"text": "What would help?", "context": ["Hi."]}\nOkay.\n'
    code, rows, err = _run_jsonl(data, capsys, monkeypatch)
    assert code == 0 and err == []
    assert [r["text"] for r in rows] == ["What would help?", "Okay."]


def test_context_is_read_by_the_models_not_the_rules(capsys, monkeypatch) -> None:  # noqa: ANN001
    from coach.engine.analyser import default_analyser

    analyser = default_analyser()
    text = "You want the team to trust you again."
    before = ["What matters most to you here?", "I want the team to trust me again."]
    plain, framed = analyser.analyse(text), analyser.analyse(text, context=before)
    # Said back after the other person's words, it is a reflection of them.
    assert framed.act == "reflection"
    # The act, focus and trap models read the context (docs/analyser.md); the rules do
    # not: the phrases worth playing back and the question's shape stay as they were.
    assert (plain.phrases, plain.question, plain.multiple) == (
        framed.phrases, framed.question, framed.multiple)


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('{"text": "What would help?", "context": ["a", 3]}', '"context" must be a list'),
        ('{"text": "What would help?", "context": "the one before"}', '"context" must be'),
        ('{"context": ["a"]}', 'needs "text"'),
        ('{"text": 42}', 'needs "text"'),
        ('{"text": "unfinished', "not a JSON object"),
        ("{curly braces are not JSON}", "not a JSON object"),
        ('  {"text": "x",}', "not a JSON object"),
    ],
)
def test_malformed_objects_get_one_line_each_and_the_run_goes_on(
    line: str, says: str, capsys, monkeypatch  # noqa: ANN001
) -> None:
    data = f"What would help?\n{line}\nIs it broken?\n".encode()
    code, rows, err = _run_jsonl(data, capsys, monkeypatch)
    assert code == 1
    assert len(err) == 1 and err[0].startswith("coach analyse: line 2: ") and says in err[0]
    assert [r.get("text") for r in rows] == ["What would help?", None, "Is it broken?"]
    assert rows[1] == {"line": 2, "error": err[0].removeprefix("coach analyse: ")}
    assert rows[2]["act"] == "question"


def test_lines_over_the_cap_are_cut_and_said_once_each(capsys, monkeypatch) -> None:  # noqa: ANN001
    from coach.engine.analyser import MAX_CHARS

    long_plain = "What would help you most here? " * 3_000  # 93,000 characters
    long_object = json.dumps({"text": "é" * 60_000, "context": ["ok " * 30_000]})
    exact = "x" * MAX_CHARS
    data = "\n".join(["Hi.", long_plain, exact, long_object, "Bye."]).encode() + b"\n"
    code, rows, err = _run_jsonl(data, capsys, monkeypatch)
    assert code == 0
    assert err == [
        f"coach analyse: line {n} is longer than 50,000 characters; only its first 50,000 "
        "were analysed" for n in (2, 4)
    ]
    assert [len(r["text"]) for r in rows] == [3, MAX_CHARS, MAX_CHARS, MAX_CHARS, 4]
    assert rows[1]["text"] == long_plain[:MAX_CHARS] and rows[1]["act"] == "question"
    assert rows[3]["text"] == "é" * MAX_CHARS


def test_a_long_line_is_held_only_up_to_the_limit() -> None:
    from coach.commands.analyse import bounded_lines

    chunks = [b"first\n", *([b"y" * 1000] * 50), b"\nlast", b" line\n", b"tail"]
    batches = list(bounded_lines(iter(chunks), limit=4096))
    lines = [line for batch in batches for line in batch]
    assert lines == [(b"first", False), (b"y" * 4096, True), (b"last line", False),
                     (b"tail", False)]


def test_a_20_mb_line_in_a_real_process() -> None:
    data = b"What would help?\n" + b"and so " * 3_000_000 + b"\nIs it broken?\n"
    result = subprocess.run(
        [sys.executable, "-m", "coach", "analyse", "--jsonl"],
        input=data, capture_output=True, check=True,
    )
    rows = [json.loads(r) for r in result.stdout.splitlines()]
    assert [len(r["text"]) for r in rows] == [16, 50_000, 13]
    assert result.stderr.decode().splitlines() == [
        "coach analyse: line 2 is longer than 50,000 characters; only its first 50,000 were "
        "analysed"
    ]
