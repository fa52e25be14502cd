"""Rules for the shape of a question: open or closed, single or multiple, leading.

Each rule works on lowercased text with straight apostrophes. The question a person
is left to answer is the last sentence ending in "?"; where an utterance has no
question mark the whole text is looked at, since spoken questions often lose theirs.
"""

from __future__ import annotations

import re

from coach.engine.prefilter import Gated

SENTENCE = re.compile(r"[^.?!]+[.?!]*")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

FILLER = frozenset(
    """so and but okay ok well um uh er erm yeah yes right alright mm hmm oh now then
    just also great good sure hi hello thanks like i see actually anyway""".split()
)
OPEN_LEADS = frozenset(
    """what what's whats how how's why why's where where's whereabouts when who who's whom
    whose which tell describe explain imagine talk walk share""".split()
)
CLOSED_LEADS = frozenset(
    """do does did is are was were have has had can could would will should shall may
    might am don't doesn't didn't isn't aren't wasn't weren't haven't hasn't can't
    couldn't wouldn't won't shouldn't any anything anyone anybody right correct ok okay
    yeah yes true surely""".split()
)
#: "Why don't you tell me...": an invitation to talk, not a suggestion of what to do.
#: Telling "me" is always an invitation; talking or explaining is one unless someone
#: else is to hear it ("why don't you talk about it with your manager?").
INVITATION = re.compile(
    r"(?:why don't you|why not|(?:could|would) you (?:maybe|just|perhaps)|can you (?:maybe|just))"
    r" (?:start by |just |first )?(?:"
    r"(?P<me>(?:tell|telling|fill|filling|walk|walking|remind|help|give|let) (?:me|us))"
    r"|(?:share|sharing|talk|talking|describe|explain|say) (?:a (?:little |bit )+|some more"
    r"|more|about|with me|what|how))\b"
)
_OTHER_AUDIENCE = re.compile(
    r"\b(?:to|with) (?!me\b|us\b)(?:your|his|her|their|him|them|the|a|an|my|our|someone"
    r"|somebody|anyone|anybody|everyone|everybody|people)\b"
)
#: A question that asks the person to imagine their own change ("What would it be like if
#: you weren't the one carrying every message?"): open, and it suggests no answer of its
#: own, unless the rules hear a proposal in it.
HYPOTHETICAL = re.compile(
    r"^(?:(?:and|so|ok|okay),? )?(?:what|how) (?:would|might|could) (?:it|things|that|life"
    r"|work|your (?:day|week|job|team)) (?:be|feel|look|seem) (?:like )?(?:if|when)\b"
    r"|^(?:(?:and|so|ok|okay),? )?what (?:would|might) (?:happen|change|be different)"
    r" (?:if|when)\b"
)


