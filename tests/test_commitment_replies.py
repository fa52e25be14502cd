"""Commitment answers: an action or not, and what a review answer says became of one."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from coach.engine.commitment_replies import ReviewReading, is_action, read_review
from coach.store.schema import COMMITMENT_STATUSES

NOW = datetime(2026, 12, 8, 14, 0)  # a Tuesday afternoon


@pytest.mark.parametrize(
    "text",
    [
        "message Jo tomorrow",
        "I'll book the room",
        "going to ask Sam for the figures by Friday",
        "tell the team on Monday",
        "I need to email Jo",
        "I should ask my manager for feedback",
        "my commitment is to email Jo",
        "I'm calling Jo tomorrow",
        "I'll be meeting the new starters on Thursday",
        "I'm going to the gym on Tuesday",
        "Maybe talk to Priya about the handover",
        "possibly ring HR",
        "let Jo know by Friday",
        "remember to send the slides",
        "I realise I need to email Jo",
        "stop checking email after 7pm",
        "start delegating the rota to Sam",
        "I won't cancel the 1:1s this month",
        "run every morning",
        "go for a walk at lunch",
        "block out Friday afternoon for planning",
        "write the first draft of the proposal",
        "put the budget review in the diary",
        "set up a 1:1 with Ravi",
        "sort out the rota",
        "Ask for help with the audit",
        "I feel better, and I'll message Jo tomorrow",
        "Tell Priya she runs planning from next week",
        "honestly reply to Jo's email today",
        "say no to the extra project",
    ],
)
def test_actions(text: str) -> None:
    assert is_action(text)


@pytest.mark.parametrize(
    "text",
    [
        "yeah", "yes", "ok", "Sure.", "fine", "will do", "I will", "I'll try", "Definitely",
        "Sounds good", "That's a good idea", "Thanks, that was really helpful",
        "I feel better about it", "I'm happy with that", "feeling calmer",
        "I need to trust them more", "be more patient", "I should delegate more",
        "listen more", "I want to be more confident", "I'm going to be braver",
        "Have more confidence", "work on my confidence", "get better at saying no",
        "I'll think about it", "I guess I just need to accept it", "Stop worrying about the board",
        "let it go", "I realise I need to trust them", "remember that they are capable",
        "not sure", "I don't know", "no idea", "nothing", "nothing really", "I'll do it",
        "sort it out", "Keep doing what I'm doing", "We'll see", "", "   ",
    ],
)
def test_not_actions(text: str) -> None:
    assert not is_action(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # done
        ("I did it", "done"),
        ("done", "done"),
        ("Done!", "done"),
        ("sent it this morning", "done"),
        ("Actually I did it, I sent the email this morning.", "done"),
        ("I spoke to Jo on Monday", "done"),
        ("Booked it", "done"),
        ("We had the conversation and it went well", "done"),
        ("It went well", "done"),
        ("I sent it but haven't heard back", "done"),
        ("I did it, a bit late", "done"),
        ("Finished it yesterday", "done"),
        ("we agreed the new rota", "done"),
        ("yes", "done"),
        ("Yes I had the chat with Priya", "done"),
        # open: carried on, or it slipped
        ("not yet", "open"),
        ("still on it", "open"),
        ("next week", "open"),
        ("haven't got to it", "open"),
        ("Old habits", "open"),
        ("I didn't push", "open"),
        ("I didn't do it", "open"),
        ("I haven't finished it", "open"),
        ("I never got round to it", "open"),
        ("Not yet, but I sent a draft", "open"),
        ("I forgot", "open"),
        ("No, I forgot", "open"),
        ("I tried but didn't manage", "open"),
        ("Honestly I bottled it", "open"),
        ("I had no time", "open"),
        ("ran out of time, will do it tomorrow", "open"),
        ("nearly there", "open"),
        ("I'm not dropping it, I'll do it Friday", "open"),
        ("half done, I'll finish it next week", "open"),
        ("no", "open"),
        # dropped
        ("dropping it", "dropped"),
        ("let it go", "dropped"),
        ("not relevant now", "dropped"),
        ("no longer needed", "dropped"),
        ("didn't need to in the end", "dropped"),
        ("Jo left so it doesn't matter now", "dropped"),
        ("I decided against it", "dropped"),
        ("Not yet, and honestly I think I'll let it go", "dropped"),
        ("Someone else picked it up", "dropped"),
        ("no, dropped it", "dropped"),
        ("No, I let it go in the end", "dropped"),
        ("not doing that any more", "dropped"),
        ("binned it tbh", "dropped"),
        ("I haven't dropped it, just behind", "open"),
        ("I didn't give up on it", "open"),
        # unclear: asked again
        ("kind of", None),
        ("half", None),
        ("sort of", None),
        ("partly", None),
        ("a bit", None),
        ("mostly", None),
        ("I sort of did", None),
        ("hmm", None),
    ],
)
def test_review_answers(text: str, status: str | None) -> None:
    reading = read_review(text, NOW)
    assert reading.status == status
    assert reading.note == text.strip()
    assert status is None or status in COMMITMENT_STATUSES


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("next week", date(2026, 12, 18)),
        ("not yet, I'll do it Friday", date(2026, 12, 11)),
        ("ran out of time, will do it tomorrow", date(2026, 12, 9)),
        ("still on it, by the 14th", date(2026, 12, 14)),
        ("not yet", None),
        ("Actually I did it, I sent the email this morning.", None),  # done: no new date
        ("I sent it on Friday", None),
    ],
)
def test_a_new_date_comes_only_with_carrying_on(text: str, due: date | None) -> None:
    assert read_review(text, NOW).due == due


def test_the_note_is_their_words_stripped() -> None:
    assert read_review("  Not yet: the board moved.  \n", NOW) == ReviewReading(
        status="open", due=None, note="Not yet: the board moved.")


@pytest.mark.parametrize(("text", "action"), [
    ("Try the new handover sheet on Monday", True),
    ("try a shorter huddle next week", True),
    ("try harder", False),
    ("try to be more patient with them", False),
])
def test_trying_something_concrete_is_an_action_and_trying_harder_is_not(
        text: str, action: bool) -> None:
    assert is_action(text) is action


@pytest.mark.parametrize(("text", "action"), [
    ("Stop fixing things myself.", True),
    ("stop reviewing every PR lol", True),
    ("start saying no to extra shifts", True),
    ("stop worrying so much", False),
    ("start trusting them", False),
])
def test_stopping_or_starting_a_doing_is_an_action(text: str, action: bool) -> None:
    assert is_action(text) is action


@pytest.mark.parametrize("text", ["I did some of it.", "i did half", "I sent some of them"])
def test_a_part_done_said_as_done_is_unclear(text: str) -> None:
    # "I did some of it" is not "done": it gets the one open question a part done gets.
    assert read_review(text, NOW).status is None


def test_a_part_done_with_carrying_on_stays_open() -> None:
    assert read_review("did some of it, will finish next week", NOW).status == "open"
