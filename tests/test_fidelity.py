"""Coaching fidelity over every framework and template.

Every question the coach asks must be a single, open question with no advice in it;
every phrase it quotes must be the person's own; play-backs use only their words.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import product
from pathlib import Path

import pytest

from coach.engine.analyser import analyse
from coach.engine.frameworks import load_frameworks
from coach.engine.model import ASKING_KINDS, SAFETY_KINDS, Turn
from coach.engine.phrases import WORD
from coach.engine.playback import TURN_ROUND
from coach.engine.prompts import TEMPLATE_NAMES, Prompts
from coach.engine.session import Session
from coach.resources import bundled_directory

FRAMEWORKS = load_frameworks([bundled_directory("frameworks")]).frameworks
PROMPTS = Prompts([bundled_directory("prompts")])

CLOSED_STARTS = {
    "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could",
    "would", "will", "should", "shall", "may", "might", "am", "isn't", "aren't", "don't",
    "doesn't", "won't", "wouldn't", "couldn't", "shouldn't",
}
ADVICE = re.compile(
    r"\b(have you tried|why don't you|why not|you should|you could|you need to|you must|"
    r"what if you|wouldn't it be|how about|isn't it|don't you think|surely|ought to)\b",
    re.IGNORECASE,
)
INVITATIONS = ("Tell me", "Say more")
PLAYBACK_CHECK = "Is that right?"
#: Besides the play-back check, the one place the coach asks closed questions: when
#: someone may be at risk it asks whether they are safe, and whether to pause, stop or
#: carry on. Those questions are these templates' own, and nothing else is let through.
SAFETY_TEMPLATES = {"risk_question", "risk_choice"}
SAFETY_QUESTIONS = tuple(
    line for name in sorted(SAFETY_TEMPLATES)
    for line in PROMPTS.variants(name)
)
CHOICES = ("pause", "stop", "carry on")

# Contexts that render every branch of every template.
SAMPLES: dict[str, list[dict[str, object]]] = {
    "opening": [{"title": "Think it through", "purpose": "A conversation."}],
    "stage": [{"number": 1, "total": 3, "title": "Goal", "purpose": "Name it."}],
    "clean": [{"phrase": phrase, "why": why}
              for why in ("feeling", "metaphor", "value", "contrast", "emphasis", "")
              for phrase in ("stuck", "stuck in a rut", "holding a door shut with both hands")],
    "playback": [{"items": ["You feel stuck", "your team is tired"]}],
    "playback_loss": [{"items": ["One of your fitters died on site in March"]}],
    "check_words": [{"count": 52, "limit": 40}],
    "commitment_review": [{"text": "call Sam", "due": "by Friday 27 November"},
                          {"text": "call Sam", "due": "every Monday"},
                          {"text": "call Sam", "due": None}],
    "commitment_noted": [{"status": s, "due": d} for s in ("done", "open", "dropped")
                         for d in (None, "Friday 4 December")],
    "commitment_check": [{"action": a, "when": w, "option": o, "again": again}
                         for a, o in (("I'll ring Jo", None), ("ring Jo", "could"))
                         for w in (None, "by Friday 4 December", "as a habit: every Monday")
                         for again in (False, True)],
    "commitment_doubt": [{"tried": t} for t in (False, True)],
    "playback_recheck": [{"items": ["you can't show any wobble"]}, {"items": ["Sal"], "added": True},
                         {"items": ["the court", "you feel proud"]}],
    "commitment_dated": [{"when": w, "action": a} for w in (None, "by Friday 4 December")
                         for a in (None, "ring Jo")]
    + [{"when": w, "action": "ring Jo", "also": "book the room"}
       for w in (None, "by Friday 4 December")],
    "recall_note": [{"text": "Huddle started late; nobody seemed to mind", "tag": t}
                    for t in (None, "culture")],
    "close": [{"commitment": "call Sam", "due": "by Friday 27 November"},
              {"commitment": "call Sam", "due": None}, {"commitment": None, "due": None}],
    "resumed": [{"title": "Think it through"}],
    "playback_missed": [{"about": None}, {"about": "the same meeting"}],
    "acknowledge": [{"words": "A patient you were fond of died", "apologised": a}
                    for a in (True, False)],
    "reflect": [{"words": "You feel stuck between the board and the staff"}],
    "bridge": [{"words": "you have tried talking to her twice"}],
    "branch": [{"words": ws, "proposed": "Complex",
                "options": ["Clear", "Complicated", "Complex", "Chaotic"]}
               for ws in ([], ["nobody knows"], ["nobody knows", "keeps changing"],
                          ["hindsight", "emerging", "unclear"])],
    "branch_taken": [{"title": "Complex"}],
    "playback_settled": [{"added": None}, {"added": "you're tired of waiting"}],
    "risk_return": [{"question": "what is within your power to do?"}],
}

ASKING_TEMPLATES = {
    "encourager", "clean", "playback", "playback_loss", "playback_recheck", "playback_missed", "check_words", "commitment_review",
    "commitment_status", "commitment", "checkout", "gentle_opening", "angle", "branch",
    "commitment_action", "commitment_doubt", "commitment_check", "review_opening", "recall_note", "risk_return",
    *SAFETY_TEMPLATES,
}


def question_problems(text: str, *, kind: str = "question") -> list[str]:
    """What is wrong with ``text`` as one of the coach's questions (nothing if it is fine)."""
    problems = []
    if kind in SAFETY_KINDS or kind in SAFETY_TEMPLATES:
        if not text.endswith(SAFETY_QUESTIONS):
            problems.append("a safety line must end with its own question")
        if not all(choice in text for choice in CHOICES):
            problems.append("a safety line must name pause, stop and carry on")
        if ADVICE.search(text):
            problems.append("carries a suggestion")
        return problems
    if kind in ("playback", "commitment-check"):
        if not text.endswith(PLAYBACK_CHECK):
            problems.append("a play-back must end with its check")
        text = text[: -len(PLAYBACK_CHECK)].strip()
        if "?" in text:
            problems.append("a play-back asks nothing before its check")
        return problems
    # Statements before the question ("That is 52 words ... Which words ...?") are fine.
    question = re.split(r"(?<=[.!:])\s+", text)[-1]
    if text.count("?") > 1:
        problems.append("more than one question")
    if "?" in text and not text.endswith("?"):
        problems.append("the question is not the last thing said")
    if "?" not in text and not question.startswith(INVITATIONS):
        problems.append("asks nothing")
    first = WORD.match(question)
    if first and first.group().casefold().replace("’", "'") in CLOSED_STARTS:
        problems.append(f"opens with the closed word {first.group()!r}")
    if ADVICE.search(text):
        problems.append("carries a suggestion")
    verdict = analyse(question)
    if verdict.act != "question" or verdict.question != "open":
        problems.append(f"the analyser hears {verdict.act}/{verdict.question}")
    if verdict.multiple:
        problems.append("the analyser hears several questions")
    if verdict.leading:
        problems.append("the analyser hears a leading question")
    if verdict.advice:
        problems.append("the analyser hears advice")
    return problems


