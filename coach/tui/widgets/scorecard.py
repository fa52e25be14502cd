"""A listening-practice scorecard as the app shows it: a table of the listener's moves
for each round, with the facts under it, what helped and what got in the way.

The words come from :mod:`coach.engine.practice_score`, the same as the Markdown kept in
the journal; everything a person typed is shown literally.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Static

from coach.engine.practice_score import ListenerCard, Move, Scorecard, tally_rows


def quoted_moves(title: str, moves: tuple[Move, ...]) -> Content:
    parts: list[Content | str | tuple[str, str]] = [(title, "bold")]
    for move in moves:
        parts += ["\n  “", Content(move.text), "” ", (f"({move.label})", "dim")]
    return Content.assemble(*parts)


class ScorecardTable(DataTable[object]):
    """One listener's counts: a row for each kind of move."""

    DEFAULT_CSS = """
    ScorecardTable { height: auto; width: auto; max-width: 100%; margin: 0 0 1 0; }
    """

    def __init__(self, card: ListenerCard, **kwargs: object) -> None:
        super().__init__(show_cursor=False, cursor_type="none", zebra_stripes=True,
                         **kwargs)  # type: ignore[arg-type]
        self.card = card
        self.can_focus = False

    def on_mount(self) -> None:
        self.add_column(Text("move"), key="move")
        self.add_column(Text("count", justify="right"), key="count")
        for name, count in tally_rows(self.card.tally):
            self.add_row(Text(name), Text(str(count), justify="right"), key=name)


class ScorecardView(Vertical):
    """The whole scorecard: who listened to whom, the counts, the facts, the debrief."""

    DEFAULT_CSS = """
    ScorecardView { height: auto; padding: 0 1; margin: 1 0; border: round $success; }
    ScorecardView .scorecard-title { text-style: bold; }
    ScorecardView .scorecard-heading { text-style: bold; color: $accent; margin: 1 0 0 0; }
    ScorecardView Static { height: auto; }
    ScorecardView .scorecard-facts { margin: 0 0 1 0; }
    """

    def __init__(self, card: Scorecard, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.card = card
        self.border_title = "Scorecard"

    def compose(self) -> ComposeResult:
        card = self.card
        about = [f"Turns of {card.turn_minutes:g} minute{'s' if card.turn_minutes != 1 else ''}"
                 + ("; confidential: only the numbers are kept" if card.confidential else "")]
        if card.subject:
            about.insert(0, f"Subject: {card.subject}")
        if card.observer:
            about.insert(1 if card.subject else 0, f"Observer: {card.observer}")
        yield Static(Content("\n".join(about)), classes="scorecard-about")
        for listener in card.listeners:
            yield Static(Content(listener.heading), classes="scorecard-heading")
            yield ScorecardTable(listener)
            facts = "\n".join(f"• {line}" for line in listener.facts(card.turn_minutes))
            yield Static(Content(facts), classes="scorecard-facts")
            if listener.helped:
                yield Static(quoted_moves("What helped most", listener.helped))
            if listener.hindered:
                yield Static(quoted_moves("What got in the way most", listener.hindered))
        answered = [(q, a) for q, a in card.debrief if a]
        if answered:
            yield Static(Content("Debrief"), classes="scorecard-heading")
            parts: list[Content | str | tuple[str, str]] = []
            for question, answer in answered:
                parts += [(question, "dim"), "\n  ", Content(answer), "\n"]
            yield Static(Content.assemble(*parts))
