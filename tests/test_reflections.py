"""Simple reflections: one whole clause of the person's, said back before the next question."""

from __future__ import annotations

import pytest

from coach.engine.phrases import scored_phrases
from coach.engine.reflections import reflection_of, trim_filler


def reflect(text: str) -> str | None:
    return reflection_of(text, scored_phrases(text, []))


@pytest.mark.parametrize(("answer", "said"), [
    ("I could ring Ruth and ask how she got through her re-inspection.",
     "You could ring Ruth and ask how she got through her re-inspection"),
    ("Yes, mostly. It's more that I'm nervous about letting go.",
     "You're nervous about letting go"),
    ("tbh i say yes to every extra shift cos i feel bad saying no lol",
     "You say yes to every extra shift cos you feel bad saying no"),
    ("the weekly demo works.", "The weekly demo works"),
    ("Our outreach team has the trust of people nobody else can reach.",
     "Your outreach team has the trust of people nobody else can reach"),
    ("idk, like a phone on 1% battery", "Like a phone on 1% battery"),
])
def test_a_whole_clause_is_said_back_turned_round(answer: str, said: str) -> None:
    assert reflect(answer) == said


@pytest.mark.parametrize(("answer", "said"), [
    ("Kelly. The area manager.", "Kelly, the area manager"),
    ("Inspector. Team. Federation rep.", "Inspector, Team, Federation rep"),
    ("Coming back to it: the deputy, the governors, the staff, the parents' group, and the"
     " local authority adviser.",
     "The deputy, the governors, the staff, the parents' group, and the local authority"
     " adviser"),
])
def test_a_list_is_said_back_with_every_name(answer: str, said: str) -> None:
    assert reflect(answer) == said


@pytest.mark.parametrize(("answer", "said"), [
    ("Oh gosh, 'CQC inspector', it's, sorry, it's a bit like holding a door shut with both"
     " hands, if that makes sense.", "It's a bit like holding a door shut with both hands"),
    ("Well, kids not growing up in one room, that's what matters, sorry, it really gets to"
     " me.", "Kids not growing up in one room"),
])
def test_short_asides_are_no_list(answer: str, said: str) -> None:
    assert reflect(answer) == said


@pytest.mark.parametrize(("answer", "said"), [
    ("Coming back to it: I'm stuck between the board and the staff. The board wants the"
     " money; the staff fear we'll lose who we are.",
     "You're stuck between the board and the staff"),
])
def test_a_way_back_to_an_earlier_answer_is_not_said_back(answer: str, said: str) -> None:
    assert reflect(answer) == said


@pytest.mark.parametrize(("answer", "said"), [
    ("Every incident form ends up on my desk. Forty odd last month.",
     "Every incident form ends up on your desk"),
    ("A hose with a kink in it. Always has been.", "A hose with a kink in it"),
])
def test_a_statement_is_said_back_before_a_count_said_alone(answer: str, said: str) -> None:
    assert reflect(answer) == said


@pytest.mark.parametrize(("answer", "said"), [
    ("I went in, sat down, opened the laptop, and then I just stared at it for an hour"
     " because I couldn't face the emails.",
     "You just stared at it for an hour because you couldn't face the emails"),
    ("I answer every call, even at half ten at night, because if I don't they'll think I"
     " don't care, and I do.", "If you don't they'll think you don't care"),
])
def test_a_reason_is_said_back_with_what_it_is_for_or_without_its_because(
        answer: str, said: str) -> None:
    assert reflect(answer) == said


@pytest.mark.parametrize("answer", [
    "I don't know, I guess",
    "yes",
    "What would you do?",  # their question is answered, not said back
    "CPO. customers.",
])
def test_nothing_is_said_back_without_substance(answer: str) -> None:
    assert reflect(answer) is None


def test_a_quote_inside_the_clause_stays_exact() -> None:
    said = reflect('My boss said "I will sort it" and nothing happened.')
    assert said is not None and '"I will sort it"' in said


def test_a_clause_the_next_question_quotes_is_passed_over() -> None:
    text = "I feel stuck in a rut. The team meeting on Monday went really well though."
    assert "stuck in a rut" in (reflect(text) or "")
    other = reflection_of(text, scored_phrases(text, []), besides="stuck in a rut")
    assert other is not None and "stuck" not in other


