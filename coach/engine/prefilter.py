"""What any match of a regular expression must contain, read from the pattern itself.

A big alternation of phrases costs a search at every position of a text, and most texts
hold none of the phrases. :func:`gate` reads a pattern with the standard library's regex
parser and finds, for every way it can match, a word or a piece of text the match must
contain: "surely" for ``\\bsurely\\b``, "tried" or "considered" for ``have you
(?:tried|considered)``. A text holding none of them cannot match, so the search is
skipped. Because the words come from the pattern, they cannot fall out of step with it.

A *word* here is a run of the letters a-z with no letter either side; one is taken from a
pattern only where the pattern itself rules out a letter on each side (``\\b``,
``(?<![\\w'])``, a space, the end). Anything the reading does not follow (a flag, an
unknown construct) makes the gate admit every text rather than guess.

The engine asks a dozen gated patterns about each text in a row. Their gates are
*shared* (:meth:`Gate.shared`): the words of all of them sit in one table, and a text's
words are looked up in it once for all.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Set as AbstractSet
from functools import cache
from itertools import product
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

try:  # the parser behind re.compile (re._parser since Python 3.11)
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without it gets no gates
    _sre = None

_LETTERS = re.compile(r"[a-z]+")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
#: Marks that most sentences do without.
_RARE_MARKS = frozenset("?!;")
#: So few pieces that each is looked for in the text directly.
_FEW = 4
#: The most literal strings one stretch of a pattern is spelled out into.
_MOST_SPELLINGS = 64
#: Words too common to tell texts apart (the commonest of spoken English): a gate
#: prefers any other, and these least of all.
_COMMONEST = frozenset(
    """a an and the i you it to of that is in we s t m d ll re ve don do be was for on
    with this just like so know not what can all one me my have they get are could
    really think but or if at as about there no""".split()
)
_COMMON = _COMMONEST | frozenset(
    """a about after again all also always am an and any anything are around as ask at
    away back be because been before being better big but by call can come could day did
    didn different do does doing don done down each even ever every everything feel first
    for from get getting give go going good got great had has have having he her here him
    his how i if in into is it its just keep kind know last let life like little long look
    lot make many maybe me mean might more most much my need never new no not nothing now
    of off ok okay on one only or other our out over people put really right said same say
    see she should so some someone something sort still sure take talk tell than thank
    that the their them then there these they thing things think this those thought
    through time to today told too try two up us very want was way we well were what when
    where which while who why will with work would yeah yes yet you your s t d m ll re
    ve""".split()
)

#: The last text read and its words: one text is usually gated by several patterns in
#: a row. One tuple, so that a thread never sees one text with another's words.
_last: tuple[str | None, frozenset[str]] = (None, frozenset())


#: Every byte but a-z made a space; with every other character first made "?", what is
#: left between the spaces are the runs of a-z (in half the time a regex takes).
_ONLY_LETTERS = bytes(b if 97 <= b <= 122 else 32 for b in range(256))


def words_of(text: str) -> frozenset[str]:
    """The words (runs of a-z) in ``text``."""
    global _last
    seen, words = _last
    if seen is not text:  # the very same object holds the very same text
        words = frozenset(
            text.encode("ascii", "replace").translate(_ONLY_LETTERS).decode("ascii").split())
        _last = (text, words)
    return words


class _Clause(NamedTuple):
    """A match holds one of the words (as a word) or one of the pieces (as text)."""

    words: frozenset[str]
    #: Each piece with its rarest whole word (None if it holds none whole) and all the
    #: words it holds whole, so that only the pieces whose words are all in a text need
    #: looking for.
    pieces: frozenset[tuple[str, str | None, frozenset[str]]]
    #: How much the clause narrows things down: as much as its commonest alternative.
    score: float


class Gate:
    """A check that every match of a pattern passes: each of its clauses holds."""

    __slots__ = ("clauses", "_checks", "_shared")

    def __init__(self, clauses: tuple[_Clause, ...]) -> None:
        #: None for a gate read back from data (``from_data``), which keeps its checks.
        self.clauses: tuple[_Clause, ...] | None = clauses
        self._shared: Callable[[str], bool] | None = None
        #: Per clause: the words to look for; for each, None (the word is enough) or
        #: the pieces it starts a search for (each with the words it holds whole); and
        #: the pieces always looked for.
        self._checks: list[tuple[frozenset[str], dict[str, Any], tuple[str, ...]]] = []
        for words, pieces, _ in clauses:
            by_word: dict[str, Any] = {}
            loose = []
            for piece, word, whole in sorted(pieces, key=_first):
                # A few pieces and no words: looking for the pieces is cheaper than
                # finding the text's words.
                if word is None or (not words and len(pieces) <= _FEW):
                    loose.append(piece)
                elif word not in words:
                    by_word.setdefault(word, []).append((piece, whole))
            by_word = {w: tuple(p) for w, p in by_word.items()}
            by_word.update(dict.fromkeys(words))
            self._checks.append((frozenset(by_word), by_word, tuple(loose)))

    def admits(self, text: str, held: AbstractSet[str] | None = None) -> bool:
        """False only where the pattern cannot match anywhere in ``text``.

        ``held``: the words of ``text``, where the caller has them already; any set
        holding all of them will do (a word too many only lets more texts through).
        """
        for words, pieces, loose in self._checks:
            if not (words and _holds(text, held, words, pieces)) and not (
                loose and any(map(text.__contains__, loose))
            ):
                return False
        return True

    def to_data(self) -> list[list[Any]]:
        """What :meth:`admits` reads, as plain lists for a JSON file (:meth:`from_data`
        reads it back): per clause, each word with None or the pieces it starts a
        search for (each with the words it holds whole, between spaces), and the pieces
        always looked for."""
        return [
            [{word: None if wanted is None
              else sorted([piece, " ".join(sorted(whole))] for piece, whole in wanted)
              for word, wanted in sorted(by_word.items())},
             list(loose)]
            for _, by_word, loose in self._checks
        ]

    @classmethod
    def from_data(cls, data: list[list[Any]]) -> Gate:
        """The gate :meth:`to_data` wrote out (its ``clauses`` are not kept: None)."""
        checks = []
        for stored, loose in data:
            by_word = {word: None if wanted is None
                       else tuple((piece, frozenset(whole.split())) for piece, whole in wanted)
                       for word, wanted in stored.items()}
            checks.append((frozenset(by_word), by_word, tuple(loose)))
        return cls._of_checks(checks)

    @classmethod
    def _of_checks(cls, checks: list[tuple[frozenset[str], dict[str, Any], tuple[str, ...]]],
                   ) -> Gate:
        gate = cls.__new__(cls)
        gate.clauses, gate._shared, gate._checks = None, None, checks
        return gate

    def shared(self) -> Callable[[str], bool]:
        """:meth:`admits`, answered from one look-up of a text's words made for every
        shared gate at once: the engine gates each text with a dozen patterns in a row."""
        with _SHARING:
            if self._shared is None:
                self._shared = self._share()
        return self._shared

    def _share(self) -> Callable[[str], bool]:
        if not self._checks or not self._checks[0][0]:
            return self.admits  # no words to share: its pieces are looked for directly
        # The first clause, the most telling, goes in the table; the others are checked
        # only for the few texts it lets through.
        _, pieces, loose = self._checks[0]
        bit = _join(pieces)
        rest = Gate._of_checks(self._checks[1:]).admits if len(self._checks) > 1 else None

        def admits(text: str) -> bool:
            if not _bits(text) & bit and not (loose and any(map(text.__contains__, loose))):
                return False
            return rest is None or rest(text)

        return admits

    def __repr__(self) -> str:
        return f"Gate({self.clauses!r})"


def _holds(text: str, held: AbstractSet[str] | None, words: frozenset[str],
           pieces: dict[str, Any]) -> bool:
    """Whether ``text``, whose words are ``held`` (None: not yet found), holds one of
    ``words``, and for a word with pieces, one of them."""
    if held is None:
        held = words_of(text)
    for word in words.intersection(held):
        wanted = pieces[word]
        if wanted is None or _found(text, held, wanted):
            return True
    return False


def _found(text: str, held: frozenset[str], wanted: tuple[tuple[str, frozenset[str]], ...]
           ) -> bool:
    """Whether ``text``, whose words are ``held``, holds one of the ``wanted`` pieces.
    A piece is looked for only where the words it holds whole are all there: most
    pieces hang on a common word ("would it make sense to" on "would") and are passed
    over on the others ("make", "sense")."""
    for piece, needs in wanted:
        if needs <= held and piece in text:
            return True
    return False


#: The gate of a pattern nothing could be read from: it admits every text.
OPEN = Gate(())


class _Table(NamedTuple):
    """The words of every shared gate's clauses, each clause one bit."""

    #: For each word, the clauses it makes hold alone (their bits or'ed together).
    alone: dict[str, int]
    #: For each word, the clauses it makes hold where a piece is there too: (the clause's
    #: bit, the piece, the words the piece holds whole).
    with_pieces: dict[str, tuple[tuple[int, str, frozenset[str]], ...]]
    words: frozenset[str]


