"""The coaching session: flow, follow-ups, play-backs, commands, commitments."""

from __future__ import annotations

from datetime import date

import pytest

from coach.engine.model import ASKING_KINDS, OpenCommitment
from coach.engine.session import MAX_ANSWER_CHARS, AnswerTooLong, Session
from tests.engine_helpers import (
    BRANCHING,
    FakeAnalysis,
    ListRecorder,
    fake_analyser,
    framework,
)

TODAY = date(2026, 11, 23)  # a Monday
LONG = "I keep going over the same meeting in my head and wondering what I missed there"


def new(text: str | None = None, **kwargs) -> Session:  # noqa: ANN003
    kwargs.setdefault("analyse", fake_analyser({}))
    kwargs.setdefault("today", lambda: TODAY)
    return Session(framework(text) if text else framework(), seed=kwargs.pop("seed", 7), **kwargs)


def asked(turns) -> list:  # noqa: ANN001
    return [t for t in turns if t.kind in ASKING_KINDS]


def test_start_greets_then_asks_exactly_one_question() -> None:
    turns = new().start()
    assert [t.kind for t in turns] == ["opening", "stage", "question"]
    assert turns[-1].text == "What is going on?"
    assert turns[-1].stage == "first"


def test_each_reply_ends_with_exactly_one_question() -> None:
    session = new()
    session.start()
    for reply in [LONG, "it matters a lot to everyone involved here", "yes", "calm days", "walk",
                  "ok"]:
        turns = session.answer(reply)
        if session.finished:
            break
        assert len(asked(turns)) == 1
        assert turns[-1] is session.pending


def test_short_answer_gets_an_encourager_once() -> None:
    session = new()
    session.start()
    turns = session.answer("busy")
    assert turns[-1].kind == "encourager"
    turns = session.answer("really busy")
    assert turns[-1].kind == "question"  # not a second encourager in a row


def test_clean_question_quotes_a_phrase_verbatim() -> None:
    session = new()
    session.start()
    answer = "Honestly I feel stuck in a rut with the weekly planning"
    turn = session.answer(answer)[-1]
    assert turn.kind == "clean"
    (quote,) = turn.data["quotes"]
    assert quote in answer
    assert f"'{quote}'" in turn.text
    assert "stuck" in quote


def test_playback_uses_their_words_turned_round_then_checks() -> None:
    session = new()
    session.start()
    session.answer("My manager and I disagree about the roadmap for next year")
    session.answer("We agree on the goal but not the order of the work")
    turns = session.answer("I am worried that the team will burn out before spring")
    playback = turns[-1]
    assert playback.kind == "playback"
    assert playback.text.endswith("Is that right?")
    assert "Your manager and you disagree about the roadmap" in playback.text
    assert "you are worried that the team will burn out" in playback.text


def test_a_no_asks_what_was_missed_and_the_correction_is_played_back() -> None:
    session = new()
    session.start()
    for reply in [LONG, "It matters to me because I lead the team", "the budget"]:
        session.answer(reply)
    assert session.pending.kind == "playback"
    assert session.answer("no")[-1].kind == "playback-missed"
    again = session.answer("I also feel proud of what we shipped")[-1]
    assert again.kind == "playback"
    assert "you also feel proud of what you shipped" in again.text
    turns = session.answer("yes")
    assert turns[-1].stage == "second"


def test_saying_a_point_said_back_was_missed_asks_what_about_it_was_missed() -> None:
    session = new()
    session.start()
    for reply in [LONG, "It matters to me because I lead the team", "the budget"]:
        session.answer(reply)
    assert "the same meeting" in session.pending.text
    asked = session.answer("you missed the meeting")[-1]
    assert asked.kind == "playback-missed"
    assert asked.text in ("What did I miss about the meeting?",
                          "What else is there about the meeting?")


def test_saying_something_new_was_missed_adds_it_without_asking() -> None:
    session = new()
    session.start()
    for reply in [LONG, "It matters to me because I lead the team", "the budget"]:
        session.answer(reply)
    again = session.answer("you missed Raj")[-1]
    assert again.kind == "playback" and "Raj" in again.text


def test_a_reply_that_is_neither_yes_nor_no_is_a_correction() -> None:
    session = new()
    session.start()
    for reply in [LONG, "It matters to me because I lead the team", "the budget"]:
        session.answer(reply)
    again = session.answer("Mostly, but the budget is the real worry")[-1]
    assert again.kind == "playback"
    assert "the budget is the real worry" in again.text


