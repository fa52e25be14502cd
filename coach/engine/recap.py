"""A one-line recap of an unfinished session, from its saved transcript.

Shown in line mode before the session's welcome back: the stage the person was in and
the question that stands (the last one the coach asked that has no answer yet).
"""

from __future__ import annotations

from collections.abc import Sequence

from coach.engine.model import ASKING_KINDS, Framework, Turn

#: The most characters of the standing question the recap quotes.
QUESTION_WIDTH = 100


def standing_question(turns: Sequence[Turn]) -> Turn | None:
    """The last question the coach asked that the person has not answered yet."""
    for turn in reversed(turns):
        if turn.speaker == "you" and turn.kind == "answer":
            return None
        if turn.speaker == "coach" and turn.kind in ASKING_KINDS:
            return turn
    return None


def recap(turns: Sequence[Turn], framework: Framework) -> str | None:
    """``Recap: stage 1 of 4, Goal; 2 answers so far. The question that stands: "..."``,
    or None for a session with nothing to recap."""
    stages = {stage.id: (number, stage.title)
              for number, stage in enumerate(framework.stages, 1)}
    last = next((t.stage for t in reversed(turns) if t.stage in stages), None)
    answers = sum(1 for t in turns if t.speaker == "you" and t.kind == "answer")
    if last is None and not answers:
        return None
    parts = []
    if last is not None:
        number, title = stages[last]
        parts.append(f"stage {number} of {len(stages)}, {title}")
    parts.append("1 answer so far" if answers == 1 else f"{answers} answers so far")
    line = "Recap: " + "; ".join(parts) + "."
    question = standing_question(turns)
    if question is not None:
        text = " ".join(question.text.split())
        if len(text) > QUESTION_WIDTH:
            text = text[: QUESTION_WIDTH - 1].rstrip() + "…"
        line += f' The question that stands: "{text}"'
    return line
