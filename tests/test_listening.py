"""Listening across whole conversations over the bundled frameworks: what the coach says
back after corrections, check-ins, risk pauses and answers typed without punctuation."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date

import pytest

from coach.engine.frameworks import load_frameworks
from coach.engine.model import Framework, Turn
from coach.engine.session import Session
from tests.engine_helpers import fake_analyser

TODAY = date(2026, 11, 23)
FRAMEWORKS = load_frameworks().frameworks
#: Frameworks whose first stage ends with a play-back, of different shapes.
PLAYED_BACK = ["solutions-focus", "think-it-through", "iceberg", "scin", "pilot"]


def framework(framework_id: str) -> Framework:
    return FRAMEWORKS[framework_id]


def session(framework_id: str, **kwargs) -> Session:  # noqa: ANN003
    kwargs.setdefault("analyse", fake_analyser({}))
    return Session(framework(framework_id), seed=kwargs.pop("seed", 3),
                   today=lambda: TODAY, **kwargs)


def talk(s: Session, answers: Sequence[str], reply: Callable[[Turn], str | None],
         limit: int = 60) -> Iterator[Turn]:
    """Drive ``s``: ``reply`` answers what it wants to (a play-back, a commitment...);
    every other question gets the next of ``answers``, then "nothing else"."""
    stock = list(answers)
    for turn in s.start():
        yield turn
    for _ in range(limit):
        if s.finished or s.pending is None or s.status == "paused":
            return
        said = reply(s.pending)
        if said is None:
            said = stock.pop(0) if stock else "nothing else"
        yield from s.answer(said)


@pytest.mark.parametrize("framework_id", PLAYED_BACK)
def test_a_correction_puts_its_thing_right_inside_the_point(framework_id: str) -> None:
    s = session(framework_id)
    replies = iter(["not the board, it's the chief exec"])

    def reply(pending: Turn) -> str | None:
        return next(replies, "yes") if pending.kind == "playback" else None

    turns = list(talk(s, ["I feel let down by the board.", "The deadline is March.",
                          "We meet on Mondays.", "The team is new."], reply))
    playbacks = [t for t in turns if t.kind == "playback"]
    assert len(playbacks) >= 2, [t.text for t in turns]
    first, second = playbacks[0].data["items"], playbacks[1].data["items"]
    assert "You feel let down by the board" in first, first
    assert "You feel let down by the chief exec" in second, second
    assert not any("not the board" in item for item in second), second
