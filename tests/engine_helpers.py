"""Small frameworks and fakes shared by the engine tests."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from coach.engine.analyser import EMPTY, Analysis
from coach.engine.frameworks import parse_framework
from coach.engine.model import Framework, Turn

TWO_STAGES = """\
id = "two"
title = "Two stages"
purpose = "A test conversation."
source = "tests"

[[stages]]
id = "first"
title = "First"
purpose = "Say what is going on."
questions = ["What is going on?", "What matters about it?"]
follow_ups = ["Who else is involved?"]
playback = true
answers = 3

[[stages]]
id = "second"
title = "Second"
purpose = "Look ahead."
questions = ["What would you like instead?"]
answers = 1
"""

BRANCHING = """\
id = "branching"
title = "Branching"
purpose = "Different questions for different answers."
source = "tests"

[[stages]]
id = "sort"
title = "Sort"
purpose = "Find the kind of situation."
questions = ["How clear is the link between cause and effect?"]
answers = 1
next = "complex"

[[stages.branches]]
when = ["obvious", "everyone knows"]
goto = "clear"

[[stages.branches]]
when = ["crisis"]
goto = "chaotic"

[[stages]]
id = "clear"
title = "Clear"
purpose = "Clear situations."
questions = ["What is the usual way here?"]
answers = 1
next = "statement"

[[stages]]
id = "complex"
title = "Complex"
purpose = "Complex situations."
questions = ["What small experiment could show you more?"]
answers = 1
next = "statement"

[[stages]]
id = "chaotic"
title = "Chaotic"
purpose = "Chaotic situations."
questions = ["What would steady things first?"]
answers = 1
next = "statement"

[[stages]]
id = "statement"
title = "Statement"
purpose = "A statement within a word limit."
questions = ["What is the statement?"]
answers = 1
max_words = 5
"""


def framework(text: str = TWO_STAGES) -> Framework:
    return parse_framework(text, "test.toml")


def FakeAnalysis(  # noqa: N802 - reads like the value it builds
    focus: str = "neutral", trap: str | None = None, reframe: str | None = None,
    risk: bool = False,
) -> Analysis:
    """An analysis with only the fields a session reads set."""
    return dataclasses.replace(EMPTY, focus=focus, trap=trap, reframe=reframe, risk=risk)


def fake_analyser(table: dict[str, Analysis]):  # noqa: ANN201
    """An analyser that knows only the answers in ``table``."""
    return lambda text: table.get(text, FakeAnalysis())


@dataclass
class ListRecorder:
    turns: list[Turn] = field(default_factory=list)

    def record(self, turn: Turn) -> None:
        self.turns.append(turn)
