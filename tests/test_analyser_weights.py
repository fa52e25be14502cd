"""The shipped analyser weights: their shape, their size, and that every act is reachable."""

from __future__ import annotations

import json

import pytest

from coach.engine.analyser import Analyser
from coach.engine.analyser_model import HEADS, WEIGHTS_FILE, LinearModel, features


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))


def test_weights_file_is_small(data: dict) -> None:
    assert WEIGHTS_FILE.stat().st_size < 5 * 1024 * 1024


def test_weights_have_one_column_per_head(data: dict) -> None:
    assert data["heads"] == list(HEADS)
    assert data["weights"] and data["question_weights"]
    assert all(len(row) == len(HEADS) for row in data["weights"].values())
    assert "bias" in data["weights"] and "bias" in data["question_weights"]
    assert 0.0 < data["thresholds"]["advice"] <= 1.01
    assert 0.0 < data["thresholds"]["open"] < 1.0


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("What would you like to be different by the summer?", "question"),
        ("So you feel you've been carrying the team on your own.", "reflection"),
        ("I think the research shows that sleep matters a lot.", "input"),
        ("Okay.", "other"),
    ],
)
def test_the_model_alone_reaches_every_act(data: dict, text: str, act: str) -> None:
    model = LinearModel.from_dict(data)
    assert model.score(features(text)).act == act


def test_open_and_closed_both_reachable_from_the_model(data: dict) -> None:
    analyser = Analyser(LinearModel.from_dict(data))
    # Neither starts with a word the rules decide on, so the model settles them.
    assert analyser.question_kind("And the other not so good things about it?") == "open"
    assert analyser.question_kind("Twenty a week, give or take?") == "closed"
