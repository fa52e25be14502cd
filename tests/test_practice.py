"""The listening exercise as a state machine: coding, tallies, timers, play-backs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from coach.engine.analyser import analyse
from coach.engine.practice import (
    Countdown,
    Exercise,
    PracticeError,
    Setup,
    Tally,
    code_move,
)
from coach.engine.practice_subjects import debrief_questions, find_subject, subjects


class FakeClock:
    """Seconds that move only when a test moves them."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def exercise(clock: FakeClock, **setup: object) -> Exercise:
    values: dict[str, object] = {"speaker": "Ann", "listener": "Bo", "subject": "a change"}
    values.update(setup)
    return Exercise(Setup(**values), clock=clock)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("What was that like for you?", ("open",)),
        ("Did you enjoy it?", ("closed",)),
        ("Have you tried talking to your manager?", ("closed", "advice")),
        ("What happened, and how did you feel about it?", ("open", "multiple")),
        ("Why? What did you do?", ("open", "multiple")),
        ("So you felt left out.", ("reflection",)),
        ("I think you should quit.", ("input", "advice_said")),
        ("Mm.", ("other",)),
    ],
)
def test_each_move_is_coded(text: str, codes: tuple[str, ...]) -> None:
    assert code_move(text, analyse(text), "").codes == codes


SCRIPT = [
    "What was that like for you?",
    "Did you enjoy it?",
    "Have you tried talking to your manager?",
    "What happened, and how did you feel about it?",
    "Why? What did you do?",
    "So you felt left out.",
    "So you felt left out.",
    "I think you should quit.",
    "What was that like for you?",
]


def test_a_scripted_turn_gives_exactly_the_expected_tally(clock: FakeClock) -> None:
    ex = exercise(clock, thinking_seconds=0)
    assert ex.start() == "turn"
    for move in SCRIPT:
        ex.log(move)
    # advice counts whether hidden in a question or said outright ("you should quit")
    assert ex.tally() == Tally(open=4, closed=2, multiple=2, advice=2, reflections=2, input=1)
    card = ex.finish().listeners[0]
    assert card.tally.questions == 6
    assert card.tally.percent_open == pytest.approx(66.7)
    assert card.tally.reflection_to_question == pytest.approx(0.33)
    assert card.tally.rating == "below fair"
    assert card.to_dict()["playback_attempts"] == 0


def test_moves_carry_the_analysers_kind_note(clock: FakeClock) -> None:
    ex = exercise(clock, thinking_seconds=0)
    ex.start()
    move = ex.log("Did you enjoy it?")
    assert move is not None and move.note and "closed" in move.note.lower()
    assert ex.log("   ") is None
    assert len(ex.current.moves) == 1


@pytest.mark.parametrize(
    ("tally", "ratio", "rating"),
    [
        (Tally(open=2, reflections=4), 2.0, "good"),
        (Tally(open=1, closed=1, reflections=2), 1.0, "fair"),
        (Tally(open=2, reflections=1), 0.5, "below fair"),
        (Tally(reflections=3), None, "good"),
        (Tally(), None, None),
    ],
)
def test_miti_thresholds(tally: Tally, ratio: float | None, rating: str | None) -> None:
    assert tally.reflection_to_question == ratio
    assert tally.rating == rating


def test_thinking_time_runs_out_into_the_turn(clock: FakeClock) -> None:
    ex = exercise(clock, thinking_seconds=60)
    assert ex.start() == "thinking"
    clock.advance(59)
    assert ex.tick() == "thinking"
    assert ex.remaining() == pytest.approx(1)
    clock.advance(1)
    assert ex.tick() == "turn"
    assert ex.remaining() == pytest.approx(300)


def test_the_turn_clock_pauses_and_ends_on_time(clock: FakeClock) -> None:
    ex = exercise(clock, thinking_seconds=0, turn_minutes=5)
    ex.start()
    clock.advance(100)
    ex.pause()
    assert ex.paused
    clock.advance(1000)
    assert ex.tick() == "turn"
    assert ex.remaining() == pytest.approx(200)
    with pytest.raises(PracticeError, match="paused"):
        ex.log("What else?")
    ex.resume()
    clock.advance(199)
    assert ex.tick() == "turn"
    clock.advance(1)
    assert ex.tick() == "playback"
    assert ex.current.seconds == pytest.approx(300)
    assert ex.current.ended_by == "time"


def test_countdown_values() -> None:
    timer = Countdown(60, started=0).pause(10).pause(20).resume(30)
    assert timer.remaining(40) == pytest.approx(40)
    assert timer.resume(50) == timer


def test_play_back_until_the_speaker_confirms_then_swap(clock: FakeClock) -> None:
    ex = exercise(clock, thinking_seconds=0)
    ex.start()
    ex.log("So you felt left out.")
    ex.end_turn()
    ex.play_back("You felt left out.")
    assert ex.confirm(False, "the anger") == "playback"
    ex.play_back("You felt left out and cross.")
    assert ex.confirm(False) == "playback"
    ex.play_back("You felt left out and angry.")
    assert ex.confirm(True) == "swap"
    assert ex.swap() == "turn"
    assert (ex.current.speaker, ex.current.listener) == ("Bo", "Ann")
    ex.end_turn()
    ex.play_back("You were proud.")
    assert ex.confirm(True) == "debrief"
    first, second = ex.scorecard().listeners
    assert [a.missed for a in first.attempts] == ["the anger", "", ""]
    assert (first.to_dict()["playback_attempts"], first.confirmed) == (3, True)
    assert (second.name, second.to_dict()["playback_attempts"]) == ("Ann", 1)


