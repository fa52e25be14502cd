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

import random
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, Literal

from coach.engine.analyser import analyse as default_analyse
from coach.engine.analyser_prompts import signposting
from coach.engine.dates import find_due_date, nice_date
from coach.engine.acknowledge import acknowledgement
from coach.engine.follow_ups import (
    StageState,
    choose_follow_up,
    says_dont_know,
    says_nothing_else,
)
from coach.engine.model import (
    ASKING_KINDS,
    Framework,
    OpenCommitment,
    Recorder,
    Stage,
    Turn,
)
from coach.engine.phrases import WORD, scored_phrases
from coach.engine.playback import apply_correction, playback_items
from coach.engine.prompts import Prompts, default_prompts
from coach.engine.replies import (
    RISK_CHOICES,
    read_command,
    read_playback_reply,
    read_risk_choice,
    read_status,
    word_count,
)
from coach.engine.risk import risk_kind

#: An answer longer than this is refused, so nothing the person typed is cut short.
MAX_ANSWER_CHARS = 50_000
#: Where the person's focus and any role trap are read from in a long answer: its last
#: part, where they have arrived. Risk is always looked for in the whole answer.
ANALYSED_CHARS = 800
#: A stage's play-back is checked at most this many times, then the coach moves on.
MAX_PLAYBACK_ROUNDS = 2
#: How many times the choice to pause, stop or carry on is offered after a risk
#: response before the session pauses by itself (an unattended run offers it once).
RISK_OFFERS = 2
#: An answer of at least this many words has its key words said back before the next
#: question (a simple reflection), unless the next question quotes them already.
REFLECT_WORDS = 6
#: The questions a reflection may come before (a clean question quotes them itself).
REFLECTED_BEFORE = frozenset({"question", "follow-up", "encourager", "reframe"})
#: Follow-ups built on what was just said: after a risk response they are not asked again.
FOLLOW_UP_KINDS = frozenset({"encourager", "angle", "clean", "follow-up", "reframe"})