def test_playback_checks_stop_after_two_rounds() -> None:
    session = new()
    session.start()
    for reply in [LONG, "It matters to me because I lead the team", "the budget"]:
        session.answer(reply)
    assert session.pending.kind == "playback"
    assert session.answer("not that")[-1].kind == "playback-missed"
    assert session.answer("the budget is what keeps me up")[-1].kind == "playback"  # check 2
    turns = session.answer("nope")
    assert [t.kind for t in turns][:2] == ["note", "stage"]
    assert "budget" in " ".join(turns[0].data["items"])  # everything they said is kept


@pytest.mark.parametrize("reply", ["ya", "yep", "spot on", "pretty much", "mostly", "fine",
                                   "Yes thanks", "that's it exactly", "bang on"])
def test_yes_in_all_its_forms_moves_on(reply: str) -> None:
    session = new()
    session.start()
    for answer in [LONG, "It matters to me because I lead the team", "the budget"]:
        session.answer(answer)
    assert session.answer(reply)[0].kind == "stage"


def test_yes_with_more_is_a_yes_and_the_addition_is_said_back() -> None:
    # COACHING.md: "yeah mostly. It's more that I'm nervous" is yes plus an addition: it
    # is said back and the conversation moves on, with no second check.
    session = new()
    session.start()
    for answer in [LONG, "It matters to me because I lead the team", "the budget"]:
        session.answer(answer)
    turns = session.answer("yeah mostly. It's more that I'm nervous about the board")
    said = turns[0]
    assert said.kind == "reflect" and "nervous about the board" in said.text
    assert "mostly" not in said.text and "It's more that" not in said.text
    assert "nervous about the board" in " ".join(said.data["items"])
    assert turns[1].kind == "stage" and "playback" not in [t.kind for t in turns]


def test_a_correction_replaces_what_it_corrects_and_keeps_no_preamble() -> None:
    session = new()
    session.start()
    for answer in ["I feel lonely in this job and my team stopped inviting me to lunch",
                   "It matters to me because I lead the team", "the budget"]:
        session.answer(answer)
    assert "lonely" in session.pending.text
    turn = session.answer(
        "no, it's not lonely exactly. it's more that I can't show any wobble in front of anyone"
    )[-1]
    assert turn.kind == "playback"
    assert "lonely" not in turn.text and "no, it's" not in turn.text.casefold()
    assert "you can't show any wobble in front of anyone" in turn.text.casefold()


def reach_commitment(session: Session) -> None:
    session.start()
    for reply in [LONG, "It matters to me because I lead the team", "the budget", "yes",
                  "calm and steady weeks with time to think"]:
        session.answer(reply)
    assert session.pending.kind == "commitment"


def test_commitment_with_a_date_is_said_back_with_its_reading_then_closed() -> None:
    session = new()
    reach_commitment(session)
    turns = session.answer("I will book a planning day with Sam by Friday")
    person = session.transcript[-len(turns) - 1]
    assert person.data == {"commitment": "I will book a planning day with Sam by Friday",
                           "due": "2026-11-27", "habit": None}
    check = turns[-1]
    assert check.kind == "commitment-check"
    assert "'I will book a planning day with Sam by Friday'" in check.text  # as typed
    assert "by Friday 27 November" in check.text and check.text.endswith("Is that right?")
    assert session.answer("yes")[-1].kind == "checkout"
    turns = session.answer("lighter")
    assert turns[-1].kind == "close"
    assert "'I will book a planning day with Sam by Friday' (by Friday 27 November)" in \
        turns[-1].text
    assert session.finished and session.status == "finished"
    with pytest.raises(RuntimeError):
        session.answer("more")


@pytest.mark.parametrize(("said", "kept"), [
    ("say no to one extra shift idk", "say no to one extra shift"),
    ("ok so hire a payments lead tbh", "hire a payments lead"),
    ("I guess I'll ring Jo on Monday", "I'll ring Jo on Monday"),
])
def test_a_commitment_is_kept_without_filler_at_its_ends(said: str, kept: str) -> None:
    session = new()
    reach_commitment(session)
    turns = session.answer(said)
    assert session.transcript[-len(turns) - 1].data["commitment"] == kept
    assert f"'{kept}'" in turns[-1].text
    session.answer("yes")
    assert f"'{kept}'" in session.answer("fine")[-1].text


def test_the_date_read_can_be_corrected_in_the_next_reply() -> None:
    session = new()
    reach_commitment(session)
    session.answer("I'll ring Jo about the rota on Monday")
    turns = session.answer("no, make it Wednesday")
    person = session.transcript[-len(turns) - 1]
    assert person.data == {"commitment": "I'll ring Jo about the rota on Wednesday",
                           "due": "2026-11-25", "habit": None}
    assert "Wednesday 25 November" in turns[0].text
    assert turns[-1].kind == "checkout"


