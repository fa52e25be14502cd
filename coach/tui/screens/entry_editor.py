"""Write or edit a journal entry, starting from a template.

Every box has a label beside it; Save (or Ctrl+S) saves and Cancel (or Esc) leaves.
What is typed straight after choosing a template, or after Tab, goes where the person
meant it (see :mod:`coach.tui.widgets.typed_ahead`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Label, Select, TextArea

from coach.store import Entry
from coach.store.entries import MOODS, normalise_tags
from coach.store.templates import ENTRY_TEMPLATES, entry_template
from coach.tui.journal_writes import write
from coach.tui.messages import EntrySaved
from coach.tui.widgets.safe_text import SafeInput, SafeTextArea
from coach.tui.widgets.typed_ahead import FOCUS_BINDINGS, TypedAhead

if TYPE_CHECKING:
    from coach.store import Journal
    from coach.tui.app import CoachApp

TEMPLATE_NAMES = {
    "free": "Free writing",
    "what-so-what-now-what": "What? So what? Now what?",
    "gibbs": "Gibbs reflective cycle",
    "weekly-review": "Weekly review",
    "check-in": "Check-in",
}
#: The mood picker's choices, with the scale's ends named so it reads the right way round.
MOOD_CHOICES = [("mood 1 (low)", 1), ("mood 2", 2), ("mood 3", 3), ("mood 4", 4),
                ("mood 5 (high)", 5)]
NO_MOOD = "no mood"


def template_text(name: str) -> str:
    try:
        return entry_template(name)
    except KeyError:
        return ""


class EntryEditor(Screen[int | None]):
    """A new entry from a template, or an existing entry's title, text, tags and mood."""

    CSS_PATH = "../journal.tcss"  # loaded when first opened, not at start-up

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("ctrl+t", "choose_template", "Template"),
        Binding("escape", "cancel", "Cancel"),
        *FOCUS_BINDINGS,
    ]

    app: CoachApp

    def __init__(self, *, template: str = "free", entry: Entry | None = None) -> None:
        super().__init__()
        self.template = template if template in ENTRY_TEMPLATES else "free"
        self.entry = entry
        self.start = entry.body if entry else template_text(self.template)
        if entry is not None:  # an entry keeps the template it was written from
            self.template = (entry.framework if entry.framework in ENTRY_TEMPLATES
                             else "check-in" if entry.kind == "check-in" else "free")
        self.tags_text = " ".join(entry.tags) if entry else ""
        # A mood the picker can't show (one imported from elsewhere) is kept unless changed.
        self.shown_mood = (entry.mood if entry is not None and entry.mood in MOODS
                           else Select.NULL)
        self.typed_ahead = TypedAhead()

    def compose(self) -> ComposeResult:
        yield Header(icon="◎")
        with Vertical(id="editor-fields"):
            with Horizontal(classes="form-row"):
                yield Label("Template", classes="field-label first")
                # letters typed while the list is open are for the text, not a search
                yield Select([(TEMPLATE_NAMES.get(t, t), t) for t in ENTRY_TEMPLATES],
                             value=self.template, allow_blank=False, id="template",
                             compact=True, disabled=self.entry is not None,
                             type_to_search=False)
                yield Label("Mood", classes="field-label")
                yield Select(MOOD_CHOICES, prompt=NO_MOOD, value=self.shown_mood, id="mood",
                             compact=True, tooltip=f"Mood: 1 low to 5 high, or {NO_MOOD}")
            with Horizontal(classes="form-row"):
                yield Label("Title", classes="field-label first")
                yield SafeInput(self.entry.title or "" if self.entry else "",
                            placeholder="optional", id="title", compact=True)
                yield Label("Tags", classes="field-label")
                yield SafeInput(self.tags_text, placeholder="work, self-care", id="tags",
                            compact=True)
        body = SafeTextArea(self.start, id="body", soft_wrap=True, show_line_numbers=False,
                        tab_behavior="focus")
        body.border_title = "Text"
        yield body
        with Horizontal(id="editor-buttons"):
            yield Button("Save (Ctrl+S)", id="save", variant="primary", compact=True)
            yield Button("Cancel (Esc)", id="cancel", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Edit entry" if self.entry else "New entry"
        body = self.query_one("#body", TextArea)
        body.focus()
        body.move_cursor(body.document.end if self.entry else (1, 0))
        self.watch(self.query_one("#template", Select), "expanded", self._template_list_shown,
                   init=False)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def on_key(self, event: events.Key) -> None:
        """A letter typed while the template list is open waits for the text; one that
        reaches the screen while a box has the focus was typed before it got there."""
        if self.query_one("#template", Select).expanded:
            self.typed_ahead.hold(event)
        else:
            self.typed_ahead.pass_on(event, self.focused)

    def _template_list_shown(self, expanded: bool) -> None:
        """The template list closed: with no new choice, writing carries on at once."""
        if not expanded and self.query_one("#template", Select).value == self.template:
            self._write_next()

    @on(Select.Changed, "#template")
    def _template_changed(self, event: Select.Changed) -> None:
        from coach.tui.screens.confirm import ConfirmScreen

        name = event.value
        if not isinstance(name, str) or name == self.template:
            return
        body = self.query_one("#body", TextArea)
        if body.text.strip() in ("", self.start.strip()):
            self._use_template(name)
            return
        self.app.push_screen(
            ConfirmScreen(f"Replace what you've written with the {TEMPLATE_NAMES.get(name, name)} "
                          "template?", yes="Replace", no="Keep my text"),
            lambda yes: self._use_template(name) if yes else self._keep_template(),
        )

    def _use_template(self, name: str) -> None:
        self.template = name
        self.start = template_text(name)
        body = self.query_one("#body", TextArea)
        body.text = self.start
        body.move_cursor((1, 0))
        self._write_next()

    def _keep_template(self) -> None:
        self.query_one("#template", Select).value = self.template
        self._write_next()

    def _write_next(self) -> None:
        """After a template is chosen (or kept), typing goes into the text, not the list,
        starting with anything typed while the list was closing."""
        body = self.query_one("#body", TextArea)
        body.focus()
        self.typed_ahead.release(body)

    def action_choose_template(self) -> None:
        if self.entry is None:
            self.query_one("#template", Select).action_show_overlay()

    def action_save(self) -> None:
        body = self.query_one("#body", TextArea).text.strip("\n")
        title = self.query_one("#title", Input).value
        if not body.strip() or (self.entry is None and body.strip() == self.start.strip()):
            self.app.notify("Nothing to save yet: write something first.", markup=False)
            return
        entry, template = self.entry, self.template
        tags = self.query_one("#tags", Input).value.replace(",", " ").split()
        chosen = self.query_one("#mood", Select).value
        mood = chosen if isinstance(chosen, int) else None
        mood_changed = chosen != self.shown_mood

        def save(journal: Journal) -> int:
            if entry is not None:
                journal.update_entry(entry.id, title=title, body=body)
                old, new = set(normalise_tags(entry.tags)), set(normalise_tags(tags))
                if new - old:
                    journal.add_tags(entry.id, sorted(new - old))
                if old - new:
                    journal.remove_tags(entry.id, sorted(old - new))
                if mood_changed:
                    journal.set_mood(entry.id, mood)
                return entry.id
            return journal.add_entry(
                body, title=title or None,
                kind="check-in" if template == "check-in" else "free",
                framework=None if template in ("free", "check-in") else template,
                tags=tags, mood=mood,
            )

        saved = write(self.app, save, then="What you wrote is still here: Ctrl+S tries again.")
        if saved is None:
            return
        entry_id = saved.value
        self.post_message(EntrySaved(entry_id))
        from coach.engine.analyser_prompts import entry_support

        support = entry_support(f"{title}\n{body}")
        if support:
            # Saved already; the support details are shown once, and block nothing.
            self.app.notify(support, title="Your safety comes first", severity="warning",
                            timeout=60, markup=False)
        else:
            self.app.notify("Saved to your journal.", markup=False)
        self.dismiss(entry_id)

    def unsaved(self) -> bool:
        """Whether the text, title, tags or mood differ from what was opened."""
        title = self.entry.title or "" if self.entry else ""
        return (
            self.query_one("#body", TextArea).text.strip() != self.start.strip()
            or self.query_one("#title", Input).value.strip() != title.strip()
            or self.query_one("#tags", Input).value.replace(",", " ").split()
            != self.tags_text.split()
            or self.query_one("#mood", Select).value != self.shown_mood
        )

    def unsaved_work(self) -> str | None:
        """What leaving now would lose, in a few words, or None."""
        if not self.unsaved():
            return None
        return "your changes to this entry" if self.entry else "the entry you are writing"

    def ask_to_leave(self, then: Callable[[], object] | None = None) -> Screen[Any] | None:
        """With unsaved changes, ask before discarding them; None if there are none.

        If the person discards, the editor closes and ``then`` runs.
        """
        from coach.tui.screens.confirm import ConfirmScreen

        if not self.unsaved():
            return None

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)
                if then is not None:
                    then()

        question = ConfirmScreen("Leave without saving? Your changes will be lost.",
                                 yes="Discard", no="Keep writing")
        self.app.push_screen(question, answered)
        return question

    def action_cancel(self) -> None:
        if self.ask_to_leave() is None:
            self.dismiss(None)