Status = Literal["active", "paused", "finished", "stopped"]
Awaiting = Literal[
    "review", "review-status", "answer", "check", "playback", "playback-missed",
    "commitment", "checkout", "risk", "gentle", "none",
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
        gentle_start: bool = False,
        risk_offers: int = RISK_OFFERS,
    ) -> None:
        """``gentle_start`` opens by asking how the person is, before anything else (the
        session after one where risk was heard); ``risk_offers`` is how many times the
        choice to pause, stop or carry on is offered after a risk response before the
        session pauses by itself."""
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
        self._asked: set[str] = set()  # every question asked, to ask none twice
        self._stage_answers = 0  # answers to stages so far, across the session
        self._reflection: str | None = None  # their key words, said before the next question
        self._acknowledged: set[str] = set()  # feelings said back already
        self._out: list[Turn] = []
        self.gentle_start = gentle_start
        self.risk_offers = max(1, risk_offers)
        self._risk_offered = 0  # choices offered since the last risk response
        self._before_risk: tuple[Turn | None, Awaiting] = (None, "none")

    # ------------------------------------------------------------------ queries

    @property
    def finished(self) -> bool:
        return self.status in ("finished", "stopped")

    @property
    def risk_heard(self) -> bool:
        """Whether the coach has stepped out for risk anywhere in this session."""
        return any(t.kind == "risk" and t.speaker == "coach" for t in self.transcript)

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
        if self.gentle_start:
            self._ask("gentle-opening", self._render("gentle_opening"), None)
            self.awaiting = "gentle"
        else:
            self._begin_conversation()
        return self._flush()

    def _begin_conversation(self) -> None:
        """Commitments to review first, if there are any; then the first stage."""
        if self.reviews:
            self._ask_review()
        else:
            self._enter_stage(self.framework.stages[0])

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
        if self.awaiting == "risk":
            self._offer_choice()
        else:
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
        if self.awaiting == "risk":
            self._risk_reply("next")  # not a choice to carry on: the choice is offered again
        elif self.awaiting == "gentle":
            self._begin_conversation()
        elif self.awaiting in ("review", "review-status"):
            self._next_review()
        elif self.awaiting == "commitment":
            self._ask("checkout", self._render("checkout"), None)
            self.awaiting = "checkout"
        elif self.awaiting == "checkout":
            self._close()
        else:
            self._leave_stage()

    def _command_back(self) -> None:
        if self.awaiting == "risk":
            self._risk_reply("back")
            return
        if self.awaiting in ("review", "review-status", "gentle"):
            self._repeat_pending()
            return
        if self.awaiting not in ("commitment", "checkout") and len(self.visited) > 1:
            self.visited.pop()  # the stage we are in
        target = self.visited.pop() if self.visited else self.framework.stages[0].id
        self._enter_stage(self.framework.stage(target))

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
        self._record(Turn(self.next_index, "you", "answer", text, self._stage_id(), data))
        if awaiting == "risk":
            self._risk_reply(text, danger)
        elif danger:
            self._step_out()
        else:
            getattr(self, self._HANDLERS[awaiting])(text, analysis)

    def _answer_data(self, text: str) -> dict[str, object]:
        """The facts an answer carries for the store, by the state it answers."""
        if self.awaiting == "review-status":
            status = read_status(text) or "open"
            return {"commitment_id": self.reviews[self._review_index].id, "status": status}
        if self.awaiting == "commitment":
            due = find_due_date(text, self.today())
            return {"commitment": text.strip(), "due": due.isoformat() if due else None}
        return {}

    # One handler for each state an answer can arrive in.

    def _on_gentle(self, text: str, analysis: Any) -> None:
        self._say("acknowledge", self._render("gentle_thanks"))
        self._begin_conversation()

    def _on_review(self, text: str, analysis: Any) -> None:
        self._ask("commitment-status", self._render("commitment_status"), None)
        self.awaiting = "review-status"

    def _on_review_status(self, text: str, analysis: Any) -> None:
        status = read_status(text) or "open"
        self._say("acknowledge", self._render("commitment_noted", status=status))
        self._next_review()

    def _on_playback_missed(self, text: str, analysis: Any) -> None:
        """The reply to "what did I miss?": it corrects or adds, and is checked once more."""
        state = self.stage_state
        assert state is not None
        verdict, rest = read_playback_reply(text)
        if verdict in ("yes", "no") or not rest:
            self._settle_playback()  # nothing to change after all
            return
        if verdict == "more":
            rest = f"you missed {rest}"
        state.items = apply_correction(state.items, rest)
        if state.rounds >= MAX_PLAYBACK_ROUNDS:
            self._settle_playback()
        else:
            self._playback()

    def _on_commitment(self, text: str, analysis: Any) -> None:
        self.commitment = text.strip()
        self.commitment_due = find_due_date(text, self.today())
        self._ask("checkout", self._render("checkout"), None)
        self.awaiting = "checkout"

    def _on_checkout(self, text: str, analysis: Any) -> None:
        self._acknowledge(text, None, about_self=True)
        self._close()

    def _on_nothing(self, text: str, analysis: Any) -> None:
        """No question stands (the session has not started or has ended)."""

    #: The method that takes an answer in each state.
    _HANDLERS = {
        "gentle": "_on_gentle",
        "review": "_on_review",
        "review-status": "_on_review_status",
        "answer": "_stage_answer",
        "check": "_stage_answer",
        "playback": "_playback_reply",
        "playback-missed": "_on_playback_missed",
        "commitment": "_on_commitment",
        "checkout": "_on_checkout",
        "none": "_on_nothing",
    }

    def _analysis(self, text: str) -> Any:
        if len(text) <= ANALYSED_CHARS:
            return self.analyse(text)
        tail = text[-ANALYSED_CHARS:]
        tail = tail[tail.find(" ") + 1 :] if " " in tail else tail  # start on a whole word
        if self.analyse is default_analyse:  # risk is read from the whole answer instead
            from coach.engine.analyser import default_analyser

            return default_analyser().analyse(tail, hear_risk=False)
        return self.analyse(tail)

    def _risk_in(self, text: str, analysis: Any) -> str | None:
        """What risk ``text`` speaks of, read from the whole text, or None.

        The analysis may have read only a long answer's end, so the whole answer is
        read again; an analysis that says risk (an analyser of the caller's) is heard
        even when the words alone would not be.
        """
        kind = getattr(analysis, "risk_kind", None)
        if kind is None and (len(text) > ANALYSED_CHARS or self.analyse is not default_analyse):
            kind = risk_kind(text)  # the analysis read only the answer's end, or is not ours
        if kind is None and getattr(analysis, "risk", False):
            kind = "suicide"
        return kind

    # ------------------------------------------------------------------ risk

    def _step_out(self) -> None:
        """Leave the script: the support details, are you safe, and the choice."""
        if self.awaiting != "risk":
            self._before_risk = (self.pending, self.awaiting)
        self._risk_offered = 1
        if self.stage_state is not None:
            self.stage_state.reframed = True  # no reframe in a stage where risk was heard
        message = self._render("risk")
        support = signposting()
        question = self._render("risk_question")
        self._ask("risk", f"{message}\n\n{support}\n\n{question}", self._stage_id(),
                  {"message": message, "support": support, "question": question,
                   "choices": list(RISK_CHOICES)})
        self.awaiting = "risk"

    def _risk_reply(self, text: str, danger: str | None = None) -> None:
        """The reply to a risk response: only an explicit choice to carry on goes back."""
        choice = None if danger else read_risk_choice(text)
        if choice == "carry on":
            self._carry_on()
        elif choice == "pause":
            self._command_pause()
        elif choice == "stop":
            self._command_stop()
        elif self._risk_offered >= self.risk_offers:
            self._say("paused", self._render("risk_paused"), self._stage_id())
            self.status = "paused"
        elif danger:
            self._step_out()  # more of the same: the support details again
        else:
            self._risk_offered += 1
            self._offer_choice()

    def _offer_choice(self) -> None:
        """Pause, stop or carry on, asked again."""
        self._ask("risk-choice", self._render("risk_choice"), self._stage_id(),
                  {"choices": list(RISK_CHOICES)})

    def _carry_on(self) -> None:
        """Back to the question that stood before the risk response, gently."""
        self._say("acknowledge", self._render("risk_carry_on"), self._stage_id())
        pending, awaiting = self._before_risk
        self._before_risk = (None, "none")
        self._risk_offered = 0
        if awaiting == "commitment":
            # No commitment is asked for after this: straight on to the check-out.
            self._ask("checkout", self._render("checkout"), None)
            self.awaiting = "checkout"
            return
        state = self.stage_state
        if pending is not None and pending.kind in FOLLOW_UP_KINDS and state is not None:
            # A follow-up built on an earlier answer is not asked again (and no reframe
            # comes in this stage now): on with the stage's own questions instead.
            self._continue_stage()
            return
        self.awaiting = awaiting
        self.pending = pending
        self._repeat_pending()

    def _stage_answer(self, text: str, analysis: Any) -> None:
        state = self.stage_state
        assert state is not None
        stage = state.stage
        first_answer = self._stage_answers == 0
        self._stage_answers += 1
        remaining = state.asked < len(stage.questions)
        if says_nothing_else(text) and self.awaiting != "check":
            # "Nothing else really": on to the stage's next question, or its close.
            self._continue_stage()
            return
        if says_dont_know(text):
            if self._follow_up(text, analysis, eager=True, first_answer=first_answer):
                return
            self._continue_stage()
            return
        if self.awaiting == "check" and state.answers:
            state.answers[-1] = text  # the shorter version replaces the long one
        else:
            state.answers.append(text)
        state.scored[text] = scored_phrases(text, state.answers[:-1])
        heard = self._acknowledge(text, stage.id)
        if not heard and word_count(text) >= REFLECT_WORDS:
            points = playback_items([text], {text: state.scored[text]})
            if points and _has_content(points[0]) and (
                    _ends_a_clause(points[0], text) or _telling(points[0])):
                self._reflection = points[0][:1].upper() + points[0][1:]
        if stage.max_words and state.asked == len(stage.questions):
            count = word_count(text)
            if count > stage.max_words:
                self._ask("check", self._render("check_words", count=count,
                                                limit=stage.max_words), stage.id)
                self.awaiting = "check"
                return
        slack = stage.answers - len(stage.questions) - state.follow_ups
        if slack > 0 and self._follow_up(text, analysis, eager=not remaining,
                                         first_answer=first_answer,
                                         acknowledged=heard):
            return
        if remaining:
            self._ask_main_question()
        else:
            self._end_stage()

    def _acknowledge(self, text: str, stage: str | None, *, about_self: bool = False) -> bool:
        """Say back, first, a feeling, loss, fear or shame in ``text`` (once a session)."""
        heard = acknowledgement(text, about_self=about_self)
        if heard is None or heard[0].casefold() in self._acknowledged:
            return False
        words, apologised = heard
        self._acknowledged.add(words.casefold())
        self._say("acknowledge", self._render("acknowledge", words=words,
                                              apologised=apologised), stage,
                  {"items": [words]})
        return True

    def _follow_up(self, text: str, analysis: Any, *, eager: bool, first_answer: bool = False,
                   acknowledged: bool = False) -> bool:
        """Ask a follow-up if one fits; ``eager`` asks one even for an ordinary answer."""
        state = self.stage_state
        assert state is not None
        chosen = choose_follow_up(
            state, text, analysis, eager=eager,
            last_kind=self.pending.kind if self.pending else "",
            reframes=self.reframes, used_phrases=self._used_phrases,
            first_answer=first_answer, acknowledged=acknowledged,
        )
        if chosen is None:
            return False
        if chosen.kind in ("encourager", "angle"):
            question = self._fresh(chosen.kind)
        elif chosen.kind == "clean":
            question = self._fresh("clean", phrase=chosen.phrase,
                                   why=(chosen.data or {}).get("why", ""))
        else:
            question = chosen.text or ""
        if question is None or self._asked_before(question):
            return False  # every way of asking it has been used: no question twice
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

    def _continue_stage(self) -> None:
        """On to the stage's next main question, or its close when none is left."""
        state = self.stage_state
        assert state is not None
        if state.asked < len(state.stage.questions):
            self._ask_main_question()
        else:
            self._end_stage()

    def _end_stage(self) -> None:
        state = self.stage_state
        assert state is not None
        self._reflection = None  # the play-back says it all
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

    def _playback_reply(self, text: str, analysis: Any = None) -> None:
        """A yes moves on; a correction replaces what it corrects and is checked once more.

        A bare no asks what to change; anything else is taken as more of their answer
        and the conversation moves on. A stage is checked at most twice.
        """
        state = self.stage_state
        assert state is not None
        verdict, rest = read_playback_reply(text)
        last_check = state.rounds >= MAX_PLAYBACK_ROUNDS
        if verdict == "yes":
            self._leave_stage()
        elif verdict == "no" and not last_check:
            self._ask("playback-missed", self._render("playback_missed"), state.stage.id)
            self.awaiting = "playback-missed"
        elif verdict in ("correction", "yes-more") and rest:
            state.items = apply_correction(state.items, rest)
            if last_check:
                self._settle_playback()
            else:
                self._playback()
        elif verdict == "more" and rest:
            state.items = apply_correction(state.items, f"you missed {rest}")
            self._settle_playback()
        else:
            self._settle_playback()

    def _settle_playback(self) -> None:
        """Keep the stage as the person has put it, and move on without another check."""
        state = self.stage_state
        assert state is not None
        self._say("acknowledge", self._render("playback_settled"), state.stage.id,
                  {"items": list(state.items)})
        self._leave_stage()

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
        reflection, self._reflection = self._reflection, None
        if reflection and kind in REFLECTED_BEFORE:
            self._say("reflect", self._render("reflect", words=reflection), stage,
                      {"items": [reflection]})
        self._asked.add(_question_key(text))
        self.pending = self._say(kind, text, stage, data)

    def _asked_before(self, question: str) -> bool:
        return _question_key(question) in self._asked

    def _fresh(self, name: str, **context: Any) -> str | None:
        """One way of saying template ``name`` not yet asked in this session, or None."""
        options = [o for o in self.prompts.variants(name, **context)
                   if not self._asked_before(o)]
        if not options:
            return None
        return options[self.rng.randrange(len(options))] if len(options) > 1 else options[0]

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


