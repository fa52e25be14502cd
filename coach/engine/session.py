"""A scripted coaching conversation: one question at a time, in the person's words.

A :class:`Session` walks a :class:`~coach.engine.model.Framework` stage by stage.
Each answer goes in through :meth:`Session.answer`; the coach's next lines come
out, ending with the one question the person is asked next. Every turn, theirs and
the coach's, is handed to the recorder as it happens, the person's answer before
any reply to it is made, so a store can keep the conversation safe.

Given the same framework, seed and answers a session says the same things, which is
how an interrupted session is resumed: :meth:`Session.replay` feeds the recorded
answers back through a fresh session.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, Literal

from coach.engine.analyser import analyse as default_analyse
from coach.engine.analyser import speaks_of_risk
from coach.engine.analyser_prompts import signposting
from coach.engine.dates import find_due_date, nice_date
from coach.engine.follow_ups import StageState, choose_follow_up
from coach.engine.model import (
    ASKING_KINDS,
    Framework,
    OpenCommitment,
    Recorder,
    Stage,
    Turn,
)
from coach.engine.phrases import WORD, scored_phrases
from coach.engine.playback import correction_item, playback_items
from coach.engine.prompts import Prompts, default_prompts
from coach.engine.replies import read_command, read_confirmation, read_status, word_count

#: An answer longer than this is refused, so nothing the person typed is cut short.
MAX_ANSWER_CHARS = 50_000
#: Where the person's focus and any role trap are read from in a long answer: its last
#: part, where they have arrived. Risk is always looked for in the whole answer.
ANALYSED_CHARS = 800
MAX_PLAYBACK_ROUNDS = 3

Status = Literal["active", "paused", "finished", "stopped"]
Awaiting = Literal[
    "review", "review-status", "answer", "check", "playback", "playback-missed",
    "commitment", "checkout", "none",
]


class AnswerTooLong(ValueError):
    """An answer over :data:`MAX_ANSWER_CHARS`; nothing was recorded."""


class Session:
    """One coaching conversation over one framework."""

    def __init__(
        self,
        framework: Framework,
        *,
        seed: int = 0,
        prompts: Prompts | None = None,
        recorder: Recorder | None = None,
        open_commitments: Sequence[OpenCommitment] = (),
        today: Callable[[], date] = date.today,
        analyse: Callable[[str], Any] | None = None,
        reframes: bool | None = None,
    ) -> None:
        self.framework = framework
        self.seed = seed
        self.rng = random.Random(seed)
        self.prompts = prompts or default_prompts()
        self.recorder = recorder
        self.reviews = list(open_commitments)
        self.today = today
        self.analyse = analyse if analyse is not None else default_analyse
        self.reframes = framework.reframes if reframes is None else reframes
        self.transcript: list[Turn] = []
        self.next_index = 0  # the number the next turn is saved under
        self.status: Status = "active"
        self.awaiting: Awaiting = "none"
        self.pending: Turn | None = None  # the question the person is answering
        self.stage_state: StageState | None = None
        self.visited: list[str] = []  # stage ids, in the order entered
        self.commitment: str | None = None
        self.commitment_due: date | None = None
        self._review_index = 0
        self._used_phrases: set[str] = set()
        self._out: list[Turn] = []

    # ------------------------------------------------------------------ queries

    @property
    def finished(self) -> bool:
        return self.status in ("finished", "stopped")

    @property
    def stage(self) -> Stage | None:
        return self.stage_state.stage if self.stage_state else None

    def answers(self) -> list[str]:
        return [t.text for t in self.transcript if t.speaker == "you" and t.kind == "answer"]

    # ------------------------------------------------------------------ driving

    def start(self) -> list[Turn]:
        """The opening lines, ending with the first question."""
        if self.transcript:
            raise RuntimeError("the session has already started")
        self._say("opening", self._render("opening", title=self.framework.title,
                                          purpose=self.framework.purpose))
        if self.reviews:
            self._ask_review()
        else:
            self._enter_stage(self.framework.stages[0])
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
            self._record(Turn(self.next_index, "you", "command", command, self._stage_id()))
            getattr(self, f"_command_{command}")()
        else:
            self._take_answer(text)
        return self._flush()

    def resume(self) -> list[Turn]:
        """After a pause (or a replay): a welcome back and the question that stands."""
        self.status = "active" if not self.finished else self.status
        if self.finished or self.pending is None:
            return []
        self._say("acknowledge", self._render("resumed", title=self.framework.title))
        self._repeat_pending()
        return self._flush()

    def interrupt(self) -> list[Turn]:
        """The answers ran out: say so and leave the session paused to resume later."""
        if not self.finished:
            self._say("ended", self._render("ended"))
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
        self._say("help", self._render("help"))
        self._repeat_pending()

    def _command_pause(self) -> None:
        self._say("paused", self._render("paused"))
        self.status = "paused"

    def _command_stop(self) -> None:
        self._say("stopped", self._render("stopped"))
        self._end("stopped")

    def _command_next(self) -> None:
        if self.awaiting in ("review", "review-status"):
            self._next_review()
        elif self.awaiting == "commitment":
            self._ask("checkout", self._render("checkout"), None)
            self.awaiting = "checkout"
        elif self.awaiting == "checkout":
            self._close()
        else:
            self._leave_stage()

    def _command_back(self) -> None:
        if self.awaiting in ("review", "review-status"):
            self._repeat_pending()
            return
        if self.awaiting not in ("commitment", "checkout") and len(self.visited) > 1:
            self.visited.pop()  # the stage we are in
        target = self.visited.pop() if self.visited else self.framework.stages[0].id
        self._enter_stage(self.framework.stage(target))

    # ------------------------------------------------------------------ answers

    def _take_answer(self, text: str) -> None:
        data: dict[str, object] = {}
        awaiting = self.awaiting
        analysis = self._analysis(text)
        at_risk = bool(getattr(analysis, "risk", False))
        if awaiting == "review-status":
            status = read_status(text) or "open"
            data = {"commitment_id": self.reviews[self._review_index].id, "status": status}
        elif awaiting == "commitment" and not at_risk:
            due = find_due_date(text, self.today())
            data = {"commitment": text.strip(), "due": due.isoformat() if due else None}
        self._record(Turn(self.next_index, "you", "answer", text, self._stage_id(), data))

        if at_risk:
            self._say("risk", self._render("risk", signposting=" ".join(signposting().split())))
            if awaiting in ("answer", "check") and self.stage_state:
                self.stage_state.answers.append(text)
            self._repeat_pending()
            return

        if awaiting == "review":
            self._ask("commitment-status", self._render("commitment_status"), None)
            self.awaiting = "review-status"
        elif awaiting == "review-status":
            self._say("acknowledge", self._render("commitment_noted", status=data["status"]))
            self._next_review()
        elif awaiting in ("answer", "check"):
            self._stage_answer(text, analysis)
        elif awaiting == "playback":
            self._playback_reply(text)
        elif awaiting == "playback-missed":
            assert self.stage_state is not None
            self.stage_state.items.append(correction_item(text))
            self._playback()
        elif awaiting == "commitment":
            self.commitment = text.strip()
            self.commitment_due = find_due_date(text, self.today())
            self._ask("checkout", self._render("checkout"), None)
            self.awaiting = "checkout"
        elif awaiting == "checkout":
            self._close()

    def _analysis(self, text: str) -> Any:
        if len(text) <= ANALYSED_CHARS:
            return self.analyse(text)
        tail = text[-ANALYSED_CHARS:]
        tail = tail[tail.find(" ") + 1 :] if " " in tail else tail  # start on a whole word
        analysis = self.analyse(tail)
        if not getattr(analysis, "risk", False) and speaks_of_risk(text):
            analysis = dataclasses.replace(analysis, risk=True, reframe=None)
        return analysis

    def _stage_answer(self, text: str, analysis: Any) -> None:
        state = self.stage_state
        assert state is not None
        stage = state.stage
        if self.awaiting == "check" and state.answers:
            state.answers[-1] = text  # the shorter version replaces the long one
        else:
            state.answers.append(text)
        state.scored[text] = scored_phrases(text, state.answers[:-1])
        if stage.max_words and state.asked == len(stage.questions):
            count = word_count(text)
            if count > stage.max_words:
                self._ask("check", self._render("check_words", count=count,
                                                limit=stage.max_words), stage.id)
                self.awaiting = "check"
                return
        slack = stage.answers - len(stage.questions) - state.follow_ups
        remaining = state.asked < len(stage.questions)
        if slack > 0 and self._follow_up(text, analysis, eager=not remaining):
            return
        if remaining:
            self._ask_main_question()
        else:
            self._end_stage()

    def _follow_up(self, text: str, analysis: Any, *, eager: bool) -> bool:
        """Ask a follow-up if one fits; ``eager`` asks one even for an ordinary answer."""
        state = self.stage_state
        assert state is not None
        chosen = choose_follow_up(
            state, text, analysis, eager=eager,
            last_kind=self.pending.kind if self.pending else "",
            reframes=self.reframes, used_phrases=self._used_phrases,
        )
        if chosen is None:
            return False
        if chosen.kind == "encourager":
            question = self._render("encourager")
        elif chosen.kind == "clean":
            question = self._render("clean", phrase=chosen.phrase)
        else:
            question = chosen.text or ""
        state.follow_ups += 1
        self._ask(chosen.kind, question, state.stage.id, chosen.data)
        return True

    # ------------------------------------------------------------------ stages

    def _enter_stage(self, stage: Stage) -> None:
        self.stage_state = StageState(stage)
        self.visited.append(stage.id)
        number = self.framework.stage_index(stage.id) + 1
        if len(self.framework.stages) > 1:
            self._say("stage", self._render("stage", number=number,
                                            total=len(self.framework.stages),
                                            title=stage.title, purpose=stage.purpose), stage.id)
        self._ask_main_question()

    def _ask_main_question(self) -> None:
        state = self.stage_state
        assert state is not None
        question = state.stage.questions[state.asked]
        state.asked += 1
        state.encouraged = False
        self._ask("question", question, state.stage.id)
        self.awaiting = "answer"

    def _end_stage(self) -> None:
        state = self.stage_state
        assert state is not None
        if state.stage.playback and state.answers:
            state.items = playback_items(state.answers, state.scored)
            self._playback()
        else:
            self._leave_stage()

    def _playback(self) -> None:
        state = self.stage_state
        assert state is not None
        state.rounds += 1
        self._ask("playback", self._render("playback", items=state.items), state.stage.id,
                  {"items": list(state.items)})
        self.awaiting = "playback"

    def _playback_reply(self, text: str) -> None:
        state = self.stage_state
        assert state is not None
        verdict = read_confirmation(text)
        if verdict is True:
            self._leave_stage()
        elif state.rounds >= MAX_PLAYBACK_ROUNDS:
            if verdict is None:
                state.items.append(correction_item(text))
            self._say("acknowledge", self._render("playback_settled"), state.stage.id)
            self._leave_stage()
        elif verdict is False and word_count(text) <= 3:
            self._ask("playback-missed", self._render("playback_missed"), state.stage.id)
            self.awaiting = "playback-missed"
        else:
            state.items.append(correction_item(text))
            self._playback()

    def _leave_stage(self) -> None:
        state = self.stage_state
        if state is None:
            self._enter_stage(self.framework.stages[0])
            return
        target = self._next_stage_id(state)
        if target == "end":
            self._ask_commitment()
        else:
            self._enter_stage(self.framework.stage(target))

    def _next_stage_id(self, state: StageState) -> str:
        stage = state.stage
        said = " " + " ".join(" ".join(w.group() for w in WORD.finditer(a)).casefold()
                              for a in state.answers) + " "
        for branch in stage.branches:
            if any(f" {' '.join(w.group() for w in WORD.finditer(term))} " in said
                   for term in branch.when):
                return branch.goto
        if stage.next:
            return stage.next
        index = self.framework.stage_index(stage.id)
        if index + 1 < len(self.framework.stages):
            return self.framework.stages[index + 1].id
        return "end"

    # ------------------------------------------------------------------ reviews and close

    def _ask_review(self) -> None:
        review = self.reviews[self._review_index]
        due = nice_date(review.due) if review.due else None
        self._ask("commitment-review", self._render("commitment_review", text=review.text, due=due),
                  None, {"commitment_id": review.id})
        self.awaiting = "review"

    def _next_review(self) -> None:
        self._review_index += 1
        if self._review_index < len(self.reviews):
            self._ask_review()
        else:
            self._enter_stage(self.framework.stages[0])

    def _ask_commitment(self) -> None:
        self.stage_state = None
        self._ask("commitment", self._render("commitment"), None)
        self.awaiting = "commitment"

    def _close(self) -> None:
        due = nice_date(self.commitment_due.isoformat()) if self.commitment_due else None
        self._say("close", self._render("close", commitment=self.commitment, due=due))
        self._end("finished")

    def _end(self, status: Status) -> None:
        self.status = status
        self.awaiting = "none"
        self.pending = None

    # ------------------------------------------------------------------ output

    def _stage_id(self) -> str | None:
        return self.stage_state.stage.id if self.stage_state else None

    def _render(self, name: str, **context: Any) -> str:
        return self.prompts.render(name, self.rng, **context)

    def _say(self, kind: str, text: str, stage: str | None = None,
             data: dict[str, object] | None = None) -> Turn:
        turn = Turn(self.next_index, "coach", kind, text, stage, data or {})
        self._record(turn)
        self._out.append(turn)
        return turn

    def _ask(self, kind: str, text: str, stage: str | None,
             data: dict[str, object] | None = None) -> None:
        assert kind in ASKING_KINDS, kind
        self.pending = self._say(kind, text, stage, data)

    def _repeat_pending(self) -> None:
        if self.pending is not None:
            p = self.pending
            self.pending = self._say(p.kind, p.text, p.stage, dict(p.data))

    def _record(self, turn: Turn) -> None:
        self.next_index = turn.index + 1
        self.transcript.append(turn)
        if self.recorder is not None:
            self.recorder.record(turn)

    def _flush(self) -> list[Turn]:
        out, self._out = self._out, []
        return out