def test_a_habit_is_kept_as_a_habit_with_no_due_date() -> None:
    session = new()
    reach_commitment(session)
    turns = session.answer("Walk round the ward every Tuesday and Friday before handover")
    person = session.transcript[-len(turns) - 1]
    assert person.data["due"] is None and person.data["habit"]
    assert "as a habit" in turns[-1].text


@pytest.mark.parametrize(("step", "tied"), [
    ("Ring Ruth before half term", "before half term"),
    ("ask Gill for ten minutes after the next session", "after the next session"),
    ("raise the cover gap at our next team meeting", "at our next team meeting"),
    ("tell Dev how it landed next time I see him", "next time I see him"),
])
def test_a_step_tied_to_an_undated_occasion_is_said_back_with_it(step: str, tied: str) -> None:
    session = new()
    reach_commitment(session)
    turns = session.answer(step)
    assert session.transcript[-len(turns) - 1].data["due"] is None
    assert f"I've noted it as '{tied}', with no set date. Is that right?" in turns[-1].text
    assert "with no date." not in turns[-1].text


@pytest.mark.parametrize(("step", "start"), [
    ("hand PR reviews to Mina from Thursday", "Thursday 26 November"),
    ("starting on the 1st, stop answering emails after six", "Tuesday 1 December"),
])
def test_a_step_that_starts_on_a_day_is_said_back_with_its_start(step: str, start: str) -> None:
    session = new()
    reach_commitment(session)
    turns = session.answer(step)
    assert session.transcript[-len(turns) - 1].data["due"] is None  # a start is no deadline
    assert (f"I've noted it as starting {start}, with no set due date. Is that right?"
            in turns[-1].text)


@pytest.mark.parametrize(("offered", "said", "kept"), [
    ("maybe I could email her instead", "You could email her.", "email her"),
    ("or I could ask Jo to cover the rota", "You could ask Jo to cover the rota.",
     "ask Jo to cover the rota"),
    ("hmm, I might hand the plan to my deputy", "You might hand the plan to your deputy.",
     "hand the plan to my deputy"),
])
def test_another_step_put_forward_as_an_option_at_the_check_is_offered_back(
        offered: str, said: str, kept: str) -> None:
    session = new()
    reach_commitment(session)
    session.answer("Ring Ruth on Friday")
    turns = session.answer(offered)
    assert session.transcript[-len(turns) - 1].data == {}  # nothing kept until it is taken
    check = turns[-1]
    assert check.kind == "commitment-check"
    assert check.text.startswith(said + " I'd note that as your step, by Friday 27 November.")
    taken = session.answer("yes")
    assert session.transcript[-len(taken) - 1].data == {
        "commitment": kept, "due": "2026-11-27", "habit": None}
    assert taken[-1].kind == "checkout"


def test_an_option_put_forward_and_turned_down_leaves_the_first_step_standing() -> None:
    session = new()
    reach_commitment(session)
    session.answer("Ring Ruth before half term")
    session.answer("or I could email her instead")
    turns = session.answer("no")
    assert session.transcript[-len(turns) - 1].data == {}
    assert "'Ring Ruth before half term'" in turns[0].text
    assert turns[-1].kind == "checkout"
    assert "'Ring Ruth before half term'" in session.answer("ok")[-1].text


def test_an_option_put_forward_after_an_option_and_turned_down_keeps_neither() -> None:
    session = new()
    reach_commitment(session)
    session.answer("I could ring Ruth")
    session.answer("or I could email her instead")
    turns = session.answer("no")
    assert turns[-1].kind == "commitment-action"  # asked once what, if anything, they'll do


def test_a_step_with_no_time_at_all_is_noted_with_no_date() -> None:
    session = new()
    reach_commitment(session)
    assert "I've noted it with no date." in session.answer("stop fixing things myself")[-1].text


@pytest.mark.parametrize("first", ["yeah", "I need to trust them more", "I feel lighter"])
def test_no_action_gets_one_gentle_question_then_no_pressure(first: str) -> None:
    session = new()
    reach_commitment(session)
    turns = session.answer(first)
    assert session.transcript[-len(turns) - 1].data == {}  # nothing stored
    assert turns[-1].kind == "commitment-action"
    turns = session.answer("not sure really")
    assert session.transcript[-len(turns) - 1].data == {}
    assert turns[-1].kind == "checkout"
    assert "no commitment" in turns[0].text
    assert session.commitment is None


def test_an_action_after_the_gentle_question_is_the_commitment() -> None:
    session = new()
    reach_commitment(session)
    session.answer("I suppose I should be braver")
    turns = session.answer("Ask Priya to run Monday's planning meeting")
    assert session.transcript[-len(turns) - 1].data["commitment"] == \
        "Ask Priya to run Monday's planning meeting"
    assert turns[-1].kind == "commitment-check"


