"""Pick the phrases a good listener would play back, in the speaker's exact words.

A listener at the deepest level of listening picks up feelings, metaphors, values,
emphasised or repeated words and contradictions. Each phrase returned is an exact
slice of the text it came from, so quoting it back never invents content.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# Characters that end a clause between two words, and a dash between spaces.
# Control characters and line or paragraph separators end a clause too, so a phrase
# never carries them into a question.
# Written as one character class first (a mark, or the space before " - ") so that the
# regex engine skips straight to the next candidate instead of trying every position.
BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”—–\x00-\x1f\x7f-\x9f\u2028\u2029\s]"
                   r"(?:(?<=[.,;:!?()\[\]{}\"“”—–\x00-\x1f\x7f-\x9f\u2028\u2029])|-\s)")

MAX_WORDS = 6

FEELINGS = frozenset(
    """
    afraid alone angry annoyed anxious ashamed awful bored burnt burned burnout calm
    confident confused content curious defeated deflated delighted desperate disappointed
    drained dread dreading embarrassed energised energized excited exhausted fed fear
    frightened frustrated frustrating glad grateful guilty happy helpless hopeful hopeless
    hurt insecure inspired irritated isolated jealous lonely lost miserable nervous numb
    overwhelmed overwhelming panic panicky proud relieved resentful sad scared shame
    stressed stressful stuck tense terrified tired torn trapped uneasy unhappy upset
    useless valued undervalued unappreciated invisible worried worry worrying anxiety
    knackered shattered gutted furious livid fuming heartbroken devastated demoralised
    demoralized disheartened weary jaded
    """.split()
)
METAPHOR = frozenset(
    """
    rut wall brick walls mountain uphill drowning sinking juggling firefighting fire fires
    plates spinning weight heavy burden carrying carry treading water storm fog maze
    crossroads battle fight war bridge pulled pulling tug ladder cliff edge treadmill
    hamster wheel bubble cage trapped lid pressure cooker rollercoaster minefield
    spotlight anchor compass road path journey blocked bottleneck squeezed sandwich
    middle stretched
    """.split()
)
VALUES = frozenset(
    """
    important matters matter value values believe care fair unfair fairness trust respect
    honest honesty integrity purpose meaning meaningful principle principles right wrong
    deserve freedom family loyal loyalty proud recognition belong belonging
    """.split()
)
EMPHASIS = frozenset(
    """really so very truly totally completely absolutely always never every everything
    nothing nobody everyone constantly utterly""".split()
)
CONTRAST = frozenset({"but", "yet", "although", "though", "however", "whereas"})
LEAD_FILLER = frozenset(
    """i i'm im i’m i've i’ve i'd i’d it it's it’s its that this and but so just like feel
    feels felt feeling think thought guess suppose kind sort of um uh er well yeah yes oh
    to is was am are be been being really quite a an the there there's there’s
    then also still sometimes""".split()
)
TRAIL_FILLER = frozenset(
    """the a an and to of that with for at in on is was but so it or as by from my your
    our their his her its i this there be been being are am were just really how what why
    when where who which whether if""".split()
)
STOP = LEAD_FILLER | TRAIL_FILLER | frozenset(
    """you we they he she me them us what when where which who how have has had do does
    did not no can could would will should about into than then more most very much
    some any all one get got going go""".split()
)


#: Words of losing something, before a value word in the same clause (not a loss to be
#: acknowledged: that is ``acknowledge.LOSS``).
_LOSING = frozenset("""cost costs costing lost lose losing loses miss missing missed sacrifice
    sacrificed sacrificing gave give giving taken took robbed""".split())


@dataclass(frozen=True)
class Phrase:
    text: str
    score: float
    start: int
    why: str  # feeling | metaphor | value | emphasis | repeated | contrast


_LEXICON: dict[str, tuple[float, str]] = {}
for _words_, _weight_, _why in ((EMPHASIS, 1.0, "emphasis"), (VALUES, 2.0, "value"),
                                (METAPHOR, 2.5, "metaphor"), (FEELINGS, 3.0, "feeling")):
    _LEXICON.update(dict.fromkeys(_words_, (_weight_, _why)))
_NOTHING = (0.0, "")


def _segments(text: str, ascii: bool = False) -> list[tuple[int, int, list[str]]]:
    """Stretches of ``text`` between punctuation, with their words (``ascii``: the text
    is all in ASCII)."""
    segments = []
    pos = 0
    for stop in _breaks(text, ascii) + [len(text)]:
        if stop > pos:
            words = _words(text[pos:stop], ascii)
            if words:
                segments.append((pos, stop, words))
        pos = stop + 1
    return segments


def word_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each word (case-folded) occurs across ``texts``."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(w.casefold() for w in WORD.findall(text))
    return counts


# Three capital letters in a row: the only way a shouted word can be there.
_CAPITALS = re.compile(r"[^\W\d_a-z]{3}")
# A text all in ASCII is read without the regular expressions, which look at one
# character at a time: its bytes are translated in one pass, by tables made from them.


def _table(byte_of: Callable[[str], int]) -> bytes:
    """A table for ``bytes.translate`` taking each ASCII character ``c`` to
    ``byte_of(c)``."""
    return bytes(map(byte_of, map(chr, range(128)))) + bytes(range(128, 256))


#: What WORD finds a word of made itself (a letter or a digit), and so an apostrophe;
#: every other character made a space.
_SPACED = _table(lambda c: ord(c) if WORD.fullmatch(c) or c == "'" else 32)
#: Each capital (what _CAPITALS finds three of in a row) made "A", each other character
#: a space.
_CAPITAL_SHAPE = _table(lambda c: 65 if _CAPITALS.fullmatch(c * 3) else 32)
#: Each character BREAK finds on its own made a line break; the others left alone.
_BREAKING = _table(lambda c: 10 if BREAK.fullmatch(c) else ord(c))


def _breaks(text: str, ascii: bool) -> list[int]:
    """Where BREAK finds a break in ``text`` (``ascii``: all in ASCII)."""
    if ascii and " -" not in text:
        # No " - ": each break is a character BREAK finds on its own.
        stops = []
        stop = -1
        for piece in text.encode("ascii").translate(_BREAKING).split(b"\n")[:-1]:
            stop += len(piece) + 1
            stops.append(stop)
        return stops
    return [m.start() for m in BREAK.finditer(text)]


def _words(text: str, ascii: bool) -> list[str]:
    """``WORD.findall(text)``; ``ascii``: ``text`` is all in ASCII.

    Such a text whose apostrophes each stand between two letters or digits is split at
    everything else instead: each piece is then one of WORD's words."""
    if ascii:
        spaced = text.encode("ascii").translate(_SPACED).decode("ascii")
        if not ("''" in spaced or " '" in spaced or "' " in spaced or spaced[:1] == "'"
                or spaced[-1:] == "'"):
            return spaced.split()
    return WORD.findall(text)


