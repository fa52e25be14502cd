"""Keys typed ahead of the screen: after Tab, or while a list is closing, none is lost.

Textual hands each key to the widget that has the focus when the key is read, and moves
the focus for Tab only once that widget has passed the key on. A fast typist's next
letters can so land in the box just left, or in a list that is closing. Two helpers
keep every key where the person meant it:

- :data:`FOCUS_BINDINGS` make Tab and Shift+Tab priority bindings of a screen, so the
  focus moves the moment the key is read and what follows goes to the next box;
- :class:`TypedAhead` holds the printable keys that reach a screen while one of its
  lists is open (they have no use there) and gives them to the text box that takes the
  focus next.
"""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Input, TextArea

FOCUS_BINDINGS = [
    Binding("tab", "app.focus_next", "Next box", show=False, priority=True),
    Binding("shift+tab", "app.focus_previous", "Previous box", show=False, priority=True),
]


def type_into(widget: Widget | None, text: str) -> bool:
    """Insert ``text`` into ``widget`` at its cursor if it is a text box; True if it was."""
    if not text:
        return False
    if isinstance(widget, TextArea) and not widget.read_only:
        widget.insert(text)
        return True
    if isinstance(widget, Input) and not widget.disabled:
        widget.insert_text_at_cursor(text)
        return True
    return False


class TypedAhead:
    """Printable keys held back until a text box has the focus."""

    def __init__(self) -> None:
        self.held: list[str] = []

    def hold(self, event: events.Key) -> bool:
        """Keep the key's character for later; True if it was a printable key."""
        if not event.is_printable or event.character is None:
            return False
        event.stop()
        event.prevent_default()
        self.held.append(event.character)
        return True

    def pass_on(self, event: events.Key, focused: Widget | None) -> bool:
        """A printable key that reached the screen while a text box has the focus was
        typed before the focus moved there: put it in that box. True if it was."""
        if not event.is_printable or event.character is None:
            return False
        if type_into(focused, event.character):
            event.stop()
            event.prevent_default()
            return True
        return False

    def release(self, into: Widget | None) -> None:
        """Give every held key to ``into`` (in the order typed), or drop them if it is
        not a text box."""
        text, self.held = "".join(self.held), []
        type_into(into, text)
