"""Line mode: framework ids in any case with a did-you-mean, tags as the app writes them,
prefix search, a recap on resume, and where coach keeps everything."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from coach.cli import run
from coach.engine.frameworks import UnknownFramework, find_framework, load_frameworks
from coach.store import Journal


def coach(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db() -> Path:
    return Path(os.environ["COACH_DB"])


# ---------------------------------------------------------------------- framework ids

FRAMEWORKS = load_frameworks().frameworks


@pytest.mark.parametrize(("typed", "found"), [
    ("SCIN", "scin"), ("Scin", "scin"), (" cynefin ", "cynefin"),
    ("Think It Through", "think-it-through"), ("think_it_through", "think-it-through"),
    ("Solutions Focus", "solutions-focus"),
])
def test_ids_are_read_without_regard_to_case(typed: str, found: str) -> None:
    assert find_framework(FRAMEWORKS, typed).id == found


@pytest.mark.parametrize(("typed", "suggested"), [
    ("scinn", "scin"), ("think-it-thru", "think-it-through"), ("Cynefn", "cynefin"),
])
def test_a_near_miss_is_answered_with_did_you_mean(typed: str, suggested: str) -> None:
    with pytest.raises(UnknownFramework, match=f"did you mean {suggested}"):
        find_framework(FRAMEWORKS, typed)


def test_reflect_takes_an_id_in_capitals(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("stop\n", encoding="utf-8")
    code, out, _ = coach(capsys, "reflect", "SCIN", "--answers", str(answers))
    assert code == 0 and "SCIN" in out


@pytest.mark.parametrize("argv", [["reflect", "scinn"], ["frameworks", "show", "scinn"]])
def test_an_unknown_id_is_one_line_with_a_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("stop\n", encoding="utf-8")
    extra = ["--answers", str(answers)] if argv[0] == "reflect" else []
    code, out, err = coach(capsys, *argv, *extra)
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        "coach: no framework called 'scinn'; did you mean scin? "
        "`coach frameworks list` shows them all"]


def test_frameworks_show_takes_any_case(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = coach(capsys, "frameworks", "show", "SCIN")
    assert code == 0 and out.startswith("SCIN")


def test_no_match_at_all_names_the_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = coach(capsys, "frameworks", "show", "zzzz")
    assert code == 1 and "did you mean" not in err and "choose one of: " in err
    assert "scin" in err and "think-it-through" in err and len(err.splitlines()) == 1


# ---------------------------------------------------------------------- tags


def tags_of(db: Path, entry_id: int) -> tuple[str, ...]:
    with Journal.open(db) as journal:
        entry = journal.get_entry(entry_id)
    assert entry is not None
    return entry.tags


@pytest.mark.parametrize(("words", "after"), [
    (["-board"], ("draft",)),
    (["-board", "+launch", "team"], ("draft", "launch", "team")),
    (["--", "-draft"], ("board",)),
    (["--remove", "board"], ("draft",)),
    (["board,", "-draft,", "Self Care"], ("board", "self-care")),
    (["launch,-draft"], ("board", "launch")),
])
def test_tag_syntax_is_the_apps(capsys: pytest.CaptureFixture[str], db: Path,
                                words: list[str], after: tuple[str, ...]) -> None:
    with Journal.open(db) as journal:
        entry_id = journal.add_entry("Board prep.", tags=["board", "draft"])
    code, out, err = coach(capsys, "journal", "tag", str(entry_id), *words)
    assert (code, err) == (0, "")
    assert tags_of(db, entry_id) == after
    assert out.startswith(f"Entry {entry_id}:")


def test_no_tags_given_is_one_line(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    with Journal.open(db) as journal:
        entry_id = journal.add_entry("Nothing to tag.")
    code, _, err = coach(capsys, "journal", "tag", str(entry_id))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "no tags given" in err


# ---------------------------------------------------------------------- prefix search


def test_journal_search_by_prefix(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    with Journal.open(db) as journal:
        direct = journal.add_entry("She spoke directly to the board.")
        direction = journal.add_entry("We changed direction.")
        delegation = journal.add_entry("The delegation went fine.")
        journal.add_entry("Dire straits this week.")
    code, out, _ = coach(capsys, "journal", "search", "direct*", "--json")
    assert code == 0
    assert sorted(hit["id"] for hit in json.loads(out)) == [direct, direction]
    code, out, _ = coach(capsys, "journal", "search", "delegat*", "--json")
    assert [hit["id"] for hit in json.loads(out)] == [delegation]
    code, out, _ = coach(capsys, "journal", "search", "direct", "--json")
    assert [hit["id"] for hit in json.loads(out)] == [direction]  # no star: the word itself


# ---------------------------------------------------------------------- resume recap


def test_resuming_recaps_the_stage_and_the_question_that_stands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.txt"
    first.write_text("My team keeps waiting for me to decide\npause\n", encoding="utf-8")
    code, out, _ = coach(capsys, "reflect", "think-it-through", "--answers", str(first),
                         "--seed", "1")
    assert code == 0 and "Resume with" in out
    with Journal.open(Path(os.environ["COACH_DB"])) as journal:
        [info] = journal.unfinished_sessions()
        asked = [t for t in journal.turns(info.id) if t.speaker == "coach"
                 and t.kind in ("question", "follow-up", "clean", "playback", "reflect")]
    then = tmp_path / "then.txt"
    then.write_text("stop\n", encoding="utf-8")
    code, out, _ = coach(capsys, "reflect", "--resume", "--answers", str(then))
    recap = out.splitlines()[0]
    assert recap.startswith("Recap: stage 1 of 4, Goal; 1 answer so far.")
    standing = [t.text for t in asked if t.kind != "reflect"][-1]
    assert f'The question that stands: "{standing}"' in recap
    assert "Welcome back" in out.splitlines()[1]


# ---------------------------------------------------------------------- paths


def test_paths_says_where_everything_lives(capsys: pytest.CaptureFixture[str],
                                          private_home: Path) -> None:
    code, out, _ = coach(capsys, "paths")
    assert code == 0
    lines = {line.split("  ")[0]: line for line in out.splitlines() if "  " in line}
    home = Path(os.environ["COACH_HOME"])
    assert str(Path(os.environ["COACH_DB"])) in lines["journal"] and "COACH_DB" in lines["journal"]
    assert str(home / "config" / "config.toml") in lines["settings"]
    assert str(home / "frameworks") in lines["frameworks"]
    assert str(home / "prompts") in lines["prompts"]
    assert str(home / "crash-reports") in lines["crash reports"] and "COACH_HOME" in out
    assert not home.exists()  # asking creates nothing


def test_paths_as_json_follow_coach_home(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COACH_DB")
    monkeypatch.setenv("COACH_HOME", str(tmp_path / "elsewhere"))
    code, out, _ = coach(capsys, "paths", "--json")
    found = json.loads(out)
    assert found["journal"] == str(tmp_path / "elsewhere" / "journal.db")
    assert found["settings"] == str(tmp_path / "elsewhere" / "config" / "config.toml")
    assert found["crash reports"] == str(tmp_path / "elsewhere" / "crash-reports")
    code, out, _ = coach(capsys, "--db", str(tmp_path / "mine.db"), "paths", "--json")
    assert json.loads(out)["journal"] == str(tmp_path / "mine.db")
