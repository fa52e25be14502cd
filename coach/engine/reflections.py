"""A simple reflection: the person's own words said back before the next question.

After an answer a good coach often says back its heart, in the person's words and as
a statement, before asking anything more. :func:`reflection_of` picks the clause
worth saying back: the one that carries the answer's strongest words (a feeling, a
metaphor, a value, what they stressed), or, all else equal, the last one, where the
person has got to. A clause is said back whole, pronouns turned round and any quote
kept exact; filler at its edges is left off. Nothing is said back when no clause is
short enough to say whole or has substance ("you don't know, you guess" is not).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.engine.phrases import FEELINGS, STAYS_WITH, STOP, WORD, Phrase
from coach.engine.playback import HONESTLY, as_list, mark_run_ons, say_back
from coach.engine.replies import word_count

#: The longest clause said back as a reflection, in words.
MAX_WORDS = 16
#: An answer at least this long is not reflected by a clause of fewer than four words.
SHORT_WORDS = 6
_SENTENCE = re.compile(r"[^.!?;\n…]+")
_CLAUSE = re.compile(r",\s*(?=(?:but|and|so|because|though|although|which|then)\b)"
                     r"|\s(?=(?:but|because|although|though|whereas)\s)|\s[-–—]\s|,")
#: Words left off the start of a clause said back ("Yes, mostly. Honestly it's ...").
_LEAD = frozenset("""and but so or yes yeah yep ya yup ok okay well oh honestly
    sorry basically literally actually anyway um umm erm er uh hmm lol tbh ngl idk dunno
    mostly plus also again then""".split())
#: Text-speak filler inside a clause ("same thing tbh, write it down"): said back, it
#: sounds like a transcript, not a listener.
_INNER_FILLER = re.compile(r"(?<=\w)(?:\s+(?:lol|lmao|haha|tbh|ngl|imo|idk))+\b(?=[\s,.!?]|$)",
                           re.IGNORECASE)
_LEAD_PHRASES = ("if that makes sense", "if you know what i mean", "does that make sense",
                 "coming back to it", "going back to it", "as i was saying",
                 "it's more that", "its more that", "it's just that", "i mean",
                 *HONESTLY, "you know", "i guess",
                 "i suppose", "i think", "like i said", "as i said", "like i say", "as i say")
_LEAD_BY_LENGTH = sorted(_LEAD_PHRASES, key=len, reverse=True)  # the longest found first
#: A no that answers (left off only before a comma or stop: "No, it's ..."); "no one"
#: and "no time" keep it.
_REPLY_NO = frozenset("no nope nah".split())
#: A filler aside inside a clause: "Your husband, I suppose, he listens."
_ASIDE = re.compile(r",\s*(?:i suppose|i guess|i think|i mean|you know|tbh|honestly|like|to be"
                    r" honest|if i'm honest|sort of|kind of)\s*,\s*(?P<next>\w+)", re.I)
_SUBJECTS = frozenset("i we you he she it they there that this".split())


def _aside_gone(match: re.Match[str]) -> str:
    """The clause without its aside: "husband, I suppose, he" -> "husband, he"; "rota,
    tbh, is" -> "rota is"."""
    following = match["next"]
    return (", " if following.casefold() in _SUBJECTS else " ") + following
#: Words left off the end of a clause said back.
_TRAIL = frozenset("""really though tho too either anyway lol lmao haha honestly etc tbh
    idk ngl imo sorry mate actually""".split())
#: Asides said after a comma at the end of a clause.
_TRAIL_PHRASES = frozenset(("i know", "you know", "i guess", "i suppose", "i think", "i mean",
                            "i reckon", *HONESTLY))
#: Words that carry no substance of their own in a reflection.
_NOT_CONTENT = frozenset("know guess sorry think mean suppose sure really honestly gosh".split())


