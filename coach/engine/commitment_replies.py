"""Reading commitment answers: is it an action, and what became of an earlier one.

:func:`is_action` tells an action the person will take from a yes, a feeling, an
insight or a wish. The line it draws: an action has a doing word and something it is
done to, or a when for a doing word that needs nothing ("run every morning"). A verb of
the inner life (be, feel, trust, think, accept, remember, know, want, worry ...) is
never an action, whatever comes before it ("I need to trust them more"), and neither is
a doing word with only a degree after it ("delegate more", "listen better") or an
abstract quality ("have more patience", "work on my confidence"): those are insights.
"need to email Jo" and "I should ask Sam for the figures" are actions: a doing word
with someone or something to do it to. An inner verb that leads to a doing word
("remember to send the slides") counts as that doing word.

:func:`read_review` reads a free answer to "how did it go?" as one of the store's
statuses (``open``, ``done``, ``dropped``; see :data:`coach.store.schema.COMMITMENT_STATUSES`),
or None when it is unclear ("kind of", "half").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from coach.engine.dates import read_due
from coach.engine.phrases import FEELINGS, WORD
from coach.engine.playback import FUNCTION

ReviewStatus = Literal["done", "open", "dropped"]


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ------------------------------------------------------------------ is it an action?

#: Verbs of the inner life, in their common forms: never an action by themselves.
INNER = _set("""
    be being been am is are was were feel feeling felt trust trusting think thinking thought
    accept accepting remember remembering believe believing know knowing understand
    understanding realise realising realize realizing recognise recognize appreciate care
    caring worry worrying hope hoping wish wishing want wanting need needing like love
    loving hate enjoy enjoying forgive forgiving relax relaxing reflect reflecting consider
    considering ponder wonder wondering notice noticing focus focusing focussing stay staying
    remain become becoming seem mind allow allowing let letting breathe aim strive
    imagine imagining visualise visualize embrace own owning value valuing learn guess
    suppose reckon expect expecting bet
    """)
#: Doing words too general to be an action with only "it" or "that" after them.
LIGHT = _set("do doing get getting make making have having sort sorting handle deal go going "
             "keep keeping take taking work working give giving put putting")
#: Words that say how much or how well, not what: "delegate more", "listen better".
DEGREE = _set("""
    more less better worse harder often regularly properly again differently carefully well
    enough much lot lots bit little slowly quickly consistently sometimes always never
    everything anything something things stuff nothing up down on off around about over
    through forward back kinder calmer braver stronger clearer early earlier late later
    """)
#: Qualities rather than things: "more patience", "my confidence".
ABSTRACT = _set("""
    patience patient confidence confident courage trust faith space balance calm control
    kindness compassion empathy ownership responsibility care attention boundaries energy
    focus presence gratitude wellbeing mindset attitude perspective habits feelings emotions
    emotion self-care myself yourself ourselves time progress growth change
    strengths weaknesses values motivation resilience ego
    """)
#: Answers that are a yes, a pass or a shrug.
NOT_VERBS = FUNCTION | FEELINGS | _set("""
    yes yeah yep yup yeh ya ok okay sure fine alright right good great nice cool thanks thank
    cheers perfect brilliant lovely excellent interesting helpful useful important possible
    true exactly absolutely definitely maybe perhaps probably possibly hmm um umm erm er uh
    not unsure none nope nah no idea dunno idk pass skip nothing same happy clear clearer
    better calmer lighter glad relieved hard easy difficult tough positive negative today
    tonight tomorrow monday tuesday wednesday thursday friday saturday sunday week weekend
    month next soon later now sounds sound wow oh ah lol haha
    """)
#: Words that come before the doing word: who, a modal, a filler.
LEAD = _set("""
    i we i'll ill we'll i'd id we'd i'm im we're will 'll shall would must should could can
    might may gonna gotta to also then just really actually definitely first firstly maybe
    perhaps probably honestly so ok okay well right yeah yes sure um erm hmm and but finally
    still now my our commitment action step is next one thing am are let's lets
    """)
#: Words that lead to the doing word when "to" follows: "need to", "plan to", "have to".
TO_LEADS = _set("have has got need needs want wanted like plan planning intend intending aim "
                "commit committing promise going try trying")
#: Doing words that end like an adverb.
NOT_ADVERBS = _set("apply reply supply rally tally bully")
PEOPLE = _set("him her them us me you everyone everybody someone somebody")
GERUND_LEADS = _set("stop start keep begin quit avoid carry resume continue")
_CLAUSES = re.compile(r"[.;:!?\n]+|,|\b(?:and then|and|then|but|also|plus|so that|so)\b",
                      re.IGNORECASE)
_NO_ACTION = re.compile(
    r"^\W*(?:not sure|no idea|don'?t know|i don'?t know|nothing|none|no|nope|nah|pass|skip"
    r"|not really|i'?m not sure|can'?t think|no commitment|nothing yet)\b",
    re.IGNORECASE,
)


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Each word folded, with whether it was written with a capital inside the clause."""
    out = []
    for n, match in enumerate(WORD.finditer(text)):
        word = match.group()
        folded = word.casefold().replace("’", "'")
        mine = folded == "i" or folded.startswith("i'")
        out.append((folded, n > 0 and word[:1].isupper() and not mine))
    return out


