"""A scripted coaching conversation: one question at a time, in the person's words.

A :class:`Session` walks a :class:`~coach.engine.model.Framework` stage by stage.
Each answer goes in through :meth:`Session.answer`; the coach's next lines come
out, ending with the one question the person is asked next. Every turn, theirs and
the coach's, is handed to the recorder as it happens, the person's answer before
any reply to it is made, so a store can keep the conversation safe.

The session is a small state machine: :attr:`Session.awaiting` names what the
standing question asked for, and one handler per state takes the answer
(:data:`Session._HANDLERS`). The moves live beside it: stages and play-backs in
``session_stages``, the risk response in ``session_safety``, reviews, the commitment
and the close in ``session_close``; what they share in ``session_voice``.

Given the same framework, seed and answers a session says the same things, which is
how an interrupted session is resumed: :meth:`Session.replay` feeds the recorded
answers back through a fresh session.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from coach.engine.analyser import Analysis
from coach.engine.analyser import analyse as default_analyse
from coach.engine.dates import DueReading
from coach.engine.model import Framework, Kind, OpenCommitment, Recalled, Recorder, Turn
from coach.engine.prompts import Prompts, default_prompts
from coach.engine.replies import read_command
from coach.engine.session_close import CloseMoves
from coach.engine.session_safety import ANALYSED_CHARS, RISK_OFFERS, SafetyMoves
from coach.engine.session_stages import MAX_PLAYBACK_ROUNDS, StageMoves
from coach.engine.session_voice import Awaiting, Status, question_key

__all__ = ["MAX_ANSWER_CHARS", "MAX_PLAYBACK_ROUNDS", "RISK_OFFERS", "AnswerTooLong",
           "Session", "Status"]

#: An answer longer than this is refused, so nothing the person typed is cut short.
MAX_ANSWER_CHARS = 50_000

Handler = Callable[["Session", str, Analysis], None]


class AnswerTooLong(ValueError):
    """An answer over :data:`MAX_ANSWER_CHARS`; nothing was recorded."""


class Session(StageMoves, SafetyMoves, CloseMoves):
    """One coaching conversation over one framework."""

    def __init__(
        self,
        framework: Framework,
        *,
        seed: int = 0,
        prompts: Prompts | None = None,
        recorder: Recorder | None = None,
        open_commitments: Sequence[OpenCommitment] = (),
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
        analyse: Callable[[str], Analysis] | None = None,
        reframes: bool | None = None,
        gentle_start: bool = False,
        risk_offers: int = RISK_OFFERS,
        unattended: bool = False,
        recalled: Sequence[Recalled] = (),
    ) -> None:
        """``now`` (or ``today``) is the clock dates are read against; ``gentle_start``
        opens by asking how the person is, before anything else (the session after one
        where risk was heard); ``risk_offers`` is how many times the choice to pause,
        stop or carry on is offered after a risk response before the session pauses by
        itself. An ``unattended`` session (answers from a file or a pipe) says the date
        it read from a commitment without asking whether it is right. ``recalled`` are
        notes the person took (an exchange's day), brought back in a stage that asks
        for them."""
        self.framework = framework
        self.seed = seed
        self.rng = random.Random(seed)
        self.prompts = prompts or default_prompts()
        self.recorder = recorder
        self.reviews = list(open_commitments)
        if now is None:
            day = today or date.today
            now = lambda: datetime.combine(day(), time(12))  # noqa: E731
        self.now = now
        self.analyse = analyse if analyse is not None else default_analyse
        self._reads_risk_itself = analyse is None
        self.reframes = framework.reframes if reframes is None else reframes
        self.transcript: list[Turn] = []
        self.next_index = 0  # the number the next turn is saved under
        self.status: Status = "active"
        self.awaiting: Awaiting = "none"
        self.pending: Turn | None = None  # the question the person is answering
        self.stage_state = None
        self.visited: list[str] = []  # stage ids, in the order entered
        self.commitment: str | None = None
        self.commitment_due: date | None = None
        self.commitment_habit: str | None = None
        self._review_index = 0
        self._reviewed: dict[int, str] = {}  # commitment id -> the status given this session
        self._review_asked_status = False
        self._action_asked = False
        self._doubt_asked = False
        self._option: str | None = None  # "could": the step was said as an option
        # the step kept before another was put forward as an option at the check
        self._before_option: tuple[str, DueReading] | None = None
        self._used_phrases: set[str] = set()
        self._asked: set[str] = set()  # every question asked, to ask none twice
        self._stage_answers = 0  # answers to stages so far, across the session
        self._said: list[str] = []  # every stage answer so far
        self._reflected: set[str] = set()  # reflections said, none twice
        self._reflection: str | None = None  # their key words, said before the next question
        self._acknowledged: set[str] = set()  # feelings said back already
        #: losses said back, and the stage each was last said back in
        self._losses_said: dict[str, str | None] = {}
        self._out: list[Turn] = []
        self.gentle_start = gentle_start
        self.unattended = unattended
        self.recalled = tuple(recalled)
        self.risk_offers = max(1, risk_offers)
        self._risk_offered = 0  # choices offered since the last risk response
        self._before_risk = (None, "none")

    # ------------------------------------------------------------------ queries

    @property
    def finished(self) -> bool:
        return self.status in ("finished", "stopped")

    @property
    def stage(self) -> Any:
        return self.stage_state.stage if self.stage_state else None

    def answers(self) -> list[str]:
        return [t.text for t in self.transcript
                if t.speaker == "you" and t.kind == Kind.ANSWER]

    # ------------------------------------------------------------------ driving

    def start(self) -> list[Turn]:
        """The opening lines, ending with the first question."""
        if self.transcript:
            raise RuntimeError("the session has already started")
        self._say(Kind.OPENING, self._render("opening", title=self.framework.title,
                                             purpose=self.framework.purpose))
        if self.gentle_start:
            self._ask(Kind.GENTLE_OPENING, self._render("gentle_opening"), None)
            self.awaiting = "gentle"
        else:
            self._begin_conversation()
        return self._flush()

    def answer(self, text: str) -> list[Turn]:
        """Take the person's reply; return the coach's lines up to the next question.

        An empty reply returns nothing and records nothing: the same question stands.
        """
        if self.finished:
            raise RuntimeError("the session has ended")
        if len(text) > MAX_ANSWER_CHARS:
            raise AnswerTooLong(
                f"that answer is {len(text):,} characters; the most one answer can hold is "
                f"{MAX_ANSWER_CHARS:,}. Split it into shorter answers."
            )
        if not text.strip():
            return []
        if self.status == "paused":
            self.status = "active"
        command = read_command(text)
        if command:
            self._record(Turn(self.next_index, "you", Kind.COMMAND, command, self._stage_id()))
            self._COMMANDS[command](self)
        else:
            self._take_answer(text)
        return self._flush()

    def resume(self) -> list[Turn]:
        """After a pause (or a replay): a welcome back and the question that stands."""
        self.status = "active" if not self.finished else self.status
        if self.finished or self.pending is None:
            return []
        self._say(Kind.NOTE, self._render("resumed", title=self.framework.title))
        if self.awaiting == "risk":
            self._offer_choice()
        else:
            self._repeat_pending()
        return self._flush()

    def interrupt(self) -> list[Turn]:
        """The answers ran out: say so and leave the session paused to resume later."""
        if not self.finished:
            self._say(Kind.ENDED, self._render("ended"))
            self.status = "paused"
        return self._flush()

    @classmethod
    def replay(cls, framework: Framework, replies: Iterable[str], **kwargs: Any) -> Session:
        """A session brought back to where ``replies`` left it, recording nothing."""
        recorder = kwargs.pop("recorder", None)
        session = cls(framework, **kwargs)
        session.start()
        for reply in replies:
            if session.finished:
                break
            session.answer(reply)
        session.recorder = recorder
        return session

    @classmethod
    def restore(cls, framework: Framework, saved: Sequence[Turn], **kwargs: Any) -> Session:
        """A session brought back from its saved turns, numbering on after the last of them.

        Lines said outside the script (such as "the answers ran out" or a welcome back)
        are not replayed, so the saved numbering, not the replay's, decides what comes next.
        """
        replies = [t.text for t in saved if t.speaker == "you"]
        session = cls.replay(framework, replies, **kwargs)
        session.next_index = max((t.index for t in saved), default=-1) + 1
        return session

    # ------------------------------------------------------------------ commands

    def _command_help(self) -> None:
        self._say(Kind.HELP, self._render("help"))
        self._repeat_pending()

    def _command_pause(self) -> None:
        self._say(Kind.PAUSED, self._render("paused"))
        self.status = "paused"

    def _command_stop(self) -> None:
        self._say(Kind.STOPPED, self._render("stopped"))
        self._end("stopped")

    def _command_next(self) -> None:
        """Skip what stands: each state knows where skipping it leads."""
        awaiting = self.awaiting
        if awaiting == "risk":
            self._risk_reply("next")  # not a choice to carry on: the choice is offered again
        elif awaiting == "gentle":
            self._begin_conversation()
        elif awaiting == "review-opening":
            self._ask_review()
        elif awaiting in ("review", "review-status"):
            self._next_review()
        elif awaiting in ("commitment", "commitment-action", "commitment-check",
                          "commitment-doubt"):
            self._ask_checkout()
        elif awaiting == "checkout":
            self._close()
        else:
            self._leave_stage()

    def _command_back(self) -> None:
        if self.awaiting == "risk":
            self._risk_reply("back")
            return
        if self.awaiting in ("review-opening", "review", "review-status", "gentle"):
            self._repeat_pending()
            return
        if self.awaiting not in ("commitment", "commitment-action", "commitment-check",
                                 "commitment-doubt", "checkout") \
                and len(self.visited) > 1:
            self.visited.pop()  # the stage we are in
        target = self.framework.stage(
            self.visited.pop() if self.visited else self.framework.stages[0].id)
        # Going back is asking for the stage's questions again, in whichever words.
        self._asked -= {question_key(q) for q in target.questions} | {
            question_key(instead) for _, instead in target.if_untried if instead}
        self._enter_stage(target)

    _COMMANDS: dict[str, Callable[[Session], None]] = {
        "help": _command_help,
        "pause": _command_pause,
        "stop": _command_stop,
        "next": _command_next,
        "back": _command_back,
    }

    # ------------------------------------------------------------------ answers

    def _take_answer(self, text: str) -> None:
        """Record the answer, then hand it to the handler of the state the session is in.

        Risk comes before everything: an answer that speaks of it is never taken as
        what the state asked for (a commitment, a review, a stage answer).
        """
        awaiting = self.awaiting
        analysis = self._analysis(text)
        danger = self._risk_in(text, analysis)
        data: dict[str, object] = {"risk": danger} if danger else self._answer_data(text)
        self._record(Turn(self.next_index, "you", Kind.ANSWER, text, self._stage_id(), data))
        if awaiting == "risk":
            self._risk_reply(text, danger)
        elif danger:
            self._step_out()
        else:
            self._HANDLERS[awaiting](self, text, analysis)

    def _answer_data(self, text: str) -> dict[str, object]:
        """The facts an answer carries for the store, by the state it answers."""
        if self.awaiting in ("review", "review-status"):
            return self._review_data(text)
        if self.awaiting in ("commitment", "commitment-action", "commitment-check",
                             "commitment-doubt"):
            return self._commitment_data(text)
        if self.awaiting == "answer" and (step := self._volunteered_step(text)):
            return self._commitment_record(step, self._reading(step))
        return {}

    def _on_nothing(self, text: str, analysis: Analysis) -> None:
        """No question stands (the session has not started or has ended)."""

    #: The handler that takes an answer in each state.
    _HANDLERS: dict[Awaiting, Handler] = {
        "gentle": CloseMoves._on_gentle,
        "review-opening": CloseMoves._on_review_opening,
        "review": CloseMoves._on_review,
        "review-status": CloseMoves._on_review_status,
        "answer": StageMoves._stage_answer,
        "check": StageMoves._stage_answer,
        "playback": StageMoves._playback_reply,
        "playback-missed": StageMoves._on_playback_missed,
        "branch": StageMoves._on_branch,
        "commitment": CloseMoves._on_commitment,
        "commitment-action": CloseMoves._on_commitment,
        "commitment-check": CloseMoves._on_commitment_check,
        "commitment-doubt": CloseMoves._on_commitment_doubt,
        "checkout": CloseMoves._on_checkout,
        "none": _on_nothing,
    }

    def _analysis(self, text: str) -> Analysis:
        if len(text) <= ANALYSED_CHARS:
            return self.analyse(text)
        tail = text[-ANALYSED_CHARS:]
        tail = tail[tail.find(" ") + 1 :] if " " in tail else tail  # start on a whole word
        if self._reads_risk_itself:  # risk is read from the whole answer instead
            from coach.engine.analyser import default_analyser

            return default_analyser().analyse(tail, hear_risk=False)
        return self.analyse(tail)
