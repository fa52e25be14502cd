"""Advice in the wordings listeners use without naming it as advice (docs/codebook.md,
"advice"), across sectors and registers; and questions that only explore, which stay
free of advice."""

from __future__ import annotations

import pytest

from coach.engine.analyser import analyse
from coach.engine.analyser_advice import spelled

ADVICE = {
    # A presuming tag puts the step forward and asks only for agreement.
    "a presuming tag": [
        "You're not going to let the agency walk all over you, are you?",
        "ur not gonna just sit there and take it are u?",
        "You'll push back on the new targets at the governors, won't you?",
        "You'll want to log that before the audit, won't you?",
        "You've told the parents about the trip, haven't you?",
        "youve tried the carers helpline though havent you?",
    ],
    # Someone else doing it, put forward as an option.
    "someone else's step as an option": [
        "Could Priya take the Monday clinic?",
        "Would the site lead run a session for the others?",
        "Could he do a couple of lates next month?",
        "And could one of the seniors shadow her on the first visit?",
    ],
    "a step imagined with its outcome asked": [
        "If you sat in on one of his calls, would that help?",
        "What if the depot manager rang them instead?",
        "Supposing you asked the trustees for a bridging grant?",
        "Would bringing the audit figures be a way in, do you think?",
    ],
    "a step taken for granted": [
        "Isn't it time you told him?",
        "Do you think maybe it's time to step back and let someone else run it?",
        "don't you think it's time to hand the rota over?",
        "Wouldn't you be better off dropping the Saturday contract?",
        "Should you be doing the payroll at all?",
        "Don't you think you owe the crew an answer?",
        "whats stopping you asking the head?",
        "What keeps you from handing the rota over?",
        "Surely the first step is asking her?",
        "Surely the matron would back you if you asked her?",
    ],
    "a step asked after": [
        "Have you thought of a buddy system for the new starters?",
        "Have you spoken to the commercial director about raising your limit?",
        "Have you asked the head about swapping the Thursday late?",
        "Haven't you considered a phased return?",
        "Ever thought about going part time?",
        "Tried talking to the landlord?",
        "Thought about mediation?",
        "Would you be open to trying a different rota?",
        "Any chance you could hand the newsletter over?",
        "How would you feel about asking her to cover the Friday?",
        "Is there any reason you can't just ask?",
        "Why wouldn't you ask the practice manager?",
        "Do you think you could ask the deputy head?",
        "Do you think it might be worth ringing the council?",
        "I wonder if you could ask for a secondment.",
        "Would it be possible to swap the late with Kez?",
        "Can I suggest something?",
        "What about Darren, he ran the inductions at the old site?",
        "Or just drop the Saturday shift?",
    ],
    "advice said straight": [
        "Maybe you could ask the deputy to chair it.",
        "You can always ask the union for a second opinion.",
        "u should tell her tbh",
        "u need to get that in writing",
        "I'd be tempted to wait until after the inspection.",
        "Don't take it personally, it happens to all of us.",
        "The trick is to get it in writing the same day.",
        "What you could do is send a note round the wards.",
        "Might be worth a chat with HR.",
        "Worth asking the chair before the meeting.",
        "Best to leave it till Monday.",
        "You're allowed to say no to the extra shift.",
        "It'd be worth checking the contract first.",
        "If it was me, I'd ring the school first thing.",
        "You'll want to get that signed off before Friday.",
        "Honestly I'd stop saying yes until the report's in.",
        "I'd take Sam with you, she knows the family.",
    ],
}
ADVICE_ROWS = [(group, text) for group, texts in ADVICE.items() for text in texts]

NOT_ADVICE = [
    # questions that explore
    "What have you tried so far?",
    "What would help?",
    "What might you try?",
    "What would you like to try first?",
    "Have you thought about what you want from her?",
    "Would you be willing to tell me more about that?",
    "Any chance you could tell me a bit more?",
    "If you could ask her anything, what would it be?",
    "What could you ask her?",
    "Could he have known?",
    "Would she be upset?",
    "How could they take it?",
    "Would anyone notice?",
    "Can she hear you?",
    "Would he talk to you about it?",
    "What would happen if you weren't there?",
    # asking after a fact the person holds, with no step of the asker's before it
    "Have you spoken to your manager about it?",
    "Have you asked him?",
    "have u talked to the family yet?",
    "Do you think it's time to move on to the next part?",
    # forecasts and tags that say back, not forward
    "You've been really busy, haven't you?",
    # statements that are not a step put forward
    "You could tell she was upset.",
    "You can always tell when he's had a bad night.",
    "I could ask her, I suppose.",
    "You might be right.",
    "Thought about it loads, never got anywhere.",
    "Tried everything, nothing works.",
    "It's worth fighting for.",
    "Worth thinking about what you want.",
    "Best thing that happened all year.",
    "Then I'd go and sit in the car for ten minutes.",
    "I'd go mad if that happened to me.",
    # the speaker's own step in the same breath
    "he might argue for us at the board. worth a go. ill send it friday",
]


@pytest.mark.parametrize(("group", "text"), ADVICE_ROWS, ids=[r[1][:45] for r in ADVICE_ROWS])
def test_advice_in_its_many_wordings(group: str, text: str) -> None:
    assert analyse(text).advice is True, (group, text)


@pytest.mark.parametrize("text", [t for _, t in ADVICE_ROWS if t.rstrip().endswith("?")])
def test_advice_asked_as_a_question_leads(text: str) -> None:
    got = analyse(text)
    assert got.act == "question" and got.leading, text


@pytest.mark.parametrize("text", NOT_ADVICE)
def test_what_only_explores_or_says_back_is_not_advice(text: str) -> None:
    assert analyse(text).advice is False, text


def test_text_speak_is_spelled_out_and_plain_text_is_untouched() -> None:
    assert spelled("have u tried, whats up, dont") == "have you tried, what's up, don't"
    plain = "a plain line with nothing to spell"
    assert spelled(plain) == plain


#: The speaker says what they can't do after the listener's own fix
#: ("Why don't you ring...?"): asking after another step is one more fix.
AFTER_A_FIX = (
    "We've been told the contract won't be renewed and nobody will say why.",
    "Why don't you ring the commissioner's office and ask?",
    "I'm not allowed to. It has to go through our regional manager.",
)
#: The same question, with only exploring before it.
AFTER_EXPLORING = (
    "We've been told the contract won't be renewed and nobody will say why.",
    "What's that been like for the team?",
    "Rough. It has to go through our regional manager, so we just wait.",
)


@pytest.mark.parametrize("text", [
    "Have you asked your regional manager yet?",
    "Have you spoken to your regional manager?",
])
def test_asking_after_a_step_is_advice_only_in_a_run_of_fixes(text: str) -> None:
    assert analyse(text, context=AFTER_A_FIX).advice is True
    assert analyse(text, context=AFTER_EXPLORING).advice is False
