from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC
from pathlib import Path

import pytest

from coach.cli import run
from coach.store import Journal


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def coach(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db() -> Path:
    return Path(os.environ["COACH_DB"])


def test_add_list_show(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = coach(
        capsys,
        "journal",
        "add",
        "I said [bold]yes[/bold] too fast",
        "--tag",
        "Work",
        "--title",
        "Hard call",
        "--date",
        "2026-03-12",
    )
    assert (code, out) == (0, "Saved entry 1.\n")
    code, out, _ = coach(capsys, "journal", "list")
    assert "2026-03-12" in out and "Hard call" in out and "#work" in out
    code, out, _ = coach(capsys, "journal", "show", "1")
    assert "I said [bold]yes[/bold] too fast" in out  # printed literally
    with Journal.open(db) as journal:
        assert journal.get_entry(1).tags == ("work",)  # type: ignore[union-attr]


def test_add_reads_stdin_when_not_a_terminal(capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("line one\nline two\n"))
    assert coach(capsys, "journal", "add")[0] == 0
    code, out, _ = coach(capsys, "journal", "list", "--json")
    [entry] = json.loads(out)
    assert entry["body"] == "line one\nline two"
    assert set(entry) >= {"id", "kind", "title", "body", "created", "tags", "starred"}


@pytest.mark.parametrize("stdin", ["", "   \n\n"])
def test_empty_text_saves_nothing(capsys, monkeypatch, db: Path, stdin: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code, out, err = coach(capsys, "journal", "add")
    assert code == 1 and err.startswith("coach: nothing saved") and err.count("\n") == 1
    with Journal.open(db) as journal:
        assert journal.count_entries() == 0


def _editor(tmp_path: Path, text: str | None) -> str:
    script = tmp_path / "editor.py"
    action = "pass" if text is None else f"open(sys.argv[1], 'a').write({text!r})"
    script.write_text(f"import sys\n{action}\n")
    return f"{sys.executable} {script}"


def test_add_opens_the_editor_on_a_template(capsys, monkeypatch, tmp_path, db: Path) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setenv("EDITOR", _editor(tmp_path, "\nIt went well.\n"))
    assert coach(capsys, "journal", "add", "--template", "gibbs")[0] == 0
    with Journal.open(db) as journal:
        [entry] = journal.newest()
    assert "## Feelings" in entry.body and entry.body.endswith("It went well.")
    assert entry.framework == "gibbs"


def test_untouched_template_saves_nothing(capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setenv("VISUAL", _editor(tmp_path, None))
    code, _, err = coach(capsys, "journal", "add", "--template", "weekly-review")
    assert code == 1 and "nothing saved" in err


def test_no_editor_is_explained(capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal())
    code, _, err = coach(capsys, "journal", "add")
    assert code == 1 and "set EDITOR" in err


def _seed(db: Path) -> None:
    with Journal.open(db) as journal:
        from datetime import datetime

        for day, (body, tags, kind) in enumerate(
            [
                ("Self-care matters when the team is stretched", ["health"], "free"),
                ("We listened AND argued about listening", ["team"], "check-in"),
                ("Listening all day, listening well", ["team"], "free"),
                ("Nothing to report", [], "free"),
            ],
            start=1,
        ):
            journal.add_entry(body, tags=tags, kind=kind,
                              created=datetime(2026, 3, day, 9, tzinfo=UTC), starred=day == 3)


@pytest.mark.parametrize(
    ("argv", "ids"),
    [
        (["journal", "list"], [4, 3, 2, 1]),
        (["journal", "list", "-n", "2"], [4, 3]),
        (["journal", "list", "--tag", "team"], [3, 2]),
        (["journal", "list", "--kind", "check-in"], [2]),
        (["journal", "list", "--starred"], [3]),
        (["journal", "list", "--since", "2026-03-02", "--until", "3 March 2026"], [3, 2]),
        (["journal", "search", "listening"], [3, 2]),
        (["journal", "search", "self-care"], [1]),
        (["journal", "search", "AND"], [2]),
        (["journal", "search", '"'], []),
        (["journal", "search", "listening", "--kind", "free"], [3]),
        (["journal", "search", "listening", "--until", "2026-03-02"], [2]),
    ],
)
def test_list_and_search_json(capsys, db: Path, argv: list[str], ids: list[int]) -> None:
    _seed(db)
    code, out, _ = coach(capsys, *argv, "--json")
    assert code == 0
    assert [e["id"] for e in json.loads(out)] == ids


def test_search_shows_ranked_snippets_plain_when_piped(capsys, db: Path) -> None:
    _seed(db)
    code, out, _ = coach(capsys, "journal", "search", "listening")
    lines = out.splitlines()
    assert lines[0].startswith("  1. #3") and "score" in lines[0]
    assert "Listening all day" in lines[1] and "\x1b[" not in out


def test_search_bold_on_a_terminal(capsys, monkeypatch, db: Path) -> None:
    _seed(db)
    monkeypatch.setattr(sys, "stdout", Terminal())
    run(["journal", "search", "stretched"])
    assert "\x1b[1mstretched\x1b[0m" in sys.stdout.getvalue()


def test_star_tag_delete(capsys, monkeypatch, db: Path) -> None:
    _seed(db)
    assert coach(capsys, "journal", "star", "1")[0] == 0
    assert coach(capsys, "journal", "star", "3", "--off")[0] == 0
    code, out, _ = coach(capsys, "journal", "tag", "1", "Focus", "#calm")
    assert out == "Entry 1: #calm #focus #health\n"
    code, out, err = coach(capsys, "journal", "delete", "1")
    assert code == 1 and "--yes" in err
    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    assert coach(capsys, "journal", "delete", "1")[1].endswith("Kept it.\n")
    monkeypatch.setattr(sys, "stdin", Terminal("yes\n"))
    assert coach(capsys, "journal", "delete", "2")[1].endswith("Deleted entry 2.\n")
    assert coach(capsys, "journal", "delete", "4", "--yes")[0] == 0
    with Journal.open(db) as journal:
        assert [e.id for e in journal.newest()] == [3, 1]
        assert [e.id for e in journal.newest(starred=True)] == [1]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["journal", "show", "9"], "no journal entry 9"),
        (["journal", "star", "9"], "no journal entry 9"),
        (["journal", "list", "--since", "whenever"], "can't read 'whenever' as a date"),
        (["journal", "add", "x", "--date", "someday"], "can't read 'someday' as a date"),
        (["journal", "import", "missing.json"], "no such file"),
    ],
)
def test_errors_are_one_line(capsys, argv: list[str], message: str) -> None:
    code, out, err = coach(capsys, *argv)
    assert code == 1 and message in err and err.count("\n") == 1


def test_db_option_wins(capsys, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "other.db"
    assert coach(capsys, "--db", str(other), "journal", "add", "elsewhere")[0] == 0
    assert other.exists()
    assert oct(other.parent.stat().st_mode & 0o777) == "0o700"


def test_export_and_import_commands(capsys, db: Path, tmp_path: Path) -> None:
    _seed(db)
    code, out, _ = coach(
        capsys, "journal", "export", "--format", "json", "--out", str(tmp_path / "j.json")
    )
    assert out == f"Exported 4 entries to {tmp_path / 'j.json'}.\n"
    code, out, _ = coach(
        capsys, "journal", "export", "--format", "md", "--out", str(tmp_path / "vault")
    )
    assert len(list((tmp_path / "vault").glob("*.md"))) == 4
    code, out, _ = coach(capsys, "journal", "import", str(tmp_path / "j.json"))
    assert "Imported 0 new items" in out and "4 already" in out


def test_command_line_never_imports_textual(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        import coach.cli
        assert coach.cli.run(["journal", "add", "a thought"]) == 0
        assert coach.cli.run(["journal", "search", "thought"]) == 0
        assert coach.cli.run(["journal", "list", "--json"]) == 0
        assert coach.cli.run(["commitments"]) == 0
        assert coach.cli.run(["sessions"]) == 0
        print("textual" in sys.modules)
        """
    )
    env = {**os.environ, "COACH_DB": str(tmp_path / "fresh.db")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "False"


def test_export_progress_bar_on_a_terminal(capsys, monkeypatch, db: Path, tmp_path: Path) -> None:
    _seed(db)
    monkeypatch.setattr("coach.commands.journal_files.PROGRESS_FROM", 1)
    monkeypatch.setattr(sys, "stderr", Terminal())
    assert run(["journal", "export", "--format", "json", "--out", str(tmp_path / "j.json")]) == 0
    assert "Exporting [" in sys.stderr.getvalue() and "4/4" in sys.stderr.getvalue()


def test_no_progress_bar_when_piped(capsys, db: Path, tmp_path: Path) -> None:
    _seed(db)
    assert run(["journal", "export", "--out", str(tmp_path / "vault")]) == 0
    assert capsys.readouterr().err == ""


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    """`coach journal show 1 | head` ends quietly, with no traceback."""
    db = tmp_path / "pipe.db"
    with Journal.open(db) as journal:
        journal.add_entry("a line of the entry\n" * 20_000, title="long")
    env = {**os.environ, "COACH_DB": str(db)}
    proc = subprocess.Popen([sys.executable, "-m", "coach", "journal", "show", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err and "Exception ignored" not in err


def test_mood_on_add_and_changed_later(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    assert coach(capsys, "journal", "add", "Long day, good end.", "--mood", "4")[:2] == (
        0, "Saved entry 1.\n",
    )
    assert coach(capsys, "journal", "mood", "1", "2")[:2] == (0, "Entry 1: mood 2 of 5.\n")
    with Journal.open(db) as journal:
        assert journal.get_entry(1).mood == 2  # type: ignore[union-attr]
    assert coach(capsys, "journal", "mood", "1", "none")[:2] == (0, "Entry 1: mood cleared.\n")
    with Journal.open(db) as journal:
        assert journal.get_entry(1).mood is None  # type: ignore[union-attr]


@pytest.mark.parametrize("bad", ["0", "6", "2.5", "high", ""])
def test_a_bad_mood_is_refused_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], db: Path, bad: str
) -> None:
    assert coach(capsys, "journal", "add", "Steady.", "--mood", "3")[0] == 0
    with pytest.raises(SystemExit) as stopped:
        run(["journal", "mood", "1", bad])
    assert stopped.value.code == 2
    assert "1 (low) to 5 (high)" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        run(["journal", "add", "Another.", "--mood", bad])
    capsys.readouterr()
    with Journal.open(db) as journal:
        assert journal.get_entry(1).mood == 3  # type: ignore[union-attr]
        assert journal.get_entry(2) is None


def test_mood_of_a_missing_entry_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = coach(capsys, "journal", "mood", "9", "3")
    assert (code, out) == (1, "")
    assert "9" in err and len(err.strip().splitlines()) == 1
