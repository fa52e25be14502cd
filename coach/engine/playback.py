"""Play-backs in the person's own words.

A play-back is 2-4 short points, each the key words of one answer: one contiguous slice
of what they typed, cut only where a clause ends so it never stops mid-phrase, with "I"
turned round to "you" outside anything they quoted. Filler is left out, because a summary
that says "lol" back sounds like a transcript, not a listener. A correction replaces the
point it corrects: a summary with the mistake still in it tells them they were not heard.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from coach.engine.phrases import (
    FEELINGS,
    METAPHOR,
    STAYS_WITH,
    STOP,
    VALUES,
    WORD,
    Phrase,
    scored_phrases,
)
from coach.engine.replies import REPLY_NO_NEXT

# First-person forms and what they become when said back to the person.
TURN_ROUND = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
              "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
              "im": "you're", "ive": "you've",
              "we": "you", "us": "you", "our": "your", "ours": "yours",
              "ourselves": "yourselves", "we're": "you're", "we've": "you've",
              "we'd": "you'd", "we'll": "you'll"}
AFTER_I = {"am": "are", "was": "were"}  # verb forms that follow "I" and change with it

MAX_ITEM_WORDS = 12  # a point is a handful of key words, not a sentence
MAX_ITEMS = 4
MAX_ITEM_CHARS = 160  # a pasted link or log is not a key phrase
TARGET_WORDS = 36  # a stage's play-back aims at 20-35 words (COACHING.md)
EXTRA_SCORE = 0.4  # a third or fourth point must say something
SPARE_SCORE = 1.0  # a second point from one answer must beat the others' first by this
INF = float("inf")


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Closed-class words: a point never ends on one, since "stuck in the" is a broken phrase.
FUNCTION = _set("""a an the this that these those some any each every all both either neither
    no my your our their his her its i me you we us they them he him she it mine yours ours
    theirs myself yourself who whom whose which what about above across after against along
    among around at before behind below beside between beyond by despite down during except
    for from in inside into near of off on onto out outside over past per round since through
    till to toward towards under until up upon via with within without and but or nor so yet
    because cos cause coz as if than though although while whilst whereas whether when where
    unless am is are was were be been being have has had do does did will would shall should
    can could may might must i'm im i've ive i'd i'll it's that's there's what's he's she's
    we're they're you're we've they've don't dont doesn't didn't can't cant cannot won't wont
    wouldn't couldn't shouldn't isn't aren't wasn't weren't haven't hasn't hadn't not just
    very quite rather really also then there here even ever only much many more most such
    like too still always never""")
OBJECTS = _set("me you us them him her it myself yourself ourselves themselves")
REFLEXIVE = _set("myself ourselves")
PARTICLES = _set("up down out off over around through on in")  # "burn out", "fed up"
#: Said to fill a pause, never to mean anything: left out wherever they stand.
FILLER = _set("lol lmao haha idk tbh honestly sorry ugh um umm uh er erm hmm dunno ngl imo")
#: "To be honest" and its kind, wherever they are said.
HONESTLY = ("to be fair", "to be honest", "to be honest with you", "if i'm honest",
            "if im honest", "if i am honest", "if i'm being honest", "if im being honest")
FILLER_PHRASES = [p.split() for p in (
    "i guess", "i suppose", "you know", "i mean", *HONESTLY, "or whatever",
    "dont know really", "don't know really", "or something",
    "and stuff", "if that makes sense")]
#: "As I said, ...": filler before the point they come back to (before a comma, or before
#: a new clause's subject), not in "as I said to the board".
SAID_BEFORE = [p.split() for p in (
    "as i said", "like i said", "as i say", "like i say", "coming back to it",
    "it keeps coming back to this", "same as before", "again")]
#: Words that take "to be fair" or "to be honest" as what they want, not as filler:
#: "I want to be fair", "trying to be honest with them".
WANTS_TO = _set("""want wants wanted wanting need needs needed try tries tried trying going
    able hope hoping hoped like love have has had got used""")
#: Fillers only with nothing after them in the clause ("I don't know, the rota ...").
HEDGES = [p.split() for p in ("i don't know", "i dont know", "not sure", "no idea")]
LEAD_HEDGES = [["kind", "of"], ["sort", "of"]]  # fillers only where a clause starts
#: Said aside, between commas or stops: "Stop covering nights myself, I know, I know."
ASIDES = [["i", "know"], ["we", "know"]]
ALL_FILLER = FILLER_PHRASES + HEDGES + LEAD_HEDGES + SAID_BEFORE + ASIDES
CONJ = _set("and but because becuase becasue bc cos cause coz cuz so plus though although "
            "whereas yet or")
#: Words a point does not start on: joins, hedges and acknowledgements.
LEAD = CONJ | _set("""also then that well yeah yes yep ya yup no nope nah ok okay oh mostly
    basically literally actually anyway like kinda sorta""")
SUBORD = _set("that which who when where while whilst if then until since as before after "
              "unless whether")
PREP = _set("""about above across after against along among around at before behind below
    beside between beyond by despite during except for from in inside into near of off on
    onto over past per round through till to toward towards under upon via with within
    without""")
TRAIL = _set("really though tho too either anyway etc only mostly mainly")  # left off a point's end
ACK = _set("ok okay fine sure alright right good thanks cheers maybe nothing none next same")
LIGHT = _set("""get got getting going go goes gone make made keep kept put say said know think
    thought feel feels felt seem seems seemed want""")
MORE_FEELINGS = _set("cry crying cried tears hate hated dread dreading love loved dismissed "
                     "gutted shattered fed")
WANTS = _set("want wants wanted wanting wish wishes hope hoping hoped need needs needed")
SO_CLAUSE = _set("i we they he she it you the my our now i'm im it's there's that's nobody")
HARD = re.compile(r"[.!?;:\n…()\[\]{}—–]|\s-\s")
QUOTE = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|‘(?:[^’\n]|(?<=\w)’(?=\w))*’"
                   r"|(?<![\w'])'(?:[^'\n]|(?<=\w)'(?=\w))*'(?!\w)")


def _match_case(original: str, replacement: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


#: "id" and "ill" typed for "I'd" and "I'll": read so only before what follows those
#: ("id like to", "ill cry if"), never "an ID badge" or "I feel ill".
TYPED_WITHOUT_APOSTROPHE = {"id": "you'd", "ill": "you'll", "were": "you're"}
AFTER_ID = frozenset("""like love rather say want prefer be have go need just never probably
    really ask try cry do get see call ring tell sort speak talk put take make bring send
    book email text""".split())
#: What "were" opening a clause is followed by when it is "we're" typed without its
#: apostrophe ("were short staffed every weekend", "so were going to lose it"): not a
#: past tense, which needs a subject before it ("the kids were great").
AFTER_WERE = frozenset("""going getting trying doing waiting struggling drowning stuck short
    understaffed not never always still all so behind meant supposed screwed fine ok okay
    gonna about nearly almost basically literally just really""".split())


#: "I" or "we" as a clause's subject, and the words that start another subject before an
#: "us" ("I think the board hates us").
_WE_SUBJECT = _set("i we i'm we're im i've we've i'd we'd i'll we'll")
_ADVERBS = _set("really just actually even still honestly maybe probably definitely genuinely")
_NEW_SUBJECT = _set("""the a an my his her their your its this that these those he she they
    it you who which someone somebody everyone everybody nobody people""")


def turn_round(text: str) -> str:
    """Say ``text`` back to its author: first person becomes second person."""
    out: list[str] = []
    last = 0
    previous = ""
    since_we = 99  # words since an "I" or "we" in this clause with no new subject between
    matches = list(WORD.finditer(text))
    for n, match in enumerate(matches):
        word = match.group()
        key = word.casefold().replace("’", "'")
        following = matches[n + 1].group().casefold() if n + 1 < len(matches) else ""
        starts = n == 0 or text[matches[n - 1].end():match.start()].strip() != ""
        if key not in _ADVERBS:
            since_we += 1
        if starts or key in CONJ or key in _NEW_SUBJECT:
            since_we = 99
        if key == "us" and since_we <= 3 and following != "to":
            # "I could see us running it" -> "you could see yourselves running it", not
            # "you could see you"
            out.append(text[last : match.start()])
            out.append(_match_case(word, "yourselves"))
            last = match.end()
            previous = key
            continue
        if key in _WE_SUBJECT:
            since_we = 0
        if key in TYPED_WITHOUT_APOSTROPHE and (
                following in AFTER_WERE if key == "were" else following in AFTER_ID) and (
                word.islower() and (starts or previous in LEAD or previous in FILLER
                                    or previous in CONJ and key != "were")
                or word == word.capitalize() and starts):
            replacement = _match_case(word, TYPED_WITHOUT_APOSTROPHE[key])
        elif key in TURN_ROUND:
            new = TURN_ROUND[key]
            if "’" in word:
                new = new.replace("'", "’")
            if key.startswith("i") and key != "it":
                # "I" is always a capital; "you" only starts a sentence with one.
                before = text[: match.start()].rstrip()
                starts_sentence = not before or before[-1] in ".!?\n"
                replacement = new[:1].upper() + new[1:] if starts_sentence else new
            else:
                replacement = _match_case(word, new)
        elif previous == "i" and key in AFTER_I:
            replacement = _match_case(word, AFTER_I[key])
        else:
            replacement = word
        out.append(text[last : match.start()])
        out.append(replacement)
        last = match.end()
        previous = key
    out.append(text[last:])
    return "".join(out)


def say_back(text: str) -> str:
    """``text`` turned round, except inside quotation marks: a quote stays exact."""
    quotes = [" ".join(m.group().split()) for m in QUOTE.finditer(text)]
    turned = turn_round(" ".join(QUOTE.sub("\ue000", text).split()))  # \ue000: no word
    for quote in quotes:
        turned = turned.replace("\ue000", quote, 1)
    return turned


def _key(word: str) -> str:
    return word.casefold().replace("’", "'")


def _is_content(low: str) -> bool:
    return not (low in FUNCTION or low in FILLER or low in LEAD or low in ACK)


def _value(low: str, counts: Counter[str]) -> float:
    """How much a word tells a listener: feelings most, then metaphors, values, wants."""
    if low in FEELINGS or low in MORE_FEELINGS or low[-3:] == "ing" and low[:-3] + "ed" in FEELINGS:
        return 3.0
    if low in METAPHOR or low in VALUES or low in WANTS:
        return 2.5 if low in METAPHOR else 2.0
    if not _is_content(low) or low in TRAIL:
        return 0.0
    if len(low) > 3 and counts.get(low, 0) >= 2 and low not in STOP:
        return 1.5  # a word they came back to
    return 0.2 if low in LIGHT else 0.6


_SPACE_BEFORE = re.compile(r"\s+(?=[,;:])")


@dataclass(frozen=True)
class Span:
    score: float
    start: int  # character offsets in the text it was cut from
    end: int
    words: int
    raw: str  # as they typed it
    clean: bool  # starts where a clause starts and ends near where one ends

    @property
    def text(self) -> str:
        return _SPACE_BEFORE.sub("", say_back(self.raw))  # an aside left out: "jas , the"


def _quote_gap(inter: str, at: int, edges: set[int]) -> bool:
    """Whether the gap ``inter`` (starting at ``at`` in the text) holds a quote mark: a
    double one anywhere, a single one only where a quotation opens or closes."""
    for i, ch in enumerate(inter):
        if ch in "\"“”" or ch in "‘’'" and at + i in edges:
            return True
    return False


def _spans(text: str, counts: Counter[str], phrases: Sequence[Phrase] = (),
           forbid: frozenset[str] = frozenset(), objects: bool = False) -> list[Span]:
    """Every slice of ``text`` fit to be a point, best first.

    A slice starts where a clause starts and ends on a content word where a clause ends;
    cutting anywhere else costs it score, so a mid-phrase cut only wins when a clause is
    too long to say whole. A point may end on an object pronoun where the clause ends
    and the pronoun follows its verb ("the team not trusting it", "I let him down").
    ``forbid`` words are left out like filler; ``objects`` lets a point end on "us" or
    "me" after any word, where the person's own clause ended.
    """
    ws = list(WORD.finditer(text))
    n = len(ws)
    low = [_key(w.group()) for w in ws]
    filler = [k in FILLER or k in forbid for k in low]
    stays = STAYS_WITH.search(text) is not None
    marks = [(m.start(), m.end()) for m in QUOTE.finditer(text)]
    # where a quotation opens or closes: an apostrophe anywhere else ("the parents'
    # meeting") is part of a word, not a quote mark
    edges = {a for a, _ in marks} | {b - 1 for _, b in marks}
    quoted = [(a, b) for a, b in marks if len(WORD.findall(text, a, b)) <= MAX_ITEM_WORDS]
    starts = [w.start() for w in ws]
    region = [-1] * n  # which short quote each word is in
    first, last_word = [], []
    for r, (qa, qb) in enumerate(quoted):
        k0, k1 = bisect_right(starts, qa), bisect_left(starts, qb)
        region[k0:k1] = [r] * (k1 - k0)
        first.append(k0)
        last_word.append(k1 - 1)
    gap = ["hard"] * (n + 1)  # gap[g] lies between word g-1 and word g
    for g in range(1, n):
        inter = text[ws[g - 1].end() : ws[g].start()]
        inside = region[g - 1] == region[g] != -1
        digits = inter in ".:," and low[g - 1].isdigit() and low[g].isdigit()  # 8.05
        gap[g] = ("glued" if digits else "hard" if HARD.search(inter) else "comma"
                  if "," in inter else "glued" if inside or not any(map(str.isspace, inter))
                  else "quote" if _quote_gap(inter, ws[g - 1].end(), edges) else "plain")

    def bounded(g: int) -> bool:  # nothing more in the clause after word g-1
        return g >= n or gap[g] in ("hard", "comma") or low[g] in CONJ or filler[g]

    for k in range(n):
        for p in ALL_FILLER:
            if low[k : k + len(p)] == p and not (
                    p[0] == "to" and k > 0 and gap[k] == "plain" and low[k - 1] in WANTS_TO
            ) and (p in FILLER_PHRASES or bounded(k + len(p)) and p not in SAID_BEFORE
                   and p not in ASIDES or p in ASIDES and (k == 0 or gap[k] != "plain")
                   and bounded(k + len(p)) or (
                    p in LEAD_HEDGES and (k == 0 or gap[k] != "plain" or low[k - 1] in LEAD))
                    or p in SAID_BEFORE and (k == 0 or gap[k] != "plain") and (
                        k + len(p) >= n or gap[k + len(p)] != "plain"
                        or low[k + len(p)] in SUBJECT_START)):
                filler[k : k + len(p)] = [True] * len(p)
        filler[k] |= low[k] == "like" and gap[k + 1] == "comma"  # "it's, like, everyone's"
    conj = [k in CONJ and (k != "so" or g + 1 < n and low[g + 1] in SO_CLAUSE)
            and not (k in ("and", "or") and _joins_nouns(low, g))
            for g, k in enumerate(low)]
    fixed = {"hard": 0.0, "comma": 0.2, "quote": 3.0, "glued": INF}  # a quote has a speaker
    begin = [0.0] * n  # what it costs to start a point at word i
    for i in range(1, n):
        begin[i] = fixed.get(gap[i], 1.5 if low[i] in SUBORD else 3.0 if low[i - 1] in PREP
                             else 4.0)
        if gap[i] == "plain" and (filler[i - 1] or conj[i - 1]):
            begin[i] = min(begin[i], 0.2 if filler[i - 1] else 0.3, begin[i - 1] + 0.05)
        elif gap[i] == "plain" and low[i - 1] in LEAD and not _is_subject(low, gap, i - 1):
            begin[i] = min(begin[i], begin[i - 1] + 0.05)
        if gap[i] in ("comma", "quote") and low[i] in AUXILIARY:
            begin[i] = INF  # "Lou, | is brilliant", "'family' | is like": its subject is gone
    for i in range(1, n):
        if gap[i] == "plain" and low[i - 1] in NEGATORS:
            begin[i] = INF  # "no | one decides", "never | again": the point keeps its no
    run = list(range(n + 1))  # where a run of function words from word k stops
    for k in range(n - 1, -1, -1):
        if low[k] in FUNCTION and not (conj[k] or filler[k]):
            run[k] = k + 1 if k + 1 >= n or gap[k + 1] != "plain" else run[k + 1]
    finish = [0.0] * (n + 1)  # what it costs to end a point before word j
    for j in range(n - 1, 0, -1):
        finish[j] = fixed.get(gap[j], 1.0 if low[j] in SUBORD else 1.5 if low[j] in PREP
                              else 4.0)
        if gap[j] == "plain" and (low[j] == "of" or low[j] in PREP and (
                low[j - 1].endswith("ing") or low[j - 1] in LIGHT)):
            finish[j] = 3.5  # "looking | over her shoulder", "the trust | of": a phrase kept
        if gap[j] == "comma" and low[j] in AUXILIARY:
            finish[j] = 4.0  # "your supervisor, Lou | , is brilliant": its verb is to come
        if gap[j] == "quote":
            # "'trust their own judgement' | is": a quote that is the subject keeps its verb
            finish[j] = 4.0 if low[j] in AUXILIARY else 0.5
        elif gap[j] == "plain":
            if filler[j] or conj[j]:
                finish[j] = min(finish[j], 0.2 if filler[j] else 0.3)
            if filler[j] or low[j] in TRAIL:
                finish[j] = min(finish[j], finish[j + 1] + 0.05)
            tail = run[j]
            if tail > j and low[j] not in TRAIL and bounded(tail) and (
                    tail - j == 1 or low[j] not in PREP):
                finish[j] = INF  # "think | of", "believe | it myself": left dangling
    # Where the clause piece holding each word starts (after a comma or a joining word),
    # and whether each word can be a verb: a point that ends in a piece with no verb yet,
    # while its clause goes on ("cases, and one family | in particular is keeping ..."),
    # has cut a thought in half.
    piece = [0] * n
    for k in range(1, n):
        piece[k] = k if gap[k] in ("hard", "comma") or conj[k - 1] else piece[k - 1]
    verbish = [_verbish(k) for k in low]
    values = [_value(k, counts) for k in low]
    # Their strongest phrases as the content words in them: a point earns a share of
    # each phrase's weight for every one of those words it keeps.
    top = [(1.0 if rank == 0 else 0.3, [k for k in range(n) if values[k] >= 0.6
                                        and p.start <= ws[k].start() < p.start + len(p.text)])
           for rank, p in enumerate(phrases[:3]) if text.startswith(p.text, p.start)]

    # For each strong phrase, how many of its words come before word x: a slice's share
    # of the phrase is then two look-ups, not a count over every word.
    top_counts: list[tuple[float, list[int], int]] = []
    for w, keys in top:
        if keys:
            marks = set(keys)
            prefix = [0] * (n + 1)
            for x in range(n):
                prefix[x + 1] = prefix[x] + (x in marks)
            top_counts.append((w, prefix, len(keys)))

    def opens(i: int) -> bool:  # "no one" and a clause-opening "that" are no joins
        if low[i] == "no":  # "no one", "no time" open a point; "No, ..." is a reply
            return i + 1 < n and gap[i + 1] == "plain"
        if low[i] == "that":
            return not (i + 1 < n and gap[i + 1] == "plain" and i > 0 and gap[i] == "plain")
        return low[i] not in LEAD

    def done_to(k: int, i: int) -> bool:
        """Whether word ``k`` is an object pronoun straight after the verb it belongs to,
        within a point starting at word ``i``: "not trusting it", "can't stand them",
        "let him (down)". After a preposition ("fed up with it") it is not, unless it
        turns back on them ("angry at myself", "proud of ourselves"): that says who."""
        if low[k] in REFLEXIVE and k - 1 > i and gap[k] == "plain":
            return True
        return (low[k] in OBJECTS and k - 1 >= i and gap[k] == "plain"
                and _is_content(low[k - 1]) and low[k - 1] not in PARTICLES)

    found: list[Span] = []
    for i in range(n):
        if filler[i] or not opens(i) or begin[i] == INF:
            continue
        if low[i] == "not" and i > 0 and gap[i] == "comma":
            continue  # "a real voice, not a token seat": the contrast needs its first half
        seen: set[str] = set()
        total, strong, like, after_like, quotes = 0.0, 0, n, 0, False
        for j in range(i + 1, min(n, i + MAX_ITEM_WORDS) + 1):
            last = low[j - 1]
            if filler[j - 1] or (j - 1 > i and gap[j - 1] == "hard"):
                break
            if last not in seen:  # a word said twice in one point counts once
                seen.add(last)
                total += values[j - 1]
                strong += values[j - 1] >= 0.6
                after_like += like < j - 1 and values[j - 1] >= 0.6
            if last == "like" and j - 1 > i:
                like = min(like, j - 1)
            a, b = ws[i].start(), ws[j - 1].end()
            if b - a > MAX_ITEM_CHARS:
                break
            r = region[j - 1]
            closes = r >= 0 and last_word[r] == j - 1 and first[r] >= i  # a whole quote
            quotes = quotes or closes
            # "you don't trust it yet": a "yet" that ends its clause says it may change
            yet = last == "yet" and j - 1 > i and low[j - 2] not in LEAD and (
                j == n or gap[j] in ("hard", "comma"))
            if yet and strong and finish[j] <= 0.3:
                pass
            elif (finish[j] == INF or last in TRAIL or last in LEAD or not strong) or not (
                    _is_content(last) or last in ACK or closes
                    or (last in ("there", "here") or objects and last in OBJECTS
                        or done_to(j - 1, i)) and finish[j] <= 0.3
                    or last in PARTICLES and j - 2 >= i and (
                        _is_content(low[j - 2]) or done_to(j - 2, i))
                    and finish[j] <= 1.5):
                continue
            if (j < n and gap[j] == "plain" and j - 2 >= i and low[j - 2] in NOUN_START
                    and _is_content(low[j]) and low[j] not in FINITE and not verbish[j]
                    and not low[j].endswith(("ing", "ed"))):  # "a fraud | walking in"
                continue  # "have a real | voice": the thing named is cut from its word
            since = piece[j - 1]
            if since > i and j < n and gap[j] == "plain" and finish[j] > 0.3 and (
                    low[since] in SUBJECT_START or low[since].isdigit()) and not any(
                    verbish[since:j]):
                continue  # "you carry 28 cases, and one family": the second thought cut
            score = total - 0.12 * (j - i) - begin[i] - finish[j] - (strong < 2)
            score += 3.5 * (after_like >= 2)  # a simile: "like holding a door shut"
            score += 2.5 * quotes  # what someone said, word for word
            if stays and STAYS_WITH.search(text, a, b):
                score += 4.0  # a moment that stays with them: "I still hear the hatch"
            for w, prefix, size in top_counts:
                score += w * (prefix[j] - prefix[i]) / size
            if region[i] >= 0 and first[region[i]] == i:  # a whole quote keeps its marks
                a = quoted[region[i]][0]
            if closes:
                b = quoted[r][1]
            clean = begin[i] <= 0.3 and finish[j] <= 1.5
            found.append(Span(score, a, b, j - i, text[a:b], clean))
    return sorted(found, key=lambda s: (-s.score, s.start))


#: Words that turn what follows into its opposite: a point never starts just after one.
NEGATORS = _set("no not never nobody nothing none nor without")
#: Words that show a clause has its own verb: "and the team is tired" is a second clause.
FINITE = _set("""is are was were am be been has have had do does did can can't cannot could
    couldn't will won't would wouldn't should shall may might must keep keeps kept feel feels
    don't dont doesn't doesnt didn't didnt isn't isnt aren't arent wasn't wasnt weren't
    haven't havent hasn't hasnt cant wont never
    felt seem seems seemed get gets got go goes went want wants wanted need needs needed
    think thinks thought know knows knew say says said make makes made take takes took""")
#: What "and" or "or" joins when it joins two things, not two clauses.
NOUN_START = _set("the a an my our your his her their this that these those some every each"
                  " all both more less")


#: Verb forms that follow their subject: after a comma they carry on the clause before
#: it ("My supervisor, Lou, is brilliant"), so neither side of that comma ends a point.
AUXILIARY = _set("""is are was were has have had does did can could will would should isn't
    aren't wasn't weren't hasn't haven't hadn't doesn't didn't can't couldn't won't wouldn't
    shouldn't""")
