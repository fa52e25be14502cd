"""The codebook's boundaries of act, shape and advice, over the shipped analyser."""

from __future__ import annotations

import pytest

from coach.engine.analyser import analyse


@pytest.mark.parametrize(("text", "context"), [
    ("So the rota's the sticking point and the team feel unheard. Have I got that right?", []),
    ("You want the deputies to decide without you, is that right?", []),
    ("The early huddle is what makes the day work, is that it?",
     ["When we do the early huddle the whole day goes better."]),
    ("So three things: the pay, the parking and the night shifts. Did I get that?", []),
])
def test_a_reflection_with_only_a_check_on_itself_stays_a_reflection(
        text: str, context: list[str]) -> None:
    a = analyse(text, context)
    assert (a.act, a.question) == ("reflection", "closed")


@pytest.mark.parametrize(("text", "context"), [
    ("Held together with string?", ["The whole system's held together with string."]),
    ("Ninety calls?", ["I took ninety calls on Saturday and nobody thanked me."]),
    ("You must be worn out?", ["I did three nights back to back and then a day shift."]),
])
def test_a_rising_tone_echo_is_a_reflection_that_asks_nothing(text: str,
                                                              context: list[str]) -> None:
    a = analyse(text, context)
    assert (a.act, a.question) == ("reflection", None)


def test_a_short_question_on_new_words_is_still_a_question() -> None:
    a = analyse("Which site?", ["They moved me again last month."])
    assert a.act == "question"


@pytest.mark.parametrize("text", [
    "I'm curious what changed between the first inspection and the second.",
    "I'm wondering what you'd like instead of the Monday scramble.",
    "Talk me through an ordinary Thursday on the unit.",
])
def test_a_statement_that_asks_is_an_open_question(text: str) -> None:
    a = analyse(text)
    assert (a.act, a.question) == ("question", "open")


@pytest.mark.parametrize("text", [
    "What's the point of a plan nobody reads?",
    "Who'd want to run a school these days?",
    "How is anyone supposed to staff a ward with two nurses?",
])
def test_a_rhetorical_question_is_input_that_asks_nothing(text: str) -> None:
    a = analyse(text)
    assert (a.act, a.question) == ("input", None)


def test_what_is_the_point_can_still_be_asked() -> None:
    assert analyse("What's the point of the Friday huddle, for you?").act == "question"


@pytest.mark.parametrize(("text", "context"), [
    ("Nights.", ["Are you on days or nights next month?"]),
    ("Swindon", ["Which depot are you based at?"]),
])
def test_a_short_answer_that_carries_information_is_input(text: str,
                                                           context: list[str]) -> None:
    assert analyse(text, context).act == "input"


@pytest.mark.parametrize(("text", "context"), [
    ("They do.", ["Do they?"]),
    ("Mm-hmm.", ["And does it help?"]),
    ("yep that's it", ["So it went better because Sam ran the meeting, is that right?"]),
])
def test_agreement_carries_nothing_new(text: str, context: list[str]) -> None:
    assert analyse(text, context).act == "other"


@pytest.mark.parametrize("text", [
    "Let's park that and come back to it.",
    "Right, let's make a start.",
    "Let's pause there for a moment.",
    "Sorry, I'm a few minutes late, the train was cancelled.",
    "Hi! Sorry, the traffic was awful.",
])
def test_session_talk_and_apologies_for_it_are_other(text: str) -> None:
    a = analyse(text)
    assert (a.act, a.focus, a.trap) == ("other", "neutral", None)


@pytest.mark.parametrize("text", [
    "Let's park the van round the back before the delivery comes.",
    "We need to make a start on the budget before March.",
])
def test_plans_that_sound_like_session_talk_are_not(text: str) -> None:
    assert analyse(text).act != "other"


@pytest.mark.parametrize("text", [
    "The canteen's been chaos ever since the new contractor took over in June.",
    "Half the Year 10 group still haven't started their portfolios.",
])
def test_a_whole_statement_with_nothing_before_it_is_input(text: str) -> None:
    assert analyse(text).act == "input"