#: An answer given unsure ("idk mina tbh", "not sure, Priya?"): its one word is said back.
_UNSURE = re.compile(r"\b(?:idk|dunno|not sure|no idea|i don'?t know|maybe|perhaps)\b",
                     re.IGNORECASE)


_NOT_ONE_ANSWER = frozenset("nothing anything everything something sure idea know really"
                            .split())


_STAYS_WITH_WEIGHT = 1_000.0


def reflection_of(text: str, phrases: Sequence[Phrase], *, besides: str = "") -> str | None:
    """The clause of ``text`` worth saying back, turned round and capitalised, or None;
    a clause holding ``besides`` (words a question is about to quote) is passed over."""
    if text.rstrip().endswith("?"):
        return None  # a question of theirs is answered, not said back
    count = word_count(text)
    pair = _parallel(text, count)
    if pair is not None:
        return pair
    strong = [p for p in phrases if p.score > 0]
    best: tuple[tuple[float, bool, int], str, int] | None = None  # (rank, clause, where)
    order = 0
    # short fragments said as a list ("Kelly. The area manager.") are one clause; two
    # single words ("CPO. customers.") are too thin to say back on their own
    listed = as_list(text) if count >= 3 else text
    marked = mark_run_ons(listed)
    cursor = 0
    found: list[tuple[tuple[float, bool, int], str, int]] = []  # (rank, clause, where)
    for sentence in _SENTENCE.findall(marked):
        pieces = [sentence] if word_count(sentence) <= MAX_WORDS else _reasons_joined(
            _lists_kept(_CLAUSE.split(sentence)))
        for number, piece in enumerate(pieces):
            clause = trim_filler(piece)
            at = marked.find(clause, cursor) if clause else -1
            if at >= 0:
                cursor = at + len(clause)
            if number and _UNWANTED.match(clause) and any(
                    has_content(trim_filler(p)) for p in pieces[:number]):
                continue  # "..., not brought in at the end": the half they want is said
            n = word_count(clause)
            if n == 1 and count < SHORT_WORDS and _UNSURE.search(text) and not (
                    _UNSURE.search(clause) or clause.casefold() in _NOT_ONE_ANSWER
                    or clause.casefold() in STOP or clause.casefold() in _NOT_CONTENT):
                pass  # one word given unsure ("idk mina tbh") is the answer: said back
            elif n < 2 or n > MAX_WORDS or not has_content(clause):
                continue
            if n < 4 and count >= SHORT_WORDS:
                continue  # a scrap of a longer answer is not said back alone
            folded = clause.casefold()
            if besides and besides.casefold() in folded or _ABOUT_THEIR_TALK.search(folded):
                continue
            score = sum(p.score for p in strong if p.text.casefold() in folded)
            if STAYS_WITH.search(folded):
                score += _STAYS_WITH_WEIGHT  # what will not leave them is said back first
            order += 1
            # with nothing stronger in either, a statement ("every incident form ends up
            # on my desk") is said back before a count said alone ("forty odd last month")
            rank = (score, not _a_count(clause), order)
            found.append((rank, clause, at))
            if best is None or rank >= best[0]:
                best = (rank, clause, at)
    if best is None:
        return _key_words(text, phrases, besides)
    _, clause, where = best
    if _PRONOUN_LEAD.match(clause) and where > 0:
        clause = _with_name(marked, where, clause, [(r, c) for r, c, a in found
                                                    if not _PRONOUN_LEAD.match(c)])
    said = say_back(_INNER_FILLER.sub("", _ASIDE.sub(_aside_gone, clause)))
    said = _with_feeling_first(text, clause, said)
    return said[:1].upper() + said[1:]


#: A feeling said on its own before the rest of the answer: "Torn, mostly. And tired of
#: being the one who has to be certain.", "Angry. But a bit ashamed too."
_FEELING_FIRST = re.compile(
    r"^\s*(?:(?:i'm|i am|feeling|just|so|really|pretty|very|quite|a bit|bit)\s+)?"
    r"(?P<feeling>[a-z]+)(?:,?\s+(?:mostly|honestly|really|tbh|i guess|i think|if i'm honest"
    r"|if i am honest|to be honest))?\s*[.!]+\s+(?:(?P<joined>and|but)\s+)?",
    re.IGNORECASE,
)


