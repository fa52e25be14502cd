"""The word rules' reading of problem and solution talk (docs/codebook.md, focus): what
they hear on their own, before any model weighs in."""

from __future__ import annotations

import pytest

from coach.engine.analyser import read


@pytest.mark.parametrize("text", [
    "I want it back under three by Christmas.",
    "What would you want the panel to hear first?",
    "We really want the families to have a say.",
    "I'd want it done before the audit.",
    "What does the head actually want from you?",
])
def test_a_want_of_ones_own_or_asked_after_is_solution_talk(text: str) -> None:
    assert read(text).focus == "solution"


@pytest.mark.parametrize("text", [
    "The ward want him out today and his daughter won't agree.",
    "Operations want the numbers down by April.",
    "The diocese want us to register separately.",
    "Everybody wants a slice of the budget.",
    "The partners want the phones answered by nine.",
    "I don't want to be that manager.",
])
def test_someone_elses_want_said_as_a_fact_is_not_solution_talk(text: str) -> None:
    assert read(text).focus != "solution"


@pytest.mark.parametrize("text", [
    "Have you thought about going part-time?",
    "That's awful. Don't you think you should go to your union rep?",
    "You need to tell the school that's not fair.",
    "Why not ask the bank staff to cover Fridays?",
])
def test_advice_puts_a_way_forward_and_is_solution_talk(text: str) -> None:
    r = read(text)
    assert (r.focus, r.category) == ("solution", None)


@pytest.mark.parametrize("text", [
    "And there's nothing we can do about it, it's decided.",
    "I don't know what else I can do, I'm not on the board.",
    "Honestly, I've tried everything and nowt shifts it.",
    "They announce things and nothing actually changes.",
    "It's not that simple, it's money and rooms and staff.",
    "Nobody asked us, we just got told it goes live on the first.",
    "The schools are skint, we can't charge them.",
    "There's no point raising it again.",
])
def test_being_stuck_is_problem_talk(text: str) -> None:
    assert read(text).focus == "problem"


@pytest.mark.parametrize("text", [
    "What would you like to focus on today?",
    "Do you want to ask him?",
    "How would you want to put it to her?",
])
def test_a_question_about_what_they_want_to_do_is_left_to_the_model(text: str) -> None:
    # no longer forced neutral as talk about the conversation itself
    assert read(text).category != "housekeeping"


@pytest.mark.parametrize("text", [
    "Is there anything else you want to add?",
    "Was there something you wanted to mention before we stop?",
    "Anything more you'd like to say?",
])
def test_a_last_call_for_more_is_talk_about_the_conversation(text: str) -> None:
    assert read(text).focus == "neutral"
    assert read(text).category == "housekeeping"


@pytest.mark.parametrize("text", [
    "I'm head of planning at a district council.",
    "It goes to the planning committee on Thursday.",
])
def test_planning_the_department_is_not_solution_talk(text: str) -> None:
    assert read(text).focus != "solution"


def test_planning_to_do_something_is() -> None:
    assert read("We're planning to pilot it on two wards.").focus == "solution"


@pytest.mark.parametrize(("text", "focus", "trap"), [
    ("i cant switch off, if i dont check emails on holiday something blows up", "problem", "top"),
    ("its quicker if i just do the rotas myself", "problem", "top"),
    ("we get told on the day, nobody asked us", "problem", "bottom"),
    ("Whatever I put forward gets knocked back by the trust board.", "problem", "bottom"),
])
def test_traps_are_heard_however_they_are_typed(text: str, focus: str, trap: str) -> None:
    from coach.engine.analyser import analyse

    assert read(text).trap == trap
    assert analyse(text).focus == focus  # a trap statement is problem talk


@pytest.mark.parametrize(("text", "focus"), [
    ("sickness is through the roof and morale's on the floor", "problem"),
    ("i dont know what else i can do", "problem"),
    ("i'd love us to have a proper debrief after nights", "solution"),
])
def test_problem_and_solution_talk_however_it_is_typed(text: str, focus: str) -> None:
    assert read(text).focus == focus


@pytest.mark.parametrize("text", [
    "Since the pharmacist joined the board round it's cut the discharge delays right down.",
    "Getting the second apprentice signed off has taken a lot of the pressure off.",
    "we've had fewer complaints since the new rota went in",
    "Swapping staff with the other store has saved us a fortune on agency.",
])
def test_a_trouble_made_smaller_is_solution_talk(text: str) -> None:
    assert read(text).focus == "solution"


@pytest.mark.parametrize("text", [
    "I want a team that feels safe telling me when I've got it wrong.",
    "What I'd really like is for them to bring me solutions as well as problems.",
    "Rather than me fixing every broken build, the juniors are pairing on them.",
])
def test_the_trouble_left_behind_in_a_want_is_not_problem_talk(text: str) -> None:
    assert read(text).focus == "solution"


@pytest.mark.parametrize("text", [
    "I want to know why it keeps going wrong on nights.",
    "I want to get it right, but honestly it's a nightmare at the moment.",
])
def test_trouble_after_a_want_is_still_heard(text: str) -> None:
    # a want to know why is the past; a "but" turns back to the trouble
    assert read(text).focus == "problem"


@pytest.mark.parametrize(("text", "focus"), [
    ("I'd like to add that it's a mess on nights at the moment.", "problem"),
    ("I wanted to say it's been a mess, but we've made real progress since.", "solution"),
])
def test_a_want_to_say_something_is_not_a_want_that_hides_the_trouble(
        text: str, focus: str) -> None:
    # "like to add", "wanted to say" are talk about the conversation, not what is wanted
    assert read(text).focus == focus


@pytest.mark.parametrize(("text", "trap"), [
    ("I'm waiting on procurement before I can give the team an answer.", "middle"),
    ("waiting for HR before i can tell the staff anything about their hours", "middle"),
    ("We're waiting on head office before we can do anything.", "bottom"),
])
def test_held_up_above_while_those_below_wait_is_the_middle(text: str, trap: str) -> None:
    # the speaker between the two sides is the middle; held up with no one waiting on
    # them is the bottom (docs/codebook.md, "Middle or bottom when waiting on others")
    assert read(text).trap == trap


def test_a_cue_quoted_back_is_as_they_typed_it() -> None:
    from coach.engine.analyser import analyse, explain

    text = "honestly i cant switch off"
    said = explain(analyse(text), text)
    assert '("cant switch off")' in said  # not "can't": their words, as typed