#: Words a new clause's subject starts on, after a comma or a joining word.
SUBJECT_START = NOUN_START | _set("""one two three four five six seven eight nine ten i we
    they he she you it nobody everyone everybody someone people""")
#: Words a "that" at a clause's start introduces ("That the kids are safe"); before any
#: other word it is the subject itself ("That took a year") and is kept.
_AFTER_THAT = SO_CLAUSE | NOUN_START | frozenset(TURN_ROUND) | _set(
    "you people everyone everybody nobody someone he she they we i'm we're they're you're")


def _is_subject(low: list[str], gap: list[str], k: int) -> bool:
    """Whether word ``k`` is a "that" or "this" that is the subject of its clause: "That
    took a year" said back as "took a year" has lost who or what took it."""
    return (low[k] in ("that", "this") and (k == 0 or gap[k] in ("hard", "comma"))
            and k + 1 < len(low) and low[k + 1] not in _AFTER_THAT)


#: Words a second clause typed straight on after the first often starts with ("shes a
#: nurse too a patient i was looking after died"), and words that often end the first.
_RUN_ON_STARTS = _set("""a an the my our his her their i we he she they im i'm ive i've its
    it's thats that's theres there's nobody everyone someone""")
_RUN_ON_ENDS = _set("too though tho anyway again lol lmao haha tbh idk ngl mate it them")
#: Time words that can end a clause too ("actually do it this time a patient i was ..."),
#: but only before a new "a", "an" or "I": "every week the rota comes out" is one clause.
_RUN_ON_TIMES = _set("time today yesterday tonight week month morning night weekend")
_AFTER_TIMES = _set("a an i we he she they im i'm")
_ARTICLES = _set("a an the my our his her their")
_FELT_SEAM = re.compile(r"\bfe(?:el|els|lt|eling) [^\W_]+ (?:a|an|the|my|our|his|her|their|i|we"
                        r"|he|she|they|im|i'm)\b", re.IGNORECASE)
