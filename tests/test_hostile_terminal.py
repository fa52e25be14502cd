"""Line mode against hostile text: control characters are shown, never obeyed.

Entries, answers, notes, commitments, exchange names, imported records and framework
files hold terminal escape sequences; every command prints them as ``\\x1b`` and the
like, while ``--json`` still carries the exact text. Arguments that are not valid text
get one line, never a traceback; a write that fails hands back what was typed.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach import paths
from coach.cli import run
from coach.store import Journal, StoreError
from coach.terminal import json_text, printable, without_controls
from tests.hostile_corpus import CORPUS, HOSTILE, SHOWN, assert_inert, hostile, raw_controls


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def db() -> Path:
    return Path(os.environ["COACH_DB"])


def coach(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run a command in-process; argparse's own exits count as their exit code."""
    try:
        code = run(list(argv))
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------------- the one function


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_each_control_sequence_is_shown_as_a_placeholder(name: str) -> None:
    shown = printable(f"before {CORPUS[name]} after")
    assert_inert(shown)
    assert shown.startswith("before ") and shown.endswith(" after")
    assert "\\x" in shown


def test_every_c0_and_c1_character_but_newline_and_tab() -> None:
    everything = "".join(map(chr, range(0xA0)))
    shown = printable(everything)
    assert [c for c in shown if ord(c) < 0x20] == ["\t", "\n"]
    assert not [c for c in shown if 0x7F <= ord(c) < 0xA0]
    assert "\\x1b" in shown and "\\x9b" in shown and "\\x7f" in shown and "\\x0d" in shown


def test_ordinary_text_and_markup_pass_unchanged() -> None:
    text = "Plain, [bold]markup[/bold], café, 日本, emoji 🙂,\ttab\nnew line"
    assert printable(text) == text
    assert printable(printable(HOSTILE)) == printable(HOSTILE)  # placeholders are plain text


def test_undecodable_bytes_become_the_replacement_character() -> None:
    assert printable(os.fsdecode(b"caf\xe9")) == "caf\ufffd"


def test_taking_controls_out_keeps_the_rest() -> None:
    assert without_controls("a\x1b[2Jb\x07c\x9bd\te\nf") == "a[2Jbcd\te\nf"


def test_json_carries_the_exact_text_and_no_raw_control() -> None:
    value = {"body": HOSTILE + "\udce9", "list": [HOSTILE]}
    text = json_text(value)
    assert_inert(text)
    assert json.loads(text) == value


# ---------------------------------------------------------------------- a hostile journal


ANSWERS = [hostile("answer one"), hostile("answer two"), "stop"]

FRAMEWORK = r'''
id = "hostile"
title = "Hostile \u001b]2;title\u0007 frame"
purpose = "A purpose \u001b[2J that clears \u009b2J the screen."
source = "tests \u001b]52;c;cm0gLXJmIH4K\u0007"
suits = ["solo"]

[[stages]]
id = "one"
title = "Stage \u001b[2J one"
purpose = "Purpose \u0007 one."
questions = ["What is on your mind \u001b]52;c;cm0gLXJmIH4K\u0007?"]
'''