#: "How many ...?" and kin ask for a number, not for thinking.
COUNTING = frozenset("many much often long old far".split())
#: "Can you tell me ...?" invites an open answer despite its shape.
INVITE = re.compile(
    r"^(?:can|could|would|will) you (?:just |maybe |perhaps )(?:tell me|say more|say a bit"
    r"|walk me|talk me)\b"
    r"|^(?:can|could|would|will) you (?:please )?(?:tell|say|describe|talk|walk|explain|share"
    r"|give me an example|help me understand|paint|expand)\b"
    # "Do you want to say more about that?", "Would you like to tell me about her?"
    r"|^(?:do you want|would you like|are you (?:happy|ok|okay|able)|do you fancy|is it ok if"
    r" you|do you feel able) to (?:say (?:more|a bit|a little|something|what|how|why|about)"
    r"|tell me|talk (?:about|more|a bit|me through|to me|it through)|share|describe|walk me"
    r"|expand)\b"
)
LIKE_WHAT = Gated(re.compile(r"\blike what\W*$"))
SAY_MORE = re.compile(r"^(?:say|tell me) (?:a (?:little |bit )*)?more\b")
TAGS = frozenset({"right", "ok", "okay", "yeah", "no", "huh", "eh", "correct", "yes"})
SECOND_CLAUSE = re.compile(
    r"(?:,\s*|\s)(?:and|or|but)\s+(?:also\s+)?(?:what|how|why|where|when|who|which"
    r"|(?:do|did|does|is|are|was|were|have|has|can|could|would|will|should)"
    r" (?:you|they|we|he|she|it|i|that|this|there))\b"
)
_AUX = (
    r"(?:is|are|was|were|do|does|did|have|has|had|can|could|will|would|should|must|isn't"
    r"|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't|can't|couldn't|won't"
    r"|wouldn't|shouldn't|mustn't)"
)
#: Questions that suggest their own answer: the asker's view said for the person to agree
#: with ("don't you think", "surely"), a presumption ("what's stopping you from just",
#: "are you sure that's"), or a tag question seeking agreement ("..., isn't it?"). Behind
#: a gate (see coach.engine.prefilter): few texts hold the words it needs.
LEADING = Gated(re.compile(
    r"\b(?:don't you (?:ever )?(?:think|agree|feel|see|want|reckon)|do you not (?:think|agree|feel|see)"
    r"|isn't it (?:true|obvious|clear|better|fair to say|the case)|isn't that (?:true|obvious|"
    r"clear|just|because|what)|(?:isn't|wasn't) (?:that|it|this) (?:a bit|rather|quite|really"
    r"|a little|kind of|sort of)\b|surely|wouldn't you (?:agree|say)|don't you agree"
    r"|wouldn't it be (?:better|easier|best|wiser)|shouldn't you|aren't you (?:just|really)"
    r"|doesn't it make sense|wouldn't you rather|you must (?:feel|be|know|see|agree|have)"
    r"|obviously|you'd agree|you agree that|can't you see|admit it"
    r"|what(?:'s| is) stopping you (?:from )?(?:just |simply |really )?(?:not )?[a-z]+ing"
    r"|what stops you (?:from )?(?:just |simply |really )?(?:not )?[a-z]+ing"
    r"|(?:can't|couldn't) you (?:just|simply)"
    r"|are you (?:really |completely |absolutely )?(?:sure|certain) (?:that|it|this|you|they|he"
    r"|she|about|it's|that's|you're|they're)"
    r"|why (?:didn't|haven't|wouldn't|won't|hadn't) you (?:just )?(?!feel|think|want|like|know"
    r"|mind)[a-z]+"
    r"|you're not (?:really |seriously |actually |honestly |just )?(?:going to|gonna) "
    # Taking for granted what should have been done or feared: "Is there a reason you
    # haven't escalated it?", "What's the worst that could happen?"
    r"|is there (?:a|any) (?:good |particular )?reason (?:why )?you (?:haven't|didn't|don't"
    r"|won't|aren't|can't|wouldn't|hadn't)|what's the worst (?:that )?(?:could|can|would|will)"
    r" happen"
    # A counter-view put as a question: "Is that always true, though?", "Is it actually
    # theirs?", "Why are you still writing the backend?".
    r"|(?:^|[.?!] )(?:and |but |so |ok,? |okay,? |right,? )?(?:is|isn't|are|was|does|do)"
    r" (?:that|it|this|everyone|everybody|he|she|they|there)"
    r" (?:really |actually |definitely |always |all )?[^.?!]{0,40}, though(?=\?)"
    r"|(?:is|was) (?:that|it|this) (?:actually|definitely|really|honestly) "
    r"|why (?:are|do) you still|do you think (?:maybe |perhaps )?(?:it's|it is) time"
    r"|isn't (?:that|it) (?:awful|terrible|mad|crazy|ridiculous|wrong|brilliant|great)(?=\?)"
    r"|what if (?!it |that |this |there )(?:[a-z]+ )?(?:paired|took|did|went|came|asked|told"
    r"|ran|led|picked|handled|covered)"
    r"|would it help if (?:we|i|you)\b)\b"
    r"|,\s*(?:(?:though|then|surely|honestly),?\s*)?(?:right|" + _AUX
    + r"(?: not)? (?:you|it|that|they|he|she|we|i|there|this))\s*(?:\?|,[^.?!]*\?)"
))


