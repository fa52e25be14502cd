"""The listening analyser: the API, the workplace cases, reframes and risk."""

from __future__ import annotations

import subprocess
import sys

import pytest
from workplace_cases import CASES

from coach.engine.analyser import FIELDS, Analyser, Analysis, analyse, explain
from coach.engine.analyser_prompts import choose_reframe, reframes, signposting

CHECKS = set(FIELDS) | {"reframe_section", "reframe_category"}


def test_analysis_has_exactly_the_api_fields() -> None:
    a = analyse("Have you tried delegating it?")
    assert isinstance(a, Analysis)
    assert tuple(a.to_dict()) == FIELDS
    assert isinstance(a.to_dict()["phrases"], list)
    with pytest.raises(AttributeError):
        a.act = "other"  # type: ignore[misc]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] or "empty" for c in CASES])
def test_workplace_case(text: str, expected: dict) -> None:
    a = analyse(text)
    got = a.to_dict()
    for field, want in expected.items():
        assert field in CHECKS, field
        if field == "reframe_section":
            assert a.reframe in reframes()["trap"][want], (text, a)
        elif field == "reframe_category":
            assert a.reframe in reframes()["focus"][want], (text, a)
        elif field == "phrases":
            assert a.phrases == want, (text, a)
        else:
            assert got[field] == want, (field, text, a)


def test_cases_cover_every_field() -> None:
    covered = {field for _, expected in CASES for field in expected}
    assert set(FIELDS) <= covered | {"reframe"}
    assert "reframe" in covered


def _all_reframes() -> list[str]:
    return [q for table in reframes().values() for qs in table.values() for q in qs]


@pytest.mark.parametrize("question", _all_reframes())
def test_every_reframe_is_a_single_open_question_without_advice(question: str) -> None:
    a = analyse(question)
    assert (a.act, a.question, a.multiple, a.leading, a.advice) == (
        "question", "open", False, False, False,
    ), a
    assert a.focus != "problem" and a.trap is None and not a.risk, a


def test_reframes_cover_every_category_and_role() -> None:
    table = reframes()
    assert set(table["trap"]) == {"top", "middle", "bottom"}
    assert set(table["focus"]) == {
        "wrong", "fixing", "blame", "control", "past", "expert", "deficit", "complication",
    }


def test_reframe_choice_is_stable() -> None:
    assert choose_reframe("trap", "top", "abc") == choose_reframe("trap", "top", "abc")
    assert choose_reframe("trap", "nobody", "abc") is None


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("I want to kill myself.", True),
        ("I keep thinking about suicide.", True),
        ("I've been self-harming again.", True),
        ("Everyone would be better off without me.", True),
        ("I don't want to be here anymore, I can't go on.", True),
        ("He hits me when he's been drinking.", True),
        ("I think I'm in danger.", True),
        ("I can't stop thinking about killing myself.", True),
        ("I'm not suicidal, just exhausted.", False),
        ("I would never hurt myself.", False),
        ("This commute is killing me.", False),
        ("We smashed it, the team is killing it.", False),
        ("I'm dying to get started on the new project.", False),
        ("The deadline is going to kill me.", False),
        ("Our budget is in danger of running out.", False),
        ("Nobody is in danger, it's just a tight deadline.", False),
        ("I want to end the meeting early.", False),
        ("I don't want to be here any more", True),
        ("Sometimes I think about ending it all", True),
        ("I feel like disappearing forever", True),
        ("I do not want to be around anymore", True),
        ("The project is ending this week", False),
        ("We are ending the pilot, all of it", False),
        ("I want to disappear for a holiday", False),
    ],
)
def test_risk(text: str, risk: bool) -> None:
    assert analyse(text).risk is risk


def test_risk_gives_no_reframe_and_explains_with_signposting() -> None:
    text = "Honestly I just want to die."
    a = analyse(text)
    assert a.risk and a.reframe is None
    out = explain(a, text)
    assert "116 123" in out and "not a crisis service" in out


def test_signposting_is_kind_plain_and_a_list() -> None:
    text = signposting()
    assert "Samaritans" in text and "116 123" in text and "999" in text and "http" not in text
    assert sum(line.startswith("- ") for line in text.splitlines()) >= 3
    # "not a crisis service" is said once, by the risk response around this text
    assert "crisis service" not in text


def test_user_prompts_override_bundled(private_home, monkeypatch) -> None:  # noqa: ANN001
    from coach import paths

    folder = paths.user_prompts_directory()
    folder.mkdir(parents=True)
    (folder / "reframes.toml").write_text('[trap]\ntop = ["Who could share this with you?"]\n')
    (folder / "signposting.txt").write_text("Please talk to someone you trust.\n")
    assert reframes()["trap"]["top"] == ("Who could share this with you?",)
    assert reframes()["focus"]["wrong"]  # the rest still comes from the bundled file
    assert signposting() == "Please talk to someone you trust."
    assert analyse("I have to do it all myself.").reframe == "Who could share this with you?"


