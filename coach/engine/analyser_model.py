"""The small linear models behind the analyser: features and pure-Python scoring.

Every head shares one feature set over the whole utterance (words, word pairs, sentence
shape and the word rules' verdicts): the act (question, reflection, input, other),
advice, the focus (problem, solution, neutral), the trap (top, middle, bottom, none)
and leading. A second table reads the utterance together with the ones said before it
(see :func:`context_features`): a reflection says back the other person's words, so what
the two share tells it apart from a question or a piece of input. A separate model,
open against closed, looks only at the question a person is left with (see
:func:`question_features`). The weights are trained by ``bench/train_analyser.py`` and
shipped as JSON beside this module.
"""

from __future__ import annotations

import codecs
import json
import math
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import filterfalse
from pathlib import Path
from typing import Any, NamedTuple

from coach.engine.packed_rows import FIELD, Layout, decode, rows_per_sum

ACTS = ("question", "reflection", "input", "other")
FOCI = ("problem", "solution", "neutral")
#: The trap head's classes ("none": no trap).
TRAP_CLASSES = ("top", "middle", "bottom", "none")
#: Output columns of every weight vector: the four acts, advice, the three foci, the
#: four trap classes and leading.
HEADS = (*ACTS, "advice", *FOCI, *TRAP_CLASSES, "leading")
WEIGHTS_FILE = Path(__file__).resolve().parent / "data" / "analyser_weights.json"

TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[?!.,]|-")
#: For :func:`tokenise`: each ASCII character TOKEN finds on its own ("a", "?") and the
#: apostrophe left alone, every other made a space.
_TOKEN_CHARACTERS = bytes(
    c if TOKEN.fullmatch(chr(c)) or c == ord("'") else 32 for c in range(128)
) + bytes(range(128, 256))


def tokenise(low: str) -> list[str]:
    """``TOKEN.findall(low)``, found without the regular expression (which looks at one
    character at a time): the text's bytes translated in one pass, the punctuation set
    apart, split at spaces."""
    if "’" in low:
        return TOKEN.findall(low)
    # outside ASCII only "’" is ever part of a token
    spaced = low.encode("ascii", "coach.space").translate(_TOKEN_CHARACTERS).decode("ascii")
    for mark in "?!.,-":
        if mark in spaced:
            spaced = spaced.replace(mark, f" {mark} ")
    # an apostrophe after no word is passed over
    if spaced[:1] == "'":
        spaced = " " + spaced[1:]
    spaced = spaced.replace(" '", "  ")
    # Split, a word with an apostrophe is one token only as TOKEN takes it: the
    # apostrophe after a letter or digit and before nothing but letters.
    i = spaced.find("'")
    while i >= 0:
        end = spaced.find(" ", i)
        if end < 0:
            end = len(spaced)
        if spaced[i - 1] == " " or not spaced[i + 1:end].isalpha():
            return TOKEN.findall(low)
        i = spaced.find("'", end)
    return spaced.split()


def _spaces(error: UnicodeError) -> tuple[str, int]:
    """Each character ASCII cannot hold written as a space (see :func:`tokenise`)."""
    assert isinstance(error, UnicodeEncodeError)
    return " " * (error.end - error.start), error.end


codecs.register_error("coach.space", _spaces)
SENTENCE_END = frozenset("?!.")
LEAD_SKIP = frozenset(
    "so and but okay ok well um uh yeah yes right alright mm hmm oh now then , -".split()
)


def _bucket(n: int) -> str:
    if n <= 2:
        return str(n)
    if n <= 5:
        return "3-5"
    if n <= 10:
        return "6-10"
    if n <= 20:
        return "11-20"
    if n <= 40:
        return "21-40"
    return "41+"


def _lead(sentence: list[str]) -> list[str]:
    i = 0
    while i < len(sentence) - 1 and sentence[i] in LEAD_SKIP:
        i += 1
    return sentence[i : i + 2]


def _lead3(sentence: list[str]) -> str:
    i = 0
    while i < len(sentence) - 1 and sentence[i] in LEAD_SKIP:
        i += 1
    return "_".join(sentence[i : i + 3])


