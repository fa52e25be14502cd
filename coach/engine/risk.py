"""Hearing risk: talk of suicide, of self-harm, or of being in danger from someone else.

``risk_kind(text)`` names what a piece of text speaks of (``"suicide"``,
``"self-harm"`` or ``"danger"``) or returns None; ``speaks_of_risk(text)`` says whether
it speaks of any. The text is read whole, however long, and the reading errs towards
hearing risk: a hedge or a take-back ("sorry, ignore that", "lol jk", "I'm not saying
I'd do it, but...") never cancels what was said. What it leaves alone are the false
friends of everyday work talk: idioms ("this rota is killing me", "career suicide"),
jokey hyperbole about a boring thing, bereavement and deaths at work, danger that is
part of a job, safeguarding and suicide-prevention work, and wanting a process to stop.

How a text is read:

1. ``normalise`` puts it in one spelling: lower case, straight quotes, no invisible
   or look-alike characters, text speak and slips written out.
2. It is cut into sentences (a very long one into overlapping windows). A sentence is
   read only for the rules whose words it holds (``risk_patterns.Rule.needs``), which
   keeps long, ordinary text cheap. When a rule matches, the idioms are blanked out of
   the sentence ("dead in the water") and the rule is tried again.
3. A match is believed only if its checks pass (``_believed``): no outright denial
   just before it, about the speaker rather than someone else, and, for words that can
   mean a job as well as a life, no nearby clause saying it was the job ("I mean the
   notifications"). A later clause can also say it was life ("Not work. Everything.").
4. Last-things cues (a will sorted, the dog given away, "when I'm gone") count across
   the whole text: two of them, one a last-things cue and not only giving things
   away, are heard as suicide.

Suicide is named before self-harm, and self-harm before danger, when a text speaks
of more than one. The word rules themselves live in ``risk_patterns``.
"""

from __future__ import annotations

import re
import unicodedata

from coach.engine import risk_patterns as rp
from coach.engine.risk_concepts import concept_risk
from coach.engine import risk_model
from coach.engine.prefilter import words_of
from coach.engine.risk_patterns import RiskKind

__all__ = ["KINDS", "RiskKind", "normalise", "prepare", "risk_kind", "speaks_of_risk"]

KINDS: tuple[RiskKind, ...] = ("suicide", "self-harm", "danger")
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}

# --------------------------------------------------------------------------- normalising

#: Characters to drop or replace before anything else: invisible ones, curly quotes and
#: dashes, combining accents (after NFKD), and Cyrillic and Greek look-alikes of Latin
#: letters, so "ԁіе" and "di\u0300e" are both read as "die".
_UNICODE = {cp: None for cp in (0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060,
                                0xFEFF, 0x180E)}
_UNICODE.update({cp: None for cp in range(0x0300, 0x0370)})
_UNICODE.update(str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2026": ".", "\u00a0": " ", "\u2028": "\n", "\u2029": "\n",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ɡ": "g",
    "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Т": "T", "Н": "H", "К": "K", "М": "M",
    "В": "B", "Х": "X", "І": "I", "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v",
    "ρ": "p", "τ": "t", "υ": "u",
}))
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
#: Quotation marks, as opposed to apostrophes inside a word: "I 'want' to die". (Each
#: way starts with the mark itself, so the search jumps from one mark to the next.)
_QUOTE_MARKS = re.compile(r"'(?<![a-z]')|'(?![a-z])|\"")
_SPACES = re.compile(r"[ \t]{2,}")
_REPEATS = re.compile(r"([a-z])\1{2,}")
#: Any letter three times over: quicker to look for than the longer runs above.
_TRIPLE = re.compile(r"([a-z])\1\1")

#: Looked for in the text with a space put before it, as "a character that cannot be in
#: a word, then the spelling": the search jumps from one such character to the next, where
#: a look-behind would be tried at every one. It finds what the look-behind would, as
#: every spelling ends on a character that cannot come before another.
_SPELLING = re.compile(r"([^a-z0-9'/-])(" + rp.trie(rp.SPELLINGS) + r")(?![a-z0-9'/])")
_SELF_HARM = re.compile(r"self[- ]?(?:harm|injur|mutilat)[a-z]*")
# "su" first, so the search jumps from one "su" to the next; no letter before it.
_SUICIDE = re.compile(r"su(?<![a-z]su)[i1]?[cs]{1,2}[i1]?d(?:e|es|al|ally|ial)(?![a-z])")
_TEXT_NUMBERS = re.compile(r"(?<=[a-z]) (?:2|4) (?=[a-z])")


def _spell(match: re.Match[str]) -> str:
    return match.group(1) + rp.SPELLINGS[match.group(2)]


