"""What users found the analyser getting wrong on workplace language, in their words and
in others: each group holds the reported sentence and wordings of the same thing."""

from __future__ import annotations

import pytest

from coach.engine.analyser import analyse

CASES: dict[str, list[tuple[str, dict]]] = {
    # A role trap is problem talk, never neutral or solution talk.
    "trap statements are problem talk": [
        ("We're waiting on head office before we can do anything.",
         {"focus": "problem", "trap": "bottom"}),
        ("We can't do anything until the regional office signs it off.", {"focus": "problem"}),
        ("I'm stuck between my director and the ward sisters and nobody's happy.",
         {"focus": "problem", "trap": "middle"}),
        ("I'm not allowed to order a single box of gloves without sign-off from finance.",
         {"focus": "problem", "trap": "middle"}),
        ("They decided it above our heads, we just got an email.",
         {"focus": "problem", "trap": "bottom"}),
        ("It was all decided over my head.", {"focus": "problem", "trap": "bottom"}),
    ],
    # A time it went better, a strength, a resource, something already fixed.
    "solution talk": [
        ("Last Tuesday went better because Priya took the bleep.", {"focus": "solution"}),
        ("There was a time last spring when the handovers worked really well.",
         {"focus": "solution"}),
        ("She's really good at calming families down, that's her strength.",
         {"focus": "solution"}),
        ("We've got the volunteers and the hall, that's a real resource.", {"focus": "solution"}),
        ("She's already fixed the referral form.", {"focus": "solution", "trap": None}),
        ("Tom has sorted the rota for next month.", {"focus": "solution"}),
        ("We finally fixed the booking system last week.", {"focus": "solution"}),
    ],
    "deficits are problem talk": [
        ("We don't have enough staff, enough money or enough time.", {"focus": "problem"}),
        ("We haven't got enough nurses on nights.", {"focus": "problem"}),
        ("There's never enough time to do the reviews properly.", {"focus": "problem"}),
        ("We're short-staffed every weekend.", {"focus": "problem"}),
    ],
    # "Want" in a question about the conversation itself is housekeeping.
    "housekeeping is neutral": [
        ("Is there anything else you want to add?", {"focus": "neutral", "question": "closed"}),
        ("Is there anything else you'd like to say before we finish?", {"focus": "neutral"}),
        ("Was there something you wanted to mention?", {"focus": "neutral"}),
    ],
    "solution-focused questions are solution focus": [
        ("What's already working, even a little?", {"focus": "solution", "question": "open"}),
        ("When does it go a bit better?", {"focus": "solution"}),
        ("What's been helping lately?", {"focus": "solution"}),
        ("What would be different if it were sorted?", {"focus": "solution"}),
        ("What's gone well this week?", {"focus": "solution"}),
        ("How would you know things had improved?", {"focus": "solution"}),
    ],
    "top": [
        ("I'm holding it all together, there's nobody else.", {"trap": "top", "focus": "problem"}),
        ("There's no one else who can do it, so I hold everything together.", {"trap": "top"}),
        ("I'd rather do the newsletter myself.", {"trap": "top"}),
        ("Honestly I'd sooner write the report myself than explain it.", {"trap": "top"}),
        ("The team leaders keep coming to me to sort it.", {"trap": "top"}),
        ("Everyone keeps coming to me to fix things.", {"trap": "top"}),
        ("The supervisors always come to me with every little problem.", {"trap": "top"}),
    ],
    "bottom": [
        ("Nothing I do makes any difference.", {"trap": "bottom", "focus": "problem"}),
        ("Whatever we say, it makes no difference.", {"trap": "bottom"}),
        ("It doesn't make any difference what I do.", {"trap": "bottom"}),
        ("It's hopeless, they never listen to us.", {"trap": "bottom", "act": "input"}),
    ],
    # Advice in a question and presuming questions lead.
    "leading": [
        ("Have you thought about going part-time?",
         {"leading": True, "advice": True, "act": "question", "question": "closed"}),
        ("Have you considered asking for a secondment?", {"leading": True, "advice": True}),
        ("What's stopping you from just telling her how you feel?", {"leading": True}),
        ("What stops you from simply saying no?", {"leading": True}),
        ("You're not really going to let him get away with that, are you?", {"leading": True}),
        ("You're not going to take that lying down, are you?", {"leading": True}),
        ("Are you sure that's the right call?", {"leading": True, "act": "question"}),
        ("Are you certain that's a good idea?", {"leading": True}),
        ("That's their job, isn't it?", {"leading": True}),
        ("What would you like to happen?", {"leading": False}),
        ("What's stopping you?", {"leading": False, "advice": False}),
        ("So it's the rota, is that right?", {"leading": False}),
    ],
    "several questions": [
        ("So what's the plan for the Friday huddle, who needs to be there, and by when?",
         {"multiple": True, "act": "question"}),
        ("Who needs to know, what do they need and by when?", {"multiple": True}),
        ("What will you say, and who to?", {"multiple": True}),
        ("When you say stuck, what is that like?", {"multiple": False}),
        ("Right, and what did she say?", {"multiple": False}),
    ],
    # A statement about one's own situation is input, never a reflection.
    "own voice is input": [
        ("I'm the only band 7 on nights.", {"act": "input"}),
        ("We've been short for months and I'm shattered.", {"act": "input"}),
        ("I feel like I'm drowning in emails.", {"act": "input"}),
        ("My manager never asks what I think.", {"act": "input"}),
    ],
    "advice in a question": [
        ("Could you ask for help?", {"advice": True, "leading": True, "act": "question"}),
        ("Can you ask Sam to cover Friday?", {"advice": True, "leading": True}),
        ("Would you ask her?", {"advice": True}),
        ("Could you delegate the audits?", {"advice": True}),
        ("Could you tell me more about that?", {"advice": False, "question": "open"}),
        ("Can you think of a time it went better?", {"advice": False}),
    ],
}
ROWS = [(group, text, want) for group, items in CASES.items() for text, want in items]


