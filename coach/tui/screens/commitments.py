"""Commitments: overdue first, then dated, undated and habits apart; done ones below.

Mark one done, carry it on or reopen it, let it go, or edit its words and its date. The
edit dialog reads the date as a commitment's is ("next friday", "every Monday") and
shows the reading ("by Monday 14 December") before anything is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from coach.store import Commitment
from coach.tui.format import day, literal
from coach.tui.journal_writes import write
from coach.tui.messages import JournalChanged

if TYPE_CHECKING:
    from coach.tui.app import CoachApp

STATUS_WORDS = {"done": "done", "dropped": "let go", "open": "open"}
DATE_HINT = "a date such as next friday, by the 14th or end of June; a habit such as every Monday"


def heading(text: str) -> Option:
    return Option(Content(text).stylize("bold $text-primary"), disabled=True)


def open_label(commitment: Commitment, today: date) -> Content:
    """One open commitment: its words, then when (overdue said first) and when made."""
    if commitment.habit:
        when, style = commitment.habit, "dim"
    elif commitment.due is None:
        when, style = "no date", "dim"
    elif commitment.due < today:
        when, style = f"overdue: was due {day(commitment.due)}", "$warning"
    else:
        when, style = f"due {day(commitment.due)}", "dim"
    return Content.assemble(
        literal(commitment.text),
        (f"  · {when}", style),
        (f" · made {day(commitment.created)}", "dim"),
    )


def detail(commitment: Commitment, today: date) -> Content:
    """What the highlighted commitment is, and what was said at each follow-up."""
    from coach.engine.dates import DueReading, describe_due

    when = describe_due(DueReading(due=commitment.due, habit=commitment.habit), today)
    lines: list[Content | str | tuple[str, str]] = [
        literal(commitment.text).stylize("bold"), "\n",
        (f"{when or 'no date'} · made {day(commitment.created)} · "
         f"{STATUS_WORDS.get(commitment.status, commitment.status)}", "dim"),
    ]
    for review in commitment.reviews:
        said = f" · new date {day(review.due)}" if review.due else ""
        lines += ["\n", (f"{day(review.created)}: {STATUS_WORDS.get(review.status, review.status)}"
                         f"{said}", "dim")]
        if review.note:
            lines += [" — ", literal(review.note)]
    return Content.assemble(*lines)


@dataclass(frozen=True)
class CommitmentEdit:
    """What the edit dialog gives back: new words, and a due date or a habit or neither."""

    text: str
    due: date | None
    habit: str | None


class CommitmentsScreen(Screen[None]):
    """What the person said they would do, and what became of it."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("d", "set_status('done')", "Done"),
        Binding("o", "set_status('open')", "Carry on / reopen"),
        Binding("l", "set_status('dropped')", "Let go"),
        Binding("e", "edit", "Edit"),
    ]
    DEFAULT_CSS = """
    #commitment-detail { height: auto; max-height: 8; padding: 0 1; border: round $primary 40%; }
    """

    app: CoachApp

    def __init__(self) -> None:
        super().__init__()
        self.by_option: dict[str, Commitment] = {}

    def compose(self) -> ComposeResult:
        yield Header(icon="◎")
        with Vertical(id="commitment-lists"):
            yield OptionList(id="open", classes="panel")
            yield OptionList(id="closed", classes="panel")
            yield Static(id="commitment-detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Commitments"
        self.query_one("#open").border_title = "Open"
        self.query_one("#closed").border_title = "Done and let go"
        self.query_one("#commitment-detail").border_title = "About it"
        self.reload()
        self.query_one("#open", OptionList).focus()

    def today(self) -> date:
        journal = self.app.journal
        return journal.today() if journal is not None else date.today()

    def on_journal_changed(self, message: JournalChanged) -> None:
        self.reload()

    def reload(self) -> None:
        from coach.store.commitments import arrange

        journal = self.app.journal
        assert journal is not None
        with self.app.db_lock:
            everything = journal.commitments(None)
            today = journal.today()
        self.by_option = {f"c{c.id}": c for c in everything}
        groups = arrange(everything, today)
        options: list[Option] = []
        for title, items in (("Overdue", groups.overdue), ("With a date", groups.dated),
                             ("No date", groups.undated), ("Habits", groups.habits)):
            if items:
                options.append(heading(title))
                options += [Option(open_label(c, today), id=f"c{c.id}") for c in items]
        self._fill("#open", options,
                   "Nothing open. Commitments made at the end of a session appear here.")
        self._fill("#closed", [Option(self._closed_label(c), id=f"c{c.id}")
                               for c in groups.closed],
                   "Nothing done or let go yet.")
        self._show_detail()

    def _closed_label(self, commitment: Commitment) -> Content:
        word = STATUS_WORDS.get(commitment.status, commitment.status)
        mark = "✓ " if commitment.status == "done" else "– "
        return Content.assemble(
            (mark, "$success" if commitment.status == "done" else "dim"),
            literal(commitment.text),
            (f"  · {word} {day(commitment.updated)}", "dim"),
        )

    def _fill(self, selector: str, options: list[Option], empty: str) -> None:
        widget = self.query_one(selector, OptionList)
        keep = widget.highlighted_option.id if widget.highlighted_option is not None else None
        old = widget.highlighted or 0
        widget.clear_options()
        if not options:
            widget.add_option(Option(Content(empty).stylize("dim italic"), disabled=True))
            return
        widget.add_options(options)
        selectable = [n for n, option in enumerate(options) if not option.disabled]
        same = [n for n in selectable if keep is not None and options[n].id == keep]
        near = [n for n in selectable if n >= min(old, len(options) - 1)]
        if selectable:
            widget.highlighted = (same or near or selectable[-1:])[0]

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_detail()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.action_edit()

    def on_descendant_focus(self) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        panel = self.query_one("#commitment-detail", Static)
        commitment = self.current()
        panel.update(detail(commitment, self.today()) if commitment else
                     Content("Choose a commitment to see what was said about it.").stylize("dim"))

    def current(self) -> Commitment | None:
        focused = self.focused
        widget = focused if isinstance(focused, OptionList) else self.query_one("#open", OptionList)
        option = widget.highlighted_option
        return self.by_option.get(option.id or "") if option is not None else None

    def action_set_status(self, status: str) -> None:
        commitment = self.current()
        if commitment is None or self.app.journal is None:
            self.app.notify("Choose a commitment first.", markup=False)
            return
        if commitment.status == status:
            self.app.notify(f"It is already {STATUS_WORDS[status]}.", markup=False)
            return
        if write(self.app, lambda journal: journal.set_commitment_status(commitment.id, status),
                 then="The commitment is unchanged.") is None:
            return
        notes = {"done": "Marked done. Well done.",
                 "open": "Reopened: carry on." if commitment.status != "open"
                 else "Kept open: carry on.",
                 "dropped": "Let go. That's a choice too."}
        self.app.notify(notes[status], markup=False)
        self.reload()

    def action_edit(self) -> None:
        commitment = self.current()
        if commitment is None or self.app.journal is None:
            self.app.notify("Choose a commitment first.", markup=False)
            return
        self.app.push_screen(EditCommitment(commitment, self.app.journal.now()),
                             lambda change: self._save(commitment, change))

    def _save(self, commitment: Commitment, change: CommitmentEdit | None) -> None:
        if change is None:
            return
        if write(self.app, lambda journal: journal.update_commitment(
                commitment.id, text=change.text, due=change.due, habit=change.habit),
                then="The commitment is unchanged: press e to try again.") is None:
            return
        self.app.notify("Changed.", markup=False)
        self.reload()

    def action_back(self) -> None:
        self.dismiss()

    def palette_commands(self) -> list[tuple[str, str, Any]]:
        return [
            ("Commitment: mark done", "The highlighted commitment is done",
             lambda: self.action_set_status("done")),
            ("Commitment: carry on or reopen", "Keep it open, or open it again",
             lambda: self.action_set_status("open")),
            ("Commitment: let go", "Drop it, on purpose",
             lambda: self.action_set_status("dropped")),
            ("Commitment: edit", "Change its words or its date", self.action_edit),
        ]


class EditCommitment(ModalScreen[CommitmentEdit | None]):
    """Change a commitment's words and its date or habit, seeing the date read first."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "save", "Save", priority=True),
    ]
    DEFAULT_CSS = """
    EditCommitment Label { margin-top: 1; }
    EditCommitment #edit-reading { margin: 0 1; color: $text-muted; }
    EditCommitment #edit-reading.-unread { color: $error; }
    """

    def __init__(self, commitment: Commitment, now: Any) -> None:
        super().__init__()
        self.commitment = commitment
        self.now = now
        self.when = commitment.habit or (commitment.due.isoformat() if commitment.due else "")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content("Edit the commitment").stylize("bold"), markup=False)
            yield Label("What you will do", id="edit-text-label")
            yield Input(self.commitment.text, id="edit-text",
                        tooltip="What you will do, in your words")
            yield Label("When: a date or a habit (empty for none)", id="edit-when-label")
            yield Input(self.when, placeholder="next friday, by the 14th, every Monday",
                        id="edit-when", tooltip=DATE_HINT)
            yield Static(id="edit-reading", markup=False)
            yield Static(Content("Enter or Ctrl+S saves · Esc cancels").stylize("dim"),
                         markup=False)

    def on_mount(self) -> None:
        self.query_one("#edit-text", Input).focus()
        self._show_reading()

    @on(Input.Changed, "#edit-when")
    def _when_changed(self) -> None:
        self._show_reading()

    def reading(self) -> tuple[date | None, str | None, str | None]:
        """The due date and habit typed, and a problem with them (None when readable)."""
        from coach.engine.dates import read_due

        typed = self.query_one("#edit-when", Input).value.strip()
        if not typed:
            return None, None, None
        found = read_due(typed, self.now)
        if found.due is None and found.habit is None:
            return None, None, f"Can't read {typed!r} as a date: try {DATE_HINT}."
        return found.due, found.habit, None

    def _show_reading(self) -> None:
        from coach.engine.dates import DueReading, describe_due

        due, habit, problem = self.reading()
        label = self.query_one("#edit-reading", Static)
        label.set_class(problem is not None, "-unread")
        if problem is not None:
            label.update(Content(problem))
            return
        words = describe_due(DueReading(due=due, habit=habit), self.now.date())
        label.update(Content(f"Read as: {words or 'no date'}"))

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        text = self.query_one("#edit-text", Input).value.strip()
        due, habit, problem = self.reading()
        if not text:
            self.app.notify("Say what you will do before saving.", markup=False)
            self.query_one("#edit-text", Input).focus()
            return
        if problem is not None:
            self.app.notify(problem, markup=False)
            self.query_one("#edit-when", Input).focus()
            return
        self.dismiss(CommitmentEdit(text=text, due=due, habit=habit))

    def action_cancel(self) -> None:
        self.dismiss(None)
