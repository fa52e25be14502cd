"""Home: the three paths, the journal, open commitments, sessions to resume, recent entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from coach.tui.format import commitment_label, entry_label, session_label
from coach.tui.messages import JournalOpened

if TYPE_CHECKING:
    from coach.tui.app import CoachApp

RECENT = 8

PATHS: tuple[tuple[str, str, str], ...] = (
    ("reflect", "Reflect", "talk it through with the coach"),
    ("practise", "Practise listening", "pairs and trios · coming soon"),
    ("exchange", "Leadership exchange", "host, observe · coming soon"),
    ("journal", "Journal", "read, search, write"),
    ("new_entry", "New entry", "a page or a template"),
    ("commitments", "Commitments", "what you said you'd do"),
    ("trends", "Trends", "entries, mood, themes"),
)


class HomeScreen(Screen[None]):
    """Where every path starts."""

    BINDINGS = [
        Binding("r", "app.reflect", "Reflect"),
        Binding("j", "app.journal", "Journal"),
        Binding("n", "app.new_entry", "New entry"),
        Binding("c", "app.commitments", "Commitments"),
        Binding("t", "app.trends", "Trends"),
        Binding("p", "app.coming_soon('Practise listening')", "Practise", show=False),
        Binding("x", "app.coming_soon('Leadership exchange')", "Exchange", show=False),
    ]

    app: CoachApp

    def compose(self) -> ComposeResult:
        yield Header(icon="◎")
        with Horizontal(id="home"):
            with Vertical(id="paths-panel", classes="panel") as panel:
                panel.border_title = "Where to?"
                yield OptionList(*self._path_options(), id="paths")
            with VerticalScroll(id="home-side"):
                yield OptionList(id="open-commitments", classes="panel")
                yield OptionList(id="unfinished", classes="panel")
                yield OptionList(id="recent", classes="panel")
        yield Static(id="home-hint", classes="hint")
        yield Footer()

    def _path_options(self) -> list[Option]:
        options = []
        for key, title, about in PATHS:
            prompt = Content.assemble((title, "bold"), "\n", (about, "dim"))
            options.append(Option(prompt, id=key))
        return options

    def on_mount(self) -> None:
        self.query_one("#open-commitments").border_title = "Open commitments"
        self.query_one("#unfinished").border_title = "Unfinished sessions"
        self.query_one("#recent").border_title = "Recent entries"
        self.query_one("#home-side").can_focus = False
        self.query_one("#paths", OptionList).focus()
        self.refresh_lists()

    def on_screen_resume(self) -> None:
        self.refresh_lists()

    def on_journal_opened(self, message: JournalOpened) -> None:
        self.refresh_lists()

    def refresh_lists(self) -> None:
        journal = self.app.journal
        if journal is None:
            for selector in ("#open-commitments", "#unfinished", "#recent"):
                self._fill(selector, [], "Opening your journal…")
            return
        with self.app.db_lock:
            commitments = journal.commitments("open")
            unfinished = journal.unfinished_sessions()
            recent = journal.newest(RECENT)
        self._fill(
            "#open-commitments",
            [Option(commitment_label(c), id=f"c{c.id}") for c in commitments],
            "No open commitments. A session ends with one.",
        )
        self._fill(
            "#unfinished",
            [Option(session_label(s), id=f"s{s.id}") for s in unfinished],
            "Nothing to resume.",
        )
        self._fill(
            "#recent",
            [Option(entry_label(e, width=self._width("#recent")), id=f"e{e.id}") for e in recent],
            "No entries yet. Reflect or write one to begin.",
        )
        hint = "Enter opens · Tab moves between lists · F1 help · Ctrl+P commands"
        self.query_one("#home-hint", Static).update(Content(hint))

    def _width(self, selector: str) -> int:
        width = self.query_one(selector).size.width or self.app.size.width - 34
        return max(30, width - 4)

    def _fill(self, selector: str, options: list[Option], empty: str) -> None:
        widget = self.query_one(selector, OptionList)
        widget.clear_options()
        if options:
            widget.add_options(options)
            widget.highlighted = 0
        else:
            widget.add_option(Option(Content(empty).stylize("dim italic"), disabled=True))

    @on(OptionList.OptionSelected, "#paths")
    def _path_chosen(self, event: OptionList.OptionSelected) -> None:
        key = event.option.id or ""
        if key == "practise":
            self.app.action_coming_soon("Practise listening")
        elif key == "exchange":
            self.app.action_coming_soon("Leadership exchange")
        else:
            getattr(self.app, f"action_{key}")()

    @on(OptionList.OptionSelected, "#unfinished")
    def _resume_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.app.action_resume(int(event.option.id[1:]))

    @on(OptionList.OptionSelected, "#open-commitments")
    def _commitment_chosen(self, event: OptionList.OptionSelected) -> None:
        self.app.action_commitments()

    @on(OptionList.OptionSelected, "#recent")
    def _entry_chosen(self, event: OptionList.OptionSelected) -> None:
        from coach.tui.screens.journal import JournalScreen

        if event.option.id:
            self.app.push_screen(JournalScreen(select=int(event.option.id[1:])))