#: Contractions typed without their apostrophe that are never words of their own
#: ("cant", "dont", "im"): the rules read them as "can't", "don't", "i'm". Those that are
#: ("its", "ill", "id", "wont", "were", "lets", "hes"/"shes" aside) are left as typed.
_BARE_CONTRACTIONS = {
    bare: full for full in """can't don't doesn't didn't isn't wasn't aren't weren't couldn't
    wouldn't shouldn't haven't hasn't hadn't i'm i've you're they're that's there's what's
    we've they've you've""".split() for bare in (full.replace("'", ""),)
}
_BARE = re.compile(r"\b(?:" + "|".join(_BARE_CONTRACTIONS) + r")\b")


def normalise(text: str) -> str:
    """``text`` lowercased, with straight apostrophes, and the contractions typed without
    one given it back (:data:`_BARE_CONTRACTIONS`), so that "i cant switch off" is read
    as "i can't switch off"."""
    low = text.lower().replace("’", "'").replace("‘", "'")
    return _BARE.sub(_given_back, low)


def _given_back(match: re.Match[str]) -> str:
    return _BARE_CONTRACTIONS[match.group()]


def sentences(low: str) -> list[str]:
    return [s.strip() for s in SENTENCE.findall(low) if s.strip()]


def lead_words(clause: str, limit: int = 6) -> list[str]:
    """The first ``limit`` words of ``clause`` after any fillers (the last word even if
    all are fillers)."""
    taken: list[str] = []
    filler = None
    for found in WORD.finditer(clause):  # word by word: the rest of a long clause is not read
        word = found.group()
        if not taken and word in FILLER:
            filler = word
            continue
        taken.append(word)
        if len(taken) == limit:
            break
    return taken if taken or filler is None else [filler]


def is_invitation(low: str, at: int) -> bool:
    """Whether the words at ``at`` invite the person to talk ("why don't you tell me")."""
    match = INVITATION.match(low, at)
    if match is None:
        return False
    if match.group("me"):
        return True
    ends = [i for i in (low.find(c, match.end()) for c in ".?!") if i != -1]
    return _OTHER_AUDIENCE.search(low, match.end(), min(ends) if ends else len(low)) is None


#: The last clause asked about and its answer: the rules ask about one question several
#: times over (its shape, whether it asks several things). One tuple, for threads.
_last_lead: tuple[str | None, str | None] = (None, None)


def lead_kind(clause: str) -> str | None:
    """'open', 'closed', or None when the clause's first word does not decide it."""
    global _last_lead
    seen, kind = _last_lead
    if seen is not clause:  # the very same object holds the very same clause
        kind = _lead_kind_of(clause)
        _last_lead = (clause, kind)
    return kind


def _lead_kind_of(clause: str) -> str | None:
    words = lead_words(clause, 9)  # "would you like to talk it through" is seven words
    if not words:
        return None
    first = words[0]
    if first in OPEN_LEADS:
        if first == "how" and len(words) > 1 and words[1] in COUNTING:
            return "closed"
        if first in ("what", "how") and len(words) > 1 and words[1] == "about":
            return "closed" if first == "how" else "open"
        if first == "why" and len(words) > 1 and words[1] in ("don't", "not", "wouldn't"):
            # "Why don't you tell me...?" invites the person to talk; "why don't you
            # just...?" proposes an answer to take or leave.
            return "open" if is_invitation(clause, clause.find("why")) else "closed"
        return "open"
    rest = " ".join(words)
    if INVITE.match(rest) or SAY_MORE.match(rest) or LIKE_WHAT.search(clause):
        return "open"  # "that's X like what?" asks for a likeness: clean language
    if first in CLOSED_LEADS:
        return "closed"
    return None