def test_open_commitments_are_followed_up_after_a_gentle_opening() -> None:
    reviews = [OpenCommitment(4, "call Sam", "2026-11-20"), OpenCommitment(9, "write the plan")]
    session = new(open_commitments=reviews)
    turns = session.start()
    assert turns[-1].kind == "review-opening"
    turns = session.answer("The team meeting went better than I feared")
    assert turns[-1].kind == "commitment-review"
    assert "'call Sam'" in turns[-1].text and "Friday 20 November" in turns[-1].text
    turns = session.answer("Actually I did it, I rang him this morning.")
    assert session.transcript[-len(turns) - 1].data == {
        "commitment_id": 4, "status": "done",
        "note": "Actually I did it, I rang him this morning.", "due": None}
    assert "'write the plan'" in turns[-1].text
    turns = session.answer("sort of, half of it")
    assert session.transcript[-len(turns) - 1].data == {}  # unclear: asked once more
    assert turns[-1].kind == "commitment-status"
    session.answer("carry it on please")
    assert session.transcript[-4].data["status"] == "open"
    assert session.pending.kind == "question"


@pytest.mark.parametrize(("reply", "status"), [
    ("done", "done"), ("I did it", "done"), ("sent it this morning", "done"),
    ("let it go", "dropped"), ("dropping it, it's not relevant now", "dropped"),
    ("not yet", "open"), ("still on it", "open"), ("Old habits", "open"),
    ("I didn't push", "open"), ("next week", "open"),
])
def test_a_review_answer_is_read_in_the_persons_words(reply: str, status: str) -> None:
    session = new(open_commitments=[OpenCommitment(1, "call Sam")])
    session.start()
    session.answer("it was hard")
    session.answer(reply)
    last_reply = [t for t in session.transcript if t.speaker == "you"][-1]
    assert last_reply.data["commitment_id"] == 1
    assert last_reply.data["status"] == status
    assert last_reply.data["note"] == reply


def test_next_skips_to_the_next_stage_and_back_returns() -> None:
    session = new()
    session.start()
    turns = session.answer("next")
    assert session.transcript[-len(turns) - 1].kind == "command"
    assert session.pending.stage == "second"
    session.answer("back")
    assert session.pending.stage == "first"
    assert session.pending.text == "What is going on?"
    session.answer("back")  # at the first stage, back starts it again
    assert session.pending.text == "What is going on?"


def test_help_lists_commands_and_repeats_the_question() -> None:
    session = new()
    session.start()
    turns = session.answer("help")
    assert turns[0].kind == "help"
    for word in ("next", "back", "pause", "stop"):
        assert word in turns[0].text
    assert turns[-1].text == "What is going on?"


def test_pause_then_resume_repeats_the_question() -> None:
    session = new()
    session.start()
    session.answer(LONG)
    pending = session.pending.text
    turns = session.answer("pause")
    assert turns[-1].kind == "paused" and session.status == "paused"
    turns = session.resume()
    assert session.status == "active"
    assert turns[-1].text == pending


def test_stop_ends_the_session() -> None:
    session = new()
    session.start()
    turns = session.answer("stop")
    assert turns[-1].kind == "stopped"
    assert session.status == "stopped" and session.finished


def test_empty_answer_records_nothing() -> None:
    recorder = ListRecorder()
    session = new(recorder=recorder)
    session.start()
    before = len(recorder.turns)
    assert session.answer("   \n\t") == []
    assert len(recorder.turns) == before


def test_an_answer_too_long_is_refused_and_nothing_recorded() -> None:
    recorder = ListRecorder()
    session = new(recorder=recorder)
    session.start()
    before = len(recorder.turns)
    with pytest.raises(AnswerTooLong, match="Split it"):
        session.answer("x" * (MAX_ANSWER_CHARS + 1))
    assert len(recorder.turns) == before


def test_the_answer_is_recorded_before_any_reply_to_it() -> None:
    recorder = ListRecorder()
    session = new(recorder=recorder)
    session.start()
    session.answer(LONG)
    kinds = [(t.speaker, t.kind) for t in recorder.turns]
    assert kinds[3] == ("you", "answer")
    assert all(t.speaker == "coach" for t in recorder.turns[4:])
    assert [t.index for t in recorder.turns] == list(range(len(recorder.turns)))


def test_same_seed_same_words_and_replay_restores_the_state() -> None:
    replies = [LONG, "pause", "It matters to me because I lead the team", "the budget", "no",
               "I also feel proud"]
    one, two = new(seed=3), new(seed=3)
    for session in (one, two):
        session.start()
        for reply in replies:
            session.answer(reply)
    assert [t.text for t in one.transcript] == [t.text for t in two.transcript]
    replayed = Session.replay(framework(), replies, seed=3, analyse=fake_analyser({}),
                              today=lambda: TODAY)
    assert replayed.transcript == one.transcript
    assert replayed.pending == one.pending
    assert replayed.awaiting == one.awaiting