@pytest.mark.parametrize(("group", "text", "want"), ROWS, ids=[r[1][:45] for r in ROWS])
def test_workplace_language(group: str, text: str, want: dict) -> None:
    got = analyse(text).to_dict()
    assert {k: got[k] for k in want} == want, (group, text, got)


def test_a_reflection_that_says_a_trap_back_carries_it() -> None:
    a = analyse("So it all rests on you, every shift.")
    assert (a.trap, a.focus) == ("top", "problem")


# A coach reframes on what the words show, never on the model's guess: a strength, a
# resource, a wish or a "don't know" is not met with "What would you like instead?".
NO_REFRAME = [
    "My senior carer, Bola, she's wonderful, the residents adore her.",
    "I don't know, sorry.",
    "The residents. It's their home. That's all it is, their home.",
    "The CQC visit is due.",
    "Our outreach team has the trust of people nobody else can reach.",
    "I want my deputy to lead the curriculum work without me looking over her shoulder.",
    "The year 6 team has found its feet, and that's without me.",
    "For the team to ship without me.",
    "Honestly, my deputy takes first pass on the emails now.",
    "I was waiting for the bus until I could get a lift home.",
]
REFRAMED = [
    ("I have to hold it all together, there's nobody else.", "top"),
    ("The whole place falls apart without me.", "top"),
    ("They can't do anything without me.", "top"),
    ("I'm stuck between the wards and social care.", "middle"),
    ("Nothing I do makes any difference.", "bottom"),
    # held up by someone above before anything can happen
    ("Waiting on IT before we can roll the laptops out.", "bottom"),
    ("We're waiting on the trust board before we can move on any of it.", "bottom"),
    ("we cant do anything till finance says yes", "bottom"),
    ("We cannot change a thing without the council agreeing.", "bottom"),
]


@pytest.mark.parametrize("text", NO_REFRAME)
def test_no_reframe_without_words_that_show_a_problem(text: str) -> None:
    assert analyse(text).reframe is None, text


@pytest.mark.parametrize(("text", "trap"), REFRAMED)
def test_a_trap_said_in_words_is_reframed(text: str, trap: str) -> None:
    a = analyse(text)
    assert a.trap == trap and a.reframe, (text, a)


