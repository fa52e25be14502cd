"""The person's recurring themes: content words and two-word phrases, forms merged.

Small words are left out (a list of function words, fillers and the verbs everyone
uses: "say", "honestly", "never", "only"), and the forms of a word are counted as one
through a light stemmer ("delegate", "delegated", "delegating" and "delegation" are one
theme), shown in the spelling the person uses most. Each text counts once per theme, so
one long entry cannot swamp the rest.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from coach.engine.phrases import STOP, WORD

SMALL_WORDS = STOP | frozenset(
    """
    a about above across after afterwards again against ago ahead all almost alone along
    already also although always am among an and another any anybody anyone anything
    anyway anywhere are around as at away back be became because become been before
    behind being below beside besides between beyond both but by can cannot could did do
    does doing done down during each either else elsewhere enough even ever every
    everybody everyone everything everywhere except few for from further had has have
    having he her here hers herself him himself his how however i if in inside instead
    into is it its itself just least less let like likely lot lots many may maybe me
    might mine more most mostly much must my myself near nearly neither never next no
    nobody none nor not nothing now nowhere of off often on once one only onto or other
    others otherwise our ours ourselves out outside over own perhaps quite rather really
    same several shall she should since so some somebody someone something sometimes
    somewhere soon still such than that the their theirs them themselves then there these
    they this those though through throughout thus till to together too toward towards
    under unless until up upon us very via was we well were what whatever when whenever
    where whereas wherever whether which while who whoever whole whom whose why will with
    within without would yet you your yours yourself yourselves

    i'm i've i'll i'd it's that's there's don't doesn't didn't can't couldn't won't
    wouldn't shouldn't isn't aren't wasn't weren't haven't hasn't hadn't let's you're
    you've they're we're we've he's she's what's who's

    say says said saying tell tells told telling ask asks asked asking get gets got
    getting gotten go goes went going gone make makes made making know knows knew known
    knowing think thinks thought thinking feel feels felt feeling want wants wanted
    wanting need needs needed needing try tries tried trying come comes came coming take
    takes took taken taking see sees saw seen seeing look looks looked looking seem seems
    seemed give gives gave given put puts keep keeps kept use used using find found mean
    means meant guess suppose start started begin began end ended happen happened happens
    able sure yes yeah okay ok oh um uh er hmm right

    honestly actually basically literally probably possibly definitely certainly
    obviously clearly simply especially generally usually normally really truly totally
    completely absolutely quite fairly pretty slightly kind sort bit way thing things
    stuff lot something anything nothing everything today yesterday tomorrow tonight
    morning evening day days week weeks month months year years time times moment
    first second last lately recently later earlier once twice

    two three four five six seven eight nine ten hundred thousand

    good bad better best worse worst big small little new old great much many lot
    """.split()
)
#: Markup-looking fragments such as ``[bold]`` or ``[/link]``: not the person's words.
BRACKETED = re.compile(r"\[[^\[\]\n]*\]")
_VOWEL = re.compile(r"[aeiouy]")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1$")


def words_of(text: str) -> list[str]:
    """The words of ``text``, leaving out anything inside [ ] brackets."""
    return [m.group(0) for m in WORD.finditer(BRACKETED.sub(" ", text))]


def stem(word: str) -> str:
    """A light stem: the forms of one word share it ("meetings", "meeting" -> "meet").

    Only the commonest English endings are taken off, and only while a stem of three
    letters or more with a vowel in it is left: plural and possessive s, -ies, -ing,
    -ed, -ly, -ation and -ment, then a doubled last consonant and a final e.
    """
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for ending, replacement in (
        ("ations", "ate"), ("ation", "ate"), ("ments", ""), ("ment", ""),
        ("ingly", ""), ("edly", ""), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"),
        ("sses", "ss"), ("ed", ""), ("ly", ""), ("es", "e"), ("s", ""),
    ):
        if not w.endswith(ending):
            continue
        if ending == "s" and w.endswith(("ss", "us", "is")):
            break
        rest = w[: len(w) - len(ending)] + replacement
        if len(rest) >= 3 and _VOWEL.search(rest):
            w = rest
        break
    if _DOUBLED.search(w) and not w.endswith(("ll", "ss", "zz")):
        w = w[:-1]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


@dataclass(frozen=True)
class Theme:
    """A recurring word or two-word phrase: as the person writes it, and in how many texts."""

    text: str
    count: int

    @property
    def search(self) -> str:
        """What to search the journal for to find where it comes up."""
        return self.text


def themes(
    texts: Iterable[str], *, ignore: Iterable[str] = (), limit: int = 12
) -> list[Theme]:
    """The content words and word pairs used in the most texts, most first.

    Words from ``ignore`` (such as template headings), small words and anything in [ ]
    brackets are skipped; case and forms are folded (Monday and monday, "delegate" and
    "delegating") and each theme is shown in the spelling the person uses most. A word
    that only ever comes up inside one of the phrases shown is not listed again alone.
    """
    skip = {stem(w) for w in ignore} | {w.casefold() for w in ignore}
    counts: Counter[str] = Counter()
    spelling: dict[str, Counter[str]] = {}
    for text in texts:
        seen: set[str] = set()
        previous: tuple[str, str] | None = None  # (key, as written)
        for word in words_of(text):
            low = word.casefold().replace("’", "'")
            key = stem(low)
            if low in SMALL_WORDS or key in skip or low in skip or len(low) < 3 \
                    or low.isdigit():
                previous = None
                continue
            seen.add(key)
            spelling.setdefault(key, Counter())[word] += 1
            if previous is not None and previous[0] != key:
                pair = f"{previous[0]} {key}"
                seen.add(pair)
                spelling.setdefault(pair, Counter())[f"{previous[1]} {word}"] += 1
            previous = (key, word)
        counts.update(seen)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], -len(item[0].split()), item[0]))
    found: list[Theme] = []
    covered: dict[str, int] = {}  # a word's count inside a phrase already listed
    for key, count in ranked:
        if count < 2 and found:
            break
        parts = key.split()
        if len(parts) == 1 and covered.get(key) == count:
            continue  # every time it came up, it was in a phrase already listed
        found.append(Theme(_shown(spelling[key]), count))
        for part in parts if len(parts) > 1 else ():
            covered[part] = max(covered.get(part, 0), count)
        if len(found) >= limit:
            break
    return found


def _shown(forms: Counter[str]) -> str:
    """The spelling used most; between equals, the one in lower case, then the shortest."""
    return min(forms.items(), key=lambda item: (-item[1], item[0] != item[0].lower(),
                                                len(item[0]), item[0]))[0]
