"""Leadership exchanges: the list, a new one, and each phase (prepare, notes, reflect).

The small form for a new exchange lives here too: it is only ever opened from this
screen, and a module of its own would hold little more than its fields.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, Input, OptionList, Select, Static
from textual.widgets.option_list import Option

from coach.tui.screens.chat import ChatScreen

if TYPE_CHECKING:
    from coach.engine.model import Framework
    from coach.store.models import Exchange
    from coach.tui.app import CoachApp

PARTS = {"prepare": "preparation", "reflect": "reflection"}


@dataclass(frozen=True)
class NewExchange:
    role: str
    partner: str
    org: str
    when: str
    title: str


def exchange_label(exchange: Exchange) -> Content:
    day = exchange.day.isoformat() if exchange.day else "no date"
    return Content.assemble(
        Content(exchange.title),
        (f"  · {exchange.role} · {exchange.phase} · {day} · {exchange.notes} notes", "dim"),
    )


class NewExchangeForm(ModalScreen["NewExchange | None"]):
    """Who, where, when and in which role; dismissed with the answers or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content("A new leadership exchange"))
            yield Select([("I will host", "host"), ("I will observe", "observer")],
                         value="host", allow_blank=False, id="role")
            yield Input(placeholder="With whom? (required)", id="partner")
            yield Input(placeholder="Their organisation (optional)", id="org")
            yield Input(placeholder="When? 12 March, next tuesday ... (optional)", id="when")
            yield Input(placeholder="Title (optional) - Enter saves", id="title")

    def on_mount(self) -> None:
        self.query_one("#partner", Input).focus()

    @on(Input.Submitted)
    def _submitted(self) -> None:
        values = {name: self.query_one(f"#{name}", Input).value
                  for name in ("partner", "org", "when", "title")}
        if not values["partner"].strip():
            self.app.notify("Say who the exchange is with.", severity="warning", markup=False)
            self.query_one("#partner", Input).focus()
            return
        self.dismiss(NewExchange(role=str(self.query_one("#role", Select).value), **values))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExchangeChatScreen(ChatScreen):
    """A new preparation or reflection conversation, saved as part of its exchange."""

    def __init__(self, framework: Framework, exchange: Exchange, part: str) -> None:
        super().__init__(framework=framework)
        self.exchange = exchange
        self.part = part

    @work(thread=True, exclusive=True, group="engine")
    def _begin(self) -> None:
        import dataclasses

        from coach.engine.session import Session

        app, journal, framework = self.app, self.app.journal, self.framework
        assert journal is not None and framework is not None
        with app.db_lock:
            seed = app.seed if app.seed is not None else random.SystemRandom().randrange(2**31)
            reviews = journal.open_commitments()
            meta = {"exchange_id": self.exchange.id, "exchange_part": self.part,
                    "reviews": [dataclasses.asdict(r) for r in reviews]}
            self.session_id = journal.start_session(
                framework.id, seed=seed, title=f"{self.exchange.title}: {PARTS[self.part]}",
                kind="exchange", meta=meta)
            journal.link_exchange_session(self.exchange.id, self.part, self.session_id)
            session = Session(framework, seed=seed, open_commitments=reviews,
                              today=journal.today, recorder=journal.recorder(self.session_id))
            session.start()
        app.call_from_thread(self._ready, session)


class ExchangesScreen(Screen[None]):
    """Every exchange, newest first, with a key for each phase."""

    DEFAULT_CSS = """
    ExchangesScreen #exchanges { width: 1fr; }
    ExchangesScreen #exchange-detail { width: 1fr; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("n", "new", "New"),
        Binding("p", "conversation('prepare')", "Prepare"),
        Binding("o", "notes", "Notes"),
        Binding("r", "conversation('reflect')", "Reflect"),
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
                                  "reflect afterwards."))
            return
        where = f", {x.org}" if x.org else ""
        lines = [x.title, f"Role: {x.role}", f"With: {x.partner}{where}",
                 f"Date: {x.day.isoformat() if x.day else 'not set'}", f"Phase: {x.phase}",
                 f"Notes: {x.notes}", "",
                 "p prepare · o notes · r reflect",
                 f"Report: coach exchange report {x.id} --out FILE"]
        detail.update(Content("\n".join(lines)))

    @on(OptionList.OptionSelected, "#exchanges")
    def _selected(self) -> None:
        self.action_notes()

    def action_new(self) -> None:
        self.app.push_screen(NewExchangeForm(), self._created)

    def _created(self, answers: NewExchange | None) -> None:
        from coach.engine.dates import parse_when
        from coach.store import StoreError

        if answers is None:
            return
        journal = self.app.journal
        assert journal is not None
        try:
            day = parse_when(answers.when, journal.today()) if answers.when.strip() else None
            with self.app.db_lock:
                journal.add_exchange(role=answers.role, partner=answers.partner,
                                     org=answers.org or None, day=day, title=answers.title or None)
        except (ValueError, StoreError) as exc:
            self.app.notify(str(exc), severity="error", markup=False)
            return
        self.query_one("#exchanges", OptionList).highlighted = 0
        self.reload()

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
        if info is not None and info.status == "finished":
            self.app.notify(f"This exchange already has its {PARTS[part]}; "
                            f"`coach exchange report {x.id}` shows it.", markup=False)
        elif info is not None and info.status in ("active", "paused"):
            self.app.push_screen(ChatScreen(session_id=info.id))
        else:
            framework_id = f"exchange-{x.role}" if part == "prepare" else "exchange-reflect"
            framework = self.app.framework(framework_id)
            if framework is None:
                self.app.notify(f"The {framework_id} framework is missing.", severity="error",
                                markup=False)
                return
            self.app.push_screen(ExchangeChatScreen(framework, x, part))

    def action_back(self) -> None:
        self.dismiss()
