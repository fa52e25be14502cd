"""A finished session's title: what it was about, in the person's own words.

The title leads with the first key phrase of the person's first answer to the
framework's own questions (:func:`coach.engine.phrases.key_phrases`), or the opening
words of that answer when no phrase of two words or more stands out, then the
framework's name:
"Handing over the rota — Think it through". The date is not repeated in the title: the
journal shows it beside every entry. A conversation where risk was heard is titled by
its framework alone, so nothing said in it is quoted back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from coach.engine.model import Turn
from coach.engine.phrases import BREAK, STOP, WORD, key_phrases

#: The most words a title quotes from an answer.
MOST_WORDS = 6
#: Coach lines whose answer says what the session is about.
ASKING = frozenset(("question", "follow-up", "clean", "encourager", "angle"))
#: Markup-looking fragments such as ``[bold]``: typed, but not what the session was about.
BRACKETED = re.compile(r"\[[^\[\]\n]*\]")


def first_answer(turns: Sequence[Turn]) -> str | None:
    """The person's first answer to one of the framework's questions, if any."""
    asked = False
    for turn in turns:
        if turn.speaker == "coach":
            asked = turn.kind in ASKING
        elif asked and turn.kind == "answer" and turn.text.strip():
            return turn.text
    return None


def opening_words(text: str, most: int = MOST_WORDS) -> str:
    """The first clause of ``text``, cut to ``most`` words, exactly as written."""
    clause = BREAK.split(text.strip(), maxsplit=1)[0]
    words = list(WORD.finditer(clause))[:most]
    return clause[words[0].start() : words[-1].end()] if words else ""


def about(turns: Sequence[Turn]) -> str:
    """What the session was about in a few of the person's words ("" if it can't say)."""
    if any(turn.speaker == "coach" and turn.kind == "risk" for turn in turns):
        return ""
    answer = first_answer(turns)
    if answer is None:
        return ""
    from coach.engine.risk import risk_kind

    if risk_kind(answer) is not None:
        return ""
    plain = BRACKETED.sub(lambda m: " " * len(m.group()), answer)
    phrases = key_phrases(plain, limit=1)
    # a phrase of one word ("dreading") says less than the answer's opening words
    chosen = phrases[0] if phrases and len(WORD.findall(phrases[0])) > 1 else ""
    words = " ".join((chosen or opening_words(plain)).split())
    if not any(len(w) > 2 and w.casefold() not in STOP for w in WORD.findall(words)):
        return ""  # "ok", "not sure": nothing to name the session by
    return words[:1].upper() + words[1:]


def session_title(name: str, turns: Sequence[Turn]) -> str:
    """``"<what it was about> — <name>"``, or ``name`` alone when nothing can be said."""
    topic = about(turns)
    return f"{topic} — {name}" if topic else name