#: Words that mark a reflection or a piece of input, wherever they come.
MARKERS = (
    "it sounds like", "sounds like", "it seems", "so you", "you feel", "you're feeling",
    "you're saying", "you said", "you mentioned", "i'm hearing", "i hear", "part of you",
    "on the one hand", "on the other hand", "you're not sure", "you want", "you'd like",
    "you don't want", "i think", "i'd", "i would", "i recommend", "we could", "we can",
    "let's", "some people", "research", "a lot of people",
)


def _phrases(phrases: Sequence[str]) -> re.Pattern[str]:
    """A pattern finding ``phrases`` as whole words, the first listed winning where two
    start at the same letter.

    They are grouped by first letter, and that no word runs on into the phrase is
    checked just after it (looking back over the letter and the character before), so
    the search can skip from one such letter to the next instead of trying every
    phrase at every character; a phrase can only start where its first letter is, so
    grouping keeps the order that matters.
    """
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(re.escape(phrase[1:]))
    return re.compile("(?:" + "|".join(
        re.escape(first) + r"(?<![\w'].)(?:" + "|".join(rests) + ")"
        for first, rests in by_first.items()) + r")\b")


MARKER = _phrases(MARKERS)
#: What a token is when it is not a word (see TOKEN).
PUNCTUATION = frozenset("?!.,-")


def features(
    text: str, low: str | None = None, context: Sequence[str] = (),
    cues: list[str] | None = None,
) -> list[str]:
    """The feature names of one utterance (lowercased words, bigrams, shape, and the word
    rules' verdicts: ``cues``, worked out here when not given).

    ``low`` is the text already lowercased with straight apostrophes, when to hand.
    With ``context`` (the utterances before it, oldest first) the features of
    :func:`context_features` follow; they are for the context act model only.
    """
    if low is None:
        low = text.lower().replace("’", "'").replace("‘", "'")
    if cues is None:
        cues = _cues(text)
    tokens = tokenise(low)
    feats = _utterance_features(low, tokens) + cues
    if context:
        dense, previous, own = _context_features(text, tokens, context)
        feats += dense
        if previous is not None:
            feats += [PREVIOUS + w for w in previous.words]
        if own is not None:
            feats += [OWN_PREVIOUS + w for w in own.words]
    return feats


def _cues(text: str) -> list[str]:
    from coach.engine.analyser import ANY_WORD, read

    return read(text).cues() if ANY_WORD.search(text) else []


def features_in_context(
    text: str, low: str, context: Sequence[str], cues: list[str] | None = None
) -> tuple[list[str], _Said | None, _Said | None]:
    """:func:`features` with ``context`` non-empty, for :meth:`LinearModel.score`: the
    features without the two word bags, and the utterances those bags are of (the one
    just before, and the same speaker's one before that), which the model sums from a
    cache, since each utterance is read as context again and again."""
    plain, dense, previous, own = both_features(
        text, low, context, _cues(text) if cues is None else cues)
    return plain + dense, previous, own


def both_features(
    text: str, low: str, context: Sequence[str], cues: list[str]
) -> tuple[list[str], list[str], _Said | None, _Said | None]:
    """The plain features of ``text``, and its context features but for the word bags,
    and the two utterances the bags are of (see :func:`features_in_context`): for
    :meth:`LinearModel.score_in_context`."""
    tokens = tokenise(low)
    dense, previous, own = _context_features(text, tokens, context)
    return _utterance_features(low, tokens) + cues, dense, previous, own


def _utterance_features(low: str, tokens: list[str]) -> list[str]:
    if not tokens:
        return ["bias", "empty"]
    words = list(filterfalse(PUNCTUATION.__contains__, tokens))
    feats = ["bias", "len:" + _bucket(len(words))]
    feats += ["w:" + w for w in set(words)]
    chain = [t for t in tokens if t != "-"] if "-" in tokens else tokens
    feats += [f"b:{a}_{b}" for a, b in zip(["^", *chain], [*chain, "$"], strict=True)]
    sentences: list[list[str]] = []
    current: list[str] = []
    for t in tokens:
        if t in SENTENCE_END:
            if current:
                current.append(t)
                sentences.append(current)
            current = []
        elif t != "-" or current:
            current.append(t)
    if current:
        current.append(".")
        sentences.append(current)
    asked = 0
    last = len(sentences) - 1
    for i, s in enumerate(sentences):
        lead = _lead(s)
        tag = ("l" if i else "o") if i == last else ("f" if i == 0 else "m")
        end = s[-1]
        first = lead[0]
        feats.append(f"{tag}1:{first}{end}")
        if len(lead) > 1:
            pair = f"{first}_{lead[1]}"
            feats.append(f"{tag}2:{pair}{end}")
        if end == "?":
            asked += 1
            feats.append("q1:" + first)
            if len(lead) > 1:
                feats.append("q2:" + pair)
    feats.append("asked:" + str(min(asked, 2)))
    feats.append("sents:" + _bucket(len(sentences)))
    lead3 = _lead3(sentences[0] if sentences else tokens)
    if lead3:
        feats.append("f3:" + lead3)
    feats += ["mk:" + m for m in MARKER.findall(low)]
    feats += leaning_features(words)
    return feats