def _verb_at(tokens: list[tuple[str, bool]], start: int) -> int | None:
    """The index of the doing word from ``start``, past who, modals and fillers."""
    i = start
    while i < len(tokens):
        word, _ = tokens[i]
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if word == "going" and nxt == "to":
            after, capital = tokens[i + 2] if i + 2 < len(tokens) else ("", False)
            if after and (after in FUNCTION or capital) and after not in PEOPLE:
                return i  # "going to the gym": going is the doing word
        if word in TO_LEADS and nxt in ("to", "and"):
            i += 2  # "need to", "going to", "try and"
        elif word in ("be", "am", "is", "are", "'m") and nxt.endswith("ing"):
            i += 1  # "I'll be calling", "I'm meeting"
        elif word in ("not", "never", "won't", "wont", "don't", "dont"):
            i += 1  # a commitment not to: "I won't cancel the 1:1s"
        elif word in LEAD or (word.endswith("ly") and len(word) > 5 and word not in NOT_ADVERBS):
            i += 1
        else:
            return i
    return None


def _clause_is_action(tokens: list[tuple[str, bool]], timed: bool) -> bool:
    start = 0
    while start < len(tokens):
        at = _verb_at(tokens, start)
        if at is None:
            return False
        verb, capital = tokens[at]
        rest = tokens[at + 1 :]
        if verb in GERUND_LEADS and rest and rest[0][0].endswith("ing"):
            verb, rest = rest[0][0], rest[1:]  # "stop checking email", "start delegating"
            if verb not in INNER and verb not in LIGHT:
                return True  # a habit of doing stopped or started: "stop reviewing everything"
        if capital or verb in NOT_VERBS - LIGHT - _set("going stop start"):
            return False
        if verb in ("let", "letting") and len(rest) >= 2 and rest[1][0] == "know":
            return True  # "let Jo know"
        if verb in INNER or verb.rstrip("s") in INNER:
            # "remember to send the slides", "realise I need to email Jo": the doing word after
            later = next((k for k, (w, _) in enumerate(rest) if w in ("to", "i", "i'll", "we")),
                         None)
            if later is None:
                return False
            start = at + 2 + later
            continue
        if verb in LIGHT and rest and rest[0][0] in DEGREE - _set("up down on off out"):
            return False  # "get better at saying no", "do more of it"
        if _has_object(rest, verb):
            return True
        # A doing word that needs nothing done to it, with a when: "run every morning".
        plain = [w for w, _ in rest if w not in FUNCTION]
        return timed and not plain and verb not in LIGHT
    return False


def _has_object(rest: list[tuple[str, bool]], verb: str) -> bool:
    """Whether something concrete follows the doing word: a person, a thing, a place."""
    for word, capital in rest:
        if capital or word in PEOPLE or any(ch.isdigit() for ch in word):
            return True
        if word in ("it", "this", "that", "these", "those") and verb not in LIGHT:
            return True
        if word in FUNCTION or word in DEGREE or word in ABSTRACT or word in NOT_VERBS:
            continue
        if word in FEELINGS or word in INNER or word in LIGHT:
            continue
        return True
    return False


def is_action(text: str) -> bool:
    """Whether ``text`` is an action the person will take, in their words."""
    low = " ".join(text.split())
    if not WORD.search(low) or _NO_ACTION.match(low) and len(WORD.findall(low)) <= 4:
        return False
    timed = _timed(low)
    for clause in _CLAUSES.split(low):
        tokens = _tokens(clause)
        if tokens and _clause_is_action(tokens, timed):
            return True
    return False


