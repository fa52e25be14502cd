"""The journal: a paged list, search as you type, filters, a Markdown preview, actions.

A filter in force is always in view: in its box while the filters row shows, and in a
line under the search box while it is hidden; ``x`` clears every filter at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Checkbox, Footer, Header, Input, Label, Markdown, Select, Static

from coach.store import Entry
from coach.terminal import printable
from coach.tui.format import entry_title, literal, mood_text, stamp
from coach.tui.journal_writes import write
from coach.tui.messages import JournalChanged
from coach.tui.widgets.entry_list import PAGE, EntryList
from coach.tui.widgets.safe_text import SafeInput
from coach.tui.widgets.typed_ahead import FOCUS_BINDINGS

if TYPE_CHECKING:
    from coach.store import Journal
    from coach.tui.app import CoachApp

KINDS = ("free", "check-in", "session", "practice", "exchange")
DEBOUNCE_SECONDS = 0.25


@dataclass(frozen=True)
class Query:
    text: str = ""
    kind: str | None = None
    tag: str | None = None
    starred: bool | None = None
    since: date | None = None
    until: date | None = None

    def filters(self) -> dict[str, Any]:
        return {"kind": self.kind, "tag": self.tag, "starred": self.starred,
                "since": self.since, "until": self.until}

    def describe_filters(self) -> str:
        """The filters in force in a few words ("" when there are none)."""
        parts = []
        if self.kind:
            parts.append(f"kind {self.kind}")
        if self.tag:
            parts.append(f"tag {self.tag}")
        if self.since:
            parts.append(f"from {self.since.isoformat()}")
        if self.until:
            parts.append(f"to {self.until.isoformat()}")
        if self.starred:
            parts.append("starred only")
        return " · ".join(parts)


def parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


class JournalScreen(Screen[None]):
    """Browse, search and manage journal entries."""

    CSS_PATH = "../journal.tcss"  # loaded when first opened, not at start-up

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("slash", "focus_search", "Search"),
        Binding("n", "app.new_entry", "New"),
        Binding("e", "edit", "Edit"),
        Binding("s", "star", "Star"),
        Binding("t", "tag", "Tags"),
        Binding("d", "delete", "Delete"),
        Binding("f", "toggle_filters", "Filters"),
        Binding("x", "clear_filters", "Clear filters"),
        *FOCUS_BINDINGS,
    ]

    app: CoachApp

    def __init__(self, *, select: int | None = None, search: str = "") -> None:
        super().__init__()
        self.select = select
        self.search = search
        self.query_now = Query(text=search)
        self.generation = 0
        self._debounce: Timer | None = None
        self._shown_id: int | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="◎")
        with Horizontal(id="search-row", classes="form-row"):
            yield Label("Search", classes="field-label")
            yield SafeInput(self.search,
                        placeholder="words; direct* finds every word starting with direct  (/)",
                        id="search", compact=True)
        with Horizontal(id="filters", classes="form-row"):
            yield Label("Kind", classes="field-label")
            yield Select([(k, k) for k in KINDS], prompt="any kind", id="kind", compact=True)
            yield Label("Tag", classes="field-label")
            yield SafeInput(placeholder="any", id="tag", compact=True)
            yield Label("From", classes="field-label")
            yield SafeInput(placeholder="YYYY-MM-DD", id="since", compact=True)
            yield Label("To", classes="field-label")
            yield SafeInput(placeholder="YYYY-MM-DD", id="until", compact=True)
            yield Checkbox("starred", id="starred", compact=True)
        yield Static(id="filter-summary", classes="hint")
        with Horizontal(id="journal"):
            with Vertical(id="list-panel", classes="panel") as panel:
                panel.border_title = "Entries"
                yield EntryList(id="entries")
            with VerticalScroll(id="entry-preview", classes="panel") as preview:
                preview.border_title = "Preview"
                yield Static(id="entry-meta")
                yield Markdown(id="entry-body", open_links=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Journal"
        self.query_one(EntryList).focus()
        self._show_filters_in_force()
        self.reload()

    def on_screen_resume(self) -> None:
        if self._shown_id is not None or self.query_one(EntryList).entries:
            self._reload_in_place()

    def on_journal_changed(self, message: JournalChanged) -> None:
        """Another program changed the journal: load the list again."""
        self._reload_in_place()

    def _reload_in_place(self) -> None:
        """Load the list again, keeping the entry that was highlighted (and showing it
        afresh, as it may be what changed)."""
        current = self.query_one(EntryList).current
        if current is not None and self.select is None:
            self.select = current.id
        self._shown_id = None
        self.reload()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        self.generation += 1
        self._load(self.generation, self.query_now, 0)

    @work(thread=True, exclusive=True, group="journal")
    def _load(self, generation: int, query: Query, offset: int) -> None:
        journal = self.app.journal
        assert journal is not None
        with self.app.db_lock:
            if query.text.strip():
                rows: list[Any] = journal.search(query.text, PAGE, offset=offset, **query.filters())
                total = None
            else:
                rows = journal.newest(PAGE, offset=offset, **query.filters())
                total = journal.count_entries(**query.filters()) if offset == 0 else None
        self.app.call_from_thread(self._loaded, generation, query, offset, rows, total)

    def _loaded(self, generation: int, query: Query, offset: int, rows: list[Any],
                total: int | None) -> None:
        if generation != self.generation:
            return  # a newer search has started since
        entries = self.query_one(EntryList)
        if offset == 0:
            entries.reset()
        entries.add_page(rows)
        panel = self.query_one("#list-panel")
        if offset == 0:
            if query.text.strip():
                filtered = ", filtered" if query.describe_filters() else ""
                panel.border_title = literal(f"Matches for “{query.text.strip()}”{filtered}")
            else:
                count = f"{total:,}" if total is not None else ""
                if query.describe_filters():
                    count = f"{count}, filtered" if count else "filtered"
                panel.border_title = f"Entries ({count})" if count else "Entries"
        if offset == 0:
            self._after_first_page(entries)

    def _after_first_page(self, entries: EntryList) -> None:
        if self.select is not None:
            for index, entry in enumerate(entries.entries):
                if entry.id == self.select:
                    entries.highlighted = index
            self.select = None
        current = entries.current
        if current is None:
            self._preview(None)
        elif current.id != self._shown_id:
            self._preview(current)

    @on(EntryList.MoreWanted)
    def _more(self, message: EntryList.MoreWanted) -> None:
        self._load(self.generation, self.query_now, message.loaded)

    # ------------------------------------------------------------------ search and filters

    @on(Input.Changed, "#search")
    def _search_changed(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE_SECONDS, self._apply_query)

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self._apply_query()
        self.query_one(EntryList).focus()

    @on(Input.Changed, "#tag, #since, #until")
    @on(Select.Changed, "#kind")
    @on(Checkbox.Changed, "#starred")
    def _filters_changed(self) -> None:
        self._search_changed()

    def _apply_query(self) -> None:
        kind = self.query_one("#kind", Select).value
        since_text = self.query_one("#since", Input).value
        until_text = self.query_one("#until", Input).value
        for widget, text in (("#since", since_text), ("#until", until_text)):
            invalid = bool(text.strip()) and parse_day(text) is None
            self.query_one(widget).set_class(invalid, "-invalid")
        query = Query(
            text=self.query_one("#search", Input).value,
            kind=kind if isinstance(kind, str) else None,
            tag=self.query_one("#tag", Input).value.strip() or None,
            starred=True if self.query_one("#starred", Checkbox).value else None,
            since=parse_day(since_text),
            until=parse_day(until_text),
        )
        if query != self.query_now:
            self.query_now = query
            self.reload()
        self._show_filters_in_force()

    def _show_filters_in_force(self) -> None:
        """A line naming the filters in force while their row is hidden, and how to clear
        them; the footer offers x only while there is something to clear."""
        summary = self.query_one("#filter-summary", Static)
        described = self.query_now.describe_filters()
        hidden = not self.query_one("#filters").display
        summary.display = bool(described) and hidden
        summary.update(Content(f"Filtered: {described}  (x clears them, f shows them)"))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_filters":
            return bool(self.query_now.describe_filters() or self._filter_text())
        return True

    def _filter_text(self) -> str:
        """Anything typed in the filter boxes, valid or not."""
        return "".join(self.query_one(f"#{name}", Input).value.strip()
                       for name in ("tag", "since", "until"))

    # ------------------------------------------------------------------ preview

    @on(EntryList.OptionHighlighted, "#entries")
    def _highlighted(self) -> None:
        self._preview(self.query_one(EntryList).current)

    def _preview(self, entry: Entry | None) -> None:
        meta = self.query_one("#entry-meta", Static)
        body = self.query_one("#entry-body", Markdown)
        self._shown_id = entry.id if entry else None
        if entry is None:
            described = self.query_now.describe_filters()
            meta.update(Content(
                "No matches." if self.query_now.text.strip()
                else f"No entries match the filters ({described}): x clears them."
                if described else "Nothing here yet."))
            body.update("")
            return
        tags = "  #" + " #".join(entry.tags) if entry.tags else ""
        star = "★ " if entry.starred else ""
        mood = f" · {mood_text(entry.mood)} (1 low, 5 high)" if entry.mood is not None else ""
        meta.update(Content.assemble(
            (star + entry_title(entry), "bold"), "\n",
            (printable(f"{stamp(entry.created)} · {entry.kind}{mood}{tags}"), "dim"),
        ))
        body.update(printable(entry.body))

    # ------------------------------------------------------------------ actions

    def action_back(self) -> None:
        """Esc: from the search or filters back to the list; from the list, leave."""
        entries = self.query_one(EntryList)
        if self.focused is not entries:
            entries.focus()
        else:
            self.dismiss()

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_toggle_filters(self) -> None:
        """Show the filters row (and go to its first box), or hide it.

        Hiding it from inside moves the focus to the list first, so no key typed next
        can land in a box out of sight.
        """
        filters = self.query_one("#filters")
        if filters.display:
            focused = self.focused
            if focused is not None and (focused is filters or filters in focused.ancestors):
                self.query_one(EntryList).focus()
            filters.display = False
        else:
            filters.display = True
            self.query_one("#kind").focus()
        self._show_filters_in_force()

    def action_clear_filters(self) -> None:
        """Take every filter off (the search words stay)."""
        if self._debounce is not None:
            self._debounce.stop()
        with self.prevent(Input.Changed, Select.Changed, Checkbox.Changed):
            self.query_one("#kind", Select).clear()
            for name in ("tag", "since", "until"):
                self.query_one(f"#{name}", Input).value = ""
            self.query_one("#starred", Checkbox).value = False
        self._apply_query()
        self.app.notify("Filters cleared.", markup=False)

    def _current(self) -> Entry | None:
        entry = self.query_one(EntryList).current
        if entry is None:
            self.app.notify("Choose an entry first.", markup=False)
        return entry

    def _refetch(self, entry_id: int) -> None:
        journal = self.app.journal
        assert journal is not None
        with self.app.db_lock:
            fresh = journal.get_entry(entry_id)
        if fresh is not None:
            self.query_one(EntryList).replace_entry(fresh)
            self._preview(fresh)

    def action_star(self) -> None:
        entry = self._current()
        if entry is None:
            return
        starred = not entry.starred
        if write(self.app, lambda journal: journal.set_starred(entry.id, starred),
                 then="The entry is unchanged.") is not None:
            self._refetch(entry.id)

    def action_edit(self) -> None:
        from coach.tui.screens.entry_editor import EntryEditor

        entry = self._current()
        if entry is not None:
            self.app.push_screen(EntryEditor(entry=entry))

    def action_tag(self) -> None:
        from coach.tui.screens.text_prompt import TextPrompt

        entry = self._current()
        if entry is None:
            return
        now = " ".join(f"#{t}" for t in entry.tags) or "none"
        question = (f"Tags now: {now}\nType tags to add (tag or +tag); put - before a tag "
                    "to remove it.")
        self.app.push_screen(TextPrompt(question, placeholder="work -draft", ok="Save tags"),
                             lambda text: self._retag(entry.id, text))

    def _retag(self, entry_id: int, text: str | None) -> None:
        from coach.store.entries import tag_changes

        if not text:
            return
        add, remove = tag_changes(text)

        def retag(journal: Journal) -> None:
            if add:
                journal.add_tags(entry_id, add)
            if remove:
                journal.remove_tags(entry_id, remove)

        write(self.app, retag, then=f"Press t to try the tags again: {text}")
        self._refetch(entry_id)

    def action_delete(self) -> None:
        from coach.tui.screens.confirm import ConfirmScreen

        entry = self._current()
        if entry is None:
            return
        question = f"Delete “{entry_title(entry)}”? This can't be undone."
        self.app.push_screen(ConfirmScreen(question, yes="Delete"),
                             lambda yes: self._delete(entry.id) if yes else None)

    def _delete(self, entry_id: int) -> None:
        if write(self.app, lambda journal: journal.delete_entry(entry_id),
                 then="The entry is still there.") is None:
            return
        entries = self.query_one(EntryList)
        entries.remove_entry(entry_id)
        self._preview(entries.current)
        self.app.notify("Entry deleted.", markup=False)

    def palette_commands(self) -> list[tuple[str, str, Any]]:
        return [
            ("Journal: search", "Search the journal as you type", self.action_focus_search),
            ("Journal: star or unstar the entry", "Toggle the star", self.action_star),
            ("Journal: tag the entry", "Add or remove tags", self.action_tag),
            ("Journal: edit the entry", "Change its title or text", self.action_edit),
            ("Journal: delete the entry", "Asks first", self.action_delete),
            ("Journal: show or hide filters", "Kind, tag, starred, dates",
             self.action_toggle_filters),
            ("Journal: clear the filters", "Show every entry again", self.action_clear_filters),
        ]
