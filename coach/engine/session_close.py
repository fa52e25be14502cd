"""The session's opening and closing moves: reviews, the commitment, the check-out.

A session that has earlier commitments to follow up opens gently ("What's better since
we last spoke?"), then asks how each went and reads the answer in the person's words:
done, carried on (with a new date if they give one), or let go; an unclear answer
("kind of") gets one open question, then their choice. It closes by asking for one
practical step: an action in their words is said back with the date read from it (or
the habit), for them to correct (a second step given then is kept beside the first,
and doubt gets one question about what would help); anything else (a yes, a feeling,
an insight) gets one gentle question about what they will do, and then the session
closes with no commitment and no pressure. A framework says in its file whether it asks for a step at
all (``commitment = false``: a check-in is a short round, not a conversation with an
outcome) and whether the close asks how they are leaving (``checkout = false`` where
its own stages ask it).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from coach.engine.acknowledge import acknowledgement, losses_in
from coach.engine.analyser import Analysis
from coach.engine.commitment_replies import is_action, read_review
from coach.engine.dates import DueReading, describe_due, nice_date, read_due
from coach.engine.due_dates import occasion
from coach.engine.follow_ups import says_dont_know, says_nothing_else
from coach.engine.model import Kind, OpenCommitment
from coach.engine.phrases import WORD
from coach.engine.playback import PREAMBLE, content_keys, turn_round
from coach.engine.reflections import trim_filler
from coach.engine.replies import read_playback_reply, read_status
from coach.engine.session_voice import Voice


#: Words any two steps may share without being about the same thing.
_ANY_STEP = frozenset("""ask tell talk speak email ring call phone text book send write do get
    make go have try put take start stop see meet one two three first next""".split())


#: Words that point back to the step said before: "email her instead", "do it Monday".
_BACK = re.compile(r"\b(?:her|him|them|it|that|this|they|she|he)\b", re.IGNORECASE)


class _CheckReply(NamedTuple):
    """What a reply to the commitment check does (:meth:`CloseMoves._check_reply`)."""

    kind: str  # declined, option, added, instead, doubt, dated, stands or other
    step: str = ""  # the step added or given instead
    reading: DueReading = DueReading()  # the date given


class CloseMoves(Voice):
    """Reviews of earlier commitments, the new commitment, the check-out and the close."""

    _review_index: int
    _reviewed: dict[int, str]
    unattended: bool
    _review_asked_status: bool
    _action_asked: bool
    _doubt_asked: bool
    _option: str | None

    def _begin_conversation(self) -> None:
        """A gentle opening and the reviews first, if any are due; then the first stage."""
        if self.reviews:
            self._ask(Kind.REVIEW_OPENING, self._render("review_opening"), None)
            self.awaiting = "review-opening"
        else:
            self._enter_stage(self.framework.stages[0])

    def _on_gentle(self, text: str, analysis: Analysis) -> None:
        self._say(Kind.NOTE, self._render("gentle_thanks"))
        self._begin_conversation()

    # ------------------------------------------------------------------ reviews

    def _on_review_opening(self, text: str, analysis: Analysis) -> None:
        if not self._acknowledge(text, None, about_self=True):
            self._reflection = self._reflection_of(text)
        self._ask_review()

    def _reflection_of(self, text: str) -> str | None:
        from coach.engine.phrases import scored_phrases
        from coach.engine.reflections import reflection_of

        return reflection_of(text, scored_phrases(text, []))

    def _ask_review(self) -> None:
        review = self.reviews[self._review_index]
        when = ""
        if review.habit:
            when = review.habit
        elif review.due:
            when = f"by {nice_date(review.due)}"
        self._review_asked_status = False
        self._ask(Kind.COMMITMENT_REVIEW,
                  self._render("commitment_review", text=review.text, due=when or None),
                  None, {"commitment_id": review.id})
        self.awaiting = "review"

    def _on_review(self, text: str, analysis: Analysis) -> None:
        reading = read_review(text, self.now())
        if reading.status is None:
            # "Kind of", "half": one open question, then their choice.
            self._review_asked_status = True
            self._ask(Kind.COMMITMENT_STATUS, self._render("commitment_status"), None,
                      {"commitment_id": self.reviews[self._review_index].id})
            self.awaiting = "review-status"
            return
        self._noted(reading.status, reading.due)

    def _on_review_status(self, text: str, analysis: Analysis) -> None:
        reading = read_review(text, self.now())
        status = reading.status or read_status(text) or "open"
        self._noted(status, reading.due)

    def _noted(self, status: str, due: object) -> None:
        self._reviewed[self.reviews[self._review_index].id] = status
        when = nice_date(due.isoformat()) if hasattr(due, "isoformat") else None
        self._say(Kind.NOTE, self._render("commitment_noted", status=status, due=when))
        self._next_review()

    def _next_review(self) -> None:
        self._review_index += 1
        if self._review_index < len(self.reviews):
            self._ask_review()
        else:
            self._enter_stage(self.framework.stages[0])

    def _review_data(self, text: str) -> dict[str, object]:
        """What a review answer tells the store: the commitment's fate and their words."""
        reading = read_review(text, self.now())
        status = reading.status
        if status is None and self.awaiting == "review-status":
            status = read_status(text) or "open"
        if status is None:
            return {}  # unclear: asked once more before anything is marked
        return {"commitment_id": self.reviews[self._review_index].id, "status": status,
                "note": reading.note or text.strip(),
                "due": reading.due.isoformat() if reading.due else None}

    # ------------------------------------------------------------------ the commitment

    def _ask_commitment(self) -> None:
        """The close: one practical step, unless the framework is a short round that
        closes without one (a check-in)."""
        self.stage_state = None
        self._action_asked = False
        self._doubt_asked = False
        self._option = None
        self._before_option = None
        if not self.framework.commitment:
            self._ask_checkout()
            return
        self._ask(Kind.COMMITMENT, self._render("commitment"), None)
        self.awaiting = "commitment"

    def _reading(self, text: str) -> DueReading:
        return read_due(text, self.now())

    def _date_given(self, text: str) -> DueReading:
        """The date a reply to the commitment check gives its step, or no date: "I've
        done four nights this month" tells of the month gone, not of when to act."""
        text = _without_losses(text)  # "Driver died in March": no date for the step
        reading = self._reading(text)
        if reading.said and not _about_when(text, reading.said):
            return DueReading()
        return reading

    def _commitment_data(self, text: str) -> dict[str, object]:
        """The new commitment for the store, when the answer is an action; a step that is
        an earlier one still open, said again, carries that one on with its new date
        instead of making a second (:meth:`_carried`)."""
        return self._carried(self._new_commitment_data(text))

    def _earlier(self, step: str) -> OpenCommitment | None:
        """The open commitment followed up this session that ``step`` says again, if any
        (not one just said to be done or dropped)."""
        for review in self.reviews:
            if self._reviewed.get(review.id, "open") == "open" and _same_step(step, review.text):
                return review
        return None

    def _carried(self, data: dict[str, object]) -> dict[str, object]:
        step = data.get("commitment")
        if not isinstance(step, str) or data.get("habit"):
            return data
        earlier = self._earlier(step)
        if earlier is None:
            return data
        return {"commitment_id": earlier.id, "status": "open", "text": step,
                "due": data.get("due") or earlier.due,
                "note": f"said again as the next step: {step}"}

    def _new_commitment_data(self, text: str) -> dict[str, object]:
        if self.awaiting == "commitment-doubt":
            return self._commitment_after_doubt(text)
        if self.awaiting == "commitment-check":
            reply = self._check_reply(text)
            if reply.kind == "added":
                return self._commitment_record(*self._joined(reply.step))
            if reply.kind == "instead":  # another step given in reply: it is the step now
                return self._commitment_record(reply.step, self._step_reading(reply.step))
            if reply.kind in ("declined", "option", "stands") or self.commitment is None:
                return {}
            if reply.kind == "dated":
                return self._commitment_record(self._redated(reply.reading), reply.reading)
            if self._option is not None:
                # the option is taken: it is kept now, with the date it was said with
                return self._commitment_record(
                    self.commitment, DueReading(self.commitment_due, self.commitment_habit))
            return {}
        if not is_action(text):
            return {}
        if self._hard_told(text):
            return {}  # heard first; the step is asked for once more
        if not self.unattended and _option(text) is not None:
            return {}  # an option is kept once they say it is their step
        return self._commitment_record(_step(text), self._reading(text))

    def _volunteered_step(self, text: str) -> str | None:
        """In a round that asks for no step (a check-in), a step the person gives anyway,
        said as what they will do ("I'll stop answering the phone for small stuff"): it
        is kept as their step, in their words. None for anything else."""
        if self.framework.commitment or not _INTENDS.match(" ".join(text.split())):
            return None
        return _step(text) if is_action(text) else None

    @staticmethod
    def _commitment_record(text: str, reading: DueReading) -> dict[str, object]:
        return {"commitment": text, "due": reading.due.isoformat() if reading.due else None,
                "habit": reading.habit}

    def _hard_told(self, text: str) -> bool:
        """Whether the first answer about a step tells of a death or an assault ("... Jonno
        got assaulted on the landing in sept"): it is heard, and the step asked for once
        more, before any of it is kept as the step."""
        return self.awaiting == "commitment" and not self._action_asked and bool(
            losses_in(text))

    def _on_commitment(self, text: str, analysis: Analysis) -> None:
        if not is_action(text) or self._hard_told(text):
            if self.awaiting == "commitment" and not self._action_asked:
                # A yes, a feeling or an insight: one gentle question about doing.
                if not self._acknowledge(text, None, about_self=True):
                    self._reflection = self._reflection_of(text)
            self._ask_action_once()
            return
        step = _step(text)
        option = _option(step)
        if option is not None:
            self._option, step = option
        self.commitment = step
        reading = self._reading(text)
        self.commitment_due = reading.due
        self.commitment_habit = reading.habit
        self._check_commitment(reading)

    def _check_commitment(self, reading: DueReading) -> None:
        """Say the step back with the date read from it, for the person to correct."""
        assert self.commitment is not None
        action = self.commitment.rstrip(" .!")  # already without filler (see _step)
        when = self._when(reading, action)
        if self.unattended:  # no one to correct it: the reading is said, and on
            self._say(Kind.NOTE, self._render("commitment_dated", action=None,
                                              when=when or None))
            self._ask_checkout()
            return
        if self._option is not None:  # said back as theirs ("You could ... your deputy")
            action = turn_round(action)
        self._ask(Kind.COMMITMENT_CHECK,
                  self._render("commitment_check", action=action, when=when or None,
                               option=self._option,
                               again=self._earlier(self.commitment) is not None), None,
                  {"items": [action], "due": reading.due.isoformat() if reading.due else None,
                   "habit": reading.habit})
        self.awaiting = "commitment-check"

    def _when(self, reading: DueReading, step: str) -> str | None:
        """When the step is due, as said back: its date or habit, or else the occasion it
        was tied to in their words ("as 'before half term', with no set date"), or None."""
        when = describe_due(reading, self.today())
        if when:
            return when
        tied = occasion(step)
        return f"as '{tied}', with no set date" if tied else None

    def _other_step(self, text: str) -> str | None:
        """The step a reply to the commitment check gives instead of the one said back
        ("stop answering the phone for small stuff", "no, ring Jo on Friday"), in the
        person's words without filler, or None: a yes, a no, a date, anything else."""
        verdict, _ = read_playback_reply(text)
        if verdict in ("yes", "yes-more", "no"):
            return None
        body = trim_filler(_REASON_AFTER.split(PREAMBLE.sub("", " ".join(text.split())),
                                               maxsplit=1)[0]).rstrip(" .!")
        said = self._reading(body).said
        doing = body.replace(said, " ") if said and said in body else body
        return self._new_step(body, doing)

    def _new_step(self, body: str, doing: str | None = None) -> str | None:
        """``body`` as a step other than the one said back, or None: it names no step
        (judged on ``doing``, the body without its date), it moves the same step ("make
        it Wednesday", "move it to next week"), or it is the same step again."""
        doing = body if doing is None else doing
        if not _names_a_step(doing) or _MOVES_IT.match(doing):
            return None
        step = _step(body)
        same = (self.commitment or "").casefold().rstrip(" .!")
        return None if step.casefold().rstrip(" .!") == same else step

    def _redated(self, reading: DueReading) -> str:
        """The step with the date words it was said with put right by the date given at
        the check ("ring the rep on Wednesday" + "make it Thursday": "ring the rep on
        Thursday"), so that its words and its date agree; both are the person's words."""
        step = self.commitment or ""
        old, new = self._reading(step).said, reading.said
        if not old or not new or old not in step or new.casefold() in old.casefold():
            return step
        lead = _DATE_LEAD.match(old)
        if lead and _BARE_DAY.match(new):
            new = lead.group() + new  # "on Wednesday" -> "on Thursday", not "Thursday"
        return step.replace(old, new, 1)

    def _step_reading(self, step: str) -> DueReading:
        """When the step given at the check is due: its own date, or else the date read
        from the step it replaces, which they did not take back."""
        reading = self._reading(step)
        if reading.due is None and reading.habit is None:
            if self.commitment and not self._same_thing(step, self.commitment):
                # a different thing to do: the date was the other step's ("ask Jas to
                # buddy me on Thursday", then "say no to one extra shift")
                return DueReading()
            return DueReading(self.commitment_due, self.commitment_habit)
        return reading

    def _same_thing(self, step: str, before: str) -> bool:
        """Whether ``step`` is about what ``before`` was about, its date words aside:
        "ring Jo" for "email Jo by Friday" is; "say no to an extra shift" for "ask Jas
        to buddy me on Thursday" is not."""
        said = self._reading(before).said
        if said and said in before:
            before = before.replace(said, " ")
        if _BACK.search(step):
            return True  # "email her instead", "do it on the ward": of the same thing
        shared = content_keys(turn_round(step)) & content_keys(turn_round(before))
        return bool(shared - _ANY_STEP)

    def _added_step(self, text: str) -> str | None:
        """A second step given at the check on top of the first ("and also tell the team
        on Monday", "yes, and email Sam too", "book the room as well"), in their words
        without the joining words, or None."""
        if self.commitment is None:
            return None
        verdict, rest = read_playback_reply(text)
        body = " ".join((rest if verdict == "yes-more" else text).split())  # "ya and also..."
        body = _REASON_AFTER.split(body, maxsplit=1)[0]
        start, end = _ADDS.match(body), _ADDS_END.search(body)
        if start is None and end is None:
            return None
        rest = body[start.end() if start else 0:end.start() if end else len(body)]
        return self._new_step(trim_filler(rest).rstrip(" .!,"))

    def _joined(self, step: str) -> tuple[str, DueReading]:
        """The step said back with ``step`` beside it, due when the sooner of the two is
        (or when the first was, if ``step`` gives no date)."""
        assert self.commitment is not None
        first = self.commitment.rstrip(" .!;")
        reading = self._reading(step)
        dues = [d for d in (self.commitment_due, reading.due) if d is not None]
        due = min(dues) if dues else None
        habit = self.commitment_habit or (reading.habit if due is None else None)
        return f"{first}; {step}", DueReading(due, habit)

    def _take_instead(self, step: str) -> None:
        """``step`` is the step now, said back with its date (or the first one's)."""
        reading = self._step_reading(step)  # read against the step it replaces
        self.commitment = step
        self.commitment_due, self.commitment_habit = reading.due, reading.habit
        action = step.rstrip(" .!")
        self._say(Kind.REFLECT, self._render(
            "commitment_dated", action=action, when=self._when(reading, action)), None,
            {"items": [action]})
        self._ask_checkout()

    def _take_joined(self, step: str) -> None:
        """Keep ``step`` beside the step already said back, and say both back."""
        assert self.commitment is not None
        first = self.commitment.rstrip(" .!;")
        self.commitment, reading = self._joined(step)
        self.commitment_due, self.commitment_habit = reading.due, reading.habit
        self._say(Kind.REFLECT, self._render(
            "commitment_dated", action=first, also=step,
            when=self._when(reading, self.commitment)), None,
            {"items": [first, step]})
        self._ask_checkout()

    def _doubts(self, text: str) -> bool:
        """Whether a reply to the check doubts the step ("not sure I'll manage that",
        "idk", "we'll see") and gives no new date for it, once a session."""
        if self._doubt_asked or not (_DOUBTS.match(" ".join(text.split())) or _tried(text)):
            return False
        reading = self._date_given(text)
        return reading.due is None and reading.habit is None or (
            reading.due == self.commitment_due and reading.habit == self.commitment_habit)

    def _helping_step(self, text: str) -> str | None:
        """A step named in answer to what would help ("block out Thursday morning"), in
        their words without filler, or None for anything else ("if Sam covered")."""
        return self._new_step(trim_filler(PREAMBLE.sub("", " ".join(text.split())))
                              .rstrip(" .!"))

    def _after_doubt(self, text: str) -> tuple[str, bool] | None:
        """The step named in answer to what would help, and whether it replaces the
        first (the first said again, changed: "Ask Alison for two more trainers") rather
        than standing beside it; None when no step is named."""
        helps = self._helping_step(text)
        if helps is None or self.commitment is None:
            return None
        return helps, _same_step(helps, self.commitment)

    def _commitment_after_doubt(self, text: str) -> dict[str, object]:
        """What the journal keeps from the answer to what would help."""
        kept = self._after_doubt(text)
        if kept is None:
            return {}
        step, replaces = kept
        if replaces:
            return self._commitment_record(step, self._step_reading(step))
        return self._commitment_record(*self._joined(step))

    def _on_commitment_doubt(self, text: str, analysis: Analysis) -> None:
        """What would help them do it: a step named is kept beside the first (or in its
        place, when it is the first said again); anything else is heard, and the step
        stands as it is."""
        kept = self._after_doubt(text)
        if kept is not None:
            step, replaces = kept
            (self._take_instead if replaces else self._take_joined)(step)
            return
        if says_nothing_else(text) or says_dont_know(text):
            self._ask_checkout()  # nothing to say back: the step stands
            return
        if not self._acknowledge(text, None, about_self=True):
            self._reflection = self._reflection_of(text)
        self._ask_checkout()

    def _on_commitment_check(self, text: str, analysis: Analysis) -> None:
        """A date in the reply corrects the reading; a yes keeps it; a no asks when;
        another step given instead is the step now, said back with its date; a step
        given on top of it is kept beside it; doubt gets one question about what would
        help."""
        reply = self._check_reply(text)
        if reply.kind == "declined":
            self._declined_option(text)
            return
        if reply.kind == "option":
            self._offer_option(reply.step)
            return
        if reply.kind == "stands":
            self._first_stands(text)
            return
        self._option = None  # an answer other than no: the option is their step
        if reply.kind == "added":
            self._take_joined(reply.step)
            return
        if reply.kind == "instead":
            self._take_instead(reply.step)
            return
        if reply.kind == "doubt":
            self._doubt_asked = True
            if not self._acknowledge(text, None, about_self=True):
                self._reflection = self._reflection_of(text)
            self._ask(Kind.COMMITMENT_ACTION,
                      self._render("commitment_doubt", tried=_tried(text)), None)
            self.awaiting = "commitment-doubt"
            return
        reading = reply.reading
        # a loss told here is heard before the step
        heard = bool(losses_in(text)) and self._acknowledge(text, None)
        if reply.kind == "dated":
            self.commitment = self._redated(reading)
            self.commitment_due, self.commitment_habit = reading.due, reading.habit
            self._say(Kind.NOTE, self._render("commitment_dated", action=None,
                                              when=describe_due(reading, self.today())))
            self._ask_checkout()
            return
        verdict, rest = read_playback_reply(text)
        if verdict == "no" and self.commitment_due is not None:
            self.commitment_due = self.commitment_habit = None
            self._say(Kind.NOTE, self._render("commitment_dated", action=None, when=None))
        elif (verdict != "yes" or rest) and not heard and not self._acknowledge(
                text, None, about_self=True):
            self._reflection = self._reflection_of(text)  # more said: it is said back
        self._ask_checkout()

    def _check_reply(self, text: str) -> _CheckReply:
        """What a reply to the commitment check does, read once for both the journal
        (:meth:`_new_commitment_data`) and the conversation (:meth:`_on_commitment_check`):
        it turns an option down, adds a step, gives another step instead, doubts the
        step, gives it a date, or none of these."""
        if self._option is not None and self._option_declined(text):
            return _CheckReply("declined")
        added = self._added_step(text)
        if added is not None:
            return _CheckReply("added", added)
        offered = self._offered_option(text)
        if offered is not None:
            return _CheckReply("option", offered)
        step = self._other_step(text)
        if step is not None:
            return _CheckReply("instead", step)
        if self._doubts(text):
            return _CheckReply("doubt")
        reading = self._date_given(text)
        if reading.due is not None or reading.habit is not None:
            return _CheckReply("dated", reading=reading)
        if self._option is not None and self._before_option and self._before_option[0]:
            # an option put forward in place of a step they had taken: only a yes takes it
            verdict, _ = read_playback_reply(text)
            if verdict not in ("yes", "yes-more"):
                return _CheckReply("stands")
        return _CheckReply("other")

    def _offered_option(self, text: str) -> str | None:
        """Another step put forward as an option in reply to the check ("maybe I could
        email her instead", "or I could ask Jo"), once a close, as the words to say
        back ("could email her instead"); None for anything else."""
        if self._before_option is not None or self.commitment is None:
            return None
        verdict, _ = read_playback_reply(text)
        if verdict in ("yes", "yes-more", "no"):
            return None
        first = _SENTENCE.match(" ".join(text.split()))
        option = _option(_step(first.group())) if first else None
        if option is None:
            return None
        modal, rest = option
        step = self._new_step(_INSTEAD_END.sub("", rest.rstrip(" .!")))
        return None if step is None else f"{modal} {step}"

    def _offer_option(self, offered: str) -> None:
        """Say the option put forward back as one, for them to take or turn down; turned
        down, the step said before it stands (:meth:`_declined_option`)."""
        assert self.commitment is not None
        if self._option is None:  # a step they had taken: it stands if this is turned down
            self._before_option = (self.commitment,
                                   DueReading(self.commitment_due, self.commitment_habit))
        else:
            self._before_option = ("", DueReading())
        modal, step = offered.split(" ", 1)
        self._option, self.commitment = modal, step
        reading = self._step_reading(step)
        self.commitment_due, self.commitment_habit = reading.due, reading.habit
        self._check_commitment(reading)

    def _first_stands(self, text: str) -> None:
        """The step taken before an option was put forward stands: what was said is
        heard, and the close goes on."""
        assert self._before_option is not None
        self._option = None
        self.commitment, reading = self._before_option
        self.commitment_due, self.commitment_habit = reading.due, reading.habit
        if not self._acknowledge(text, None, about_self=True):
            self._reflection = self._reflection_of(text)
        self._ask_checkout()

    def _option_declined(self, text: str) -> bool:
        """Whether the reply to an option said back ("Is that the step you'll take?")
        turns it down: a plain no, with nothing else given."""
        verdict, rest = read_playback_reply(text)
        return verdict == "no" and not rest.strip() and self._other_step(text) is None

    def _declined_option(self, text: str) -> None:
        """An option turned down is not kept: one question about doing, if none has been
        asked yet; else the close goes on with no step."""
        self._option = None
        if self._before_option is not None and self._before_option[0]:
            # the step they had taken before the option was put forward stands
            self.commitment, reading = self._before_option
            self.commitment_due, self.commitment_habit = reading.due, reading.habit
            action = self.commitment.rstrip(" .!")
            self._say(Kind.REFLECT, self._render(
                "commitment_dated", action=action, when=self._when(reading, action)), None,
                {"items": [action]})
            self._ask_checkout()
            return
        self.commitment = self.commitment_due = self.commitment_habit = None
        self._ask_action_once()

    def _ask_action_once(self) -> None:
        """One gentle question about doing, if none has been asked yet; else the close
        goes on with no step."""
        if not self._action_asked:
            self._action_asked = True
            self._ask(Kind.COMMITMENT_ACTION, self._render("commitment_action"), None)
            self.awaiting = "commitment-action"
            return
        self._say(Kind.NOTE, self._render("commitment_none"))
        self._ask_checkout()

    def _ask_checkout(self) -> None:
        """How they are leaving, unless the framework's own stages have asked it; after
        a risk response it is always asked."""
        if not self.framework.checkout and not any(
                t.kind == Kind.RISK and t.speaker == "coach" for t in self.transcript):
            self._close()
            return
        self._ask(Kind.CHECKOUT, self._render("checkout"), None)
        self.awaiting = "checkout"

    def _on_checkout(self, text: str, analysis: Analysis) -> None:
        self._acknowledge(text, None, about_self=True, again=True)
        self._close()

    def _close(self) -> None:
        reflection, self._reflection = self._reflection, None
        if reflection:  # their last words said back before the close, as before a question
            self._say(Kind.REFLECT, self._render("reflect", words=reflection), None,
                      {"items": [reflection]})
        when = None
        if self.commitment is not None:
            when = describe_due(DueReading(self.commitment_due, self.commitment_habit),
                                self.today()) or None
        self._say(Kind.CLOSE, self._render("close", commitment=self.commitment, due=when))
        self._end("finished")