def framework_questions() -> list[tuple[str, str]]:
    found = []
    for framework in FRAMEWORKS.values():
        for stage in framework.stages:
            asked_instead = [q for _, q in stage.if_untried if q]
            rewordings = [q for _, others in stage.alternatives for q in others]
            for question in (*stage.questions, *stage.follow_ups, *asked_instead,
                             *rewordings):
                found.append((f"{framework.id}/{stage.id}", question))
    return found


@pytest.mark.parametrize(("where", "question"), framework_questions())
def test_every_framework_question_is_single_open_and_free_of_advice(
    where: str, question: str
) -> None:
    assert question_problems(question) == []


def template_outputs() -> list[tuple[str, str]]:
    found = []
    for name in TEMPLATE_NAMES:
        for context in SAMPLES.get(name, [{}]):
            for line in PROMPTS.variants(name, **context):
                found.append((name, line))
    return found


def test_every_template_renders_under_strict_undefined() -> None:
    rendered = {name for name, _ in template_outputs()}
    assert rendered == set(TEMPLATE_NAMES)
    assert {p.stem for p in bundled_directory("prompts").glob("*.j2")} == set(TEMPLATE_NAMES)


@pytest.mark.parametrize(("name", "line"), template_outputs())
def test_every_asking_template_line_is_a_good_question(name: str, line: str) -> None:
    if name in ASKING_TEMPLATES:
        kind = "playback" if name in ("playback", "playback_loss", "playback_recheck",
                                      "commitment_check") \
            else name
        assert question_problems(line, kind=kind) == []
    else:
        assert "?" not in line, f"{name} should not ask anything"
        assert not ADVICE.search(line)