def _question_key(text: str) -> str:
    """A question as compared for repeats: its content words, case folded and sorted, so
    "What else?" and "And what else?" are the same question."""
    words = {w.group().casefold().replace("’", "'") for w in WORD.finditer(text)}
    content = sorted(words - QUESTION_STOP) or sorted(words)
    return " ".join(content)


#: Words that do not make two questions different.
QUESTION_STOP = frozenset(
    """and so what how is are was were do does did the a an to of that this it you your
    about there can could would will tell me more say""".split()
)


def _ends_a_clause(point: str, answer: str) -> bool:
    """Whether ``point`` ends where a clause of ``answer`` ends, so that said back alone it
    is whole ("you want the board" cut from "...the board and the staff to talk" is not)."""
    words = WORD.findall(point)
    if len(words) < 4:
        return False
    last = words[-1].casefold()
    for match in WORD.finditer(answer):
        if match.group().casefold() == last:
            rest = answer[match.end():].lstrip(" \t")
            if not rest or rest[0] in ".,;:!?)\n" or rest.startswith(("-", "—", "–")):
                return True
    return False


def _telling(point: str) -> bool:
    """Whether ``point`` holds a feeling, a metaphor or a value: worth saying back even
    where it stops short of its clause's end."""
    from coach.engine.phrases import FEELINGS, METAPHOR, VALUES

    return any(w.casefold() in FEELINGS or w.casefold() in METAPHOR or w.casefold() in VALUES
               for w in WORD.findall(point))


_NOT_CONTENT = frozenset("know guess sorry think mean suppose sure really honestly gosh".split())


def _has_content(point: str) -> bool:
    """At least two words of substance: "you don't know, you guess" is not said back."""
    from coach.engine.phrases import STOP

    return sum(1 for w in WORD.findall(point)
               if w.casefold() not in STOP and w.casefold() not in _NOT_CONTENT) >= 2

