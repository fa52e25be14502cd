"""Leadership exchanges: the list, and a key for each phase (prepare, notes, reflect, report).

The two conversations are the ordinary coaching chat, opened with the exchange's
framework, title and id and linked to the exchange the moment they start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from coach.tui.format import literal
from coach.tui.journal_writes import write
from coach.tui.messages import JournalChanged
from coach.tui.screens.chat import ChatScreen

if TYPE_CHECKING:
    from coach.store.models import Exchange
    from coach.tui.app import CoachApp
    from coach.tui.messages import SessionEnded
    from coach.tui.screens.new_exchange import NewExchange

PARTS = {"prepare": "preparation", "reflect": "reflection"}


def exchange_label(exchange: Exchange) -> Content:
    day = exchange.day.isoformat() if exchange.day else "no date"
    notes = "1 note" if exchange.notes == 1 else f"{exchange.notes} notes"
    return Content.assemble(
        literal(exchange.title),
        (f"\n  {exchange.role} · {exchange.phase} · {day} · {notes}", "dim"),
    )


def default_report_path(exchange_id: int) -> str:
    """Where the report is offered to go: ``~/coach-exchange-<id>.md`` (and ``.html``)."""
    return f"~/coach-exchange-{exchange_id}.md"


REPORT_SUFFIXES = (".md", ".markdown", ".html", ".htm")


def report_paths(path: Path) -> dict[str, Path]:
    """The Markdown and HTML files for a report asked for at ``path``, side by side:
    ``visit.md`` (or ``visit.html``, or ``visit``) gives ``visit.md`` and ``visit.html``."""
    base = path.with_suffix("") if path.suffix.lower() in REPORT_SUFFIXES else path
    return {fmt: base.with_name(f"{base.name}.{fmt}") for fmt in ("md", "html")}


class ExchangesScreen(Screen[None]):
    """Every exchange, newest first, with a key for each phase."""

    DEFAULT_CSS = """
    ExchangesScreen #exchanges { width: 3fr; height: 1fr; }
    ExchangesScreen #exchange-detail { width: 2fr; height: 1fr; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("n", "new", "New"),
        Binding("p", "conversation('prepare')", "Prepare"),
        Binding("o", "notes", "Notes"),
        Binding("r", "conversation('reflect')", "Reflect"),
        Binding("w", "report", "Report"),
    ]

    app: CoachApp

    def __init__(self) -> None:
        super().__init__()
        self.by_option: dict[str, Exchange] = {}

    def compose(self) -> ComposeResult:
        yield Header(icon="◎")
        with Horizontal():
            yield OptionList(id="exchanges", classes="panel")
            yield Static(id="exchange-detail", classes="panel", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Leadership exchanges"
        self.query_one("#exchanges").border_title = "Exchanges"
        self.reload()
        self.query_one("#exchanges", OptionList).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def on_journal_changed(self, message: JournalChanged) -> None:
        self.reload()

    def reload(self) -> None:
        journal = self.app.journal
        assert journal is not None
        with self.app.db_lock:
            exchanges = journal.exchanges()
        self.by_option = {f"x{x.id}": x for x in exchanges}
        widget = self.query_one("#exchanges", OptionList)
        keep = widget.highlighted
        widget.clear_options()
        if not exchanges:
            widget.add_option(Option(Content("No exchanges yet. Press n to start one."),
                                     disabled=True))
        else:
            widget.add_options([Option(exchange_label(x), id=f"x{x.id}") for x in exchanges])
            widget.highlighted = min(keep or 0, len(exchanges) - 1)
        self._show_detail()

    @property
    def current(self) -> Exchange | None:
        widget = self.query_one("#exchanges", OptionList)
        if widget.highlighted is None or not self.by_option:
            return None
        return self.by_option.get(widget.get_option_at_index(widget.highlighted).id or "")

    @on(OptionList.OptionHighlighted, "#exchanges")
    def _show_detail(self) -> None:
        x = self.current
        detail = self.query_one("#exchange-detail", Static)
        if x is None:
            detail.update(Content("Prepare to host or to observe, take notes on the day, "
                                  "reflect afterwards, and write it up."))
            return
        where = f", {x.org}" if x.org else ""
        lines = [x.title, f"Role: {x.role}", f"With: {x.partner}{where}",
                 f"Date: {x.day.isoformat() if x.day else 'not set'}", f"Phase: {x.phase}",
                 f"Notes: {x.notes}", "",
                 "p  prepare", "o  notes on the day", "r  reflect", "w  write the report"]
        detail.update(literal("\n".join(lines)))

    @on(OptionList.OptionSelected, "#exchanges")
    def _selected(self) -> None:
        self.action_notes()

    # ------------------------------------------------------------------ new

    def action_new(self) -> None:
        from coach.tui.screens.new_exchange import NewExchangeForm

        self.app.push_screen(NewExchangeForm(), self._created)

    def _created(self, answers: NewExchange | None) -> None:
        if answers is None:
            return
        if write(self.app, lambda journal: journal.add_exchange(
                role=answers.role, partner=answers.partner, org=answers.org or None,
                day=answers.day, title=answers.title or None),
                then=f"The exchange with {answers.partner} wasn't saved; press n to try again.",
                ) is None:
            return
        self.query_one("#exchanges", OptionList).highlighted = 0
        self.reload()

    # ------------------------------------------------------------------ phases

    def action_notes(self) -> None:
        from coach.tui.screens.exchange_notes import ExchangeNotesScreen

        if self.current is not None:
            self.app.push_screen(ExchangeNotesScreen(self.current.id))

    def action_conversation(self, part: str) -> None:
        x, journal = self.current, self.app.journal
        if x is None or journal is None:
            return
        linked = x.prepare_session_id if part == "prepare" else x.reflect_session_id
        with self.app.db_lock:
            info = journal.get_session(linked) if linked is not None else None
        ended = self._ended_notice(x.id)
        if info is not None and info.status == "finished":
            self.app.notify(f"This exchange already has its {PARTS[part]}; "
                            "w writes the report with it.", markup=False)
        elif info is not None and info.status in ("active", "paused"):
            self.app.push_screen(ChatScreen(session_id=info.id, after_end=ended))
        else:
            framework_id = f"exchange-{x.role}" if part == "prepare" else "exchange-reflect"
            framework = self.app.framework(framework_id)
            if framework is None:
                self.app.notify(f"The {framework_id} framework is missing.", severity="error",
                                markup=False)
                return

            def link(session_id: int) -> None:
                assert journal is not None
                journal.link_exchange_session(x.id, part, session_id)

            self.app.push_screen(ChatScreen(
                framework=framework, title=f"{x.title}: {PARTS[part]}", kind="exchange",
                meta={"exchange_id": x.id, "exchange_part": part},
                after_start=link, after_end=ended,
            ))

    def _ended_notice(self, exchange_id: int) -> Callable[[SessionEnded], None]:
        def ended(message: SessionEnded) -> None:
            journal = self.app.journal
            if journal is None:
                return
            with self.app.db_lock:
                exchange = journal.get_exchange(exchange_id)
            if exchange is not None:
                self.app.notify(f"Exchange {exchange_id} is now {exchange.phase}.", markup=False)

        return ended

    # ------------------------------------------------------------------ report

    def action_report(self) -> None:
        from coach.tui.screens.text_prompt import TextPrompt

        x = self.current
        if x is None:
            return

        def chosen(path: str | None) -> None:
            if path and path.strip():
                self.write_report(x.id, Path(path.strip()).expanduser())

        prompt = TextPrompt(f"Write the report on {x.title} (Markdown and HTML) to which file?",
                            value=default_report_path(x.id))
        self.app.push_screen(prompt, chosen)

    @work(thread=True, exclusive=True, group="exchange-report")
    def write_report(self, exchange_id: int, path: Path) -> None:
        """The exchange's report as Markdown and as an HTML page, side by side, each
        written owner-only and all at once."""
        from coach.store import StoreError
        from coach.store.files import atomic_writer

        app, journal = self.app, self.app.journal
        assert journal is not None
        written: list[str] = []
        target = path
        try:
            for fmt, target in report_paths(path).items():
                with app.db_lock:
                    text = journal.exchange_report(exchange_id, fmt)
                with atomic_writer(target) as handle:
                    handle.write(text)
                written.append(str(target))
        except (OSError, StoreError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            done = f" (wrote {written[0]})" if written else ""
            app.call_from_thread(
                app.notify, f"Couldn't write the report to {target}: {reason}{done}. "
                "Press w to choose another file.", severity="error", markup=False)
            return
        app.call_from_thread(app.notify, f"Wrote the report to {' and '.join(written)}",
                             markup=False)

    def action_back(self) -> None:
        self.dismiss()