def test_the_safety_exception_lets_through_only_the_safety_questions() -> None:
    assert SAFETY_QUESTIONS
    assert question_problems("Are you safe right now?", kind="risk")  # no choices named
    assert question_problems("Did it help? You can pause, stop or carry on.", kind="risk")
    assert question_problems(SAFETY_QUESTIONS[0], kind="question")  # closed elsewhere
    assert question_problems(SAFETY_QUESTIONS[0], kind="risk-choice") == []


def test_the_fidelity_check_catches_bad_questions() -> None:
    assert question_problems("Did you talk to them?")
    assert question_problems("Have you tried talking to them?")
    assert question_problems("What happened? How did you feel?")
    assert question_problems("Why don't you ask your manager?")
    assert question_problems("You should delegate more.")
    assert question_problems("What is going on?") == []


ANSWER_SETS = [
    ["I feel stuck in a rut and my team keeps ignoring me", "ok", "It really matters to me",
     "no", "I also feel proud", "yes"],
    ["A patient I was fond of died on ward 9 while she waited, sorry", "I don't know",
     "I'm scared of being wrong in front of the board", "nothing else really", "yes",
     "We lost our biggest contract and I feel like a fraud"],
    ["Nobody tells us anything, we just wait for permission", "It is all broken",
     "I have to do everything myself and can't let go", "yes", "I'm stretched thin between"
     " my boss and my team"],
    ["everyone knows the routine, it is obvious", "a crisis, total chaos", "short", "yes"],
]


def run_through(framework_id: str, answers: list[str], seed: int) -> list[Turn]:
    session = Session(FRAMEWORKS[framework_id], seed=seed, today=lambda: date(2026, 11, 23))
    session.start()
    step = 0
    while not session.finished and step < 200:
        session.answer(answers[step % len(answers)])
        step += 1
    assert session.finished, f"{framework_id} did not reach its close"
    return session.transcript


@pytest.mark.parametrize(("framework_id", "answers"),
                         list(product(sorted(FRAMEWORKS), range(len(ANSWER_SETS)))))
def test_every_line_a_session_asks_is_a_good_question(framework_id: str, answers: int) -> None:
    transcript = run_through(framework_id, ANSWER_SETS[answers], seed=answers)
    said = [t.text for t in transcript if t.speaker == "you"]
    for turn in transcript:
        if turn.speaker == "coach" and turn.kind in ("acknowledge", "reflect"):
            for item in turn.data.get("items", []):
                assert playback_words_are_theirs(item, said), item
        if turn.speaker != "coach" or turn.kind not in ASKING_KINDS:
            continue
        assert question_problems(turn.text, kind=turn.kind) == [], turn
        for quote in turn.data.get("quotes", []):
            assert any(quote in answer for answer in said)
        for item in turn.data.get("items", []):
            assert playback_words_are_theirs(item, said), item


SWAPPED = {w.casefold() for w in TURN_ROUND.values()} | {"are", "were"}


def playback_words_are_theirs(item: str, said: list[str]) -> bool:
    def fold(text: str) -> list[str]:
        return [w.group().casefold().replace("’", "'") for w in WORD.finditer(text)]

    theirs = {word for text in said for word in fold(text)}
    words = fold(item)
    if item.endswith("…") and words:  # a clipped point: its last word may be cut short
        last = words.pop()
        if last not in SWAPPED and not any(word.startswith(last) for word in theirs):
            return False
    return all(word in theirs or word in SWAPPED for word in words)


def test_user_prompt_folder_overrides_a_template(tmp_path: Path) -> None:
    (tmp_path / "encourager.j2").write_text("What more comes to mind?\n", encoding="utf-8")
    prompts = Prompts([tmp_path, bundled_directory("prompts")])
    assert prompts.variants("encourager") == ["What more comes to mind?"]
    assert prompts.variants("checkout")  # the rest still come from the bundled folder
