"""Reading what the person types: commands, a yes or a no, a commitment's fate."""

from __future__ import annotations

import re
from typing import Literal

from coach.engine.phrases import WORD

COMMANDS = frozenset({"next", "back", "pause", "stop", "help"})


def read_command(text: str) -> str | None:
    """The command ``text`` gives (``next``, ``back``, ``pause``, ``stop``, ``help``)."""
    word = text.strip().casefold().lstrip("/:")
    if word == "?":
        return "help"
    return word if word in COMMANDS else None


def word_count(text: str) -> int:
    return sum(1 for _ in WORD.finditer(text))


NEGATIONS = frozenset(
    """no not never wrong incorrect isn't isn’t wasn't wasn’t don't don’t didn't didn’t
    haven't haven’t hasn't hasn’t nothing nope""".split()
)
STATUS_WORDS = {
    "done": ("done", "did", "finished", "completed", "complete", "achieved", "managed"),
    "dropped": ("let it go", "drop", "dropped", "let go", "abandon", "no longer", "forget"),
    "open": ("carry", "keep", "continue", "still", "open", "not yet", "ongoing", "later"),
}


def read_status(text: str) -> str | None:
    """Which of done / open / dropped a reply chooses, or None if it is unclear."""
    low = " ".join(w.group().casefold() for w in WORD.finditer(text))
    if not low:
        return None
    hits = []
    for status, cues in STATUS_WORDS.items():
        positions = [m.start() for cue in cues for m in re.finditer(rf"\b{cue}\b", low)]
        if positions:
            hits.append((min(positions), status))
    if not hits:
        return None
    chosen = dict((status, position) for position, status in hits)
    if "dropped" in chosen:
        return "dropped"  # letting go is said outright, whatever else is said
    # "not done yet", "I haven't finished it", "never did" name "done" but mean open.
    if _UNDONE.search(low):
        return "open"
    return min(hits)[1]


_UNDONE = re.compile(
    r"(?:\bnot|n[’']t|\bnever|\byet to)(?: \w+){0,3}? (?:done|did|do|finished|finish|completed"
    r"|complete|achieved|managed|started|start)\b"
)


RiskChoice = Literal["carry on", "pause", "stop"]
RISK_CHOICES: tuple[RiskChoice, ...] = ("pause", "stop", "carry on")

_CHOICE_PATTERNS: dict[RiskChoice, re.Pattern[str]] = {
    "carry on": re.compile(
        r"\b(?:carry on|carrying on|continue|continuing|go on|going on|keep going|move on"
        r"|moving on|get back to (?:it|the (?:session|conversation|questions))|back to it"
        r"|on we go|resume|let's go)\b"
    ),
    "pause": re.compile(
        r"\b(?:pause|pausing|a break|take a break|break for now|later|another time|not now"
        r"|some other time|come back (?:to it|another|later|tomorrow))\b"
    ),
    "stop": re.compile(
        r"\b(?:stop|stopping|end (?:it )?(?:here|now|the session|this)|finish|quit|exit"
        r"|that's enough|enough for (?:today|now)|done for (?:today|now))\b"
    ),
}
_NEGATED = re.compile(r"(?:\b(?:not|never|no)\b|n't)(?: \w+){0,2} $")


def read_risk_choice(text: str) -> RiskChoice | None:
    """Which of pause, stop or carry on a reply chooses, or None.

    Only a clear choice counts: a reply that names none, names one only to deny it
    ("I can't carry on"), or names more than one ("carry on, or maybe pause") is None,
    so the person is asked again rather than taken back into the conversation.
    """
    low = " " + " ".join(w.group().casefold().replace("’", "'") for w in WORD.finditer(text)) + " "
    chosen: set[RiskChoice] = set()
    for choice, pattern in _CHOICE_PATTERNS.items():
        for match in pattern.finditer(low):
            if choice == "pause" and match.group() == "not now":
                chosen.add(choice)
            elif not _NEGATED.search(low[: match.start()]):
                chosen.add(choice)
    return chosen.pop() if len(chosen) == 1 else None


PlaybackVerdict = Literal["yes", "yes-more", "no", "correction", "more"]

