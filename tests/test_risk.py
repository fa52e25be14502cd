"""The risk detector: the labelled corpus, the false friends, hedges, kinds, long and odd text."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.engine import risk
from coach.engine import risk_patterns as rp
from coach.engine.risk import KINDS, normalise, prepare, risk_kind, speaks_of_risk

CORPUS = Path(__file__).resolve().parent / "data" / "risk_corpus.tsv"


def read_corpus() -> list[dict[str, str]]:
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


# --------------------------------------------------------------------------- the corpus


def test_corpus_recall_and_false_alarms() -> None:
    rows = read_corpus()
    risky = [row for row in rows if row["kind"] != "none"]
    safe = [row for row in rows if row["kind"] == "none"]
    assert len(risky) > 200 and len(safe) > 200
    missed = [row["text"] for row in risky if risk_kind(row["text"]) is None]
    alarms = [row["text"] for row in safe if risk_kind(row["text"]) is not None]
    recall = 1 - len(missed) / len(risky)
    false_alarms = len(alarms) / len(safe)
    assert recall >= 0.97, missed
    assert false_alarms <= 0.03, alarms


def test_corpus_kinds_are_named_right() -> None:
    rows = [row for row in read_corpus() if row["kind"] != "none"]
    heard = [(row, risk_kind(row["text"])) for row in rows]
    named = [kind == row["kind"] for row, kind in heard if kind is not None]
    assert sum(named) / len(named) >= 0.95


def test_own_sentences_are_not_corpus_lines() -> None:
    corpus = {row["text"].strip().lower() for row in read_corpus()}
    mine = [text for _, text in FALSE_FRIENDS]
    mine += [text for table in TABLES for text, *_ in table]
    assert not [text for text in mine if text.strip().lower() in corpus]


# --------------------------------------------------------------------------- false friends

#: Each idiom or work family the detector must leave alone, in new words.
FALSE_FRIENDS: list[tuple[str, str]] = [
    ("killing me", "These back-to-back budget calls are killing me."),
    ("killing me", "ngl the new rota is killing me lol"),
    ("career suicide", "Turning down the regional role would be career suicide."),
    ("career suicide", "Publishing those figures before the audit is commercial suicide."),
    ("career suicide", "Honestly that proposal was suicide, the board hated it."),
    ("dying to", "I'm dying to tell the team about the new contract."),
    ("dying to", "She was dying for a coffee by ten o'clock."),
    ("could murder", "I could murder a bacon roll after that stand-up."),
    ("dead in the water", "The merger is dead in the water after the regulator's letter."),
    ("shoot me now", "If they add another approval step, shoot me now."),
    ("life support", "The old intranet has been on life support since 2019."),
    ("stop the bleeding", "We have to stop the bleeding in the retail division first."),
    ("deadline", "The quarter-end deadline is going to kill me."),
    ("deadline", "Deadlines are piling up and I'm dead on my feet."),
    ("hyperbole", "If one more person asks me for the slides I'll kill myself, honestly."),
    ("hyperbole", "I'd rather die than do karaoke at the Christmas party."),
    ("hyperbole", "I'd rather jump off a bridge than sit through another webinar, ha."),
    ("bereavement", "My grandad passed away in June and I've been quiet at work."),
    ("bereavement", "My uncle died by suicide when I was twelve and it still shapes me."),
    ("bereavement", "A colleague's son took his own life and the office is in shock."),
    ("death at work", "We lost a resident overnight and the carers are upset."),
    ("death at work", "A scaffolder fell from the roof on one of our sites last month."),
    ("death at work", "We had a suicide on the line this morning and the drivers are shaken."),
    ("job danger", "Our firefighters put their lives at risk every shift."),
    ("job danger", "A patient punched one of my nurses on the night shift."),
    ("job danger", "A client threatened to hurt one of our support workers."),
    ("safeguarding", "A pupil told me she wants to kill herself and I logged it with the DSL."),
    ("safeguarding", "One of my pupils said 'I want to die' and I followed the procedure."),
    ("safeguarding", "My team member disclosed that he self-harms and I want to support him."),
    ("safeguarding", "A student told me her dad hits her, so I rang the safeguarding lead."),
    ("suicide-prevention work", "I run suicide prevention workshops for the council."),
    ("suicide-prevention work", "My role involves assessing suicide risk in patients."),
    ("suicide-prevention work", "We're writing a suicide awareness toolkit for line managers."),
    ("suicide-prevention work", "I lead the self-harm reduction project on the ward."),
    ("process to stop", "I want the constant reorganisations to stop."),
    ("process to stop", "I just want it to end, this tender has taken eight months."),
    ("process to stop", "I want it all to stop, the endless reporting and the audits."),
    ("process to stop", "I want it all to stop. Not in a dark way, I mean the email pings."),
    ("work sense", "I don't want to be here anymore, in this role I mean, I'm job hunting."),
    ("work sense", "I can't see a way to deliver the roadmap with this headcount."),
    ("work sense", "Nobody would notice if I skipped the Friday drinks."),
    ("work sense", "My team would be better off without me as their manager."),
    ("work sense", "I'm scared to go home and tell my wife we're not getting the bonus."),
    ("travel", "I drive over the Forth bridge every day for work."),
    ("travel", "I jumped on the train to Leeds for the interview."),
    ("medication", "I keep paracetamol in my drawer for headaches."),
    ("medication", "The ward stores all the tablets in a locked cupboard."),
    ("sleep", "I'd love to go to bed and not wake up until the holidays."),
    ("sleep", "I didn't want to wake up this morning, I was so cosy."),
    ("look-alike", "My boss hit me with three new deadlines."),
    ("look-alike", "He grabbed me for a quick word after the meeting."),
    ("look-alike", "My partner has the car keys this week."),
    ("look-alike", "I want to vanish off the rota for a week."),
    ("look-alike", "I'd like to not exist in the team's group chat for a bit."),
    ("look-alike", "I wrote a goodbye card for my colleague who's retiring."),
]


@pytest.mark.parametrize(("family", "text"), FALSE_FRIENDS)
def test_false_friends_are_not_heard(family: str, text: str) -> None:
    assert risk_kind(text) is None, family


# --------------------------------------------------------------------------- hedges

#: A hedge, a joke or a take-back never cancels what was said.
HEDGED: list[tuple[str, str]] = [
    ("I want to die. Sorry, forget I said that.", "suicide"),
    ("i wanna die lol jk", "suicide"),
    ("I want to die. Not really. Well, maybe.", "suicide"),
    ("I'm not saying I'd do it, but I've worked out how I'd end things.", "suicide"),
    ("It's probably silly but sometimes I think about killing myself.", "suicide"),
    ("I'd be lying if I said I didn't want to die.", "suicide"),
    ("Ignore me, but I've been thinking everyone would be better off without me.", "suicide"),
    ("I keep thinking I'd be better off dead, not that I'd do anything.", "suicide"),
    ("nobody knows I want to die", "suicide"),
    ("I never told anyone I tried to kill myself in 2019.", "suicide"),
    ("I think about stepping in front of a bus most days, haha, anyway.", "suicide"),
    ("Sorry, I cut myself last night. Let's just carry on.", "self-harm"),
    ("I sort of scratch myself till it bleeds but it's not a big deal.", "self-harm"),
    ("He hit me again, but it's fine, forget it.", "danger"),
    ("He's never really hit me, he just throws things at me.", "danger"),
]


@pytest.mark.parametrize(("text", "kind"), HEDGED)
def test_hedges_and_take_backs_do_not_cancel(text: str, kind: str) -> None:
    assert risk_kind(text) == kind


#: An outright denial is not risk: the denial is the whole of what was said.
DENIALS = [
    "I'm not suicidal, just worn out by the restructure.",
    "I would never hurt myself, but I am exhausted.",
    "I don't want to die, I want a better job.",
    "I have no thoughts of suicide at all.",
]


@pytest.mark.parametrize("text", DENIALS)
def test_outright_denials_are_not_heard(text: str) -> None:
    assert risk_kind(text) is None


# --------------------------------------------------------------------------- kinds

KINDED: list[tuple[str, str]] = [
    ("Lately I've been wishing I could just stop existing.", "suicide"),
    ("I've been thinking about throwing myself off the multi-storey.", "suicide"),
    ("Everybody at home would cope better if I were dead.", "suicide"),
    ("I've started putting aside my sleeping tablets in a shoebox.", "suicide"),
    ("I keep imagining flooring it straight at the oak on the back road.", "suicide"),
    ("I've been dropping my tablets into a jar instead of taking them.", "suicide"),
    ("I've written a goodbye letter to my sister.", "suicide"),
    ("I've told my brother where the will is and given away my dog.", "suicide"),
    ("I feel like a burden to my whole family.", "suicide"),
    ("If I vanished tomorrow I don't think a single person would notice.", "suicide"),
    ("I've been carving into my forearm with a blade.", "self-harm"),
    ("I slammed my fist into the door until it bled.", "self-harm"),
    ("I only cut on the weekends now.", "self-harm"),
    ("I held my hand on the hot hob on purpose.", "self-harm"),
    ("I drink until I black out most nights so I don't have to think.", "self-harm"),
    ("I pop my pills with a bottle of wine to knock myself out.", "self-harm"),
    ("My girlfriend kicked me in the stomach last week.", "danger"),
    ("My partner said he'd kill me if I ever left.", "danger"),
    ("He keeps my bank card and gives me twenty quid a week.", "danger"),
    ("My husband decides who I'm allowed to talk to.", "danger"),
    ("My ex keeps sitting outside my flat in his car.", "danger"),
    ("I've been sleeping at the office because it's safer than going home.", "danger"),
    ("My stomach drops when I hear his car in the drive.", "danger"),
    ("He said I'd be sorry if I went to HR.", "danger"),
    ("You won't have to worry about me for much longer.", "suicide"),
    ("I don't think I'm long for this world.", "suicide"),
    ("What's the quickest way to die?", "suicide"),
    ("I keep googling how long it takes to bleed out.", "suicide"),
    ("I have the tablets. I just haven't taken them yet.", "suicide"),
    ("I hope tonight's the night I don't wake up.", "suicide"),
    ("The only thing that helps is cutting.", "self-harm"),
    ("When the panic comes I claw at my skin.", "self-harm"),
    ("He punched a hole in the wall next to my head.", "danger"),
    ("My wife tracks my car with an app and goes through my emails.", "danger"),
    ("There's a car parked outside my flat every night and I think it's him.", "danger"),
]


@pytest.mark.parametrize(("text", "kind"), KINDED)
def test_each_kind_is_named(text: str, kind: str) -> None:
    assert risk_kind(text) == kind
    assert speaks_of_risk(text)


def test_every_kind_is_covered_by_the_table() -> None:
    assert {kind for _, kind in KINDED} == set(KINDS)


def test_suicide_is_named_before_danger() -> None:
    assert risk_kind("He hits me, and honestly I want to die.") == "suicide"
    assert risk_kind("My partner threatens me and I've been cutting again.") == "self-harm"


# --------------------------------------------------------------------------- long text


def filler(length: int) -> str:
    sentence = (
        "The quarterly review went fine and the team are settling into the new rota, "
        "though the budget meeting ran over and procurement is slow again. "
    )
    return (sentence * (length // len(sentence) + 1))[:length]


def test_risk_deep_inside_a_long_text_is_still_found() -> None:
    text = filler(15_000) + " Honestly I've been planning how to end my life. " + filler(15_000)
    assert len(text) > 30_000
    assert risk_kind(text) == "suicide"


def test_a_long_ordinary_text_is_quiet_and_quick() -> None:
    text = filler(30_000)
    start = time.perf_counter()
    assert risk_kind(text) is None
    # A generous bound: it guards against patterns that backtrack without end.
    assert time.perf_counter() - start < 0.5


def test_a_pathological_text_does_not_hang() -> None:
    text = "i want to " + "just really honestly " * 400 + "i i i i " * 300
    start = time.perf_counter()
    risk_kind(text)
    assert time.perf_counter() - start < 0.5


def test_risk_in_a_long_text_without_full_stops_is_found() -> None:
    words = filler(12_000).replace(".", "").replace(",", "")
    assert risk_kind(words + " and honestly i want to kill myself " + words) == "suicide"
    assert risk_kind(words) is None


def test_a_later_clause_decides_what_it_meant() -> None:
    assert risk_kind("I want it all to stop. Not work. Everything.") == "suicide"
    assert risk_kind("I want it all to stop. I mean the notifications.") is None
    assert risk_kind("I can't do this anymore, I mean life, not the job.") == "suicide"


# --------------------------------------------------------------------------- odd text

ODD: list[tuple[str, str | None]] = [
    ("I \u2018want\u2019 to die. That\u2019s the truth.", "suicide"),
    ("I don\u2019t want to be alive anymore", "suicide"),
    ("I want to d\u200bie", "suicide"),
    ("I want to\u00a0kill\u2060 myself", "suicide"),
    ("\uff29 \uff57\uff41\uff4e\uff54 \uff54\uff4f \uff44\uff49\uff45", "suicide"),
    ("I w\u0430nt to kill mys\u0435lf", "suicide"),
    ("I've been s\u0065\u0301lf-harming again", "self-harm"),
    ("I've been self\u2013harming since the promotion.", "self-harm"),
    ("He hit me aga\u00edn last night.", "danger"),
    ("This deadline is k\u0456lling me \U0001f480", None),
]


@pytest.mark.parametrize(("text", "kind"), ODD)
def test_odd_unicode(text: str, kind: str | None) -> None:
    assert risk_kind(text) == kind


TEXT_SPEAK: list[tuple[str, str | None]] = [
    ("tbh i wanna kms", "suicide"),
    ("i dont wanna be alive anymore", "suicide"),
    ("thinkin of unaliving myself tbh", "suicide"),
    ("i cant cope. i keep thinking every1 wud be better off if i wasnt here", "suicide"),
    ("i want 2 die", "suicide"),
    ("ive bin cuttin again", "self-harm"),
    ("my bf hit me again", "danger"),
    ("my ex is stalkin me", "danger"),
    ("i could literally die of boredom in these meetings", None),
    ("ngl this rota is killing me", None),
    ("omg the dedline is kiling me", None),
]


@pytest.mark.parametrize(("text", "kind"), TEXT_SPEAK)
def test_text_speak(text: str, kind: str | None) -> None:
    assert risk_kind(text) == kind


def test_normalise_writes_one_spelling() -> None:
    assert normalise("I DONT wanna") == "i don't want to"
    assert normalise("w/o me") == "without me"
    assert normalise("Sooooo tired") == "so tired"
    assert normalise("self\u2011harm") == "selfharm"
    assert normalise("\uff44\uff49\uff45") == "die"
    assert "\u200b" not in normalise("d\u200bie")


def test_empty_and_blank_text() -> None:
    assert risk_kind("") is None
    assert risk_kind("   \n\t ") is None
    assert not speaks_of_risk("")


TABLES = (HEDGED, KINDED, ODD, TEXT_SPEAK, [(text,) for text in DENIALS])


# --------------------------------------------------------------------------- compiling

#: Counts, in a fresh interpreter, the rules compiled after the given statements.
_COMPILED = """
import sys
from coach.engine import risk, risk_patterns
{}
made = risk_patterns.Pattern.made
print(sum(p._compiled is not None for p in made) + sum(p._spaced is not None for p in made),
      len(made) + sum(p.spaced_source is not None for p in made),
      'coach.engine.risk_model' in sys.modules and
      risk.risk_model.shipped_model.cache_info().currsize)
