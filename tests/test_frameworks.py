"""Framework files: every bundled one loads; broken ones are reported precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.engine.frameworks import FrameworkError, load_frameworks, parse_framework
from coach.resources import bundled_directory

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = sorted((ROOT / "frameworks").glob("*.toml"))

REQUIRED = {
    "think-it-through", "scin", "check-in", "check-out", "review-and-retro",
    "tops-middles-bottoms", "solutions-focus", "iceberg", "cynefin", "systemcraft",
    "empathy-map", "common-purpose", "map-the-system", "change-challenge", "pilot",
    "avoiding-collusion", "leverage", "next-steps",
}

GOOD = """\
id = "tiny"
title = "Tiny"
purpose = "A small framework."
source = "tests"
suits = ["solo"]

[[stages]]
id = "one"
title = "One"
purpose = "The only stage."
questions = ["What is on your mind?"]
"""


def test_every_required_framework_ships() -> None:
    result = load_frameworks([bundled_directory("frameworks")])
    assert result.errors == []
    assert REQUIRED <= set(result.frameworks)


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_file_loads_with_its_file_name_as_id(path: Path) -> None:
    framework = parse_framework(path.read_text(encoding="utf-8"), str(path))
    assert framework.id == path.stem
    assert framework.stages
    for stage in framework.stages:
        assert stage.answers >= len(stage.questions)


BROKEN = [
    # (replace this, with that, key named, line named, words in the message)
    ('title = "Tiny"', 'title = 3', "title", 2, "non-empty text"),
    ('title = "Tiny"', 'titel = "Tiny"', "titel", 2, "did you mean 'title'"),
    ('id = "tiny"', 'id = "Not An Id"', "id", 1, "not a valid id"),
    ('suits = ["solo"]', 'suits = ["everyone"]', "suits", 5, "solo, pair, group"),
    ('questions = ["What is on your mind?"]', 'questions = []', "stages[1].questions", 11,
     "non-empty list"),
    ('questions = ["What is on your mind?"]', 'questions = ["What?"]\nanswers = 0',
     "stages[1].answers", 12, "at least 1"),
    ('questions = ["What is on your mind?"]', 'questions = ["What?"]\nnext = "nowhere"',
     "stages[1].next", 12, "not a stage"),
    ('purpose = "The only stage."', 'purpose = "The only stage."\nplayback = "yes"',
     "stages[1].playback", 11, "true or false"),
    ('questions = ["What is on your mind?"]', 'questions = ["What?"]\nfollowups = ["How?"]',
     "stages[1].followups", 12, "did you mean 'follow_ups'"),
    ('questions = ["What is on your mind?"]', 'questions = ["What?"]\n[stages.if_untried]\n'
     '"How did it go?" = "How might it go?"', "stages[1].if_untried", 12,
     "not one of this stage's questions"),
    ('questions = ["What is on your mind?"]', 'questions = ["What?"]\n[stages.if_untried]\n'
     '"What?" = 3', "stages[1].if_untried", 12, "must be text"),
    ('questions = ["What is on your mind?"]', 'questions = ["What?"]\n[stages.alternatives]\n'
     '"What?" = "What else?"', "stages[1].alternatives", 12, "non-empty list of questions"),
    ('questions = ["What is on your mind?"]', 'questions = ["What?"]\nif_untried = ["What?"]',
     "stages[1].if_untried", 12, "must be a table"),
    ('suits = ["solo"]', 'suits = ["solo"]\ncommitment = "no"', "commitment", 6,
     "true or false"),
    ('suits = ["solo"]', 'suits = ["solo"]\ncheckout = 0', "checkout", 6, "true or false"),
]


def test_a_stage_reads_what_to_ask_until_something_is_tried_and_other_wordings() -> None:
    text = GOOD.replace('questions = ["What is on your mind?"]',
                        'questions = ["What is on your mind?", "How did the trial go?"]\n'
                        'follow_ups = ["Who used it?"]\n'
                        '[stages.if_untried]\n"How did the trial go?" = "What might the trial '
                        'show?"\n"Who used it?" = ""\n'
                        '[stages.alternatives]\n"What is on your mind?" = ["What is with '
                        'you today?"]\n')
    stage = parse_framework(text, "mine.toml").stages[0]
    assert stage.untried("How did the trial go?") == "What might the trial show?"
    assert stage.untried("Who used it?") == ""
    assert stage.untried("What is on your mind?") is None
    assert stage.rewordings("What is on your mind?") == ("What is with you today?",)
    assert stage.rewordings("How did the trial go?") == ()


@pytest.mark.parametrize(("old", "new", "key", "line", "words"), BROKEN)
def test_broken_file_names_file_key_and_line(
    old: str, new: str, key: str, line: int, words: str
) -> None:
    text = GOOD.replace(old, new)
    assert text != GOOD
    with pytest.raises(FrameworkError) as caught:
        parse_framework(text, "mine.toml")
    error = caught.value
    assert (error.path, error.key, error.line) == ("mine.toml", key, line)
    assert words in str(error)
    assert str(error).startswith(f"mine.toml:{line}: {key}:")


def test_syntax_error_names_the_line() -> None:
    with pytest.raises(FrameworkError) as caught:
        parse_framework(GOOD.replace('title = "Tiny"', 'title = "Tiny'), "mine.toml")
    assert caught.value.line == 2
    assert "not valid TOML" in str(caught.value)


def test_one_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "tiny.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "broken.toml").write_text("id = [", encoding="utf-8")
    (tmp_path / "binary.toml").write_bytes(b"\xff\xfe\x00junk")
    result = load_frameworks([tmp_path])
    assert list(result.frameworks) == ["tiny"]
    assert sorted(Path(e.path).name for e in result.errors) == ["binary.toml", "broken.toml"]


def test_user_frameworks_extend_and_override_the_bundled_ones(tmp_path: Path) -> None:
    user = tmp_path / "user"
    user.mkdir()
    (user / "tiny.toml").write_text(GOOD, encoding="utf-8")
    override = GOOD.replace('id = "tiny"', 'id = "check-in"').replace('"Tiny"', '"My check-in"')
    (user / "check-in.toml").write_text(override, encoding="utf-8")
    result = load_frameworks([user, bundled_directory("frameworks")])
    assert result.frameworks["tiny"].title == "Tiny"
    assert result.frameworks["check-in"].title == "My check-in"
    assert "think-it-through" in result.frameworks


def test_default_search_path_reads_the_user_folder(private_home: Path) -> None:
    from coach import paths

    folder = paths.user_frameworks_directory()
    folder.mkdir(parents=True)
    (folder / "tiny.toml").write_text(GOOD, encoding="utf-8")
    assert "tiny" in load_frameworks().frameworks


def test_duplicate_stage_ids_are_refused() -> None:
    text = GOOD + GOOD[GOOD.index("[[stages]]"):]
    with pytest.raises(FrameworkError, match="duplicate stage id"):
        parse_framework(text, "mine.toml")