_SHARING = threading.Lock()
_table = _Table({}, {}, frozenset())
_next_bit = 1
#: The last text looked up, the table it was looked up in and the clauses that hold.
_looked_up: tuple[str | None, _Table | None, int] = (None, None, 0)


def _bits(text: str) -> int:
    """The bits of the shared clauses that ``text`` holds."""
    global _looked_up
    seen, table, bits = _looked_up
    if seen is text and table is _table:
        return bits
    table, bits, held = _table, 0, words_of(text)
    for word in table.words.intersection(held):
        bits |= table.alone.get(word, 0)
        for bit, piece, needs in table.with_pieces.get(word, ()):
            if not bits & bit and needs <= held and piece in text:  # see _found
                bits |= bit
    _looked_up = (text, table, bits)
    return bits


def _join(pieces: dict[str, Any]) -> int:
    """Add a clause (its words, and the pieces for each) to the shared table, as a new
    table, so that a text being looked up meanwhile sees one table whole; its bit."""
    global _table, _next_bit
    bit, _next_bit = _next_bit, _next_bit << 1
    alone = dict(_table.alone)
    with_pieces = {word: list(found) for word, found in _table.with_pieces.items()}
    for word, wanted in pieces.items():
        if wanted is None:
            alone[word] = alone.get(word, 0) | bit
        else:
            with_pieces.setdefault(word, []).extend((bit, piece, needs) for piece, needs in wanted)
    _table = _Table(alone, {word: tuple(found) for word, found in with_pieces.items()},
                    frozenset(alone).union(with_pieces))
    return bit


