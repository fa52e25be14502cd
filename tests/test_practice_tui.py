"""The Practise listening screen, driven by keys with an injected clock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, Static

from coach.engine.practice import Setup
from coach.store import Journal
from coach.tui.app import CoachApp, make_app
from coach.tui.screens.choice import ChoiceScreen
from coach.tui.screens.home import HomeScreen
from coach.tui.screens.practice import PracticeScreen


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


async def test_a_whole_exercise_on_screen() -> None:
    journal = Journal.memory()
    app = make_app(journal)
    clock = FakeClock()
    setup = Setup(speaker="Ann", listener="Bo", subject="[bold]change[/bold]",
                  thinking_seconds=60, turn_minutes=5)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = PracticeScreen(setup, clock=clock)
        app.push_screen(screen)
        await pilot.pause()
        ex = screen.exercise
        assert ex is not None and ex.phase == "thinking"
        clock.now = 61
        screen.refresh_clock()
        assert ex.phase == "turn"

        async def line(text: str) -> None:
            await pilot.click("#practice-input")
            for key in text:
                await pilot.press(key if key != " " else "space")
            await pilot.press("enter")

        await line("Did you enjoy it?")
        screen.handle("So you felt left out.")
        await pilot.press("ctrl+s")
        assert ex.paused
        await pilot.press("ctrl+s")
        clock.now = 61 + 300
        screen.refresh_clock()
        assert ex.phase == "playback"
        for text in ("You felt left out.", "no: the anger", "You were angry.", "yes", "",
                     "What else?", "end", "You were proud.", "yes"):
            screen.handle(text)
        assert ex.phase == "debrief"
        while ex.phase == "debrief":
            screen.handle("")
        await pilot.pause()
        assert screen.entry_id is not None
        first, second = ex.scorecard().listeners
        assert (first.tally.closed, first.tally.reflections, len(first.attempts)) == (1, 1, 2)
        assert (second.name, second.tally.open) == ("Ann", 1)
        entry = journal.get_entry(screen.entry_id)
        assert entry is not None and entry.kind == "practice"
        assert "[bold]change[/bold]" in entry.body


async def test_the_setup_form_starts_the_exercise() -> None:
    app = make_app(Journal.memory())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = PracticeScreen(clock=FakeClock())
        app.push_screen(screen)
        await pilot.pause()
        for key in "Ann":
            await pilot.press(key)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.exercise is not None and screen.exercise.setup.speaker == "Ann"
        assert screen.exercise.phase == "thinking"


async def test_confidential_on_screen_saves_only_numbers() -> None:
    journal = Journal.memory()
    app = make_app(journal)
    setup = Setup(speaker="Xanthippe", listener="Quillon", subject="zebracorn",
                  thinking_seconds=0, confidential=True, rounds=1)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = PracticeScreen(setup, clock=FakeClock())
        app.push_screen(screen)
        await pilot.pause()
        for text in ("So you felt marmalade.", "end", "You felt marmalade.", "yes"):
            screen.handle(text)
        while screen.exercise is not None and screen.exercise.phase == "debrief":
            screen.handle("gooseberry")
        await pilot.pause()
        assert screen.entry_id is not None
        entry = journal.get_entry(screen.entry_id)
        assert entry is not None and "| reflections | 1 |" in entry.body
        for word in ("Xanthippe", "Quillon", "zebracorn", "marmalade", "gooseberry"):
            assert word.lower() not in entry.body.lower()


async def test_home_opens_practice_by_key_list_and_palette(tmp_path: Path) -> None:
    app = make_app(Journal.memory(), settings_path=tmp_path / "config.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen) and app.screen.exercise is None
        assert app.focused is app.screen.query_one("#setup-speaker")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.query_one("#paths", OptionList).highlighted == 0
        await pilot.press("down", "enter")  # the second path: Practise listening
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        await pilot.press("escape")
        await pilot.pause()
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert "Practise listening" in titles
        await pilot.press("ctrl+p", *"Practise listening")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)


# -------------------------------------------------------------------- leaving part-way


async def start_a_turn(pilot: Pilot[None]) -> PracticeScreen:
    """The practice screen one logged move into the first of two turns."""
    screen = PracticeScreen(Setup(speaker="Ann", listener="Bo", subject="change",
                                  thinking_seconds=0), clock=FakeClock())
    pilot.app.push_screen(screen)
    await pilot.pause()
    screen.handle("So you felt left out.")
    assert screen.exercise is not None and screen.exercise.phase == "turn"
    return screen


def notices(app: CoachApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every notice the app shows from now on, in order (kept however long the test takes)."""
    told: list[str] = []
    shown = app.notify

    def notify(message: str, **options: Any) -> None:
        told.append(message)
        shown(message, **options)

    monkeypatch.setattr(app, "notify", notify)
    return told


