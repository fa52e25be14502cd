"""Trends: entries per week, mood over time, and the person's recurring themes.

Mood is read from every entry that has one, whatever its kind. Each theme opens the
journal searched for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, OptionList, Select, Sparkline, Static
from textual.widgets.option_list import Option

from coach.engine.themes import Theme, themes, words_of
from coach.tui.format import literal
from coach.tui.messages import JournalChanged

if TYPE_CHECKING:
    from coach.store import Journal
    from coach.tui.app import CoachApp

PERIODS = ((4, "last 4 weeks"), (12, "last 12 weeks"), (26, "last 6 months"), (52, "last year"))
MAX_TEXTS = 2000


@dataclass(frozen=True)
class Figures:
    weeks: list[int]
    moods: list[int]
    themes: list[Theme]
    texts: int


def gather(journal: Journal, weeks: int) -> Figures:
    """Counts per week, moods oldest first (from every entry with one), and themes since
    ``weeks`` ago."""
    from coach.store.templates import ENTRY_TEMPLATES, entry_template

    today = journal.today()
    first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    counts = []
    for n in range(weeks):
        start = first + timedelta(weeks=n)
        counts.append(journal.count_entries(since=start, until=start + timedelta(days=6)))
    moods = [mood for _, mood in journal.moods(since=first)]
    texts = [e.body for e in journal.newest(MAX_TEXTS, kind="check-in", since=first)]
    texts += [e.body for e in journal.newest(MAX_TEXTS, kind="free", since=first)]
    for info in journal.sessions():
        if info.started.date() >= first:
            texts.append("\n".join(
                t.text for t in journal.turns(info.id)
                if t.speaker == "you" and t.kind == "answer"))
    ignore: list[str] = []
    for name in ENTRY_TEMPLATES:
        try:
            ignore += words_of(entry_template(name))
        except KeyError:
            continue
    return Figures(counts, moods, themes(texts, ignore=ignore), len(texts))


def theme_option(theme: Theme) -> Option:
    """One theme as a list row: the words, then how many texts it came up in."""
    return Option(Content.assemble(literal(theme.text), (f"  ×{theme.count}", "dim")),
                  id=theme.search)


def since_label(weeks: int, today: date) -> str:
    first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    return f"since {first.day} {first:%b %Y}"


class TrendsScreen(Screen[None]):
    """Sparklines and themes over a chosen period."""

    CSS_PATH = "../journal.tcss"  # loaded when first opened, not at start-up

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("p", "next_period", "Period"),
    ]

    app: CoachApp

    def compose(self) -> ComposeResult:
        yield Header(icon="◎")
        with VerticalScroll(id="trends"):
            with Horizontal(classes="form-row"):
                yield Label("Period", classes="field-label")
                yield Select([(label, weeks) for weeks, label in PERIODS], value=12,
                             allow_blank=False, id="period", compact=True)
            yield Static(id="weeks-label", classes="trend-label")
            yield Sparkline([], id="weeks")
            yield Static(id="mood-label", classes="trend-label")
            yield Sparkline([], id="moods")
            yield Static(id="themes-label", classes="trend-label")
            yield OptionList(id="themes")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Trends"
        self.query_one("#period").focus()
        self.load(12)

    def on_journal_changed(self, message: JournalChanged) -> None:
        period = self.query_one("#period", Select).value
        self.load(period if isinstance(period, int) else 12)

    @on(Select.Changed, "#period")
    def _period_changed(self, event: Select.Changed) -> None:
        if isinstance(event.value, int):
            self.load(event.value)

    def action_next_period(self) -> None:
        select = self.query_one("#period", Select)
        values = [weeks for weeks, _ in PERIODS]
        current = select.value if isinstance(select.value, int) else 12
        select.value = values[(values.index(current) + 1) % len(values)]

    @work(thread=True, exclusive=True, group="trends")
    def load(self, weeks: int) -> None:
        journal = self.app.journal
        assert journal is not None
        with self.app.db_lock:
            figures = gather(journal, weeks)
            since = since_label(weeks, journal.today())
        self.app.call_from_thread(self._show, figures, since)

    def _show(self, figures: Figures, since: str) -> None:
        total = sum(figures.weeks)
        busiest = max(figures.weeks, default=0)
        self.query_one("#weeks-label", Static).update(Content(
            f"Entries per week, {since}: {total} in all, at most {busiest} in a week"))
        self.query_one("#weeks", Sparkline).data = figures.weeks
        moods = figures.moods
        entries = "1 entry" if len(moods) == 1 else f"{len(moods)} entries"
        mood_text = (f"Mood (1 low, 5 high): {entries} with a mood, latest {moods[-1]}, "
                     f"average {sum(moods) / len(moods):.1f}") if moods else \
            "Mood: no entries with a mood yet (choose one beside the title when you write)"
        self.query_one("#mood-label", Static).update(Content(mood_text))
        self.query_one("#moods", Sparkline).data = moods
        self.query_one("#moods").display = bool(moods)
        self.query_one("#themes-label", Static).update(Content(
            f"Your recurring themes, {since} ({figures.texts} entries and sessions)"
            + ("; Enter shows where each comes up" if figures.themes else "")))
        listed = self.query_one("#themes", OptionList)
        if figures.themes:
            listed.set_options([theme_option(theme) for theme in figures.themes])
        else:
            listed.set_options([Option(Content("Nothing yet: write or reflect, and your "
                                               "themes will show here."), disabled=True)])

    @on(OptionList.OptionSelected, "#themes")
    def _theme_chosen(self, event: OptionList.OptionSelected) -> None:
        """Open the journal searched for the theme."""
        from coach.tui.screens.journal import JournalScreen

        if event.option.id:
            self.app.push_screen(JournalScreen(search=event.option.id))

    def action_back(self) -> None:
        self.dismiss()