def test_different_seeds_vary_the_wording() -> None:
    texts = set()
    for seed in range(12):
        session = new(seed=seed)
        session.start()
        texts.add(session.answer("busy")[-1].text)
    assert len(texts) > 1


def test_reframe_once_per_stage_never_twice_in_a_row() -> None:
    problem = FakeAnalysis(focus="problem", reframe="What would you like instead?")
    table = {"It is all broken and nobody will fix it": problem,
             "Everything is still broken and it is their fault": problem}
    session = new(analyse=fake_analyser(table))
    session.start()
    session.answer("We moved the weekly meeting to Thursday afternoons this month.")  # never a reframe on the first answer
    turn = session.answer("It is all broken and nobody will fix it")[-1]
    assert turn.kind == "reframe" and turn.text == "What would you like instead?"
    turn = session.answer("Everything is still broken and it is their fault")[-1]
    assert turn.kind != "reframe"


def test_a_trap_is_met_with_its_reframe() -> None:
    trap = FakeAnalysis(trap="bottom", reframe="What is within your power to do today?")
    session = new(analyse=fake_analyser({"Nobody asks us, we just wait to be told": trap}))
    session.start()
    session.answer("We moved the weekly meeting to Thursday afternoons this month.")
    turn = session.answer("Nobody asks us, we just wait to be told")[-1]
    assert turn.kind == "reframe"
    assert turn.data == {"focus": "neutral", "trap": "bottom"}


def test_the_first_answer_of_a_session_is_never_reframed() -> None:
    problem = FakeAnalysis(focus="problem", reframe="What would you like instead?")
    session = new(analyse=fake_analyser({"It is all broken and nobody will fix it": problem}))
    session.start()
    assert session.answer("It is all broken and nobody will fix it")[-1].kind != "reframe"


def test_a_feeling_is_acknowledged_in_their_words_before_the_next_question() -> None:
    session = new()
    session.start()
    turns = session.answer("A patient I was fond of died on ward 9 while she waited. Sorry.")
    assert [t.kind for t in turns][0] == "acknowledge"
    assert turns[0].text == ("No need to apologise. A patient you were fond of died on ward 9"
                             " while she waited.")
    assert "?" not in turns[0].text and turns[-1].kind in ASKING_KINDS


def test_i_dont_know_gets_another_angle_and_nothing_else_moves_on() -> None:
    session = new()
    session.start()
    turn = session.answer("I don't know")[-1]
    assert turn.kind == "angle" and "what else" not in turn.text.casefold()
    turn = session.answer("Nothing else really.")[-1]
    assert (turn.kind, turn.text) == ("question", "What matters about it?")  # moved on
    assert session.stage_state is not None and session.stage_state.answers == []


def test_no_question_is_asked_twice_in_a_session() -> None:
    session = new()
    session.start()
    for reply in ["busy", "really busy", "so busy", "busy again", "yes", "calm", "ok", "fine",
                  "yes", "walk", "ok"]:
        if session.finished:
            break
        session.answer(reply)
    asked_texts = [t.text for t in session.transcript
                   if t.speaker == "coach" and t.kind in ("encourager", "angle", "clean")]
    assert len(asked_texts) == len(set(asked_texts))


def test_reframes_can_be_turned_off() -> None:
    problem = FakeAnalysis(focus="problem", reframe="What would you like instead?")
    session = new(analyse=fake_analyser({"It is all broken and nobody will fix it": problem}),
                  reframes=False)
    session.start()
    assert session.answer("It is all broken and nobody will fix it")[-1].kind != "reframe"


@pytest.mark.parametrize(("answer", "stage"), [
    ("It is obvious, everyone knows what to do", "clear"),
    ("Honestly it is a crisis", "chaotic"),
    ("Hard to say, it keeps shifting", "complex"),
])
def test_branches_follow_the_answer_once_the_person_agrees(answer: str, stage: str) -> None:
    session = new(BRANCHING)
    session.start()
    asked = session.answer(answer)[-1]
    assert asked.kind == "branch"  # never a silent turn: which way it points, and a choice
    assert asked.data["proposed"] == stage
    assert "clear, complex and chaotic" in asked.text
    session.answer("yes, that fits")
    assert session.pending.stage == stage