_ANY_DAY = datetime(2026, 1, 5, 9, 0)  # only whether there is a when matters here


def _timed(text: str) -> bool:
    reading = read_due(text, _ANY_DAY)
    return reading.said is not None


# ------------------------------------------------------------------ reviewing one


@dataclass(frozen=True)
class ReviewReading:
    """What an answer to "how did it go?" says became of a commitment."""

    status: ReviewStatus | None  # None: unclear ("kind of", "half"), so ask again
    due: date | None  # a new date given with carrying it on
    note: str  # their words, stripped


_N = r"(?:n[o']?t|not|never|no)"
_NEG = re.compile(
    rf"\b(?:didn't|didnt|did not|haven't|havent|have not|hasn't|hasnt|wasn't|wasnt|was not"
    rf"|couldn't|couldnt|could not|weren't|never|not)\b(?: \w+){{0,2}}? "
    r"(?!(?:take|took) long|hear|heard|go (?:well|badly)|expect|mind|need|needed|matter)"
    r"(?:\w+)"
)
_DROPPED = re.compile(
    r"\b(?:drop(?:ping|ped)? it|drop(?:ping|ped)? that|let(?:ting)? (?:it|that) go|let go of it"
    r"|letting go of it|no longer (?:needed|relevant|necessary|matters|important|an issue"
    r"|a thing|my job|applies)|not (?:relevant|needed|necessary|important|an issue)"
    r"(?: any ?more| now)?|doesn't (?:matter|apply)(?: any ?more| now)?|(?:didn't|don't|do not"
    r"|did not) need to|no need|wasn't needed|not needed|forget (?:about )?it|scrap(?:ped|ping)?"
    r" it|give up on it|gave up on it|giving up on it|abandon(?:ed|ing)?|overtaken by events"
    r"|cancel(?:led|ed)|off the table|decided (?:not to|against)|changed my mind|no point"
    r"|moot|not (?:going to|gonna) (?:do|bother)|won't bother|not worth it|let it lapse"
    r"|(?:someone|somebody) else|(?:binned|ditched|dumped) it|not doing (?:it|that) any ?more"
    r"|no longer doing (?:it|that))\b"
)
#: A word that denies the letting go ("I haven't dropped it", "not given up on it"). A
#: bare "no" is the reply to the question, not a denial ("no, dropped it").
_DROPPED_DENIED = re.compile(
    r"(?:\b(?:not|never)\b(?: \w+){0,3}?|\b(?:(?:did|have|has|was|were|wo|do|does|could"
    r"|would|should|ca|is|are)n'?t)\b(?: \w+)?) $")