MORE_CASES: dict[str, list[tuple[str, dict]]] = {
    # What the listener would do in the other's place is advice, however it opens.
    "what I'd do is advice": [
        ("Honestly, I'd ring the agency first thing and book two for the weekend.",
         {"advice": True}),
        ("Then I'd start with the Year 9 parents.", {"advice": True}),
        ("Personally I'd push back on the deadline.", {"advice": True}),
        ("I'd love to hear more about that.", {"advice": False}),
        ("I'd say it went better than I expected.", {"advice": False}),
    ],
    # An instruction opening a sentence is advice; an invitation to talk is not.
    "instructions are advice": [
        ("Book it in. And copy me on the email.", {"advice": True}),
        ("So write it down, every time it happens.", {"advice": True}),
        ("Fine. Do it from January.", {"advice": True}),
        ("Tell me more about the handover.", {"advice": False}),
        ("Say a bit more about what you noticed.", {"advice": False}),
    ],
    # A counter-view put as a question suggests its own answer.
    "counter-views lead": [
        ("Is that always the case, though?", {"leading": True}),
        ("Is it actually their job, though?", {"leading": True}),
        ("Why are you still doing the payroll?", {"leading": True}),
        ("Do you think maybe it's time to hand it over?", {"leading": True}),
        ("What was that like, though?", {"leading": False}),
        ("What is it like on nights?", {"leading": False}),
    ],
    # Stepping out of a trap, or wanting to, is not the trap.
    "leaving a trap": [
        ("I could stop being the go-between and get them in one room.", {"trap": None}),
        ("Instead of doing it all myself I've asked Ravi to take the rota.", {"trap": None}),
        ("I'm the go-between for the two depots, all day.", {"trap": "middle"}),
    ],
    # Imagining one's own change suggests no answer; a proposal in a question does.
    "hypotheticals": [
        ("What would it be like if you weren't the one carrying every message?",
         {"leading": False, "advice": False}),
        ("How would it feel if the rota was someone else's?", {"leading": False}),
        ("What would happen if you just told them?", {"advice": True, "leading": True}),
        ("What if you told them straight?", {"advice": True, "leading": True}),
    ],
    # A step put forward is advice, however it is dressed; an invitation to talk is not.
    "steps put forward": [
        ("Have you thought about mediation?", {"advice": True, "leading": True}),
        ("Have you considered a phased return?", {"advice": True, "leading": True}),
        ("Maybe talk to Sue about it?", {"advice": True, "leading": True}),
        ("Perhaps ring the agency before Friday?", {"advice": True, "leading": True}),
        ("Try a one-to-one with each of them first.", {"advice": True}),
        ("One idea is to pair the new starters with the seniors.", {"advice": True}),
        ("It might help to put the rota up a month ahead.", {"advice": True}),
        ("Have you thought about what you want from her?", {"advice": False}),
        ("Maybe get Jamie to show them, they listen to him more than me.", {"advice": False}),
        ("Try thinking of a time it went well.", {"advice": False}),
        ("It might help to say a bit more about that.", {"advice": False}),
    ],
    # A question that takes for granted what should have been done presumes its answer.
    "presuming questions lead": [
        ("Is there a reason you haven't escalated it?", {"leading": True}),
        ("Is there any reason why you didn't tell her?", {"leading": True}),
        ("What's the worst that could happen if you just asked?",
         {"leading": True, "advice": True}),
        ("Is there a reason for the change in the rota?", {"leading": False}),
    ],
    # The roles' traps in words the tables did not hold before.
    "more traps": [
        ("Everything has to go through me or it doesn't happen.", {"trap": "top"}),
        ("Every decision comes through me in the end.", {"trap": "top"}),
        ("I keep passing the board's decisions down and the team's anger back up.",
         {"trap": "middle"}),
        ("The senior team want one thing and my staff want the opposite, and I'm in between.",
         {"trap": "middle"}),
    ],
    # Talk about the session itself is housekeeping: it says nothing of the situation.
    "session housekeeping": [
        ("OK, let's pause there for today.", {"act": "other", "focus": "neutral"}),
        ("We've got ten minutes left.", {"act": "other", "trap": None}),
        ("Right, let's wrap up. Thanks, Sam.", {"act": "other"}),
        ("Let's stop there. What will you take away?", {"act": "question"}),
    ],
    # An invitation to talk is open, whatever its yes/no shape (docs/codebook.md).
    "invitations are open": [
        ("Do you want to say more about that?", {"question": "open", "advice": False}),
        ("Would you like to talk it through?", {"question": "open"}),
        ("Are you happy to share what happened?", {"question": "open"}),
        ("Do you want to talk to her first?", {"question": "closed"}),
        ("Do you want to say no to him?", {"question": "closed"}),
    ],
    # An option of the asker's put forward as a question is advice, and leads; one that
    # asks about the person's own experience, or arranges the session, is not.
    "an option put forward": [
        ("How about a shared inbox for the referrals?", {"advice": True, "leading": True}),
        ("So how about after half term, with the Year 9s?", {"advice": True}),
        ("How about she covers the Monday huddle?", {"advice": True}),
        ("What about a quick call with the finance lead?", {"advice": True, "leading": True}),
        ("What if we moved the stand-up to ten?", {"advice": True, "leading": True}),
        ("Should we ask the union rep to sit in?", {"advice": True}),
        ("Is there a template you could send her?", {"advice": True, "leading": True}),
        ("What about a time it went better?", {"advice": False, "leading": False}),
        ("What about the other two sites?", {"advice": False}),
        ("What if we can't get the funding?", {"advice": False}),
        ("Should we stop there for today?", {"advice": False}),
        ("Should we meet again in a fortnight?", {"advice": False}),
        ("Is there a time you could say no and it went fine?", {"advice": False}),
        ("How about you, what would you like?", {"advice": False}),
        ("Could you get that signed off before the panel?", {"advice": True, "leading": True}),
        ("Can you get the report to me by Friday?", {"advice": False}),
    ],
    # A list of questions that opens on its topic asks several.
    "a list opening on its topic": [
        ("OK, the Friday huddle, who needs to be there, and by when?",
         {"act": "question", "multiple": True}),
        ("So let's set up the handover, who leads it, and by when?",
         {"act": "question", "multiple": True}),
        ("Right, the rota: who does it, when, and how?", {"act": "question", "multiple": True}),
        ("The meeting, who was there?", {"multiple": False}),
        ("When you say the huddle, who needs to be there?", {"multiple": False}),
    ],
    # A bare agreement talks of nothing.
    "bare agreement is neutral": [
        ("Yeah.", {"focus": "neutral", "trap": None}),
        ("Mm, exactly.", {"focus": "neutral", "trap": None}),
    ],
}
MORE_ROWS = [(group, text, want) for group, items in MORE_CASES.items() for text, want in items]