@pytest.mark.parametrize(("reply", "stage"), [
    ("chaotic, really", "chaotic"),
    ("not clear at all, more complex", "complex"),
    ("It's more of a crisis than that", "chaotic"),
    ("Clear I think", "clear"),
])
def test_the_person_chooses_the_way_on(reply: str, stage: str) -> None:
    session = new(BRANCHING)
    session.start()
    asked = session.answer("It is obvious, everyone knows what to do")[-1]
    assert "'obvious'" in asked.text and "'everyone knows'" in asked.text  # their words
    session.answer(reply)
    assert session.pending.stage == stage


def test_a_reply_that_names_no_way_takes_the_proposal_and_says_so() -> None:
    session = new(BRANCHING)
    session.start()
    session.answer("Hard to say, it keeps shifting")
    turns = session.answer("hmm, maybe")
    assert turns[0].kind == "note" and "complex" in turns[0].text
    assert session.pending.stage == "complex"


def test_a_feeling_in_the_reply_to_the_choice_is_heard_before_the_next_stage() -> None:
    session = new(BRANCHING)
    session.start()
    session.answer("Honestly it is a crisis")
    turns = session.answer("Chaotic. And I'm scared I'll be the one who gets it wrong.")
    assert turns[0].kind == "acknowledge" and "scared" in turns[0].text, turns
    assert session.pending.stage == "chaotic"


def test_stages_are_numbered_along_the_path_taken() -> None:
    session = new(BRANCHING)
    turns = session.start()
    assert "Stage 1 of 3" in turns[1].text  # sort, one of the ways on, the statement
    session.answer("Honestly it is a crisis")
    turns = session.answer("yes")
    assert "Stage 2 of 3" in turns[0].text and "Chaotic" in turns[0].text


def test_a_word_limit_is_checked_until_met() -> None:
    session = new(BRANCHING)
    session.start()
    session.answer("it is obvious")
    session.answer("yes")
    session.answer("follow the checklist we already have")
    assert session.pending.stage == "statement"
    turn = session.answer("We help every resident get the support they need quickly")[-1]
    assert turn.kind == "check"
    assert "10 words" in turn.text and "5" in turn.text
    turn = session.answer("Support for every resident")[-1]
    assert turn.kind == "commitment"


@pytest.mark.parametrize(("reply", "status"), [
    ("I haven't done it yet", "open"), ("nope, never finished it", "open"),
    ("I didn't manage it, let it go", "dropped"), ("completed on Tuesday", "done"),
])
def test_negated_progress_is_not_read_as_done(reply: str, status: str) -> None:
    session = new(open_commitments=[OpenCommitment(1, "call Sam")])
    session.start()
    session.answer("it was hard")
    session.answer(reply)
    last_reply = [t for t in session.transcript if t.speaker == "you"][-1]
    assert last_reply.data == {"commitment_id": 1, "status": status, "note": reply,
                               "due": None}


@pytest.mark.parametrize("reply", ["that is wrong", "it isn't", "that's not it at all"])
def test_a_negative_reply_to_a_playback_is_not_a_yes(reply: str) -> None:
    session = new()
    session.start()
    for answer in [LONG, "It matters to me because I lead the team", "the budget"]:
        session.answer(answer)
    assert session.answer(reply)[-1].kind in ("playback", "playback-missed")


def test_later_playback_points_go_on_in_lower_case_but_names_keep_capitals() -> None:
    from coach.engine.playback import playback_items

    items = playback_items(["I feel stuck in the planning work", "I'm tired of the rota",
                            "Mostly that the team is tired",
                            "Sam said the night shifts were fine really"])
    # Filler ("mostly that", "really") is left out of a play-back.
    assert items == ["You feel stuck in the planning work", "you're tired of the rota",
                     "the team is tired", "Sam said the night shifts were fine"]


@pytest.mark.parametrize("answer", [
    "A patient I was fond of died on the ward last night and I keep thinking about her son",
    "Honestly I'm scared of being wrong in front of the whole board, properly scared",
    "My dad died in the summer and I came back to work far too soon, I think",
])
def test_after_a_loss_or_fear_is_acknowledged_no_clean_question_or_reframe_comes(
        answer: str) -> None:
    from coach.engine.frameworks import load_frameworks

    session = Session(load_frameworks().frameworks["think-it-through"], seed=2)
    session.start()
    session.answer("I want to think about my team")
    turns = session.answer(answer)
    assert turns[0].kind == "acknowledge"
    assert turns[-1].kind not in ("clean", "reframe")


def test_every_line_a_session_says_is_of_one_typed_kind() -> None:
    from coach.engine.frameworks import load_frameworks
    from coach.engine.model import Kind

    for fid in ("cynefin", "think-it-through", "tops-middles-bottoms"):
        session = Session(load_frameworks().frameworks[fid], seed=1)
        session.start()
        for answer in ["I feel stuck in a rut", "It keeps changing, nobody knows", "yes",
                       "I'll call Sam on Friday", "fine"] * 8:
            if session.finished:
                break
            session.answer(answer)
        assert all(isinstance(t.kind, Kind) for t in session.transcript)


