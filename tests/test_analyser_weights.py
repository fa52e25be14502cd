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


def test_the_context_act_model_is_shipped_with_the_same_columns(data: dict) -> None:
    assert data["context_weights"] and data["context_used"] == 3
    assert all(len(row) == len(HEADS) for row in data["context_weights"].values())
    assert any(f.startswith("ov:") for f in data["context_weights"])
    assert any(f.startswith("pw:") for f in data["context_weights"])


def test_context_features_count_the_words_said_back() -> None:
    from coach.engine.analyser_model import context_features

    feats = context_features(
        "You're exhausted from carrying the handover.",
        ["What's been hardest?", "Carrying the handover. I'm exhausted."],
    )
    # three content stems shared (exhaust, carry, handover): all of this utterance's
    assert "ov:n3-5" in feats and "ov:c4" in feats
    assert "p:qFalse" in feats and "pp:qTrue" in feats
    assert "yi:TrueTrue" in feats  # "I'm" before, "you're" now
    assert "pw:handover" in feats and "ppw:hardest" in feats
    assert context_features("Anything else?", []) == []


def test_scoring_in_context_matches_the_explicit_features(data: dict) -> None:
    from coach.engine.analyser_model import features_in_context

    model = LinearModel.from_dict(data)
    talk = [
        "How has the week been?",
        "Honestly awful. The board changed the report again and I rewrote it twice.",
        "The board changed it again and you rewrote it twice.",
        "Yes, and nobody even read it.",
        "What would you like to happen next time?",
    ]
    for i in range(1, len(talk)):
        text, context = talk[i], talk[:i]
        low = text.lower()
        explicit = model.score(features(text, low, context), context=True)
        feats, previous, own = features_in_context(text, low, context)
        fast = model.score(feats, context=True, previous=previous, own=own)
        assert fast.act == explicit.act
        assert abs(fast.act_probability - explicit.act_probability) < 1e-9
        assert abs(fast.advice - explicit.advice) < 1e-9


def test_rows_packed_in_one_go_are_the_rows_packed_field_by_field() -> None:
    import random

    from coach.engine.analyser_model import _pack, _packer

    rng = random.Random(7)
    # (within 2**53 once scaled, where field-by-field packing's float product is exact)
    picks = [0, 1, -1, 2**40, -(2**40), 2**44, -(2**44)]
    for n, factor in ((13, 100.0), (5, 1.0), (13, 0.5)):
        pack = _packer(n, factor)
        for _ in range(2000):
            row = [rng.choice(picks) if rng.random() < 0.3 else rng.randint(-10**6, 10**6)
                   for _ in range(n)]
            assert pack(row) == _pack(row, factor), row
        # fractions, a row of another length and numbers too big for a field fall back
        for row in ([0.25] * n, [1] * (n + 1), [2**70] + [0] * (n - 1)):
            assert pack(row) == _pack(row, factor)
