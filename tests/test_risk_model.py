"""The trained model behind the risk rules: shipped, read in pure Python, and careful."""

from __future__ import annotations

import json
import re

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


def _named_features(low: str) -> set[str]:
    """The model's features as they were first defined, by name, for a check."""
    words = [w for w in rm._WORD.findall(low) if w not in rm.STYLE]
    tags = [rm.CLASSES.get(w, "") for w in words]
    feats = {"w:" + w for w in words} | {"c:" + t for t in tags if t}
    feats |= {f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    for i, a in enumerate(tags):
        for j in range(i + 1, min(i + 4, len(tags))):
            if a:
                feats.add(f"p:{a} {tags[j]}" if tags[j] else f"m:{a} {words[j]}")
        if a and i and not tags[i - 1]:
            feats.add(f"m:{words[i - 1]} {a}")
    return feats


@pytest.mark.parametrize("text", [
    "I want to jump off the bridge.",
    "Lol I just want it all to stop tbh",
    "The rota's fine. My manager isn't. I keep picturing the tablets. Not work, life! "
    "He shoved me; I'm scared of him.",
    "one. two. three. four words here. i i i. my my",
])
def test_each_window_holds_the_features_of_its_two_sentences(text: str) -> None:
    low = risk.normalise(text)
    sentences = [s.strip() for s in rm._SENTENCE.findall(low) if s.strip()]
    if len(sentences) <= 2:
        expected = [_named_features(low)]
    else:
        expected = [_named_features(f"{a} . {b}") for a, b in zip(sentences, sentences[1:])]
    assert [set(map(rm.feature_name, w)) for w in rm._windows(low)] == expected
    assert set(rm.features(low)) == _named_features(low)


def test_the_weights_file_reads_back_to_the_same_numbers() -> None:
    text = rm.WEIGHTS_FILE.read_text(encoding="utf-8")
    model = rm.RiskModel.from_dict(json.loads(text))
    assert json.dumps(model.to_dict(), sort_keys=True, separators=(",", ":")) + "\n" == text


def test_every_weight_names_one_feature() -> None:
    model = rm.shipped_model()
    assert model is not None
    word = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
    for weights in (model.risk_weights, *model.kind_weights.values()):
        for feature in weights:
            parts = feature.split(" ")
            assert len(parts) in (1, 2), feature
            assert all(p in rm.CLASSES.values() or word.fullmatch(p) for p in parts), feature