#: How a step is said when it is offered unasked: "I'll ...", "I'm going to ...".
_INTENDS = re.compile(r"^\W*(?:(?:ok|so|right|tbh|honestly|well|and|but)\W+)*(?:i'?ll|i will"
                      r"|i'?m going to|im gonna|i'?m gonna|going to|gonna|my step is|i need to"
                      r"|i must|i'?m going to try to)\b", re.IGNORECASE)
#: Doing words a step is said with when it is said as a step, first thing: "ring Jo",
#: "stop answering the phone", "book time with Lou".
STEP_VERBS = frozenset("""ask take tell let meet stop pass book call ring send write talk
    speak start keep give try bring put set check plan share agree email phone message text
    hand get cut invite arrange schedule raise find chase cancel delegate review draft fix say
    visit run hold block protect prepare propose buddy escalate thank sit walk leave finish
    print read update move sort go do make""".split())
_STEP_LEAD = re.compile(r"^(?:(?:i'?ll|i will|we'?ll|we will|i'?m going to|im gonna|i'?m gonna"
                        r"|going to|gonna|will|just|then|first|actually|instead)\s+)*",
                        re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+\S")


#: A clause that tells of what has been done or was so: its date is in the past.
_TOLD_OF = re.compile(r"\b(?:(?:i|we|they|she|he)(?:'ve|ve| have) (?!got\b|to\b)|had|did|was"
                      r"|were|been|done|went|said|told|happened|worked|covered|spent|took"
                      r"|lost|missed|tried|used|came|started|finished|began|left|ran|sent)\b",
                      re.IGNORECASE)
#: A short reply that starts by telling of what was done: its date is in the past.
_TRIED = re.compile(r"^\W*(?:(?:i|we|i'?ve|we'?ve|i have|we have|already|yeah|yes|no|but)\W+)*"
                    r"(?:tried|did|had|went|done"
                    r"|spoke|asked|rang|sent|emailed|raised)\b", re.IGNORECASE)
#: Where a reply's clauses part: a stop, a comma or a joining word.
_CLAUSES = re.compile(r"[.!?;,]+|\b(?:and|but|so|then)\b")
#: How many other words a reply may hold and still be only about the date ("yes, but
#: make it Friday", "end of next week probably").
_SHORT_REPLY = 6


def _same_step(step: str, first: str) -> bool:
    """Whether ``step`` says the first step again, changed ("Ask Alison for two more
    trainers" after "Ask Alison for two trainers by Friday"): most of its words are the
    first one's."""
    words = {w.casefold() for w in WORD.findall(step) if len(w) > 2}
    before = {w.casefold() for w in WORD.findall(first) if len(w) > 2}
    return bool(words) and len(words & before) >= max(2, 0.6 * len(words))


def _tried(text: str) -> bool:
    """Whether a reply to the check, of a sentence or two, says the step was tried before
    ("Tried that in June. Nothing.", "I've tried that before, after Tamworth, and ...")."""
    return len(WORD.findall(text)) <= 4 * _SHORT_REPLY and _TRIED.match(text) is not None


def _about_when(text: str, said: str) -> bool:
    """Whether the date ``said`` in a reply to the commitment check says when to act:
    the reply is short, or the clause holding the date does not tell of the past."""
    if len(WORD.findall(text.replace(said, " "))) <= _SHORT_REPLY:
        return _TRIED.match(text) is None  # "Tried that in June. Nothing."
    for clause in _CLAUSES.split(text):
        if said in clause:
            return _TOLD_OF.search(clause.replace(said, " ")) is None
    return True


#: How a second step is joined to the first at the check: "and also ...", "plus ...",
#: "yes, and ..." at the start, "... as well" or "... too" at the end.
_ADDS = re.compile(r"^\W*(?:(?:yes|yeah|yep|yup|ok|okay|sure|right|oh)\b\W*)*"
                   r"(?:and\s+also|and\s+then|and\s+i'?ll\s+also|also|plus|and)\b\W*",
                   re.IGNORECASE)
_ADDS_END = re.compile(r"\W+(?:as\s+well|too|also)\W*$", re.IGNORECASE)
#: The word a date is said after ("on Wednesday", "by Friday"), and a date said bare.
_DATE_LEAD = re.compile(r"^(?:on|by|before|for|until|till|this|next) ", re.IGNORECASE)
_BARE_DAY = re.compile(r"^(?:(?:mon|tues?|wed(?:nes)?|weds|thur?s?|fri|sat(?:ur)?|sun)(?:day)?"
                       r"|the \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?)\b", re.IGNORECASE)
#: Where a step given at the check gives way to why ("I'll speak to Dr Ambrose first;
#: it will land better"): the step is what comes before.
_REASON_AFTER = re.compile(r"\s*;\s*|\s+[-–—]\s+|,?\s+(?:because|cos|coz|since)\s+",
                           re.IGNORECASE)
#: A reply at the check that doubts the step, said first.
_DOUBTS = re.compile(
    r"^\W*(?:(?:yes|yeah|ok|okay|hmm+|um+|erm+|uh+|well|tbh|honestly|i mean|to be honest)\b\W*)*"
    r"(?:(?:i'?m |im )?not (?:really |totally |that |100% )?(?:sure|convinced|certain)|unsure"
    r"|i (?:don'?t|dont|do not) know|idk|dunno|no idea|maybe|perhaps|possibly|probably not"
    r"|i doubt|doubt (?:it|i)|we'?ll see|hope so|i hope|i'?ll try|will try|might not|may not"
    r"|if i can|depends)\b", re.IGNORECASE)


def _names_a_step(text: str) -> bool:
    """Whether ``text`` is, by itself, a step said as a step: one short sentence whose
    first word (after "I'll", "just" and the like) is a doing word, with something it is
    done to ("ring Jo on Thursday"), and nothing heavy in it. More talk ("The community
    team lead, Sandeep. We get on") or an option ("I could invite ...") is not."""
    words = WORD.findall(text)
    if not words or len(words) > 16 or _SENTENCE_END.search(text):
        return False
    rest = _STEP_LEAD.sub("", text)
    first = WORD.match(rest)
    if first is None or first.group().casefold() not in STEP_VERBS:
        return False
    return is_action(text) and acknowledgement(text, about_self=True) is None


#: A reply that does something to the step already said back ("move it to next week",
#: "push that back", "do it properly this time") rather than name another one.
_MOVES_IT = re.compile(r"^\W*(?:(?:i'?ll|i will|we'?ll|let'?s|can we|could we|just|ok|so)\s+)*"
                       r"(?:move|push|pull|bring|put|shift|change|make|do|leave|keep|set|switch"
                       r"|swap|delay|postpone|bump|slide|get|have|finish)\s+(?:it|that|this)\b",
                       re.IGNORECASE)


#: A step said as one way it could go, not as what they will do: "I could ...", "maybe I
#: might ...", "I suppose we could ...".
_OPTION = re.compile(
    r"^\W*(?:(?:so|well|ok|okay|um|erm|hmm|yeah|and|but|or|then|i mean|honestly|i suppose"
    r"|i guess|i think|maybe|perhaps|probably)\W+)*(?P<who>i|we) (?P<modal>could|might|may)"
    r"(?: (?:maybe|perhaps|probably|always|possibly|just))*\s+(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL)


_INSTEAD_END = re.compile(r",?\s+(?:instead|rather)(?: of (?:that|it|this))?$", re.IGNORECASE)


def _option(step: str) -> tuple[str, str] | None:
    """("could", the step without its lead) for a step said as an option; None for one
    said as what they will do."""
    match = _OPTION.match(step)
    if match is None:
        return None
    return match["modal"].lower(), match["rest"].strip()


def _step(text: str) -> str:
    """A commitment in the person's words, without filler at its ends ("..., idk",
    "tbh"): the words kept, said back and followed up are the step itself."""
    return trim_filler(text.strip()) or text.strip()


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _without_losses(text: str) -> str:
    """``text`` without the sentences that tell of a loss: the month someone died is no
    date for a step."""
    at = losses_in(text)
    if not at:
        return text
    return "".join(m.group() for m in _SENTENCE.finditer(text)
                   if not any(m.start() <= a < m.end() for a in at))