#: Words that lean towards talk of what is wrong ("lx:-") or of what works, is wanted or
#: is in reach ("lx:+"), whatever the sector: they carry the focus head to wordings the
#: training corpora never used. A negator just before turns one over ("not good").
LEANING: dict[str, str] = {
    **dict.fromkeys(
        """problem problems issue issues wrong bad worse worst awful terrible horrible dreadful
        nightmare chaos chaotic mess messy broken broke failing failed fail fails failure stuck
        stressed stress stressful exhausted exhausting knackered shattered tired overwhelmed
        overwhelming drowning burnt burnout struggling struggle struggled hard difficult tough
        frustrated frustrating annoyed annoying angry furious upset worried worry worrying
        anxious scared afraid dread short shortage shortages shortfall lack lacking missing
        missed late delay delays delayed behind backlog complaint complaints complain
        complaining blame blamed blaming fault unfair rubbish useless pointless hopeless
        impossible sick vacancies vacancy cuts overspend overspent deficit conflict toxic crisis
        unsafe error errors mistake mistakes ignored ignore ignores nobody nothing never can't
        cannot couldn't won't wouldn't unable stopped losing lost loss risk risks pressure
        demanding fed sucks slammed swamped firefighting panic panicking resent dumped
        bottleneck blocked blocker blockers fight fighting row rows argue arguing""".split(),
        "-",
    ),
    **dict.fromkeys(
        """better best good great brilliant fantastic excellent lovely wonderful amazing proud
        pleased happy happier glad confident calm calmer easier improved improving improvement
        improvements progress working works worked helped helps helpful success successful
        succeeded managed sorted fixed solved resolved achieved strength strengths strong
        skilled capable trust trusted supportive resource resources ready keen enjoy enjoyed
        enjoying thrive thriving smoother clearer energised motivated hopeful possible
        opportunity exception instead want wants wanted wish hoping goal goals plan plans
        planned will next start starting try trying tried idea ideas step steps first
        learned learnt noticed already
        grateful thanks thank nice fine fab ace solid reliable settled""".split(),
        "+",
    ),
}
NEGATORS = frozenset("not no never isn't wasn't aren't don't doesn't didn't hardly".split())


def leaning_features(words: list[str]) -> list[str]:
    """``lx:`` features: each leaning present, both, the last one, and any turned over."""
    if LEANING.keys().isdisjoint(words):  # most utterances: checked in C
        return ["lx:0"]
    seen: list[str] = []
    for i, w in enumerate(words):
        lean = LEANING.get(w)
        if lean is None:
            continue
        if i and words[i - 1] in NEGATORS and w not in NEGATORS:
            lean = "~" + lean
        seen.append(lean)
    if not seen:
        return ["lx:0"]
    kinds = set(seen)
    feats = ["lx:" + k for k in kinds]
    feats.append("lx:last" + seen[-1])
    if len(kinds) > 1:
        feats.append("lx:mixed")
    return feats