def test_debrief_then_done(clock: FakeClock) -> None:
    ex = exercise(clock, thinking_seconds=0, rounds=1, )
    ex.start()
    ex.end_turn()
    ex.play_back("You spoke about change.")
    assert ex.confirm(True) == "debrief"
    questions = []
    while (question := ex.next_question()) is not None:
        questions.append(question)
        ex.answer("Something")
    assert tuple(questions) == debrief_questions()
    assert ex.phase == "done"
    assert len(ex.scorecard().debrief) == len(questions)


def test_actions_out_of_turn_are_refused(clock: FakeClock) -> None:
    ex = exercise(clock)
    with pytest.raises(PracticeError):
        ex.log("What else?")
    ex.start()
    with pytest.raises(PracticeError):
        ex.play_back("too soon")
    ex.begin_turn()
    ex.end_turn()
    with pytest.raises(PracticeError):
        ex.play_back("   ")
    with pytest.raises(PracticeError):
        ex.swap()


def test_finishing_early_keeps_what_was_logged(clock: FakeClock) -> None:
    ex = exercise(clock, thinking_seconds=0)
    ex.start()
    clock.advance(42)
    ex.log("What else?")
    card = ex.finish()
    assert ex.phase == "done"
    assert card.listeners[0].tally.open == 1
    assert card.listeners[0].seconds == pytest.approx(42)
    assert card.listeners[0].confirmed is False


def test_helped_and_hindered_are_the_strongest_three(clock: FakeClock) -> None:
    ex = exercise(clock, thinking_seconds=0)
    ex.start()
    for move in SCRIPT:
        ex.log(move)
    card = ex.finish().listeners[0]
    assert [m.text for m in card.helped] == [
        "So you felt left out.", "So you felt left out.", "What was that like for you?"]
    assert [m.text for m in card.hindered][:2] == [
        "Have you tried talking to your manager?", "I think you should quit."]
    assert len(card.hindered) == 3


def test_redaction_keeps_only_numbers(clock: FakeClock) -> None:
    ex = exercise(clock, thinking_seconds=0, confidential=True, observer="Cy")
    ex.start()
    ex.log("So you felt left out.")
    ex.end_turn()
    ex.play_back("You felt left out.")
    ex.confirm(False, "the anger")
    card = ex.finish().redacted()
    data = card.to_dict()
    assert data["subject"] is None and data["observer"] is None and data["debrief"] == []
    listener = data["listeners"][0]
    # each person keeps one letter: the first speaker is A, the first listener B
    assert (listener["name"], listener["speaker"]) == ("Partner B", "Partner A")
    assert listener["reflections"] == 1 and listener["playback_attempts"] == 1
    assert listener["helped"] == [] and card.listeners[0].attempts[0].missed == ""


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"turn_minutes": 0.5}, "turn"),
        ({"turn_minutes": 45}, "turn"),
        ({"thinking_seconds": -1}, "thinking"),
        ({"speaker": "Bo", "listener": "bo"}, "different names"),
        ({"rounds": 3}, "rounds"),
    ],
)
def test_setup_is_checked(values: dict[str, object], message: str) -> None:
    with pytest.raises(PracticeError, match=message):
        Setup(**values)  # type: ignore[arg-type]


def test_subjects_and_debrief_questions_load() -> None:
    items = subjects()
    assert len(items) >= 6
    assert len({s.id for s in items}) == len(items)
    assert find_subject("1") == items[0].text
    assert find_subject(items[-1].id) == items[-1].text
    assert find_subject("our own thing") == "our own thing"


@pytest.mark.parametrize("question", debrief_questions())
def test_debrief_questions_are_single_open_and_free_of_advice(question: str) -> None:
    a = analyse(question)
    assert (a.act, a.question, a.multiple, a.leading, a.advice) == (
        "question", "open", False, False, False)


def test_the_engine_imports_neither_textual_nor_sqlite_utils() -> None:
    code = (
        "import sys, coach.engine.practice, coach.engine.practice_subjects;"
        "print(sorted(m for m in ('textual', 'sqlite_utils') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_the_most_telling_lines_come_first() -> None:
    from coach.engine.analyser import analyse, explain
    from coach.engine.practice import key_lines

    advice = key_lines(explain(analyse("Have you tried delegating it?"),
                               "Have you tried delegating it?"))
    assert advice[0].startswith("A closed question") and advice[1].startswith("There is advice")
    closed = key_lines(explain(analyse("Did the meeting go well?"), "Did the meeting go well?"))
    assert closed[1].startswith("An open alternative")
    assert key_lines("One line only.") == ["One line only."]
    assert key_lines("") == []
    assert key_lines("First.\nSecond.\nThird.", limit=3) == ["First.", "Second.", "Third."]


@pytest.mark.parametrize(("text", "expected"), [
    ("yes", (True, "")), ("ya", (True, "")), ("spot on", (True, "")),
    ("pretty much, yeah", (True, "")), ("No: the Anger", (False, "the Anger")),
    ("nope - you missed Sam", (False, "you missed Sam")), ("no", (False, "")),
    ("mostly, but it's more about the rota", (False, "mostly, but it's more about the rota")),
    ("maybe", None),
])
def test_one_reader_hears_the_speakers_answer_to_a_play_back(
        text: str, expected: tuple[bool, str] | None) -> None:
    from coach.engine.practice import read_confirmation

    assert read_confirmation(text) == expected