@cache
def gate(pattern: re.Pattern[str]) -> Gate:
    """The gate of ``pattern``, worked out on first use (reading a pattern costs about
    a millisecond per thousand characters)."""
    if _sre is None or not isinstance(pattern.pattern, str) or pattern.flags & (
        re.IGNORECASE | re.LOCALE
    ):
        return OPEN
    tree = _sre.parse(pattern.pattern, pattern.flags)
    with _READING:
        try:
            clauses, _ = _sequence(tree.data, False, False)
        except (_Unsupported, RecursionError):
            return OPEN
        finally:
            _spelled.clear()
    kept = sorted((c for c in clauses if c.score >= 1), key=_by_score, reverse=True)
    if not kept and clauses:
        # Only the commonest words ("i", "we", "my"): still worth a look-up, which costs
        # little next to a search of every text, and most short texts hold none of them.
        kept = [_best(clauses)]
    return Gate(tuple(kept[:3])) if kept else OPEN


class Gated:
    """A compiled pattern that skips its search where its :func:`gate` says no match can
    be. Only whole-text calls are offered (an ``endpos`` would cut words short)."""

    __slots__ = ("compiled", "_admits")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self._admits: Callable[[str], bool] | None = None

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def admits(self, text: str) -> bool:
        return (self._admits or self._read())(text)

    def _read(self) -> Callable[[str], bool]:
        self._admits = gate(self.compiled).shared()
        return self._admits

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        admits = self._admits or self._read()
        return self.compiled.search(text, pos) if admits(text) else None

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        admits = self._admits or self._read()
        return self.compiled.match(text, pos) if admits(text) else None

    def findall(self, text: str) -> list[Any]:
        admits = self._admits or self._read()
        return self.compiled.findall(text) if admits(text) else []

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        admits = self._admits or self._read()
        return self.compiled.finditer(text) if admits(text) else iter(())

    def sub(self, repl: Any, text: str) -> str:
        admits = self._admits or self._read()
        return self.compiled.sub(repl, text) if admits(text) else text


