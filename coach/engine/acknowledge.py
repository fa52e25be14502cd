"""Acknowledging a feeling, a loss, a fear or shame in the person's own words.

When an answer carries something heavy ("a patient I was fond of died on ward 9",
"I'm scared of being wrong", "I feel like a fraud"), a good coach says it back first,
as a short statement in the person's words: not a question, and not an
interpretation. :func:`acknowledgement` finds the clause that carries it and says it
back with the pronouns turned round; an apology for it gets "no need to apologise".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coach.engine.dates import MONTHS, WEEKDAYS
from coach.engine.phrases import FEELINGS, WORD
from coach.engine.playback import _verbish, mark_run_ons, turn_round

#: Words that carry a loss. Idioms that borrow them ("dying to", "dead easy") are
#: screened out below.
LOSS = frozenset(
    """died dead death passed funeral bereaved bereavement grief grieving grieve miscarriage
    killed assaulted attacked stabbed punched glassed buried dying hospice""".split()
)
#: Feelings said about oneself: heard only in a clause with "I", "me" or "my" in it.
FEELING = frozenset(
    """cry crying cried tears tearful teary weepy sobbing sobbed scared afraid frightened
    terrified fear fears
    dread dreading panic panicking anxious anxiety ashamed shame embarrassed humiliated
    fraud failure guilty guilt lonely isolated heartbroken devastated gutted upset hurt
    hurting overwhelmed exhausted worthless useless hopeless helpless alone sad sadness
    grieving raw numb knackered shattered drained burnout sick""".split()
)
#: "lost Mum", "we lost a resident": a loss of someone, not of a contract.
LOST_SOMEONE = re.compile(
    r"\b(?:lost|losing) (?:my |our |his |her |their |a |one of (?:my|our) |two |three |four"
    r" |several |another )?(?:mum|mam|mom|dad"
    r"|mother|father|wife|husband|partner|son|daughter|child|baby|brother|sister|friend|best"
    r"|grandad|grandpa|grandma|granny|nan|nana|uncle|aunt|auntie|cousin|colleague|patient"
    r"|resident|residents|patients|pupil|student|client|clients|dog|cat)\b"
)
#: A loss said gently: "since Mum went in March", "after Dad passed".
LOSS_SAID_GENTLY = re.compile(
    r"\b(?:since|after|when) (?:my |our )?(?:mum|mam|mom|dad|mother|father|wife|husband"
    r"|partner|son|daughter|brother|sister|grandad|grandpa|grandma|granny|nan|nana|uncle"
    r"|aunt|auntie) (?:went|passed|left us|was taken|slipped away)\b"
)
#: Someone named, lost: "we lost Albert and Joan", "lost Jim last winter" (a company
#: lost is seldom two names, or lost "last winter" or "to cancer").
LOST_NAMED = re.compile(
    r"\b(?:lost|losing) (?!I\b)[A-Z][a-z]+(?: (?:and|&) [A-Z][a-z]+\b| (?:last|this) (?:week"
    r"|month|year|night|winter|spring|summer|autumn)\b| in (?:the )?(?:winter|spring|summer"
    r"|autumn|january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b| to (?:cancer|covid|suicide|an overdose)\b| suddenly\b)"
)
FIRST_PERSON = frozenset("i i'm i've i'd i'll me my myself im ive".split())
NOT_HEAVY = re.compile(
    r"\b(?:dying (?:to|for|of (?:boredom|embarrassment|laughter|thirst|hunger))|dying a death"
    r"|buried (?:in|under|beneath|away|deep|myself|it|the hatchet)"
    r"|dead (?:easy|end|in the water|on|serious|keen|good)|deadline|to die for"
    r"|cry for help|fear of missing out|no fear|not afraid|not scared|not upset|not hurt"
    r"|(?:off|on|calls?|called|phoned?|rang|rung|went|go|gone|going)(?: in)? sick"
    r"|sick (?:of|and tired|leave"
    r"|pay|days?|note|notes|line|bay|kid|child|children|patients?|residents?|bug)|sickness"
    r"|attacked (?:the|it|this|that|my (?:ideas?|plan|proposal|work))"
    r"|afraid (?:so|not)|i'm afraid (?:that )?(?:we|the|it|this|there)|alone time"
    r"|(?:go|goes|going|went|gone) it alone|leave (?:it|them|him|her) alone"
    r"|passed (?:the|it|on (?:the|a|it|that|this|my|our|your|to)|over|through|by"
    r"|a(?! (?:few|couple of) (?:weeks|days|months|years))|my|our|his|her)"
    r"|loss of (?:funding|contract|data"
    r"|income|revenue|the contract))\b"
)
APOLOGY = re.compile(r"(?:^|[.!?]\s*)(?:oh |so |very )?sorry[\s,.!]*(?:$|[A-Z]|that's|i )"
                     r"|,\s*sorry[.!]*\s*$", re.IGNORECASE)  # "..., sorry." at the end
SENTENCE = re.compile(r"[^.!?\n]+")
CLAUSE_BREAK = re.compile(r"\s*(?:,|;|:|\s-\s|\s—\s|\bbut\b|\band so\b)\s*")
#: A join that starts a new statement: "and", "so", "tbh" before a new subject.
JOIN_BREAK = re.compile(r"\s*\b(?:and|so|tbh|idk|lol|because|cos)\s+(?=(?:i|i'm|im|i've|ive"
                        r"|i'll|ill|i'd|we|we're|he|she|they|it's|its|there's)\b)",
                        re.IGNORECASE)
LEAD = re.compile(r"^(?:(?:and|but|so|honestly|to be honest|tbh|sorry|well|i guess|i mean"
                  r"|like|um+|erm+|oh|anyway|basically)\b[\s,]*)+", re.IGNORECASE)
TRAIL = re.compile(r"(?:[\s,]+\b(?:tbh|idk|lol|sorry|honestly|really|i guess|i think|haha)\b)+"
                   r"[\s.!?]*$", re.IGNORECASE)
WE_TO_YOU = {"we": "you", "our": "your", "ours": "yours", "us": "you", "we're": "you're",
             "we've": "you've", "we'd": "you'd", "we'll": "you'll", "ourselves": "yourselves"}
MAX_WORDS = 16
#: A loss may take a few more words to say back whole ("one of the older fitters who had
#: been with us for thirty years died suddenly on the shop floor").
LOSS_WORDS = 20
#: Someone who died, named as such inside a run-on clause: "id like bev to let me sign
#: off small repairs the tenant who died, mr okafor".
_WHO_DIED = re.compile(r"(?<![\w'’])(?:the|a|an|one of (?:our|my|the|his|her)|our|my)\s+"
                       r"(?:[\w'’-]+\s+){0,2}?(?:who|that)\s+(?:had\s+)?(?:died|passed)\b",
                       re.IGNORECASE)
_NOT_A_NAME = frozenset("and but or so then which who because alone only still".split())
#: A name said just after a loss, between commas: "the tenant who died, mr okafor, ...".
_NAMED_AFTER = re.compile(r",\s*(?P<name>[^,.;:!?\n]{1,30}?)\s*(?=,|[.;:!?]|$)")
#: A joining word a loss's clause may start on when it was cut from a longer sentence.
_SUBORDINATE = re.compile(r"^(?:when|while|whilst|after|until)\s+(?=\S+\s+\S+\s+\S)",
                          re.IGNORECASE)
#: Where a long run-on clause may be cut last, before a word that starts a new part of
#: it: "... debrief slot every late | had a caller whose dad died on the line last month
#: | while we waited ...".
SOFT_BREAK = re.compile(r"(?<!\bwho)(?<!\bthat)(?<!\bwhich)\s+(?=(?:while|whilst|when|after"
                        r"|until|had(?!\s+been)|i'll|i'm|im|i've)\s)", re.IGNORECASE)


#: Words inside quotation marks are the coach's quote said again, not a new disclosure.
#: An apostrophe inside a word ("I'm", "I'll") opens and closes no quote.
QUOTED = re.compile(r"(?<!\w)'[^']{2,80}'(?!\w)|\"[^\"]{2,80}\"|(?<!\w)‘[^’]{2,80}’(?!\w)"
                    r"|“[^”]{2,80}”")


def _heavy_at(sentence: str, about_self: bool, losses_only: bool = False) -> int | None:
    low = sentence.casefold().replace("’", "'")
    masked = NOT_HEAVY.sub(lambda m: " " * len(m.group()), low)
    masked = QUOTED.sub(lambda m: " " * len(m.group()), masked)
    lost = LOST_SOMEONE.search(masked) or LOSS_SAID_GENTLY.search(masked)
    if lost is not None:
        return lost.start()
    named = LOST_NAMED.search(sentence)
    if named is not None:
        return named.start()
    mine = not losses_only and (about_self or any(w.group() in _WE for w in WORD.finditer(low))
                                or _feeling_alone(low))
    for word in WORD.finditer(masked):
        if word.group() in LOSS or (mine and word.group() in FEELING and (
                about_self or _theirs(low, word.start()))):
            return word.start()
    return None


def _theirs(low: str, at: int) -> bool:
    """Whether the feeling at ``at`` is the speaker's own: its clause speaks as "I" (or is
    the feeling alone), so that "the older members want to sign because they're tired,
    and I'm in the middle of it" is not taken for their tiredness. A clause too long to
    tell goes by the sentence."""
    clause = _clause(low, at)
    if not clause:
        return True
    words = [w.group() for w in WORD.finditer(clause)]
    return any(w in _WE for w in words) or _feeling_alone(clause) or not any(
        w in _OTHERS for w in words)


#: The speaker, alone or with their people ("the staff fear we'll lose who we are").
_WE = FIRST_PERSON | frozenset("we we're we've we'll we'd us our ours".split())
#: Who else a feeling may belong to, in the clause that holds it.
_OTHERS = frozenset("""he she they he's she's they're him her them his their theirs
    everyone everybody nobody people staff team members""".split())


#: What may stand beside a feeling in a sentence that is only the feeling ("Exhausted.",
#: "Proper knackered tbh."): said of nobody else, it is said of the speaker.
_BESIDE_A_FEELING = frozenset("""a and bit so really very totally completely utterly just
    quite pretty absolutely properly proper super mostly kind sort of honestly frankly tbh
    mate idk lol um well oh yeah yes""".split())
#: "I suppose", "I guess" said between commas: a hedge, left out of what is said back.
_ASIDE_HEDGE = re.compile(r",\s*i (?:suppose|guess|think|reckon)(?=\s*,)", re.IGNORECASE)


def _feeling_alone(low: str, feelings: frozenset[str] = FEELING) -> bool:
    """Whether the sentence ``low`` is a feeling and nothing more ("exhausted", "so
    lonely tbh")."""
    words = [w.group() for w in WORD.finditer(low)]
    return any(w in feelings for w in words) and all(
        w in feelings or w in _BESIDE_A_FEELING for w in words)


#: Any feeling, heavy or not ("annoyed. bit anxious."): said next to a heavy one, it is
#: said back with it.
_ANY_FEELING = FEELING | FEELINGS


#: Said after a feeling alone, and not part of it: "knackered mate", "drained, yeah".
_BEFORE_A_FEELING = re.compile(r"^(?:(?:idk|tbh|lol|ok|okay|yeah|well|oh|um|honestly)\b[\s,]*)+",
                               re.IGNORECASE)
_AFTER_A_FEELING = re.compile(r"(?:[\s,]+\b(?:mate|yeah|yes|um|well|oh|frankly|mostly|tbh|idk"
                              r"|lol|honestly)\b)+[\s.!?]*$", re.IGNORECASE)


def _whole(sentence: str) -> str:
    said = TRAIL.sub("", LEAD.sub("", _ASIDE_HEDGE.sub("", sentence.strip())))
    if _feeling_alone(said.casefold(), _ANY_FEELING):
        said = _AFTER_A_FEELING.sub("", _BEFORE_A_FEELING.sub("", said))
    return said.strip(" ,;:-")


def _grown(sentences: list[str], index: int) -> str:
    """A feeling said in a clause too short to say back alone ("Exhausted. And lonely, I
    suppose, though I hate saying it."), said back with its sentence and the sentences
    after it that carry a feeling too; "" when that is more than a short statement, or
    when the words round it are not only the feeling."""
    first = index
    while first and _feeling_alone(sentences[first - 1].casefold(), _ANY_FEELING):
        first -= 1  # "annoyed. bit anxious."
    parts = [_whole(sentence) for sentence in sentences[first:index + 1]]
    parts = [part[:1].upper() + part[1:] for part in parts if part]
    count = sum(len(WORD.findall(part)) for part in parts)
    for later in sentences[index + 1:]:
        part = _whole(later)
        low = part.casefold().replace("’", "'")
        if not any(w in FEELING for w in WORD.findall(low)) and not _feeling_alone(
                low, _ANY_FEELING):
            break
        if count + len(WORD.findall(part)) > MAX_WORDS:
            break
        parts.append(part[:1].upper() + part[1:])
        count += len(WORD.findall(part))
    if count > MAX_WORDS or not parts:
        return ""
    if count < 3 and not _feeling_alone(sentences[index].casefold()):
        return ""
    return ". ".join(parts) if len(parts) > 1 else parts[0]


def _with_whom(sentence: str, at: int, clause: str) -> str:
    """``clause`` with who it is about, when it starts on the loss itself ("One of our
    regulars, Dennis, died in October": "Died in October" alone says of nobody): the
    sentence from its start, if that is short enough to say back."""
    first = WORD.match(clause)
    if not first or first.group().casefold() not in LOSS:
        return clause
    end = sentence.find(clause)
    if end <= 0:
        return clause
    whole = TRAIL.sub("", LEAD.sub("", sentence[:end + len(clause)].strip())).strip(" ,;:-")
    if len(WORD.findall(whole)) <= MAX_WORDS:
        return whole
    # too long from the sentence's start ("I keep coming back to it, sorry, a volunteer
    # who'd been with us twenty years, Stan, passed away"): from the furthest piece back
    # that names someone, within a loss's length
    best = clause
    for brk in reversed(list(CLAUSE_BREAK.finditer(sentence, 0, end))):
        said = sentence[brk.end():end + len(clause)].strip(" ,;:-")
        if len(WORD.findall(said)) > LOSS_WORDS:
            break
        first = WORD.match(said)
        if first and (first.group().casefold() in _NAMING or first.group()[:1].isupper()
                      and first.group().casefold() not in FIRST_PERSON):
            best = said
    return best


#: Words that start naming someone: "a volunteer", "one of our porters", "our Dennis".
_NAMING = frozenset("a an the one our my his her their two three".split())


def _we_to_you(text: str) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group()
        new = WE_TO_YOU.get(word.casefold().replace("’", "'"))
        if new is None:
            return word
        return new[:1].upper() + new[1:] if word[:1].isupper() else new
    return WORD.sub(swap, text)


def _clause(sentence: str, at: int, limit: int = MAX_WORDS) -> str:
    """The clause of ``sentence`` that holds position ``at``, at most MAX_WORDS words.

    A run-on clause is cut again where "and", "so", "tbh" or the like join two
    statements ("…died last week and I keep going over it").
    """
    for breaks in (CLAUSE_BREAK, JOIN_BREAK, SOFT_BREAK):
        start, end = 0, len(sentence)
        for brk in breaks.finditer(sentence):
            if brk.end() <= at:
                start = brk.end()
            elif brk.start() >= at:
                end = brk.start()
                break
        clause = sentence[start:end].strip()
        if len(list(WORD.finditer(clause))) <= limit:
            clause = _from_whom(clause, at - start - (len(sentence[start:end])
                                                      - len(sentence[start:end].lstrip())))
            return TRAIL.sub("", LEAD.sub("", clause)).strip(" ,;:-")
        sentence, at = clause, at - start
    return ""  # too long to say back as one short statement


def _from_whom(clause: str, at: int) -> str:
    """``clause`` from the name just before its heavy word at ``at``, when a long run of
    other words comes first: "could tell the governor what it costs Jonno got assaulted"
    is said back from "Jonno got assaulted"."""
    before = list(WORD.finditer(clause[:max(at, 0)]))
    if len(before) <= 6:
        return clause
    for word in reversed(before[-3:]):
        if word.group()[:1].isupper() and word.group() not in ("I", "I'm", "I've", "I'd"):
            return clause[word.start():]
    return clause


@dataclass(frozen=True)
class Heard:
    """What an answer carries that is heavy, said back, and where it was said."""

    words: str  # said back, pronouns turned round
    apologised: bool
    loss: bool  # a death or someone lost, not a feeling
    start: int  # where in the answer the words said back begin and end, together with
    end: int  # what goes on about the loss ("and I still think about it")


def heard_in(text: str, *, about_self: bool = False) -> Heard | None:
    """The heavy thing in ``text``, said back, or None when nothing heavy was said.

    ``about_self`` says the answer is about the person however it is worded (the reply
    to "how are you feeling now?"), so a feeling counts without "I" or "my".
    """
    marked = mark_run_ons(text)
    found = list(SENTENCE.finditer(marked))
    sentences = [m.group() for m in found]
    # A loss is heard before any feeling said with it ("I'm exhausted. And one of our
    # electricians died in February."): the feeling can still be played back later.
    order = [(i, True) for i in range(len(sentences))] + \
        [(i, False) for i in range(len(sentences))]
    for index, losses_only in order:
        sentence = sentences[index]
        at = _heavy_at(sentence, about_self, losses_only)
        if at is None or losses_only != _is_loss(sentence, at):
            continue
        loss = losses_only
        clause = _clause(sentence, at, LOSS_WORDS if loss else MAX_WORDS)
        if loss and clause and not sentence.strip().startswith(clause):
            clause = _SUBORDINATE.sub("", clause)  # "... | when one of the fitters died"
        clause = _with_whom(sentence, at, clause)
        if loss and (who := _WHO_DIED.search(clause)) and who.start() > 0:
            clause = clause[who.start():]  # "... small repairs | the tenant who died"
        if loss and clause and (at_end := sentence.find(clause)) >= 0:
            named = _NAMED_AFTER.match(sentence, at_end + len(clause))
            words = [w.casefold() for w in WORD.findall(named["name"])] if named else []
            if 0 < len(words) <= 4 and len(WORD.findall(clause)) + len(words) <= LOSS_WORDS \
                    and not any(_verbish(w) or w in FIRST_PERSON or w in _WE or w in _BACK
                                or w in _NOT_A_NAME for w in words):
                clause += ", " + named["name"]  # "the tenant who died, mr okafor"
        last = index
        if loss and clause and clause == _whole(sentence) and len(WORD.findall(clause)) <= 3:
            clause, last = _with_fragments(clause, sentences, index)  # "Driver died. March."
        if len(list(WORD.finditer(clause))) < (2 if loss else 3):
            clause = _grown(sentences, index)
            if not clause:
                continue
            start, end = found[index].start(), found[index].end()
        elif _feeling_alone(clause.casefold(), _ANY_FEELING):
            clause = _whole(clause)  # "idk knackered mate": the feeling, without the rest
            start, end = found[index].start(), found[index].end()
        else:
            offset = sentence.find(clause) if last == index else 0
            start = found[index].start() + max(offset, 0)
            end = (start + len(clause) if last == index else found[last].end())
            if loss:
                end = _about_it(marked, end, found[last].end())
        if not loss and last == index and (at_end := sentence.find(clause)) >= 0 and (
                turn := _SHORT_TURN.match(sentence, at_end + len(clause))) and not any(
                _verbish(w.casefold()) for w in WORD.findall(turn.group())):
            clause += turn.group().rstrip(" .!")  # "A bit tearful, but better": the turn too
        said = _we_to_you(turn_round(clause))
        if loss and index > 0:
            said = _named(said, sentences[index - 1])
        said = said[:1].upper() + said[1:]
        return Heard(said, APOLOGY.search(text) is not None, loss, start, end)
    return None


#: A short turn after a feeling, to the sentence's end: ", but better", " but ok really".
_SHORT_TURN = re.compile(r",?\s+but\s+(?:[^\W\d_][\w'’]*\s*){1,3}[.!]*\s*$", re.IGNORECASE)
#: A name said inside a sentence: capitalised words not at its start ("I care about Kev.",
#: "It was Mrs Patel on ward 9."); a weekday or month is not one.
_NAME_INSIDE = re.compile(r"(?<=[a-z,] )(?:[A-Z][a-z'’-]+)(?: [A-Z][a-z'’-]+)?\b")
_NOT_NAMES = frozenset((*WEEKDAYS, *MONTHS, "christmas", "easter", "god"))
_HE_SHE = re.compile(r"^(?:he|she)\b", re.IGNORECASE)


def _named(said: str, before: str) -> str:
    """A loss said back as "He died last winter" names who died where the sentence before
    named one person ("I care about Kev. He ... died last winter." -> "Kev ... died last
    winter"): the person is said back by name, as they were spoken of."""
    if not _HE_SHE.match(said):
        return said
    names = [m.group() for m in _NAME_INSIDE.finditer(before)
             if m.group().split()[0].casefold() not in _NOT_NAMES]
    if len(set(names)) != 1:
        return said
    return _HE_SHE.sub(names[0], said, count=1)


def acknowledgement(text: str, *, about_self: bool = False) -> tuple[str, bool] | None:
    """(what to say back, whether they apologised), or None when nothing heavy was said."""
    heard = heard_in(text, about_self=about_self)
    return None if heard is None else (heard.words, heard.apologised)


def _is_loss(sentence: str, at: int) -> bool:
    """Whether what is heavy at ``at`` is a loss (a death, someone lost), not a feeling."""
    word = WORD.match(sentence, at)
    return word is not None and (word.group().casefold() in LOSS
                                 or word.group().casefold() in ("lost", "losing"))


def losses_in(text: str) -> list[int]:
    """Where in ``text`` each loss is said: a death, someone lost (not "dead easy")."""
    found: list[int] = []
    for m in SENTENCE.finditer(mark_run_ons(text)):
        low = m.group().casefold().replace("’", "'")
        masked = NOT_HEAVY.sub(lambda x: " " * len(x.group()), low)
        masked = QUOTED.sub(lambda x: " " * len(x.group()), masked)
        hits = [h.start() for h in LOST_SOMEONE.finditer(masked)]
        hits += [h.start() for h in LOST_NAMED.finditer(m.group())]
        hits += [w.start() for w in WORD.finditer(masked) if w.group() in LOSS]
        found.extend(m.start() + h for h in sorted(set(hits)))
    return found


def losses_heard(text: str) -> list[tuple[int, Heard | None]]:
    """Each loss said in ``text``: where it is, and how it would be said back (its
    stretch in ``text``), or None when it cannot be said back as a short statement."""
    found: list[tuple[int, Heard | None]] = []
    starts = [m.start() for m in SENTENCE.finditer(mark_run_ons(text))]
    for at in losses_in(text):
        if any(h is not None and h.start <= at < h.end for _, h in found):
            continue  # the same loss, said back with the one before
        begin = max((s for s in starts if s <= at), default=0)
        heard = heard_in(text[begin:])
        if heard is not None and heard.loss and heard.start <= at - begin < heard.end:
            found.append((at, Heard(heard.words, heard.apologised, True,
                                    begin + heard.start, begin + heard.end)))
        else:
            found.append((at, None))
    return found


#: A short fragment with no verb, said after a loss said in two or three words ("Driver
#: died. Heart attack in the canteen. March."): what the loss was, said with it.
_FRAGMENT_WORDS = 6


def _with_fragments(clause: str, sentences: list[str], index: int) -> tuple[str, int]:
    parts, last = [clause], index
    count = len(WORD.findall(clause))
    for later in sentences[index + 1:]:
        part = _whole(later)
        words = [w.casefold() for w in WORD.findall(part)]
        if not words or len(words) > _FRAGMENT_WORDS or count + len(words) > MAX_WORDS \
                or any(_verbish(w) or w in FIRST_PERSON or w in _WE for w in words):
            break
        parts.append(part)
        count += len(words)
        last += 1
    return ". ".join(parts), last


#: Words that point back to the loss just said ("and I still think about it").
_BACK = frozenset("it him her them he she they his their that which".split())
_PIECE = re.compile(r"\s*(?:,|;|:|\s-\s|\s—\s|\bbut\b|\band\b|\bso\b)\s*", re.IGNORECASE)


def _about_it(text: str, end: int, stop: int) -> int:
    """Where what is said about a loss ends, from ``end`` (the end of the words said
    back) to ``stop`` (the end of its sentence): pieces after it that have no verb of
    their own and no joining word ("one of the fitters") or that point back to it ("and
    I still think about it") go with it; a piece about something else ("and Sam runs the
    depot") does not."""
    at = end
    while at < stop:
        brk = _PIECE.match(text, at)
        if brk is None or brk.end() == at and at != end:
            break
        nxt = _PIECE.search(text, brk.end(), stop)
        piece_end = nxt.start() if nxt else stop
        words = [w.casefold().replace("’", "'") for w in WORD.findall(text, brk.end(), piece_end)]
        joined = WORD.search(brk.group()) is not None  # "and ...", "but ...": a new clause
        if words and not any(w in _BACK for w in words) and (
                joined or any(_verbish(w) for w in words)):
            break
        at = piece_end
        if nxt is None:
            break
    return at
