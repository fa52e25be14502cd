"""A finished session is titled by what it was about, with the date shown once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coach.engine.model import Turn
from coach.engine.titles import about, session_title
from coach.store import Journal
from coach.tui.format import entry_label

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def asked(*answers: str, kind: str = "question") -> list[Turn]:
    turns = [Turn(0, "coach", "opening", "Hello."),
             Turn(1, "coach", kind, "What would you like to think about?")]
    for number, answer in enumerate(answers, 2):
        turns.append(Turn(number, "you", "answer", answer))
    return turns


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("I feel stuck in a rut with my team and it really matters to me", "Stuck in a rut"),
        ("Handing over the rota", "Handing over the rota"),
        ("the board meeting tomorrow, and what I will say", "The board meeting tomorrow"),
        ("My team [bold]won't[/bold] talk to me", "My team won't talk to me"),
    ],
)
def test_the_title_is_the_first_answers_key_phrase_or_opening_words(
    answer: str, expected: str
) -> None:
    assert about(asked(answer, "Something else entirely")) == expected
    assert session_title("Think it through", asked(answer)) == f"{expected} — Think it through"


def test_answers_to_a_check_in_or_a_review_do_not_name_the_session() -> None:
    turns = [Turn(0, "coach", "gentle-opening", "How are you today?"),
             Turn(1, "you", "answer", "Tired after the offsite"),
             Turn(2, "coach", "commitment-review", "How did asking Sam go?"),
             Turn(3, "you", "answer", "Not done yet"),
             Turn(4, "coach", "question", "What would you like to think about?"),
             Turn(5, "you", "answer", "Planning the team away day")]
    assert about(turns) == "Planning the team away day"


@pytest.mark.parametrize("turns", [
    asked(),
    asked("ok"),
    asked("I want to kill myself"),
    [*asked("Planning the away day"), Turn(9, "coach", "risk", "Support details")],
])
def test_nothing_to_say_or_risk_heard_leaves_the_frameworks_name(turns: list[Turn]) -> None:
    assert session_title("Think it through", turns) == "Think it through"


def test_the_journal_shows_the_date_once() -> None:
    with Journal.memory(clock=lambda: NOW) as journal:
        session = journal.start_session("think-it-through", seed=1, title="Think it through")
        for turn in asked("Handing over the rota to Ana"):
            journal.record_turn(session, turn)
        entry = journal.get_entry(journal.finish_session(session))
    assert entry is not None
    assert entry.title == "Handing over the rota to Ana — Think it through"
    label = str(entry_label(entry, width=90))
    assert label.count("1 Dec 2026") == 1 and label.count("2026") == 1
