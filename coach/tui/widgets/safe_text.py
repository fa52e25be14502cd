"""Text boxes that never send a control character in their text to the terminal.

What the person types (or pastes, or a stored entry being edited holds) stays in the
box exactly as it is; only what is drawn leaves out ESC, BEL, the C1 codes and the
rest. Those take no room on screen, so the cursor stays where it belongs.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Input, TextArea

from coach.terminal import without_controls


def drawn_safely(strip: Strip) -> Strip:
    """``strip`` with the control characters taken out of its text."""
    segments = list(strip)
    if all(without_controls(segment.text) is segment.text for segment in segments):
        return strip
    return Strip([Segment(without_controls(s.text), s.style, s.control) for s in segments],
                 strip.cell_length)


class SafeInput(Input):
    """A one-line text box, drawn safely."""

    def render_line(self, y: int) -> Strip:
        return drawn_safely(super().render_line(y))


class SafeTextArea(TextArea):
    """A multi-line text box, drawn safely."""

    def render_line(self, y: int) -> Strip:
        return drawn_safely(super().render_line(y))
