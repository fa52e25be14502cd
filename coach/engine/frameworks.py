"""Load and validate framework definitions (one TOML file per framework).

A broken file is reported with its path, the key at fault, the line and a hint;
the other files still load.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from coach.engine.framework_checks import (
    BRANCH_KEYS,
    END,
    MAX_DOTS,
    MAX_FILE_BYTES,
    MAX_PROBLEMS,
    SLUG,
    STAGE_KEYS,
    SUITS,
    TOP_KEYS,
    FrameworkError,
    Checker,
    syntax_error,
)
from coach.engine.framework_lines import Lines
from coach.engine.model import Framework

@dataclass
class LoadResult:
    frameworks: dict[str, Framework] = field(default_factory=dict)
    errors: list[FrameworkError] = field(default_factory=list)


def parse_framework(text: str, path: str = "<string>") -> Framework:
    """Parse and validate one framework; raise :class:`FrameworkError` if it is unusable,
    with every problem found (the first one raised, the others in its ``more``)."""
    lines = Lines(text)
    dots, line = lines.most_dots
    if dots > MAX_DOTS:
        raise FrameworkError(
            path, "", line, f"a dotted key of more than {MAX_DOTS} parts; the file was not read",
            "a framework needs only plain keys, lists of text and [[stages]] tables",
        )
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise syntax_error(path, exc) from None
    except RecursionError:
        raise FrameworkError(
            path, "", None, "its values are nested too deeply to read",
            "a framework needs only plain keys, lists of text and [[stages]] tables",
        ) from None
    check = Checker(path, lines)
    stages_raw = check.top(raw)
    stages = []
    for i, s in enumerate(stages_raw):
        stage = check.stage(i, s)
        if stage is not None:
            stages.append((i, stage))
    check.links(stages)
    check.raise_any()
    return Framework(
        id=raw["id"],
        title=raw["title"].strip(),
        purpose=raw["purpose"].strip(),
        source=raw["source"].strip(),
        suits=tuple(raw.get("suits", ["solo"])),
        stages=tuple(stage for _, stage in stages),
        path=path,
        reframes=raw.get("reframes", True),
        commitment=raw.get("commitment", True),
        checkout=raw.get("checkout", True),
    )


def load_file(path: Path) -> Framework:
    """One framework file, read (at most ``MAX_FILE_BYTES``) and validated."""
    try:
        if path.exists() and not path.is_file():  # a folder or a pipe would block or fail
            raise FrameworkError(str(path), "", None, "is not a regular file")
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise FrameworkError(
            str(path), "", None, f"cannot be read: {exc.strerror or exc}"
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise FrameworkError(
            str(path), "", None,
            f"is larger than {MAX_FILE_BYTES // 1_000_000} MB, too large for a framework",
            "a framework is a few kilobytes of questions; check this is the right file",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise FrameworkError(
            str(path), "", None, "not UTF-8 text", "save the file as UTF-8"
        ) from None
    return parse_framework(text, str(path))


def load_frameworks(directories: Iterable[Path] | None = None) -> LoadResult:
    """Load every ``*.toml`` in ``directories``; earlier folders override later ones.

    With no folders given, the user's folder and then the bundled one are read.
    """
    if directories is None:
        from coach.resources import search_path

        directories = search_path("frameworks")
    result = LoadResult()
    for directory in directories:
        if not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.toml")):
            try:
                framework = load_file(path)
            except FrameworkError as exc:
                result.errors.append(exc)
                continue
            result.frameworks.setdefault(framework.id, framework)
    return result


DEFAULT_FRAMEWORK = "think-it-through"


class UnknownFramework(LookupError):
    """An id that names none of the frameworks; the message suggests the nearest ids."""


def find_framework(frameworks: Mapping[str, Framework], wanted: str) -> Framework:
    """The framework ``wanted`` names, read without regard to case (``SCIN`` is ``scin``),
    with spaces or underscores for hyphens, or by its title ("Think it through").

    Raises :class:`UnknownFramework` with a "did you mean ...?" for a near miss, and
    the list of ids otherwise.
    """
    text = wanted.strip()
    if text in frameworks:
        return frameworks[text]
    key = re.sub(r"[\s_]+", "-", text.casefold())
    by_id = {framework_id.casefold(): f for framework_id, f in frameworks.items()}
    by_title = {f.title.casefold(): f for f in frameworks.values()}
    found = by_id.get(key) or by_title.get(" ".join(text.casefold().split()))
    if found is not None:
        return found
    near = difflib.get_close_matches(key, sorted(by_id), n=3, cutoff=0.6)
    if near:
        suggested = " or ".join(by_id[n].id for n in near)
        raise UnknownFramework(f"no framework called {wanted!r}; did you mean {suggested}? "
                               "`coach frameworks list` shows them all")
    raise UnknownFramework(
        f"no framework called {wanted!r}; choose one of: {', '.join(sorted(frameworks))}"
    )


def ordered(frameworks: dict[str, Framework]) -> list[Framework]:
    """Frameworks for a list or picker: "think it through" first, then by id."""
    return sorted(
        frameworks.values(), key=lambda f: (f.id != DEFAULT_FRAMEWORK, f.id)
    )


__all__ = [
    "BRANCH_KEYS", "DEFAULT_FRAMEWORK", "END", "MAX_DOTS", "MAX_FILE_BYTES", "MAX_PROBLEMS",
    "SLUG", "STAGE_KEYS", "SUITS", "TOP_KEYS", "FrameworkError", "LoadResult",
    "load_file", "load_frameworks", "ordered", "parse_framework",
]
