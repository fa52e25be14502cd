"""The scorecard in the app is a table, with the same words as the journal's Markdown."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from coach.engine.analyser import analyse, explain
from coach.engine.practice import Exercise, Setup, render_scorecard
from coach.engine.practice_score import code_move, live_feedback, tally_rows
from coach.store import Journal
from coach.tui.app import make_app
from coach.tui.screens.practice import PracticeScreen
from coach.tui.widgets.scorecard import ScorecardTable, ScorecardView

MOVES = ["What was that like for you?", "Have you tried asking for help?",
         "You should ask for help.", "So you felt [bold]left out[/bold]."]


def finished(confidential: bool = False) -> Exercise:
    ex = Exercise(Setup(speaker="Ann", listener="Bo", subject="a change", thinking_seconds=0,
                        confidential=confidential), questions=("What did you notice?",))
    ex.start()
    for move in MOVES:
        ex.log(move)
    ex.end_turn()
    ex.play_back("You felt left out.")
    ex.confirm(True)
    ex.swap()
    ex.log("What matters most to you?")
    ex.end_turn()
    ex.play_back("It matters.")
    ex.confirm(True)
    ex.answer("More [b]reflections[/b] next time")
    return ex


class Shows(App[None]):
    def __init__(self, view: ScorecardView) -> None:
        super().__init__()
        self.view = view

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield self.view


def cells(table: DataTable[object]) -> list[tuple[str, str]]:
    return [tuple(str(cell) for cell in table.get_row_at(n))  # type: ignore[misc]
            for n in range(table.row_count)]


async def test_each_round_is_a_table_of_counts_under_its_heading() -> None:
    card = finished().finish()
    async with Shows(ScorecardView(card)).run_test(size=(100, 60)) as pilot:
        await pilot.pause()
        tables = list(pilot.app.query(ScorecardTable))
        assert len(tables) == 2
        first, second = tables
        assert [str(c.label) for c in first.columns.values()] == ["move", "count"]
        assert cells(first) == [(name, str(count)) for name, count in tally_rows(
            card.listeners[0].tally)]
        assert dict(cells(first))["advice (in a question or said outright)"] == "2"
        assert dict(cells(second))["open questions"] == "1"
        text = [str(s.render()) for s in pilot.app.query(Static)]
        assert "Bo listening to Ann" in text and "Ann listening to Bo" in text
        assert not any("|" in line for line in text)  # no Markdown table left as text
        joined = "\n".join(text)
        assert "[bold]left out[/bold]" in joined  # typed text shown literally
        assert "More [b]reflections[/b] next time" in joined
        assert "Play-back: confirmed on attempt 1" in joined


async def test_the_app_ends_a_practice_with_the_table_not_markdown() -> None:
    journal = Journal.memory()
    app = make_app(journal)
    async with app.run_test(size=(100, 40)) as pilot:
        setup = Setup(speaker="Ann", listener="Bo", subject="a change", thinking_seconds=0,
                      confidential=True, rounds=1)
        screen = PracticeScreen(setup)
        app.push_screen(screen)
        await pilot.pause()
        for text in ("Have you tried asking for help?", "You should ask for help.", "end",
                     "You felt stuck.", "yes"):
            screen.handle(text)
        while screen.exercise is not None and screen.exercise.phase == "debrief":
            screen.handle("")
        await pilot.pause()
        [view] = list(screen.query(ScorecardView))
        [table] = list(view.query(ScorecardTable))
        assert dict(cells(table))["advice (in a question or said outright)"] == "2"
        shown = [str(s.render()) for s in screen.query("#practice-log > Static")]
        assert not any("| encouragers and other |" in line for line in shown)
        assert "Bo listening to Ann" in [str(s.render()) for s in view.query(Static)]
        tally = str(screen.query_one("#practice-tally", Static).render())
        assert "advice 2" in tally
        entry = journal.get_entry(screen.entry_id or 0)
        assert entry is not None and "## Partner B listening to Partner A" in entry.body


def test_advice_is_named_the_same_live_and_on_the_scorecard() -> None:
    hidden, said = (code_move(t, analyse(t), explain(analyse(t), t))
                    for t in ("Have you tried asking for help?", "You should ask for help."))
    assert live_feedback(hidden)[0] == "Coded as: closed question, advice in a question"
    assert live_feedback(said)[0] == "Coded as: input, advice said outright"
    ex = finished()
    markdown = render_scorecard(ex.finish())
    assert '"You should ask for help." (input, advice said outright)' in markdown
    assert '"Have you tried asking for help?" (closed question, advice in a question)' \
        in markdown
    assert "| advice (in a question or said outright) | 2 |" in markdown
