"""`coach frameworks list`, `show` and `validate`."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.__main__ import main
from coach.engine.frameworks import load_frameworks
from coach.resources import bundled_directory
from tests.test_frameworks import GOOD

IDS = sorted(load_frameworks([bundled_directory("frameworks")]).frameworks)


def test_list_shows_every_framework_with_think_it_through_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["frameworks", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("think-it-through ")
    assert sorted(line.split()[0] for line in lines) == IDS


def test_show_lists_stages_questions_and_branches(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "show", "cynefin"]) == 0
    out = capsys.readouterr().out
    framework = load_frameworks([bundled_directory("frameworks")]).frameworks["cynefin"]
    for stage in framework.stages:
        assert stage.title in out
        for question in stage.questions:
            assert question in out
    assert "goes to chaotic on:" in out


def test_show_an_unknown_id(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "show", "nope"]) == 1
    assert "no framework called 'nope'" in capsys.readouterr().err


def test_validate_passes_good_files_and_fails_broken_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "tiny.toml"
    good.write_text(GOOD, encoding="utf-8")
    assert main(["frameworks", "validate", str(good)]) == 0
    assert "ok (tiny, 1 stage)" in capsys.readouterr().out
    broken = tmp_path / "broken.toml"
    broken.write_text(GOOD.replace('title = "Tiny"', 'titel = "Tiny"'), encoding="utf-8")
    assert main(["frameworks", "validate", str(good), str(broken)]) == 1
    err = capsys.readouterr().err
    assert f"{broken}:2: titel: unknown key (hint: did you mean 'title'?)" in err


def test_a_broken_user_framework_is_reported_and_the_rest_still_list(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coach import paths

    folder = paths.user_frameworks_directory()
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text("id = [", encoding="utf-8")
    assert main(["frameworks", "list"]) == 0
    captured = capsys.readouterr()
    assert "mine.toml" in captured.err and "not valid TOML" in captured.err
    assert len(captured.out.splitlines()) == len(IDS)


def test_validate_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frameworks", "validate", str(tmp_path / "absent.toml")]) == 1
    assert "cannot be read" in capsys.readouterr().err


def test_validate_reports_every_problem_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (GOOD.replace('source = "tests"\n', "")
            .replace('purpose = "The only stage."', 'purpose = ""')
            + '\n[[stages]]\nid = "two"\ntitle = "Two"\npurpose = "p"\nquestions = []\n')
    broken = tmp_path / "many.toml"
    broken.write_text(text, encoding="utf-8")
    assert main(["frameworks", "validate", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "source: missing" in err
    assert "stages[1].purpose: must be non-empty text" in err
    assert "stages[2].questions: must be a non-empty list" in err
