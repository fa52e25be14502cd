"""Reading what the person types: commands, a yes or a no, a commitment's fate."""

from __future__ import annotations

import re

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


YES = frozenset(
    """yes y yeah yep yup yea aye correct right exactly spot ok okay sure indeed
    absolutely definitely true perfect good great yup""".split()
)
NO = frozenset("""no n nope nah not wrong incorrect""".split())
NEGATIONS = frozenset(
    """no not never wrong incorrect isn't isn’t wasn't wasn’t don't don’t didn't didn’t
    haven't haven’t hasn't hasn’t nothing nope""".split()
)
CONFIRMING = frozenset(
    {"that's right", "that’s right", "that is right", "that's correct", "that’s correct",
     "that is correct", "that's it", "that’s it", "spot on", "you got it"}
)


def read_confirmation(text: str) -> bool | None:
    """True for a yes, False for a no, None when the reply is neither (a correction)."""
    words = [w.group().casefold() for w in WORD.finditer(text)]
    if not words:
        return None
    if words[0] in NO or " ".join(words[:2]) in {"not quite", "not really", "partly", "sort of"}:
        return False
    if set(words) & NEGATIONS and words[0] not in YES:
        return None  # "that is wrong", "it isn't": a correction
    if words[0] in YES or " ".join(words[:3]) in CONFIRMING or " ".join(words[:2]) in CONFIRMING \
            or (len(words) <= 3 and "yes" in words):
        # "yes, but ..." is a correction, not a confirmation.
        if "but" in words[1:]:
            return None
        return True
    return None


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
