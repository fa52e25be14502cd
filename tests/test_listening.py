"""Listening across whole conversations over the bundled frameworks: what the coach says
back after corrections, check-ins, risk pauses and answers typed without punctuation."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date

import pytest

from coach.engine.frameworks import load_frameworks
from coach.engine.model import Framework, Turn
from coach.engine.replies import word_count
from coach.engine.phrases import scored_phrases
from coach.engine.reflections import reflection_of
from coach.engine.session import Session
from tests.engine_helpers import fake_analyser

TODAY = date(2026, 11, 23)
FRAMEWORKS = load_frameworks().frameworks
#: Frameworks whose first stage ends with a play-back, of different shapes.
PLAYED_BACK = ["solutions-focus", "think-it-through", "iceberg", "scin", "pilot"]


def framework(framework_id: str) -> Framework:
    return FRAMEWORKS[framework_id]


def session(framework_id: str, **kwargs) -> Session:  # noqa: ANN003
    kwargs.setdefault("analyse", fake_analyser({}))
    return Session(framework(framework_id), seed=kwargs.pop("seed", 3),
                   today=lambda: TODAY, **kwargs)


def talk(s: Session, answers: Sequence[str], reply: Callable[[Turn], str | None],
         limit: int = 60) -> Iterator[Turn]:
    """Drive ``s``: ``reply`` answers what it wants to (a play-back, a commitment...);
    every other question gets the next of ``answers``, then "nothing else"."""
    stock = list(answers)
    for turn in s.start():
        yield turn
    for _ in range(limit):
        if s.finished or s.pending is None or s.status == "paused":
            return
        said = reply(s.pending)
        if said is None:
            said = stock.pop(0) if stock else "nothing else"
        yield from s.answer(said)


def at_the_check(step: str, reply: str) -> Callable[[Turn], str | None]:
    """Replies that give ``step`` as the commitment and ``reply`` at its check, yes to
    every play-back and "calmer" at the check-out."""
    def answer(pending: Turn) -> str | None:
        if pending.kind == "commitment":
            return step
        if pending.kind == "commitment-check":
            return reply
        return {"playback": "yes", "checkout": "calmer"}.get(pending.kind)
    return answer



@pytest.mark.parametrize("framework_id", PLAYED_BACK)
def test_a_correction_puts_its_thing_right_inside_the_point(framework_id: str) -> None:
    s = session(framework_id)
    replies = iter(["not the board, it's the chief exec"])

    def reply(pending: Turn) -> str | None:
        return next(replies, "yes") if pending.kind == "playback" else None

    turns = list(talk(s, ["I feel let down by the board.", "The deadline is March.",
                          "We meet on Mondays.", "The team is new."], reply))
    playbacks = [t for t in turns if t.kind == "playback"]
    assert len(playbacks) >= 2, [t.text for t in turns]
    first, second = playbacks[0].data["items"], playbacks[1].data["items"]
    assert "You feel let down by the board" in first, first
    assert "You feel let down by the chief exec" in second, second
    assert not any("not the board" in item for item in second), second


def asked_in(turns: Sequence[Turn]) -> list[str]:
    return [t.text for t in turns if t.speaker == "coach" and t.kind in ("question",
                                                                          "follow-up")]


#: Build and measure answers for the pilot, with nothing tried yet, in different words.
PLANS = [
    ["ask the CPO to decide", "put Raj and the sales VP together", "cut the roadmap to 3 things",
     "one page", "sales and eng in one room", "CPO. customers."],
    ["A shared rota for the two wards.", "Just the night shifts for a month.",
     "It is only a month.", "Nobody loses a shift.", "Fewer gaps on the board.", "The matron."],
]
#: The same, where their own words say it has been tried.
TRIED = [
    ["We ran it with two stores last week.", "Just the tills.", "It was one week.",
     "Nothing can break.", "Queue times.", "The store managers."],
    ["I've tested a shared rota on ward 9 already.", "Nights only.", "A month is short.",
     "Nobody loses a shift.", "Fewer gaps.", "The matron."],
]


@pytest.mark.parametrize("answers", PLANS)
def test_what_happened_when_you_tried_it_waits_for_something_tried(
        answers: list[str]) -> None:
    turns = list(talk(session("pilot"), answers, lambda p: "yes" if p.kind == "playback"
                      else None))
    asked = asked_in(turns)
    assert "What happened when you tried it?" not in asked, asked
    assert "What do you expect to happen when you try it?" in asked, asked
    assert "What did the people who used it tell you?" not in asked, asked


@pytest.mark.parametrize("answers", TRIED)
def test_what_happened_when_you_tried_it_is_asked_once_it_has_been(answers: list[str]) -> None:
    turns = list(talk(session("pilot"), answers, lambda p: "yes" if p.kind == "playback"
                      else None))
    asked = asked_in(turns)
    assert "What happened when you tried it?" in asked, asked
    assert "What do you expect to happen when you try it?" not in asked, asked


def test_a_question_left_out_until_something_is_tried_is_not_asked() -> None:
    from coach.engine.frameworks import parse_framework

    review = parse_framework("""\
