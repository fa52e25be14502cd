"""Acknowledging a feeling, a loss, a fear or shame in the person's own words."""

from __future__ import annotations

import pytest

from coach.engine.acknowledge import acknowledgement, heard_in, losses_heard


@pytest.mark.parametrize(("answer", "said", "apologised"), [
    ("I care about Kev. He slept in our doorway for 3 years and died last winter. Sorry. "
     "That's why.", "Kev slept in your doorway for 3 years and died last winter", True),
    ("A patient I was fond of died on ward 9 while she waited for a bed, and nobody noticed",
     "A patient you were fond of died on ward 9 while she waited for a bed", False),
    ("Honestly I feel like a fraud most days", "You feel like a fraud most days", False),
    ("I'm scared of being wrong in front of the board.",
     "You're scared of being wrong in front of the board", False),
    ("sorry, I think I'll cry if I say it out loud", "You think you'll cry if you say it out loud",
     True),
    ("We lost Mum in March and I haven't stopped since, we just keep going",
     "You lost Mum in March and you haven't stopped since", False),
    ("The contract went, and then we lost a resident on Friday. It's been grim",
     "Then you lost a resident on Friday", False),
    ("im 4 months in and i feel like im drowning on nights tbh im scared of being wrong",
     "You're scared of being wrong", False),
    ("my preceptor who ive seen twice lol i'll cry if i say it out loud tbh idk",
     "You'll cry if you say it out loud", False),
    ("we had a bad week on the ward, a patient i was looking after died and i keep going over it",
     "A patient you were looking after died and you keep going over it", False),
])
def test_the_heavy_clause_is_said_back_in_their_words(answer: str, said: str,
                                                      apologised: bool) -> None:
    assert acknowledgement(answer) == (said, apologised)


@pytest.mark.parametrize("answer", [
    "It is all broken and nobody will fix it",
    "I'm dying to see how the launch goes",
    "The project is dead in the water",
    "The deadline moved again",
    "I'm afraid we missed the target by a mile",
    "The board passed the budget on Tuesday",
    "We had a good week on the ward",
    "The team are anxious about the restructure, understandably",
])
def test_ordinary_talk_and_idioms_are_not_acknowledged(answer: str) -> None:
    assert acknowledgement(answer) is None


def test_a_long_clause_is_not_said_back_whole() -> None:
    long = ("I'm scared that if the inspection goes badly the whole team and the families and "
            "the governors and the trust will all think the school was let down by me")
    assert acknowledgement(long) is None


@pytest.mark.parametrize(("text", "heard"), [
    ("We lost Albert and Joan within a week of each other.", True),
    ("We lost Jim last winter and the team hasn't recovered", True),
    ("we lost Maureen suddenly in the spring", True),
    ("We lost Tesco as a client", False),
    ("We lost March to the flu outbreak", False),
    ("we keep losing Fridays to meetings", False),
])
def test_someone_named_who_was_lost_is_acknowledged(text: str, heard: bool) -> None:
    assert (acknowledgement(text) is not None) is heard


def test_a_loss_is_never_the_phrase_of_a_clean_question() -> None:
    from coach.engine.follow_ups import clean_phrase
    from coach.engine.phrases import scored_phrases

    text = "We lost the contract we had held for ten years and it felt like a punch"
    phrase = clean_phrase(scored_phrases(text, []), set())
    assert phrase is None or "lost" not in phrase.text


@pytest.mark.parametrize(("answer", "said", "not_said"), [
    ("again lol my mum, shes a nurse too a patient i was looking after died last week",
     "A patient you were looking after died last week", "nurse"),
    ("being kind. thats why i did it a patient i was looking after died last week",
     "A patient you were looking after died last week", "why"),
    ("my dad, hes a paramedic too a lad i was looking after died on saturday",
     "A lad you were looking after died on saturday", "paramedic"),
    ("the rota comes out and thats it my nan died in the summer and i miss her",
     "Your nan died in the summer", "rota"),
])
def test_a_loss_typed_straight_after_another_clause_is_said_back_alone(
        answer: str, said: str, not_said: str) -> None:
    heard = acknowledgement(answer)
    assert heard is not None and heard[0].startswith(said), heard
    assert not_said not in heard[0].casefold()


def test_a_loss_typed_on_after_a_time_word_is_said_back_alone() -> None:
    heard = acknowledgement("ok so book in with my preceptor, actually do it this time a "
                            "patient i was looking after died last week and i keep going over it")
    assert heard is not None and heard[0].startswith("A patient you were looking after died")


@pytest.mark.parametrize(("answer", "said"), [
    ("Exhausted.", "Exhausted"),
    ("tbh knackered mate idk", "Knackered"),
    ("Drained, yeah.", "Drained"),
    ("Exhausted. And lonely, I suppose, though I hate saying it.",
     "Exhausted. Lonely, though you hate saying it"),
    ("Scared. Really scared.", "Scared. Really scared"),
])
def test_a_feeling_said_alone_or_in_a_short_clause_is_said_back(answer: str,
                                                                said: str) -> None:
    heard = acknowledgement(answer)
    assert heard is not None and heard[0] == said


