"""A question with a few answers, one button each, in a small dialog.

For when yes or no is not enough (leaving a practice part-way: keep what there is,
discard it, or go back). The first answer is the safe one: it has the focus, and Esc
gives it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static
from textual.widgets.button import ButtonVariant

from coach.tui.format import literal


@dataclass(frozen=True)
class Choice:
    """One answer: what the dialog returns, its button's label, and a key that picks it."""

    value: str
    label: str
    key: str
    variant: ButtonVariant = "default"


class ChoiceScreen(ModalScreen[str]):
    """Dismissed with the ``value`` of the answer picked; Esc picks the first answer."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, choices: Sequence[Choice]) -> None:
        if not choices:
            raise ValueError("a choice needs at least one answer")
        super().__init__()
        self.question = question
        self.choices = tuple(choices)

    def compose(self) -> ComposeResult:
        keys = " · ".join(f"{c.key} {c.label.lower()}" for c in self.choices[1:])
        hint = f"{keys} · Esc {self.choices[0].label.lower()}" if keys else ""
        with Vertical(id="dialog", classes="dialog"):
            yield Static(literal(self.question), id="question", markup=False)
            if hint:
                yield Static(Content(hint), classes="hint", markup=False)
            with Horizontal(classes="buttons"):
                for choice in self.choices:
                    yield Button(choice.label, name=choice.value, variant=choice.variant)

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.name or self.choices[0].value)

    def on_key(self, event: events.Key) -> None:
        for choice in self.choices:
            if event.key == choice.key:
                event.stop()
                self.dismiss(choice.value)
                return

    def action_cancel(self) -> None:
        self.dismiss(self.choices[0].value)