_PARTIAL = re.compile(
    r"\b(?:kind of|kinda|sort of|sorta|half|halfway|partly|partially|a bit|a little|somewhat"
    r"|some of it|bits of it|in part|mostly|not fully|not completely|not entirely|not all"
    r"|more or less|ish|to an extent|to some extent|up to a point|so so|meh)\b"
)
#: A part of it done, said as what was done: "I did some of it", "sent half".
_PART_DONE = re.compile(
    r"\b(?:did|done|finished|managed|sent|got through|completed|handed over|wrote)"
    r" (?:only |just |about |like |maybe |probably )?(?:some of it|some of them|part of it|half of it|half|bits of it|a bit of it"
    r"|a bit|a little|most of it|some)\b"
)
_DONE = re.compile(
    r"\b(?:done|did it|did that|i did|we did|did so|finished|completed|complete|achieved"
    r"|managed(?: it| to| that)?|sorted(?: it)?|nailed it|ticked (?:it )?off|got it done"
    r"|got (?:that|it) sorted|went (?:well|fine|ok|okay|great|badly|better|brilliantly|really)"
    r"|it went|yes i did|have done|it's done|all done|happened|delivered|succeeded|accomplished)\b"
)
#: Past tense of doing: "I sent the email", "spoke to Jo", "booked it".
_IRREGULAR_PAST = (
    "sent spoke told had went made met wrote gave took got rang bought brought found paid put"
    " said saw set sat caught began ran won chose drove held led showed taught asked called"
    " emailed texted messaged booked"
)
_PAST = re.compile(
    r"\b(?:i|we|i've|ive|we've|have|has|already|actually|yes|yeah|finally|just)\s+"
    r"(?:\w+ly\s+)?(?:" + "|".join(_IRREGULAR_PAST.split()) + r"|[a-z]{3,}ed)\b"
    r"|^(?:" + "|".join(_IRREGULAR_PAST.split()) + r"|[a-z]{3,}ed)\b(?! (?:out|by|up)\b)"
)
_SLIPPED = re.compile(
    r"\b(?:not yet|nope|not really|still (?:on it|going|working|doing|to do|need|haven't|not)"
    r"|still|haven't (?:got|had) (?:round|around|to)|didn't get (?:round|around|to)"
    r"|forgot|forgotten|(?:had|got|have) no (?:time|chance|capacity)|slipped|slipping|ran out of time|run out of time|no time|too busy"
    r"|was busy|got busy|got swamped|swamped|got distracted|distracted|old habits|fell back"
    r"|slid back|went back to|put it off|putting it off|kept putting|procrastinat\w*"
    r"|avoided|avoiding|bottled it|chickened out|lost my nerve|life got in the way"
    r"|in progress|working on it|on it|ongoing|getting there|almost|nearly|started|starting"
    r"|tried|trying|attempted|carry on|carrying on|keep going|keep it|continue|continuing"
    r"|later|soon|next week|this week|tomorrow|i will|i'll|ill|going to|gonna|plan to"
    r"|will do|yet to|need to|have to|must|haven't|hasn't|not done|undone|pending|open)\b"
)
_BARE_YES = re.compile(r"^(?:yes|yeah|yep|yup|yes please|definitely|absolutely|i have)$")
_BARE_NO = re.compile(r"^(?:no|nope|nah|no not really|no i haven't|no i didn't)$")


def _fold(text: str) -> str:
    return " ".join(w.group().casefold().replace("’", "'") for w in WORD.finditer(text))


def _cues(low: str) -> list[tuple[int, str]]:
    """Each thing said about the commitment's fate, with where it is said."""
    cues: list[tuple[int, str]] = []
    for match in _DROPPED.finditer(low):
        denied = _DROPPED_DENIED.search(low[max(0, match.start() - 40) : match.start()])
        cues.append((match.start(), "open" if denied else "dropped"))
    negated: list[tuple[int, int]] = []
    for match in _NEG.finditer(low):
        cues.append((match.start(), "open"))
        negated.append((match.start(), match.end()))
    said: list[tuple[int, int]] = list(negated)
    said += [m.span() for m in _DROPPED.finditer(low)]
    said += [m.span() for m in _SLIPPED.finditer(low)]
    for pattern, status in ((_PARTIAL, "partial"), (_DONE, "done"), (_PAST, "done"),
                            (_SLIPPED, "open")):
        for match in pattern.finditer(low):
            if status == "done" and any(a <= match.start() < b for a, b in negated):
                continue  # "I didn't send it", "never finished"
            if pattern is _PAST and any(a < match.end() and match.start() < b for a, b in said):
                continue  # "I tried", "I forgot", "I decided against it": past, not done
            cues.append((match.start(), status))
    return sorted(cues)


def read_review(text: str, now: datetime) -> ReviewReading:
    """What became of a commitment, read from a free answer against ``now``.

    The first thing said decides ("Actually I did it, I sent the email this morning":
    done; "Not yet, but I sent a draft": open), except that letting it go is said
    outright and wins over carrying on; a part done ("half", "kind of") is unclear
    unless carrying on is said too ("half done, I'll finish it next week": open). A
    bare yes is done and a bare no open. A new date counts only with carrying on.
    """
    note = text.strip()
    low = _fold(text)
    status: ReviewStatus | None = None
    if _BARE_YES.match(low):
        status = "done"
    elif _BARE_NO.match(low):
        status = "open"
    elif low:
        status = _status(_cues(low), part_done=_PART_DONE.search(low) is not None)
    due = None
    if status == "open":
        reading = read_due(text, now)
        due = reading.due
    return ReviewReading(status=status, due=due, note=note)


def _status(cues: list[tuple[int, str]], part_done: bool = False) -> ReviewStatus | None:
    if not cues:
        return None
    said = [status for _, status in cues]
    first = said[0]
    if "dropped" in said and "done" not in said[: said.index("dropped")]:
        return "dropped"
    if first == "partial" or part_done:
        return "open" if "open" in said else None
    return "done" if first == "done" else "open"