@pytest.mark.parametrize("text", ["Let's end the pilot in March.", "Let's leave it with the board.",
                                  "We've got ten minutes to get the van loaded."])
def test_plans_that_sound_like_housekeeping_are_not_housekeeping(text: str) -> None:
    assert analyse(text).act != "other", text


@pytest.mark.parametrize(("group", "text", "want"), MORE_ROWS, ids=[r[1][:45] for r in MORE_ROWS])
def test_more_workplace_language(group: str, text: str, want: dict) -> None:
    got = analyse(text).to_dict()
    assert {k: got[k] for k in want} == want, (group, text, got)


@pytest.mark.parametrize("text", [
    "Fairness. These families did nothing wrong.",
    "Honestly it's not a problem, I'll pick it up.",
    "That went not bad at all, actually.",
])
def test_trouble_words_turned_over_are_not_reframed(text: str) -> None:
    assert analyse(text).reframe is None, text


#: The asker's advice, the other's reply, then a question whether a step was taken.
FIX_RUNS = [
    (["You need to get the tenants to sign something.", "They won't, they're scared."],
     "And have you been photographing the damp each visit?"),
    (["I'd ring the depot manager today.", "He never picks up."],
     "OK. Did you email him as well?"),
    (["Why don't you take it to the governors?", "I could, maybe."],
     "Have you raised it with the chair yet?"),
]


@pytest.mark.parametrize(("before", "text"), FIX_RUNS)
def test_asking_whether_a_step_was_taken_after_ones_own_advice_is_advice(
    before: list[str], text: str
) -> None:
    got = analyse(text, context=before)
    assert (got.advice, got.leading, got.act) == (True, True, "question"), text
    # Without the advice before it, the same question gathers facts.
    plain = analyse(text, context=["How has the week been?", before[1]])
    assert plain.advice is False, text


def test_a_run_of_fixes_stays_a_run() -> None:
    before = ["You should log every incident.", "I do, mostly.",
              "Are you using the new form?", "Yes, since June."]
    got = analyse("Have you sent a copy to the area manager?", context=before)
    assert got.advice and got.leading
    # A question in between that asks rather than fixes ends the run.
    broken = before[:2] + ["What happens after you log one?", "Nothing, honestly."]
    assert not analyse("Have you sent a copy to the area manager?", context=broken).advice


@pytest.mark.parametrize("text", ["Yeah, fair. I could just go and ask her.",
                                  "We can just tell them no, I suppose.",
                                  "honestly i could just ring him"])
def test_ones_own_step_with_just_is_not_advice(text: str) -> None:
    assert analyse(text).advice is False, text


def test_you_could_just_still_advises() -> None:
    assert analyse("You could just ask her.").advice is True


@pytest.mark.parametrize("question", ["What's one step towards that this week?",
                                      "And a first step to get there?",
                                      "What's the smallest step you could take?"])
def test_an_instruction_answering_a_question_about_ones_step_is_ones_plan(question: str) -> None:
    got = analyse("Email the college about their placement scheme.",
                  context=["What would good look like?", "Two more staff.", question])
    assert got.advice is False, question
