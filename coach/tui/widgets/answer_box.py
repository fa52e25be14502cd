"""A multi-line answer box: Enter sends, Ctrl+J (or Shift+Enter) adds a new line."""

from __future__ import annotations

from textual import events
from textual.binding import Binding

from coach.tui.messages import AnswerSubmitted
from coach.tui.widgets.safe_text import SafeTextArea

NEWLINE_KEYS = frozenset({"ctrl+j", "shift+enter", "alt+enter", "newline"})


class AnswerBox(SafeTextArea):
    """Where the person types; posts :class:`AnswerSubmitted` on Enter."""

    BINDINGS = [
        Binding("enter", "send", "Send", show=False),
        Binding("ctrl+j", "newline", "New line", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, soft_wrap=True, tab_behavior="focus", show_line_numbers=False)
        self.placeholder = "Type your answer. Enter sends; Ctrl+J adds a new line."

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.action_send()
            return
        if event.key in NEWLINE_KEYS:
            event.stop()
            event.prevent_default()
            self.action_newline()
            return
        await super()._on_key(event)

    def action_send(self) -> None:
        if self.read_only:
            return
        text = self.text
        if not text.strip():
            self.app.notify("Type an answer, or help to see what you can say.", markup=False,
                            timeout=3)
            return
        self.clear()
        self.post_message(AnswerSubmitted(text))

    def action_newline(self) -> None:
        if not self.read_only:
            start, end = self.selection
            self.replace("\n", start, end, maintain_selection_offset=False)