@pytest.mark.parametrize("answer", [
    "The staff are exhausted.",  # someone else's feeling
    "Not scared. Just busy.",
    "the glass shattered on the floor",
    "Gutted, because if the board says no again the whole service goes and so do the jobs.",
])
def test_a_feeling_not_the_speakers_or_in_a_long_sentence_is_not_grown(answer: str) -> None:
    assert acknowledgement(answer) is None


def test_what_follows_a_feeling_alone_is_not_said_back_with_it() -> None:
    heard = acknowledgement("Gutted. Anyway, the rota is the main thing we need to fix.")
    assert heard is not None and heard[0] == "Gutted"


@pytest.mark.parametrize(("answer", "said"), [
    ("annoyed. bit anxious.", "Annoyed. Bit anxious"),
    ("idk knackered mate", "Knackered"),
])
def test_feelings_said_together_are_said_back_together_without_the_filler(
        answer: str, said: str) -> None:
    heard = acknowledgement(answer)
    assert heard is not None and heard[0] == said


@pytest.mark.parametrize(("text", "said"), [
    ("I'm so scared I'll lose my job over this.", "You're so scared you'll lose your job over this"),
    ("I'm frightened I'll make it worse for her.", "You're frightened you'll make it worse for her"),
])
def test_a_feeling_between_two_shortened_words_is_heard(text: str, said: str) -> None:
    assert acknowledgement(text) == (said, False)


def test_a_feeling_of_others_gives_way_to_the_speakers_own() -> None:
    text = ("Honestly, there's a split, Dai and the Llanidloes lot want to go it alone and"
            " sell direct, and the older members want to sign whatever's offered because"
            " they're tired, and I'm in the middle of it. My father started this, and I'm"
            " scared it'll fold on my watch, sorry.")
    assert acknowledgement(text) == ("You're scared it'll fold on your watch", True)


@pytest.mark.parametrize("text", ["We might go it alone and sell direct.",
                                  "I told them to leave it alone for now."])
def test_alone_in_an_idiom_is_no_feeling(text: str) -> None:
    assert acknowledgement(text) is None


def test_a_loss_inside_a_long_run_on_is_said_back_from_where_its_part_starts() -> None:
    text = ("ok so ask Lee for a 10 min debrief slot every late had a caller whose dad died on"
            " the line last month while we waited for the ambulance, still think about it")
    assert acknowledgement(text) == ("Had a caller whose dad died on the line last month",
                                     False)


def test_a_feeling_in_a_run_on_is_said_back_from_where_its_clause_starts() -> None:
    text = ("the practice educator sessions help when i can get to them i'll cry if i say it"
            " out loud tbh")
    assert acknowledgement(text) == ("You'll cry if you say it out loud", False)


def test_a_feeling_said_as_we_is_heard() -> None:
    text = "The board wants the money; the staff fear we'll lose who we are."
    assert acknowledgement(text) == ("The staff fear you'll lose who you are", False)


def test_a_loss_is_said_back_with_who_was_lost() -> None:
    text = ("One of our regulars, Dennis, died in October, alone in his flat, and we only knew"
            " because he didn't come in on the Friday.")
    assert acknowledgement(text) == ("One of your regulars, Dennis, died in October", False)


@pytest.mark.parametrize(("text", "said"), [
    ("Dave died.", "Dave died"),
    ("Driver died. Heart attack in the canteen. March.",
     "Driver died. Heart attack in the canteen. March"),
    ("Nan died. I'm fine though, the rota is the thing.", "Nan died"),
])
def test_a_loss_said_in_two_or_three_words_is_heard_with_the_fragments_after_it(
        text: str, said: str) -> None:
    assert acknowledgement(text) == (said, False)


def test_a_loss_is_heard_before_a_feeling_said_ahead_of_it() -> None:
    text = "I'm exhausted. I feel like a failure. And one of our porters died on shift in May."
    assert acknowledgement(text) == ("One of your porters died on shift in May", False)


def test_a_loss_cut_from_a_longer_sentence_drops_the_when_it_was_cut_at() -> None:
    text = ("We had an awful afternoon when one of the older porters who had been with us for"
            " thirty years died suddenly in the lift lobby")
    assert acknowledgement(text) == ("One of the older porters who had been with you for thirty"
                                     " years died suddenly in the lift lobby", False)


@pytest.mark.parametrize(("text", "stretch"), [
    # what has no verb of its own, or points back to the loss, goes with it
    ("We had a death on nights in June, one of the porters, and I still think about him",
     "We had a death on nights in June, one of the porters, and I still think about him"),
    ("one of our tenants died in his flat and nobody noticed, cant stop thinking about it",
     "one of our tenants died in his flat and nobody noticed, cant stop thinking about it"),
    # something else said after it stays out of the stretch
    ("The audit is late, a cleaner died on site in March, and Jo runs the stores now.",
     "a cleaner died on site in March, "),
])
def test_the_stretch_said_back_for_a_loss_holds_what_goes_on_about_it(text: str,
                                                                      stretch: str) -> None:
    heard = heard_in(text)
    assert heard is not None and heard.loss
    assert text[heard.start:heard.end] == stretch