#: Words a "no" that answers may come straight before, with no comma ("no its the
#: court", "no the rota"); before any other word "no" belongs to what follows ("no one
#: decides", "no budget for agency staff") and is not a no to the play-back.
REPLY_NO_NEXT = (
    "it|it's|its|it’s|i|i'm|im|i’m|i've|that|that's|thats|that’s|this|not|you|u|we|they|he|"
    "she|there|there's|just|actually|honestly|well|but|and|so|sorry|lol|idk|tbh|more|the|a|"
    "an|my|our|his|her|their|what|wrong|thats|nope|no|nah|never|rather|less")
#: "no" belonging to what follows it: "no one decides", "no time", "no budget".
DETERMINER_NO = re.compile(rf"^\W*no\s+(?!(?:{REPLY_NO_NEXT})(?![\w'’]))[\w]", re.I)

#: Ways of saying yes to a play-back, as their first words (case folded).
YES_PHRASES = (
    "yes", "y", "yeah", "yep", "yup", "yea", "ya", "yah", "yeh", "yh", "aye", "correct",
    "right", "exactly", "spot on", "ok", "okay", "sure", "indeed", "absolutely", "definitely",
    "true", "perfect", "good", "great", "fine", "pretty much", "mostly", "more or less",
    "about right", "sounds right", "sounds about right", "that's right", "that is right",
    "that's correct", "that's it", "that is it", "you got it", "you've got it", "got it",
    "that's fair", "fair enough", "fair", "bang on", "nailed it", "bingo", "totally",
    "that sums it up", "that's about it", "broadly", "largely", "basically", "i think so",
    "yes please", "100", "that's spot on", "thats right", "thats it", "it is", "you have",
    "ye", "yas", "yass", "yy", "mhm", "mmhm", "mm hm", "mm hmm", "mm", "uh huh", "k", "kk",
    "deffo", "defo", "defs", "for sure", "too right", "that's the one", "thats correct",
    "i suppose so", "i guess so", "suppose so", "guess so",
)
#: Signs that say yes on their own: a thumbs up, an OK hand, a tick.
_YES_SIGNS = frozenset("👍👌✅✔☑🙂😊🙏")
#: Marks that only change how a sign is drawn (skin tone, emoji style).
_SIGN_MARKS = frozenset("\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")
_YES_WORDS = frozenset(p for p in YES_PHRASES if " " not in p)
_NO_WORDS = frozenset(("no", "nope", "nah"))
_YES_START = re.compile(
    r"^(?:(?:well|um+|erm+|oh|so|i mean|honestly)\s+)*(?:"
    + "|".join(sorted((re.escape(p) for p in YES_PHRASES), key=len, reverse=True))
    + r")\b(?:\s+(?:yes|yeah|yep|really|exactly|thanks|thank you|that's it|that's right"
    r"|mostly|i think|pretty much))*"
)
_NO_START = re.compile(
    r"^(?:(?:well|um+|erm+|oh|hmm+|so)\s+)*(?:no|nope|nah|not quite|not really|not exactly"
    r"|not entirely|not totally|not that|not it|not right|still not|kind of|sort of|partly|half"
    r"|wrong|incorrect|that's not it|that's not right|that isn't it|that isn't right"
    r"|that's wrong|you missed|you've missed|you forgot|you left out|missing|actually"
    r"|u missed|uve missed|youve missed|u forgot|u left out"
    r"|it's more that|it's more|more that|not so much)\b"
)
_CORRECTION_INSIDE = re.compile(
    r"\b(?:not \w+(?: \w+)? exactly|it's more (?:that|like|about)|more that|rather than"
    r"|what i meant|i meant|you missed|the bit about|it's not about|it's not that)\b"
)
#: One thing taken back for another: "not the board, it's the chief exec", "it's not the
#: rota it's the swaps", "head office, not the managers".
_TAKES_BACK = re.compile(
    r"^(?:it's |its |it is )?not (?:\w+ ){1,5}(?:it's|its|it is|but|more|rather)\b"
    r"|^(?:it's |its |it is )?(?:\w+ ){1,4}not (?:the|a|an|my|our|their|his|her|just)\b"
)
_FILLER_ONLY = re.compile(
    r"^[\s,.;:!-]*(?:(?:thanks|thank you|cheers|that's it|i think|yes|yeah|yep|ya|yeh|yup"
    r"|really|so|sorry|ok|okay|tbh|mate|definitely|exactly|lol|haha|ha|:\)|great|good"
    r"|spot on|pretty much|mostly|that's right|thats right|thats it|right|x|xx|xxx"
    r"|i suppose|i guess|i suppose so|i guess so)[\s,.;:!-]*)*$"
)
#: A yes said as a word about the play-back itself ("That's a fair summary, yes.",
#: "pretty accurate", "that about covers it", "well put").
_APPROVES = re.compile(
    r"^(?:(?:yes|yeah|yep|yup|ya|aye|ok|okay|well|honestly|i think)[\s,.!]+)*"
    r"(?:(?:that'?s|thats|that is|it'?s|its|it is|a|you'?ve given|you gave)\s+)?(?:a\s+)?"
    r"(?:(?:really|very|pretty|fairly|quite|a|totally|completely)\s+)?"
    r"(?:(?:fair|good|great|accurate|decent|nice|excellent|brilliant|lovely|solid|helpful)"
    r"(?:\s+(?:summary|summing up|reflection|picture|play-?back|way to put it|way of putting"
    r" it))?|spot on summary|exactly it|exactly that|it in a nutshell|about it)"
    r"|^(?:that|it)\s+(?:about |pretty much |just about )?(?:covers|sums up|captures) it"
    r"|^(?:you'?ve |you have )?(?:summed|summarised|summarized|captured|put) it (?:up )?(?:well|nicely"
    r"|perfectly)?|^well (?:summarised|summarized|put)|^nicely put"
)
#: A letter held on at the end of a yes ("yesss", "yeahh", "yupp").
_HELD = re.compile(r"([a-z])\1+$")