#: How many of the utterances before this one the context model reads.
CONTEXT_USED = 3
#: The prefixes of the word bags: the other person's words just before, and the same
#: speaker's own previous words.
PREVIOUS = "pw:"
OWN_PREVIOUS = "ppw:"
#: Words too common to show that one person is saying back another's words.
COMMON = frozenset(
    """a an the and or but so if then than that this these those it its it's i i'm i've i'd
    i'll me my mine you you're you've you'd you'll your yours he she him her his they them
    their we us our is are was were be been being am do does did done have has had having
    will would can could should shall may might must to of in on at by for with about from
    into out up down over under again not no yes yeah okay ok um uh mm hmm mhm oh well just
    really very like kind sort what how why where when who which there here there's that's
    what's don't didn't doesn't can't won't isn't aren't wasn't weren't as also too all any
    some more most much many lot get got go going gonna know think say said mean thing
    things something anything right now way""".split()
)
_SUFFIXES = ("ing", "ed", "es", "s", "ly")
_FIRST_PERSON = frozenset(("i", "i'm", "my", "me", "i've"))
_SECOND_PERSON = frozenset(("you", "you're", "your", "you've"))


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


#: Each word's stem, or "" for a word that carries no content (emptied when full).
_STEMS: dict[str, str] = {}
_STEMS_KEPT = 50_000


def _content_stem(word: str) -> str:
    stem = _stem(word) if len(word) > 2 and word not in COMMON else ""
    if len(word) <= 40:  # a run of letters with no end is not worth remembering
        if len(_STEMS) >= _STEMS_KEPT:
            _STEMS.clear()
        _STEMS[word] = stem
    return stem


def _content(words: Sequence[str]) -> frozenset[str]:
    """The stems of the words that carry content (three letters or more, not common)."""
    get = _STEMS.get
    stems = {get(w) for w in words}
    if None in stems:
        stems = {_STEMS[w] if w in _STEMS else _content_stem(w) for w in words}
    stems.discard("")
    return frozenset(stems)


class _Said(NamedTuple):
    """What the context features need of one utterance (a tuple: made at C speed, once
    for every utterance of a conversation)."""

    text: str
    length: int  # words
    content: frozenset[str]
    words: frozenset[str]
    asked: bool
    lead: str
    first_person: bool
    second_person: bool


#: Utterances already read, by text: in a conversation each is the context of the next
#: few. Emptied when full, so it never holds more than this many, and only utterances
#: of up to _CACHED_CHARS characters are kept (a long one is rare, and read again).
_SAID: dict[str, _Said] = {}
_SAID_KEPT = 1024
_CACHED_CHARS = 2_000


def _said(text: str, tokens: list[str] | None = None) -> _Said:
    found = _SAID.get(text)
    if found is not None:
        return found
    if tokens is None:
        tokens = tokenise(text.lower().replace("’", "'").replace("‘", "'"))
    words = [t for t in tokens if t not in PUNCTUATION]
    unique = frozenset(words)
    found = _Said(text, len(words), _content(words), unique, "?" in text,
                  "_".join(_lead(tokens)) if tokens else "",
                  not _FIRST_PERSON.isdisjoint(unique), not _SECOND_PERSON.isdisjoint(unique))
    if len(text) <= _CACHED_CHARS:
        if len(_SAID) >= _SAID_KEPT:
            _SAID.clear()
        _SAID[text] = found
    return found


def _share(n: int, of: int) -> str:
    if not of:
        return "na"
    r = n / of
    return "0" if r == 0 else "1" if r < 0.2 else "2" if r < 0.4 else "3" if r < 0.6 else "4"


def _ratio(a: int, b: int) -> str:
    if not b:
        return "na"
    r = a / b
    return "a" if r < 0.25 else "b" if r < 0.5 else "c" if r < 1 else "d" if r < 2 else (
        "e" if r < 4 else "f")


def context_features(text: str, context: Sequence[str]) -> list[str]:
    """What an utterance shares with the ones before it (the last :data:`CONTEXT_USED`).

    ``context`` holds the earlier utterances, oldest first, taken to alternate between
    the two people (so the one just before is the other person's). The features: how
    many content words (by stem) the utterance shares with the one just before, as a
    count and as a share of each; the lengths of both; whether the one before asked
    something; that utterance's words and opening; the same speaker's previous
    utterance (asked, length, overlap, words); the overlap with the other person's
    earlier utterance; and a few crossings of these with the utterance's own shape.
    """
    low = text.lower().replace("’", "'").replace("‘", "'")
    return features(text, low, context, [])[len(features(text, low, (), [])):]