def _with_feeling_first(text: str, clause: str, said: str) -> str:
    """``said`` (the reflection of ``clause``) with the feeling the answer opened on alone
    put before it, when the clause is what came straight after it: the two are one
    answer, and the feeling is the half a listener would not leave out."""
    m = _FEELING_FIRST.match(text)
    if m is None:
        return said
    feeling = m.group("feeling").casefold()
    rest = text[m.end():].lstrip().casefold()
    if (feeling not in FEELINGS or feeling in said.casefold().split()
            or not rest.startswith(clause.casefold()[:24])
            or word_count(said) + 2 > MAX_WORDS):
        return said
    joined = m.group("joined")
    if joined is None:
        # "Stuck. Between the ward and the site team." goes on from the feeling itself
        first = rest.split(" ", 1)[0]
        if first in _OF_IT:
            return f"{feeling} {said[:1].lower()}{said[1:]}"
        joined = "" if first in _GOES_ON else "and"
    return f"{feeling}, {joined.casefold() + ' ' if joined else ''}{said[:1].lower()}{said[1:]}"


#: Words that carry a feeling on into what it is of ("Scared. Of getting it wrong."),
#: and into where or when it is felt ("Stuck. Between the ward and the site team.").
_OF_IT = frozenset("of about for by".split())
_GOES_ON = frozenset("between with from at in on over after".split())


#: Words a pair of sentences may both start on without saying the same thing twice.
_NOT_PARALLEL = frozenset("and but so yeah yes no ok okay well then also it's its".split())


_HEDGE = re.compile(r"\b(?:i|we) (?:guess|suppose|think|mean|reckon)\b", re.IGNORECASE)


