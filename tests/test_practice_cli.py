"""`coach practice` unattended: answers files, JSON, saving and confidentiality."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import TextIO

import pytest

from coach.cli import run
from coach.commands import practice as practice_command
from coach.commands.practice import Lines, verdict
from coach.engine.practice import Exercise, Setup, render_scorecard
from coach.engine.practice_subjects import debrief_questions
from coach.store import Journal

SCRIPT = """\
# turn 1: Bo listens to Ann
What was that like for you?
Did you enjoy it?

Have you tried talking to your manager?
What happened, and how did you feel about it?
[bold]So you felt left out.[/bold]
I think you should quit.
---
You felt left out.
no: the anger
You felt left out and angry.
yes
# turn 2: Ann listens to Bo
So it sounds like you were proud.
Why is that important?
end
You were proud of the team.
yes
It was harder than I expected.
"""


def practice(tmp_path: Path, capsys: pytest.CaptureFixture[str], script: str,
             *options: str) -> tuple[int, str, str]:
    answers = tmp_path / "answers.txt"
    answers.write_text(script, encoding="utf-8")
    code = run(["--db", str(tmp_path / "journal.db"), "practice", "--answers", str(answers),
                *options])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_scorecard_from_an_answers_file(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = practice(tmp_path, capsys, SCRIPT, "--speaker", "Ann", "--listener", "Bo",
                            "--json")
    assert code == 0
    data = json.loads(out)
    first, second = data["listeners"]
    assert {k: first[k] for k in ("name", "open", "closed", "multiple", "advice",
                                  "reflections", "input", "percent_open",
                                  "reflection_to_question", "playback_attempts")} == {
        # advice: hidden in "Have you tried...?" and said in "I think you should quit."
        "name": "Bo", "open": 2, "closed": 2, "multiple": 1, "advice": 2, "reflections": 1,
        "input": 1, "percent_open": 50.0, "reflection_to_question": 0.25,
        "playback_attempts": 2,
    }
    assert (second["name"], second["open"], second["reflections"]) == ("Ann", 1, 1)
    assert (second["reflection_to_question"], second["playback_attempts"]) == (1.0, 1)
    assert data["entry"] == 1


def test_the_scorecard_is_saved_as_a_practice_entry(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = practice(tmp_path, capsys, SCRIPT, "--speaker", "Ann", "--listener", "Bo",
                            "--subject", "2")
    assert code == 0
    assert "Saved to the journal as entry 1." in out
    assert "[bold]So you felt left out.[/bold]" in out  # markup shown literally
    with Journal.open(tmp_path / "journal.db") as journal:
        entry = journal.get_entry(1)
    assert entry is not None and entry.kind == "practice"
    assert "## Bo listening to Ann" in entry.body
    assert "Play-back: confirmed on attempt 2" in entry.body
    assert '"You felt left out and angry."' in entry.body
    assert "challenging learning experience" in entry.body


def test_no_save_leaves_the_journal_alone(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = practice(tmp_path, capsys, SCRIPT, "--no-save")
    assert code == 0 and "Saved" not in out
    with Journal.open(tmp_path / "journal.db") as journal:
        assert journal.get_entry(1) is None


WORDS = ["Xanthippe", "Quillon", "zebracorn", "marmalade", "lighthouse", "gooseberry",
         "periwinkle", "quokkaflight"]
SECRET = """\
What made the zebracorn matter to you?
So you felt marmalade about it.
---
You talked about the lighthouse.
no: the gooseberry
You talked about the lighthouse and the gooseberry.
yes
Why is periwinkle important?
---
You were proud.
yes
A periwinkle kind of day.
"""


def _raw_database(tmp_path: Path) -> bytes:
    files = sorted(tmp_path.glob("journal.db*"))
    assert files
    return b"".join(path.read_bytes() for path in files).lower()


@pytest.mark.parametrize("confidential", [True, False])
def test_confidential_stores_none_of_the_typed_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], confidential: bool
) -> None:
    options = ["--speaker", "Xanthippe", "--listener", "Quillon", "--subject", "quokkaflight"]
    code, out, _ = practice(tmp_path, capsys, SECRET, *options,
                            *(["--confidential"] if confidential else []))
    assert code == 0
    raw = _raw_database(tmp_path)
    found = [word for word in WORDS if word.lower().encode() in raw]
    if confidential:
        assert found == []
        with Journal.open(tmp_path / "journal.db") as journal:
            entry = journal.get_entry(1)
        assert entry is not None and "## Partner B listening to Partner A" in entry.body
        assert "## Partner A listening to Partner B" in entry.body
        assert "| reflections | 1 |" in entry.body
        assert "Play-back: confirmed on attempt 2" in entry.body
    else:  # the check can see the words when they are kept
        assert found == WORDS


def test_blank_lines_and_huge_pastes_are_accepted(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    huge = "So you felt " + "really " * 3000 + "tired."
    script = f"\n\n{huge}\n---\nYou were tired.\nyes\n"
    code, out, _ = practice(tmp_path, capsys, script, "--no-save", "--json")
    assert code == 0
    listener = json.loads(out)["listeners"][0]
    kinds = ("open", "closed", "reflections", "input", "other")
    assert sum(listener[k] for k in kinds) == 1  # one move, however long
    assert listener["playback_attempts"] == 1


def test_the_live_notes_stay_short(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    huge = "What " + "really " * 3000 + "happened?"
    code, out, _ = practice(tmp_path, capsys, f"{huge}\n---\n", "--no-save")
    assert code == 0
    assert max(len(line) for line in out.splitlines() if line.startswith("  ")) <= 170


def test_a_script_that_stops_early_still_gives_a_scorecard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = practice(tmp_path, capsys, "Did you enjoy it?\n", "--json", "--no-save")
    assert code == 0
    (only,) = json.loads(out)["listeners"]
    assert (only["closed"], only["playback_attempts"]) == (1, 0)


def test_an_unclear_verdict_names_the_line(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = practice(tmp_path, capsys, "Mm.\n---\nYou were tired.\nmaybe\n")
    assert code == 1
    assert "line 4" in err and "yes" in err


def test_a_turn_out_of_range_is_a_one_line_error(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = practice(tmp_path, capsys, "", "--turn", "90")
    assert code == 1 and err.startswith("coach: a turn must last")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes", (True, "")),
        ("Yes!", (True, "")),
        ("no", (False, "")),
        ("No: the Anger", (False, "the Anger")),
        ("not quite - the bit about Sam", (False, "the bit about Sam")),
        ("maybe", None),
    ],
)
def test_verdicts(text: str, expected: tuple[bool, str] | None) -> None:
    assert verdict(text) == expected


def test_help_documents_the_answers_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(["practice", "--help"])
    out = capsys.readouterr().out
    assert "---" in out and "no: what was missed" in out


def test_the_scorecard_template_renders_an_empty_exercise() -> None:
    card = Exercise(Setup(), clock=lambda: 0.0, questions=()).finish()
    text = render_scorecard(card)
    assert text.startswith("# Listening practice")
    assert render_scorecard(card.redacted()).startswith("# Listening practice")


def test_help_and_key_codes_in_a_turn_are_never_logged_as_moves(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = ("help\n\x1b[4~\n\x1b[A\nWhat was that like for you?\n---\nYou felt left out\nyes\n"
              "---\nyes\n")
    code, out, _ = practice(tmp_path, capsys, script, "--speaker", "Ann", "--listener", "Bo",
                            "--subject", "a change at work", "--json", "--no-save")
    assert code == 0
    card = json.loads(out[out.index("{"):])
    bo = card["listeners"][0]
    assert (bo["open"], bo["reflections"], bo["input"], bo["other"]) == (1, 0, 0, 0)


# ------------------------------------------------- at the keyboard: stopping part-way


class Keyboard(Lines):
    """Lines typed at a terminal, from a script: text, or EOFError (Ctrl-D) or
    KeyboardInterrupt (Ctrl-C) raised where they come."""

    interactive = True

    def __init__(self, keys: list[str | type[BaseException]], out: TextIO) -> None:
        self.keys, self.out = list(keys), out

    def read(self, prompt: str = "", timeout: float | None = None) -> str:
        print(prompt, file=self.out)
        key = self.keys.pop(0)
        if isinstance(key, str):
            return key
        raise key


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def at_the_keyboard(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                    monkeypatch: pytest.MonkeyPatch, keys: list[str | type[BaseException]],
                    *options: str) -> tuple[int, str]:
    """``coach practice`` as if typed at a terminal; every key must be used."""
    typed: list[Keyboard] = []

    def keyboard(stream: TextIO, out: TextIO) -> Keyboard:
        typed.append(Keyboard(keys, out))
        return typed[-1]

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(practice_command, "TerminalLines", keyboard)
    code = run(["--db", str(tmp_path / "journal.db"), "practice", "--speaker", "Ann",
                "--listener", "Bo", "--observer", "Cy", "--subject", "a change at work",
                "--thinking", "0", *options])
    assert typed and typed[0].keys == []
    return code, capsys.readouterr().out


def saved_entries(tmp_path: Path) -> list[str]:
    with Journal.open(tmp_path / "journal.db") as journal:
        return [entry.body for entry in journal.newest()]


WHOLE_RUN = ["What was that like?", "end", "You felt stuck.", "yes", "",
             "So you were proud.", "end", "You were proud.", "yes",
             *[""] * len(debrief_questions())]


def test_going_back_after_ctrl_d_carries_on_to_the_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = [*WHOLE_RUN[:1], EOFError, "", *WHOLE_RUN[1:]]
    code, out = at_the_keyboard(tmp_path, capsys, monkeypatch, keys)
    assert code == 0
    assert "Keep the scorecard so far in the journal?" in out
    assert "Back to the practice." in out
    assert "Saved to the journal as entry 1." in out
    (body,) = saved_entries(tmp_path)
    assert "## Bo listening to Ann" in body and "## Ann listening to Bo" in body


@pytest.mark.parametrize("stop", [EOFError, KeyboardInterrupt])
def test_discarding_part_way_saves_nothing_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    stop: type[BaseException],
) -> None:
    keys = ["What was that like?", stop, "d"]
    code, out = at_the_keyboard(tmp_path, capsys, monkeypatch, keys)
    assert code == (130 if stop is KeyboardInterrupt else 0)
    assert "nothing was saved to the journal" in out
    assert "# Listening practice" not in out
    assert saved_entries(tmp_path) == []


def test_keeping_part_way_saves_the_scorecard_so_far(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = ["What was that like?", "end", "You felt stuck.", KeyboardInterrupt, "maybe", "k"]
    code, out = at_the_keyboard(tmp_path, capsys, monkeypatch, keys)
    assert code == 130
    assert "(Type k to keep it, d to discard it, or press Enter to go back.)" in out
    assert "Saved to the journal as entry 1." in out
    (body,) = saved_entries(tmp_path)
    assert "## Bo listening to Ann" in body and "Ann listening to Bo" not in body


@pytest.mark.parametrize("again", [EOFError, KeyboardInterrupt])
def test_stopping_again_at_the_question_saves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    again: type[BaseException],
) -> None:
    code, out = at_the_keyboard(tmp_path, capsys, monkeypatch,
                                ["What was that like?", KeyboardInterrupt, again])
    assert code == 130
    assert "nothing was saved to the journal" in out
    assert saved_entries(tmp_path) == []


def test_no_save_part_way_offers_leaving_with_the_scorecard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = at_the_keyboard(tmp_path, capsys, monkeypatch,
                                ["What was that like?", EOFError, "l"], "--no-save")
    assert code == 0
    assert "(not saved: --no-save)" in out
    assert "## Bo listening to Ann" in out
    assert "Nothing was saved to the journal (--no-save)." in out
    assert saved_entries(tmp_path) == []


@pytest.mark.parametrize("stop", [EOFError, KeyboardInterrupt])
def test_stopping_before_the_first_turn_saves_nothing_without_asking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    stop: type[BaseException],
) -> None:
    code, out = at_the_keyboard(tmp_path, capsys, monkeypatch, [stop], "--thinking", "60")
    assert code == (130 if stop is KeyboardInterrupt else 0)
    assert "stopped before the first turn: nothing was saved" in out
    assert "Keep the scorecard" not in out
    assert saved_entries(tmp_path) == []


def test_stopping_in_the_set_up_saves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed: list[Keyboard] = []
    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(practice_command, "TerminalLines",
                        lambda stream, out: typed.append(Keyboard([EOFError], out)) or typed[-1])
    code = run(["--db", str(tmp_path / "journal.db"), "practice"])
    assert code == 0 and typed[0].keys == []
    assert "stopped before it began: nothing was saved" in capsys.readouterr().out
    assert saved_entries(tmp_path) == []


def test_a_script_that_stops_early_is_saved_without_asking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = practice(tmp_path, capsys, "Did you enjoy it?\n")
    assert code == 0
    assert "Saved to the journal as entry 1." in out and "Keep the scorecard" not in out
    assert len(saved_entries(tmp_path)) == 1