def normalise(text: str) -> str:
    """One spelling for everything the rules read: lower case, straight quotes, no
    invisible or look-alike characters, letters not stretched ("sooo"), text speak
    and common slips written out, medicines written "tablets", "self-harm" written
    "selfharm"."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).translate(_UNICODE)
        text = _NON_ASCII.sub(" ", text)
    low = text.lower()
    if _TRIPLE.search(low):
        low = _REPEATS.sub(r"\1", low)
    if "&" in low:
        low = low.replace("&", " and ")
    if "'" in low or '"' in low:
        low = _QUOTE_MARKS.sub(" ", low)
    if "  " in low or "\t" in low:
        low = _SPACES.sub(" ", low)
    if " 2 " in low or " 4 " in low:
        low = _TEXT_NUMBERS.sub(lambda m: " to " if "2" in m.group() else " for ", low)
    low = _SPELLING.sub(_spell, " " + low)[1:]
    if "self" in low:
        low = _SELF_HARM.sub("selfharm", low)
    if "su" in low:
        low = _SUICIDE.sub(lambda m: "suicidal" if "al" in m.group()[5:] else "suicide", low)
    return low


# --------------------------------------------------------------------------- reading

# "the 7.10" is not two sentences; a run between stops is taken whole, not a character
# at a time (the same runs, found in a few steps each)
_SENTENCE = re.compile(r"(?:[^.!?;\n]+|(?<=\d)\.(?=\d))+")
_LONGEST = 300  # characters of one sentence searched at a time
_OVERLAP = 100  # so that a phrase cut apart by a window is read whole in the next
_WORD = re.compile(r"[a-z0-9'-]+")
_LETTERS = re.compile(r"[a-z]+")
#: Every byte that cannot be in a ``_WORD`` made a space: splitting on them finds the
#: same words as the regex, in a fraction of the time.
_NOT_IN_WORDS = bytes(
    b if 97 <= b <= 122 or 48 <= b <= 57 or b in b"'-" else 32 for b in range(256))
_LISTENER = frozenset({"you", "your"})
_TO_LISTENER = frozenset(
    "with to tell telling told thank thanks for ask asking at about show showing honest do "
    "would could can did don't will".split()
)
_PRONOUN = re.compile(r"\b(?:it|this|that|things|everything|all of it|the whole thing)\b")
_CLAUSE_BREAK = re.compile(r".*(?:[,:(]|\b(?:but|though|although|except|whereas|yet|so)\b)")

#: Each word a rule needs, mapped to the rules (by position) that need it.
_INDEX: dict[str, tuple[int, ...]] = {}
for _position, _rule in enumerate(rp.RULES):
    for _word in _rule.needs:
        _INDEX[_word] = _INDEX.get(_word, ()) + (_position,)
del _position, _rule, _word
_NEEDED = frozenset(_INDEX)
_AND_NEEDS = tuple(rule.and_needs or None for rule in rp.RULES)


def prepare() -> None:
    """Do now what the first texts read would otherwise pay for: compile every rule
    (about a fifth of a second) and load the model's weights.

    Without it each rule is compiled the first time a sentence holds its words, which
    is cheapest for a short run but leaves an early text a few milliseconds slower for
    each new rule it meets. Anything with an answer to give in time calls this first,
    away from its answers.
    """
    rp.compile_all()
    risk_model.shipped_model()


def _sentences(low: str) -> list[str]:
    sentences: list[str] = []
    for sentence in _SENTENCE.findall(low):
        sentence = sentence.strip(" \t,-:\"'()")
        if len(sentence) <= _LONGEST:
            sentences.append(sentence)
            continue
        # Text with no full stops would be one huge sentence for every rule to search:
        # cut it at commas, then into overlapping windows that start on a word.
        for part in sentence.split(", "):
            start = 0
            while True:
                sentences.append(part[start:start + _LONGEST])
                if start + _LONGEST >= len(part):
                    break
                start = part.find(" ", start + _LONGEST - _OVERLAP) + 1 or len(part)
    return sentences


def _words_of(sentence: str) -> set[str]:
    # (each character past ASCII becomes "?", which is no part of a word either)
    words = set(sentence.encode("ascii", "replace").translate(_NOT_IN_WORDS).decode().split())
    if "'" in sentence:
        for word in [w for w in words if "'" in w]:
            # "suicide's", "life's": the rules may need the word before the ending.
            words.add(word.split("'", 1)[0])
    return words


def _letter_runs(words: set[str]) -> set[str]:
    """A set holding every run of the letters a-z in a sentence whose words are
    ``words``: the words, and the runs in those with a digit, an apostrophe or a hyphen."""
    odd = [word for word in words if not word.isalpha()]
    if not odd:
        return words
    runs = set(words)
    for word in odd:
        runs.update(_LETTERS.findall(word))
    return runs


def _candidates(words: set[str]) -> list[int]:
    """The rules (by position, suicide first) whose words the sentence holds."""
    found: set[int] = set()
    for word in _NEEDED.intersection(words):
        found.update(_INDEX[word])
    if not found:
        return []
    chosen = []
    for position in sorted(found):
        second = _AND_NEEDS[position]
        if second is None or not second.isdisjoint(words):
            chosen.append(position)
    return chosen


def _clause_before(sentence: str, start: int) -> str:
    """The clause a match sits in, up to the match: a denial must be in the same one."""
    before = sentence[:start]
    cut = _CLAUSE_BREAK.match(before)
    return before[cut.end():] if cut else before


def _denied(sentence: str, start: int) -> bool:
    clause = _clause_before(sentence, start)
    tail = clause[-60:]
    if not rp.DENIAL.search(tail):
        return False
    # "I'm not saying I'd do it", "I'd be lying if I said I hadn't": these admit it.
    return not rp.HEDGE.search(clause)


def _about_someone_else(sentence: str, start: int) -> bool:
    """Whether the nearest person before a match is someone other than the speaker."""
    if rp.REPORTED.search(sentence[max(0, start - 90):start]):
        return True
    words = _WORD.findall(_clause_before(sentence, start)[-90:])
    first = _WORD.match(sentence, start)
    if (
        first
        and first.group() in rp.THIRD_VERBS
        and "me" not in words[-3:]
        and not (words and words[-1] in rp.FIRST_PERSON)
    ):
        return True
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        if word in rp.FIRST_PERSON:
            return False
        if word in rp.OTHER_PEOPLE:
            # "to be honest with you", "I'm telling you": "you" there is the listener.
            if word in _LISTENER and position and words[position - 1] in _TO_LISTENER:
                continue
            return True
        if word in ("is", "was", "seems", "sounds", "looks", "feels", "gets", "became") and (
            position == 0 or words[position - 1] not in rp.FIRST_PERSON
        ):
            return position > 0
    return False


def _clarified(sentences: list[str], index: int, end: int) -> str | None:
    """``"life"`` or ``"work"`` if a nearby clause says what the words meant, else None.

    The rest of the sentence is read first, then the next two sentences, then the one
    before: "I want it all to stop. Not work. Everything."
    """
    places = [sentences[index][end:]]
    places.extend(sentences[index + 1:index + 3])
    if index:
        places.append(sentences[index - 1])
    for text in places:
        found = rp.CLARIFIER.search(text.strip(" "))
        if found:
            return "life" if found.group("life") else "work"
    return None


def _believed(rule: rp.Rule, sentences: list[str], index: int, match: re.Match[str]) -> bool:
    sentence = sentences[index]
    checks = rule.checks
    if "deny" in checks and _denied(sentence, match.start()):
        return False
    if "self" in checks and _about_someone_else(sentence, match.start()):
        return False
    if "joke" in checks and rp.JOKE.search(sentence) and rp.JOKE_TENSE.search(sentence):
        return False
    if "scope" not in checks and "vague" not in checks:
        return True
    # "Not exist in the group chat", "vanish for a week", "not be here on Friday": a
    # limit put on the words makes them vague.
    vague = (
        "vague" in checks
        or rp.LIMITER.match(sentence, match.end()) is not None
        or (
            rp.ABSENCE.search(match.group()) is not None
            and rp.TIME_LIMITER.match(sentence, match.end()) is not None
        )
    )
    scoped = (
        vague
        or rule.family not in ("wish", "thought")
        or rp.SCOPED_DEATH.search(match.group()) is not None
    )
    if scoped:
        clear = _clarified(sentences, index, match.end())
        if clear == "work" or (clear is None and vague):
            return False
        # "The pilot's failing, so I'm going to end it": "it" is the pilot.
        if (
            clear is None
            and _PRONOUN.search(match.group())
            and rp.WORK_ANTECEDENT.search(_clause_before(sentence, match.start()))
        ):
            return False
    return True


def _rule_holds(rule: rp.Rule, sentences: list[str], index: int) -> bool:
    sentence = sentences[index]
    # "I have the tablets. I just haven't taken them yet": "them" is in the sentence before.
    context = sentences[index - 1] + " " + sentence if index and "ctx" in rule.checks else sentence
    if rule.also and not all(p.search(context) for p in rule.also):
        return False
    if rule.unless and any(p.search(sentence) for p in rule.unless):
        return False
    return any(_believed(rule, sentences, index, m) for m in rule.pattern.finditer(sentence))


def _drinking_then_no_care(sentences: list[str], index: int) -> bool:
    # "I drink until I can't think. I know it's dangerous and I don't care any more."
    return bool(
        index + 1 < len(sentences)
        and rp.DRINK.search(sentences[index])
        and rp.NO_CARE.search(sentences[index + 1])
    )


def risk_kind(text: str) -> RiskKind | None:
    """What ``text`` speaks of: suicide, self-harm, danger from someone else, or None.

    The word rules decide first; where they hear nothing, the trained model
    (:mod:`coach.engine.risk_model`) listens for wordings the rules were never given.
    """
    if not text:
        return None
    low = normalise(text)
    kind = _pattern_kind(low)
    if kind is not None:
        return kind

    model = risk_model.shipped_model()
    if model is None:
        return concept_risk(low)
    # Words in quotation marks are someone else's ("a pupil said 'I want to die'"): the
    # rules tell reported speech apart, the model cannot, so it does not read them.
    unquoted = normalise(_QUOTED.sub(" ", text)) if _QUOTED.search(text) else low
    chance = model.probability(unquoted)
    if chance >= model.threshold and model.could_hear(unquoted) and not _a_pause(unquoted):
        return model.kind(unquoted)  # type: ignore[return-value]
    # The shape rules are slower: they are asked only where the model hears something.
    return concept_risk(low) if chance >= CONCEPT_GATE else None


#: Sitting in a parked car before going in ("I sit in the car on the drive for ten
#: minutes before I go in"): a pause between work and home that the model, which reads a
#: car as a means, takes for risk. The rules still hear it with what makes a car a means.
_PARKED = re.compile(r"\b(?:sit|sits|sat|sitting|stay|stayed|staying|wait|waited|waiting)"
                     r" (?:\w+ )?in (?:the|my) (?:car|van|truck|cab|motor)\b(?! (?:with|and)\b)")
_CAR_AS_MEANS = re.compile(
    r"\b(?:engine|running|hose|pipe|exhaust|fumes|garage|tablets|pills|crash|swerve|drive"
    r" (?:into|off)|motorway|bridge|cliff|end it|die|dead|wake up|be here|not be|gone|done"
    r" with (?:it all|life|everything)|no point|can'?t go on|don'?t want to (?:go|drive|be|live"
    r"|wake))\b")


def _a_pause(low: str) -> bool:
    """Whether ``low`` tells of sitting in a parked car with nothing that makes it a means."""
    return _PARKED.search(low) is not None and _CAR_AS_MEANS.search(low) is None


# Each way starts with its quotation mark (the look-behind after it asks what came before
# the mark), so the search jumps from mark to mark instead of trying every character.
_QUOTED = re.compile(r"'(?<!\w')[^'’]{3,200}['’](?!\w)|‘(?<!\w‘)[^'’]{3,200}['’](?!\w)"
                     r"|\"[^\"”]{3,200}[\"”]|“[^\"”]{3,200}[\"”]")
#: Below this chance from the model, the shape rules are not consulted.
CONCEPT_GATE = 0.3


def rule_kind(text: str) -> RiskKind | None:
    """What the word rules alone hear in ``text``: the phrase tables, then the shapes."""
    kind = pattern_kind(text)
    if kind is not None or not text:
        return kind

    return concept_risk(normalise(text))


def pattern_kind(text: str) -> RiskKind | None:
    """What the phrase tables of :mod:`coach.engine.risk_patterns` hear in ``text``."""
    return _pattern_kind(normalise(text)) if text else None


def _pattern_kind(low: str) -> RiskKind | None:
    sentences = _sentences(low)
    best: RiskKind | None = None
    final = giving = 0  # last-things cues, counted across the whole text
    for index, raw in enumerate(sentences):
        words = _words_of(raw)
        letters = _letter_runs(words)
        spaced = " " + raw  # what the rules are looked for in (``Pattern.found_in``)
        if not words.isdisjoint(rp.LAST_THINGS_WORDS) and rp.ANY_LAST_THING.found_in(
                spaced, letters):
            final += sum(1 for p in rp.FINAL_CUES if p.search(raw))
            giving += sum(1 for p in rp.GIVING_CUES if p.search(raw))
        blanked = False
        for position in _candidates(words):
            rule = rp.RULES[position]
            if best is not None and _RANK[rule.kind] >= _RANK[best]:
                continue
            # Most sentences match no rule at all, so idioms are blanked only when one does.
            if not rule.pattern.found_in(spaced, letters):
                continue
            if not blanked:
                sentences[index] = rp.blank_idioms(raw, words)
                spaced = " " + sentences[index]
                letters = words_of(spaced)  # a blank can cut a word short ("x ~ ")
                blanked = True
            if _rule_holds(rule, sentences, index):
                best = rule.kind
                if best == "suicide":
                    return best
        if (
            (best is None or _RANK[best] > _RANK["self-harm"])
            and not words.isdisjoint(rp.DRINK_WORDS)
            and _drinking_then_no_care(sentences, index)
        ):
            best = "self-harm"
    if final >= 1 and final + giving >= 2:
        return "suicide"
    return best


def speaks_of_risk(text: str) -> bool:
    """Whether ``text`` speaks of suicide, self-harm or being in danger."""
    return risk_kind(text) is not None
