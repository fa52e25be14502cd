"""The small form for a new leadership exchange: role, with whom, where, when, a title."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Select, Static

from coach.tui.widgets.safe_text import SafeInput


@dataclass(frozen=True)
class NewExchange:
    """The form's answers, as typed; the date is parsed when the exchange is saved."""

    role: str
    partner: str
    org: str
    when: str
    title: str


class NewExchangeForm(ModalScreen["NewExchange | None"]):
    """Who, where, when and in which role; dismissed with the answers or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content("A new leadership exchange"))
            yield Select([("I will host", "host"), ("I will observe", "observer")],
                         value="host", allow_blank=False, id="role")
            yield SafeInput(placeholder="With whom? (required)", id="partner")
            yield SafeInput(placeholder="Their organisation (optional)", id="org")
            yield SafeInput(placeholder="When? 12 March, next tuesday ... (optional)", id="when")
            yield SafeInput(placeholder="Title (optional) - Enter saves", id="title")

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
        problem = self._date_problem(values["when"])
        if problem:
            self.app.notify(f"{problem}.", severity="warning", markup=False)
            self.query_one("#when", Input).focus()
            return
        self.dismiss(NewExchange(role=str(self.query_one("#role", Select).value), **values))

    def _date_problem(self, when: str) -> str | None:
        """Why ``when`` can't be read as a date, or None when it can (or is left empty)."""
        from coach.engine.dates import parse_when

        if not when.strip():
            return None
        journal = getattr(self.app, "journal", None)
        today = journal.today() if journal is not None else date.today()
        try:
            parse_when(when, today)
        except ValueError as exc:
            return str(exc)
        return None

    def action_cancel(self) -> None:
        self.dismiss(None)
