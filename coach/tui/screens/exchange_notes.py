"""Quick capture on the day of an exchange: type a note, tag it with a key, Enter saves it.

The box is labelled, shows when it has focus, and saves with Enter, Ctrl+S or the Save
button. Enter, Ctrl+S, Tab and the tag keys act at once, before any key typed after
them is handed on, and a save waits for the box to take every key typed before it: a
note typed ahead of the last one's save is neither lost nor mixed into it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import DescendantFocus
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from coach.store.exchanges import QUICK_TAGS
from coach.terminal import printable
from coach.tui.format import literal
from coach.tui.journal_writes import write
from coach.tui.messages import ExchangeNoteSaved, JournalChanged
from coach.tui.screens.new_exchange import mark_field_in_use
from coach.tui.widgets.safe_text import SafeInput

if TYPE_CHECKING:
    from coach.store.models import ExchangeNote
    from coach.tui.app import CoachApp

#: Function keys that toggle the quick tags while typing (letters belong to the note).
TAG_KEYS = dict(zip(("f2", "f3", "f4", "f5", "f6", "f7"), QUICK_TAGS, strict=True))


def note_label(note: ExchangeNote) -> Content:
    """``09:42  culture · question  The huddle started late``, the text shown literally."""
    parts: list[Content | tuple[str, str]] = [(f"{note.created:%H:%M}  ", "dim")]
    if note.tags:
        parts.append((printable(" · ".join(note.tags) + "  "), "$accent"))
    parts.append(literal(" ".join(note.text.split())))
    return Content.assemble(*parts)


class ExchangeNotesScreen(Screen[None]):
    """Notes for one exchange, newest at the bottom; each saved the moment Enter is pressed."""

    DEFAULT_CSS = """
    ExchangeNotesScreen #notes { height: 1fr; }
    ExchangeNotesScreen .field { height: auto; padding: 0 1; }
    ExchangeNotesScreen .field Label { width: 6; padding: 1 0 0 0; color: $text-muted; }
    ExchangeNotesScreen .field.-active Label { color: $accent; text-style: bold; }
    ExchangeNotesScreen #tags-row Label { padding: 0; }
    ExchangeNotesScreen #note-tags { width: 1fr; height: auto; }
    ExchangeNotesScreen #note-input { width: 1fr; }
    ExchangeNotesScreen #note-input:focus { border: tall $accent; background: $accent 10%; }
    ExchangeNotesScreen #note-save { margin-left: 1; min-width: 10; }
    """
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("enter", "submit", "Save", show=False, priority=True),
        Binding("tab", "app.focus_next", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", show=False, priority=True),
        # the tags line above the box names these keys, so the footer stays short
        *(Binding(key, f"toggle_tag({index})", tag.capitalize(), priority=True, show=False)
          for index, (key, tag) in enumerate(TAG_KEYS.items())),
    ]

    app: CoachApp

    def __init__(self, exchange_id: int) -> None:
        super().__init__()
        self.exchange_id = exchange_id
        self.tags: list[str] = []

    def compose(self) -> ComposeResult:
        yield Header(icon="◎")
        with Vertical():
            yield OptionList(id="notes", classes="panel")
            with Horizontal(id="tags-row", classes="field"):
                yield Label("Tags")
                yield Static(id="note-tags", markup=False)
            with Horizontal(id="note-row", classes="field"):
                yield Label("Note")
                yield SafeInput(placeholder="What are you noticing? Enter saves it.",
                            id="note-input", select_on_focus=False)
                yield Button("Save", id="note-save", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        journal = self.app.journal
        assert journal is not None
        with self.app.db_lock:
            exchange = journal.get_exchange(self.exchange_id)
        if exchange is None:
            self.app.notify(f"There is no exchange {self.exchange_id}.", severity="error",
                            markup=False)
            self.app.call_later(self.app.pop_screen)
            return
        self.sub_title = f"Notes: {exchange.title}"
        self.query_one("#notes").border_title = "Notes from the day"
        self.reload()
        self._show_tags()
        self.query_one("#note-input", Input).focus()

    def on_journal_changed(self, message: JournalChanged) -> None:
        if self.sub_title:  # mounted on an exchange that exists
            self.reload()

    def reload(self) -> None:
        journal = self.app.journal
        assert journal is not None
        with self.app.db_lock:
            notes = journal.exchange_notes(self.exchange_id)
        widget = self.query_one("#notes", OptionList)
        widget.clear_options()
        if not notes:
            widget.add_option(Option(Content("No notes yet. Type one below."), disabled=True))
            return
        widget.add_options([Option(note_label(n), id=f"n{n.id}") for n in notes])
        widget.highlighted = len(notes) - 1

    def _show_tags(self) -> None:
        keys = "  ".join(f"{key.upper()} {tag}" + (" ✓" if tag in self.tags else "")
                         for key, tag in TAG_KEYS.items())
        self.query_one("#note-tags", Static).update(Content(keys))

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        mark_field_in_use(self, event.widget)

    def action_toggle_tag(self, index: int) -> None:
        """Toggle a quick tag in turn with the typing: after the keys typed before it."""
        self.query_one("#note-input", Input).call_later(self._toggle_tag, index)

    def _toggle_tag(self, index: int) -> None:
        tag = QUICK_TAGS[index]
        if tag in self.tags:
            self.tags.remove(tag)
        else:
            self.tags.append(tag)
        self._show_tags()

    def action_submit(self) -> None:
        """Enter: a focused button does its job; anywhere else it saves the note."""
        if isinstance(self.focused, Button):
            self.focused.press()
        else:
            self.action_save()

    def action_save(self) -> None:
        """Save once the box has taken every key typed before this one."""
        box = self.query_one("#note-input", Input)
        box.call_later(self._save, box)

    @on(Button.Pressed, "#note-save")
    def _save_pressed(self) -> None:
        self.action_save()

    def _save(self, box: Input) -> None:
        text, tags = box.value, list(self.tags)
        if not text.strip():
            return
        saved = write(self.app, lambda journal: journal.add_exchange_note(
            self.exchange_id, text, tags=tags),
            then="Your note is still in the box: press Enter to try again.")
        if saved is None:
            return
        box.value = ""
        self.tags = []
        self._show_tags()
        self.reload()
        self.post_message(ExchangeNoteSaved(self.exchange_id, saved.value))

    def action_back(self) -> None:
        self.dismiss()