def test_a_feeling_at_the_check_out_is_heard_even_if_said_before() -> None:
    session = new()
    session.start()
    session.answer("I feel tearful about the team and the cuts, honestly")
    while session.pending.kind != "checkout":
        session.answer("yes" if session.pending.kind in ("playback", "commitment-check")
                       else "I'll ring Jo on Friday" if session.pending.kind == "commitment"
                       else "next")
    turns = session.answer("Still a bit tearful")
    assert turns[0].kind == "acknowledge" and "tearful" in turns[0].text
    assert turns[-1].kind == "close"


def test_no_reframe_follows_an_answer_with_a_feeling_even_one_heard_before() -> None:
    problem = FakeAnalysis(focus="problem", reframe="What would you like instead?")
    answers = {"I feel ashamed of the waiting list, honestly": problem,
               "Ashamed, sometimes, that we can't do more for them.": problem}
    session = new(analyse=fake_analyser(answers))
    session.start()
    session.answer("The waiting list is long and it is getting longer")
    for answer in answers:
        assert session.answer(answer)[-1].kind != "reframe"


def test_you_missed_what_was_said_back_asks_what_was_missed_not_the_same_again() -> None:
    session = new()
    session.start()
    for answer in [LONG, "It matters to me because I lead the team", "the budget"]:
        session.answer(answer)
    first = session.pending
    assert first.kind == "playback" and "lead the team" in first.text
    turn = session.answer("you missed the team")[-1]
    assert turn.kind == "playback-missed" and turn.text != first.text


def test_the_check_after_a_correction_says_back_only_what_changed() -> None:
    session = new()
    session.start()
    for answer in ["I feel lonely in this job and my team stopped inviting me to lunch",
                   "It matters to me because I lead the team", "the budget"]:
        session.answer(answer)
    first = session.pending
    turn = session.answer(
        "no, it's not lonely exactly. it's more that I can't show any wobble in front of anyone"
    )[-1]
    assert turn.text == "So you can't show any wobble in front of anyone. Is that right?"
    assert len(turn.data["items"]) == len(first.data["items"])  # the stage keeps every point
    assert turn.data["said"] == ["you can't show any wobble in front of anyone"]
    assert session.answer("yes")[-1].kind != "playback"  # checked once more, then on


def test_what_they_say_was_missed_is_said_back_even_when_a_point_holds_it() -> None:
    session = new()
    session.start()
    for answer in ["I feel lonely in this job and my team stopped inviting me to lunch",
                   "It matters to me because I lead the team", "the budget"]:
        session.answer(answer)
    assert session.answer("no")[-1].kind == "playback-missed"
    # the team is in a point already ("your team stopped inviting you to lunch")
    turns = session.answer("you missed what it does to the team")
    assert turns[0].text == ("What it does to the team. Thank you, I'll keep it as you've"
                             " put it."), [t.text for t in turns]


def test_a_point_said_as_missed_gets_one_check_of_that_point_alone() -> None:
    session = new()
    session.start()
    for answer in ["I feel lonely in this job and my team stopped inviting me to lunch",
                   "It matters to me because I lead the team", "the budget"]:
        session.answer(answer)
    session.answer("no")
    turn = session.answer("you missed the budget")[-1]
    assert turn.text == "So the budget. Is that right?"
    assert turn.data["items"][-1] == "the budget" and len(turn.data["items"]) == 3


def _stage_playback(answers: list[str]) -> tuple[list, object]:
    """The turns of the first stage of the test framework, answered with ``answers``
    (then "nothing else"), and its play-back."""
    session = new()
    turns = list(session.start())
    stock = list(answers)
    while session.pending is not None and session.pending.kind != "playback":
        turns += session.answer(stock.pop(0) if stock else "nothing else")
    return turns, session.pending


def test_a_loss_said_back_is_not_filed_again_as_a_play_back_point() -> None:
    turns, playback = _stage_playback([
        "We had a death on nights in the spring, one of the porters, and I still think about it",
        "The linen contract is due in June", "Sam and Priya run the stores"])
    heard = [t for t in turns if t.kind == "acknowledge"]
    assert heard and "death" in heard[0].text
    items = playback.data["items"]
    assert not any(w in item for item in items for w in ("death", "porters", "think about it"))
    assert any("linen contract" in item for item in items), items
    assert any("Sam and Priya" in item for item in items), items


def test_what_else_an_answer_with_a_loss_says_can_still_be_played_back() -> None:
    _, playback = _stage_playback([
        "The audit is late, a cleaner died on site in March, and Jo runs the stores now.",
        "It matters because nobody else will", "the budget"])
    items = playback.data["items"]
    assert not any("died" in item for item in items), items
    assert any("Jo runs the stores now" in item for item in items), items


