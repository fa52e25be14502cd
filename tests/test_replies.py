"""Reading a reply to a play-back check: yes in all its forms, a no, a correction, more."""

from __future__ import annotations

import pytest

from coach.engine.replies import read_playback_reply


@pytest.mark.parametrize(("reply", "verdict", "rest"), [
    ("ya", "yes", ""), ("yep", "yes", ""), ("spot on", "yes", ""), ("pretty much", "yes", ""),
    ("mostly", "yes", ""), ("fine", "yes", ""), ("Yes thanks", "yes", ""),
    ("That's right.", "yes", ""), ("more or less", "yes", ""), ("bang on", "yes", ""),
    ("yeah mostly. It's more that I'm nervous", "yes-more", "It's more that I'm nervous"),
    ("Yes, and the governors too", "yes-more", "and the governors too"),
    ("no", "no", ""), ("nope", "no", ""), ("not really", "no", ""), ("that is wrong", "no", ""),
    ("it isn't", "no", ""), ("kind of", "no", ""),
    ("yes, but the budget matters more", "correction", "yes, but the budget matters more"),
    ("no, it's more that I can't show any wobble", "correction",
     "no, it's more that I can't show any wobble"),
    ("you missed the governors", "correction", "you missed the governors"),
    ("It's not lonely exactly, it's more that I can't show a wobble", "correction",
     "It's not lonely exactly, it's more that I can't show a wobble"),
    ("The budget is the real issue", "more", "The budget is the real issue"),
    ("", "more", ""),
])
def test_a_reply_to_a_playback_is_read(reply: str, verdict: str, rest: str) -> None:
    assert read_playback_reply(reply) == (verdict, rest)


@pytest.mark.parametrize("reply", ["yep, sorry, yes", "yes sorry", "ya ok", "yeah, spot on tbh"])
def test_a_yes_wrapped_in_apologies_or_more_yeses_is_a_yes(reply: str) -> None:
    assert read_playback_reply(reply) == ("yes", "")


@pytest.mark.parametrize(("reply", "verdict"), [
    ("no one decides. I get blamed.", "more"),
    ("no budget for agency staff, that's the thing", "more"),
    ("No time to think, ever", "more"),
    ("no its the court", "correction"),
    ("no the rota", "correction"),
    ("no, the rota", "correction"),
    ("no", "no"),
])
def test_a_no_that_belongs_to_what_follows_is_no_no(reply: str, verdict: str) -> None:
    assert read_playback_reply(reply)[0] == verdict


@pytest.mark.parametrize("reply", [
    "not the board, it's the chief exec", "its not the rota its the swaps",
    "head office, not the managers", "Not the budget but the deadline",
])
def test_one_thing_taken_back_for_another_is_a_correction(reply: str) -> None:
    assert read_playback_reply(reply) == ("correction", reply)


@pytest.mark.parametrize("reply", ["ye", "yesss", "yeahhh", "yupp", "mhm", "uh huh", "kk", "defo",
                                   "yes x", "ye thats it", "👍", "👍🏽", "ok 👍"])
def test_a_yes_typed_as_people_text_is_a_yes(reply: str) -> None:
    assert read_playback_reply(reply) == ("yes", "")


@pytest.mark.parametrize("reply", ["nooo", "nahh"])
def test_a_held_no_is_a_no(reply: str) -> None:
    assert read_playback_reply(reply) == ("no", "")


@pytest.mark.parametrize("reply", ["Kerry", "keeps going", "mm the rota is the real thing"])
def test_words_that_only_begin_like_a_yes_are_more(reply: str) -> None:
    verdict, _ = read_playback_reply(reply)
    assert verdict in ("more", "yes-more")


@pytest.mark.parametrize("reply", ["That's a fair summary, yes.", "fair summary",
                                   "yes that's a good summary", "That about covers it.",
                                   "Pretty accurate, yes.", "well put",
                                   "you've summed it up well", "exactly that"])
def test_a_word_of_approval_for_the_play_back_is_a_yes(reply: str) -> None:
    assert read_playback_reply(reply) == ("yes", "")


@pytest.mark.parametrize("reply", ["a good summary but you missed Raj",
                                   "fair, but it's more the rota"])
def test_approval_with_a_but_still_corrects(reply: str) -> None:
    assert read_playback_reply(reply)[0] == "correction"


@pytest.mark.parametrize("reply", ["Yes, I suppose that's it.", "yeah i guess thats it",
                                   "I suppose so", "guess so"])
def test_a_yes_said_with_a_shrug_is_a_yes(reply: str) -> None:
    assert read_playback_reply(reply) == ("yes", "")


@pytest.mark.parametrize("reply", ["u missed Jonno", "youve missed the night staff"])
def test_you_missed_typed_short_is_a_correction(reply: str) -> None:
    assert read_playback_reply(reply) == ("correction", reply)
