"""The person's own recurring words and two-word phrases, for the trends screen."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from coach.engine.phrases import STOP, WORD

EXTRA_STOP = frozenset(
    """i'm it's don't can't won't didn't isn't i've i'll i'd also been like want need know
    think feel felt make made lot bit way thing things something really yes yeah okay ok
    today week time now next back pause stop help every each other another many even ever
    again already though through without within around might must getting such these
    those while whom whose""".split()
)
#: Markup-looking fragments such as ``[bold]`` or ``[/link]``: not the person's words.
BRACKETED = re.compile(r"\[[^\[\]\n]*\]")


def words_of(text: str) -> list[str]:
    """The words of ``text``, leaving out anything inside [ ] brackets."""
    return [m.group(0) for m in WORD.finditer(BRACKETED.sub(" ", text))]


def themes(
    texts: Iterable[str], *, ignore: Iterable[str] = (), limit: int = 12
) -> list[tuple[str, int]]:
    """The words and word pairs used in the most texts, in the person's own spelling.

    Each text counts once per theme (so one long entry can't swamp the rest); words
    from ``ignore`` (such as template headings), common small words and anything in
    [ ] brackets are skipped. Case is folded: Monday and monday are one theme, shown
    in the spelling the person uses most.
    """
    skip = STOP | EXTRA_STOP | {w.casefold() for w in ignore}
    counts: Counter[str] = Counter()
    spelling: dict[str, Counter[str]] = {}
    for text in texts:
        seen: set[str] = set()
        previous: tuple[str, str] | None = None  # (key, as written)
        for word in words_of(text):
            key = word.casefold()
            if key in skip or len(key) < 3 or key.isdigit():
                previous = None
                continue
            seen.add(key)
            spelling.setdefault(key, Counter())[word] += 1
            if previous is not None:
                pair = f"{previous[0]} {key}"
                seen.add(pair)
                spelling.setdefault(pair, Counter())[f"{previous[1]} {word}"] += 1
            previous = (key, word)
        counts.update(seen)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], -len(item[0].split()), item[0]))
    found: list[tuple[str, int]] = []
    for key, count in ranked:
        if count < 2 and found:
            break
        found.append((spelling[key].most_common(1)[0][0], count))
        if len(found) >= limit:
            break
    return found