_RUN_ON_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: Where a seam can be at all: one of the ending words, a space, one of the starting ones.
_RUN_ON_SEAM = re.compile(
    r"(?<![\w'’])(?:" + "|".join(sorted(_RUN_ON_ENDS | _RUN_ON_TIMES)) + r") (?:"
    + "|".join(re.escape(w).replace("'", "['’]") for w in sorted(_RUN_ON_STARTS | {"it"}))
    + r")(?![\w'’])", re.IGNORECASE)


_ASIDE = re.compile(r"\([^()\n]{1,40}\)")


def _without_asides(text: str) -> str:
    """``text`` with short asides in brackets blanked out ("Raj (eng lead) is solid"), so
    a point keeps the name with what is said of it; every character keeps its place."""
    return _ASIDE.sub(lambda m: " " * len(m.group()), text) if "(" in text else text


def mark_run_ons(text: str) -> str:
    """``text`` with a line break where a second clause was typed straight on after the
    first with no stop between them ("shes a nurse too a patient i was looking after
    died last week", "thats why i did it a patient ..."), so that nothing said back joins
    the two. Only a space is replaced, so every other character keeps its place."""
    if not _RUN_ON_SEAM.search(text) and not _FELT_SEAM.search(text):
        return text  # no ending word followed by a starting word: nothing to read
    words = list(_RUN_ON_WORDS.finditer(text))
    if len(words) < 4:
        return text
    low = [_key(w.group()) for w in words]
    cuts: list[int] = []
    start = 0  # where the clause being read began
    for k in range(1, len(words)):
        between = text[words[k - 1].end():words[k].start()]
        if between.strip():
            start = k  # punctuation: a clause may begin here anyway
            continue
        starts = low[k] in _RUN_ON_STARTS or low[k] == "it" and low[k - 1] not in OBJECTS
        ends = (low[k - 1] in _RUN_ON_ENDS
                or low[k - 1] in _RUN_ON_TIMES and low[k] in _AFTER_TIMES
                # "doesnt make me feel thick a patient ...": what is felt ends the clause
                or k >= 2 and low[k - 2] in _FEEL and low[k] in _AFTER_TIMES | _ARTICLES
                and low[k - 1] not in FUNCTION)  # not "feel like | a fraud"
        if (between == " " and starts and ends
                and any(_verbish(w) for w in low[start:k - 1])
                and _verb_ahead(low, k + 1)):
            cuts.append(words[k].start() - 1)
            start = k
    for at in cuts:
        text = text[:at] + "\n" + text[at + 1:]
    return text