def _parallel(text: str, count: int) -> str | None:
    """Two short sentences built alike ("Costs me. Costs the watch managers too."), said
    back together: either alone drops what the pair says (whose cost it is as well)."""
    if count > 14:
        return None
    sentences = [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    if len(sentences) != 2 or any(word_count(s) < 2 for s in sentences):
        return None
    first = [WORD.findall(s)[0].casefold() for s in sentences]
    if first[0] != first[1] or first[0] in _NOT_PARALLEL or first[0] in STOP and first[0] not in (
            "i", "we"):
        return None
    if any(_UNSURE.search(s) or _HEDGE.search(s) for s in sentences):
        return None  # "I don't know. I haven't thought about it.": the second is the point
    said = ". ".join(say_back(s).rstrip(" ,") for s in sentences)
    return said[:1].upper() + said[1:]


#: The half of a contrast they do not want, after the half they do ("learning in the
#: room when the gallery is designed, not brought in at the end").
_UNWANTED = re.compile(r"^(?:not|never|rather than|instead of)\b", re.IGNORECASE)
#: A clause whose subject is only "she", "he" or "they".
_PRONOUN_LEAD = re.compile(r"^(?:she|he|they)(?:['’](?:s|re|ve|ll|d))?\b", re.IGNORECASE)
#: A name: a capitalised word that is not "I" and not only a sentence's first word.
_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*")


def _with_name(marked: str, where: int, clause: str,
               others: list[tuple[tuple[float, bool, int], str]]) -> str:
    """``clause`` ("she's in Leeds three days a week"), at ``where`` in the answer, said
    with the name it stands for when the answer named someone just before it: from the
    start of the sentence that names them, if that is short enough to say whole ("Gwen
    is sharp. She's in Swindon most of the week"); else the best of ``others`` (clauses
    not led by a pronoun); else ``clause`` as it is."""
    from coach.engine.playback import SENTENCE_STARTERS

    before = marked[:where]
    starts = [m.start() for m in _SENTENCE.finditer(before)]
    names = [m for m in _NAME.finditer(before)
             if m.group().casefold().replace("’", "'") not in SENTENCE_STARTERS
             and m.group().casefold() not in STOP and m.start() >= (starts[-2] if len(starts)
                                                                     > 1 else 0)]
    if not names:
        return clause
    start = max((s for s in starts if s <= names[-1].start()), default=0)
    for end in (where + len(clause), where + len(_SHORTER.split(clause, 1)[0])):
        stretch = trim_filler(marked[start:end])
        if word_count(stretch) <= MAX_WORDS and _NAME.search(stretch):
            return stretch
    return max(others)[1] if others else clause


#: Where a pronoun's clause may be cut short to be said with its name.
_SHORTER = re.compile(r",|\s(?:and|but|so)\s")


#: A clause about how they are talking, not about their situation ("I'll try to be
#: clearer", "I'm rambling"): never said back.
_ABOUT_THEIR_TALK = re.compile(
    r"\b(?:try(?:ing)? to be (?:clearer|clear|brief|quick)|(?:i'?m|i am) (?:rambling|waffling"
    r"|going on|not making sense|all over the place)|i don'?t know why i'?m (?:telling|saying)"
    r"|(?:for|about) (?:going on|rambling|waffling)|make any sense|makes (?:any )?sense"
    r"|where was i|lost my thread|that came out wrong)\b")


#: The most words one item of a list said with commas holds ("the parents' group").
_ITEM_WORDS = 5
#: What a list's first item may follow: "Coming back to it: the deputy, ...".
_LIST_LEAD = re.compile(r"^.*:\s+")


def _an_item(piece: str) -> bool:
    """Whether ``piece`` can be one item of a list: a thing or a name ("the governors",
    "Dev"), with a word of substance and no one doing anything in it ("it's", "sorry"
    and "that's what matters" are not)."""
    words = [w.group().casefold().replace("’", "'") for w in WORD.finditer(piece)]
    if any(w.split("'")[0] in _SUBJECTS for w in words):
        return False
    return any(w not in STOP and w not in _NOT_CONTENT and w not in _LEAD and w not in _TRAIL
               for w in words)


def _lists_kept(pieces: list[str]) -> list[str]:
    """``pieces`` with a run of three or more short ones (a list: "the deputy, the
    governors, the staff, and the adviser") put back together as one, when it is short
    enough to say whole, so that no name of the list is dropped."""
    kept: list[str] = []
    run: list[str] = []

    def close_run() -> None:
        joined = ", ".join(p.strip() for p in run)
        if len(run) >= 3 and word_count(joined) <= MAX_WORDS:
            kept.append(joined)
        else:
            kept.extend(run)
        run.clear()

    for piece in pieces:
        n = word_count(piece) if _an_item(piece) else 0
        if 0 < n <= _ITEM_WORDS and (run or not _LIST_LEAD.match(piece)):
            run.append(piece)
            continue
        if not run and _LIST_LEAD.match(piece):
            lead, item = _LIST_LEAD.match(piece).group(), _LIST_LEAD.sub("", piece)
            if 0 < word_count(item) <= _ITEM_WORDS and _an_item(item):
                kept.append(lead.rstrip(": "))
                run.append(item)
                continue
        close_run()
        kept.append(piece)
    close_run()
    return kept


#: What a clause giving a reason starts with; said back alone ("Because you couldn't
#: face the emails") it answers a question nobody asked.
_REASON = re.compile(r"^\s*(?:because|cos|coz|'cause|cause|since)\b\s*", re.IGNORECASE)


_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve
    twenty thirty forty fifty sixty seventy eighty ninety hundred dozen half""".split())


def _a_count(clause: str) -> bool:
    """Whether ``clause`` is a number and what it counts, with no one doing anything in
    it ("Forty odd last month.", "180 lads, six staff on days")."""
    words = [w.casefold() for w in WORD.findall(clause)]
    return bool(words) and (words[0].isdigit() or words[0] in _NUMBER_WORDS) \
        and not _has_subject(clause)


def _has_subject(piece: str) -> bool:
    """Whether ``piece`` says who does something ("then I just stared at it"), unlike a
    phrase of time or place ("even at half ten at night")."""
    return any(w.group().casefold() in _SUBJECTS for w in WORD.finditer(piece))


def _reasons_joined(pieces: list[str]) -> list[str]:
    """``pieces`` with a reason kept with what it is the reason for, when the two are
    short enough to say whole ("you stared at it for an hour because you couldn't face
    the emails"); a reason too long to join is said without its "because"."""
    kept: list[str] = []
    for piece in pieces:
        if _REASON.match(piece) and kept and _has_subject(kept[-1]) \
                and word_count(kept[-1]) + word_count(piece) <= MAX_WORDS:
            kept[-1] = f"{kept[-1].rstrip()} {piece.strip()}"
        elif _REASON.match(piece):
            kept.append(_REASON.sub("", piece))
        else:
            kept.append(piece)
    return kept


def _key_words(text: str, phrases: Sequence[Phrase], besides: str) -> str | None:
    """For an answer with no clause short enough to say whole: its first play-back point
    of four words or more (already turned round), if it has substance."""
    from coach.engine.playback import playback_items

    for point in playback_items([text], {text: list(phrases)}):
        if word_count(point) >= 4 and has_content(point) and not (
                besides and besides.casefold() in point.casefold()):
            return point[:1].upper() + point[1:]
    return None


def trim_filler(piece: str) -> str:
    """``piece`` without filler at either end, or the punctuation around it."""
    words = list(WORD.finditer(piece))
    start, end = 0, len(words)
    changed = True
    while changed and start < end:
        changed = False
        rest = " ".join(w.group().casefold() for w in words[start:start + 5])
        for phrase in _LEAD_BY_LENGTH:
            if rest == phrase or rest.startswith(phrase + " "):
                start += len(phrase.split())
                changed = True
                break
        if start < end and words[start].group().casefold() in _LEAD:
            start += 1
            changed = True
        elif start < end and words[start].group().casefold() in _REPLY_NO and (
                start + 1 >= end or piece[words[start].end():words[start + 1].start()]
                .strip(" ")):
            start += 1  # "No, it's the rota": the no answers, it is not said back
            changed = True
    while end > start:
        if words[end - 1].group().casefold() in _TRAIL:
            end -= 1
            continue
        for size in (2, 3, 4, 5):
            tail = " ".join(w.group().casefold().replace("’", "'")
                            for w in words[end - size:end])
            if (end - size > start and tail in _TRAIL_PHRASES
                    and "," in piece[words[end - size - 1].end():words[end - size].start()]):
                # "stop covering nights myself, I know, I know", "angry, if I'm honest":
                # an aside, not a point
                end -= size
                break
        else:
            break
    if start >= end:
        return ""
    a, b = words[start].start(), words[end - 1].end()
    if a and piece[a - 1] in _OPENING and _CLOSING[piece[a - 1]] in piece[a:b]:
        a -= 1  # "'stuck between the wards' is like ...": the quote keeps its marks
    if b < len(piece) and piece[b] in _CLOSING.values() and any(
            piece[k] in _OPENING and _CLOSING[piece[k]] == piece[b] for k in range(a, b)):
        b += 1
    return piece[a:b]


_CLOSING = {"'": "'", '"': '"', "‘": "’", "“": "”"}
_OPENING = frozenset(_CLOSING)


def has_content(point: str) -> bool:
    """At least two words of substance: "you don't know, you guess" is not said back."""
    return sum(1 for w in WORD.findall(point)
               if w.casefold() not in STOP and w.casefold() not in _NOT_CONTENT) >= 2