def test_a_loss_that_is_all_a_stage_holds_is_said_back_whole_not_as_a_point() -> None:
    turns, playback = _stage_playback([
        "Our receptionist, Bev, died suddenly in the summer and nobody has sat at her desk since"])
    heard = [t for t in turns if t.kind == "acknowledge"][0]
    assert playback.data["items"] == [heard.text.rstrip(".")]
    assert playback.text.startswith("So what I've heard here, in your words, is this: Your "
                                    "receptionist, Bev, died suddenly")
    assert "; " not in playback.text


def test_a_loss_never_said_back_is_kept_in_the_play_back() -> None:
    # the first loss is said back; the second, in the same answer, is not, so the
    # play-back keeps it rather than drop it for lack of room
    turns, playback = _stage_playback([
        "Mum died in May. Then one of the drivers died at the depot in June.",
        "The rota is late every single week now and the overtime bill keeps going up",
        "Sam and Priya hold the keys and the codes for the whole depot"])
    heard = [t.text for t in turns if t.kind == "acknowledge"]
    assert heard == ["Mum died in May."]
    items = playback.data["items"]
    assert any("drivers died at the depot in June" in item for item in items), items
    assert not any("Mum" in item for item in items), items


def test_a_loss_too_long_to_say_back_is_kept_in_the_play_back() -> None:
    turns, playback = _stage_playback([
        "one of the older fitters who had worked beside my dad and me for thirty odd years on"
        " the night shift died suddenly",
        "The rota is late every single week now and the overtime bill keeps going up",
        "Sam and Priya hold the keys and the codes for the whole depot"])
    assert not [t for t in turns if t.kind == "acknowledge"]
    assert any("died" in item for item in playback.data["items"]), playback.data["items"]


def test_the_same_loss_said_again_in_other_words_is_not_filed_either() -> None:
    _, playback = _stage_playback([
        "A volunteer who had been with us for years, Stan, passed away last month. We lost Stan"
        " just before the open day.",
        "The linen contract is due in June", "Sam and Priya run the stores"])
    assert not any("Stan" in item for item in playback.data["items"]), playback.data["items"]


def test_a_loss_that_comes_back_in_a_later_stage_is_heard_again() -> None:
    session = new()
    session.start()
    loss = "We had a death on nights in the spring, one of the porters"
    for answer in [loss, "The linen contract is due in June", "Sam and Priya run the stores"]:
        session.answer(answer)
    assert session.pending.kind == "playback"
    session.answer("yes")
    turns = session.answer("As I said, we had a death on nights in the spring, one of the porters")
    assert turns[0].kind == "acknowledge" and "death" in turns[0].text


ROTA = ["I hold the rota and the cover list for the whole ward",
        "It matters because nobody else will", "the budget"]


@pytest.mark.parametrize(("correction", "recheck"), [
    ("no, it's Tash who holds the rota, not me",
     "So it's Tash who holds the rota, not you. Is that right?"),
    ("no - Tash. not me.", "So Tash, not you. Is that right?"),
    ("Not quite. The rota isn't the problem, it's the gap between us and the agency.",
     "So it's the gap between you and the agency. Is that right?"),
    ("You missed Sal.", "So there's Sal as well. Is that right?"),
])
def test_the_check_after_a_correction_never_says_a_lone_name(correction: str,
                                                             recheck: str) -> None:
    session = new()
    session.start()
    for answer in ROTA:
        session.answer(answer)
    assert session.pending.kind == "playback"
    turn = session.answer(correction)[-1]
    assert turn.text == recheck


@pytest.mark.parametrize("correction", [
    "not quite, it's more that I feel invisible", "no, more like invisible",
    "No, it's more invisible than ignored.", "it's not ignored exactly, it's more that I feel"
    " invisible"])
def test_the_check_after_a_feeling_corrected_says_it_as_a_phrase(correction: str) -> None:
    session = new()
    session.start()
    for answer in ["I feel ignored in the planning meetings most weeks",
                   "It matters because nobody else will", "the budget"]:
        session.answer(answer)
    turn = session.answer(correction)[-1]
    assert turn.kind == "playback" and turn.text in (
        "So you feel invisible. Is that right?",
        "So you feel invisible in the planning meetings most weeks. Is that right?"), turn.text


def test_a_name_said_as_missed_is_kept_as_they_said_it() -> None:
    session = new()
    session.start()
    for answer in ROTA:
        session.answer(answer)
    turn = session.answer("you missed Sal")[-1]
    assert turn.data["items"][-1] == "Sal" and turn.data["said"] == ["Sal"]