def test_the_same_words_after_the_other_person_said_them_can_be_a_reflection() -> None:
    said = "Half the Year 10 group still haven't started their portfolios, and it's May."
    assert analyse("So half the Year 10 group still haven't started.", [said]).act == \
        "reflection"


@pytest.mark.parametrize("text", [
    "Make sure it goes in the incident log tonight.",
    "Don't send it tonight. Sleep on it.",
    "Honestly, just take the afternoon off.",
    "I'd go straight to the head of service.",
    "What worked for me was blocking out Friday mornings.",
    "have u tried muting the chat after 7",
])
def test_advice_given_as_an_instruction_or_a_way_that_worked_is_advice(text: str) -> None:
    assert analyse(text).advice


def test_an_instruction_that_answers_a_question_about_a_plan_is_not_advice() -> None:
    a = analyse("Ring the area manager first thing, then the union rep.",
                ["What's your plan for tomorrow?"])
    assert not a.advice


@pytest.mark.parametrize("text", ["r u back on lates next week", "do u want me there"])
def test_a_question_typed_without_a_question_mark_is_a_closed_question(text: str) -> None:
    a = analyse(text)
    assert (a.act, a.question) == ("question", "closed")


@pytest.mark.parametrize("text", [
    "What time does the late shift finish?",
    "Who signs off the agency spend?",
    "Who's your line manager since the restructure?",
    "Which depot are you working from now?",
    "On a scale of one to ten, how ready do you feel for the panel?",
    "Is it the parking, the pay or the rota?",
    "Was that the Tuesday meeting, or the one on Friday?",
])
def test_a_question_after_one_fact_or_a_number_is_closed(text: str) -> None:
    assert analyse(text).question == "closed"


@pytest.mark.parametrize("text", [
    "Who else could you talk to about it?",
    "When does it already go a little better?",
    "What would you like to have happen?",
    "How did the staff take the news? And the parents?",
])
def test_a_question_that_asks_them_to_think_stays_open(text: str) -> None:
    assert analyse(text).question == "open"


@pytest.mark.parametrize(("text", "context"), [
    ("It took real courage to tell the board that.", ["I told the board the numbers were wrong."]),
    ("You handled that family with real patience.", ["I stayed with the son till he calmed down."]),
    ("I'll put you in touch with Priya, she runs the carers' forum.", []),
])
def test_an_affirmation_or_an_offer_is_the_listeners_own_word(text: str,
                                                              context: list[str]) -> None:
    assert analyse(text, context).act == "input"


def test_a_request_to_say_it_again_is_other() -> None:
    a = analyse("Pardon?", ["the rota's gone again"])
    assert (a.act, a.question) == ("other", None)


def test_a_summary_ending_in_a_bare_yeah_is_a_reflection() -> None:
    said = "And the governors to hear what's going well, not only the problems."
    a = analyse("Let me check I've got it. You want the deputies to lead, you want your "
                "evenings back, and the governors to hear the good news too. Yeah?", [said])
    assert (a.act, a.question) == ("reflection", "closed")


@pytest.mark.parametrize("text", [
    "The Saturday we ran it with only the volunteers, nobody complained once.",
    "I've had three weekends in a row without checking my inbox.",
    "I'm organised, stupidly organised, it's what people say about me.",
    "What's made the difference on the weeks you left on time?",
])
def test_solution_talk_that_holds_problem_words_is_solution_talk(text: str) -> None:
    assert analyse(text).focus == "solution"


@pytest.mark.parametrize("text", [
    "What gets in the way when you try to leave on time?",
    "What does it cost you, always being the last one out?",
])
def test_a_question_about_the_problem_is_problem_talk(text: str) -> None:
    assert analyse(text).focus == "problem"


@pytest.mark.parametrize("text", [
    "Nothing is working with the new rota.",
    "nothing's working and nobody cares",
    "Honestly nothing has worked, we've tried the lot.",
    "It never worked, the old system.",
    "The buddy scheme hasn't really worked for the night staff.",
])
def test_what_works_turned_over_is_problem_talk(text: str) -> None:
    assert analyse(text).focus == "problem"


