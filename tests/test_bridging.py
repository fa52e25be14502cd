"""Questions already answered: said back in the person's words, never asked again."""

from __future__ import annotations

import pytest

from coach.engine.bridging import already_answered, topic_of, tried_in
from coach.engine.model import Kind
from tests.engine_helpers import framework

ANSWERED = [
    ("What have you tried so far?",
     ["I've tried talking to her twice, but she just shrugs it off."],
     "you've tried talking to her twice"),
    ("What have you already tried?",
     ["Honestly we have already tried a rota swap and it lasted a week."],
     "you have already tried a rota swap and it lasted a week"),
    ("What could you do about this yourself, starting this week?",
     ["We are short on nights. I escalated it to the matron on Monday."],
     "you escalated it to the matron on Monday"),
    ("What can you do about it?",
     ["i've raised it with HR twice now tbh"], "you've raised it with HR twice now"),
    ("What do you want instead?",
     ["I would love a team that talks to each other."],
     "you would love a team that talks to each other"),
    ("What would you like to see in its place?",
     ["The meetings drag. What I really want is one meeting a week that decides things."],
     "what you really want is one meeting a week that decides things"),
    ("What matters most to you here?",
     ["The residents' dignity is really important to me, always has been."],
     "the residents' dignity is really important to you"),
    ("What is already working?",
     ["The Friday huddle is working, people actually turn up."],
     "the Friday huddle is working"),
]


@pytest.mark.parametrize(("question", "answers", "said"), ANSWERED)
def test_an_answer_given_early_is_found_in_the_persons_words(
        question: str, answers: list[str], said: str) -> None:
    assert already_answered(question, answers) == said


NOT_ANSWERED = [
    ("What have you tried so far?", ["Nobody has tried anything, that's the problem."]),
    ("What could you do?", ["I'll cry if I say it out loud."]),  # a feeling, not a step
    ("What could you do?", ["We met on day one and she was lovely."]),
    ("What do you want instead?", ["I don't want this any more."]),
    ("What do you want instead?", ["I want to know why nobody asked us."]),
    ("What is happening now?", ["I've tried everything."]),  # not a question about it
    ("What have you tried?", ["I have tried " + "really very " * 10 + "hard."]),  # too long
]


@pytest.mark.parametrize(("question", "answers"), NOT_ANSWERED)
def test_what_does_not_answer_the_question_is_not_taken_for_it(
        question: str, answers: list[str]) -> None:
    assert already_answered(question, answers) is None


def test_questions_are_read_for_what_they_ask() -> None:
    assert topic_of("What would you like to have happen?") == "wanted"
    assert topic_of("What have you done so far?") == "tried"
    assert topic_of("Who else is involved?") is None


BRIDGED = """\
id = "bridged"
title = "Bridged"
purpose = "Asks what was tried after asking what is happening."
source = "tests"

[[stages]]
id = "now"
title = "Now"
purpose = "What is happening."
questions = ["What is happening now?", "What have you tried so far?", "Who else is involved?"]
answers = 3
"""


def test_a_session_says_back_what_was_already_said_and_asks_the_next_question() -> None:
    from coach.engine.session import Session

    session = Session(framework(BRIDGED), seed=1)
    session.start()
    turns = session.answer("The rota is a mess. I've tried swapping shifts with Dee but it "
                           "fell apart after a week.")
    kinds = [t.kind for t in turns]
    assert Kind.BRIDGE in kinds
    bridge = turns[kinds.index(Kind.BRIDGE)]
    assert "you've tried swapping shifts with Dee" in bridge.text
    assert "?" not in bridge.text
    assert turns[-1].text == "Who else is involved?"
    assert not any(t.text == "What have you tried so far?" for t in session.transcript)


@pytest.mark.parametrize(("answer", "tried"), [
    ("We ran it with two stores last week.", True),
    ("I've tested a shared rota on ward 9 already.", True),
    ("the pilot went well, mostly", True),
    ("It didn't work, the crews ignored it", True),
    ("we tried a rota swap in June", True),
    ("I haven't tried it yet", False),
    ("we've not started", False),
    ("If we tried it, the staff would revolt", False),
    ("I could try it on the night team", False),
    ("cut the roadmap to 3 things", False),
    ("I never tried", False),
])
def test_tried_in_hears_something_tried_in_the_persons_words(answer: str, tried: bool) -> None:
    assert (tried_in(["ok", answer]) is not None) is tried


def test_what_happened_when_you_tried_it_is_not_answered_by_what_was_tried() -> None:
    assert topic_of("What happened when you tried it?") is None
    assert topic_of("What have you already tried?") == "tried"
    assert topic_of("What has been tried already?") == "tried"