# --------------------------------------------------------------------------- reading


class _Unsupported(Exception):
    """A construct the reading does not follow: the pattern gets no gate."""


#: What each item of the tree being read spells out into, by the item's identity (the
#: tree is alive for the whole reading, so no identity is reused); one reading at a time.
_spelled: dict[int, list[str] | None] = {}
_READING = threading.Lock()


def _rarity(word: str) -> float:
    """A guess at how rare a word is: a wrong guess costs time, never a match."""
    return 0.5 if word in _COMMONEST else 1 if word in _COMMON else len(word)


def _piece_rarity(piece: str, words: list[str]) -> float:
    # Every word of a piece (``words``) must be there, so it is rarer than any one of them.
    return 2 if piece in _RARE_MARKS else sum(map(_rarity, words))


_by_score = attrgetter("score")
_first = itemgetter(0)


def _best(clauses: list[_Clause]) -> _Clause | None:
    return max(clauses, key=_by_score) if clauses else None


def _union(clauses: list[_Clause]) -> _Clause:
    return _Clause(frozenset().union(*(c.words for c in clauses)),
                   frozenset().union(*(c.pieces for c in clauses)),
                   min(c.score for c in clauses))


def _sequence(items: list[Any], before: bool, after: bool) -> tuple[list[_Clause], bool]:
    """The clauses every match of ``items`` meets, and whether the last character it
    consumes (or, if it consumes none, the one before it) is known not to be a letter.
    ``before`` (``after``): whether the character just before (after) the sequence is
    known not to be a letter."""
    clauses: list[_Clause] = []
    i, n = 0, len(items)
    while i < n:
        # A stretch that spells out into a few literal strings is read as those strings.
        j, spellings = _stretch(items, i)
        if j > i:
            if all(spellings):
                right = _bounded_after(items, j, after)
                clauses.append(_union([_literal(s, before, right) for s in spellings]))
            ends = {s[-1:] for s in spellings}
            # after an empty spelling, what came before the stretch is still just before
            before = all(e and e not in _ALPHABET for e in ends) or (
                "" in ends and before and all(not e or e not in _ALPHABET for e in ends))
            i = j
            continue
        op, av = items[i]
        if op is _c.AT:
            before = before or av in _EDGES
        elif op is _c.ASSERT_NOT:
            direction, body = av
            if direction < 0 and _covers_letters(body):
                before = True
        elif op is _c.ASSERT:
            pass  # a look-around consumes nothing: the next item starts here too
        elif op is _c.BRANCH:
            right = _bounded_after(items, i + 1, after)
            read = [_sequence(alt.data, before, right) for alt in av[1]]
            best = [_best(alt_clauses) for alt_clauses, _ in read]
            if all(b is not None for b in best):
                clauses.append(_union(best))  # type: ignore[arg-type]
            # "(?:^|[.!?] )" leaves no letter just before what follows
            before = all(end for _, end in read)
        elif op is _c.SUBPATTERN:
            _, add_flags, del_flags, body = av
            if add_flags or del_flags:
                raise _Unsupported("flags inside the pattern")
            inner, before = _sequence(body.data, before, _bounded_after(items, i + 1, after))
            clauses.extend(inner)
        elif op in _REPEATS:
            low, _, body = av
            # one time round, knowing nothing of what came before it
            inner, end = _sequence(body.data, False, False)
            if low >= 1:
                clauses.extend(inner)
            # after no time round, what came before is still just before
            before = end and (low >= 1 or before)
        elif op in _ONE_CHAR:
            before = not _has_letter((op, av))
        elif op in _UNFOLLOWED:
            raise _Unsupported(str(op))
        else:
            before = False
        i += 1
    return clauses, before