@pytest.mark.parametrize("text", [
    "What worked the last time the rota changed?",
    "What has ever worked for you with her?",
    "The buddy scheme is working for the night staff.",
])
def test_what_works_is_still_solution_talk(text: str) -> None:
    assert analyse(text).focus == "solution"


def test_a_question_for_a_fact_with_nothing_before_it_is_neutral() -> None:
    assert analyse("Who signs off the overtime budget?").focus == "neutral"


@pytest.mark.parametrize(("text", "trap"), [
    ("Being the manager means it all stops with me, the rota, the money, the lot.", "top"),
    ("If I got hit by a bus tomorrow nobody would know the supplier passwords.", "top"),
    ("I'm pulled three ways: the board, the volunteers and the funders.", "middle"),
    ("Keeping the owner and the regional lead happy at the same time is my whole job.",
     "middle"),
    ("We weren't even consulted before they changed the shift pattern.", "bottom"),
    ("I'm only a trainee, nobody's going to listen to me about the rota.", "bottom"),
])
def test_more_role_trap_wordings_are_heard(text: str, trap: str) -> None:
    a = analyse(text)
    assert (a.trap, a.focus) == (trap, "problem")


def test_a_way_through_is_not_a_trap() -> None:
    a = analyse("I've stopped waiting. I've just started running the huddle on Fridays.")
    assert a.trap is None


def test_a_trap_these_wordings_name_is_met_with_its_reframe() -> None:
    a = analyse("We weren't even consulted before they changed the shift pattern.")
    assert a.reframe is not None


@pytest.mark.parametrize(("text", "context"), [
    ("Can you send me the draft by Friday?", []),
    ("Could you email it to me first, so I can read it before the panel?", []),
    ("Will you ask her?", ["I suppose I could ask Jo to cover the Monday clinic."]),
])
def test_a_request_or_a_check_on_their_own_step_is_not_advice(text: str,
                                                               context: list[str]) -> None:
    a = analyse(text, context)
    assert (a.act, a.advice, a.leading) == ("question", False, False)


@pytest.mark.parametrize("text", ["That must be so draining for you, isn't it?",
                                  "You must be exhausted, surely?"])
def test_an_inference_with_a_tag_leads(text: str) -> None:
    a = analyse(text)
    assert (a.act, a.leading) == ("question", True)


@pytest.mark.parametrize("text", [
    "How am I supposed to cover a whole depot with three drivers?",
    "Who'd be a school business manager these days?",
    "Who listens to the night porters anyway?",
])
def test_more_rhetorical_questions_are_input(text: str) -> None:
    a = analyse(text)
    assert (a.act, a.question) == ("input", None)


@pytest.mark.parametrize(("text", "context"), [
    ("Sorry, my video froze for a second there.", []),
    ("Let's leave the budget there for today and come back to it next time.", []),
    ("Morning Sam, good to see you again.", []),
    ("Sorry, could you say that again?", []),
    ("Hiya.", ["Hi Mo, can you hear me all right?"]),
])
def test_more_session_talk_is_other(text: str, context: list[str]) -> None:
    assert analyse(text, context).act == "other"


@pytest.mark.parametrize(("text", "shape"), [
    ("whats the worst bit of the week for u", "open"),
    ("What did the letter actually say?", "closed"),
    ("When are you going to tell the client?", "closed"),
    ("If zero is January and ten is sorted, what number is the backlog at now?", "closed"),
    ("Why don't you walk me through the night it happened?", "open"),
])
def test_more_question_shapes(text: str, shape: str) -> None:
    a = analyse(text)
    assert (a.act, a.question) == ("question", shape)


@pytest.mark.parametrize(("text", "context"), [
    ("Torn between the two sites, have I got that?",
     ["Half my week's in Leeds, half in Hull, and neither lot thinks I'm theirs."]),
    ("You rang the family, told them the truth, and they thanked you, and that surprised you?",
     ["So I rang the family and told them the truth, and they actually thanked me."]),
])
def test_more_saying_back_is_reflection(text: str, context: list[str]) -> None:
    assert analyse(text, context).act == "reflection"


