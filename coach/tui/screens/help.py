"""The keys, screen by screen (F1 or ?)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Everywhere", (
        ("F1  ?", "this help"),
        ("Ctrl+P", "command palette: every screen and action, and the theme"),
        ("Esc", "back / home"),
        ("Tab  Shift+Tab", "move between parts of the screen"),
        ("Ctrl+Q", "quit (asks first if unsaved work would be lost)"),
    )),
    ("Home", (
        ("r", "reflect: choose a framework"), ("p", "practise listening"),
        ("x", "leadership exchange"), ("j", "journal"),
        ("n", "new journal entry"), ("c", "commitments"), ("t", "trends"),
        ("Enter", "open the highlighted item"),
    )),
    ("Choosing a framework", (
        ("type", "filter the list"), ("↓ ↑", "move through the list"), ("Enter", "start"),
    )),
    ("Coaching chat", (
        ("Enter", "send your answer"),
        ("Ctrl+J", "new line in your answer (Shift+Enter where the terminal allows)"),
        ("Ctrl+N", "next stage"), ("Ctrl+B", "back a stage"),
        ("Ctrl+S", "pause (resume from Home)"), ("Ctrl+G", "end the session"),
        ("next back pause stop help", "can also be typed as an answer"),
    )),
    ("Practise listening", (
        ("Enter", "begin (from any set-up box); log a move; answer"),
        ("Tab", "next set-up box"),
        ("Ctrl+S", "pause or resume the clock"), ("Ctrl+G", "end the turn now"),
        ("Esc", "go home (part-way, asks what to keep first)"),
    )),
    ("Leadership exchange", (
        ("n", "new exchange (Ctrl+S saves it)"), ("p", "prepare with the coach"),
        ("o  Enter", "notes on the day"), ("r", "reflect with the coach"),
        ("w", "write the report to a file (Markdown and HTML)"),
    )),
    ("Exchange notes", (
        ("Enter  Ctrl+S", "save the note"),
        ("F2 … F7", "toggle a quick tag for the next note"),
    )),
    ("Journal", (
        ("/", "search (as you type)"), ("f", "show or hide the filters"),
        ("n", "new entry"), ("s", "star or unstar"), ("t", "add or remove tags"),
        ("d", "delete (asks first)"), ("e", "edit the entry"),
    )),
    ("Entry editor", (
        ("Ctrl+S", "save"), ("Ctrl+T", "choose a template"), ("Esc", "cancel"),
    )),
    ("Commitments", (
        ("d", "mark done"), ("o", "carry on (keep it open)"), ("l", "let it go"),
    )),
    ("Trends", (("p", "change the period"),)),
)


def help_text() -> Content:
    parts: list[Content | str | tuple[str, str]] = []
    for section, keys in KEYS:
        parts += [(section, "bold $accent"), "\n"]
        for key, what in keys:
            parts += [(f"  {key:<26}", "bold"), what, "\n"]
        parts.append("\n")
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """Lists the keys; any of Esc, q, F1 or ? closes it."""

    BINDINGS = [
        Binding("escape,q,f1,question_mark", "close", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="dialog") as scroll:
            scroll.border_title = "Keys"
            scroll.border_subtitle = "Esc closes"
            yield Static(help_text())

    def action_close(self) -> None:
        self.dismiss()
