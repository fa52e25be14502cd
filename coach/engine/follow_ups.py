"""Which follow-up a coach asks after an answer, and the stage's own bookkeeping.

After each answer within a stage the coach may ask one follow-up before the next
main question. In order of preference:

1. a reframe, when the answer shows problem talk or a Tops/Middles/Bottoms trap
   (at most once per stage, never straight after another reframe, never on the
   session's first answer, never in a stage that describes or notices, never in the
   turn a feeling is acknowledged, and not when the answer already talks solutions);
   "I don't know" is met with a question from another angle instead of "what else?";
2. an encourager ("say more"), for a short answer, once between main questions;
3. a clean-language question built on a phrase the person used that is worth
   playing back, never the same phrase twice in a session;
4. when the stage has room to spare: the framework's own follow-up questions, in
   order, then an encourager.

:func:`choose_follow_up` makes that choice and notes it on the :class:`StageState`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coach.engine.model import Kind, Stage
from coach.engine.phrases import STOP, WORD, Phrase
from coach.engine.replies import word_count

if TYPE_CHECKING:
    from coach.engine.analyser import Analysis
    from coach.engine.branches import BranchProposal

#: An answer with fewer words than this gets an encourager.
SHORT_ANSWER_WORDS = 6
#: How strong a phrase must be (see ``phrases.scored_phrases``) to build a question on.
CLEAN_MIN_SCORE = 2.0


@dataclass
class StageState:
    """Where a stage has got to: questions asked, answers given, follow-ups used."""

    stage: Stage
    asked: int = 0  # main questions asked so far
    answers: list[str] = field(default_factory=list)
    follow_ups: int = 0  # follow-up lines used (encouragers, clean, reframes...)
    framework_follow_ups: int = 0
    reframed: bool = False
    encouraged: bool = False  # an encourager since the last main question
    items: list[str] = field(default_factory=list)  # play-back points
    scored: dict[str, list[Phrase]] = field(default_factory=dict)  # each answer's phrases
    rounds: int = 0  # play-back checks made
    angled: bool = False  # "I don't know" was met with another angle in this stage
    proposal: BranchProposal | None = None  # where a branching stage's answers point
    branch: str | None = None  # the stage chosen next, once the person has chosen
    recalled: int = 0  # notes of theirs brought back in this stage so far
    whole_loss: bool = False  # the play-back is a loss said back, and nothing else


@dataclass(frozen=True)
class FollowUp:
    """A follow-up to ask: its kind, and its words or the phrase to build them on."""

    kind: Kind  # reframe, encourager, angle, clean or follow-up
    text: str | None = None  # the question; None for an encourager (from the templates)
    phrase: str | None = None  # for "clean": the person's phrase the question quotes
    data: dict[str, object] | None = None


def choose_follow_up(
    state: StageState,
    text: str,
    analysis: Analysis | None,
    *,
    eager: bool,
    last_kind: str,
    reframes: bool,
    used_phrases: set[str],
    first_answer: bool = False,
    acknowledged: bool = False,
    asked: str = "",
) -> FollowUp | None:
    """The follow-up to ask after ``text``, or None to move on.

    ``eager`` asks one even for an ordinary answer; ``last_kind`` is the kind of the
    question just answered; ``reframes`` says whether the framework allows them;
    ``used_phrases`` (case-folded) are the phrases already quoted this session, and
    gains the one chosen now. ``first_answer`` is the session's first answer and
    ``acknowledged`` says a feeling in it was just acknowledged: neither is reframed.
    ``asked`` is the question just answered: an answer to one that asked what could
    change, what is wanted or what comes next is solution talk whatever its words
    ("Crews talking after bad jobs"), so it is not reframed either.
    """
    reframe = analysis.reframe if analysis is not None else None
    focus = analysis.focus if analysis is not None else None
    trap = analysis.trap if analysis is not None else None
    if (
        reframe
        and reframes
        and state.stage.reframes
        and not state.reframed
        and not first_answer
        and not acknowledged
        and last_kind != Kind.REFRAME
        and not invites_solution(asked)
        and focus != "solution"
        and (focus == "problem" or trap)
    ):
        state.reframed = True
        return FollowUp(Kind.REFRAME, reframe, data={"focus": focus, "trap": trap})
    if says_dont_know(text):
        if state.angled:
            return None  # asked from another angle already: on with the stage
        state.angled = True
        return FollowUp(Kind.ANGLE)
    if word_count(text) < SHORT_ANSWER_WORDS and not state.encouraged:
        state.encouraged = True
        return FollowUp(Kind.ENCOURAGER)
    # Straight after a feeling or a loss has been said back, no question on a phrase.
    phrase = None if acknowledged else clean_phrase(state.scored[text], used_phrases, text)
    if phrase:
        used_phrases.add(phrase.text.casefold())
        return FollowUp(Kind.CLEAN, phrase=phrase.text, data={"quotes": [phrase.text],
                                                           "why": phrase.why})
    if not eager:
        return None
    stage = state.stage
    if state.framework_follow_ups < len(stage.follow_ups):
        question = stage.follow_ups[state.framework_follow_ups]
        state.framework_follow_ups += 1
        return FollowUp(Kind.FOLLOW_UP, question)
    return FollowUp(Kind.ENCOURAGER)


def clean_phrase(phrases: Sequence[Phrase], used: set[str], text: str = "") -> Phrase | None:
    """The best phrase strong enough to quote, not yet quoted, without an apostrophe,
    and whole: it ends on a content word, is not a bare acronym or name, and opens no
    clause it then cuts short ("stuck between what the family", "juggling knives while
    riding"); in ``text``, the answer it came from, it stops where the words it belongs
    with stop ("the bed" of "the bed meeting", "taken" of "taken over" are cut short)."""
    for phrase in phrases:
        if phrase.score < CLEAN_MIN_SCORE:
            break
        if phrase.text.casefold() not in used and "'" not in phrase.text \
                and is_whole_phrase(phrase.text) and not _speaks_of_loss(phrase.text) \
                and not _cuts_a_clause(phrase.text) and not _cut_short(phrase, text) \
                and not _only_where(phrase):
            return phrase
    return None


#: Words that start a phrase saying only where or when ("in the ICB area", "by Friday").
_ADJUNCT_START = frozenset("""in at on by for from to with within under over across around
    into onto during since until till before after near""".split())


def _only_where(phrase: Phrase) -> bool:
    """Whether ``phrase`` only says where or when something is ("in the ICB area"): it
    reads badly quoted ("And when 'in the ICB area', then what happens?") unless it is a
    picture or a feeling of theirs ("in a fog", "at sea")."""
    first = phrase.text.split(" ", 1)[0].casefold()
    return first in _ADJUNCT_START and phrase.why not in ("metaphor", "feeling")


#: Words that may come straight after a whole chunk: joins, fillers, small words, and
#: verbs ("the team | trust me" is a chunk; "the bed | meeting" is not).
_MAY_FOLLOW = STOP | frozenset(
    """lol tbh idk ngl haha honestly really again now today lately anyway though too
    either every all most some just even still always never""".split())
_PARTICLES = frozenset("up down out off over away back".split())
_VERB_FORMS = frozenset("""is are was were am be been has have had do does did can could
    will would should may might must keep keeps kept feel feels felt seem seems get gets got
    go goes went make makes made take takes took want wants need needs say says said
    think thinks know knows trust trusts""".split())


def _cut_short(phrase: Phrase, text: str) -> bool:
    """Whether ``phrase`` stops in ``text`` short of a word it belongs with: a particle
    ("signs | off") or the rest of a name for a thing ("a pressure | cooker")."""
    if phrase.text.casefold().startswith(("coming back", "as i said", "like i said")):
        return True  # "Coming back to it: ...": how they came back, not what to
    if not text or text[phrase.start:phrase.start + len(phrase.text)] != phrase.text:
        return False
    before = re.search(r"(\w[\w'’]*) $", text[:phrase.start])
    first = phrase.text.split(" ", 1)[0].casefold()
    verb = before.group(1).casefold() if before else ""
    if first in _PARTICLES and verb and verb not in STOP and not re.search(r"['’]", verb):
        return True  # "write | down the payments stuff": the particle left its verb
    after = text[phrase.start + len(phrase.text):]
    following = re.match(r" (\w[\w'’]*)", after)
    if following is None:
        return False  # the answer ends, or a stop or a comma comes next
    word = following.group(1).casefold().replace("’", "'")
    if word in _PARTICLES:
        return True
    return word not in _MAY_FOLLOW and word not in _VERB_FORMS and not word.endswith(
        ("ed", "'s", "'re", "'ve", "'ll", "'d", "n't"))


#: Words that open a clause of their own: inside a short phrase, the phrase cuts it.
_OPENS_CLAUSE = frozenset("what while who which whom whose when where whether if that".split())


def _cuts_a_clause(text: str) -> bool:
    """Whether ``text`` opens a clause inside itself ("stuck between what the family"),
    or is a clause, a thing and what it does ("board wants growth"): "what kind of" asks
    about a thing, a picture or a feeling, not about a statement."""
    words = [w.casefold().replace("’", "'") for w in WORD.findall(text)]
    return any(w in _OPENS_CLAUSE for w in words[1:]) or (
        len(words) > 2 and any(w in _VERB_FORMS for w in words[1:-1]))


#: Words a quoted phrase must not end on: it would be a broken fragment ("trust either").
DANGLING = STOP | frozenset(
    """about either every each any some many few much more most less such own same other
    than like as also too very really just even only ever never quite rather nobody
    everybody somebody anybody everyone someone anyone no tbh idk lol ngl cos coz cause
    cuz""".split()
)


#: A loss is acknowledged, never explored with a question on its words.
_LOSS = frozenset("lost losing died dead death passed funeral grief grieving killed".split())


def _speaks_of_loss(text: str) -> bool:
    return any(w.casefold() in _LOSS for w in WORD.findall(text))


#: Words a quoted phrase must not start on: filler, or a verb that needs its subject.
OPENS_MID_CLAUSE = frozenset(
    """idk tbh lol ngl dunno um erm hmm sorry ok okay so and but or has have had is are was were
    does did when if because that which who while whilst costs makes takes gives gets
    keeps leaves lets puts sends tells brings means seems goes comes""".split()
)


def is_whole_phrase(text: str) -> bool:
    """Whether ``text`` is a chunk worth quoting: 1-6 words ending on a content word, not
    a bare acronym ("ICB") or a name on its own ("Priya")."""
    words = WORD.findall(text)
    if not words or len(words) > 6:
        return False
    if words[-1].casefold().replace("’", "'") in DANGLING:
        return False
    if words[0].casefold().replace("’", "'") in OPENS_MID_CLAUSE:
        return False  # "idk i dont ask for help", "has the trust of people"
    if len(words) == 1 and (words[0].isupper() or words[0][:1].isupper()):
        return False
    return not all(w.isupper() and len(w) > 1 for w in words)


#: A question that already asks for solution talk: what could change or be different,
#: what is wanted, hoped for or possible, what comes next.
_INVITES_SOLUTION = re.compile(
    r"\b(?:instead|different|differently|change|changed|better|want|wanted|wish|hope|hopes"
    r"|hoping|like to|prefer|ideal|ideally|best|possible|options?|ideas?|next|first step"
    r"|will you|could you|might you|would you|going to|plan|future|goal|miracle|working"
    r"|works|worked|already|strengths?|resources?|helps?|helped|difference|simplest|smallest"
    r"|steps?|forward|progress|influence|who could|what could)\b"
)


def invites_solution(question: str) -> bool:
    """Whether ``question`` already asks for solution talk (see :data:`_INVITES_SOLUTION`)."""
    return bool(question) and _INVITES_SOLUTION.search(question.lower()) is not None


_DONT_KNOW = re.compile(
    r"^(?:(?:um+|erm+|hmm+|well|honestly|tbh|sorry|i mean|no)[, .]*)*(?:i (?:really |just |honestly )?"
    r"(?:don't|dont|do not) (?:really )?know|(?:don't|dont|do not) (?:really )?know|idk|dunno"
    r"|no idea|not sure|i'm not sure|im not sure|not really sure|no idea really"
    r"|i have no idea|no clue|haven't a clue|not a clue|can't say|couldn't say|hard to say"
    r"|i can't think|cant think|can't think of anything)(?:[\s,.]+(?:really|tbh|honestly|to be"
    r" honest|sorry|what else|yet|lol|mate|to be fair|either))*[ .!?…]*$"
)
_NOTHING_ELSE = re.compile(
    r"^(?:(?:no|nope|nah|um+|erm+|well|honestly|not really|i think)[, .]*)*(?:nothing(?: else| more)?"
    r"(?: really| to add| comes to mind| i can think of)?|that's (?:it|all|about it|everything)"
    r"|thats (?:it|all)|that is (?:it|all)|no(?:thing)? more|not really|i think that's it"
    r"|that's all i've got|all done|i'm done|nope that's it|that covers it)[ .!?…]*$"
)


def says_dont_know(text: str) -> bool:
    """Whether the whole answer is "I don't know", in any of its forms."""
    return _DONT_KNOW.match(_plain(text)) is not None


def says_nothing_else(text: str) -> bool:
    """Whether the answer says there is nothing more to add ("that's it")."""
    return _NOTHING_ELSE.match(_plain(text)) is not None


def _plain(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())