def test_a_feeling_is_not_taken_for_a_loss() -> None:
    heard = heard_in("I feel like a fraud most days")
    assert heard is not None and not heard.loss


def test_each_loss_is_found_with_the_stretch_it_would_be_said_back_from() -> None:
    text = "Mum died in May. Then one of the drivers died at the depot in June. The rota is late."
    found = losses_heard(text)
    assert [heard.words for _, heard in found if heard] == [
        "Mum died in May", "Then one of the drivers died at the depot in June"]
    assert all(heard.start <= at < heard.end for at, heard in found if heard)
    assert losses_heard("The project is dead in the water and the deadline moved") == []


@pytest.mark.parametrize(("text", "said"), [
    ("id like bev to let me sign off small repairs the tenant who died, mr okafor, i used to"
     " chat to him on the stairs", "The tenant who died, mr okafor"),
    ("We had a death at the depot in the spring, one of the fitters, and I still think about it",
     "You had a death at the depot in the spring, one of the fitters"),
    ("The audit is late, a cleaner died on site in March, and Jo runs the stores now.",
     "A cleaner died on site in March"),
])
def test_a_loss_typed_on_after_a_clause_is_said_back_with_who_it_was(text: str,
                                                                     said: str) -> None:
    assert acknowledgement(text) == (said, False)


@pytest.mark.parametrize(("text", "heard"), [
    ("Jonno got assaulted on the landing in sept.", "Jonno got assaulted on the landing in sept"),
    ("One of my officers was stabbed outside the gate.", "One of your officers was stabbed"),
    ("could tell the governor straight what it costs Jonno got assaulted on the landing",
     "Jonno got assaulted on the landing"),
    ("I feel sick about it.", "You feel sick about it"),
])
def test_an_assault_or_feeling_sick_is_heard(text: str, heard: str) -> None:
    got = acknowledgement(text, about_self=True)
    assert got is not None and got[0].startswith(heard), got


@pytest.mark.parametrize("text", ["Two of mine are off sick and I'm sick of it.",
                                  "I rang in sick on Monday.",
                                  "They attacked my plan in the meeting."])
def test_sickness_and_attacked_ideas_are_not_heavy(text: str) -> None:
    assert acknowledgement(text, about_self=True) is None, text


@pytest.mark.parametrize(("said", "heard"), [
    ("I care about Kev. He slept in our doorway for three years and died last winter.",
     "Kev slept in your doorway for three years and died last winter"),
    ("I nursed Mrs Patel for years. She died on Tuesday.", "Mrs Patel died on Tuesday"),
    # two people named, or none: who died is not guessed
    ("We had Sam and Jo on nights. He died in March.", "He died in March"),
    ("Our caretaker retired. He died last month.", "He died last month"),
    ("It was a Monday. She died at home.", "She died at home"),
])
def test_a_loss_is_said_back_with_the_name_said_just_before(said: str, heard: str) -> None:
    got = acknowledgement(said)
    assert got is not None and got[0] == heard


@pytest.mark.parametrize(("said", "heard"), [
    ("A bit tearful, but better.", "A bit tearful, but better"),
    ("Tearful, but lighter really.", "Tearful, but lighter"),  # "really" left off
])
def test_a_feeling_keeps_the_short_turn_that_follows_it(said: str, heard: str) -> None:
    got = acknowledgement(said, about_self=True)
    assert got is not None and got[0] == heard


@pytest.mark.parametrize(("answer", "said"), [
    ("Since Mum went in March I haven't really been myself at work.",
     "Since Mum went in March you haven't really been yourself at work"),
    ("my nan passed a few weeks back so my head's not in it",
     "Your nan passed a few weeks back so your head's not in it"),
    ("We buried one of the crew on Friday. Back on shift Monday like nothing happened.",
     "You buried one of the crew on Friday"),
    ("My dad is dying and I'm still answering emails at midnight.",
     "Your dad is dying and you're still answering emails at midnight"),
    ("Mum's in a hospice now.", "Mum's in a hospice now"),
])
def test_a_loss_said_gently_is_acknowledged(answer: str, said: str) -> None:
    assert acknowledgement(answer) == (said, False)


@pytest.mark.parametrize("answer", [
    "I'm buried in paperwork every night.",
    "She passed a few of the cases to me.",
    "I passed on the message to the team.",
    "I'm dying for a proper weekend off.",
    "The pilot is dying a death, to be honest.",
    "Since the manager went on leave it's been chaos.",
])
def test_the_same_words_about_something_else_are_not_a_loss(answer: str) -> None:
    assert acknowledgement(answer) is None
