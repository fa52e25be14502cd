"""Hostile framework files: nested, huge or full of wrong values, each is reported like
any broken file (file, key, line) and every other framework still loads everywhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach import paths
from coach.__main__ import main
from coach.engine.frameworks import (
    MAX_FILE_BYTES,
    MAX_PROBLEMS,
    FrameworkError,
    load_file,
    load_frameworks,
    parse_framework,
)
from coach.tui.app import CoachApp
from tests import tui_helpers
from tests.test_frameworks import GOOD
from tests.test_tui_frameworks import open_the_picker

DEEP = 100_000
HOSTILE = {
    "nested-array": "x = " + "[" * DEEP + "]" * DEEP + "\n",
    "nested-inline-table": "x = " + "{a = " * DEEP + "1" + "}" * DEEP + "\n",
    "long-dotted-key": "x" + ".a" * DEEP + " = 1\n",
    "long-dotted-header": "[" + ".".join(["a"] * DEEP) + "]\n",
    "nested-under-a-stage": GOOD + "follow_ups = " + "[" * DEEP + "]" * DEEP + "\n",
}
WORDS = {
    "nested-array": "nested too deeply",
    "nested-inline-table": "nested too deeply",
    "long-dotted-key": "dotted key of more than",
    "long-dotted-header": "dotted key of more than",
    "nested-under-a-stage": "nested too deeply",
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_deeply_nested_file_is_a_broken_file(name: str) -> None:
    with pytest.raises(FrameworkError) as caught:
        parse_framework(HOSTILE[name], "deep.toml")
    assert WORDS[name] in str(caught.value)
    assert str(caught.value).startswith("deep.toml")


def test_a_huge_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    path.write_text(GOOD + "# padding\n" * (MAX_FILE_BYTES // 10 + 1), encoding="utf-8")
    with pytest.raises(FrameworkError, match="too large for a framework"):
        load_file(path)


def test_a_pipe_or_folder_named_like_a_framework_is_reported_not_waited_on(
    user_folder: Path,
) -> None:
    os.mkfifo(user_folder / "pipe.toml")
    (user_folder / "folder.toml").mkdir()
    result = load_frameworks()
    assert "tiny" in result.frameworks
    assert sorted((Path(e.path).name, e.message) for e in result.errors) == [
        ("folder.toml", "is not a regular file"), ("pipe.toml", "is not a regular file"),
    ]


def test_every_wrong_value_is_reported_with_the_missing_keys_and_their_lines() -> None:
    text = GOOD.replace(
        'title = "One"\npurpose = "The only stage."\nquestions = ["What is on your mind?"]',
        'purpose = 42\nquestions = "a string"\nplayback = "sometimes"\nmax_words = 0\n'
        'answers = true\nnext = 7',
    )
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text, "mine.toml")
    found = [(e.key, e.line) for e in (caught.value, *caught.value.more)]
    assert found == [
        ("stages[1].title", 7),
        ("stages[1].purpose", 9),
        ("stages[1].questions", 10),
        ("stages[1].playback", 11),
        ("stages[1].answers", 13),
        ("stages[1].max_words", 12),
        ("stages[1].next", 14),
    ]


def test_problems_in_branches_and_links_come_in_the_same_run() -> None:
    text = (
        GOOD.replace('id = "tiny"', 'id = "Tiny!"')
        + 'next = "nowhere"\n\n[[stages.branches]]\nwhen = "stuck"\ngoto = 3\nelse = 1\n'
        + '\n[[stages]]\nid = "one"\ntitle = "Again"\npurpose = "p"\nquestions = ["How?"]\n'
    )
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text, "mine.toml")
    found = {(e.key, e.line) for e in (caught.value, *caught.value.more)}
    assert ("id", 1) in found
    assert {("stages[1].branches[1].when", 15), ("stages[1].branches[1].goto", 16),
            ("stages[1].branches[1].else", 17)} <= found


def test_tens_of_thousands_of_unknown_tables_are_counted_not_listed() -> None:
    count = 20_000
    text = GOOD + "".join(f"[table{i}]\nvalue = {i}\n" for i in range(count))
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text, "many.toml")
    problems = [caught.value, *caught.value.more]
    assert len(problems) == MAX_PROBLEMS + 1
    assert [(p.key, p.line) for p in problems[:3]] == [
        ("table0", 12), ("table1", 14), ("table2", 16),
    ]
    assert problems[MAX_PROBLEMS - 1].line == 12 + 2 * (MAX_PROBLEMS - 1)
    assert f"and {count - MAX_PROBLEMS:,} more problems" in str(problems[-1])


@pytest.fixture
def user_folder() -> Path:
    folder = paths.user_frameworks_directory()
    folder.mkdir(parents=True)
    (folder / "tiny.toml").write_text(GOOD, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", ["nested-array", "long-dotted-key"])
def test_frameworks_list_and_reflect_skip_a_nested_user_file(
    user_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (user_folder / "deep.toml").write_text(HOSTILE[name], encoding="utf-8")
    assert main(["frameworks", "list"]) == 0
    out, err = capsys.readouterr()
    assert "tiny" in out and "think-it-through" in out
    assert "deep.toml" in err and "Traceback" not in err
    answers = tmp_path / "answers.txt"
    answers.write_text("stop\n", encoding="utf-8")
    assert main(["reflect", "tiny", "--answers", str(answers)]) == 0
    assert "deep.toml" in capsys.readouterr().err


async def test_the_app_picker_lists_the_rest_beside_a_nested_file(
    user_folder: Path, tmp_path: Path
) -> None:
    (user_folder / "deep.toml").write_text(HOSTILE["nested-array"], encoding="utf-8")
    with tui_helpers.memory_journal() as journal:
        app: CoachApp = tui_helpers.build_app(journal, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await tui_helpers.settle(pilot)
            ids = await open_the_picker(pilot)
    assert "tiny" in ids and "think-it-through" in ids


def test_load_frameworks_keeps_going_past_every_kind_of_broken_file(user_folder: Path) -> None:
    for name, text in HOSTILE.items():
        (user_folder / f"{name}.toml").write_text(text, encoding="utf-8")
    result = load_frameworks()
    assert "tiny" in result.frameworks and "think-it-through" in result.frameworks
    assert len(result.errors) == len(HOSTILE)


# Random TOML-ish text: fragments of a framework file, shuffled, cut and nested.
FRAGMENTS = st.sampled_from([
    'id = "tiny"', 'title = "T"', 'purpose = "p"', 'source = "s"', 'suits = ["solo"]',
    "[[stages]]", "[[stages.branches]]", "[stages]", 'questions = ["What?"]', "questions = 3",
    'when = ["x"]', 'goto = "end"', "playback = true", "answers = 2", "max_words = -1",
    'next = "one"', "reframes = 1", "x = [", "]", "{", "}", '"""', "'''", "a.b.c = 1",
    "x = 1.5", "= =", "[[", "#", "\\u0000", "x = 9999999999999999999999", "x = {a = 1}",
])
TEXT = st.one_of(
    st.lists(FRAGMENTS, max_size=25).map("\n".join),
    st.text(max_size=200),
    st.builds(lambda d: "x = " + "[" * d + "]" * d, st.integers(0, 3000)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_random_framework_text_loads_or_is_a_framework_error(text: str) -> None:
    try:
        framework = parse_framework(text, "fuzz.toml")
    except FrameworkError as exc:
        for problem in (exc, *exc.more):
            message = str(problem)
            assert message.startswith("fuzz.toml") and "\n" not in message.strip()
    else:
        assert framework.stages