def _context_features(
    text: str, tokens: list[str], context: Sequence[str]
) -> tuple[list[str], _Said | None, _Said | None]:
    """(the context features but the word bags, the utterance just before, the same
    speaker's previous one); the bags are the words of the last two."""
    context = context[-CONTEXT_USED:]
    if not context:
        return [], None, None
    me = _said(text, tokens)
    mine = me.content
    n = me.length
    prev = _said(context[-1])
    shared = len(mine & prev.content)
    asked = me.asked
    share = _share(shared, len(mine))
    feats = [
        f"ov:n{_bucket(shared)}", f"ov:c{share}", f"ov:p{_share(shared, len(prev.content))}",
        f"p:len{_bucket(prev.length)}", f"p:ratio{_ratio(n, prev.length)}",
        f"p:q{prev.asked}", f"x:ov{share}:q{asked}", f"x:pq{prev.asked}:q{asked}",
        f"yi:{prev.first_person}{me.second_person}",
    ]
    if prev.lead:
        feats.append("p1:" + prev.lead)
    theirs = prev.content
    own = None
    if len(context) >= 2:
        own = _said(context[-2])
        feats += [f"pp:q{own.asked}", f"pp:len{_bucket(own.length)}",
                  f"pp:ov{_share(len(mine & own.content), len(mine))}"]
    if len(context) >= 3:
        earlier = _said(context[-3]).content
        feats.append(f"p3:ov{_share(len(mine & (earlier - prev.content)), len(mine))}")
        theirs = theirs | earlier
    feats.append(f"cl:ov{_share(len(mine & theirs), len(mine))}")
    return feats, prev, own


class Scores(NamedTuple):
    """What the model makes of one utterance (a tuple, built at C speed for each)."""

    act: str
    act_probability: float
    advice: float  # probability that the utterance carries advice
    #: The focus and trap heads' answers and the probability of a leading question; None
    #: when the weights have no such head.
    focus: str | None = None
    trap: str | None = None  # the likeliest trap: "top", "middle" or "bottom"
    leading: float | None = None
    #: The trap head's probability that there is a trap (any of the three).
    trapped: float = 0.0
    #: The focus head's scores before they are made probabilities, in :data:`FOCI` order.
    focus_z: tuple[float, ...] = ()


@dataclass(frozen=True)
class StoredTable:
    """A table of weights as the weights file holds it (see :func:`packed_rows.encode`),
    unpacked when the model first needs it."""

    data: Mapping[str, Any]

    def __bool__(self) -> bool:
        return bool(self.data.get("names"))

    def __len__(self) -> int:
        return str(self.data["names"]).count("\n") + 1 if self else 0


class _Table(NamedTuple):
    """A table ready for scoring: each feature's row packed into one integer (see
    :mod:`packed_rows`), whose fields are whole numbers of ``1 / unit``."""

    rows: dict[str, int]
    unit: float
    #: How many rows can be summed at once with every field's sum still exact.
    limit: int


