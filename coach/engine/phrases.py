"""Pick the phrases a good listener would play back, in the speaker's exact words.

A listener at the deepest level of listening picks up feelings, metaphors, values,
emphasised or repeated words and contradictions. Each phrase returned is an exact
slice of the text it came from, so quoting it back never invents content.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# Characters that end a clause between two words.
# Control characters and line or paragraph separators end a clause too, so a phrase
# never carries them into a question.
BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”—–\x00-\x1f\x7f-\x9f\u2028\u2029]|\s-\s")

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
    our their his her its i this there be been being are am were just really""".split()
)
STOP = LEAD_FILLER | TRAIL_FILLER | frozenset(
    """you we they he she me them us what when where which who how have has had do does
    did not no can could would will should about into than then more most very much
    some any all one get got going go""".split()
)


@dataclass(frozen=True)
class Phrase:
    text: str
    score: float
    start: int
    why: str  # feeling | metaphor | value | emphasis | repeated | contrast


def _words(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


def _clauses(text: str, words: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    clauses: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for i, w in enumerate(words):
        if current:
            gap = text[words[i - 1].end() : w.start()]
            if BREAK.search(gap) or w.group().casefold() in CONTRAST:
                clauses.append(current)
                current = []
        current.append(w)
    if current:
        clauses.append(current)
    return clauses


def _content_counts(history: Sequence[str], words: list[re.Match[str]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in history:
        counts.update(
            w.group().casefold() for w in WORD.finditer(text) if w.group().casefold() not in STOP
        )
    counts.update(w.group().casefold() for w in words if w.group().casefold() not in STOP)
    return counts


def _weight(word: str, counts: Counter[str]) -> tuple[float, str]:
    low = word.casefold()
    if low in FEELINGS:
        return 3.0, "feeling"
    if low in METAPHOR:
        return 2.5, "metaphor"
    if low in VALUES:
        return 2.0, "value"
    if len(word) > 2 and word.isupper() and word.isalpha():
        return 2.0, "emphasis"
    if low not in STOP and len(low) > 3 and counts[low] >= 2:
        return 1.5, "repeated"
    if low in EMPHASIS:
        return 1.0, "emphasis"
    return 0.0, ""


def scored_phrases(text: str, history: Sequence[str] = ()) -> list[Phrase]:
    """Every candidate phrase in ``text`` with its score, best first."""
    words = _words(text)
    if not words:
        return []
    counts = _content_counts(history, words)
    found: dict[str, Phrase] = {}
    clauses = _clauses(text, words)
    for ci, clause in enumerate(clauses):
        weights = [_weight(w.group(), counts) for w in clause]
        best = max(range(len(clause)), key=lambda k: weights[k][0])
        score, why = weights[best]
        if score <= 0:
            continue
        # A clause after "but" is where the contradiction lives.
        if ci > 0 and clause[0].group().casefold() in CONTRAST:
            score += 0.5
        total = score + 0.25 * sum(1 for wt, _ in weights if wt > 0)
        start = max(0, best - 2)
        window = clause[start : start + MAX_WORDS]
        if best >= start + MAX_WORDS:
            window = clause[best - MAX_WORDS + 1 : best + 1]
        while len(window) > 1 and window[0].group().casefold() in LEAD_FILLER and window[0] is not clause[best]:
            window = window[1:]
        while len(window) > 1 and window[-1].group().casefold() in TRAIL_FILLER and window[-1] is not clause[best]:
            window = window[:-1]
        phrase = text[window[0].start() : window[-1].end()]
        key = phrase.casefold()
        if key not in found or found[key].score < total:
            found[key] = Phrase(phrase, total, window[0].start(), why)
    return sorted(found.values(), key=lambda p: (-p.score, p.start))


def key_phrases(text: str, history: Sequence[str] = (), limit: int = 3) -> tuple[str, ...]:
    """The best phrases to play back, in the speaker's exact words."""
    return tuple(p.text for p in scored_phrases(text, history)[:limit])