"""


def _compiled_after(statements: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", _COMPILED.format(statements)],
                            capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_importing_compiles_no_rule_and_a_text_only_the_rules_it_needs() -> None:
    assert _compiled_after("")[0] == "0"
    used, made, _ = map(int, _compiled_after("risk.risk_kind('I want to kill myself')"))
    assert 0 < used < made / 4


def test_prepare_compiles_every_rule_and_loads_the_model() -> None:
    used, made, loaded = _compiled_after("risk.prepare()")
    assert used == made and int(made) > 400 and loaded == "1"
    assert risk_kind("I want to kill myself") == "suicide"  # and in this process, too
    prepare()
    assert risk_kind("The deadline is killing me") is None


@pytest.mark.parametrize("text", [
    "Last week I stood on the viaduct for nearly an hour.",
    "I sat at the top of the multi-storey on my own at 2am.",
    "ended up on the bridge by myself again, in the dark",
])
def test_a_high_place_with_how_long_late_or_alone_is_heard(text: str) -> None:
    assert risk_kind(text) == "suicide"


@pytest.mark.parametrize("text", [
    "We stood on the roof for two hours for the condition survey.",
    "I stood on the platform for an hour because the 7.10 was cancelled.",
    "Sat on the balcony on my own with a coffee and the sunset, lovely.",
])
def test_a_high_place_for_work_travel_or_a_view_is_not(text: str) -> None:
    assert risk_kind(text) is None


@pytest.mark.parametrize("text", [
    "Piggy in the middle. Governors one side, lads the other, staff watching me.",
    "the whole ward watching me, waiting for me to crack",
    "It's my team watching me to see what I do.",
])
def test_people_at_work_watching_how_they_lead_is_not_stalking(text: str) -> None:
    assert risk_kind(text) is None


@pytest.mark.parametrize("text", ["my ex keeps watching me outside the house",
                                  "he is watching me all the time"])
def test_someone_watching_them_is_still_heard(text: str) -> None:
    assert risk_kind(text) == "danger"


@pytest.mark.parametrize("text", ["Yeah, I can sign that off myself.",
                                  "I paid the whole loan off myself in the end.",
                                  "I ticked them all off myself before the audit."])
def test_off_myself_ending_a_phrasal_verb_is_not_heard(text: str) -> None:
    assert risk_kind(text) is None


@pytest.mark.parametrize("text", ["i want to off myself", "thinking of offing myself tonight",
                                  "I'll sign it off myself and then kill myself"])
def test_off_myself_as_slang_for_killing_is_heard(text: str) -> None:
    assert risk_kind(text) == "suicide"


def test_spellings_are_found_as_a_look_behind_would_find_them() -> None:
    # A spelling may follow another only after a character that cannot end one.
    assert all(re.fullmatch(r"[a-z0-9'/-]", spelling[-1]) for spelling in rp.SPELLINGS)
    behind = re.compile(r"(?<![a-z0-9'/-])(?:" + rp.trie(rp.SPELLINGS) + r")(?![a-z0-9'/])")
    texts = [row["text"].lower() for row in read_corpus()]
    texts += ["dont u r im w/o it", "i m", "u-r", "u/r", "r u", "x-u", "'u'", "an' u", "w/ u"]
    for text in texts:
        expected = behind.sub(lambda m: rp.SPELLINGS[m.group()], text)
        assert risk._SPELLING.sub(risk._spell, " " + text)[1:] == expected, text


@pytest.mark.parametrize("text", [
    "I go home and just sit in the car on the drive for ten minutes before I go in.",
    "i sit in the car park for ages before going in some nights lol",
    "After the incident I sat in the car outside my house for twenty minutes before I went in.",
])
def test_a_pause_in_a_parked_car_is_not_heard(text: str) -> None:
    assert risk_kind(text) is None


@pytest.mark.parametrize("text", [
    "I sat in the car in the garage with the engine running last night",
    "Some nights I sit in the truck up on the top field and I don't really want to be here.",
    "I sat on the top floor of the car park for an hour last night",
])
def test_a_car_with_what_makes_it_a_means_is_still_heard(text: str) -> None:
    assert risk_kind(text) == "suicide"
