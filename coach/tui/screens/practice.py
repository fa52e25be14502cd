"""Practise listening: set-up, thinking time, timed turns with live coding, play-back,
swap, debrief and the scorecard, all on one screen.

Everything a person types is shown literally. The exercise runs on an injected clock
(``time.monotonic`` by default); a short interval checks it and redraws the countdown.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Footer, Header, Input, Label, Static

from coach.engine.practice import (
    Clock,
    Exercise,
    PracticeError,
    Setup,
    render_scorecard,
)
from coach.engine.practice_score import live_feedback, tally_line
from coach.tui.format import literal
from coach.tui.journal_writes import write
from coach.tui.messages import EntrySaved
from coach.tui.screens.choice import Choice, ChoiceScreen
from coach.tui.widgets.safe_text import SafeInput
from coach.tui.widgets.typed_ahead import FOCUS_BINDINGS

if TYPE_CHECKING:
    from coach.engine.practice_score import Scorecard
    from coach.tui.app import CoachApp

PLACEHOLDERS = {
    "turn": "What did the listener just say? (a few words; Enter to log)",
    "playback": "The listener's play-back: what they heard",
    "confirm": "Speaker: yes, or no: what was missed",
    "swap": "Press Enter to swap roles and start the next turn",
    "debrief": "Your answer (Enter to skip)",
    "done": "Escape to go home",
}

# leaving part-way: the first (going back to the practice) is the default and Esc's
LEAVE_CHOICES = (
    Choice("back", "Go back", "b"),
    Choice("discard", "Discard", "d", "warning"),
    Choice("keep", "Keep in journal", "k", "primary"),
)

# (label, input id, placeholder) for the set-up form, in order
FIELDS = (
    ("Speaker", "setup-speaker", "who speaks first (Partner A)"),
    ("Listener", "setup-listener", "who listens first (Partner B)"),
    ("Observer", "setup-observer", "optional"),
    ("Thinking time", "setup-thinking", "seconds (60)"),
    ("Turn length", "setup-turn", "minutes, 5 to 10 (5)"),
    ("Subject", "setup-subject", "a number from the list below, or your own (1)"),
)


def clock_text(seconds: float | None) -> str:
    whole = max(0, int((seconds or 0) + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class PracticeScreen(Screen[None]):
    """The whole exercise. Pass a ``Setup`` to skip the set-up form (tests do)."""

    DEFAULT_CSS = """
    PracticeScreen #practice-setup { padding: 0 1; height: 1fr; }
    PracticeScreen #setup-intro { margin: 1 0; }
    PracticeScreen #setup-fields { height: auto; grid-size: 2; grid-columns: 15 1fr;
                                   grid-rows: 1; grid-gutter: 0 1; }
    PracticeScreen #setup-fields Label { color: $text-muted; }
    PracticeScreen #setup-fields Input { margin: 0; }
    PracticeScreen #setup-fields Input:focus, PracticeScreen #setup-confidential:focus {
        background: $accent 35%;
    }
    PracticeScreen #setup-begin { margin: 1 0 0 0; }
    PracticeScreen #setup-subjects { margin: 0 0 0 16; color: $text-muted; }
    PracticeScreen #setup-confidential { margin: 1 0 0 0; }
    PracticeScreen #setup-transcript { margin: 1 0 0 0; }
    PracticeScreen #practice-run { height: 1fr; }
    PracticeScreen #practice-status { height: auto; padding: 0 1; }
    PracticeScreen #practice-clock { text-style: bold; }
    PracticeScreen #practice-log { height: 1fr; padding: 0 1; }
    PracticeScreen .practice-note { color: $text-muted; padding-left: 2; }
    PracticeScreen #practice-input { margin: 0 0; }
    """
    BINDINGS = [
        Binding("ctrl+s", "pause", "Pause/resume", priority=True),
        Binding("ctrl+g", "end_turn", "End turn", priority=True),
        Binding("ctrl+t", "open_transcript", "Code a transcript"),
        Binding("escape", "leave", "Home"),
        # during set-up: the focus moves, and the exercise begins, the moment the key is
        # read, so what is typed next goes to the next box (or the running exercise)
        *FOCUS_BINDINGS,
        Binding("enter", "begin", "Begin", show=False, priority=True),
    ]

    app: CoachApp

    def __init__(self, setup: Setup | None = None, *, clock: Clock = time.monotonic) -> None:
        super().__init__()
        self.setup = setup
        self.clock = clock
        self.exercise: Exercise | None = None
        self.entry_id: int | None = None
        self.card: Scorecard | None = None
        self.save_failed = False

    # -- layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        from coach.engine.practice_subjects import subjects

        yield Header(icon="◎")
        with VerticalScroll(id="practice-setup"):
            yield Static("Practise listening: who is who, and what to talk about.",
                         id="setup-intro")
            with Grid(id="setup-fields"):
                for label, field, hint in FIELDS:
                    yield Label(label)
                    yield SafeInput(placeholder=hint, id=field, compact=True)
            listed = "\n".join(f"{n}. {s.text}" for n, s in enumerate(subjects(), 1))
            yield Static(literal(listed), id="setup-subjects")
            yield Checkbox("Confidential: keep only the numbers", id="setup-confidential",
                           compact=True)
            yield Button("Begin (Enter)", id="setup-begin", variant="primary", compact=True)
            yield Static("Enter in any box begins · Tab moves to the next · Esc goes home",
                         classes="hint")
            yield Button("Code a transcript of a real conversation (Ctrl+T)",
                         id="setup-transcript", compact=True)
        with Vertical(id="practice-run"):
            with Horizontal(id="practice-status"):
                yield Static(id="practice-clock")
            yield Static(id="practice-tally", classes="hint")
            yield VerticalScroll(id="practice-log")
            yield SafeInput(id="practice-input")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#practice-run").display = False
        if self.setup is not None:
            self._begin(self.setup)
        else:
            self.query_one("#setup-speaker", Input).focus()
        self.set_interval(0.25, self.refresh_clock)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Pause and end turn are only offered once the exercise is running."""
        if action in ("pause", "end_turn"):
            return self.exercise is not None and self.exercise.phase in ("thinking", "turn")
        if action == "open_transcript":
            return self.exercise is None
        if action in ("app.focus_next", "app.focus_previous", "begin"):
            in_setup = self.exercise is None and self.setup is None
            # Enter on the checkbox or a button keeps its own meaning
            return in_setup and not (action == "begin"
                                     and isinstance(self.focused, Checkbox | Button))
        return True

    # -- a transcript of a real conversation ----------------------------------------------
    @on(Button.Pressed, "#setup-transcript")
    def action_open_transcript(self) -> None:
        """Ask for a transcript file and show its listener's scorecard (before a practice
        starts: the practice's own turns are coded live instead)."""
        if self.exercise is not None:
            return
        from coach.tui.screens.transcript import TranscriptScreen

        self.app.push_screen(TranscriptScreen())

    # -- set-up ---------------------------------------------------------------------------
    def _value(self, selector: str) -> str:
        return self.query_one(selector, Input).value.strip()

    def _setup_from_form(self) -> Setup:
        from coach.engine.practice_subjects import find_subject

        try:
            thinking = float(self._value("#setup-thinking") or 60)
            turn = float(self._value("#setup-turn") or 5)
        except ValueError:
            raise PracticeError("thinking time and turn length need to be numbers") from None
        return Setup(
            speaker=self._value("#setup-speaker") or "Partner A",
            listener=self._value("#setup-listener") or "Partner B",
            observer=self._value("#setup-observer") or None,
            subject=find_subject(self._value("#setup-subject") or "1"),
            thinking_seconds=thinking, turn_minutes=turn,
            confidential=self.query_one("#setup-confidential", Checkbox).value,
        )

    @on(Input.Submitted, "#practice-setup Input")
    @on(Button.Pressed, "#setup-begin")
    def _setup_submitted(self) -> None:
        self.action_begin()

    def action_begin(self) -> None:
        """Begin the exercise with the set-up form's values."""
        if self.exercise is not None:
            return
        try:
            setup = self._setup_from_form()
        except PracticeError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self._begin(setup)

    def _begin(self, setup: Setup) -> None:
        self.setup = setup
        self.exercise = Exercise(setup, clock=self.clock)
        self.query_one("#practice-setup").display = False
        self.query_one("#practice-run").display = True
        self.say(f"Subject: {setup.subject}")
        if self.exercise.start() == "thinking":
            self.say("Thinking time. Press Enter to start the turn early.")
        self.announce()
        # at once (not after the next refresh), so keys typed straight after Enter go here
        self.set_focus(self.query_one("#practice-input", Input))

    # -- showing ----------------------------------------------------------------------------
    def say(self, text: str, *, note: bool = False) -> None:
        """A line in the exercise's log; names, moves and notes are shown literally."""
        log = self.query_one("#practice-log", VerticalScroll)
        log.mount(Static(literal(text), classes="practice-note" if note else ""))
        log.scroll_end(animate=False)

    def announce(self) -> None:
        """Say what the new phase asks for, and set the input's placeholder."""
        ex = self.exercise
        if ex is None:
            return
        if ex.phase == "turn":
            r = ex.current
            self.say(f"Turn {len(ex.rounds)}: {r.speaker} speaks, {r.listener} listens. "
                     f"Log each thing {r.listener} says.")
        elif ex.phase == "playback":
            r = ex.current
            self.say(f"Play-back: {r.listener}, say back what you heard from {r.speaker}.")
        elif ex.phase == "swap":
            r = ex.current
            self.say(f"Confirmed. Swap: now {r.listener} speaks and {r.speaker} listens.")
        elif ex.phase == "debrief":
            self.say("Debrief: " + (ex.next_question() or ""))
        text_box = self.query_one("#practice-input", Input)
        text_box.placeholder = PLACEHOLDERS.get(ex.phase, "Press Enter to start now")
        self.refresh_bindings()
        self.refresh_clock()

    def refresh_clock(self) -> None:
        ex = self.exercise
        if ex is None:
            return
        before = ex.phase
        if ex.tick() != before:
            self.say("Time to begin." if before == "thinking" else "Time's up.")
            self.announce()
            return
        left = ex.remaining()
        label = {"thinking": "Thinking time", "turn": "Turn"}.get(ex.phase, ex.phase.title())
        clock = f"{label}: {clock_text(left)} {'paused' if ex.paused else 'left'}" \
            if left is not None else label
        self.query_one("#practice-clock", Static).update(Content(clock))
        t = ex.tally()
        self.query_one("#practice-tally", Static).update(Content(tally_line(t)))

    def show_scorecard(self, card: Scorecard) -> None:
        """The scorecard as tables at the end of the log."""
        from coach.tui.widgets.scorecard import ScorecardView

        log = self.query_one("#practice-log", VerticalScroll)
        log.mount(ScorecardView(card))
        log.scroll_end(animate=False)

    # -- acting -------------------------------------------------------------------------------
    @on(Input.Submitted, "#practice-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.input.value = ""
        try:
            self.handle(event.value)
        except PracticeError as exc:
            self.say(str(exc), note=True)

    def handle(self, text: str) -> None:
        """One line from the input, read according to the phase."""
        ex = self.exercise
        if ex is None:
            return
        before = ex.phase
        command = text.strip().lower()
        if ex.phase == "thinking":
            ex.begin_turn()
        elif ex.phase == "turn":
            self._turn_line(ex, text, command)
        elif ex.phase == "playback" and text.strip():
            self.say(f"Play-back: {text.strip()}")
            ex.play_back(text)
        elif ex.phase == "confirm":
            self._verdict(ex, text)
        elif ex.phase == "swap":
            ex.swap()
        elif ex.phase == "debrief":
            ex.answer(text)
            if ex.phase == "debrief":
                self.say("Debrief: " + (ex.next_question() or ""))
        if ex.phase == "done":
            self.finish()
        elif ex.phase != before:
            self.announce()

    def _turn_line(self, ex: Exercise, text: str, command: str) -> None:
        if command in ("end", "---"):
            ex.end_turn()
        elif command in ("pause", "resume"):
            self.action_pause()
        elif not command:
            self.say("Nothing to log there: type what the listener said.", note=True)
        else:
            move = ex.log(text)
            if move is not None:
                self.say(f"“{text.strip()}”")
                for line in live_feedback(move):
                    self.say(line[:160], note=True)

    def _verdict(self, ex: Exercise, text: str) -> None:
        from coach.engine.practice import read_confirmation

        answer = read_confirmation(text)
        if answer is None:
            self.say("Answer yes, or no followed by what was missed.", note=True)
            return
        if answer[0]:
            ex.confirm(True)
            return
        ex.confirm(False, answer[1])
        self.say(f"Not yet. {ex.current.listener}, try again.", note=True)

    def action_pause(self) -> None:
        ex = self.exercise
        if ex is None or ex.phase not in ("thinking", "turn"):
            return
        if ex.paused:
            ex.resume()
            self.say("Clock running again.", note=True)
        else:
            ex.pause()
            self.say("Clock paused. Ctrl+S or resume to carry on.", note=True)
        self.refresh_clock()

    def action_end_turn(self) -> None:
        ex = self.exercise
        if ex is not None and ex.phase == "turn":
            ex.end_turn()
            self.announce()

    def finish(self, *, partial: bool = False) -> bool:
        """Show the scorecard and save it (only the numbers when confidential).

        False when the journal refused it: the scorecard stays on screen, and the next
        call tries to save it again. ``partial`` names it as the scorecard so far.
        """
        ex = self.exercise
        if ex is None or self.entry_id is not None:
            return True
        if self.card is None:
            self.card = ex.finish()
            shown = self.card.redacted(keep_names=True) if self.card.confidential else self.card
            self.show_scorecard(shown)
            self.query_one("#practice-input", Input).placeholder = PLACEHOLDERS["done"]
        card = self.card
        if not card.listeners:
            return True
        text = render_scorecard(card.redacted() if card.confidential else card)
        saved = write(self.app, lambda journal: journal.add_entry(
            text, title="Listening practice", kind="practice", tags=("practice",)),
            then="The scorecard is still on screen: Enter tries again, "
                 "Esc leaves without saving it.")
        self.save_failed = saved is None
        if saved is None:
            return False
        self.entry_id = saved.value
        self.post_message(EntrySaved(saved.value))
        what = "The scorecard so far" if partial else "The scorecard"
        self.notify(f"{what} is saved as journal entry {saved.value}.", markup=False)
        return True

    # -- leaving ------------------------------------------------------------------------------
    def unsaved_work(self) -> str | None:
        """What leaving now would lose, in a few words, or None."""
        ex = self.exercise
        if ex is None:
            return None
        if self.card is None:
            return "the practice in progress" if ex.rounds else None
        if self.entry_id is None and self.card.listeners:
            return "the scorecard the journal could not save"
        return None

    def ask_to_leave(self, then: Callable[[], object] | None = None) -> Screen[Any] | None:
        """Part-way through, ask whether to keep the scorecard so far; None if not.

        Once the person has chosen to leave (keeping or discarding), the practice
        closes and ``then`` runs; choosing to go back leaves everything as it was.
        """
        ex = self.exercise
        if ex is None or self.card is not None or not ex.rounds:
            return None
        question = ChoiceScreen(self._leave_question(ex), LEAVE_CHOICES)
        self.app.push_screen(question, lambda choice: self._leave_chosen(choice, then))
        return question

    def action_leave(self) -> None:
        """Go home; part-way through a practice, ask first what to do with the scorecard."""
        ex = self.exercise
        if self.ask_to_leave() is not None:
            return
        if ex is not None and self.card is not None:  # finished, or the journal refused it
            if self.entry_id is None and self.card.listeners:
                self.notify("Left without the scorecard: nothing was saved.", markup=False)
        elif ex is not None:  # thinking time: no turn yet, so no scorecard to keep
            self.notify("Left before the first turn: nothing was saved.", markup=False)
        self.app.pop_screen()

    def _leave_question(self, ex: Exercise) -> str:
        kept = " (only the numbers, as it is confidential)" if ex.setup.confidential else ""
        return ("Leave the practice before it ends? The scorecard so far can be kept in "
                f"the journal{kept}, or discarded.")

    def _leave_chosen(self, choice: str | None, then: Callable[[], object] | None) -> None:
        if choice == "keep":
            if not self.finish(partial=True):
                return  # the journal refused it: the scorecard stays on screen
        elif choice == "discard":
            self.notify("Left the practice part-way: nothing was saved.", markup=False)
        else:
            return  # back to the practice, which carried on meanwhile
        self.app.pop_screen()
        if then is not None:
            then()
