"""Code a real conversation: a transcript file in, one listener's scorecard out.

The same scorecard as `coach analyse --transcript` (``coach.engine.transcript_score``),
shown as a table with the most instructive lines under it. Reading and coding run in
a worker thread, so a long transcript never freezes the screen. Everything from the
file is shown literally, control characters as visible placeholders.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, Static

if TYPE_CHECKING:
    from coach.engine.transcript_score import TranscriptCard
    from coach.engine.transcripts import Transcript

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """``text`` with control characters shown as placeholders (ESC as ␛, and so on)."""
    return _CONTROL.sub(
        lambda m: chr(0x2400 + ord(m[0])) if ord(m[0]) < 0x20
        else "␡" if m[0] == "\x7f" else "�", text)


class TranscriptScreen(Screen[None]):
    """A path and a listener's name in; the scorecard as a table."""

    DEFAULT_CSS = """
    TranscriptScreen #transcript-body { padding: 0 1; height: 1fr; }
    TranscriptScreen #transcript-intro { margin: 1 0; }
    TranscriptScreen #transcript-fields { height: auto; grid-size: 2; grid-columns: 17 1fr;
                                          grid-rows: 1; grid-gutter: 0 1; }
    TranscriptScreen #transcript-fields Label { color: $text-muted; }
    TranscriptScreen #transcript-fields Input { margin: 0; }
    TranscriptScreen #transcript-status { margin: 1 0; }
    TranscriptScreen #transcript-status.error { color: $error; }
    TranscriptScreen #transcript-table { height: auto; max-height: 14; }
    TranscriptScreen #transcript-lines { margin: 1 0; }
    """
    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def __init__(self, path: str = "", listener: str = "") -> None:
        super().__init__()
        self.initial = (path, listener)
        self.card: TranscriptCard | None = None
        self.transcript: Transcript | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="◎")
        with VerticalScroll(id="transcript-body"):
            yield Static("Code a real conversation: a WebVTT transcript (Teams, Zoom), "
                         "SubRip captions, or 'Name: text' lines. Each of the listener's turns is coded with the "
                         "turns before it.", id="transcript-intro")
            with Grid(id="transcript-fields"):
                yield Label("Transcript file")
                yield Input(value=self.initial[0], placeholder="path to a .vtt, .srt or .txt file",
                            id="transcript-path", compact=True)
                yield Label("Listener")
                yield Input(value=self.initial[1],
                            placeholder="whose listening to code (empty lists the speakers)",
                            id="transcript-listener", compact=True)
            yield Static("Enter in either box codes the transcript · Esc goes back",
                         id="transcript-status", classes="hint message")
            yield DataTable(id="transcript-table", show_cursor=False, zebra_stripes=True)
            yield Static(id="transcript-lines")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#transcript-table", DataTable)
        table.add_columns("measure", "count", "how it reads")
        table.display = False
        self.query_one("#transcript-path", Input).focus()

    # -- acting ---------------------------------------------------------------------------
    @on(Input.Submitted, "#transcript-fields Input")
    def _submitted(self) -> None:
        path = self.query_one("#transcript-path", Input).value.strip()
        listener = self.query_one("#transcript-listener", Input).value.strip()
        if not path:
            self.show("Type the path of a transcript file first.", error=True)
            self.query_one("#transcript-path", Input).focus()
            return
        self.show("Reading and coding the transcript…")
        self.code(path, listener)

    @work(thread=True, exclusive=True, group="transcript")
    def code(self, path: str, listener: str) -> None:
        """Read and code ``path`` off the UI thread; the result is shown on it."""
        from coach.engine.transcript_score import score_transcript
        from coach.engine.transcripts import TranscriptError, cut_message, read_transcript

        notes: list[str] = []
        try:
            transcript = read_transcript(Path(path).expanduser())
            if transcript.cut:
                notes.append(cut_message(Path(path).name) + ".")
            speakers = transcript.speakers
            if not listener and len(speakers) > 1:
                counts = ", ".join(f"{s} ({transcript.turns_of(s)} turns)" for s in speakers)
                self.app.call_from_thread(
                    self._ask_listener, transcript,
                    f"Speakers in it: {counts}. Type whose listening to code under "
                    "Listener and press Enter.")
                return
            card = score_transcript(transcript, listener)
        except TranscriptError as exc:
            self.app.call_from_thread(self.show, f"{exc}.", error=True)
            return
        except (OSError, ValueError) as exc:  # a path the system cannot even look at
            self.app.call_from_thread(self.show, f"{path} could not be read ({exc}).",
                                      error=True)
            return
        self.app.call_from_thread(self.show_card, card, notes)

    def _ask_listener(self, transcript: Transcript, message: str) -> None:
        self.transcript = transcript
        self.show(message)
        self.query_one("#transcript-listener", Input).focus()

    # -- showing --------------------------------------------------------------------------
    def show(self, message: str, *, error: bool = False) -> None:
        status = self.query_one("#transcript-status", Static)
        status.update(Content(visible(message)))
        status.set_class(error, "error")
        status.set_class(not error, "hint")

    def show_card(self, card: TranscriptCard, notes: list[str] = ()) -> None:  # type: ignore[assignment]
        from coach.engine.transcript_score import notes_lines, scorecard_rows

        self.card = card
        others = ", ".join(card.others)
        self.show(" ".join([f"{card.listener} listening to {others}: {card.turns} turns "
                            "coded.", *notes]))
        table = self.query_one("#transcript-table", DataTable)
        table.clear()
        for measure, count, reading in scorecard_rows(card):
            table.add_row(Text(measure), Text(count, justify="right"), Text(reading))
        table.display = True
        lines = notes_lines(card)[1:]  # no blank line above the first heading
        self.query_one("#transcript-lines", Static).update(Content(visible("\n".join(lines))))