class LinearModel:
    """Weights per feature: one vector over the heads (:data:`HEADS`), plus the
    open/closed weights. Each head's column is summed over the features of an utterance:
    the four acts and the focus and trap classes answer by the largest sum, advice and
    leading by the logistic of theirs."""

    def __init__(
        self,
        weights: Mapping[str, Sequence[float]] | StoredTable,
        thresholds: dict[str, float],
        question_weights: dict[str, float] | None = None,
        context_weights: Mapping[str, Sequence[float]] | StoredTable | None = None,
        heads: Sequence[str] = HEADS[:5],
        modes: dict[str, str] | None = None,
        scale: float = 1.0,
    ):
        #: The columns of every row, and how each head decides (see bench/train_analyser.py)
        self.heads = tuple(heads)
        self.modes = dict(modes or {})
        self.weights = weights
        #: The model that reads the utterances before this one (the same columns; its act
        #: columns are the context act model's, the others as the caller's settings say).
        self.context_weights = context_weights or {}
        self.question_weights = question_weights or {}
        #: Weights are whole numbers of 1/scale (or, given as rows, any numbers of it).
        self.scale = scale
        self._layout = Layout(len(self.heads))
        self._plain = self._table(weights)
        # The context table is unpacked the first time it is needed, and so are the two
        # tables as one (see _both).
        self._context: _Table | None = None
        self._both_layout = Layout(2 * len(self.heads))
        self._previous_words: dict[str, int] = {}
        self._own_words: dict[str, int] = {}
        self._bags: dict[str, tuple[int, int]] = {}
        self.advice_threshold = thresholds.get("advice", 0.5)
        self.open_threshold = thresholds.get("open", 0.5)
        self.leading_threshold = thresholds.get("leading", 0.5)
        self.trap_threshold = thresholds.get("trap", 0.5)
        index = {h: i for i, h in enumerate(self.heads)}
        self._advice = index.get("advice")
        self._focus = [index[h] for h in FOCI] if all(h in index for h in FOCI) else None
        self._trap = [index[h] for h in TRAP_CLASSES] if all(
            h in index for h in TRAP_CLASSES) else None
        self._leading = index.get("leading")

    @classmethod
    def from_dict(cls, data: dict) -> LinearModel:
        """The model of a weights file's contents: its tables stored packed (format 5
        on), or as plain rows of numbers."""
        heads = data.get("heads", HEADS[:5])
        weights, context = data["weights"], data.get("context_weights", {})
        if data.get("format", 0) >= 5:
            weights, context = StoredTable(weights), StoredTable(context) if context else {}
        return cls(weights, data.get("thresholds", {}), data.get("question_weights"),
                   context, heads, data.get("modes"), data.get("scale", 1.0))

    def _table(self, weights: Mapping[str, Sequence[float]] | StoredTable) -> _Table:
        """``weights`` packed for scoring."""
        layout = self._layout
        if isinstance(weights, StoredTable):
            largest = int(weights.data["largest"])
            return _Table(decode(weights.data, layout), self.scale, rows_per_sum(largest))
        largest = max((abs(w) for row in weights.values() for w in row), default=0)
        scale = self.scale
        if scale >= 1 and scale == int(scale) and _SCALE % int(scale) == 0:
            # Whole numbers of 1/scale (the trained form) are packed as they are: w / scale
            # is the same float as the millionths below divided back, both being the
            # correctly rounded quotient of the same two whole numbers.
            try:
                return _Table({f: layout.pack(row) for f, row in weights.items()},
                              scale, rows_per_sum(int(largest)))
            except ValueError:
                pass  # fractions: in millionths instead
        factor = _SCALE / scale
        rows = {f: layout.pack([round(w * factor) for w in row]) for f, row in weights.items()}
        return _Table(rows, _SCALE, rows_per_sum(round(largest * factor)))

    def has(self, head: str) -> bool:
        """Whether the weights carry ``head`` (a field with no head is left to the rules)."""
        return head in self.heads

    def score(
        self, feats: list[str], *, context: bool = False,
        previous: _Said | None = None, own: _Said | None = None,
    ) -> Scores:
        """The scores of every head for ``feats``; ``context`` True when they include
        :func:`context_features` (scored by the context model, when there is one).
        ``previous`` and ``own`` are the utterances whose word bags
        :func:`features_in_context` left out."""
        if context and self.context_weights:
            table = self._context or self._context_table()
        else:
            table = self._plain
        return self._judged(self._scores(table, feats, previous, own))

    def _judged(self, z: list[float]) -> Scores:
        """The scores of every head from their sums ``z``."""
        q, r, i, o = z[0], z[1], z[2], z[3]
        top = q
        act = "question"
        if r > top:
            top, act = r, "reflection"
        if i > top:
            top, act = i, "input"
        if o > top:
            top, act = o, "other"
        exp = math.exp
        spread = exp(q - top) + exp(r - top) + exp(i - top) + exp(o - top)
        advice = _sigmoid(z[self._advice]) if self._advice is not None else 0.0
        focus = trap = leading = None
        trapped = 0.0
        focus_z: tuple[float, ...] = ()
        if self._focus is not None:
            k = max(self._focus, key=z.__getitem__)
            focus = FOCI[self._focus.index(k)]
            focus_z = tuple(z[j] for j in self._focus)
        if self._trap is not None:
            zt = [z[j] for j in self._trap]
            k = max(range(3), key=zt.__getitem__)
            trap = TRAP_CLASSES[k]
            peak = max(zt)
            spread_t = [exp(v - peak) for v in zt]
            trapped = 1.0 - spread_t[3] / sum(spread_t)
        if self._leading is not None:
            leading = _sigmoid(z[self._leading])
        return Scores(act, 1.0 / spread, advice, focus, trap, leading, trapped, focus_z)

    def score_in_context(
        self, plain: list[str], dense: list[str], previous: _Said | None, own: _Said | None
    ) -> tuple[Scores, tuple[float, ...]]:
        """The context model's scores of an utterance with the plain features ``plain``,
        the context features ``dense`` and the word bags of ``previous`` and ``own`` (see
        :func:`both_features`); and the plain model's focus scores of ``plain`` (see
        :meth:`focus_scores`)."""
        both = self._both if self.context_weights else None
        rows = len(plain) + len(dense)
        if previous is not None:
            rows += len(previous.words)
        if own is not None:
            rows += len(own.words)
        if both is None or rows > both.limit:
            return (self.score(plain + dense, context=True, previous=previous, own=own),
                    self.focus_scores(plain))
        # One lookup and one sum of the merged rows score the plain features for both
        # models; the context features and the word bags are the context model's alone.
        context = self._context.rows  # type: ignore[union-attr]  # unpacked by _both
        total = (sum(filter(None, map(both.rows.get, plain)))
                 + sum(filter(None, map(context.get, dense))))
        if previous is not None:
            total += self._bag(previous)[0]
        if own is not None:
            total += self._bag(own)[1]
        sums = self._both_layout.fields(total)
        n, unit = len(self.heads), both.unit
        said = self._judged([s / unit for s in sums[:n]])
        if self._focus is None:
            return said, ()
        return said, tuple(sums[n + j] / unit for j in self._focus)

    def focus_scores(self, feats: list[str]) -> tuple[float, ...]:
        """The plain model's focus scores of ``feats`` (what :meth:`score` gives as
        ``focus_z``), without the other heads' work; () with no focus head."""
        if self._focus is None:
            return ()
        z = self._scores(self._plain, feats, None, None)
        return tuple(z[j] for j in self._focus)

    def _scores(self, table: _Table, feats: list[str], previous: _Said | None,
                own: _Said | None) -> list[float]:
        """Every head's raw score of ``feats`` (and the two word bags) under ``table``."""
        rows = len(feats)
        if previous is not None:
            rows += len(previous.words)
        if own is not None:
            rows += len(own.words)
        if rows <= table.limit:
            # filter(None, ...) drops the features with no row (and rows of all zeros,
            # which add nothing), summing in C
            total = sum(filter(None, map(table.rows.get, feats)))
            if previous is not None:
                total += self._bag(previous)[0]
            if own is not None:
                total += self._bag(own)[1]
            sums: Sequence[int] = self._layout.fields(total)
        else:
            sums = self._long_sums(table, feats, previous, own)
        unit = table.unit
        return [s / unit for s in sums]

    def _long_sums(
        self, table: _Table, feats: list[str], previous: _Said | None, own: _Said | None
    ) -> list[int]:
        """The sums of each head over more rows than one packed sum holds exactly (a very
        long text), added field by field."""
        rows = [row for row in map(table.rows.get, feats) if row]
        for said, bag in ((previous, self._previous_words), (own, self._own_words)):
            if said is not None:
                rows += [row for row in map(bag.get, said.words) if row]
        fields = self._layout.fields
        # fields(0), all zeros, keeps every column there when no feature has a row
        return [sum(column) for column in zip(fields(0), *map(fields, rows), strict=True)]

    @cached_property
    def _both(self) -> _Table | None:
        """The plain and context tables as one: each feature's row is the context
        model's with the plain model's in the fields above it (a feature missing from a
        table has zeros there); None when the two tables' units differ."""
        context = self._context or self._context_table()
        plain = self._plain
        if context.unit != plain.unit:
            return None
        above = FIELD * len(self.heads)
        row = context.rows.get
        merged = {f: (r << above) + row(f, 0) for f, r in plain.rows.items()}
        return _Table(context.rows | merged, plain.unit, min(plain.limit, context.limit))

    def _context_table(self) -> _Table:
        table = self._table(self.context_weights)
        # The word bags by bare word: the rows as the words just before, and as the
        # speaker's own previous words.
        names = sorted(table.rows)
        self._previous_words = _family(table.rows, names, PREVIOUS)
        self._own_words = _family(table.rows, names, OWN_PREVIOUS)
        self._context = table
        return table

    def _bag(self, said: _Said) -> tuple[int, int]:
        """The packed sums of an utterance's words in both bags (worked out once: the
        utterance just before is the speaker's own previous one a turn later)."""
        found = self._bags.get(said.text)
        if found is None:
            words = said.words
            found = (sum(filter(None, map(self._previous_words.get, words))),
                     sum(filter(None, map(self._own_words.get, words))))
            if len(said.text) <= _CACHED_CHARS:
                if len(self._bags) >= _SAID_KEPT:
                    self._bags.clear()
                self._bags[said.text] = found
        return found

    def open_probability(self, feats: list[str]) -> float:
        """The probability that the question described by ``feats`` is open."""
        get = self.question_weights.get
        return _sigmoid(sum(get(f, 0.0) for f in feats) / self.scale)

    def is_open(self, feats: list[str]) -> bool:
        return self.open_probability(feats) >= self.open_threshold


