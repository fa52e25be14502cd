"""`coach exchange` end to end: new, prepare, notes, reflect and the report."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from coach.__main__ import main
from coach.store import Journal

# Each stage: one answer, then move on. The close: a commitment and a check-out.
PREPARE = [
    "The front door and the daily huddle", "next",
    "We are a small, busy team that covers for each other", "next",
    "Winter pressures on discharge", "next",
    "How I chair the Monday meeting", "next",
    "I will ask Sam for honest feedback by Friday", "Ready and a bit nervous",
]
NOTES = [
    ("Huddle started late; nobody seemed to mind", ["culture"]),
    ("Sam asked why we never invite the council", ["partnership", "question"]),
    ("I let the team lead the meeting", ["leadership moment"]),
]
# Answers from a file go straight to the conversation: no commitment is followed up first.
REFLECT = [
    "A packed front door and calm staff", "next",
    "Care comes first, paperwork second", "next",
    "Sam said I listen well but decide too fast", "next",
    "The council and we share the same families", "next",
    "Slow down before deciding", "next",
    "I will invite the council to our huddle next week", "Lighter",
]
WORDS = {"next", "done"}


def write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["exchange", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def new_exchange(capsys: pytest.CaptureFixture[str], *extra: str) -> int:
    code, out, err = run(capsys, "new", "--role", "host", "--with", "Sam Patel",
                         "--org", "City Council", *extra)
    assert code == 0, err
    return int(out.strip())


def in_order(text: str, parts: list[str]) -> bool:
    position = 0
    for part in parts:
        found = text.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True


def test_a_whole_exchange_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xid = new_exchange(capsys, "--date", "2026-03-12", "--title", "Visit from Sam")
    assert run(capsys, "list", "--json")[1].count('"phase": "planned"') == 1

    code, out, err = run(capsys, "prepare", str(xid), "--seed", "3",
                         "--answers", str(write(tmp_path, "prepare.txt", PREPARE)))
    assert code == 0, err
    assert "What would you like your visitor to see?" in out
    assert f"Exchange {xid} is now prepared." in out

    for text, tags in NOTES:
        flags = [arg for tag in tags for arg in ("--tag", tag)]
        code, out, err = run(capsys, "note", str(xid), text, *flags)
        assert code == 0, err
        assert out.startswith("Saved note")
    (listed,) = json.loads(run(capsys, "list", "--json")[1])
    assert listed["phase"] == "observed" and listed["notes"] == 3

    code, out, err = run(capsys, "reflect", str(xid), "--seed", "5",
                         "--answers", str(write(tmp_path, "reflect.txt", REFLECT)))
    assert code == 0, err
    assert f"Exchange {xid} is now reflected." in out

    report_file = tmp_path / "out" / "report.md"
    code, out, err = run(capsys, "report", str(xid), "--out", str(report_file))
    assert code == 0, err
    report = report_file.read_text(encoding="utf-8")
    assert stat.S_IMODE(report_file.stat().st_mode) == 0o600
    assert report.startswith("# Visit from Sam\n")
    assert "- **Role:** host\n- **With:** Sam Patel\n- **Where:** City Council\n" in report
    assert "- **When:** Thursday 12 March 2026\n" in report
    assert in_order(report, ["## What I wanted to learn", "## What I wanted to show",
                             "## What I asked for feedback on", "## What I saw",
                             "## What I learned", "## Feedback given or received",
                             "## Next steps"])
    said = [a for a in PREPARE[:-2] + REFLECT[2:-2] if a not in WORDS]
    for answer in said:
        assert f"- {answer}\n" in report, answer
    assert in_order(report, ["### Culture", NOTES[0][0], "### Partnership", NOTES[1][0],
                             "_(also question)_", "### Leadership moment", NOTES[2][0]])
    steps = report.split("## Next steps", 1)[1]
    assert "- I will ask Sam for honest feedback by Friday (by Friday " in steps
    assert "- I will invite the council to our huddle next week (by " in steps
    # The answers that only move the conversation on, and the check-outs, stay out.
    for left_out in ("Ready and a bit nervous", "Lighter", "I asked Sam at lunch", "- done",
                     "- next", "Is that right"):
        assert left_out not in report, left_out

    code, shown, _ = run(capsys, "show", str(xid))
    assert in_order(shown, ["phase: reflected", *[a for a in PREPARE if a not in WORDS],
                            *[t for t, _ in NOTES], "I will invite the council"])
    code, printed, _ = run(capsys, "report", str(xid))
    assert printed == report

    with Journal.open() as journal:
        assert {c.text for c in journal.commitments("open")} == {
            "I will ask Sam for honest feedback by Friday",
            "I will invite the council to our huddle next week"}
        assert journal.unfinished_sessions() == []
        kinds = {e.kind for e in journal.newest()}
        assert kinds == {"exchange"}
        for word in ("discharge", "council", "paperwork"):
            assert journal.search(word), word


def test_a_report_with_nothing_done_yet_says_what_is_missing(
    capsys: pytest.CaptureFixture[str]
) -> None:
    xid = new_exchange(capsys)
    with Journal.open() as journal:  # a private commitment that is no part of the exchange
        journal.add_commitment("tell nobody about this one", source="manual")
    code, out, err = run(capsys, "report", str(xid))
    assert code == 0, err
    assert "tell nobody about this one" not in out
    assert "# Hosting Sam Patel (City Council)" in out
    assert f"No preparation yet: `coach exchange prepare {xid}` begins it." in out
    assert "No notes were taken on the day." in out
    assert f"No reflection yet: `coach exchange reflect {xid}` begins it." in out
    assert "No next steps yet." in out
    assert "**When:** not set" in out


def test_an_unfinished_reflection_still_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xid = new_exchange(capsys)
    answers = write(tmp_path, "part.txt", ["A packed front door", "next", "Care comes first"])
    code, out, err = run(capsys, "reflect", str(xid), "--seed", "1", "--answers", str(answers))
    assert code == 0, err
    assert f"Resume with: coach exchange reflect {xid}" in out
    code, out, err = run(capsys, "report", str(xid))
    assert code == 0 and "Traceback" not in err
    assert f"The reflection is unfinished (`coach exchange reflect {xid}` carries on)" in out
    assert in_order(out, ["## What I saw", "A packed front door", "## What I learned",
                          "Care comes first"])
    assert "No notes were taken on the day." in out

    # Running it again carries on where it stopped.
    rest = write(tmp_path, "rest.txt", ["next", "next", "next", "next",
                                        "Try the new handover sheet on Monday", "Fine"])
    code, out, err = run(capsys, "reflect", str(xid), "--answers", str(rest))
    assert code == 0, err
    assert f"Exchange {xid} is now reflected." in out
    code, out, err = run(capsys, "reflect", str(xid))
    assert code == 1 and "already has its reflection" in err


def test_markup_in_notes_is_kept_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xid = new_exchange(capsys)
    text = "[bold]loud[/] and [@click=app.quit]quiet[/]"
    code, _, err = run(capsys, "note", str(xid), text, "--tag", "[red]odd[/]")
    assert code == 0, err
    for command in ("show", "report"):
        out = run(capsys, command, str(xid))[1]
        assert text in out
    with Journal.open() as journal:
        (note,) = journal.exchange_notes(xid)
        assert note.text == text and note.tags == ("[red]odd[/]",)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "99"], "there is no exchange 99"),
        (["note", "99", "hello"], "there is no exchange 99"),
        (["prepare", "99"], "there is no exchange 99"),
        (["report", "99"], "there is no exchange 99"),
        (["new", "--role", "host", "--with", "Sam", "--date", "someday"], "--date: can't read"),
        (["new", "--role", "host", "--with", "  "], "say who it is with"),
    ],
)
def test_mistakes_are_one_line_errors(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert message in err and "Traceback" not in err


def test_an_empty_note_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    xid = new_exchange(capsys)
    code, _, err = run(capsys, "note", str(xid), "   ")
    assert code == 1 and "the note is empty" in err


def test_list_when_empty_and_natural_dates(capsys: pytest.CaptureFixture[str]) -> None:
    assert "No exchanges yet" in run(capsys, "list")[1]
    xid = new_exchange(capsys, "--date", "tomorrow")
    with Journal.open() as journal:
        exchange = journal.require_exchange(xid)
        assert exchange.day is not None
        assert (exchange.day - journal.today()).days in (0, 1)  # 1, or 0 just after midnight
    out = run(capsys, "list")[1]
    assert "Hosting Sam Patel (City Council)" in out and "planned" in out


def test_an_answers_file_that_cannot_be_read_starts_no_conversation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exchange_id = new_exchange(capsys)
    missing = tmp_path / "missing.txt"
    code, out, err = run(capsys, "prepare", str(exchange_id), "--answers", str(missing))
    assert code == 1 and out == ""
    assert f"cannot read answers from {missing}" in err
    assert main(["sessions", "--all"]) == 0
    assert capsys.readouterr().out.strip() == "No sessions yet."
    code, out, _ = run(capsys, "show", str(exchange_id))
    assert f"Not begun: coach exchange prepare {exchange_id}" in out


def test_the_report_as_an_html_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    xid = new_exchange(capsys, "--title", "Visit <from> Sam & co")
    assert run(capsys, "note", str(xid), "<script>alert(1)</script> & more", "--tag",
               "culture")[0] == 0
    code, page, err = run(capsys, "report", str(xid), "--format", "html")
    assert code == 0, err
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<title>Visit &lt;from&gt; Sam &amp; co</title>" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert "<script" not in page and "http" not in page
    out = tmp_path / "report.html"
    code, said, err = run(capsys, "report", str(xid), "--format", "html", "--out", str(out))
    assert code == 0 and said.strip() == f"Wrote the report to {out}"
    assert out.read_text(encoding="utf-8") == page
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    code, markdown, _ = run(capsys, "report", str(xid), "--format", "md")
    assert markdown == run(capsys, "report", str(xid))[1]  # md is the default
    assert markdown.startswith("# Visit <from> Sam & co\n")


def test_an_unknown_report_format_is_one_error(capsys: pytest.CaptureFixture[str]) -> None:
    xid = new_exchange(capsys)
    with pytest.raises(SystemExit) as stopped:
        main(["exchange", "report", str(xid), "--format", "pdf"])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "invalid choice: 'pdf'" in err
    assert "Traceback" not in err


def test_a_planned_day_is_the_next_one_to_come(capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    march = new_exchange(capsys, "--date", "12 March")
    friday = new_exchange(capsys, "--date", "Friday")
    iso = new_exchange(capsys, "--date", "2026-03-12")
    with Journal.open() as journal:
        today = journal.today()
        day = journal.require_exchange(march).day
        assert day is not None and (day.month, day.day) == (3, 12)
        # the first 12 March from today on (just after midnight, from the day before)
        assert 0 <= (day - today).days < 366 or (day - today).days == -1
        assert day.year in (today.year, today.year + 1)
        coming = journal.require_exchange(friday).day
        assert coming is not None and coming.weekday() == 4
        assert -1 <= (coming - today).days < 7
        assert journal.require_exchange(iso).day == date(2026, 3, 12)  # a year is kept