async def test_esc_part_way_asks_and_going_back_carries_on(monkeypatch: pytest.MonkeyPatch) -> None:
    journal = Journal.memory()
    app = make_app(journal)
    told = notices(app, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_a_turn(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        assert "scorecard so far" in str(app.screen.query_one("#question", Static).content)
        await pilot.press("escape")  # Esc in the question is "go back"
        await pilot.pause()
        assert app.screen is screen and screen.exercise is not None
        assert screen.exercise.phase == "turn" and screen.card is None
        screen.handle("What else?")
        assert screen.exercise.tally().open == 1  # still logging the same turn
        await pilot.press("escape")
        await pilot.pause()
        await pilot.click("#dialog Button")  # the first button: go back
        await pilot.pause()
        assert app.screen is screen and screen.exercise.phase == "turn"
    assert journal.newest() == [] and told == []


async def test_discarding_part_way_saves_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    journal = Journal.memory()
    app = make_app(journal)
    told = notices(app, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_a_turn(pilot)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert told == ["Left the practice part-way: nothing was saved."]
    assert journal.newest() == []


async def test_keeping_part_way_saves_the_scorecard_so_far(monkeypatch: pytest.MonkeyPatch) -> None:
    journal = Journal.memory()
    app = make_app(journal)
    told = notices(app, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_a_turn(pilot)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert screen.entry_id is not None
        assert told == [f"The scorecard so far is saved as journal entry {screen.entry_id}."]
    (entry,) = journal.newest()
    assert entry.id == screen.entry_id and entry.kind == "practice"
    assert "| reflections | 1 |" in entry.body


async def test_leaving_after_the_end_does_not_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    journal = Journal.memory()
    app = make_app(journal)
    told = notices(app, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = PracticeScreen(Setup(thinking_seconds=0, rounds=1), clock=FakeClock())
        app.push_screen(screen)
        await pilot.pause()
        for text in ("What was that like?", "end", "You felt stuck.", "yes"):
            screen.handle(text)
        while screen.exercise is not None and screen.exercise.phase == "debrief":
            screen.handle("")
        await pilot.pause()
        assert screen.entry_id is not None
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert told == [f"The scorecard is saved as journal entry {screen.entry_id}."]
    assert [e.id for e in journal.newest()] == [screen.entry_id]


async def test_leaving_in_the_thinking_time_does_not_ask_and_saves_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal = Journal.memory()
    app = make_app(journal)
    told = notices(app, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        app.push_screen(PracticeScreen(Setup(), clock=FakeClock()))
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert told == ["Left before the first turn: nothing was saved."]
    assert journal.newest() == []


async def test_quitting_part_way_asks_the_practices_own_question() -> None:
    journal = Journal.memory()
    app = make_app(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_a_turn(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")  # go back
        await pilot.pause()
        assert app.screen is screen and app.is_running
        assert screen.exercise is not None and screen.exercise.phase == "turn"
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("k")  # keep the scorecard so far, then quit
        await pilot.pause()
        assert not app.is_running
    (entry,) = journal.newest()
    assert entry.kind == "practice" and entry.id == screen.entry_id


async def test_a_second_ctrl_q_while_asking_quits_without_saving() -> None:
    journal = Journal.memory()
    app = make_app(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await start_a_turn(pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running
    assert journal.newest() == []


async def test_home_from_the_palette_part_way_asks_the_practices_own_question() -> None:
    journal = Journal.memory()
    app = make_app(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_a_turn(pilot)
        app.action_home()
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("escape")  # go back
        await pilot.pause()
        assert app.screen is screen


async def test_quitting_before_the_first_turn_does_not_ask() -> None:
    journal = Journal.memory()
    app = make_app(journal)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PracticeScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running


async def test_advice_in_a_question_is_named_in_the_live_feedback() -> None:
    app = make_app(Journal.memory())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_a_turn(pilot)
        screen.handle("Have you tried delegating it?")
        await pilot.pause()
        said = [str(s.content) for s in screen.query(".practice-note").results(Static)]
        assert said[-2].startswith("A closed question")
        assert said[-1].startswith("There is advice hidden in the question")


async def test_a_transcript_opened_from_the_practice_screen_shows_its_scorecard() -> None:
    from textual.widgets import DataTable, Input

    from coach.engine.transcript_score import score_transcript, scorecard_rows
    from coach.engine.transcripts import read_transcript
    from coach.tui.screens.transcript import TranscriptScreen

    path = Path(__file__).parent / "data" / "transcript_teams.vtt"
    app = make_app(Journal.memory())
    async with app.run_test(size=(110, 40)) as pilot:
        app.push_screen(PracticeScreen())
        await pilot.pause()
        await pilot.click("#setup-transcript")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TranscriptScreen)

        async def type_into(selector: str, text: str) -> None:
            screen.query_one(selector, Input).value = text
            screen.query_one(selector, Input).focus()
            await pilot.press("enter")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()

        await type_into("#transcript-path", str(tmp_missing := path.with_name("gone.vtt")))
        status = str(screen.query_one("#transcript-status", Static).render())
        assert f"{tmp_missing} was not found" in status and screen.card is None

        await type_into("#transcript-path", str(path))  # no listener yet: the speakers
        status = str(screen.query_one("#transcript-status", Static).render())
        assert "Sam Okafor (6 turns), Priya Shah (5 turns)" in status
        assert screen.focused is screen.query_one("#transcript-listener", Input)
        shown_status = screen.query_one("#transcript-status", Static)
        assert shown_status.size.height >= 2  # the whole message wraps, none of it cut

        await type_into("#transcript-listener", "sam okafor")
        assert screen.card is not None and screen.card.listener == "Sam Okafor"
        table = screen.query_one("#transcript-table", DataTable)
        expected = scorecard_rows(score_transcript(read_transcript(path), "Sam Okafor"))
        shown = [tuple(str(cell) for cell in table.get_row_at(i)) for i in range(table.row_count)]
        assert shown == expected
        lines = str(screen.query_one("#transcript-lines", Static).render())
        assert "Have you tried delegating some of it?" in lines
        assert "An open alternative: “What have you tried so far?”" in lines
        assert "| measure |" not in lines  # a table on screen, not Markdown

        await pilot.press("escape")
        assert isinstance(app.screen, PracticeScreen)
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert isinstance(app.screen, TranscriptScreen)
