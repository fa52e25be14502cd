"""The risk response, set apart from the conversation: support details and three choices.

When the coach hears that someone may be at risk, its reply is shown here rather than
as a chat bubble: what it wants to say, the support details laid out as a list, the
question whether they are safe, and buttons to pause, stop or carry on. The same
choices can be typed into the answer box.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from coach.engine.model import Turn
from coach.tui.format import literal
from coach.tui.messages import SafetyChosen

#: (choice as the session reads it, button label, button id)
CHOICES = (("pause", "Pause", "safety-pause"), ("stop", "Stop", "safety-stop"),
           ("carry on", "Carry on", "safety-carry-on"))


class SafetyChoices(Horizontal):
    """Pause, stop and carry on, as buttons (``active`` False: shown, but done with)."""

    def __init__(self, *, active: bool = True) -> None:
        super().__init__()
        self.active = active

    def compose(self) -> ComposeResult:
        for _, label, button_id in CHOICES:
            yield Button(label, id=button_id if self.active else None,
                         classes="safety-choice", compact=True, disabled=not self.active)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        for choice, _, button_id in CHOICES:
            if event.button.id == button_id:
                self.post_message(SafetyChosen(choice))

    def retire(self) -> None:
        """The choice has been made (or offered again below): these buttons are done."""
        self.active = False
        for button in self.query(Button):
            button.disabled = True


class SupportPanel(Vertical):
    """The risk response: message, support list, question, and the choices."""

    def __init__(self, turn: Turn, *, active: bool = True) -> None:
        super().__init__(classes="support-panel")
        self.turn = turn
        self.active = active
        self.border_title = "Your safety comes first"

    def compose(self) -> ComposeResult:
        data = self.turn.data
        message, support, question = (data.get(k) for k in ("message", "support", "question"))
        if isinstance(message, str) and isinstance(support, str) and isinstance(question, str):
            yield Static(literal(message), classes="support-message", markup=False)
            yield Static(literal(support), classes="support-list", markup=False)
            yield Static(literal(question), classes="support-question", markup=False)
        else:  # a turn saved without its parts: show it whole
            yield Static(literal(self.turn.text), classes="support-message", markup=False)
        yield SafetyChoices(active=self.active)


class ChoiceOffer(Vertical):
    """The choice offered once more: the coach's words and the same buttons."""

    def __init__(self, turn: Turn, *, active: bool = True) -> None:
        super().__init__(classes="support-panel -again")
        self.turn = turn
        self.active = active
        self.border_title = "Your choice"

    def compose(self) -> ComposeResult:
        yield Static(literal(self.turn.text), classes="support-question", markup=False)
        yield SafetyChoices(active=self.active)