def test_a_check_on_a_proud_inference_is_a_closed_reflection() -> None:
    a = analyse("Sounds like you're really proud of the apprentices, yeah?",
                ["The apprentices ran the whole site on Friday without me."])
    assert (a.act, a.question) == ("reflection", "closed")


@pytest.mark.parametrize(("text", "context"), [
    ("That's fantastic news about the inspection.", []),
    ("That is great news about the funding.", []),
    ("Wow, what a brilliant result.", ["We passed the inspection, outstanding in two areas."]),
    ("There's the carers' helpline, they'd talk you through the forms.", []),
    ("Yeah, and the parents would love it too.",
     ["Smaller groups, more time outside and your Fridays back."]),
])
def test_more_of_the_listeners_own_word_and_agreement_plus_news_is_input(
        text: str, context: list[str]) -> None:
    assert analyse(text, context).act == "input"


@pytest.mark.parametrize("text", [
    "You must be dead on your feet, aren't you?",
    "God, you must be fed up with the lot of them, surely?",
    "You must still feel a bit shut out though?",
    "you must know that team better than anyone",
])
def test_an_inference_about_how_they_are_is_not_advice(text: str) -> None:
    assert not analyse(text).advice


@pytest.mark.parametrize("text", ["You must chase the contractor today.",
                                  "You must put it in writing before you go."])
def test_you_must_and_a_step_is_still_advice(text: str) -> None:
    assert analyse(text).advice


@pytest.mark.parametrize(("text", "context"), [
    ("Would you speak to him?", ["Marcus on the night desk has done two of these before."]),
    ("Will you ring them this week?", ["The tenancy team at the council are usually helpful."]),
    ("Would you bring that to the committee?",
     ["The finance committee meets on the fourth, and the chair is sympathetic."]),
])
def test_asking_whether_they_will_go_to_someone_they_named_is_not_advice(
        text: str, context: list[str]) -> None:
    a = analyse(text, context)
    assert (a.act, a.advice) == ("question", False)


@pytest.mark.parametrize(("text", "context"), [
    ("Could you tell them?", ["The housing charity down the road runs a helpline."]),
    ("Would you bring that to the committee?", ["What would you do in my shoes?"]),
])
def test_putting_a_step_forward_or_naming_it_first_is_still_advice(
        text: str, context: list[str]) -> None:
    assert analyse(text, context).advice


@pytest.mark.parametrize(("text", "context"), [
    ("Chase the estates team, then book the room for the twelfth.",
     ["What will you do first?"]),
    ("Give the rota to Amira and keep Fridays clear.",
     ["What would you like to have happen with the rota?"]),
    ("Ask the bursar for the figures. Then I'll draft it.", ["So what's your first move?"]),
])
def test_an_instruction_answering_what_they_will_do_is_their_plan(
        text: str, context: list[str]) -> None:
    assert not analyse(text, context).advice


@pytest.mark.parametrize("text", ["ok send it over whenever",
                                  "Forward the draft on Monday if you like.",
                                  "Just email them when you're ready, no pressure."])
def test_saying_what_may_come_to_the_listener_and_when_is_not_advice(text: str) -> None:
    assert not analyse(text, ["I'll write it up this weekend and get it to you."]).advice


def test_an_instruction_with_a_time_is_still_advice() -> None:
    assert analyse("Email the head tonight.", ["I'll write it up this weekend."]).advice


@pytest.mark.parametrize("text", [
    "whats the toughest bit of the week for u",
    "Which part is the most frustrating, the calls or the paperwork?",
    "How come the complaints all end up in your inbox?",
    "Why do you reckon the volunteers keep dropping out?",
])
def test_a_question_after_the_worst_of_it_or_its_causes_is_problem_talk(text: str) -> None:
    assert analyse(text).focus == "problem"


@pytest.mark.parametrize("text", [
    "Why do you think the March open day worked so well?",
    "How come Thursdays go better?",
])
def test_asking_why_something_went_well_is_not_problem_talk(text: str) -> None:
    assert analyse(text).focus != "problem"


