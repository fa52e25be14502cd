"""The wording the analyser hands out: reframe questions and the risk signposting.

Both live in the prompts folder (``prompts/reframes.toml`` and
``prompts/signposting.txt``). A copy in the user's prompts folder wins: for the
reframes, category by category, so a user file may replace only some of them.
"""

from __future__ import annotations

import os
import tomllib
import zlib
from functools import cache
from pathlib import Path

from coach import resources

REFRAMES_FILE = "reframes.toml"
SIGNPOSTING_FILE = "signposting.txt"
SECTIONS = ("focus", "trap")


#: Environment variables that decide where the user's prompts folder is.
LOCATION_VARIABLES = ("COACH_HOME", "XDG_DATA_HOME", "HOME", "APPDATA", "LOCALAPPDATA")


@cache
def _prompt_files(name: str, environment: tuple[str | None, ...]) -> tuple[Path, ...]:
    return tuple(folder / name for folder in resources.search_path("prompts"))


def prompt_files(name: str) -> tuple[Path, ...]:
    """Where to look for the prompts file ``name``: the user's folder, then bundled."""
    return _prompt_files(name, tuple(os.environ.get(v) for v in LOCATION_VARIABLES))


class PromptFileError(ValueError):
    """A prompts file that cannot be used; the message names the file and the fix."""


def _read_reframes(path: Path) -> dict[str, dict[str, tuple[str, ...]]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise PromptFileError(f"{path}: cannot be read ({exc}); fix or remove the file.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PromptFileError(f"{path}: not valid TOML ({exc}); fix or remove the file.") from exc
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for section in SECTIONS:
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise PromptFileError(f"{path}: [{section}] must be a table of question lists.")
        for key, questions in table.items():
            if isinstance(questions, str):
                questions = [questions]
            if not isinstance(questions, list) or not questions or not all(
                isinstance(q, str) and q.strip() for q in questions
            ):
                raise PromptFileError(
                    f"{path}: {section}.{key} must be a non-empty list of questions (strings)."
                )
            out.setdefault(section, {})[key] = tuple(q.strip() for q in questions)
    return out


@cache
def _reframes_from(paths: tuple[Path, ...]) -> dict[str, dict[str, tuple[str, ...]]]:
    merged: dict[str, dict[str, tuple[str, ...]]] = {s: {} for s in SECTIONS}
    for path in reversed(paths):  # bundled first, then the user's file on top
        if path.is_file():
            for section, table in _read_reframes(path).items():
                merged[section].update(table)
    return merged


def reframes() -> dict[str, dict[str, tuple[str, ...]]]:
    """Every reframe question: ``{"focus": {category: (...)}, "trap": {role: (...)}}``."""
    return _reframes_from(prompt_files(REFRAMES_FILE))


def choose_reframe(section: str, key: str, text: str) -> str | None:
    """One question for ``section``/``key``, picked from the alternatives by the text.

    The same text always gets the same question; different texts spread over the
    alternatives so a person does not hear the same words every time.
    """
    questions = reframes()[section].get(key)
    if not questions:
        return None
    return questions[zlib.crc32(text.encode("utf-8", "surrogatepass")) % len(questions)]


@cache
def _signposting_from(paths: tuple[Path, ...]) -> str:
    for path in paths:
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError):
                continue  # fall back to the bundled text rather than show nothing
            if text:
                return text
    return FALLBACK_SIGNPOSTING


#: Shown if no signposting file can be read at all.
FALLBACK_SIGNPOSTING = """\
- 999 (or 112): if you or someone else is in immediate danger.
- Samaritans: call 116 123, free, any time of day or night (UK and Ireland).
- Someone you trust: a friend, a family member, a colleague or your GP."""


def signposting() -> str:
    """The text shown when someone may be at risk (the user's copy if they made one)."""
    return _signposting_from(prompt_files(SIGNPOSTING_FILE))


#: Said once when a journal entry that speaks of risk has been saved.
ENTRY_SUPPORT = (
    "Your entry is saved. What you wrote sounds as if things may be really hard right now. "
    "coach is a reflection tool, not a crisis service, and you deserve support from people "
    "who can be there with you."
)


def entry_support(text: str) -> str | None:
    """The support details to show after saving ``text`` to the journal, or None.

    Shown when the entry speaks of suicide, self-harm or being in danger; the entry is
    saved first, whatever it says.
    """
    from coach.engine.risk import speaks_of_risk

    if not speaks_of_risk(text):
        return None
    return f"{ENTRY_SUPPORT}\n\n{signposting()}"

