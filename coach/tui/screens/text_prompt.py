"""Ask for one line of text in a small dialog: Enter or the OK button answers, Esc or
Cancel leaves."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from coach.tui.format import literal
from coach.tui.widgets.safe_text import SafeInput


class TextPrompt(ModalScreen[str | None]):
    """Dismissed with the text typed, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, *, placeholder: str = "", value: str = "",
                 ok: str = "OK") -> None:
        super().__init__()
        self.question = question
        self.placeholder = placeholder
        self.value = value
        self.ok = ok

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(literal(self.question), markup=False)
            yield SafeInput(self.value, placeholder=self.placeholder, id="prompt-input")
            with Horizontal(classes="buttons"):
                yield Button("Cancel (Esc)", id="prompt-cancel")
                yield Button(f"{self.ok} (Enter)", id="prompt-ok", variant="primary")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    @on(Button.Pressed, "#prompt-ok")
    def _ok(self) -> None:
        self.dismiss(self.query_one("#prompt-input", Input).value)

    @on(Button.Pressed, "#prompt-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)