def read_playback_reply(text: str) -> tuple[PlaybackVerdict, str]:
    """What a reply to a play-back check says, and the words beyond the verdict.

    - ``yes``: any form of yes ("ya", "spot on", "pretty much", "mostly");
    - ``yes-more``: a yes with something added ("yeah mostly. It's more that I'm
      nervous"); the rest is the addition;
    - ``no``: a bare no ("no", "not really"), with nothing to go on;
    - ``correction``: a no with what to change ("no, it's more that ...", "you missed ...",
      "yes, but ...", "it's not lonely exactly, it's ..."); the rest is the whole reply;
    - ``more``: anything else, taken as more of their answer.
    """
    low = " ".join(_unheld(w.group().casefold().replace("’", "'")) for w in WORD.finditer(text))
    if not low:
        signs = {c for c in text if not c.isspace() and c not in _SIGN_MARKS}
        return ("yes", "") if signs and signs <= _YES_SIGNS else ("more", "")
    if DETERMINER_NO.match(text):
        return "more", text.strip()  # "no one decides": more of their answer, not a no
    no = _NO_START.match(low)
    if no is not None:
        rest = low[no.end():]
        if len(WORD.findall(rest)) < 2 and not no.group().startswith(
                ("you ", "u ", "uve ", "youve ", "missing")):
            return "no", ""
        return "correction", text.strip()
    approves = _APPROVES.match(low)
    if approves is not None and _FILLER_ONLY.match(low[approves.end():]):
        return "yes", ""  # "That's a fair summary, yes."
    words = low.split()
    if _TAKES_BACK.search(low):
        return "correction", text.strip()
    if len(words) <= 5 and (set(words) & NEGATIONS or "wrong" in words):
        return "no", ""  # "that is wrong", "it isn't": a no with nothing to go on
    yes = _YES_START.match(low)
    if yes is not None:
        rest = low[yes.end():]
        if _FILLER_ONLY.match(rest):
            return "yes", ""
        if rest.lstrip(" ,.;:!-").startswith(("but ", "though ", "except ")):
            return "correction", text.strip()  # "yes, but ...": it corrects
        return "yes-more", _words_after(text, yes.end())
    if _CORRECTION_INSIDE.search(low):
        return "correction", text.strip()
    return "more", text.strip()


def _unheld(word: str) -> str:
    """``word`` with a letter held on at its end taken back, where that makes a yes or a
    no ("yesss", "nooo")."""
    short = _HELD.sub(r"\1", word)
    return short if short != word and (short in _YES_WORDS or short in _NO_WORDS) else word


def _words_after(text: str, folded_end: int) -> str:
    """``text`` after the words that end at ``folded_end`` of its case-folded word string."""
    words = list(WORD.finditer(text))
    folded = " ".join(w.group().casefold().replace("’", "'") for w in words)
    taken = len(WORD.findall(folded[:folded_end]))
    return text[words[taken].start():].strip() if taken < len(words) else ""
