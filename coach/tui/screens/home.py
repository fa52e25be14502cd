"""Home: where to go (seven paths), open commitments, sessions to resume, recent entries.

Kept light because it is the first screen: two option lists (the paths, and one list
holding commitments, unfinished sessions and recent entries under headings), a header
and a footer that shows only the keys that work everywhere; each path shows its own key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList
from textual.widgets.option_list import Option

from coach.tui.format import commitment_label, entry_label, session_label
from coach.tui.messages import JournalChanged, JournalOpened

if TYPE_CHECKING:
    from coach.tui.app import CoachApp

RECENT = 8

# (key, action on the app, title, what it is for)
PATHS: tuple[tuple[str, str, str, str], ...] = (
    ("r", "reflect", "Reflect", "talk it through"),
    ("p", "practise", "Practise listening", "timed turns, live feedback"),
    ("x", "exchanges", "Leadership exchange", "prepare, notes, reflect"),
    ("j", "journal", "Journal", "read, search, write"),
    ("n", "new_entry", "New entry", "a page or a template"),
    ("c", "commitments", "Commitments", "what you said you'd do"),
    ("t", "trends", "Trends", "entries, mood, themes"),
)
HINT = "Enter opens · Tab switches"
OPENING = "Opening your journal…"


def home_summary() -> str:
    """What Home offers, in one line, from :data:`PATHS` (the palette's Home entry)."""
    titles = [title for _, _, title, _ in PATHS]
    listed = ", ".join([titles[0], *(t[:1].lower() + t[1:] for t in titles[1:])])
    return f"{listed}; sessions to resume and recent entries"


def path_option(key: str, action: str, title: str, about: str) -> Option:
    prompt = Content.assemble((key, "bold $text-accent"), "  ", (title, "bold"), "\n   ",
                              (about, "dim"))
    return Option(prompt, id=action)


def heading(text: str) -> Option:
    return Option(Content(text).stylize("bold $text-primary"), disabled=True)


def empty(text: str) -> Option:
    return Option(Content("  " + text).stylize("dim italic"), disabled=True)


class HomeScreen(Screen[None]):
    """Where every path starts."""

    BINDINGS = [
        Binding("r", "app.reflect", "Reflect", show=False),
        Binding("p", "app.practise", "Practise", show=False),
        Binding("x", "app.exchanges", "Exchange", show=False),
        Binding("j", "app.journal", "Journal", show=False),
        Binding("n", "app.new_entry", "New entry", show=False),
        Binding("c", "app.commitments", "Commitments", show=False),
        Binding("t", "app.trends", "Trends", show=False),
    ]

    app: CoachApp

    def compose(self) -> ComposeResult:
        yield Header(icon="◎")
        with Horizontal(id="home"):
            paths = OptionList(*(path_option(*path) for path in PATHS), id="paths",
                               classes="panel")
            paths.border_title = "Where to?"
            paths.border_subtitle = HINT
            yield paths
            waiting = [empty(OPENING)] if self.app.journal is None else []
            side = OptionList(*waiting, id="side", classes="panel")
            side.border_title = "Your journal"
            yield side
        yield Footer()

    def on_screen_resume(self) -> None:
        self.refresh_lists()

    def on_journal_opened(self, message: JournalOpened) -> None:
        self.refresh_lists()

    def on_journal_changed(self, message: JournalChanged) -> None:
        self.refresh_lists()

    def refresh_lists(self) -> None:
        side = self.query_one("#side", OptionList)
        journal = self.app.journal
        if journal is None:
            return  # composed saying so; filled in when the journal has opened
        with self.app.db_lock:
            commitments = journal.commitments("open")
            unfinished = journal.unfinished_sessions()
            recent = journal.newest(RECENT)
        width = max(30, (side.size.width or self.app.size.width - 34) - 4)
        options: list[Option | None] = [heading("Open commitments")]
        options += [Option(commitment_label(c), id=f"c{c.id}") for c in commitments] or [
            empty("None yet: a session ends with one.")]
        options += [None, heading("Unfinished sessions")]
        options += [Option(session_label(s), id=f"s{s.id}") for s in unfinished] or [
            empty("Nothing to resume.")]
        options += [None, heading("Recent entries")]
        options += [Option(entry_label(e, width=width), id=f"e{e.id}") for e in recent] or [
            empty("None yet: reflect or write to begin.")]
        current = side.highlighted_option
        side.set_options(options)
        chosen = [option for option in options if option is not None]
        selectable = [n for n, option in enumerate(chosen) if not option.disabled]
        same = [n for n in selectable if current is not None and chosen[n].id == current.id]
        if selectable:
            side.highlighted = (same or selectable)[0]

    @on(OptionList.OptionSelected, "#paths")
    def _path_chosen(self, event: OptionList.OptionSelected) -> None:
        getattr(self.app, f"action_{event.option.id}")()

    @on(OptionList.OptionSelected, "#side")
    def _item_chosen(self, event: OptionList.OptionSelected) -> None:
        from coach.tui.screens.journal import JournalScreen

        kind, number = (event.option.id or "?")[:1], (event.option.id or "")[1:]
        if kind == "s":
            self.app.action_resume(int(number))
        elif kind == "c":
            self.app.action_commitments()
        elif kind == "e":
            self.app.push_screen(JournalScreen(select=int(number)))