@pytest.fixture
def hostile_journal(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Every kind of record holding the corpus, and a user framework file and a broken one
    whose name and content do too."""
    with Journal.open(db) as journal:
        journal.add_entry(hostile("body"), title=hostile("title"), tags=[hostile("tag")],
                          mood=2)
        journal.add_commitment(hostile("commitment"))
        exchange = journal.add_exchange(role="host", partner=hostile("partner"),
                                        org=hostile("org"), title=hostile("exchange"))
        journal.add_exchange_note(exchange, hostile("note"), tags=[hostile("note tag")])
    answers = tmp_path / "answers.txt"
    answers.write_text("\n".join(ANSWERS) + "\n", encoding="utf-8")
    assert coach(capsys, "reflect", "think-it-through", "--answers", str(answers),
                 "--seed", "3")[0] == 0
    # a session titled after the exchange, with the corpus in its answers
    assert coach(capsys, "exchange", "prepare", "1", "--answers", str(answers))[0] == 0
    folder = paths.user_frameworks_directory()
    folder.mkdir(parents=True)
    (folder / "hostile.toml").write_text(FRAMEWORK, encoding="utf-8")
    (folder / "broken \x1b]2;x\x07.toml").write_text('id = "broken\\u001b[2J"\ntitle = 3\n',
                                                     encoding="utf-8")
    return answers


LINE_COMMANDS = {
    "journal list": ["journal", "list"],
    "journal list --tag": ["journal", "list", "--tag", hostile("tag").replace(" ", "-").lower()],
    "journal search": ["journal", "search", "hostile"],
    "journal show": ["journal", "show", "1"],
    "journal tag": ["journal", "tag", "1", hostile("more")],
    "journal star": ["journal", "star", "1"],
    "commitments": ["commitments", "--all"],
    "commitments done": ["commitments", "done", "1"],
    "sessions": ["sessions", "--all"],
    "exchange list": ["exchange", "list"],
    "exchange show": ["exchange", "show", "1"],
    "exchange report": ["exchange", "report", "1"],
    "exchange note": ["exchange", "note", "1", hostile("new note")],
    "exchange new": ["exchange", "new", "--role", "observer", "--with", hostile("with"),
                     "--org", hostile("org")],
    "frameworks list": ["frameworks", "list"],
    "frameworks show": ["frameworks", "show", "hostile"],
    "analyse": ["analyse", hostile("have you tried")],
    "a bad date": ["journal", "list", "--since", hostile("when")],
    "an unknown framework": ["frameworks", "show", hostile("id")],
    "an unknown argument": ["journal", "list", hostile("stray")],
    "a bad mood": ["journal", "mood", "1", hostile("mood")],
}


@pytest.mark.parametrize("argv", LINE_COMMANDS.values(), ids=LINE_COMMANDS.keys())
def test_no_command_writes_a_control_character(hostile_journal: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               argv: list[str]) -> None:
    code, out, err = coach(capsys, *argv)
    assert_inert(out)
    assert_inert(err)
    assert "Traceback" not in err
    assert code in (0, 1, 2) and (out or err)


@pytest.mark.parametrize(("argv", "shown"), [
    (["journal", "show", "1"], printable(hostile("body"))),
    (["exchange", "show", "1"], printable(hostile("note"))),
    (["commitments"], printable(hostile("commitment"))),
    (["sessions", "--all"], printable(hostile("exchange"))),
    (["exchange", "report", "1"], printable(hostile("note"))),  # what I saw, as noted
    (["frameworks", "show", "hostile"], "Hostile \\x1b]2;title\\x07 frame"),
    (["frameworks", "list"], "Hostile \\x1b]2;title\\x07 frame"),
], ids=lambda v: " ".join(v) if isinstance(v, list) else "")
def test_the_text_is_still_shown(hostile_journal: Path, capsys: pytest.CaptureFixture[str],
                                 argv: list[str], shown: str) -> None:
    code, out, err = coach(capsys, *argv)
    assert code == 0, err
    assert shown in out and SHOWN in printable(HOSTILE)


def test_search_on_a_terminal_keeps_its_bold_and_nothing_else(
        hostile_journal: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", Terminal())
    assert run(["journal", "search", "osc52"]) == 0
    out = sys.stdout.getvalue()
    assert "\x1b[1mosc52\x1b[0m" in out  # the match, in bold
    assert raw_controls(out.replace("\x1b[1m", "").replace("\x1b[0m", "")) == []


def test_the_delete_question_is_safe(hostile_journal: Path, capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    monkeypatch.setattr("builtins.input", lambda prompt="": asked.append(prompt) or "n")
    code, out, _ = coach(capsys, "journal", "delete", "1")
    assert code == 0 and out.endswith("Kept it.\n")
    (question,) = asked
    assert_inert(question)
    assert "\\x1b" in question


def test_a_practice_with_hostile_names_and_moves(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    script = "\n".join([hostile("move"), "Did you enjoy it?", "---", hostile("play-back"),
                        "yes", "What was that like?", "---", "You were proud.", "yes",
                        hostile("debrief")]) + "\n"
    answers = tmp_path / "practice.txt"
    answers.write_text(script, encoding="utf-8")
    code, out, err = coach(capsys, "practice", "--answers", str(answers), "--speaker",
                           hostile("speaker"), "--listener", "Bo", "--subject", hostile("subj"))
    assert code == 0, err
    assert_inert(out)
    assert_inert(err)
    assert "\\x1b]52" in out


def test_a_conversation_in_line_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("\n".join(ANSWERS) + "\n", encoding="utf-8")
    code, out, err = coach(capsys, "reflect", "think-it-through", "--answers", str(answers))
    assert code == 0
    assert_inert(out)
    assert_inert(err)
    assert f"> {printable(ANSWERS[0])}" in out  # the answer is echoed, made safe


def test_an_imported_export_is_shown_safely(hostile_journal: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    shared = tmp_path / "shared.json"
    assert coach(capsys, "journal", "export", "--format", "json", "--out", str(shared))[0] == 0
    other = str(tmp_path / "other.db")
    code, out, err = coach(capsys, "--db", other, "journal", "import", str(shared))
    assert code == 0, err
    for argv in (["journal", "list"], ["journal", "show", "1"], ["journal", "search", "osc2"]):
        code, out, err = coach(capsys, "--db", other, *argv)
        assert code == 0
        assert_inert(out + err)
    code, out, _ = coach(capsys, "--db", other, "journal", "show", "1", "--json")
    assert json.loads(out)["body"] == hostile("body")


def test_journal_show_in_a_plain_shell(hostile_journal: Path, db: Path) -> None:
    env = {**os.environ, "COACH_DB": str(db)}
    result = subprocess.run([sys.executable, "-m", "coach", "journal", "show", "1"],
                            capture_output=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert b"\x1b" not in result.stdout + result.stderr
    assert b"\x07" not in result.stdout + result.stderr
    assert_inert(result.stdout.decode("utf-8"))
    assert SHOWN.encode() in result.stdout


# ---------------------------------------------------------------------- --json is exact


def test_json_output_round_trips_the_exact_text(hostile_journal: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    def data(*argv: str) -> object:
        code, out, err = coach(capsys, *argv)
        assert code == 0, err
        assert_inert(out)
        return json.loads(out)

    (entry,) = data("journal", "list", "--kind", "free", "--json")  # type: ignore[misc]
    assert entry["body"] == hostile("body") and entry["title"] == hostile("title")
    assert data("journal", "show", "1", "--json")["body"] == hostile("body")  # type: ignore[index]
    (hit,) = data("journal", "search", "nul", "--kind", "free", "--json")  # type: ignore[misc]
    assert hit["body"] == hostile("body")
    (commitment,) = data("commitments", "--json")  # type: ignore[misc]
    assert commitment["text"] == hostile("commitment")
    (exchange,) = data("exchange", "list", "--json")  # type: ignore[misc]
    assert exchange["with"] == hostile("partner") and exchange["org"] == hostile("org")


def test_a_json_transcript_keeps_the_answers_exactly(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("\n".join(ANSWERS) + "\n", encoding="utf-8")
    code, out, _ = coach(capsys, "reflect", "think-it-through", "--answers", str(answers),
                         "--json")
    assert code == 0
    assert_inert(out)
    said = [turn["text"] for turn in json.loads(out) if turn["speaker"] == "you"]
    assert said[:2] == ANSWERS[:2]


# ---------------------------------------------------------------------- arguments


def latin1(text: str) -> str:
    """``text`` as Python sees it when a Latin-1 terminal types it into a UTF-8 session."""
    return os.fsdecode(text.encode("latin-1"))


@pytest.mark.parametrize("argv", [
    ["journal", "add", latin1("Café au lait")],
    ["journal", "search", latin1("café")],
    ["journal", "list", "--tag", latin1("café")],
    ["journal", "tag", "1", latin1("café")],
    ["exchange", "new", "--role", "host", "--with", latin1("Zoë")],
], ids=["add", "search", "list --tag", "tag", "exchange new --with"])
def test_undecodable_arguments_get_one_line(db: Path, capsys: pytest.CaptureFixture[str],
                                            argv: list[str]) -> None:
    with Journal.open(db) as journal:
        journal.add_entry("an entry to tag")
    code, out, err = coach(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("coach: an argument isn't valid text") and err.count("\n") == 1
    assert "\\xe9" in err or "\\xeb" in err  # the bytes are named
    with Journal.open(db) as journal:
        assert journal.count_entries() == 1 and journal.exchanges() == []
        assert journal.get_entry(1).tags == ()  # type: ignore[union-attr]


def test_a_file_name_may_hold_any_bytes(db: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / os.fsdecode(b"export-\xe9.json")
    code, out, err = coach(capsys, "journal", "export", "--format", "json", "--out",
                           str(out_file))
    assert code == 0, err
    assert out_file.exists()
    assert_inert(out)


ANY_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=(), exclude_characters="\x00"), max_size=30),
    st.binary(max_size=30).filter(lambda b: b"\x00" not in b).map(os.fsdecode),
    st.sampled_from([HOSTILE.replace("\x00", ""), "-", "--", "-n", "#", " ", "\udce9"]),
)

FUZZED = {
    "journal add": lambda text: ["journal", "add", text],
    "journal search": lambda text: ["journal", "search", text],
    "journal list --tag": lambda text: ["journal", "list", "--tag", text],
    "journal tag": lambda text: ["journal", "tag", "1", text],
    "exchange new --with": lambda text: ["exchange", "new", "--role", "host", "--with", text],
}


@pytest.mark.parametrize("command", FUZZED.values(), ids=FUZZED.keys())
@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ANY_TEXT)
def test_any_argument_gets_an_answer_never_a_traceback(db: Path, command, text: str) -> None:
    if not db.exists():
        with Journal.open(db) as journal:
            journal.add_entry("an entry to tag")
    out, err = io.StringIO(), io.StringIO()
    stdin, sys.stdin = sys.stdin, io.StringIO("")  # `journal add --` reads standard input
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = run(command(text))
        except SystemExit as stop:  # argparse: a usage error
            code = stop.code if isinstance(stop.code, int) else 1
        finally:
            sys.stdin = stdin
    assert code in (0, 1, 2)
    assert "Traceback" not in err.getvalue()
    assert code == 0 or err.getvalue().strip()  # a refusal says why
    assert_inert(out.getvalue())
    assert_inert(err.getvalue())


# ---------------------------------------------------------------------- a write that fails


FULL = "can't save the turn: the disk holding the journal is full; free some space and try again"


@pytest.mark.parametrize("error", [StoreError(FULL), sqlite3.OperationalError(
    "database or disk is full")], ids=["the store's error", "SQLite's own"])
def test_an_answer_the_journal_refuses_is_printed_back(
        tmp_path: Path, db: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, error: Exception) -> None:
    saved = Journal.record_turn

    def record_turn(self: Journal, session_id: int, turn: object) -> None:
        if getattr(turn, "speaker", None) == "you":
            raise error
        saved(self, session_id, turn)  # type: ignore[arg-type]

    monkeypatch.setattr(Journal, "record_turn", record_turn)
    answers = tmp_path / "answers.txt"
    answers.write_text("My team waits for me to decide everything\n", encoding="utf-8")
    code, out, err = coach(capsys, "reflect", "think-it-through", "--answers", str(answers))
    assert code == 1
    assert "Traceback" not in err
    assert "your last answer wasn't saved; here it is, to copy:" in err
    assert "\nMy team waits for me to decide everything\n" in err
    assert "coach reflect --resume 1" in err
    assert err.rstrip().splitlines()[-1].startswith("coach: can't save the")
    assert "is full; " in err.rstrip().splitlines()[-1]
    with Journal.open(db) as journal:  # nothing half-saved; the session can be resumed
        assert [t.text for t in journal.turns(1) if t.speaker == "you"] == []
        assert journal.unfinished_sessions()[0].id == 1


def test_an_entry_written_in_the_editor_is_printed_back(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "editor.py"
    script.write_text("import sys\nopen(sys.argv[1], 'w').write('Words I wrote at length')\n")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    monkeypatch.setattr(sys, "stdin", Terminal())

    def refused(*args: object, **kwargs: object) -> int:
        raise StoreError("can't add the entry: the disk holding the journal is full")

    monkeypatch.setattr(Journal, "add_entry", refused)
    code, out, err = coach(capsys, "journal", "add")
    assert code == 1 and out == ""
    assert "the entry wasn't saved; here it is, to copy:\n\nWords I wrote at length\n" in err
    assert err.rstrip().endswith("disk holding the journal is full")


def test_an_editor_that_saves_latin1_loses_only_those_bytes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], db: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "editor.py"
    script.write_text("import sys\nopen(sys.argv[1], 'wb').write(b'Caf\\xe9 thoughts')\n")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    monkeypatch.setattr(sys, "stdin", Terminal())
    code, _, err = coach(capsys, "journal", "add")
    assert code == 0, err
    with Journal.open(db) as journal:
        assert journal.get_entry(1).body == "Caf\ufffd thoughts"  # type: ignore[union-attr]
