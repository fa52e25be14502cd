"""What the coach says around a framework's own questions: Jinja2 templates.

Each template in ``prompts/`` renders to one or more lines; every non-blank line is
one way of saying the same thing, and the session picks one with its seeded random
generator. A user's ``prompts`` folder overrides the bundled templates by name.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from coach.templating import environment

TEMPLATE_NAMES = (
    "opening",
    "stage",
    "encourager",
    "angle",
    "acknowledge",
    "reflect",
    "bridge",
    "branch",
    "branch_taken",
    "clean",
    "playback",
    "playback_loss",
    "playback_missed",
    "playback_settled",
    "playback_recheck",
    "check_words",
    "commitment_review",
    "commitment_status",
    "commitment_noted",
    "commitment",
    "commitment_action",
    "commitment_doubt",
    "commitment_none",
    "commitment_check",
    "commitment_dated",
    "review_opening",
    "recall_note",
    "checkout",
    "close",
    "help",
    "paused",
    "resumed",
    "stopped",
    "ended",
    "risk",
    "risk_question",
    "risk_choice",
    "risk_paused",
    "risk_carry_on",
    "risk_return",
    "gentle_opening",
    "gentle_thanks",
)


class Prompts:
    """Renders the coach's templates; missing variables are errors, not blanks."""

    def __init__(self, directories: Iterable[Path] | None = None) -> None:
        if directories is None:
            from coach.resources import search_path

            directories = search_path("prompts")
        self.env = environment(directories)
        self._templates: dict[str, jinja2.Template] = {}

    def variants(self, name: str, **context: Any) -> list[str]:
        """Every way of saying ``name`` with this context, one per non-blank line."""
        template = self._templates.get(name)
        if template is None:
            template = self._templates[name] = self.env.get_template(f"{name}.j2")
        text = template.render(**context)
        # Split on newlines only and keep inner spacing: a quoted phrase stays verbatim.
        lines = [line.strip() for line in text.split("\n")]
        return [line for line in lines if line]

    def render(self, name: str, rng: random.Random | None = None, **context: Any) -> str:
        options = self.variants(name, **context)
        if not options:
            raise ValueError(f"the prompt template {name}.j2 rendered nothing")
        if rng is None or len(options) == 1:
            return options[0]
        return options[rng.randrange(len(options))]


@cache
def default_prompts() -> Prompts:
    return Prompts()