def test_filler_is_trimmed_from_both_ends() -> None:
    assert trim_filler("ok so honestly the rota is broken lol idk") == "the rota is broken"
    assert trim_filler("lol") == ""


def test_a_filler_aside_inside_the_clause_is_left_out() -> None:
    assert reflect("My husband, I suppose, he listens to me.") == "Your husband, he listens to you"
    assert reflect("The rota, tbh, is a mess and nobody fixes it.") == \
        "The rota is a mess and nobody fixes it"


@pytest.mark.parametrize(("piece", "kept"), [
    ("Stop covering nights myself, I know, I know.", "Stop covering nights myself"),
    ("He listens, I think", "He listens"),
    ("Ring the owners, I guess", "Ring the owners"),
    ("like I said, stop fixing it myself.", "stop fixing it myself"),
    ("It is what I know", "It is what I know"),
])
def test_an_aside_after_a_comma_is_left_off_the_end(piece: str, kept: str) -> None:
    assert trim_filler(piece) == kept


@pytest.mark.parametrize(("text", "phrase"), [
    ("It costs me my own family, my husband says he never sees me.", "my own family"),
    ("We lost our sense of purpose when the merger happened.", "purpose"),
])
def test_a_value_that_was_lost_is_not_asked_where_it_could_come_from(
        text: str, phrase: str) -> None:
    found = [p for p in scored_phrases(text) if phrase in p.text]
    assert found and all(p.why != "value" for p in found), scored_phrases(text)


def test_a_value_said_as_such_keeps_its_questions() -> None:
    assert scored_phrases("My family matters most to me.")[0].why == "value"


@pytest.mark.parametrize(("answer", "starts"), [
    ("'stuck between the wards' is like a plug hole that's blocked, and it has been for a "
     "while.", "'stuck between the wards' is like"),
    ('"the rota" is a jigsaw with half the pieces gone', '"the rota" is a jigsaw'),
    ("‘no budget’ is what they always say, honestly", "‘no budget’ is what they"),
])
def test_a_clause_that_opens_on_a_quote_keeps_its_opening_mark(answer: str,
                                                               starts: str) -> None:
    said = reflect(answer)
    assert said is not None and said.startswith(starts), said


@pytest.mark.parametrize(("answer", "not_joined"), [
    ("im so tired tbh the ward was short again last night", "tbh the ward"),
    ("ok so the huddle helps when i can get to them i keep missing it though", "them you keep"),
])
def test_a_reflection_never_joins_two_clauses_typed_without_a_stop(answer: str,
                                                                   not_joined: str) -> None:
    said = reflect(answer)
    assert said is not None and not_joined not in said.casefold(), said


@pytest.mark.parametrize(("answer", "said"), [
    ("again lol the handover sheet works now", "The handover sheet works now"),
    ("same as before tbh, ring the agency so im not on call", "Same as before, ring the agency so"
     " you're not on call"),
    ("the rota lmao is a total mess ngl", "The rota is a total mess"),
])
def test_text_speak_filler_inside_a_clause_is_not_said_back(answer: str, said: str) -> None:
    assert reflection_of(answer, scored_phrases(answer, [])) == said


def test_what_they_say_about_their_own_talking_is_not_said_back() -> None:
    answer = ("I guess so it's the schools programme, basically, we had eleven thousand pupils"
              " through last year and the council has cut our learning budget by a third, and"
              " I've got to decide what goes, sorry, I'll try to be clearer.")
    assert reflect(answer) == "You've got to decide what goes"


@pytest.mark.parametrize(("answer", "said"), [
    ("I'd like the porters in the room when the rota is drawn up, not handed it at the end"
     " to make it work.", "You'd like the porters in the room when the rota is drawn up"),
    ("I want the learning team at the table from the first sketch, not called in after to"
     " bolt on a worksheet.", "You want the learning team at the table from the first sketch"),
    ("We'd like the families asked before the ward moves, rather than told on the morning"
     " by a letter nobody reads.", "You'd like the families asked before the ward moves"),
])
def test_a_want_is_said_back_by_its_wanted_half(answer: str, said: str) -> None:
    assert reflection_of(answer, scored_phrases(answer)) == said


