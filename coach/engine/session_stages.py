"""The session's stage moves: questions, follow-ups, play-backs and the way on.

Within a stage the coach asks the framework's main questions one at a time. After
each answer it may say back what it heard (a feeling first, else the answer's key
words) and ask one follow-up built on the answer; at the stage's end it plays back
the stage in the person's key words and checks it, at most twice. Where a framework
branches, the coach says which way the answers point and lets the person choose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.engine.acknowledge import FEELING, LOSS, heard_in, losses_heard
from coach.engine.analyser import Analysis
from coach.engine.bridging import already_answered, tried_in
from coach.engine.follow_ups import StageState, choose_follow_up, says_dont_know, says_nothing_else
from coach.engine.model import Kind, Recalled, Stage
from coach.engine.branches import BranchReading, path_position, propose_branch, read_branch_reply
from coach.engine.phrases import WORD, scored_phrases
from coach.engine.playback import (apply_correction, content_keys, lone_point, missed_but_said,
                                   missed_said, playback_items, soften)
from coach.engine.reflections import reflection_of
from coach.engine.replies import read_playback_reply, word_count
from coach.engine.session_voice import Voice, question_key

#: A stage's play-back is checked at most this many times, then the coach moves on.
MAX_PLAYBACK_ROUNDS = 2
#: Words any loss is said in: sharing one does not make two losses the same.
_LOSS_KEYS = frozenset(LOSS | {"lost", "losing", "away", "one"})
_LOST_NAME = re.compile(r"\b(?:lost|losing)\s+(?P<name>[A-Z][\w'’-]+)")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _sentence_at(text: str, at: int) -> tuple[int, int]:
    """Where the sentence of ``text`` holding position ``at`` starts and ends."""
    for m in _SENTENCE.finditer(text):
        if m.start() <= at < m.end():
            return m.start(), m.end()
    return at, len(text)


class StageMoves(Voice):
    """Asking, following up, playing back and moving between stages."""

    _stage_answers: int
    _used_phrases: set[str]
    _acknowledged: set[str]
    _losses_said: dict[str, str | None]
    _said: list[str]  # every stage answer so far, in order, across the session
    _reflected: set[str]  # reflections said (case folded), none said twice
    recalled: Sequence[Recalled]  # notes of theirs a stage may bring back

    def _stage_answer(self, text: str, analysis: Analysis) -> None:
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
        step = self._volunteered_step(text) if self.awaiting == "answer" else None
        if step is not None:  # a check-in asks for no step; one given is kept all the same
            reading = self._reading(step)
            self.commitment, self.commitment_due = step, reading.due
            self.commitment_habit = reading.habit
        if self.awaiting == "check" and state.answers:
            state.answers[-1] = text  # the shorter version replaces the long one
        else:
            state.answers.append(text)
            self._said.append(text)
        state.scored[text] = scored_phrases(text, state.answers[:-1])
        heard = self._acknowledge(text, stage.id)
        if not heard:
            said = reflection_of(text, state.scored[text])
            if said is not None and said.casefold() not in self._reflected:
                self._reflected.add(said.casefold())
                self._reflection = said
        if stage.max_words and state.asked == len(stage.questions):
            count = word_count(text)
            if count > stage.max_words:
                self._reflection = None
                self._ask(Kind.CHECK, self._render("check_words", count=count,
                                                   limit=stage.max_words), stage.id)
                self.awaiting = "check"
                return
        slack = stage.answers - len(stage.questions) - state.follow_ups
        # A feeling in the answer, said back now or earlier in the session: no reframe.
        feeling = heard or any(w.casefold() in FEELING or w.casefold() in LOSS
                               for w in WORD.findall(text))
        if slack > 0 and self._follow_up(text, analysis, eager=not remaining,
                                         first_answer=first_answer, acknowledged=feeling):
            return
        self._continue_stage()

    def _acknowledge(self, text: str, stage: str | None, *, about_self: bool = False,
                     again: bool = False) -> bool:
        """Say back, first, a feeling, loss, fear or shame in ``text``: once a session,
        unless ``again`` (how they feel at the close is always heard)."""
        heard = heard_in(text, about_self=about_self)
        if heard is None:
            return False
        key = heard.words.casefold()
        # a loss that comes back in a later stage is heard again ("As I said, we had a
        # death on the line ..."); anything else is said back once a session
        back = heard.loss and key in self._losses_said and self._losses_said[key] != stage
        if key in self._acknowledged and not again and not back:
            return False
        words, apologised = heard.words, heard.apologised
        self._acknowledged.add(key)
        if heard.loss:
            self._losses_said[key] = stage
        self._say(Kind.ACKNOWLEDGE, self._render("acknowledge", words=words,
                                                 apologised=apologised), stage,
                  {"items": [words]})
        return True

    def _follow_up(self, text: str, analysis: Analysis, *, eager: bool,
                   first_answer: bool = False, acknowledged: bool = False) -> bool:
        """Ask a follow-up if one fits; ``eager`` asks one even for an ordinary answer.

        ``acknowledged`` says a feeling or loss in the answer was just said back: then
        neither a reframe nor a clean question on a phrase comes next (the person is
        given room, not a question about their words)."""
        state = self.stage_state
        assert state is not None
        chosen = choose_follow_up(
            state, text, analysis, eager=eager,
            last_kind=self.pending.kind if self.pending else "",
            reframes=self.reframes, used_phrases=self._used_phrases,
            first_answer=first_answer, acknowledged=acknowledged,
            asked=self.pending.text if self.pending else "",
        )
        if chosen is None:
            return False
        if chosen.kind == Kind.FOLLOW_UP:
            question = self._as_things_stand(state.stage, chosen.text or "")
        elif chosen.kind in (Kind.ENCOURAGER, Kind.ANGLE):
            question = self._fresh(chosen.kind)
        elif chosen.kind == Kind.CLEAN:
            question = self._fresh("clean", phrase=chosen.phrase,
                                   why=(chosen.data or {}).get("why", ""))
        else:
            question = chosen.text or ""
        if not question or self._asked_before(question):
            return False  # every way of asking it has been used: no question twice
        state.follow_ups += 1
        if chosen.kind == Kind.CLEAN and chosen.phrase and self._reflection and \
                chosen.phrase.casefold() in self._reflection.casefold():
            # The clean question quotes those words itself: say back another clause.
            self._reflection = reflection_of(text, state.scored[text], besides=chosen.phrase)
        self._ask(Kind(chosen.kind), question, state.stage.id, chosen.data)
        return True

    # ------------------------------------------------------------------ stages

    def _enter_stage(self, stage: Stage) -> None:
        self.stage_state = StageState(stage)
        self.visited.append(stage.id)
        if len(self.framework.stages) > 1:
            number, total = path_position(self.framework, self.visited)
            self._say(Kind.STAGE, self._render("stage", number=number, total=total,
                                               title=stage.title, purpose=stage.purpose),
                      stage.id)
        self._ask_main_question()

    def _ask_main_question(self) -> None:
        state = self.stage_state
        assert state is not None
        while state.asked < len(state.stage.questions):
            question = self._as_things_stand(state.stage, state.stage.questions[state.asked])
            state.asked += 1
            state.encouraged = False
            if not question:
                continue  # it takes for granted what has not happened: left out
            if self._asked_before(question):
                continue  # asked already in this session, in these words
            answered = already_answered(question, self._said)
            if answered is not None:
                # The person has said this already: say so in their words, and on.
                self._reflection = None
                self._say(Kind.BRIDGE, self._render("bridge", words=answered),
                          state.stage.id, {"items": [answered], "question": question})
                self._asked.add(question_key(question))
                continue
            self._ask(Kind.QUESTION, question, state.stage.id)
            self.awaiting = "answer"
            return
        if state.stage.recall_notes and state.recalled < len(self.recalled):
            # A note they took, in their words: what did they make of it?
            note = self.recalled[state.recalled]
            state.recalled += 1
            state.encouraged = False
            self._ask(Kind.QUESTION, self._render("recall_note", text=note.text, tag=note.tag),
                      state.stage.id, {"quotes": [note.text]})
            self.awaiting = "answer"
            return
        self._end_stage()

    def _as_things_stand(self, stage: Stage, question: str) -> str:
        """``question``, or what the framework asks instead while the person has said
        nothing tried or done ("What happened when you tried it?" is asked only of
        someone who has tried it); an empty text leaves the question out."""
        instead = stage.untried(question)
        if instead is None or tried_in(self._said):
            return question
        return instead

    def _continue_stage(self) -> None:
        """On to the stage's next main question, or its close when none is left."""
        self._ask_main_question()

    def _end_stage(self) -> None:
        state = self.stage_state
        assert state is not None
        reflection, self._reflection = self._reflection, None  # a play-back says it all
        if reflection and not (state.stage.playback and state.answers):
            # No play-back: their last answer is still heard, before the stage moves on.
            self._say(Kind.REFLECT, self._render("reflect", words=reflection),
                      state.stage.id, {"items": [reflection]})
        if state.stage.playback and state.answers:
            held, kept, said = self._losses(state.answers)
            state.items = playback_items(state.answers, state.scored, held=held, kept=kept)
            if not state.items and said:
                # the loss was all there was: said in their words, with care, not listed
                state.items = [said[-1]]
                state.whole_loss = True
            self._playback()
        else:
            self._leave_stage()

    def _losses(self, answers: Sequence[str]) -> tuple[
            dict[str, list[tuple[int, int]]], dict[str, int], list[str]]:
        """The losses in a stage's answers, for its play-back: where each one said back
        already stands (not filed again as a point), where the first one never said back
        stands in each answer (kept in a point, never dropped), and the words each was
        said back in."""
        held: dict[str, list[tuple[int, int]]] = {}
        kept: dict[str, int] = {}
        said: list[str] = []
        known = [content_keys(words) - _LOSS_KEYS for words in self._losses_said]
        for answer in answers:
            for at, heard in losses_heard(answer):
                if heard is not None and heard.words.casefold() in self._losses_said:
                    held.setdefault(answer, []).append((heard.start, heard.end))
                    said.append(heard.words)
                    continue
                start, end = (heard.start, heard.end) if heard else _sentence_at(answer, at)
                if any(keys & (content_keys(answer[start:end]) - _LOSS_KEYS) for keys in known):
                    # the same loss again in other words ("We lost Stan last month" after
                    # "Stan passed away last month" was said back)
                    held.setdefault(answer, []).append((start, end))
                else:
                    kept.setdefault(answer, at)
            for m in _LOST_NAME.finditer(answer):
                # "we lost Stan" read as a loss only because Stan's death was said back
                if any(m["name"].casefold() in keys for keys in known):
                    held.setdefault(answer, []).append(_sentence_at(answer, m.start()))
        return held, kept, said

    def _playback(self) -> None:
        state = self.stage_state
        assert state is not None
        state.rounds += 1
        template = "playback_loss" if state.whole_loss and state.rounds == 1 else "playback"
        self._ask(Kind.PLAYBACK, self._render(template, items=state.items), state.stage.id,
                  {"items": list(state.items)})
        self.awaiting = "playback"

    def _playback_reply(self, text: str, analysis: Analysis | None = None) -> None:
        """A yes moves on; a correction replaces what it corrects and is checked once more.

        A bare no asks what to change; a yes with more, or anything else, is taken as an
        addition, said back, and the conversation moves on. A stage is checked at most
        twice.
        """
        state = self.stage_state
        assert state is not None
        verdict, rest = read_playback_reply(text)
        last_check = state.rounds >= MAX_PLAYBACK_ROUNDS
        if verdict == "yes":
            self._leave_stage()
        elif verdict == "no" and not last_check:
            self._ask(Kind.PLAYBACK_MISSED, self._render("playback_missed"), state.stage.id)
            self.awaiting = "playback-missed"
        elif verdict == "correction" and rest:
            before = list(state.items)
            state.items = apply_correction(state.items, rest, self._said)
            if last_check:
                self._settle_playback(before)
            elif state.items == before:
                # Nothing in it to change ("that's not it at all", "you missed Raj" with
                # Raj said back): ask what was missed, or what about Raj, rather than read
                # the same again.
                self._ask(Kind.PLAYBACK_MISSED, self._render(
                    "playback_missed", about=missed_but_said(before, rest)), state.stage.id)
                self.awaiting = "playback-missed"
            else:
                self._recheck(before)
        elif verdict in ("more", "yes-more") and rest:
            # "Yeah mostly. It's more that I'm nervous": a yes, and an addition said back
            # as the stage closes (not a correction to check again).
            before = list(state.items)
            state.items = apply_correction(state.items, f"you missed {rest}", self._said)
            self._settle_playback(before)
        else:
            self._settle_playback()

    def _on_playback_missed(self, text: str, analysis: Analysis | None = None) -> None:
        """The reply to "what did I miss?": it corrects or adds, and is checked once more."""
        state = self.stage_state
        assert state is not None
        verdict, rest = read_playback_reply(text)
        if verdict in ("yes", "no") or not rest:
            self._settle_playback()  # nothing to change after all
            return
        if verdict == "more":
            rest = f"you missed {rest}"
        before = list(state.items)
        state.items = apply_correction(state.items, rest, self._said)
        if state.items == before:
            # what they say was missed is in a point already ("you missed reception"
            # with "Gail and Kerry on reception" said): their words are said back anyway
            self._settle_playback(before, missed_said(rest) or None)
        elif state.rounds >= MAX_PLAYBACK_ROUNDS:
            self._settle_playback(before)
        else:
            self._recheck(before)

    def _recheck(self, before: Sequence[str]) -> None:
        """The one fresh check after a correction: only what changed is said back ("So
        not lonely: you can't show any wobble in front of anyone. Have I got it now?"),
        not the whole play-back again with the correction stuck on. The play-back's points stay
        whole in ``items``; ``said`` holds the ones said."""
        state = self.stage_state
        assert state is not None
        changed = [item for item in state.items if item not in before]
        if not changed:
            self._playback()
            return
        state.rounds += 1
        said = [soften(changed[0]), *changed[1:]]  # "So you can't ...", not "So You ..."
        # a name said as missed, with nothing of theirs to say with it: "So there's Sal
        # as well", not "So Sal"
        added = len(changed) == 1 and len(state.items) > len(before) and lone_point(said[0])
        self._ask(Kind.PLAYBACK, self._render("playback_recheck", items=said, added=added),
                  state.stage.id, {"items": list(state.items), "said": said})
        self.awaiting = "playback"

    def _settle_playback(self, before: Sequence[str] = (), said: str | None = None) -> None:
        """Keep the stage as the person has put it, and move on without another check;
        a point their last reply added or changed (not in ``before``), or else ``said``,
        is said back."""
        state = self.stage_state
        assert state is not None
        added = [item for item in state.items if before and item not in before]
        words = added[-1] if added else said  # "You're nervous. Thank you, I'll keep ..."
        self._say(Kind.REFLECT if words else Kind.NOTE,
                  self._render("playback_settled", added=words), state.stage.id,
                  {"items": list(state.items)})
        self._leave_stage()

    def _leave_stage(self) -> None:
        state = self.stage_state
        if state is None:
            self._enter_stage(self.framework.stages[0])
            return
        if state.stage.branches and state.branch is None:
            self._ask_branch(state)
            return
        target = self._next_stage_id(state)
        if target == "end":
            self._ask_commitment()
        else:
            self._enter_stage(self.framework.stage(target))

    def _next_stage_id(self, state: StageState) -> str:
        stage = state.stage
        if state.branch is not None:
            return state.branch
        if stage.next:
            return stage.next
        index = self.framework.stage_index(stage.id)
        if index + 1 < len(self.framework.stages):
            return self.framework.stages[index + 1].id
        return "end"

    # ------------------------------------------------------------------ branches

    def _ask_branch(self, state: StageState) -> None:
        """Say which way the stage's answers point, in their words, and ask which fits."""
        proposal = propose_branch(self.framework, state.stage, state.answers)
        state.proposal = proposal
        self._ask(Kind.BRANCH, self._render("branch", words=list(proposal.words),
                                            proposed=proposal.title,
                                            options=list(proposal.options)),
                  state.stage.id, {"items": list(proposal.words), "proposed": proposal.goto})
        self.awaiting = "branch"

    def _on_branch(self, text: str, analysis: Analysis | None = None) -> None:
        state = self.stage_state
        assert state is not None and state.proposal is not None
        reading: BranchReading = read_branch_reply(self.framework, state.stage, text,
                                                   state.proposal)
        state.branch = reading.goto
        # a feeling said in reply to the choice is heard before the next stage
        self._acknowledge(text, state.stage.id)
        if not reading.chosen:
            title = self.framework.stage(reading.goto).title
            self._say(Kind.NOTE, self._render("branch_taken", title=title), state.stage.id)
        self._leave_stage()