def test_broken_user_reframes_name_the_file(private_home) -> None:  # noqa: ANN001
    from coach import paths
    from coach.engine.analyser_prompts import PromptFileError

    folder = paths.user_prompts_directory()
    folder.mkdir(parents=True)
    (folder / "reframes.toml").write_text("[trap\n")
    with pytest.raises(PromptFileError, match="reframes.toml"):
        reframes()


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("Have you tried delegating it?", "What have you tried so far?"),
        ("Did the meeting go well?", "open alternative"),
        ("Don't you think you should delegate more?", "leading"),
        ("What happened? How did you feel?", "more than one question"),
        ("What would help?", "open question"),
        ("I'm stuck in the middle between my boss and my team.", "Middles"),
        ("So you feel it is all on your shoulders.", "reflection"),
        ("So you feel stuck? Is that right?", "checking with a closed question"),
        ("I hope you'll talk to Sam.", '("I hope you\'ll")'),
        ("I have to do it ALL myself.", '("have to do it ALL")'),
    ],
)
def test_explain(text: str, needle: str) -> None:
    assert needle in explain(analyse(text), text)


def test_input_that_ends_in_a_question_says_so() -> None:
    from dataclasses import replace

    from coach.engine.analyser import EMPTY

    text = "Some teams rotate the chair. What do you make of that?"
    said = explain(replace(EMPTY, act="input", question="open"), text)
    assert said.splitlines() == [
        "Input: it gives information, an opinion or a view of your own.",
        "It ends with an open question.",
    ]


def test_open_alternatives_are_open_questions() -> None:
    from coach.engine.analyser_explain import GENERIC_ALTERNATIVE, OPEN_ALTERNATIVES

    for question in [GENERIC_ALTERNATIVE, *(alt for _, alt in OPEN_ALTERNATIVES)]:
        a = analyse(question)
        assert (a.act, a.question, a.multiple, a.leading, a.advice) == (
            "question", "open", False, False, False,
        ), question


def test_rules_only_analyser_keeps_the_api() -> None:
    rules = Analyser(None)
    assert rules.analyse("What would help?").question == "open"
    assert rules.analyse("Have you tried delegating it?").advice
    assert rules.analyse("So you feel stuck.").act == "reflection"
    assert rules.analyse("Okay.").act == "other"


def test_phrases_are_exact_slices() -> None:
    text = "I feel completely overwhelmed, like I'm drowning in emails."
    a = analyse(text)
    assert a.phrases and all(p in text for p in a.phrases)


def test_engine_import_is_pure_and_cheap() -> None:
    code = (
        "import sys; import coach.engine.analyser as m; "
        "assert 'textual' not in sys.modules and 'sqlite_utils' not in sys.modules; "
        "assert m.default_analyser.cache_info().currsize == 0; "
        "m.analyse('What would help?'); "
        "assert 'textual' not in sys.modules and 'sqlite_utils' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("word", ["Recognition.", "Respect."])
def test_saying_back_the_other_persons_word_is_a_reflection_in_context(word: str) -> None:
    from coach.engine.analyser import default_analyser

    analyser = default_analyser()
    echoed = analyser.analyse(word, context=["What would you want from it?", word])
    unrelated = analyser.analyse(word, context=["What would you want from it?",
                                                "I had a long day."])
    assert analyser.analyse(word).act == "other"  # alone, a single word is an encourager
    assert echoed.act == "reflection"
    assert unrelated.act == "other"


@pytest.mark.parametrize(("text", "context"), [
    ("Sixty rooms, a conference wing and two bars.", ["How big is the hotel?"]),
    ("Complaints are down by half since the Friday huddle started.", ["What has improved?"]),
    ("It's a mess, nobody reads the rota.", ["What's the hardest bit?"]),
    ("We got the grant. The whole amount.", ["How did the bid go?", "Fine, I suppose."]),
    ("Morning! No, I have only just sat down myself.", ["Morning. Sorry I am a bit late."]),
])
def test_the_focus_in_context_weighs_the_plain_and_the_context_model_alike(
        text: str, context: list[str]) -> None:
    import math

    from coach.engine.analyser import default_analyser, read
    from coach.engine.analyser_model import FOCI, features, features_in_context

    analyser = default_analyser()
    model = analyser.model
    assert model is not None
    r = read(text)
    feats, previous, own = features_in_context(text, r.low, context, r.cues())
    said = model.score(feats, context=True, previous=previous, own=own).focus_z
    plain = model.score(features(text, r.low, (), r.cues())).focus_z

    def probabilities(z: tuple[float, ...]) -> list[float]:
        spread = [math.exp(v - max(z)) for v in z]
        return [v / sum(spread) for v in spread]

    mean = [a + b for a, b in zip(probabilities(said), probabilities(plain))]
    assert analyser.scores(text, r, context).focus == FOCI[mean.index(max(mean))]


@pytest.mark.parametrize(("closed", "alternative"), [
    ("How about a quick email to her today?", "What ideas do you have?"),
    ("Why not ask the bank office?", "What ideas do you have?"),
    ("Have you put that in writing to the ward manager?", "What have you done about it so far?"),
    ("Did you ring the depot?", "What have you done about it so far?"),
    ("Surely that's on them?", "How do you see it?"),
])
def test_the_open_alternative_fits_what_the_question_did(closed: str, alternative: str) -> None:
    from coach.engine.analyser_explain import open_alternative

    assert open_alternative(closed) == alternative
