"""The conversation as a chat: the coach on the left, the person on the right."""

from __future__ import annotations

from collections.abc import Iterable

from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from coach.engine.model import Kind, Turn
from coach.tui.format import literal
from coach.tui.widgets.support_panel import ChoiceOffer, SafetyChoices, SupportPanel

#: How a coach line of each kind is labelled, so play-backs and reframes stand out.
LABELS = {
    Kind.PLAYBACK: "play-back",
    Kind.PLAYBACK_MISSED: "play-back",
    Kind.BRANCH: "which way",
    Kind.REFRAME: "reframe",
    Kind.CLEAN: "your words",
    Kind.COMMITMENT: "commitment",
    Kind.COMMITMENT_ACTION: "commitment",
    Kind.REVIEW_OPENING: "last time",
    Kind.COMMITMENT_REVIEW: "last time",
    Kind.COMMITMENT_STATUS: "last time",
    Kind.CHECKOUT: "check-out",
    Kind.CLOSE: "close",
    Kind.RISK: "support",
    Kind.HELP: "help",
    Kind.PAUSED: "paused",
    Kind.STOPPED: "stopped",
}
QUIET = frozenset({Kind.NOTE, Kind.ENDED, Kind.PAUSED, Kind.STOPPED, Kind.HELP})


class ChatMessage(Static):
    """One line of the conversation, shown literally."""

    def __init__(self, turn: Turn) -> None:
        speaker = "you" if turn.speaker == "you" else "coach"
        classes = f"message -{speaker} -kind-{turn.kind}"
        if turn.kind in QUIET:
            classes += " -quiet"
        super().__init__(literal(turn.text), classes=classes, markup=False)
        self.turn = turn
        label = "You" if speaker == "you" else "Coach"
        extra = LABELS.get(turn.kind)
        if turn.kind == Kind.COMMAND:
            extra = "command"
        self.border_title = f"{label} · {extra}" if extra else label
        # A bubble is as wide as its text; keep room for the title on the border,
        # so a one-word answer is still titled "You" rather than "…".
        self.styles.min_width = len(self.border_title) + 6


class StageHeading(Static):
    """A stage announcement, as a rule across the conversation."""

    def __init__(self, turn: Turn) -> None:
        super().__init__(literal(f"── {turn.text} ──"), classes="stage-heading",
                         markup=False)
        self.turn = turn


class ChatLog(VerticalScroll, can_focus=False):
    """The scrolling conversation."""

    def add_turns(self, turns: Iterable[Turn]) -> None:
        widgets: list[Widget] = []
        turns = list(turns)
        for turn in turns:
            # Only an offer that is the last thing said still stands (a resumed session
            # shows its earlier offers too).
            active = turn is turns[-1]
            if turn.kind == Kind.RISK:
                widgets.append(SupportPanel(turn, active=active))
            elif turn.kind == Kind.RISK_CHOICE:
                widgets.append(ChoiceOffer(turn, active=active))
            elif turn.kind == Kind.STAGE:
                widgets.append(StageHeading(turn))
            elif turn.kind == Kind.COMMAND:
                note = Static(literal(f"you said: {turn.text}"), classes="chat-command",
                              markup=False)
                widgets.append(note)
            else:
                widgets.append(ChatMessage(turn))
        if widgets:
            for choices in self.query(SafetyChoices):
                choices.retire()  # only the newest offer of the choice stands
            self.mount_all(widgets)
            self.call_after_refresh(self.scroll_end, animate=False)

    def add_note(self, text: str) -> None:
        self.mount(Static(literal(text), classes="chat-note", markup=False))
        self.call_after_refresh(self.scroll_end, animate=False)