def question_sentences(low: str, sents: list[str] | None = None) -> list[str]:
    """The sentences asking something: ending in "?", tag questions left out."""
    if "?" not in low:
        return []
    asked = [s for s in (sentences(low) if sents is None else sents) if s.endswith("?")]
    real = []
    for i, s in enumerate(asked):
        words = WORD.findall(s)
        if not words or (len(words) <= 2 and words[-1] in TAGS):
            continue
        if i < len(asked) - 1 and lead_kind(s) is None:
            continue  # a statement said with a rising tone, then the real question
        real.append(s)
    return real


def question_kind(
    low: str, asked: list[str] | None = None, sents: list[str] | None = None
) -> str | None:
    """'open' or 'closed' for the question a person is left with, None if undecided."""
    if sents is None:
        sents = sentences(low)
    if asked is None:
        asked = question_sentences(low, sents)
    target = asked[-1] if asked else (sents or [low])[-1]
    kind = lead_kind(target)
    if kind is None and "," in target:
        kind = lead_kind(target.rsplit(",", 1)[1])
    if kind is None and not asked:
        for s in sents:
            first = lead_words(s, 1)
            if first and first[0] in OPEN_LEADS:
                kind = "open"
                break
    return kind


def starts_as_question(low: str) -> bool:
    """True when some sentence opens like a question (a wh-word or an auxiliary)."""
    return any(lead_kind(s) is not None for s in sentences(low))


def is_multiple(low: str, asked: list[str] | None = None) -> bool:
    if asked is None:
        asked = question_sentences(low)
    if len(asked) > 1:
        return True
    if asked:
        target = asked[0]
        if lead_kind(target) is not None and SECOND_CLAUSE.search(target, _after_lead(target)):
            return True
        if _question_parts(target):
            return True
    return False


#: A part of a list of questions: after a comma (or "and"), a question word that starts
#: a clause of its own ("..., who needs to be there, and by when?").
LIST_PART = re.compile(
    r"(?:[,:]\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:also\s+)?(?:by\s+|from\s+|until\s+)?"
    r"(?P<wh>what|who|how|why|which|whose|when|where)\b"
    r"(?P<rest>(?:(?!\s(?:and|or)\s)[^,?])*)"
)
#: Words that open a clause leading into the question ("When you say X, what...?").
SUBORDINATE = frozenset("when whenever if as while once since because after before".split())
_FIRST_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _after_lead(target: str) -> int:
    """Where the question proper starts: after its first word that is not a filler
    ("Right, and what did she say?" starts at "what")."""
    words = lead_words(target, 1)
    for found in _FIRST_WORD.finditer(target):
        if words and found.group() == words[0]:
            return found.end()
    return 0


def _question_parts(target: str) -> int:
    """How many questions a one-sentence list asks beyond its first ("What's the plan,
    who needs to be there and by when?" asks two more). A clause that only leads into
    the question ("When you say stuck, what...?") is not one of them; "when" and "where"
    count only said alone ("..., and by when?"), since "when you..." is part of a clause."""
    words = lead_words(target, 2)
    if not words or words[0] in SUBORDINATE:
        return 0
    # A list that opens on its topic rather than a question ("OK, the Friday huddle, who
    # needs to be there, and by when?"): its first part is the first question.
    topic = lead_kind(target) is None
    parts = 0
    for match in LIST_PART.finditer(target, 0 if topic else _after_lead(target)):
        rest = WORD.findall(match.group("rest"))
        if match.group("wh") in ("when", "where") and rest:
            continue
        parts += 1
    return parts - 1 if topic and parts >= 2 else 0 if topic else parts


def leading_cue(low: str) -> str | None:
    match = LEADING.search(low)
    return match.group().strip(" ,?") if match else None
