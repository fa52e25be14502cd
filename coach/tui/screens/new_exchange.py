"""The small form for a new leadership exchange: role, with whom, where, when, a title.

Every box has a label beside it, and the one in use is shown by its label and its
colour. Tab, Shift+Tab, Enter and Ctrl+S act at once, before any key typed after them
is handed on (they are priority bindings), and saving first lets every box take the
keys already sent to it: so nothing typed ahead is lost or lands in the wrong box.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.dom import DOMNode
from textual.events import Click, DescendantFocus
from textual.reactive import reactive
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Footer, Input, Label, Static

ROLES = (("host", "I will host"), ("observer", "I will observe"))


def mark_field_in_use(screen: DOMNode, focused: DOMNode | None) -> None:
    """Give the ``.field`` row holding ``focused`` the class ``-active`` (and only it),
    so its label can show where the typing goes."""
    for row in screen.query(".field"):
        inside = focused is not None and (focused is row or row in focused.ancestors)
        row.set_class(inside, "-active")

from coach.tui.widgets.safe_text import SafeInput


@dataclass(frozen=True)
class NewExchange:
    """The form's answers: the boxes as typed, the date already read."""

    role: str
    partner: str
    org: str
    day: date | None
    title: str


class RoleChoice(Widget, can_focus=True):
    """Host or observer, chosen in place: the arrows or Space switch, h or o choose."""

    DEFAULT_CSS = """
    RoleChoice { height: 1; width: 1fr; padding: 0 1; background: $boost; }
    RoleChoice:focus { background: $accent 30%; text-style: bold; }
    """
    # Priority, so a choice is made before the next key typed is handed on.
    BINDINGS = [
        *(Binding(key, "switch", show=False, priority=True)
          for key in ("left", "right", "up", "down", "space")),
        Binding("h", "choose('host')", show=False, priority=True),
        Binding("o", "choose('observer')", show=False, priority=True),
    ]

    value: reactive[str] = reactive("host")

    def render(self) -> Content:
        parts: list[Content | tuple[str, str]] = []
        for value, label in ROLES:
            mark = "●" if value == self.value else "○"
            parts.append((f"{mark} {label}", "bold" if value == self.value else "dim"))
            parts.append(Content("   "))
        return Content.assemble(*parts[:-1])

    def action_switch(self) -> None:
        self.value = "observer" if self.value == "host" else "host"

    def action_choose(self, value: str) -> None:
        self.value = value

    def _on_click(self, event: Click) -> None:
        self.action_switch()


class NewExchangeForm(ModalScreen["NewExchange | None"]):
    """Who, where, when and in which role; dismissed with the answers or None."""

    DEFAULT_CSS = """
    NewExchangeForm .dialog { width: 72; }
    NewExchangeForm #form-heading { margin-bottom: 1; text-style: bold; }
    NewExchangeForm .field { height: 1; margin-bottom: 1; }
    NewExchangeForm .field Label { width: 20; color: $text-muted; }
    NewExchangeForm .field.-active Label { color: $accent; text-style: bold; }
    NewExchangeForm .field Input { width: 1fr; background: $boost; }
    NewExchangeForm .field Input:focus { background: $accent 30%; }
    NewExchangeForm .buttons Button:focus { text-style: bold reverse; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
        Binding("enter", "submit", "Save", show=False, priority=True),
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
    ]
    FIELDS = (
        ("partner", "With whom", "their name (required)"),
        ("org", "Organisation", "or part of the system (optional)"),
        ("when", "When", "12 March, Friday ... (optional)"),
        ("title", "Title", "optional: made from the rest"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._done = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content("A new leadership exchange"), id="form-heading")
            with Horizontal(classes="field"):
                yield Label("Role")
                yield RoleChoice(id="role")
            for name, label, hint in self.FIELDS:
                with Horizontal(classes="field"):
                    yield Label(label)
                    # Tabbing back to a box carries on at its end rather than selecting
                    # it all, so keys typed ahead add to it instead of replacing it.
                    yield SafeInput(placeholder=hint, id=name, compact=True, select_on_focus=False)
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#partner", Input).focus()

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        mark_field_in_use(self, event.widget)

    def action_submit(self) -> None:
        """Enter: a focused button does its job; anywhere else it saves."""
        if isinstance(self.focused, Button):
            self.focused.press()
        else:
            self.action_save()

    def action_save(self) -> None:
        """Save what each box holds once it has taken the keys typed before this one
        (and not those typed after)."""
        boxes = list(self.query(Input))
        values = {"role": self.query_one(RoleChoice).value}

        def caught_up(box: Input) -> None:
            values[box.id or ""] = box.value
            if len(values) == len(boxes) + 1:
                self._save(values)

        for box in boxes:
            box.call_later(caught_up, box)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def _save(self, values: dict[str, str]) -> None:
        if self._done:
            return
        if not values["partner"].strip():
            self.app.notify("Say who the exchange is with.", severity="warning", markup=False)
            self.query_one("#partner", Input).focus()
            return
        try:
            day = self._day(values.pop("when"))
        except ValueError as exc:
            self.app.notify(f"{str(exc)[:1].upper()}{str(exc)[1:]}.", severity="warning",
                            markup=False)
            self.query_one("#when", Input).focus()
            return
        self._done = True
        self.dismiss(NewExchange(day=day, **values))

    def _day(self, when: str) -> date | None:
        """The day typed, read as one still to come; None when left empty."""
        from coach.engine.planned_dates import parse_planned

        if not when.strip():
            return None
        journal = getattr(self.app, "journal", None)
        return parse_planned(when, journal.today() if journal is not None else date.today())

    def action_cancel(self) -> None:
        if not self._done:
            self._done = True
            self.dismiss(None)