def _literal(text: str, before: bool, after: bool) -> _Clause:
    """The best clause for a literal string: its rarest whole word, or the string itself
    where that is rarer still (a phrase is rarer than any of its words)."""
    words = _LETTERS.findall(text)
    whole = words[:]
    # a word at either end of the string is whole only if no letter can touch it there
    if whole and not after and text[-1] in _ALPHABET:
        whole.pop()
    if whole and not before and text[0] in _ALPHABET:
        whole.pop(0)
    rarity = _piece_rarity(text, words)
    if not whole:
        return _Clause(frozenset(), frozenset([(text, None, frozenset())]), rarity)
    word = max(whole, key=_rarity)
    if rarity > _rarity(word):
        return _Clause(frozenset(), frozenset([(text, word, frozenset(whole))]), rarity)
    return _Clause(frozenset([word]), frozenset(), _rarity(word))


def _spell(item: tuple[Any, Any]) -> list[str] | None:
    """The strings ``item`` can match, when they are few and all literal."""
    key = id(item)
    if key not in _spelled:
        _spelled[key] = _spell_one(item)
    return _spelled[key]


def _spell_one(item: tuple[Any, Any]) -> list[str] | None:
    op, av = item
    if op is _c.LITERAL:
        return [chr(av)]
    if op is _c.IN:
        if len(av) <= 4 and all(o is _c.LITERAL for o, _ in av):
            return [chr(v) for _, v in av]
        return None
    if op is _c.BRANCH:
        out: list[str] = []
        for alt in av[1]:
            spelled = _spell_all(alt.data)
            if spelled is None:
                return None
            out += spelled
        return out if len(out) <= _MOST_SPELLINGS else None
    if op is _c.SUBPATTERN:
        _, add_flags, del_flags, body = av
        return None if add_flags or del_flags else _spell_all(body.data)
    if op in _REPEATS:
        low, high, body = av
        if low == 0 and high == 1:
            spelled = _spell_all(body.data)
            return None if spelled is None else ["", *spelled]
    if op is _c.ASSERT or op is _c.ASSERT_NOT:
        # A look-around consumes nothing, so it spells out as nothing ("tell(?! me)"
        # spells "tell"); one that rules out a letter is left to the reading, which
        # needs it to know where a word ends.
        if op is _c.ASSERT_NOT and _covers_letters(av[1]) or _rules_out_a_letter_next(item):
            return None
        return [""]
    return None


def _spell_all(items: list[Any]) -> list[str] | None:
    j, spellings = _stretch(items, 0)
    return spellings if j == len(items) else None


def _stretch(items: list[Any], i: int) -> tuple[int, list[str]]:
    """Where the stretch of ``items`` from ``i`` that spells out into a few literal
    strings ends, and those strings."""
    j, n, spellings = i, len(items), [""]
    while j < n:
        if items[j][0] is _c.LITERAL:  # a run of plain characters adds one string
            k = j + 1
            while k < n and items[k][0] is _c.LITERAL:
                k += 1
            run = "".join([chr(code) for _, code in items[j:k]])
            spellings = [s + run for s in spellings]
            j = k
            continue
        more = _spell(items[j])
        if more is None or len(spellings) * len(more) > _MOST_SPELLINGS:
            break
        spellings = [a + b for a, b in product(spellings, more)]
        j += 1
    return j, spellings