@pytest.mark.parametrize(("text", "focus"), [
    ("From nought to ten, where ten is the depot running without you, where are you now?",
     "solution"),
    ("Out of ten, how worried are you about the inspection?", "problem"),
])
def test_a_scale_asks_about_what_they_want_unless_it_scales_the_trouble(
        text: str, focus: str) -> None:
    assert analyse(text).focus == focus


@pytest.mark.parametrize("text", ["Hi Marta, um, thanks for finding the time.",
                                  "Morning both. Lovely to see you again!",
                                  "ok thank you so much"])
def test_a_greeting_or_thanks_alone_is_other(text: str) -> None:
    a = analyse(text, ["Hello!"])
    assert (a.act, a.focus) == ("other", "neutral")


@pytest.mark.parametrize("text", ["Hi Marta, thanks for coming. What would you like from today?",
                                  "Thanks. So the new rota starts on Monday and nobody's read it."])
def test_a_greeting_with_more_after_it_is_not_only_a_greeting(text: str) -> None:
    assert analyse(text, ["Hello!"]).act != "other"


@pytest.mark.parametrize("text", [
    "When I ran the front desk we put the walk-ins on a ticket system. Made all the difference.",
    "Funny, when we had a depot like yours we gave the drivers the rota, and never looked back.",
    "It's probably worth ringing occupational health before the review.",
    "You know what I'd do? Book a week off and tell nobody.",
])
def test_what_worked_for_the_listener_or_a_step_worth_taking_is_advice(text: str) -> None:
    assert analyse(text, ["The handovers keep going wrong."]).advice


@pytest.mark.parametrize("text", [
    "When I was on nights the whole thing fell apart.",
    "It's worth fighting for, the youth club.",
    "When I ran the unit I did every rota myself, which was daft.",
])
def test_a_story_of_their_own_or_what_they_value_is_not_advice(text: str) -> None:
    assert not analyse(text, ["What keeps you going?"]).advice


@pytest.mark.parametrize("text", ["hows the new shift pattern been",
                                  "what made the two agency nurses leave",
                                  "so what was diff about the good weeks"])
def test_a_typed_question_asks_without_a_you_or_a_question_mark(text: str) -> None:
    a = analyse(text, ["ok"])
    assert (a.act, a.question) == ("question", "open")


@pytest.mark.parametrize("text", ["what happened was the council just pulled the grant",
                                  "What was strange was how quiet the ward went.",
                                  "what we need is one person on the phones"])
def test_a_statement_that_opens_like_a_question_asks_nothing(text: str) -> None:
    a = analyse(text, ["How did the meeting go?"])
    assert (a.act, a.question) == ("input", None)


def test_where_do_i_start_asks_nobody() -> None:
    assert analyse("where do i start with this lot", ["What's on your mind?"]).act != "question"


@pytest.mark.parametrize("text", ["What about Dimitri? He ran the summer scheme last year.",
                                  "How about the bursar? She knows the budget inside out."])
def test_someone_put_forward_as_the_way_is_advice_that_leads(text: str) -> None:
    a = analyse(text, ["I can't think who could take it on."])
    assert (a.act, a.advice, a.leading) == ("question", True, True)


def test_what_about_a_topic_is_not_advice() -> None:
    a = analyse("What about the evening shifts?", ["The days are fine now."])
    assert (a.advice, a.leading) == (False, False)


@pytest.mark.parametrize("text", ["have u tried asking the bank team",
                                  "It's worth ringing the union, isn't it?"])
def test_advice_the_boundary_rules_hear_in_a_question_leads(text: str) -> None:
    a = analyse(text, ["The rota is a mess again."])
    assert (a.act, a.advice, a.leading) == ("question", True, True)


@pytest.mark.parametrize("text", [
    "Readmissions have pretty much dried up since the pharmacist started ringing people.",
    "Agency spend is down to a third of what it was.",
    "Not a single complaint since the new rota went up.",
    "We haven't missed a single deadline this term.",
    "Zero exclusions since Easter.",
])
def test_progress_told_as_trouble_gone_is_solution_talk(text: str) -> None:
    assert analyse(text).focus == "solution"


