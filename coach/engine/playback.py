"""Play-backs in the person's own words.

Play-backs turn pronouns round ("I feel" -> "you feel", "my team" -> "your team")
and otherwise use only the words the person typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import islice

from coach.engine.phrases import STOP, WORD, Phrase, scored_phrases, word_counts

# First-person forms and what they become when said back to the person.
TURN_ROUND = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "im": "you're",
    "ive": "you've",
}
# Verb forms that follow "I" and change with it.
AFTER_I = {"am": "are", "was": "were"}

MAX_ITEM_WORDS = 30
MAX_ITEMS = 5
MIN_ITEM_WORDS = 3
MAX_ITEM_CHARS = 300
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _match_case(original: str, replacement: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def turn_round(text: str) -> str:
    """Say ``text`` back to its author: first person becomes second person."""
    out: list[str] = []
    last = 0
    previous = ""
    for match in WORD.finditer(text):
        word = match.group()
        key = word.casefold().replace("’", "'")
        if key in TURN_ROUND:
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


def _first_words(text: str, n: int) -> list[re.Match[str]]:
    """Up to ``n`` words of ``text``, reading no further than needed."""
    return list(islice(WORD.finditer(text), n))


def _clip(text: str) -> str:
    """At most MAX_ITEM_WORDS words (and MAX_ITEM_CHARS characters) of ``text``."""
    words = _first_words(text, MAX_ITEM_WORDS + 1)
    end = words[MAX_ITEM_WORDS - 1].end() if len(words) > MAX_ITEM_WORDS else len(text)
    if end > MAX_ITEM_CHARS:  # one enormous "word", such as a pasted link or log
        end = max((w.end() for w in words if w.end() <= MAX_ITEM_CHARS), default=MAX_ITEM_CHARS)
    clipped = text[:end].strip()
    return clipped if end >= len(text.rstrip()) else clipped + "…"


def _item(answer: str, phrases: Sequence[Phrase]) -> str:
    """The part of one answer worth playing back, in the person's words."""
    answer = " ".join(answer.split())
    if len(_first_words(answer, MAX_ITEM_WORDS + 1)) <= MAX_ITEM_WORDS:
        chosen = answer
    else:
        sentences = [s.strip() for s in SENTENCE.findall(answer) if WORD.search(s)]
        chosen = sentences[0] if sentences else answer
        if phrases:
            for sentence in sentences:
                if phrases[0].text in sentence:
                    chosen = sentence
                    break
    chosen = _clip(chosen).rstrip(" .!?;:,")
    return turn_round(chosen)


def playback_items(
    answers: Sequence[str], scored: Mapping[str, Sequence[Phrase]] | None = None
) -> list[str]:
    """Play-back points for a stage's answers: the most telling ones, in order.

    ``scored`` may hold each answer's phrases already scored, to save scoring again.
    """
    usable = [a for a in answers if WORD.search(a)]
    # A bare "ok" or "not sure" adds nothing to a summary unless it is all there is.
    fuller = [a for a in usable if len(_first_words(a, MIN_ITEM_WORDS)) >= MIN_ITEM_WORDS]
    usable = fuller or usable
    known = dict(scored or {})
    missing = [a for a in usable if a not in known]
    if missing:
        counts = word_counts(answers)
        known.update((a, scored_phrases(a, counts=counts)) for a in missing)
    if len(usable) > MAX_ITEMS:
        ranked = sorted(range(len(usable)),
                        key=lambda i: -sum(p.score for p in known[usable[i]][:2]))
        usable = [usable[i] for i in sorted(ranked[:MAX_ITEMS])]
    items = [_item(a, known[a]) for a in usable]
    # Later points continue the same sentence: "You feel ...; you want ...".
    return items[:1] + [_soften(item) for item in items[1:]]


#: Words that only start a point with a capital because they started a sentence; a
#: later point in the same play-back goes on in lower case. Names keep their capital.
SENTENCE_STARTERS = frozenset(
    (STOP | {"mostly", "maybe", "because", "perhaps", "probably", "sometimes", "usually",
             "often", "also", "yes", "no", "honestly", "actually", "basically", "everyone",
             "everything", "nobody", "nothing", "people", "yours", "yourself", "you're",
             "you’re", "you've", "you’ve", "you'd", "you’d", "you'll", "you’ll"})
    - {"i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "im"}
)


def _soften(item: str) -> str:
    first = WORD.match(item)
    if first and first.start() == 0:
        word = first.group()
        if word[:1].isupper() and not word.isupper() and word.casefold() in SENTENCE_STARTERS:
            return item[:1].lower() + item[1:]
    return item


def correction_item(text: str) -> str:
    """A correction the person made to a play-back, as a further play-back point."""
    return _soften(turn_round(_clip(" ".join(text.split())).rstrip(" .!?;:,")))
