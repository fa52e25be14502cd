"""Commitments: open ones and done ones; mark done, carry on, let go."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList
from textual.widgets.option_list import Option

from coach.store import Commitment
from coach.tui.format import commitment_label, day, literal
from coach.tui.journal_writes import write
from coach.tui.messages import JournalChanged

if TYPE_CHECKING:
    from coach.tui.app import CoachApp

STATUS_WORDS = {"done": "done", "dropped": "let go", "open": "open"}


class CommitmentsScreen(Screen[None]):
    """What the person said they would do, and what became of it."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("d", "set_status('done')", "Done"),
        Binding("o", "set_status('open')", "Carry on"),
        Binding("l", "set_status('dropped')", "Let go"),
    ]

    app: CoachApp

    def __init__(self) -> None:
        super().__init__()
        self.by_option: dict[str, Commitment] = {}

    def compose(self) -> ComposeResult:
        yield Header(icon="◎")
        with Vertical(id="commitment-lists"):
            yield OptionList(id="open", classes="panel")
            yield OptionList(id="closed", classes="panel")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Commitments"
        self.query_one("#open").border_title = "Open"
        self.query_one("#closed").border_title = "Done and let go"
        self.reload()
        self.query_one("#open", OptionList).focus()

    def on_journal_changed(self, message: JournalChanged) -> None:
        self.reload()

    def reload(self) -> None:
        journal = self.app.journal
        assert journal is not None
        with self.app.db_lock:
            everything = journal.commitments(None)
        self.by_option = {f"c{c.id}": c for c in everything}
        opened = [c for c in everything if c.status == "open"]
        closed = sorted((c for c in everything if c.status != "open"),
                        key=lambda c: c.updated, reverse=True)
        self._fill("#open", [Option(commitment_label(c), id=f"c{c.id}") for c in opened],
                   "Nothing open. Commitments made at the end of a session appear here.")
        self._fill("#closed", [Option(self._closed_label(c), id=f"c{c.id}") for c in closed],
                   "Nothing done or let go yet.")

    def _closed_label(self, commitment: Commitment) -> Content:
        word = STATUS_WORDS.get(commitment.status, commitment.status)
        mark = "✓ " if commitment.status == "done" else "– "
        return Content.assemble(
            (mark, "$success" if commitment.status == "done" else "dim"),
            literal(commitment.text),
            (f"  · {word} {day(commitment.updated)}", "dim"),
        )

    def _fill(self, selector: str, options: list[Option], empty: str) -> None:
        widget = self.query_one(selector, OptionList)
        keep = widget.highlighted
        widget.clear_options()
        if options:
            widget.add_options(options)
            widget.highlighted = min(keep or 0, len(options) - 1)
        else:
            widget.add_option(Option(Content(empty).stylize("dim italic"), disabled=True))

    def current(self) -> Commitment | None:
        focused = self.focused
        widget = focused if isinstance(focused, OptionList) else self.query_one("#open", OptionList)
        if widget.highlighted is None:
            return None
        option = widget.get_option_at_index(widget.highlighted)
        return self.by_option.get(option.id or "")

    def action_set_status(self, status: str) -> None:
        commitment = self.current()
        if commitment is None or self.app.journal is None:
            self.app.notify("Choose a commitment first.", markup=False)
            return
        if commitment.status == status:
            self.app.notify(f"It is already {STATUS_WORDS[status]}.", markup=False)
            return
        if write(self.app, lambda journal: journal.set_commitment_status(commitment.id, status),
                 then="The commitment is unchanged.") is None:
            return
        notes = {"done": "Marked done. Well done.", "open": "Kept open: carry on.",
                 "dropped": "Let go. That's a choice too."}
        self.app.notify(notes[status], markup=False)
        self.reload()

    def action_back(self) -> None:
        self.dismiss()

    def palette_commands(self) -> list[tuple[str, str, Any]]:
        return [
            ("Commitment: mark done", "The highlighted commitment is done",
             lambda: self.action_set_status("done")),
            ("Commitment: carry on", "Keep it open", lambda: self.action_set_status("open")),
            ("Commitment: let go", "Drop it, on purpose",
             lambda: self.action_set_status("dropped")),
        ]
