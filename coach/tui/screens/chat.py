"""The coaching chat: the same engine and journal as ``coach reflect``, as a conversation.

The engine and the journal run in a worker thread. The engine hands every turn to
the journal's recorder, which commits it before returning, so an answer is saved
before the question after it is shown.

Other paths (a leadership exchange's preparation and reflection) open the same screen
with their own title, session kind and meta, and are told when the session starts and
when it ends.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from coach.tui.format import literal
from coach.tui.journal_writes import write
from coach.tui.messages import AnswerSubmitted, SafetyChosen, SessionEnded, SessionPaused
from coach.tui.widgets.answer_box import AnswerBox
from coach.tui.widgets.chat_log import ChatLog
from coach.tui.widgets.stage_panel import StagePanel
from coach.tui.widgets.support_panel import SafetyChoices

if TYPE_CHECKING:
    from coach.engine.model import Framework, Turn
    from coach.engine.session import Session
    from coach.store import Journal
    from coach.tui.app import CoachApp


SESSION_KINDS = ("session", "exchange")


class ChatScreen(Screen[None]):
    """A coaching conversation, new or resumed."""

    CSS_PATH = "../chat.tcss"  # loaded when a chat first opens, not at start-up
    BINDINGS = [
        Binding("ctrl+n", "command('next')", "Next stage", priority=True),
        Binding("ctrl+b", "command('back')", "Back", priority=True),
        Binding("ctrl+s", "pause", "Pause", priority=True),
        Binding("ctrl+g", "end", "End", priority=True),
        Binding("escape", "leave", "Home"),
    ]

    app: CoachApp

    def __init__(
        self,
        *,
        framework: Framework | None = None,
        session_id: int | None = None,
        title: str | None = None,
        kind: str = "session",
        meta: Mapping[str, Any] | None = None,
        after_start: Callable[[int], None] | None = None,
        after_end: Callable[[SessionEnded], None] | None = None,
    ) -> None:
        """A new session with ``framework``, or session ``session_id`` resumed.

        A new session is saved with ``title`` (default: the framework's), ``kind``
        ("session" or "exchange") and ``meta``. ``after_start(session_id)`` runs once it is
        in the journal, in the engine's thread while the journal is held, so whatever it
        records lands with the session. ``after_end`` gets the ``SessionEnded`` message
        when the session finishes or is stopped; the message is posted either way.
        """
        super().__init__()
        if kind not in SESSION_KINDS:
            kinds = " or ".join(SESSION_KINDS)
            raise ValueError(f"a session's kind is {kinds}, not {kind!r}")
        self.framework = framework
        self.session_id = session_id
        self.session_title = title
        self.kind = kind
        self.meta = dict(meta or {})
        self.after_start = after_start
        self.after_end = after_end
        self.resuming = session_id is not None
        self.session: Session | None = None
        self.shown = 0
        self.busy = True  # starting, or saving an answer
        self.stale = False  # a save failed: the engine may be ahead of the journal
        self.entry_id: int | None = None

    def compose(self) -> ComposeResult:
        if self.framework is None and self.session_id is not None:
            self._find_framework(self.session_id)
        yield Header(icon="◎")
        with Horizontal(id="chat"):
            with Vertical(id="chat-main"):
                yield ChatLog(id="log")
                yield Static(id="closing", classes="panel")
                yield AnswerBox(id="answer")
            if self.framework is not None:
                yield StagePanel(self.framework, id="stages")
        yield Footer()

    def _find_framework(self, session_id: int) -> None:
        with self.app.db_lock:
            info = self.app.journal.get_session(session_id) if self.app.journal else None
        if info is not None:
            self.framework = self.app.framework(info.framework)
            self.session_title = self.session_title or info.title

    def on_mount(self) -> None:
        self.query_one("#closing").display = False
        if self.framework is None:
            self.app.notify("That session's framework is missing, so it can't be resumed.",
                            severity="error", markup=False)
            self.app.call_later(self.app.pop_screen)
            return
        self.sub_title = self.session_title or self.framework.title
        self.query_one(AnswerBox).focus()
        self._begin()

    # ------------------------------------------------------------------ engine work

    @work(thread=True, exclusive=True, group="engine")
    def _begin(self) -> None:
        from coach import conversations
        from coach.store import StoreError

        app, framework = self.app, self.framework
        assert framework is not None

        def begin(journal: Journal) -> tuple[Session, int]:
            if self.session_id is not None:
                info = journal.get_session(self.session_id)
                if info is None:
                    raise StoreError(f"there is no session {self.session_id} in the journal")
                session, _ = conversations.resume(journal, framework, info)
                return session, info.id
            session, session_id, _ = conversations.begin(
                journal, framework, seed=app.seed, title=self.session_title or framework.title,
                kind=self.kind, meta=self.meta, after_start=self.after_start)
            return session, session_id

        started = write(app, begin, then="Esc goes back.")
        if started is None:
            app.call_from_thread(self._not_started)
            return
        app.call_from_thread(self._ready, *started.value)

    @property
    def closed(self) -> bool:
        """Taken off the screen stack (it may still be on its way out)."""
        return not self.is_attached or self not in self.app.screen_stack

    def _not_started(self) -> None:
        self.busy = False
        if self.is_attached:
            self.query_one(AnswerBox).placeholder = "The session couldn't start. Esc goes back."

    def _ready(self, session: Session, session_id: int) -> None:
        self.session, self.session_id = session, session_id
        if self.closed:  # the screen was closed while the session was starting
            self._pause_in_journal()
            return
        self._show_new()

    @work(thread=True, exclusive=True, group="engine")
    def _send(self, text: str) -> None:
        import sqlite3

        from coach.engine.session import AnswerTooLong
        from coach.store import StoreError

        app, session_id = self.app, self.session_id
        assert session_id is not None
        said = 0  # the person's replies the journal held before this one

        def answer(journal: Journal) -> None:
            nonlocal said
            if self.stale:  # a save failed before: carry on from what the journal holds
                self._rebuilt(self._rebuild(journal))
            session = self.session
            assert session is not None
            said = _said(session.transcript)
            session.answer(text)
            if session.finished:
                self.entry_id = journal.finish_session(session_id, status=session.status)
            elif session.status == "paused":
                journal.pause_session(session_id)

        try:
            saved = write(app, answer,
                          then="Your answer is still in the box: press Enter to try again.")
        except AnswerTooLong as exc:
            app.call_from_thread(self._refused, text, str(exc))
            return
        if saved is not None:
            app.call_from_thread(self._show_new)
            return
        # The engine may have moved on past what the journal holds: go back to the journal.
        self.stale = True
        rebuilt: Session | None = None
        try:
            with app.db_lock:
                rebuilt = self._rebuild(app.journal) if app.journal is not None else None
        except (StoreError, sqlite3.Error, OSError):
            pass  # still stale: the next answer tries again
        if rebuilt is not None and _said(rebuilt.transcript) > said:
            # the answer itself was saved before the journal failed: it is not asked again
            app.call_from_thread(self._caught_up, rebuilt)
        else:
            app.call_from_thread(self._refused, text, None, rebuilt)

    def _rebuild(self, journal: Journal) -> Session:
        """The session as the journal holds it, saying nothing new."""
        from coach import conversations
        from coach.store import StoreError

        assert self.framework is not None and self.session_id is not None
        info = journal.get_session(self.session_id)
        if info is None:
            raise StoreError(f"there is no session {self.session_id} in the journal")
        return conversations.restore(journal, self.framework, info)

    def _rebuilt(self, session: Session) -> None:
        self.session, self.stale = session, False
        self.shown = len(session.transcript)  # what it says again is on screen already

    def _caught_up(self, session: Session) -> None:
        after = max(i for i, turn in enumerate(session.transcript) if turn.speaker == "you")
        self._rebuilt(session)
        self.shown = after + 1
        if self.is_attached:
            self._show_new()

    def _refused(self, text: str, reason: str | None, session: Session | None = None) -> None:
        """``text`` back in the answer box to try again (the journal already said why)."""
        if session is not None:
            self._rebuilt(session)
        self.busy = False
        if not self.is_attached:
            return
        box = self.query_one(AnswerBox)
        if not box.text.strip():
            box.text = text
        if reason is not None:
            self.app.notify(reason, severity="error", markup=False)

    # ------------------------------------------------------------------ display

    def _show_new(self) -> None:
        session = self.session
        assert session is not None
        if not self.is_attached:
            return
        new: list[Turn] = session.transcript[self.shown:]
        self.shown = len(session.transcript)
        self.query_one(ChatLog).add_turns(new)
        if self.framework is not None:
            # A stopped session stays marked where it stopped; only one that reached
            # the close (or is on its way through it) marks the check-out.
            closing = (session.awaiting in ("commitment", "checkout")
                       or session.status == "finished")
            self.query_one(StagePanel).mark(
                session.stage.id if session.stage else None, session.visited, closing=closing)
        self.busy = False
        if session.finished:
            self._show_close(session)
        elif session.status == "paused":
            self._after_pause()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Once the session has closed, only going home is offered."""
        if action in ("command", "pause", "end"):
            return self.session is None or not self.session.finished
        return True

    def _show_close(self, session: Session) -> None:
        self.refresh_bindings()
        box = self.query_one(AnswerBox)
        box.read_only = True
        box.placeholder = "This session is saved in your journal. Esc goes home."
        panel = self.query_one("#closing", Static)
        panel.border_title = "Saved to your journal" if session.status == "finished" else "Stopped"
        parts: list[Content | str | tuple[str, str]] = []
        if session.commitment:
            due = f" (by {session.commitment_due:%A} {session.commitment_due.day} "\
                  f"{session.commitment_due:%B})" if session.commitment_due else ""
            parts += [("Your commitment: ", "bold"), literal(session.commitment), due, "\n"]
        checkout = checkout_answer(session.transcript)
        if checkout:
            parts += [("Check-out: ", "bold"), literal(checkout)]
        if not parts:
            parts = ["The conversation so far is saved in your journal."]
        panel.update(Content.assemble(*parts))
        panel.display = True
        assert self.session_id is not None
        ended = SessionEnded(self.session_id, session.status, self.entry_id)
        self.post_message(ended)
        if self.after_end is not None:
            self.after_end(ended)

    def _after_pause(self) -> None:
        assert self.session_id is not None
        session = self.session
        if session is not None and session.awaiting == "risk":
            # Paused at a risk response: the support details stay in view.
            self.post_message(SessionPaused(self.session_id))
            box = self.query_one(AnswerBox)
            box.read_only = True
            box.placeholder = ("Paused, with everything kept. Esc goes home; resume from "
                               "Home whenever you choose.")
            for choices in self.query(SafetyChoices):
                choices.retire()
            return
        self.post_message(SessionPaused(self.session_id))
        self.app.notify("Session paused. Resume it from Home.", markup=False)
        self.dismiss()

    # ------------------------------------------------------------------ input and keys

    def on_answer_submitted(self, message: AnswerSubmitted) -> None:
        session = self.session
        if self.busy or session is None or (session.finished and not self.stale):
            box = self.query_one(AnswerBox)
            if not box.text.strip():
                box.text = message.text  # not taken: keep it to send again
            return
        self.busy = True
        self._send(message.text)

    def on_safety_chosen(self, message: SafetyChosen) -> None:
        """A button after a risk response: the same as typing pause, stop or carry on."""
        session = self.session
        if session is None or session.awaiting != "risk":
            return
        self.action_command(message.choice)

    def action_command(self, word: str) -> None:
        """A command word, sent as if typed; never written into the answer box."""
        session = self.session
        if session is None or (session.finished and not self.stale):
            return
        if self.busy:
            self.app.notify(f"One moment: still saving. Try {word} again after that.",
                            markup=False)
            return
        self.busy = True
        self._send(word)

    def action_pause(self) -> None:
        self.action_command("pause")

    def action_end(self) -> None:
        from coach.tui.screens.confirm import ConfirmScreen

        if self.session is None or self.session.finished:
            return
        question = "End this session now? What you've said so far is saved to the journal."

        def chosen(yes: bool | None) -> None:
            if yes:
                self.action_command("stop")

        self.app.push_screen(ConfirmScreen(question, yes="End session", no="Keep going"), chosen)

    def palette_commands(self) -> list[tuple[str, str, Any]]:
        return [
            ("Session: next stage", "Move on to the next stage (Ctrl+N)",
             lambda: self.action_command("next")),
            ("Session: back a stage", "Go back to the stage before (Ctrl+B)",
             lambda: self.action_command("back")),
            ("Session: pause", "Keep everything and resume later from Home (Ctrl+S)",
             self.action_pause),
            ("Session: end", "End the session now; it is saved to the journal (Ctrl+G)",
             self.action_end),
            ("Session: what can I say?", "The coach lists the commands",
             lambda: self.action_command("help")),
        ]

    def action_leave(self) -> None:
        if self.busy:  # starting, or saving an answer: it can't be left half-done
            self.app.notify("One moment: the session is being saved.", markup=False)
            return
        session = self.session
        if session is not None and not session.finished and self.session_id is not None:
            if not self._pause_in_journal():
                return
        self.dismiss()

    def _pause_in_journal(self) -> bool:
        session_id = self.session_id
        assert session_id is not None
        if write(self.app, lambda journal: journal.pause_session(session_id),
                 then="Ctrl+Q quits; the answers already saved are kept.") is None:
            return False
        self.app.notify("Session paused. Resume it from Home.", markup=False)
        return True


def _said(transcript: list[Turn]) -> int:
    """How many of the person's replies (answers and commands) a transcript holds."""
    return sum(1 for turn in transcript if turn.speaker == "you")


def checkout_answer(transcript: list[Turn]) -> str | None:
    """The person's answer to the check-out question, if they gave one."""
    asked = False
    for turn in transcript:
        if turn.speaker == "coach":
            asked = turn.kind == "checkout"
        elif asked and turn.kind == "answer" and not turn.data.get("risk"):
            return turn.text
    return None
