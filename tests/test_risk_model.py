"""The trained model behind the risk rules: shipped, read in pure Python, and careful."""

from __future__ import annotations

import pytest

from coach.engine import risk
from coach.engine import risk_model as rm


def test_the_shipped_weights_load_and_score() -> None:
    model = rm.shipped_model()
    assert model is not None and model.risk_weights and 0.5 < model.threshold < 1
    assert 0.0 <= model.probability(risk.normalise("The rota is fine this week.")) <= 1.0


@pytest.mark.parametrize("text", [
    "I have to do everything myself and can't let go",
    "I'm stretched thin between my boss and my team",
    "Nobody tells us anything, we just wait for permission",
    "I don't know",
    "The handover went badly and I felt like a failure in front of the consultant",
    "We need to stop the bleeding on agency spend before the board meets",
])
def test_everyday_workplace_talk_is_not_heard_as_risk(text: str) -> None:
    assert risk.risk_kind(text) is None


@pytest.mark.parametrize("text", [
    "I'd never hurt myself, I just need a holiday",
    "No thoughts of ending it, honestly, just tired",
])
def test_an_outright_denial_silences_the_model(text: str) -> None:
    model = rm.shipped_model()
    assert model is not None and not model.could_hear(risk.normalise(text))
    assert risk.risk_kind(text) is None


def test_long_text_is_read_in_windows_so_a_buried_clause_counts() -> None:
    work = "We went through the rota and the agency spend and the audit actions. " * 30
    buried = work + "I have been saving up my tablets for weeks now. " + work
    model = rm.shipped_model()
    assert model is not None
    short = model.probability(risk.normalise("I have been saving up my tablets for weeks now."))
    assert model.probability(risk.normalise(buried)) == pytest.approx(short, abs=0.2)
    assert risk.risk_kind(buried) == "suicide"


#: Heard by the model, not by the rules.
MODEL_ONLY = "lately I picture the cliff path and feel calm"


def test_the_model_hears_what_the_rules_do_not() -> None:
    assert risk.rule_kind(MODEL_ONLY) is None
    assert risk.risk_kind(MODEL_ONLY) == "suicide"


def test_without_weights_the_rules_still_hear(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rm, "shipped_model", lambda: None)
    assert risk.risk_kind(MODEL_ONLY) is None  # the model is really out of the way
    assert risk.risk_kind("I want to kill myself") == "suicide"
    assert risk.risk_kind("The deadline is killing me") is None


def test_features_name_words_classes_and_their_pairs() -> None:
    feats = rm.features("i want to jump off the bridge")
    assert "w:bridge" in feats and "c:MEANS" in feats and "p:SELF WISH" in feats
    assert feats == sorted(set(feats))