id = "review"
title = "Review"
purpose = "Look back."
source = "tests"

[[stages]]
id = "plan"
title = "Plan"
purpose = "The plan."
questions = ["What is the change?"]
answers = 1

[[stages]]
id = "back"
title = "Back"
purpose = "Looking back."
questions = ["How did the new rota go?", "What matters now?"]
answers = 2

[stages.if_untried]
"How did the new rota go?" = ""
""", "review.toml")
    for said, expected in (("A new rota, not started yet.", False),
                           ("We started the new rota on Monday.", True)):
        s = Session(review, seed=1, today=lambda: TODAY, analyse=fake_analyser({}))
        asked = asked_in(list(talk(s, [said, "Calm nights.", "The team."],
                                   lambda p: "yes" if p.kind == "playback" else None)))
        assert ("How did the new rota go?" in asked) is expected, asked
        assert "What matters now?" in asked


@pytest.mark.parametrize("answers", [
    ["bit anxious about xmas numbers tbh", "got 9 stores and head office want a plan"],
    ["Tired but hopeful.", "A board meeting at two and the budget after it.", "Nothing else."],
    ["flat", "inspection week", "the kids"],
])
def test_a_check_in_closes_without_a_step_or_a_second_how_are_you(answers: list[str]) -> None:
    s = session("check-in")
    turns = list(talk(s, answers, lambda p: None))
    kinds = [t.kind for t in turns if t.speaker == "coach"]
    assert s.status == "finished", kinds
    assert "commitment" not in kinds and "commitment-action" not in kinds, kinds
    assert "checkout" not in kinds, kinds
    assert kinds[-1] == "close" and s.commitment is None
    assert "commitment" not in turns[-1].text.casefold()
    said = [t for t in s.transcript if t.speaker == "you"]
    after_last = s.transcript[s.transcript.index(said[-1]) + 1:]
    if word_count(said[-1].text) >= 4:  # their last answer is heard before the close
        assert [t.kind for t in after_last] == ["reflect", "close"], after_last


def test_a_check_out_asks_how_they_are_leaving_once() -> None:
    s = session("check-out")
    turns = list(talk(s, ["Lighter.", "The plan for Monday.", "The budget."],
                      lambda p: "yes" if p.kind == "playback" else
                      "Ring Jo on Friday" if p.kind == "commitment" else None))
    feeling_now = [t for t in turns if t.speaker == "coach" and "feeling now" in t.text]
    assert len(feeling_now) == 1, [t.text for t in turns]
    assert s.commitment == "Ring Jo on Friday"  # a check-out still ends with a step


@pytest.mark.parametrize("framework_id", ["solutions-focus", "think-it-through", "scin"])
def test_a_coaching_conversation_still_ends_with_a_step_and_a_check_out(
        framework_id: str) -> None:
    s = session(framework_id)
    turns = list(talk(s, ["The rota is a mess.", "I want it fair.", "Sam helps."],
                      lambda p: "yes" if p.kind in ("playback", "commitment-check")
                      else "Ask Sam to run Monday's huddle" if p.kind == "commitment"
                      else "calmer" if p.kind == "checkout" else None, limit=120))
    kinds = [t.kind for t in turns]
    assert "commitment" in kinds and "checkout" in kinds, kinds
    assert s.commitment == "Ask Sam to run Monday's huddle"


RISKY = ["some nights I think everyone would be better off without me",
         "honestly I've been cutting myself again since the inspection"]


@pytest.mark.parametrize(("framework_id", "risky"), [
    ("think-it-through", RISKY[0]), ("solutions-focus", RISKY[1]),
    ("avoiding-collusion", RISKY[0]), ("pilot", RISKY[1]), ("iceberg", RISKY[0]),
    ("empathy-map", RISKY[1]),
])
def test_after_a_risk_pause_the_question_comes_back_gently_not_word_for_word(
        framework_id: str, risky: str) -> None:
    s = session(framework_id)
    s.start()
    s.answer("The rota is a mess and nobody owns it.")
    while s.pending is not None and s.pending.kind != "question":
        s.answer("nothing else")
    standing = s.pending
    assert standing is not None and standing.kind == "question"
    assert s.answer(risky)[-1].kind == "risk"
    turns = s.answer("I'm safe, carry on")
    back = turns[-1]
    assert back.kind == "question" and back is s.pending
    assert back.text != standing.text
    others = s.framework.stage(standing.stage).rewordings(standing.text)
    if others:
        assert back.text in others
    else:
        assert back.text.casefold().endswith(standing.text.casefold())
        assert len(back.text) > len(standing.text)  # a bridge comes first
    after = s.answer("I'd like the team to own the rota")
    assert after and s.pending is not None  # the conversation goes on from there


@pytest.mark.parametrize("framework_id", ["think-it-through", "iceberg", "check-in",
                                          "empathy-map"])
def test_a_loss_typed_on_after_another_clause_is_acknowledged_alone(framework_id: str) -> None:
    s = session(framework_id)
    s.start()
    turns = s.answer("my mum, shes a nurse too a patient i was looking after died last week "
                     "and i keep going over it")
    heard = [t for t in turns if t.kind == "acknowledge"]
    assert heard, [t.text for t in turns]
    assert heard[0].text.startswith("A patient you were looking after died last week")
    assert "nurse" not in heard[0].text


@pytest.mark.parametrize(("framework_id", "first", "instead", "step"), [
    ("solutions-focus", "call regional director next week",
     "stop answering the phone for small stuff lol", "stop answering the phone for small stuff"),
    ("think-it-through", "Book time with Lou by Friday.",
     "no, ring Jo on Thursday instead", "ring Jo on Thursday instead"),
    ("next-steps", "ask jas to buddy me on thurs", "tbh I'll email the matron about nights",
     "I'll email the matron about nights"),
])
def test_another_step_given_at_the_check_is_taken_as_the_step(
        framework_id: str, first: str, instead: str, step: str) -> None:
    s = session(framework_id)
    checks = iter([instead, "yes"])

    def reply(pending: Turn) -> str | None:
        if pending.kind == "commitment":
            return first
        if pending.kind == "commitment-check":
            return next(checks)
        return {"playback": "yes", "checkout": "calmer"}.get(pending.kind)

    turns = list(talk(s, ["The rota is a mess.", "I want it fair.", "Sam helps."], reply,
                      limit=150))
    checked = [t for t in turns if t.kind == "commitment-check"]
    assert len(checked) == 1, [t.text for t in turns]  # no second check of the same kind
    said_back = turns[turns.index(checked[0]) + 1]
    assert said_back.kind == "reflect" and f"'{step}'" in said_back.text, said_back
    assert said_back.data["items"] == [step]
    assert s.commitment == step
    given = [t for t in s.transcript if t.speaker == "you" and t.text == instead]
    assert given and given[0].data.get("commitment") == step  # what the journal keeps
    assert step in turns[-1].text  # the close names it


@pytest.mark.parametrize(("first", "instead", "due"), [
    # another thing to do: the first step's date was its own
    ("ask jas to buddy me on thurs", "say no to one extra shift lol", None),
    ("Book the deputy interviews by Friday", "stop covering nights myself", None),
    # the same thing put another way keeps the date it was said with
    ("Email Jo about the rota by Friday", "no, ring Jo instead", date(2026, 11, 27)),
    ("Ring Ruth by Friday", "actually I'll email her", date(2026, 11, 27)),
])
def test_a_step_given_instead_keeps_the_first_date_only_if_it_is_about_the_same_thing(
        first: str, instead: str, due: date | None) -> None:
    s = session("think-it-through")
    turns = list(talk(s, ["The rota is a mess.", "I want it fair."],
                      at_the_check(first, instead), limit=150))
    assert s.finished and s.commitment_due == due
    said = [t.text for t in turns if t.kind == "reflect" and "Noted" in t.text]
    assert said and ("with no date" in said[-1]) is (due is None)


def test_a_step_given_at_the_check_is_said_back_with_its_own_date() -> None:
    s = session("think-it-through")

    reply = at_the_check("Book the room by Friday", "ring Jo on Wednesday")

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."], reply, limit=150))
    assert s.commitment == "ring Jo on Wednesday" and s.finished
    assert s.commitment_due == date(2026, 11, 25)
    assert any("'ring Jo on Wednesday', by Wednesday 25 November" in t.text for t in turns)


@pytest.mark.parametrize("reply", [
    "The community team lead, Sandeep. We get on, and we never have time to plan together.",
    "I could invite the finance partner to triage so they see it for themselves.",
    "Care packages take three weeks to arrange and the patients wait.",
    "Ring Jo, I'm scared she'll say no and I'll cry.",
])
def test_more_talk_at_the_check_is_no_other_step(reply: str) -> None:
    s = session("think-it-through")

    answer = at_the_check("Book the room by Friday", reply)

    list(talk(s, ["The rota is a mess.", "I want it fair."], answer, limit=150))
    assert s.commitment == "Book the room by Friday" and s.finished


@pytest.mark.parametrize("reply", [
    "I guess I cover the gaps myself. I've done three weekends this month on top of the day job.",
    "Maybe. We tried something like it in March and it went nowhere.",
])
def test_a_date_told_of_the_past_at_the_check_does_not_move_the_step(reply: str) -> None:
    s = session("think-it-through")

    answer = at_the_check("Book the room by Friday", reply)

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."], answer, limit=150))
    assert s.commitment == "Book the room by Friday" and s.finished
    assert s.commitment_due == date(2026, 11, 27), [t.text for t in turns]
    after = turns[[t.kind for t in turns].index("commitment-check") + 1]
    assert after.kind != "note", after.text  # what they said is heard, not a date noted


@pytest.mark.parametrize("moved", ["move it to next week", "make it Thursday", "do it friday",
                                   "push it back to the 30th"])
def test_moving_the_date_at_the_check_keeps_the_step(moved: str) -> None:
    s = session("solutions-focus")

    reply = at_the_check("Book time with Lou", moved)

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."], reply, limit=150))
    assert s.commitment == "Book time with Lou" and s.commitment_due is not None
    assert sum(t.kind == "commitment-check" for t in turns) == 1


@pytest.mark.parametrize(("reply", "added"), [
    ("and also tell the team on Monday", "tell the team on Monday"),
    ("yes, and email Sam too", "email Sam"),
    ("plus I'll ring the agency", "I'll ring the agency"),
    ("ask Dev to cover the desk as well", "ask Dev to cover the desk"),
])
def test_a_second_step_given_at_the_check_is_kept_beside_the_first(reply: str,
                                                                   added: str) -> None:
    s = session("think-it-through")

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."],
                      at_the_check("Book the room by Friday", reply), limit=150))
    both = f"Book the room by Friday; {added}"
    assert s.finished and s.commitment == both, [t.text for t in turns]
    said_back = turns[[t.kind for t in turns].index("commitment-check") + 1]
    assert said_back.kind == "reflect", said_back.text
    assert f"'Book the room by Friday' and '{added}'" in said_back.text
    assert said_back.data["items"] == ["Book the room by Friday", added]
    given = [t for t in s.transcript if t.speaker == "you" and t.text == reply]
    assert given[0].data.get("commitment") == both  # what the journal keeps
    assert both in turns[-1].text


def test_a_second_step_with_its_own_date_makes_the_pair_due_at_the_sooner() -> None:
    s = session("think-it-through")

    list(talk(s, ["The rota is a mess.", "I want it fair."],
              at_the_check("Book the room by Friday", "and also ring Jo on Wednesday"),
              limit=150))
    assert s.commitment == "Book the room by Friday; ring Jo on Wednesday"
    assert s.commitment_due == date(2026, 11, 25)  # Wednesday comes before Friday


@pytest.mark.parametrize("doubt", ["not sure I'll manage that tbh", "I don't know",
                                   "idk maybe", "Hmm, we'll see.", "I'll try"])
def test_doubt_at_the_check_gets_one_question_about_what_would_help(doubt: str) -> None:
    s = session("think-it-through")
    helps = iter(["If Sam covered the phones for an hour."])

    def reply(pending: Turn) -> str | None:
        if pending.kind == "commitment-action":
            return next(helps)
        return at_the_check("Book the room by Friday", doubt)(pending)

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."], reply, limit=150))
    kinds = [t.kind for t in turns]
    asked = [t for t in turns if t.kind == "commitment-action"]
    assert len(asked) == 1 and asked[0].text == "What would help you do it?", kinds
    assert kinds.index("commitment-check") < kinds.index("commitment-action")
    # what would help is heard, and the step and its date stand as they were
    after = turns[kinds.index("commitment-action") + 1]
    assert after.kind in ("reflect", "acknowledge") and "Sam covered the phones" in after.text
    assert s.finished and s.commitment == "Book the room by Friday"
    assert s.commitment_due == date(2026, 11, 27)


def test_a_step_named_as_what_would_help_is_kept_beside_the_first() -> None:
    s = session("solutions-focus")

    def reply(pending: Turn) -> str | None:
        if pending.kind == "commitment-action":
            return "block out Thursday morning in my diary"
        return at_the_check("Book the room by Friday", "not sure I'll get to it")(pending)

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."], reply, limit=150))
    step = "Book the room by Friday; block out Thursday morning in my diary"
    assert s.finished and s.commitment == step, [t.text for t in turns]
    assert s.commitment_due == date(2026, 11, 26)  # Thursday, the sooner
    given = [t for t in s.transcript if t.speaker == "you" and t.text.startswith("block")]
    assert given[0].data.get("commitment") == step


def test_a_new_date_said_with_doubt_moves_the_step_without_a_question() -> None:
    s = session("think-it-through")

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."],
                      at_the_check("Book the room by Friday", "not sure, maybe Thursday"),
                      limit=150))
    assert "commitment-action" not in [t.kind for t in turns]
    assert s.commitment == "Book the room by Thursday"
    assert s.commitment_due == date(2026, 11, 26)


@pytest.mark.parametrize(("step", "moved", "now"), [
    ("I'll ring the union rep on Wednesday, first thing.", "Make it Thursday, I've the vet"
     " Wednesday.", "I'll ring the union rep on Thursday, first thing"),
    ("Book the room by Friday", "move it to next week", "Book the room next week"),
    ("Book the room by Friday", "do it friday", "Book the room by Friday"),
])
def test_a_new_date_at_the_check_puts_the_step_words_right(step: str, moved: str,
                                                           now: str) -> None:
    s = session("think-it-through")

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."], at_the_check(step, moved),
                      limit=150))
    assert s.commitment.rstrip(".") == now
    assert f"'{now}'" in turns[-1].text  # the close says the step as it now stands


@pytest.mark.parametrize(("reply", "step"), [
    ("Actually, no. I'll raise it in person at the meeting instead; emails get ignored.",
     "I'll raise it in person at the meeting instead"),
    ("Actually, no. I'll speak to Dr Ambrose first; it will land better.",
     "I'll speak to Dr Ambrose first"),
    ("no, ring Jo first because she knows the rota", "ring Jo first"),
])
def test_a_step_given_instead_at_the_check_is_kept_without_its_reason(reply: str,
                                                                      step: str) -> None:
    s = session("think-it-through")

    list(talk(s, ["The rota is a mess.", "I want it fair."],
              at_the_check("I'll email the four PIs tomorrow", reply), limit=150))
    assert s.commitment == step


def test_a_yes_in_text_speak_with_a_second_step_keeps_both() -> None:
    s = session("think-it-through")

    list(talk(s, ["The rota is a mess.", "I want it fair."],
              at_the_check("show fiona the room times on friday",
                           "ya and also tell agnieszka on monday"), limit=150))
    assert s.commitment == "show fiona the room times on friday; tell agnieszka on monday"


@pytest.mark.parametrize("reply", ["Tried that in June. Nothing.", "did that last month, no"
                                   " joy", "I've tried that before, after Tamworth, and I was"
                                   " back in the control room within the hour."])
def test_a_step_tried_before_gets_asked_what_would_be_different(reply: str) -> None:
    s = session("think-it-through")

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."],
                      at_the_check("Push back upstairs more", reply), limit=150))
    asked = [t.text for t in turns if t.kind == "commitment-action"]
    assert asked == ["What would make it different this time?"]
    assert s.commitment == "Push back upstairs more" and s.commitment_due is None
    assert not any("Nothing else" in t.text for t in turns)  # "nothing else" is not said back


@pytest.mark.parametrize(("said", "step"), [
    ("tbh I'll stop answering the phone for small stuff lol",
     "I'll stop answering the phone for small stuff"),
    ("I'm going to ring the matron on Friday", "I'm going to ring the matron on Friday"),
    ("im gonna book in with my preceptor", "im gonna book in with my preceptor"),
])
def test_a_step_given_at_a_check_in_is_kept_as_the_step(said: str, step: str) -> None:
    s = session("check-in")
    turns = list(talk(s, ["bit anxious about xmas numbers", said], lambda p: None))
    assert s.finished and s.commitment == step
    given = [t for t in s.transcript if t.speaker == "you" and t.text == said]
    assert given[0].data.get("commitment") == step
    assert step in turns[-1].text and "commitment" not in [t.kind for t in turns]


@pytest.mark.parametrize("said", ["the phones are mad today", "stop answering the phone lol",
                                  "I'll be honest, it's a lot"])
def test_a_check_in_answer_that_is_no_step_is_not_kept_as_one(said: str) -> None:
    s = session("check-in")
    list(talk(s, ["tired", said], lambda p: None))
    assert s.finished and s.commitment is None
    assert all("commitment" not in t.data for t in s.transcript if t.speaker == "you")


def test_a_step_given_at_the_check_with_no_date_keeps_the_date_read_before() -> None:
    s = session("solutions-focus")

    reply = at_the_check("Not cover any nights this week, I'll try", "Stop covering nights myself, I know, I know.")

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."], reply, limit=150))
    assert s.commitment == "Stop covering nights myself"
    assert s.commitment_due == date(2026, 11, 27)  # "this week", read from the first
    given = [t for t in s.transcript if t.speaker == "you" and t.text.startswith("Stop")]
    assert given[0].data == {"commitment": "Stop covering nights myself",
                             "due": "2026-11-27", "habit": None}
    assert any("'Stop covering nights myself', by Friday 27 November" in t.text for t in turns)


@pytest.mark.parametrize(("framework_id", "more", "said"), [
    ("think-it-through", "yeah mostly. its more that im nervous", "You're nervous. Thank you"),
    ("solutions-focus", "Yes, mostly. It's more that I'm frightened of court.",
     "You're frightened of court. Thank you"),
])
def test_a_yes_with_more_says_the_more_back_first(framework_id: str, more: str,
                                                  said: str) -> None:
    s = session(framework_id)
    replies = iter([more])
    turns = list(talk(s, ["I feel stuck with the rota.", "Sam helps."],
                      lambda p: next(replies, "yes") if p.kind == "playback" else None))
    assert any(t.kind == "reflect" and t.text.startswith(said) for t in turns), \
        [t.text for t in turns if t.kind == "reflect"]


@pytest.mark.parametrize(("answer", "said"), [("idk mina tbh", "Mina"), ("idk, budget", "Budget")])
def test_one_word_given_unsure_is_said_back(answer: str, said: str) -> None:
    assert reflection_of(answer, scored_phrases(answer)) == said


@pytest.mark.parametrize("answer", ["idk maybe", "dunno. nothing", "idk really", "Mina."])
def test_a_lone_hedge_or_a_plain_one_word_answer_is_not_said_back(answer: str) -> None:
    assert reflection_of(answer, scored_phrases(answer)) is None


def test_the_step_said_again_changed_after_doubt_replaces_the_first() -> None:
    s = session("think-it-through")

    def reply(pending: Turn) -> str | None:
        if pending.kind == "commitment-action":
            return "Ask Alison for two more trainers."
        return at_the_check("Ask Alison for two trainers by Friday 27th",
                            "Did that last year, actually. Didn't stick.")(pending)

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."], reply, limit=150))
    assert s.commitment == "Ask Alison for two more trainers"
    assert s.commitment_due == date(2026, 11, 27)  # the first one's date stands
    assert "Did that last year." in [t.text for t in turns]  # "actually" left off


def _commitments_saved(s: Session) -> list[str]:
    return [str(t.data["commitment"]) for t in s.transcript
            if t.kind == "answer" and t.data and t.data.get("commitment")]


@pytest.mark.parametrize(("option", "modal", "step"), [
    ("I could show the partners the figures on Friday, I suppose.", "could",
     "show the partners the figures on Friday"),
    ("Maybe we might try a rota swap with the Leeds team", "might",
     "try a rota swap with the Leeds team"),
    ("honestly i could just ring him friday", "could", "ring him friday"),
])
def test_a_step_said_as_an_option_is_said_back_as_one_and_kept_on_a_yes(
        option: str, modal: str, step: str) -> None:
    s = session("think-it-through")
    turns = list(talk(s, ["The rota is a mess.", "I want it fair."],
                      at_the_check(option, "yes"), limit=150))
    check = next(t for t in turns if t.kind == "commitment-check")
    assert check.text.startswith(f"You {modal} {step}.") and check.text.endswith(
        "Is that right?"), check.text
    assert s.finished and s.commitment == step
    # kept once it is said to be their step, not before
    assert _commitments_saved(s) == [step]
    answers = [t for t in s.transcript if t.kind == "answer"]
    option_answer = next(t for t in answers if t.text == option)
    assert not (option_answer.data or {}).get("commitment")


def test_an_option_turned_down_is_not_kept_and_gets_one_question_about_doing() -> None:
    s = session("think-it-through")
    replies = iter(["nothing this time"])

    def reply(pending: Turn) -> str | None:
        if pending.kind == "commitment-action":
            return next(replies)
        return at_the_check("I could ask Sam to cover the phones", "no")(pending)

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."], reply, limit=150))
    kinds = [t.kind for t in turns]
    assert kinds.count("commitment-action") == 1, kinds
    assert s.finished and s.commitment is None and _commitments_saved(s) == []


def test_an_option_turned_down_for_another_step_takes_that_step() -> None:
    s = session("think-it-through")
    replies = iter(["Ring Sam on Thursday."])

    def reply(pending: Turn) -> str | None:
        if pending.kind == "commitment-action":
            return next(replies)
        if pending.kind == "commitment-check" and s.commitment == "Ring Sam on Thursday":
            return "yes"
        return at_the_check("I could ask Sam to cover the phones", "no")(pending)

    list(talk(s, ["The rota is a mess.", "I want it fair."], reply, limit=150))
    assert s.finished and s.commitment == "Ring Sam on Thursday"
    assert _commitments_saved(s)[-1] == "Ring Sam on Thursday"


def test_a_loss_told_at_the_check_is_heard_and_its_month_does_not_move_the_step() -> None:
    s = session("solutions-focus")
    reply = at_the_check("Ask Marcus to redo the Saturday duties by Friday.",
                         "yes. One of our drivers died in March. Still think about it.")
    turns = list(talk(s, ["The rota is late every week", "Drivers are burnt out",
                          "Marcus knows the duties"], reply))
    heard = [t for t in turns if t.kind == "acknowledge"]
    assert heard and "died in March" in heard[-1].text
    assert s.commitment_due is not None and s.commitment_due.month == 11, s.commitment_due
    assert not any(t.kind == "note" and "March" in t.text for t in turns)


def test_a_step_told_with_an_assault_is_heard_and_the_step_asked_for_again() -> None:
    s = session("think-it-through")
    replies = iter(["tell the governor on Monday"])

    def reply(pending: Turn) -> str | None:
        if pending.kind == "commitment-action":
            return next(replies)
        return at_the_check("could tell the governor what it costs Jonno got assaulted on the"
                            " landing in sept and i sent him there. i feel sick about it",
                            "yes")(pending)

    turns = list(talk(s, ["The rota is a mess.", "I want it fair."], reply, limit=150))
    kinds = [t.kind for t in turns]
    heard = [t.text for t in turns if t.kind == "acknowledge"]
    assert any(h.startswith("Jonno got assaulted") for h in heard), heard
    assert kinds.count("commitment-action") == 1, kinds
    assert s.finished and s.commitment == "tell the governor on Monday"
    assert _commitments_saved(s) == ["tell the governor on Monday"]


def test_an_assault_told_at_the_check_is_heard_once_and_its_month_does_not_move_the_step(
) -> None:
    s = session("think-it-through")
    turns = list(talk(s, ["The rota is a mess.", "I want it fair."],
                      at_the_check("Ring Jo on Friday.",
                                   "yes. Jonno got assaulted on the landing in sept."),
                      limit=150))
    said = [t.text for t in turns if t.kind in ("acknowledge", "reflect") and "Jonno" in t.text]
    assert len(said) == 1, said
    assert s.commitment == "Ring Jo on Friday" and s.commitment_due is not None
    assert s.commitment_due.month != 9