def _family(rows: dict[str, int], names: list[str], prefix: str) -> dict[str, int]:
    """The rows whose names start with ``prefix``, by the rest of the name; ``names``
    are the rows' names in order.

    In order they are one run, found by bisection (the weights file lists the names in
    order already, so sorting them takes one pass), and with no line break in any name
    they are parted in one split."""
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    run = names[bisect_left(names, prefix):bisect_left(names, after)]
    rest = "\n".join(run)[len(prefix):].split("\n" + prefix) if run else []
    return dict(zip(rest, map(rows.__getitem__, run), strict=True))


#: Weights given as fractions of 1/scale are packed in millionths of it.
_SCALE = 1_000_000


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


@cache
def shipped_model() -> LinearModel:
    """The model trained on AnnoMI and the workplace corpus's training split, loaded once."""
    with WEIGHTS_FILE.open(encoding="utf-8") as handle:
        return LinearModel.from_dict(json.load(handle))


WH_WORDS = frozenset(
    "what what's whats how how's why why's where where's when who who's whom whose which".split()
)
AUXILIARIES = frozenset(
    """do does did is are was were have has had can could would will should shall may
    might am don't doesn't didn't isn't aren't wasn't weren't haven't hasn't can't
    couldn't wouldn't won't shouldn't""".split()
)
QWORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _length(n: int) -> str:
    if n <= 1:
        return "1"
    if n <= 3:
        return "2-3"
    if n <= 6:
        return "4-6"
    if n <= 12:
        return "7-12"
    return "13+"