@pytest.mark.parametrize("text", ["Absence is down again, so we're short on every shift... no, up.",
                                  "Our income is down on last year and I lie awake over it.",
                                  "Staff have left and nobody is replacing them."])
def test_trouble_that_only_sounds_like_progress_is_not_solution_talk(text: str) -> None:
    assert analyse(text).focus != "solution"


def test_a_whole_statement_with_nothing_before_it_keeps_its_focus() -> None:
    a = analyse("Sickness on the unit is down to four percent since the shorter shifts.")
    assert (a.act, a.focus) == ("input", "solution")


@pytest.mark.parametrize(("text", "context"), [
    ("I'm the deputy manager at a forty-bed nursing home in Wigan.", ["Tell me about your role."]),
    ("We're a housing charity, six staff and about sixty volunteers.", ["What's the set-up?"]),
    ("Station officer at Eastgate, two watches, twenty-four firefighters.", []),
])
def test_who_they_are_and_where_said_flatly_is_neutral(text: str, context: list[str]) -> None:
    assert analyse(text, context).focus == "neutral"


@pytest.mark.parametrize("text", [
    "I'm the deputy manager, but I end up doing the manager's job as well.",
    "I'm the practice manager and every complaint still comes through me.",
    "We're a small charity and we can't keep our volunteers.",
])
def test_a_setting_with_trouble_in_it_is_not_neutral(text: str) -> None:
    assert analyse(text, ["Tell me about your role."]).focus != "neutral"


@pytest.mark.parametrize("text", [
    "You're on the stroke unit these days, aren't you?",
    "Could you tell me a bit about how the duty rota gets made?",
    "Why don't you talk me through the Tuesday it went wrong?",
    "On a scale of nought to ten, where ten is the rota running itself, where is it now?",
])
def test_a_question_that_suggests_no_answer_does_not_lead(text: str) -> None:
    a = analyse(text)
    assert a.act == "question" and not a.leading and not a.advice


@pytest.mark.parametrize("text", ["You're still doing every late yourself, aren't you?",
                                  "Why don't you just tell him no?",
                                  "You're going to tell him, aren't you?",
                                  "You're gonna have to say no to them, aren't you?",
                                  "You need to put it in writing, don't you?"])
def test_a_tag_that_pushes_or_a_step_put_forward_still_leads(text: str) -> None:
    assert analyse(text).leading


@pytest.mark.parametrize("text", [
    "Oh, we had that when I was at Hallam. What we did was rotate the late shift, sorted it"
    " right out.",
    "Honestly, you've just got to tell the board what's achievable.",
    "Good. And get the practice manager to sign off the overtime while you're there.",
])
def test_the_listeners_own_way_or_a_step_told_to_them_is_advice(text: str) -> None:
    assert analyse(text, ["The late shift never gets covered."]).advice


@pytest.mark.parametrize(("text", "context"), [
    ("You just have to be patient with yourself sometimes.", ["It's all taking so long."]),
    ("What I did was ring the GM, and she sorted it out.", ["What did you do then?"]),
    ("I'd put her wishes first and ask for a capacity assessment.",
     ["What would speaking up for her look like at the review?"]),
])
def test_a_hope_for_them_or_their_own_story_or_plan_is_not_advice(text: str,
                                                                  context: list[str]) -> None:
    assert not analyse(text, context).advice


@pytest.mark.parametrize("text", [
    "The SRO wants a green narrative and bits of it are wobbly.",
    "They want impact data and outcomes frameworks, and the groups have a biscuit tin.",
    "I don't want to be that manager.",
    "my manager just wants the commission retained",
])
def test_someone_elses_want_or_a_want_turned_down_is_not_solution_talk(text: str) -> None:
    from coach.engine.analyser_cues import focus_of

    assert focus_of(text.lower())[0] != "solution"


@pytest.mark.parametrize("text", [
    "I want the board and the staff to talk to each other directly.",
    "What do you want instead?",
    "We wanted a proper handover, and we got one.",
])
def test_a_want_of_their_own_is_solution_talk(text: str) -> None:
    from coach.engine.analyser_cues import focus_of

    assert focus_of(text.lower())[0] == "solution"
