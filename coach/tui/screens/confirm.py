"""A yes/no question in a small dialog (used before deleting, discarding or ending).

Saying yes takes a deliberate act. The dialog often opens from a key pressed while
typing (``d`` in the journal deletes), so no letter answers yes: the next letters typed
must not delete anything. The cancel button has the focus, so Enter and Space keep
things as they are; Tab (or →) moves to the yes button, and Enter then presses it.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from coach.tui.format import literal


class ConfirmScreen(ModalScreen[bool]):
    """Dismissed with True for yes, False for no."""

    BINDINGS = [
        Binding("escape", "no", "Cancel"),
        Binding("n", "no", "No", show=False),
        Binding("left", "app.focus_previous", "Previous", show=False),
        Binding("right", "app.focus_next", "Next", show=False),
    ]

    def __init__(self, question: str, *, yes: str = "Yes", no: str = "Cancel") -> None:
        super().__init__()
        self.question = question
        self.yes_label = yes
        self.no_label = no

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog"):
            yield Static(literal(self.question), id="question", markup=False)
            yield Static(Content(f"Tab then Enter: {self.yes_label.lower()} · "
                                 f"Esc: {self.no_label.lower()}"), classes="hint", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(self.no_label, id="no")
                yield Button(self.yes_label, id="yes", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def action_no(self) -> None:
        self.dismiss(False)
