"""A list of journal entries that loads a page at a time as the person scrolls."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from coach.store import Entry, SearchHit
from coach.tui.format import entry_label, hit_label

#: Rows fetched per page; the list never holds more than it has been scrolled through.
PAGE = 100
#: Ask for the next page when the highlight comes this close to the end.
NEAR_END = 20


class EntryList(OptionList):
    """Entries (or search hits) newest first; posts :class:`MoreWanted` near the end."""

    @dataclass
    class MoreWanted(Message):
        loaded: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[Entry] = []
        self.rows: list[Entry | SearchHit] = []  # what each option shows, to fit on resize
        self.complete = False
        self._asked_at = -1
        self._fitted_to = 0

    def reset(self) -> None:
        self.entries = []
        self.rows = []
        self.complete = False
        self._asked_at = -1
        self.clear_options()

    def add_page(self, rows: list[Entry] | list[SearchHit], *, page: int = PAGE) -> None:
        width = self.label_width
        options: list[Option] = []
        self.rows.extend(rows)
        for row in rows:
            if isinstance(row, SearchHit):
                self.entries.append(row.entry)
                options.append(Option(hit_label(row, width=width), id=str(row.entry.id)))
            else:
                self.entries.append(row)
                options.append(Option(entry_label(row, width=width), id=str(row.id)))
        self.complete = len(rows) < page
        if options:
            first = self.option_count == 0
            self.add_options(options)
            if first:
                self.highlighted = 0

    def replace_entry(self, entry: Entry) -> None:
        """Show a changed entry (starred, retitled) in place."""
        for index, known in enumerate(self.entries):
            if known.id == entry.id:
                self.entries[index] = entry
                self.rows[index] = entry
                label = entry_label(entry, width=self.label_width)
                self.replace_option_prompt_at_index(index, label)
                return

    def remove_entry(self, entry_id: int) -> None:
        for index, known in enumerate(self.entries):
            if known.id == entry_id:
                del self.entries[index]
                del self.rows[index]
                self.remove_option_at_index(index)
                return

    def on_resize(self) -> None:
        """Fit every label to the list's real width once it is known or changes."""
        width = self.label_width
        if width == self._fitted_to:
            return
        self._fitted_to = width
        for index, row in enumerate(self.rows):
            label = (hit_label(row, width=width) if isinstance(row, SearchHit)
                     else entry_label(row, width=width))
            self.replace_option_prompt_at_index(index, label)

    @property
    def label_width(self) -> int:
        return max(24, self.size.width - 3) if self.size.width else 40

    @property
    def current(self) -> Entry | None:
        index = self.highlighted
        if index is None or not 0 <= index < len(self.entries):
            return None
        return self.entries[index]

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if highlighted is not None and highlighted >= len(self.entries) - NEAR_END:
            self._want_more()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if new_value >= self.max_scroll_y - self.size.height:
            self._want_more()

    def _want_more(self) -> None:
        if self.complete or not self.entries or self._asked_at == len(self.entries):
            return
        self._asked_at = len(self.entries)
        self.post_message(self.MoreWanted(len(self.entries)))