@pytest.mark.parametrize(("answer", "said"), [
    ("Gwen is sharp. She's in Swindon most of the week.",
     "Gwen is sharp. She's in Swindon most of the week"),
    ("My director, Ruth, is lovely, but she's in Leeds three days a week and decisions"
     " happen without her.", "Your director, Ruth, is lovely, but she's in Leeds three days"
     " a week"),
    ("Our deputy head, Marcus, is great with the kids. He's in London two days a week for"
     " the trust.", "Your deputy head, Marcus, is great with the kids"),
])
def test_a_clause_led_by_she_or_he_is_said_with_the_name_it_stands_for(answer: str,
                                                                         said: str) -> None:
    assert reflection_of(answer, scored_phrases(answer)) == said



@pytest.mark.parametrize(("text", "said"), [
    ("Costs me. Costs the watch managers too.", "Costs you. Costs the watch managers too"),
    ("Wears me down. Wears Sue down too.", "Wears you down. Wears Sue down too"),
    ("I hate the rota. I love the team.", "You hate the rota. You love the team"),
])
def test_two_sentences_built_alike_are_said_back_together(text: str, said: str) -> None:
    from coach.engine.phrases import scored_phrases

    assert reflection_of(text, scored_phrases(text, [])) == said


@pytest.mark.parametrize("text", [
    "I don't know. I haven't let myself think about it.",
    "I guess anxious, I guess. I wake up at four thinking about the complaints.",
])
def test_a_pair_with_a_hedge_is_not_said_back_whole(text: str) -> None:
    from coach.engine.phrases import scored_phrases

    got = reflection_of(text, scored_phrases(text, []))
    assert got is None or "guess" not in got and "don't know" not in got, got


@pytest.mark.parametrize(("text", "said"), [
    ("Cell 4, last month. Checks were every thirty. Paramedics took twenty minutes. "
     "I still hear the hatch.", "You still hear the hatch"),
    ("We lost a resident in the night. Staffing was thin. I keep seeing her daughter in "
     "the corridor.", "You keep seeing her daughter in the corridor"),
    ("The crash was on the A6 in March. Two kids. I cant get it out of my head tbh.",
     "You cant get it out of your head"),
    ("The shout on the motorway in March, three cars and a van. I still picture the van.",
     "You still picture the van"),
])
def test_a_moment_that_stays_with_them_is_said_back_over_the_facts(text: str, said: str) -> None:
    assert reflect(text) == said


@pytest.mark.parametrize(("answer", "said"), [
    ("Angry. And a bit ashamed, if I am honest.", "Angry, and a bit ashamed"),
    ("To be honest with you, the rota is the worst of it.", "The rota is the worst of it"),
    ("Honestly, if I'm being honest, nobody listens to the night staff.",
     "Nobody listens to the night staff"),
])
def test_to_be_honest_in_all_its_forms_is_left_out_of_the_reflection(answer: str,
                                                                     said: str) -> None:
    assert reflection_of(answer, scored_phrases(answer)) == said


@pytest.mark.parametrize(("answer", "said"), [
    ("Torn, mostly. And tired of being the one who has to be certain.",
     "Torn, and tired of being the one who has to be certain"),
    ("Angry. And a bit ashamed that I let it go on so long.",
     "Angry, and a bit ashamed that you let it go on so long"),
    ("Relieved, honestly. But scared of what comes next.",
     "Relieved, but scared of what comes next"),
    ("Scared. Of getting it wrong in front of the whole board.",
     "Scared of getting it wrong in front of the whole board"),
    ("Stuck. Between the ward and the site team.", "Stuck, between the ward and the site team"),
])
def test_a_feeling_said_alone_first_is_said_back_with_the_rest(answer: str, said: str) -> None:
    assert reflection_of(answer, scored_phrases(answer, [])) == said


@pytest.mark.parametrize(("answer", "said"), [
    # not a feeling: the rest is said back alone
    ("Monday. And the board meets on Tuesday about the budget.",
     "The board meets on Tuesday about the budget"),
    # the clause said back is not the one straight after the feeling
    ("Tired. The rota is fine. But nobody will own the handover, ever.",
     "Nobody will own the handover, ever"),
])
def test_only_a_feeling_said_just_before_is_joined(answer: str, said: str) -> None:
    assert reflection_of(answer, scored_phrases(answer, [])) == said
