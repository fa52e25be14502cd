"""Questions the person has answered already, before they were asked.

A person often answers the next question on the way ("I've tried talking to her
twice" before "What have you tried?"; "I escalated it on Monday" before "What could
you do about this yourself?"). A coach who then asks it anyway has not been
listening. :func:`already_answered` says whether an earlier answer already gives
what a question asks, and in which words; the session then says those words back
and goes on to the next question instead.

A question is read for what it asks about (what was tried, what is wanted, what the
person will do, what is working, what matters), and the answers for a clause in the
person's own voice that gives it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.engine.phrases import WORD
from coach.engine.playback import say_back
from coach.engine.reflections import trim_filler

#: Longest clause said back as the answer already given; a longer one is not quoted.
MAX_WORDS = 14

_FIRST = r"(?:i|we)"
_HAVE = r"(?:'ve|’ve| have)?"
#: Things done about a situation: "I've escalated it", "we raised it with the matron".
_DONE_VERBS = (
    r"(?:escalated|raised|reported|flagged|emailed|e-mailed|complained|logged|submitted"
    r"|challenged|spoken to|spoke to|talked to|written to|wrote to|gone to|went to"
    r"|asked for|put in|filed|referred)"
)

#: What a question asks about, read from its words, and the clauses that answer it.
TOPICS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        "tried",
        re.compile(r"\bwhat (?:have|has|did) (?:you |they |we )?(?:already |so far )?tried\b"
                   r"|\btried (?:so far|already)\b|\bbeen tried\b|\bdone so far\b"
                   r"|\balready done\b|\bhave you done\b|\bhas been done\b"),
        re.compile(rf"\b{_FIRST}{_HAVE} (?:already |also )?(?:tried|attempted)\b"),
    ),
    (
        "wanted",
        re.compile(r"\bwhat (?:do|would) you (?:really |most )?(?:want|like)\b"
                   r"|\bwhat (?:outcome|result) (?:do|would) you\b|\bwant instead\b"
                   r"|\blike to see in its place\b|\bhoping for\b|\bwhat do you hope\b"),
        re.compile(rf"(?<!n't )(?<!not )\b{_FIRST} (?:really |just |so )?(?:want|wanna)\b"
                   rf"(?! to know)|\b{_FIRST}(?:'d|’d| would) (?:really |so )?(?:like|love)\b"
                   rf"|\bwhat {_FIRST} (?:really )?want is\b"
                   rf"|\b(?:i'm|i’m|i am|we're|we’re|we are) hoping\b"),
    ),
    (
        "done",
        re.compile(r"\bwhat (?:could|can|might|will) you do\b|\bwhat (?:is|'s|’s) "
                   r"(?:in )?your (?:power|control)\b"),
        re.compile(rf"\b{_FIRST}{_HAVE} (?:already |just |now |also )?{_DONE_VERBS} \w+"),
    ),
    (
        "working",
        re.compile(r"\balready working\b|\bwhat (?:is|'s|’s) working\b|\bgoing well\b"
                   r"|\bworked before\b|\bwent better\b"),
        re.compile(r"\b(?:is|are|has been|have been|was|were) (?:really |actually |still )?"
                   r"(?:working|going well|helping)\b|\bwent (?:really |quite )?well\b"
                   r"|\bworked (?:well|better)\b"),
    ),
    (
        "matters",
        re.compile(r"\bwhat matters\b|\bmatters (?:most )?to you\b|\bimportant to you\b"
                   r"|\bwhy does (?:this|it) matter\b|\bwhat do you care about\b"),
        re.compile(r"\bmatters (?:most |so much |a lot )?to (?:me|us)\b"
                   r"|\b(?:is|are) (?:really |so )?important to (?:me|us)\b"
                   r"|\b(?:i|we) (?:really )?care (?:about|that)\b|\bwhat matters (?:to me )?is\b"),
    ),
)
#: Where a clause ends, for the words said back.
_CLAUSE_END = re.compile(r"[.!?;:\n…,]"
                         r"|\s(?:but|because|although|though|whereas)\s|\s-\s|—|–")


def topic_of(question: str) -> str | None:
    """What ``question`` asks about, or None when it is none of the known topics."""
    low = question.casefold().replace("’", "'")
    for name, asks, _ in TOPICS:
        if asks.search(low):
            return name
    return None


def already_answered(question: str, answers: Sequence[str]) -> str | None:
    """The person's words (turned round) that already answer ``question``, or None.

    The most recent answer that gives it wins; its clause is said back whole or not at
    all (a clause of more than :data:`MAX_WORDS` words is not quoted)."""
    topic = topic_of(question)
    if topic is None:
        return None
    gives = next(g for name, _, g in TOPICS if name == topic)
    for answer in reversed(answers):
        low = answer.casefold().replace("’", "'")
        match = gives.search(low)
        if match is None:
            continue
        first_person = re.match(r"(?:i|we)\b", low[match.start():]) is not None
        start = match.start() if first_person else _clause_start(low, match.start())
        end_match = _CLAUSE_END.search(low, match.end())
        end = end_match.start() if end_match else len(low)
        clause = trim_filler(answer[start:end])
        if not clause or len(WORD.findall(clause)) > MAX_WORDS:
            continue
        said = say_back(clause)
        first = WORD.match(said)
        if first and first.group().casefold() in _COMMON_OPENERS:
            said = said[:1].lower() + said[1:]  # capital only because it began a sentence
        return said
    return None


#: Words whose capital, at the start of a clause said back mid-sentence, is dropped.
_COMMON_OPENERS = frozenset(
    """you you're you've you'd you'll your what the a an this that these those it it's its there
    they their he she his her everything nothing something everyone nobody somebody one
    most some all""".split()
)


def _clause_start(low: str, at: int) -> int:
    """Where the clause holding position ``at`` starts (after a full stop, a semicolon or
    a joining "but"/"and so")."""
    start = 0
    for m in _CLAUSE_END.finditer(low, 0, at):
        start = m.end()
    return start


#: Something tried or done, said in the person's own voice: "we ran it with two stores",
#: "I've tested it on the night team", "the pilot went well", "it didn't work".
_TRIED_VERBS = (
    r"(?:tried|tested|trialled|trialed|piloted|ran|run|launched|started|introduced|set up"
    r"|rolled out|brought in|changed|moved|shipped|released|built|gave it a go|had a go"
    r"|did it|did that|did this|put it in|used it)"
)
_TRIED = re.compile(
    rf"\b(?:{_FIRST}|the team|they){_HAVE}(?:'d| had)? (?:already |just |finally |actually "
    rf"|also |now )?{_TRIED_VERBS}\b"
    r"|\b(?:it|that|the (?:trial|pilot|test|experiment|demo|change|first version))"
    r"(?: has| had|'s)? (?:went|worked|helped|failed|flopped|backfired|showed|landed)\b"
    r"|\b(?:it|that) (?:didn't|did not|didnt) work\b|\bwhen (?:i|we) tried\b"
)
_NOT_YET = re.compile(r"(?:\bnot|n't|\bnever|\byet to|\bhaven'?t|\bhavent)(?: \w+){0,2} $"
                      r"|\b(?:if|when|once|could|would|might|will|'ll|going to|gonna|want to"
                      r"|plan to|need to) $")


def tried_in(answers: Sequence[str]) -> str | None:
    """The person's words (case folded) saying something has been tried or done, from
    the most recent answer that says so, or None: "What happened when you tried it?" is
    asked only of someone who has."""
    for answer in reversed(answers):
        low = " ".join(answer.casefold().replace("’", "'").split())
        for match in _TRIED.finditer(low):
            before = low[max(0, match.start() - 30):match.start()]  # ends on a space
            after = low[match.end():match.end() + 12]
            if not _NOT_YET.search(before) and not re.search(r"\b(?:not|never|yet)\b",
                                                             after):
                return low[match.start():match.end()]
    return None