def _verb_ahead(low: list[str], k: int) -> bool:
    """Whether the clause going on from word ``k`` has a verb of its own within a few
    words, before any joining word: "a patient i was looking after" has; "the hard way
    and it worked" has not."""
    for word in low[k:k + 7]:
        if word in CONJ:
            return False
        if _verbish(word):
            return True
    return False


def _verbish(low: str) -> bool:
    """Whether a word can be a verb: enough to tell "one family" (no verb yet) from
    "one family is" or "nobody owns"."""
    return (low in FINITE or low in LIGHT or low in WANTS or low in AUXILIARY
            or low.endswith(("ing", "ed", "n't", "'s", "'re", "'m", "'ve", "'ll", "'d"))
            or low in ("im", "ive", "its", "thats", "theres", "shes", "hes", "theyre",
                       "youre", "whats", "dont", "cant", "wont", "didnt", "doesnt", "isnt"))


def _joins_nouns(low: list[str], g: int) -> bool:
    """Whether the "and"/"or" at word ``g`` joins two noun phrases ("the board and the
    staff to talk"), so that a point cut there would break a phrase."""
    if g + 1 >= len(low) or low[g + 1] not in NOUN_START:
        return False
    ahead = low[g + 2 : g + 6]
    return not any(k in FINITE or k.endswith(("'s", "'re", "'ve", "'ll", "'d")) for k in ahead)


def _repeated(text: str, counts: Counter[str]) -> frozenset[str]:
    """The words of ``text`` said twice or more across the stage: all a score needs of
    the stage's word counts."""
    return frozenset(k for k in (_key(w) for w in WORD.findall(text))
                     if len(k) > 3 and counts.get(k, 0) >= 2 and k not in STOP)


@lru_cache(maxsize=512)
def _cached_spans(text: str, repeated: frozenset[str], phrases: tuple[Phrase, ...],
                  ) -> list[Span]:
    """:func:`_spans` for one answer, kept: a stage's answers are scored when each is
    given (for the reflection) and again for the play-back at the stage's end."""
    return _spans(text, Counter(dict.fromkeys(repeated, 2)), phrases)


def _content_keys(text: str) -> set[str]:
    """Content words of ``text``, folded, for telling which points say the same thing."""
    keys = {_key(w) for w in WORD.findall(text)}
    return {k[:-1] if len(k) > 3 and k.endswith("s") else k for k in keys
            if _is_content(k) and k not in LIGHT and k not in TRAIL}


