"""Play-back points put back into the person's own words, for a write-up in the first person.

A play-back point is a slice of one answer turned round ("my rota" said back as "your
rota"). A report the person shares says it as they did: each point is found again in
the answers it came from and given back exactly as typed. Points that say nothing
(a bare "ok", a "yes, keep it") are left out, and so is anything that came from, or
speaks of, risk: a write-up never quotes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from coach.engine.follow_ups import says_dont_know, says_nothing_else
from coach.engine.phrases import WORD
from coach.engine.playback import ACK, FILLER, FUNCTION, LEAD, PREP, turn_round
from coach.engine.replies import read_playback_reply
from coach.engine.risk import speaks_of_risk

#: Words that confirm or fill but carry nothing of their own ("keep it", "spot on").
EMPTY = FUNCTION | FILLER | LEAD | ACK | frozenset(
    """keep kept fine right correct spot exactly perfect great good sounds thanks thank
    cheers that's it's yes yeah yep no nope nah ok okay sure lovely brilliant wrong""".split())
#: Second person back to first, for a point that can no longer be found in the answers.
FIRST = {"you're": "I'm", "you've": "I've", "you'd": "I'd", "you'll": "I'll",
         "your": "my", "yours": "mine", "yourself": "myself", "are": "am", "were": "was"}
#: Words after which "you" is the one something is done to: "me", not "I".
OBJECT_AFTER = PREP | frozenset("""see saw seen tell told ask asked give gave help helped
    let made make thank show showed""".split())
#: Words that follow "I" as well as "you": "you are" is "I am", "you can" is "I can".
AUXILIARY = frozenset("""am are was were will would can could shall should may might must
    have had do did don't didn't won't can't wouldn't couldn't haven't hadn't""".split())


def _fold(word: str) -> str:
    return word.casefold().replace("’", "'")


def is_filler(text: str) -> bool:
    """Whether ``text`` says nothing worth writing up: one word, a yes, "keep it", "ok"."""
    words = [_fold(w) for w in WORD.findall(text)]
    if len(words) < 2 or says_dont_know(text) or says_nothing_else(text):
        return True
    verdict, rest = read_playback_reply(text)
    if verdict == "yes" and not rest:  # "spot on", "pretty much": a no is told by its words
        return True
    return all(word in EMPTY for word in words)


def own_words(point: str, answers: Iterable[str]) -> str | None:
    """The slice of one of ``answers`` that ``point`` says back, as typed; None if none."""
    wanted = [_fold(w) for w in WORD.findall(point)]
    if not wanted:
        return None
    for answer in answers:
        raw = list(WORD.finditer(answer))
        turned = [_fold(w) for w in WORD.findall(turn_round(answer))]
        if len(turned) != len(raw):
            turned = [_fold(m.group()) for m in raw]
        for start in range(len(raw) - len(wanted) + 1):
            if all(want in (_fold(raw[start + k].group()), turned[start + k])
                   for k, want in enumerate(wanted)):
                end = raw[start + len(wanted) - 1].end()
                if answer[end:end + 1] == "?":
                    end += 1  # a question stays a question
                return answer[raw[start].start():end]
    return None


def first_person(point: str) -> str:
    """``point`` turned back from "you" to "I", word by word (when its source is gone)."""
    out: list[str] = []
    last = 0
    previous = ""
    words = list(WORD.finditer(point))
    for index, match in enumerate(words):
        word, key = match.group(), _fold(match.group())
        following = _fold(words[index + 1].group()) if index + 1 < len(words) else ""
        if key == "you":
            done_to = previous in OBJECT_AFTER or not following or (
                following in FUNCTION and following not in AUXILIARY)
            new = "me" if done_to else "I"
        elif key in ("are", "were") and previous != "you":
            new = word
        else:
            new = FIRST.get(key, word)
            if new != word and word[:1].isupper() and new != "I":
                new = new[:1].upper() + new[1:]
        out.append(point[last:match.start()] + new)
        last = match.end()
        previous = key
    out.append(point[last:])
    return "".join(out)


def key_points(points: Sequence[str], answers: Sequence[str],
               withheld: Sequence[str] = ()) -> list[str]:
    """``points`` in the person's own words, in order, each once.

    ``answers`` are what the points were taken from; ``withheld`` are answers that must
    never be written up (risk): a point found only there is dropped.
    """
    kept: dict[str, str] = {}
    for point in points:
        if is_filler(point):
            continue
        own = own_words(point, answers)
        if own is None and own_words(point, withheld) is not None:
            continue
        text = " ".join((own if own is not None else first_person(point)).split())
        if is_filler(text) or speaks_of_risk(text):
            continue
        text = text[:1].upper() + text[1:]
        kept.setdefault(text.casefold(), text)
    return list(kept.values())