def _shouting(text: str, ascii: bool) -> bool:
    """Whether ``text`` (``ascii``: all in ASCII) has three capitals in a row."""
    if ascii:
        return b"AAA" in text.encode("ascii").translate(_CAPITAL_SHAPE)
    return _CAPITALS.search(text) is not None


def _may_be_worth_a_look(words: list[str], shouting: bool) -> bool:
    """False where a text (its words ``words``; ``shouting``: it may shout one) has
    nothing to carry a phrase, told without counting its words: a text with no word
    twice repeats none."""
    distinct = set(words)
    return (len(distinct) < len(words) or not _LEXICON.keys().isdisjoint(distinct)
            or shouting)


def _worth_a_look(counts: Counter[str], shouting: bool) -> bool:
    """A quick check that a text holds any word that could carry a phrase."""
    if shouting or not _LEXICON.keys().isdisjoint(counts):
        return True
    return any(n >= 2 and len(w) > 3 and w not in STOP for w, n in counts.items())


def _carriers(lowered: list[list[str]], count: Callable[..., int], shouting: bool) -> set[str]:
    """The case-folded words of a text (``lowered``, by segment) that may carry a phrase:
    those of the lexicon and those repeated (by ``count``), or every word when one may be
    shouted. A word outside it gets no weight in :func:`scored_phrases`, so it is passed
    over there without the checks."""
    words = set().union(*lowered)
    if shouting:
        return words
    found = words & _LEXICON.keys()
    found.update(w for w in words - STOP if len(w) > 3 and count(w, 0) >= 2)
    return found