def _bounded_after(items: list[Any], j: int, after: bool) -> bool:
    """Whether the character that ``items[j:]`` starts on (or, past the end, the one
    after the sequence) can never be a letter."""
    while j < len(items):
        op, av = items[j]
        if op is _c.AT:
            if av in _EDGES:
                return True
        elif op is _c.ASSERT_NOT:
            direction, body = av
            if direction > 0 and _covers_letters(body):
                return True
        elif op is _c.ASSERT:
            if _rules_out_a_letter_next((op, av)):
                return True
        else:
            return _starts_off_letter((op, av))
        j += 1  # a zero-width check: the next item starts on the same character
    return after


def _rules_out_a_letter_next(item: tuple[Any, Any]) -> bool:
    """Whether ``item`` is a look-ahead that only lets a non-letter come next:
    ``(?=[.!,]|$)``."""
    op, (direction, body) = item
    return op is _c.ASSERT and direction > 0 and len(body) > 0 and _starts_off_letter(body[0])


def _starts_off_letter(item: tuple[Any, Any]) -> bool:
    """Whether every match of ``item`` starts on a character that is not a letter."""
    op, av = item
    if op in _ONE_CHAR:
        return not _has_letter(item)
    if op is _c.AT:
        return av in _ENDS  # nothing, or a last line break, comes next
    if op is _c.BRANCH:
        return all(len(alt) and _starts_off_letter(alt[0]) for alt in av[1])
    if op is _c.SUBPATTERN:
        return len(av[3]) > 0 and _starts_off_letter(av[3][0])
    if op in _REPEATS:
        return av[0] >= 1 and len(av[2]) > 0 and _starts_off_letter(av[2][0])
    return False


def _one_char(items: list[Any]) -> tuple[Any, Any] | None:
    return items[0] if len(items) == 1 and items[0][0] in _ONE_CHAR else None


def _covers_letters(body: Any) -> bool:
    """Whether a negative look-around's body matches every letter (so rules them out)."""
    single = _one_char(body.data)
    return single is not None and all(_matches(single, ch) for ch in _ALPHABET)


def _has_letter(item: tuple[Any, Any]) -> bool:
    return any(_matches(item, ch) for ch in _ALPHABET)


def _matches(item: tuple[Any, Any], ch: str) -> bool:
    """Whether a one-character item matches ``ch``, a lower-case letter."""
    op, av = item
    if op is _c.LITERAL:
        return ord(ch) == av
    if op is _c.NOT_LITERAL:
        return ord(ch) != av
    if op is _c.ANY:
        return True
    if op is _c.IN:
        hit, negate = False, False
        for o, v in av:
            if o is _c.NEGATE:
                negate = True
            elif o is _c.LITERAL:
                hit = hit or ord(ch) == v
            elif o is _c.RANGE:
                hit = hit or v[0] <= ord(ch) <= v[1]
            elif o is _c.CATEGORY:
                hit = hit or v in _LETTER_CATEGORIES
            else:
                raise _Unsupported(str(o))
        return hit != negate
    raise _Unsupported(str(op))


if _sre is not None:
    _EDGES = frozenset({_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING, _c.AT_END,
                        _c.AT_END_STRING})
    _ENDS = frozenset({_c.AT_END, _c.AT_END_STRING})
    _REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT})
    _ONE_CHAR = frozenset({_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN})
    #: The categories a lower-case letter belongs to (\w, \S, \D).
    _LETTER_CATEGORIES = frozenset({_c.CATEGORY_WORD, _c.CATEGORY_NOT_SPACE,
                                    _c.CATEGORY_NOT_DIGIT})
    #: Constructs whose reading is not followed: a group reference, a conditional.
    _UNFOLLOWED = frozenset({_c.GROUPREF, _c.GROUPREF_EXISTS})
