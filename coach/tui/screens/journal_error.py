"""Shown instead of home when the journal file can't be opened: the reason and the path."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from coach.tui.format import literal


class JournalErrorScreen(Screen[None]):
    """Explains what went wrong with the journal; the file is left untouched."""

    BINDINGS = [
        Binding("q", "app.quit", "Quit"),
        Binding("escape", "app.quit", "Quit", show=False),
    ]

    def __init__(self, reason: str, path: Path | None) -> None:
        super().__init__()
        self.reason = reason
        self.path = path

    def compose(self) -> ComposeResult:
        yield Header(icon="◎")
        with Vertical(id="journal-error", classes="panel") as panel:
            panel.border_title = "The journal can't be opened"
            yield Static(Content.assemble(
                ("Reason: ", "bold"), literal(self.reason), "\n\n",
                ("Journal: ", "bold"), literal(str(self.path)) if self.path else "(none)", "\n\n",
                "Nothing was changed. To use another journal, run ", ("coach --db PATH", "bold"),
                " or set ", ("COACH_DB", "bold"), ". Press q to quit.",
            ), id="reason")
        yield Footer()