def question_features(
    low: str, sentences: list[str], asked: list[str], rule: str | None
) -> list[str]:
    """Features of the question a person is left with, for the open/closed model.

    ``low`` is the normalised utterance, ``sentences`` its sentences, ``asked`` the
    sentences that ask something (see ``analyser_questions``) and ``rule`` the word
    rules' verdict ("open", "closed" or None). The question looked at is the last one
    asked, or the last sentence when nothing ends in "?".
    """
    from coach.engine.analyser_questions import lead_words

    target = asked[-1] if asked else (sentences[-1] if sentences else low)
    words = QWORD.findall(target)
    feats = ["bias", "rule:" + (rule or "none")]
    lead = lead_words(target, 3)
    if lead:
        first = lead[0]
        feats.append("l1:" + first)
        if len(lead) > 1:
            feats.append("l2:" + first + "_" + lead[1])
            if len(lead) > 2:
                feats.append("l3:" + first + "_" + lead[1] + "_" + lead[2])
        feats.append(
            "l1:aux" if first in AUXILIARIES else "l1:wh" if first in WH_WORDS else "l1:other"
        )
    if "," in target:
        clause = lead_words(target.rsplit(",", 1)[1], 2)
        if clause:
            feats.append("c1:" + clause[0])
            if len(clause) > 1:
                feats.append("c2:" + clause[0] + "_" + clause[1])
    wh = 0
    for w in set(words):
        feats.append("tw:" + w)
        if w in WH_WORDS:
            wh += 1
    feats.append("twh:" + str(min(wh, 2)))
    if " or " in target or target.rstrip(" ?-").endswith(" or"):
        feats.append("or")
    feats.append("tlen:" + _length(len(words)))
    feats.append("nq:" + str(min(low.count("?"), 3)))
    feats.append("ns:" + str(min(len(sentences), 3)))
    if not low.rstrip().endswith("?"):
        feats.append("noq")
    if target[:1] == "-":
        feats.append("dash")
    return feats
