"""The session's safety moves: stepping out of the script when risk is heard.

Risk comes before everything. An answer that speaks of suicide, self-harm or danger
from someone else is met at once with the risk response (warm words, the support
details, "are you safe right now?" and the choice to pause, stop or carry on), and
only an explicit choice to carry on goes back to the conversation.
"""

from __future__ import annotations

from coach.engine.analyser import Analysis
from coach.engine.analyser_prompts import signposting
from coach.engine.model import Kind, Turn
from coach.engine.replies import RISK_CHOICES, read_risk_choice
from coach.engine.risk import risk_kind
from coach.engine.session_voice import Awaiting, Voice, question_key

#: How many times the choice to pause, stop or carry on is offered after a risk
#: response before the session pauses by itself (an unattended run offers it once).
RISK_OFFERS = 2
#: Where the person's focus and any role trap are read from in a long answer: its last
#: part, where they have arrived. Risk is always looked for in the whole answer.
ANALYSED_CHARS = 800
#: Follow-ups built on what was just said: after a risk response they are not asked again.
FOLLOW_UP_KINDS = frozenset({Kind.ENCOURAGER, Kind.ANGLE, Kind.CLEAN, Kind.FOLLOW_UP,
                             Kind.REFRAME})


class SafetyMoves(Voice):
    """Hearing risk in an answer, and the risk response with its choice."""

    risk_offers: int
    _risk_offered: int
    _before_risk: tuple[Turn | None, Awaiting]
    _reads_risk_itself: bool  # True when the analyser is the shipped one

    @property
    def risk_heard(self) -> bool:
        """Whether the coach has stepped out for risk anywhere in this session."""
        return any(t.kind == Kind.RISK and t.speaker == "coach" for t in self.transcript)

    def _risk_in(self, text: str, analysis: Analysis) -> str | None:
        """What risk ``text`` speaks of, read from the whole text, or None.

        The analysis may have read only a long answer's end, so the whole answer is
        read again; an analysis that says risk (an analyser of the caller's) is heard
        even when the words alone would not be.
        """
        kind = analysis.risk_kind
        if kind is None and (len(text) > ANALYSED_CHARS or not self._reads_risk_itself):
            kind = risk_kind(text)  # the analysis read only the answer's end, or is not ours
        if kind is None and analysis.risk:
            kind = "suicide"
        return kind

    def _step_out(self) -> None:
        """Leave the script: the support details, are you safe, and the choice."""
        if self.awaiting != "risk":
            self._before_risk = (self.pending, self.awaiting)
        self._risk_offered = 1
        self._reflection = None  # nothing of theirs is said back now
        if self.stage_state is not None:
            self.stage_state.reframed = True  # no reframe in a stage where risk was heard
        message = self._render("risk")
        support = signposting()
        question = self._render("risk_question")
        self._ask(Kind.RISK, f"{message}\n\n{support}\n\n{question}", self._stage_id(),
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
            self._say(Kind.PAUSED, self._render("risk_paused"), self._stage_id())
            self.status = "paused"
        elif danger:
            self._step_out()  # more of the same: the support details again
        else:
            self._risk_offered += 1
            self._offer_choice()

    def _offer_choice(self) -> None:
        """Pause, stop or carry on, asked again."""
        self._ask(Kind.RISK_CHOICE, self._render("risk_choice"), self._stage_id(),
                  {"choices": list(RISK_CHOICES)})

    def _carry_on(self) -> None:
        """Back to the question that stood before the risk response, gently."""
        self._say(Kind.NOTE, self._render("risk_carry_on"), self._stage_id())
        pending, awaiting = self._before_risk
        self._before_risk = (None, "none")
        self._risk_offered = 0
        if awaiting in ("commitment", "commitment-action", "commitment-check",
                        "commitment-doubt"):
            # No commitment is asked for after this: straight on to the check-out.
            self._ask_checkout()
            return
        state = self.stage_state
        if pending is not None and pending.kind in FOLLOW_UP_KINDS and state is not None:
            # A follow-up built on an earlier answer is not asked again (and no reframe
            # comes in this stage now): on with the stage's own questions instead.
            self._continue_stage()
            return
        self.awaiting = awaiting
        self.pending = pending
        self._return_to_question()

    def _return_to_question(self) -> None:
        """The question that stood, asked again gently: in the framework's other words
        for it if it has any not yet used, else after a short bridge; never word for
        word, as if nothing had been said."""
        pending, state = self.pending, self.stage_state
        if pending is None or pending.kind != Kind.QUESTION or state is None:
            self._repeat_pending()
            return
        others = [q for q in state.stage.rewordings(pending.text) if not self._asked_before(q)]
        text = others[0] if others else self._render("risk_return",
                                                     question=_mid_sentence(pending.text))
        self._asked.add(question_key(text))
        self.pending = self._say(Kind.QUESTION, text, pending.stage, dict(pending.data))


#: Words a question opens on that go on in lower case after a bridge ("..., at your
#: pace: what is within your power to do?"); any other first word keeps its capital.
_OPENERS = frozenset("""what how who whom whose when where which why is are was were do
    does did can could would will should if in on at for with as and but so there this
    that these those the a an any tell say""".split())


def _mid_sentence(question: str) -> str:
    first = question.split(" ", 1)[0]
    return question[:1].lower() + question[1:] if first.casefold() in _OPENERS else question