def _left_out(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` blanked out by line breaks: no point can hold a
    word from them or run across them, and every other character keeps its place."""
    for start, end in spans:
        text = text[:start] + "\n" * (end - start) + text[end:]
    return text


def content_keys(text: str) -> set[str]:
    """The content words of ``text``, folded (a plural as its singular)."""
    return _content_keys(text)


def playback_items(
    answers: Sequence[str], scored: Mapping[str, Sequence[Phrase]] | None = None, *,
    held: Mapping[str, Sequence[tuple[int, int]]] | None = None,
    kept: Mapping[str, int] | None = None,
) -> list[str]:
    """A stage's play-back: up to four points, each one answer's key words, in order.

    ``scored`` may hold each answer's phrases already scored, to save scoring again.
    An answer that is only filler or a yes ("ok", "not sure") gives no point.
    ``held`` gives, for an answer, the stretches of it already said back with care (a
    loss acknowledged): they are not filed again as points, and the rest of the answer
    still can be. ``kept`` gives, for an answer, where a loss was said that nobody said
    back: the point from that answer holds it, and is never left out for lack of room.
    """
    held, kept = held or {}, kept or {}
    counts = Counter(_key(w) for a in answers for w in WORD.findall(a))
    firsts: list[tuple[Span, int]] = []
    seconds: list[tuple[Span, int]] = []
    listed: list[tuple[Span, int]] = []
    forced: set[int] = set()
    for index, original in enumerate(answers):
        phrases = (scored or {}).get(original)
        if phrases is None:
            phrases = scored_phrases(original, counts=counts)
        answer = _left_out(original, held.get(original, ()))
        loss_at = kept.get(original)
        if loss_at is not None and len(answer) > FOCUS_OVER:
            # a long answer is cut to the loss's own sentence, so the loss is not lost
            sentence = next((m for m in _SENTENCE_SPAN.finditer(answer)
                             if m.start() <= loss_at < m.end()), None)
            if sentence is not None:
                answer = _left_out(answer, [(0, sentence.start()), (sentence.end(), len(answer))])
        answer, phrases = _focus(mark_run_ons(_without_asides(answer)), phrases, counts)
        as_listed = as_list(answer)
        was_list, answer = as_listed != answer, as_listed
        # Scored on the answer's own words, so the spans found when it was given (for
        # the reflection) serve again for the play-back at the stage's end.
        spans = _cached_spans(answer, _repeated(answer, Counter(_key(w) for w in
                                                                WORD.findall(answer))),
                              tuple(phrases[:3]))
        if was_list and spans:
            # a list said in fragments is one point, said whole where it fits: no item
            # is dropped for being short ("Tired. Angry. Mostly angry at myself.")
            whole = max(spans, key=lambda sp: (sp.end - sp.start, sp.score))
            if whole.clean and not WORD.search(answer, whole.end):
                spans = [whole, *[sp for sp in spans if sp is not whole]]
        if spans and loss_at is not None:
            holding = [s for s in spans if s.start <= loss_at < s.end]
            if holding:
                spans = [holding[0], *[s for s in spans if s is not holding[0]]]
                forced.add(index)
        if spans:
            firsts.append((spans[0], index))
            rest = [s for s in spans if (s.end <= spans[0].start or s.start >= spans[0].end)
                    and s.clean and s.score >= SPARE_SCORE]
            if rest and len(WORD.findall(answer)) > MAX_ITEM_WORDS:  # room for two points
                seconds.append((rest[0], index))
            elif was_list:
                # the rest of a list a filler broke ("knackered tbh. and angry"), said
                # where there is room once every answer has had its point
                listed.extend((sp, index) for sp in spans[1:]
                              if sp.end <= spans[0].start or sp.start >= spans[0].end)
    picked: list[tuple[Span, int]] = []
    total = 0
    ranked = [(s.score, s, i) for s, i in firsts] + [(s.score - SPARE_SCORE, s, i)
                                                      for s, i in seconds]
    musts = [(span, index) for span, index in firsts if index in forced]
    for span, index in musts:  # a loss nobody has said back yet is never left out
        picked.append((span, index))
        total += span.words
    for _, span, index in sorted(ranked, key=lambda r: -r[0]):
        if (span, index) in musts:
            continue
        keys = _content_keys(span.text)
        if any(2 * len(keys & other) > min(len(keys), len(other))
               for other in (_content_keys(s.text) for s, _ in picked)):
            continue  # says again what another point says
        if len(picked) < 2 or (total + span.words <= TARGET_WORDS and len(picked) < MAX_ITEMS
                               and span.score >= EXTRA_SCORE):
            picked.append((span, index))
            total += span.words
    for span, index in listed:
        if len(picked) < MAX_ITEMS and total + span.words <= TARGET_WORDS and not any(
                s.start < span.end and span.start < s.end for s, i in picked if i == index):
            picked.append((span, index))
            total += span.words
    if not picked and any(held.get(a) for a in answers):
        return []  # a loss said back, and nothing else: not "ok" said back in its place
    if not picked:  # every answer a bare "ok" or "not sure": say back the fullest one
        usable = [left for a in answers if WORD.search(left := _left_out(a, held.get(a, ())))]
        return [_clip(max(usable, key=lambda a: len(WORD.findall(a))))] if usable else []
    return _finish([span.text for span, _ in sorted(picked, key=lambda p: (p[1], p[0].start))],
                   answers)


#: A fragment of a list said as its own sentence: "Inspector. Team. Federation rep."
_FRAGMENT = re.compile(r"[^.!?]+")
_LIST_WORDS = 3  # the most words a fragment of such a list holds
_LAST_WORDS = 5  # and its last fragment, if it has no subject of its own
_SUBJECTS = _set("i we you he she they it i'm we're you're he's she's they're it's im")


def _unfilled(keys: list[str]) -> list[str]:
    """``keys`` without the filler words and phrases in them."""
    out, k = [], 0
    while k < len(keys):
        phrase = next((f for f in FILLER_PHRASES if keys[k : k + len(f)] == f), None)
        if phrase is not None:
            k += len(phrase)
            continue
        if keys[k] not in FILLER:
            out.append(keys[k])
        k += 1
    return out


def as_list(answer: str) -> str:
    """``answer`` with the stops between short fragments made commas ("Inspector. Team.
    Federation rep." -> "Inspector, Team, Federation rep."), so that the list is one point
    and no name is dropped for being one word. The text keeps its length, so the places
    of its phrases still hold."""
    if ". " not in answer:
        return answer
    pieces = [p for p in _FRAGMENT.findall(answer) if p.strip()]
    # the last fragment may say a little more ("Tired. Angry. Mostly angry at myself."),
    # and a filler in one is not counted ("Knackered tbh. And angry, if I'm honest.")
    if len(pieces) < 2 or not all(
            0 < len(ws := _unfilled([_key(w) for w in WORD.findall(p)]))
            <= (_LAST_WORDS if n == len(pieces) - 1 and _SUBJECTS.isdisjoint(ws)
                else _LIST_WORDS)
            and any(_is_content(k) and k not in ACK for k in ws)
            for n, p in enumerate(pieces)):
        return answer
    # each fragment after the first goes on in lower case where its capital only began a
    # sentence ("Tired. Fed up." -> "Tired, fed up"); a name keeps its capital
    return re.sub(r"\. ([^\W_][\w'’-]*)", lambda m: ", " + soften(m[1]), answer)


#: A longer answer is looked at sentence by sentence: only its most telling sentences
#: are searched for points, which keeps a long paste as quick as a short answer.
FOCUS_OVER = 300
FOCUS_CHARS = 180
FOCUS_SENTENCES = 2
_SENTENCE_SPAN = re.compile(r"[^.!?\n]+[.!?]*")


def _focus(answer: str, phrases: Sequence[Phrase], counts: Counter[str],
           ) -> tuple[str, Sequence[Phrase]]:
    """``answer`` cut down to its most telling sentences, in order, if it is long.

    Each sentence kept is cut to a window around its most telling word, so a point can
    still be found whole there.
    """
    if len(answer) <= FOCUS_OVER:
        return answer, phrases
    sentences = [m for m in _SENTENCE_SPAN.finditer(answer) if WORD.search(m.group())]

    def telling(m: re.Match[str]) -> tuple[float, int]:
        """(how telling the sentence is, where in it its most telling word is)."""
        best, at = 0.0, 0
        for p in phrases[:3]:
            if m.start() <= p.start < m.end() and p.score > best:
                best, at = p.score, p.start - m.start()
        words = list(WORD.finditer(m.group()))[:80]
        values = [_value(_key(w.group()), counts) for w in words]
        if values and not best:
            top = max(range(len(values)), key=values.__getitem__)
            at = words[top].start()
        return best + sum(values) / (1 + len(values) ** 0.5), at

    scored = [(telling(m), m) for m in sentences]
    chosen = sorted(sorted(scored, key=lambda t: -t[0][0])[:FOCUS_SENTENCES],
                    key=lambda t: t[1].start())
    text = " ".join(_window(m.group().strip(), at) for (_, at), m in chosen)
    return text, scored_phrases(text)


def _window(sentence: str, at: int) -> str:
    """At most FOCUS_CHARS of ``sentence`` around position ``at``, cut between words."""
    if len(sentence) <= FOCUS_CHARS:
        return sentence
    start = max(0, min(at - FOCUS_CHARS // 3, len(sentence) - FOCUS_CHARS))
    if start:
        start = sentence.rfind(" ", 0, start) + 1
    end = sentence.find(" ", start + FOCUS_CHARS)
    return sentence[start:end if end != -1 else len(sentence)]


def _clip(text: str) -> str:
    words = list(WORD.finditer(text))[:MAX_ITEM_WORDS]
    start, end = words[0].start(), words[-1].end()
    if end - start > MAX_ITEM_CHARS:
        return text[start : start + MAX_ITEM_CHARS] + "…"
    return say_back(text[start:end])


#: Words that only start a point with a capital because they started a sentence; a
#: later point in the same play-back goes on in lower case. Names keep their capital.
SENTENCE_STARTERS = frozenset(
    (STOP | {"mostly", "maybe", "because", "perhaps", "probably", "sometimes", "usually",
             "often", "also", "yes", "no", "honestly", "actually", "basically", "everyone",
             "everything", "nobody", "nothing", "people", "yours", "yourself", "you're",
             "you’re", "you've", "you’ve", "you'd", "you’d", "you'll", "you’ll",
             # numbers, and the doing words a step opens on ("Ask Jo", "Take a day")
             "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "ask", "take", "tell", "let", "meet", "stop", "pass", "book", "call", "ring",
             "send", "write", "talk", "speak", "start", "keep", "give", "try", "bring",
             "put", "set", "check", "plan", "share", "agree", "email", "phone", "message",
             "old", "new", "rest", "caught"})
    - {"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "im"}
)


def soften(item: str, lowered: frozenset[str] = frozenset()) -> str:
    """``item`` without the capital its first word had only for starting a sentence: a
    common word, a feeling ("Torn"), or one the person also wrote in lower case; a name
    keeps its capital."""
    first = WORD.match(item)
    if first and first.start() == 0:
        word = first.group()
        key = _key(word)
        if word == "A" or word[:1].isupper() and not word.isupper() and (
                key in SENTENCE_STARTERS or key in FUNCTION or key in LIGHT or key in CONJ
                or key in LEAD or key in FEELINGS or key in lowered):
            return item[:1].lower() + item[1:]
    return item


def _finish(items: Sequence[str], answers: Sequence[str] = ()) -> list[str]:
    """Later points go on the sentence the first began: "You feel ...; you want ..."."""
    items = [item for item in items if item]
    lowered = frozenset(_key(w) for a in answers for w in WORD.findall(a) if w.islower())
    return items[:1] + [soften(item, lowered) for item in items[1:]]


_A = r"['’]"
_SEP = r"[\s,.;:!?\-—–]+"
#: A "no" that answers: before a stop, a comma, the end or a word a reply-no comes
#: before; "no one decides" keeps its "no".
_NO = rf"no+(?=\W*$|\s*[^\w\s]|\s+(?:{REPLY_NO_NEXT})(?![\w'’]))"
PREAMBLE = re.compile(
    rf"^(?:(?:{_NO}|nope|nah|not quite|not really|not exactly|not entirely|not that|that{_A}s "
    rf"not (?:it|right)|that(?:{_A}s| is) wrong|close|almost|nearly|partly|kind of|sort of|"
    rf"kinda|sorta|yes|yeah|yep|ya|yup|mostly|pretty much|ok|okay|well|actually|hmm+|um+|"
    rf"erm|so|and|but|though|i mean|honestly|sorry|lol|idk|tbh|to be (?:honest|fair)|oh|"
    rf"it{_A}?s more(?: like| that| of| so)?|it is more(?: like| that)?|more (?:like|that)|"
    rf"it{_A}?s (?:that|like)|rather(?: that)?|what i meant was|what i mean is|i{_A}d say|"
    rf"i{_A}d (?:also )?add(?: that)?|i would (?:also )?add(?: that)?|"
    rf"more(?= (?:the|a|an|my|our|their|his|her|its?|this|about|of|how|what|when|i|i{_A}m|"
    rf"we|they|just|to|around|being)\b))\b(?:{_SEP})?)+", re.IGNORECASE)
NEGATING = re.compile(rf"^\W*(?:{_NO}|nope\b|nah\b|not\b|that\W?s wrong|that is wrong)", re.I)
MISSED = re.compile(
    rf"^(?:(?:you|u|ya)(?:{_A}ve| have)? (?:missed(?: out(?: on)?)?|forgot(?:ten)?|left out|"
    rf"didn{_A}?t (?:mention|say|get|include)|haven{_A}?t (?:mentioned|said|got))|what you "
    rf"missed (?:is|was)|there{_A}?s also|also)\b[\s,:;\-]*(?:that |the (?:bit|part) "
    rf"about |about )?", re.IGNORECASE)
_Y = r"(?P<y>[^.,;:!?]{1,80}?)"
#: "it's not Y exactly", "not so much Y", "it's not Y, it's X", "less Y, more X", "not Y but X"
NOT_Y = [re.compile(p, re.IGNORECASE) for p in (
    rf"\bnot (?:so much |really |just |quite )?{_Y} (?:exactly|as such|per se|so much)\b",
    rf"\bnot so much {_Y}(?={_SEP}|\s+but\b)",
    rf"\b(?:it{_A}?s|it is|that{_A}?s|that is) not {_Y}"
    rf"(?=[\s,.;:!?\-]*(?:but|it{_A}?s|it is|more|rather|i{_A}?m)\b)",
    rf"\bless {_Y}(?=[.,;:!?]?\s+(?:and |but )?more\b)",
    # "The wards aren't the problem, it's the gap between us and social care"
    rf"(?:^|(?<=[.,;:!?])\s*){_Y} (?:isn{_A}?t|aren{_A}?t|is not|are not|wasn{_A}?t|weren{_A}?t)"
    rf" (?:really )?(?:the|my|our) (?:problem|issue|point|thing|worry)"
    rf"(?=[\s,.;:!?\-]*(?:but|it{_A}?s|it is|its)\b)",
    rf"^(?:no\W+)?not (?!(?:quite|really|exactly|entirely|that|so much)\b){_Y}(?=,?\s+but\b|,\s*(?:it{_A}?s|it is|its|more|rather)\b)")]
#: "it's more X than Y": X instead of the Y it takes back.
MORE_THAN = re.compile(rf"\b(?:it{_A}?s|it is|its|that{_A}?s) (?:a lot |much |far |a bit )?more "
                       rf"(?P<x>[^.,;:!?]{{1,60}}?) than (?P<y>[^.,;:!?]{{1,60}}?)(?=$|[.,;:!?])",
                       re.IGNORECASE)
#: The rest of a cleft after what it takes back ("not the contract | I'm worried about,
#: it's | the AGM"): the part said instead starts after it.
_CLEFT_END = re.compile(rf"^(?:i{_A}?m|i am|we{_A}?re|we are|i|we)\b[^,.;:!?]{{0,40}}?,\s*"
                        rf"(?:but\s+)?(?:it{_A}?s|it is|its)\s+", re.IGNORECASE)
#: "it's head office not the managers", "payments, not the whole platform": X, then the Y
#: it takes back (read as such only when both are short names of things).
X_NOT_Y = re.compile(rf"^(?:it{_A}?s |it is )?(?P<x>[^.,;:!?]{{1,60}}?),? not "
                     rf"(?P<y>[^.,;:!?]{{1,60}}?)[.!]*$", re.IGNORECASE)


#: Filler said between commas inside a correction ("Bola, sorry, she's the one..."): left
#: out, so that it does not split the point from its name.
_INNER_FILLER = re.compile(r",\s*(?:sorry|tbh|lol|honestly|i mean|you know|like)\s*,", re.I)


def _parse(text: str) -> tuple[bool, str, str, bool]:
    """A correction read as (adds a point, Y it takes back, X it says instead, said no)."""
    text = _INNER_FILLER.sub(",", " ".join(text.split()))
    for pattern in NOT_Y:
        if m := pattern.search(text):
            rest = re.sub(rf"^(?:{_SEP}|(?:but|and)\b)+", "", text[m.end() :], flags=re.I)
            rest = _CLEFT_END.sub("", rest)  # "not the contract I'm worried about, it's X"
            rest = re.sub(r"^more\b\s*", "", PREAMBLE.sub("", rest), flags=re.I)
            return False, m["y"], rest, True
    if m := MORE_THAN.search(text):  # "it's more Dai and Tegwyn than the contract"
        return False, m["y"], re.sub(r"^(?:that|like|about)\s+", "", m["x"], flags=re.I), True
    body = PREAMBLE.sub("", text)
    if not X_NOT_Y.match(body) and X_NOT_Y.match(joined := _STOP_NOT.sub(", not ", body)):
        body = joined  # "Tom. not Ruth." said as "Tom, not Ruth"
    if (m := X_NOT_Y.match(body)) and _thing(m["x"]) and (
            _thing(m["y"]) or _key(m["y"].strip()) in _SPEAKER):
        return False, m["y"], body, True
    if missed := MISSED.match(body):
        return True, "", PREAMBLE.sub("", body[missed.end() :]), bool(NEGATING.match(text))
    return False, "", body, bool(NEGATING.match(text))


_STOP_NOT = re.compile(r"\.\s+not\s+", re.IGNORECASE)
#: The person themselves, taken back: "it's Tash, not me".
_SPEAKER = _set("me i us we myself")


#: What a short name of a thing may start with and still be one ("it's the court").
_THING_LEAD = re.compile(rf"^(?:(?:it{_A}?s|it is|its|that{_A}?s|just|more|rather|really)\s+)+",
                         re.IGNORECASE)
_DETERMINERS = _set("the a an my our your his her their this that these those")


def _thing(text: str) -> str:
    """``text`` as a short name of a thing ("the court", "payments"), or "" if it is
    more than that: a clause with a verb, or more than five words."""
    text = _THING_LEAD.sub("", " ".join(text.split())).strip(" ,.;:!?")
    words = [_key(w) for w in WORD.findall(text)]
    if not words or len(words) > 5 or any(
            _verbish(w) or w in NEGATORS or w in PREP or w in CONJ for w in words) \
            or all(not _is_content(w) for w in words):
        return ""
    return text


def _swap(item: str, taken_back: str, said: str) -> str | None:
    """``item`` with the thing taken back put right and the rest kept: "you're stuck
    between what the family needs" with "not the family, it's the court" is "you're stuck
    between what the court needs". None when it cannot be put right in place."""
    instead = X_NOT_Y.match(" ".join(said.split()))
    wrong, right = _thing(taken_back), _thing(instead["x"] if instead else said)
    if not wrong or not right:
        return None
    wrong_said, right_said = say_back(wrong), say_back(right)
    if _content_keys(right_said) <= _content_keys(item):
        return None  # already in the point: "... about head office to head office"
    for old in dict.fromkeys((wrong_said, _drop_determiner(wrong_said))):
        match = re.search(rf"(?<![\w'’]){re.escape(old)}(?![\w'’])", item, re.IGNORECASE)
        if match is None:
            continue
        start, new = match.start(), right_said
        before = list(WORD.finditer(item[:start]))
        joined = before and item[before[-1].end():start].isspace()
        previous = _key(before[-1].group()) if joined else ""
        whole = old == wrong_said and _drop_determiner(old) != old  # "the family" found
        if previous in _DETERMINERS:
            if _drop_determiner(new) != new:
                start = before[-1].start()  # "the family" -> "the court", not "the the"
        elif previous and not whole and (previous in _QUANTITIES or _is_content(previous)):
            return None  # "store managers", "one family": the thing is part of a phrase
        after = WORD.match(item[match.end():].lstrip())
        if after and _key(after.group()) in _AGREES and _plural(old) != _plural(right_said):
            return None  # "the rota is" -> "the shift swaps is": said whole instead
        if not item[:start].strip():
            new = _match_case(item[match.start():], new)
        return item[:start] + new + item[match.end():]
    return None


_QUANTITIES = _set("one two three four five each every some any no all both few many several")
_AGREES = _set("is are was were has have isn't aren't wasn't weren't hasn't haven't")


def _plural(text: str) -> bool:
    last = _key(text.split()[-1]) if text.split() else ""
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _drop_determiner(text: str) -> str:
    words = text.split(" ", 1)
    return words[1] if len(words) == 2 and _key(words[0]) in _DETERMINERS else text


#: A short name before a semicolon that says why it matters ("the regulator; it colours
#: everything"): the two are one point.
_NAME_AND_WHY = re.compile(r"^(\W*(?:the |a |my |our )?[\w'’-]+(?: [\w'’-]+)?)\s*;\s+")


def _point(text: str) -> str:
    """The corrected part as a point: all of it if it is short, else its key words."""
    text = mark_run_ons(_NAME_AND_WHY.sub(r"\1, ", text))
    counts = Counter(_key(w) for w in WORD.findall(text))
    focused, phrases = _focus(text, scored_phrases(text, counts=counts), counts)
    listed = as_list(focused)
    spans = _spans(listed, counts, phrases, objects=True)
    if spans and sum(counts.values()) <= MAX_ITEM_WORDS:  # all they said, less any filler
        longest = sorted(spans, key=lambda s: (-s.words, -s.score))
        kept = [longest[0]]
        if listed != focused:  # a list a filler broke: "Knackered tbh. And angry."
            for span in longest[1:]:
                if all(span.end <= k.start or span.start >= k.end for k in kept):
                    kept.append(span)
        return ", ".join(s.text for s in sorted(kept, key=lambda s: s.start))
    return spans[0].text if spans else ""


def _said_whole(said: str) -> str:
    """A short correction with no point found in it ("i dont say no", which ends on a
    word no point ends on), said back whole, or "" when it is not short."""
    said = said.strip(" ,.;:!?")
    return soften(say_back(said)) if 2 <= len(WORD.findall(said)) <= MAX_ITEM_WORDS else ""


def missed_said(text: str) -> str:
    """What a reply to "what did I miss?" says was missed, to say back: all of it,
    turned round, when it is short ("reception, and what they put up with"), else the
    correction's point."""
    said = _parse(text)[2].strip(" ,.;:!?")
    if 0 < len(WORD.findall(said)) <= MAX_ITEM_WORDS:
        return soften(say_back(said))
    return correction_item(text)


#: The most words of a thing said as missed that is asked about by name.
_ASKED_ABOUT_WORDS = 4


def missed_but_said(items: Sequence[str], text: str) -> str | None:
    """What ``text`` says was missed ("you missed Kev") when a point of ``items`` already
    says it, in their words turned round, short enough to ask about by name; else None:
    they are asked what about it was missed, not what was missed."""
    adds, _, said, _ = _parse(text)
    said = said.strip(" ,.;:!?")
    keys = _content_keys(said)
    if not adds or not keys or len(WORD.findall(said)) > _ASKED_ABOUT_WORDS:
        return None
    if not any(keys <= _content_keys(item) for item in items):
        return None
    return soften(say_back(said))


def correction_item(text: str) -> str:
    """A correction's new point: its preamble dropped, its key words turned round."""
    point = _point(_parse(text)[2])
    return soften(point or (_clip(text) if WORD.search(text) else ""))


#: Words a feeling follows in a point: "you feel ignored", "feeling sidelined".
_FEEL = _set("feel feels felt feeling")
_DEGREE = _set("so really very quite a bit totally completely just pretty")
#: Being a feeling: "you're gutted", "you were angry".
_BEING = _set("you're youre are were am i'm im being get got getting")
_PIECE = re.compile(r"[^.,;:!?\n]+")
_NO_LEAD = re.compile(r"^(?:(?:no+|nope|nah|not quite|not really|not exactly|well|um+|erm)\b\W*)+",
                      re.IGNORECASE)


def _lone(point: str) -> bool:
    """Whether ``point`` is a lone name or word that does not stand on its own ("Tash",
    "invisible", "social care"): at most two words, neither a verb, and no "the" or "my"
    to make it a thing named ("the budget" stands)."""
    keys = [_key(w) for w in WORD.findall(_THING_LEAD.sub("", point))]  # "it's Tash"
    return 0 < len(keys) <= 2 and keys[0] not in _DETERMINERS and not any(
        _verbish(k) or k in FUNCTION for k in keys)


def lone_point(point: str) -> bool:
    """Whether ``point`` is a lone name or word ("Sal", "invisible"), which does not
    stand on its own as a point said back."""
    return _lone(point)


def _feeling_slot(item: str, word: str = "") -> re.Match[str] | None:
    """Where ``item`` says a feeling (``word`` itself, if given): a feeling word, or the
    word after "feel" ("you feel ignored")."""
    words = list(WORD.finditer(item))
    for n, m in enumerate(words):
        key = _key(m.group())
        if word:
            if key == _key(word):
                return m
            continue
        before = [_key(w.group()) for w in words[:n]]
        while before and before[-1] in _DEGREE:
            before.pop()  # "you feel | really | ignored"
        if before and key not in FUNCTION and (
                before[-1] in _FEEL or before[-1] in _BEING and (
                    key in FEELINGS or key in MORE_FEELINGS)):
            return m
    return None


def _feeling_swap(items: Sequence[str], point: str, taken_back: str,
                  target: int | None) -> tuple[int, str] | None:
    """A lone word said for a feeling ("no, more like invisible", "more angry than
    tired") put in place of the feeling in the point it corrects: (which point, the point
    put right), or None when no point says a feeling it could stand for."""
    words = WORD.findall(point)
    if len(words) != 1 or words[0][:1].isupper() or not _is_content(_key(words[0])):
        return None
    back = WORD.findall(taken_back)
    order = [target] if target is not None else []
    order += [i for i in range(len(items)) if i != target]
    for i in order:
        slot = _feeling_slot(items[i], back[0] if len(back) == 1 else "")
        if slot is not None and _key(slot.group()) != _key(words[0]):
            return i, items[i][:slot.start()] + words[0] + items[i][slot.end():]
    return None


def _grown(point: str, text: str, taken_back: str, answers: Sequence[str]) -> str:
    """``point`` as a phrase that stands on its own when it is a lone name or word: the
    piece of the correction ``text`` it was said in ("it's the gap between you and social
    care"), or it with what it takes back as they said it ("Marcus, not you"), or what
    the person said of it in ``answers`` ("the union rep, Sal"), or the correction whole
    less its "no" ("more like invisible"); else ``point`` as it is."""
    if not _lone(point):
        return point
    keys = [_key(w) for w in WORD.findall(point)]
    for piece in _PIECE.findall(" ".join(text.split())):
        compared = MORE_THAN.search(piece)  # "it's more angry than tired", kept whole
        piece = compared.group() if compared else PREAMBLE.sub("", piece.strip())
        if missed := MISSED.match(piece):  # "you missed Sal" is no point of theirs
            piece = piece[missed.end():]
        words = [_key(w) for w in WORD.findall(piece)]
        if len(keys) < len(words) <= MAX_ITEM_WORDS and any(
                words[i:i + len(keys)] == keys for i in range(len(words))) and not (
                words[0] in NEGATORS or words[0] in CONJ):
            return soften(say_back(piece.strip(" -")))
    back = taken_back.strip(" ,.;:!?")
    flat = " ".join(text.split())
    if back and (said := re.search(rf"(?<![\w'’]){re.escape(point)}[,.]?\s+not\s+"
                                   rf"{re.escape(back)}(?![\w'’])", flat, re.IGNORECASE)):
        # "No. Marcus. Not me.": the name with what it takes back, as they said it
        return soften(say_back(_STOP_NOT.sub(", not ", said.group())))
    
    for answer in reversed(answers):
        if _key(" ".join(WORD.findall(answer))) == " ".join(keys):
            continue  # the answer that is only the name
        for sentence in _SENTENCE_SPAN.findall(mark_run_ons(answer)):
            words = [_key(w) for w in WORD.findall(sentence)]
            if not any(words[i:i + len(keys)] == keys for i in range(len(words))) \
                    or len(words) <= len(keys):
                continue
            at = sentence.casefold().find(" ".join(keys))
            spans = [sp for sp in _spans(sentence, Counter(), objects=True)
                     if sp.start <= max(at, 0) < sp.end and sp.words > len(keys)]
            if spans:
                return soften(spans[0].text)
    whole = _NO_LEAD.sub("", " ".join(text.split())).strip(" ,.;:!?-")  # "more like invisible"
    if not MISSED.match(whole) and len(keys) < len(WORD.findall(whole)) <= MAX_ITEM_WORDS:
        return soften(say_back(whole))
    return point


def _holds_run(item: str, run: Sequence[str]) -> bool:
    """Whether ``item``'s words hold ``run`` (word keys) one after another."""
    keys = [_key(w) for w in WORD.findall(item)]
    n = len(run)
    return any(keys[i : i + n] == list(run) for i in range(len(keys) - n + 1))


def apply_correction(items: Sequence[str], text: str, answers: Sequence[str] = ()) -> list[str]:
    """The play-back with a correction taken in: the point it corrects replaced.

    The point replaced is the one sharing most content words with what the person took
    back (Y in "it's not Y exactly, it's X"), else with what they said instead; "you
    missed X" adds X at the end, even to four points: dropping one of theirs to make room
    would miss something else they said. Y's words go from every point: what was
    corrected away is not said again.

    The new point stands on its own: a lone name or word ("Tash", "invisible") is said
    with the words round it in the correction, or put in place of the feeling it
    corrects, or said with what it takes back ("Marcus, not you"), or else with what
    the person said of it in ``answers`` (their answers so far).
    """
    adds, taken_back, said, said_no = _parse(text)
    point, new, gone = _point(said) or _said_whole(said), list(items), _content_keys(taken_back)
    if not point and len(one := WORD.findall(said)) == 1 and _is_content(_key(one[0])):
        point = one[0]  # "not quite, invisible"
    keys = _content_keys(point)
    if adds and keys and any(keys <= _content_keys(item) for item in new):
        return _finish(new)  # "you missed Raj" with Raj already said back: nothing to add
    target = None
    for keys in ([] if adds else [gone, _content_keys(said)]):
        overlaps = [len(keys & _content_keys(item)) for item in new]
        if keys and overlaps and max(overlaps):
            target = overlaps.index(max(overlaps))
            break
    if target is None and _key(taken_back.strip()) in _SPEAKER:
        # "no, Marcus, not me": the point where they themselves were said to do it
        target = next((i for i, item in enumerate(new)
                       if {"you", "your", "you're", "you've"} & {_key(w) for w in
                                                                 WORD.findall(item)}), None)
    felt = None if adds else _feeling_swap(new, point, taken_back, target)
    if felt is not None:
        target, new[felt[0]] = felt[0], felt[1]  # "invisible" put in for "ignored"
        point = new[target]
    else:  # a name said as missed is not matched to a clause of theirs about it
        point = _grown(point, text, taken_back, () if adds else answers)
    if target is None and said_no and len(new) == 1 and not adds:
        target = 0  # "no, ..." to the only point: that point was wrong
    if target is None and point and len(new) >= MAX_ITEMS and not adds:
        target = min(range(len(new)), key=lambda i: (
            sum(_value(_key(w), Counter()) for w in WORD.findall(new[i])), -i))
    swapped = _swap(new[target], taken_back, said) \
        if target is not None and felt is None else None
    if felt is not None:
        pass
    elif swapped is not None and target is not None:
        # the wrong part put right, the rest of the point kept ("Ruth" -> "Tom, not Ruth")
        new[target] = _grown(swapped, text, taken_back, ()) if _lone(swapped) else swapped
    elif target is not None:
        new[target] = point
    elif point:
        new.append(point)
        target = len(new) - 1  # the new point may say what it takes back ("..., not Y")
    forbid = frozenset(k for k in map(_key, WORD.findall(taken_back)) if _is_content(k))
    back = [_key(w) for w in WORD.findall(taken_back)]
    for i, item in enumerate(new):
        # only where the words taken back stand as they were said: "not the team" leaves
        # "get the inspector to a team briefing" whole, not cut down to "briefing"
        if i != target and gone & _content_keys(item) and _holds_run(item, back):
            spans = _spans(item, Counter(), (), forbid)
            new[i] = spans[0].text if spans else ""
    return _finish(list(dict.fromkeys(new)))