def scored_phrases(
    text: str, history: Sequence[str] = (), *, counts: Counter[str] | None = None
) -> list[Phrase]:
    """Every candidate phrase in ``text`` with its score, best first.

    Words repeated across ``text`` and ``history`` count as emphasis; pass ``counts``
    (from :func:`word_counts` over all the texts, ``text`` included) instead of
    ``history`` when scoring many texts from the same conversation.
    """
    ascii = text.isascii()
    shouting = _shouting(text, ascii)
    if counts is None:
        words = _words(text.casefold(), ascii)
        if not words:
            return []
        if not history and not _may_be_worth_a_look(words, shouting):
            return []
        counts = Counter(words)
        if history:
            counts.update(word_counts(history))
    if not _worth_a_look(counts, shouting):
        return []
    segments = _segments(text, ascii)
    if not segments:
        return []
    lowered = [list(map(str.casefold, words)) for _, _, words in segments]
    count = counts.get
    carriers = _carriers(lowered, count, shouting)
    found: dict[str, Phrase] = {}
    first_clause = True
    lexicon = _LEXICON.get
    for (seg_start, seg_stop, words), lows in zip(segments, lowered, strict=True):
        if _is_check(lows, text[seg_stop : seg_stop + 1] == "?"):
            continue  # "is that right?", "all right": a check, not the speaker's values
        if carriers.isdisjoint(lows):
            first_clause = False  # nothing here can carry a phrase: it only is a clause
            continue
        # Clauses within the segment: a contrast word ("but") starts a new one.
        cuts = [0, len(lows)]
        if not CONTRAST.isdisjoint(lows):
            cuts[1:1] = [i for i in range(1, len(lows)) if lows[i] in CONTRAST]
        matches: list[re.Match[str]] | None = None
        for a, b in zip(cuts, cuts[1:], strict=False):
            after_contrast = not first_clause and lows[a] in CONTRAST
            first_clause = False
            best, score, why, weighted = -1, 0.0, "", 0
            for k in range(a, b):
                low = lows[k]
                if low not in carriers:
                    continue
                known = lexicon(low)
                if known is not None and known[0] > 1.0:
                    wt, reason = known
                else:
                    word = words[k]
                    if len(word) > 2 and word.isupper() and word.isalpha():
                        wt, reason = 2.0, "emphasis"
                    elif len(low) > 3 and count(low, 0) >= 2 and low not in STOP:
                        wt, reason = 1.5, "repeated"
                    elif known is not None:
                        wt, reason = known
                    else:
                        continue
                if reason == "value" and not _LOSING.isdisjoint(lows[a:k]):
                    # "it costs me my own family": a value lost is not asked where it
                    # could come from; it gets the questions for any phrase.
                    reason = "emphasis"
                weighted += 1
                if wt > score:
                    best, score, why = k, wt, reason
            if best < 0:
                continue
            if after_contrast:  # a clause after "but" is where the contradiction lives
                score += 0.5
            total = score + 0.25 * weighted
            i = max(a, best - 2)
            j = min(b, i + MAX_WORDS)
            while j - i > 1 and lows[i] in LEAD_FILLER and i != best:
                i += 1
            while j - i > 1 and lows[j - 1] in TRAIL_FILLER and j - 1 != best:
                j -= 1
            if matches is None:
                matches = list(WORD.finditer(text, seg_start, seg_stop))
            phrase = text[matches[i].start() : matches[j - 1].end()]
            key = phrase.casefold()
            if key not in found or found[key].score < total:
                found[key] = Phrase(phrase, total, matches[i].start(), why)
    return sorted(found.values(), key=lambda p: (-p.score, p.start))


_NEGATION = frozenset({"not", "no", "never", "nothing", "nobody"})
_AGREEING = (["right"], ["all", "right"], ["that's", "right"], ["that", "is", "right"])
_CHECK_OPENERS = frozenset(
    "is isn't am was wasn't have haven't has did didn't do don't does are aren't".split()
)


def _is_check(words: list[str], asked: bool) -> bool:
    """True for "is that right?", "have I got that right", "all right", "that's right".

    A statement that something is not right ("that is just not right") is never one.
    """
    if "right" not in words:
        return False
    if asked or words[0] in _CHECK_OPENERS:
        return all(w == "right" or w in STOP or w in _CHECK_OPENERS for w in words)
    if any(w in _NEGATION or w.endswith("n't") for w in words):
        return False
    return words in _AGREEING


def key_phrases(text: str, history: Sequence[str] = (), limit: int = 3) -> tuple[str, ...]:
    """The best phrases to play back, in the speaker's exact words."""
    return tuple(p.text for p in scored_phrases(text, history)[:limit])


#: A moment that stays with them ("I still hear the hatch", "I keep seeing his face", "I
#: can't get it out of my head"): told in plain words, it outweighs the facts around it.
STAYS_WITH = re.compile(
    r"\b(?:i|we)\s+(?:still|keep|can'?t stop|cannot stop|always)\s+(?:hear|hearing|see|seeing"
    r"|picture|picturing|think(?:ing)? (?:about|of)|dream(?:ing)? (?:about|of)|smell|smelling"
    r"|replay(?:ing)?|go(?:ing)? over|go back to|going back to)\b"
    r"|\bcan'?t (?:get (?:it|that|him|her|them|the \w+) out of my head|stop thinking about)\b"
    r"|\b(?:it|that|he|she|the \w+) (?:still )?haunts? me\b", re.IGNORECASE)
