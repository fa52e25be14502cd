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
from typing import Any

from coach.engine.model import Branch, Framework, Stage

SUITS = ("solo", "pair", "group")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
END = "end"

TOP_KEYS = {"id", "title", "purpose", "source", "suits", "stages", "reframes"}
STAGE_KEYS = {
    "id",
    "title",
    "purpose",
    "questions",
    "follow_ups",
    "playback",
    "answers",
    "next",
    "branches",
    "max_words",
    "reframes",
}
BRANCH_KEYS = {"when", "goto"}


@dataclass
class FrameworkError(Exception):
    """A framework file that cannot be used, with where and why."""

    path: str
    key: str
    line: int | None
    message: str
    hint: str = ""
    #: Further problems found in the same file, so one run can report them all.
    more: list[FrameworkError] = field(default_factory=list, compare=False)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.key}: {self.message}" if self.key else f"{where}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


@dataclass
class LoadResult:
    frameworks: dict[str, Framework] = field(default_factory=dict)
    errors: list[FrameworkError] = field(default_factory=list)


class _Locator:
    """Finds the line of a key in TOML source, good enough for error messages."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.stage_starts = [
            i for i, line in enumerate(self.lines) if re.match(r"^\s*\[\[\s*stages\s*\]\]", line)
        ]

    def _find(self, key: str, start: int, stop: int) -> int | None:
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for i in range(start, min(stop, len(self.lines))):
            if pattern.match(self.lines[i]):
                return i + 1
        return None

    def top(self, key: str) -> int | None:
        stop = self.stage_starts[0] if self.stage_starts else len(self.lines)
        return self._find(key, 0, stop)

    def stage(self, index: int, key: str | None = None) -> int | None:
        if index >= len(self.stage_starts):
            return None
        start = self.stage_starts[index]
        stop = (
            self.stage_starts[index + 1] if index + 1 < len(self.stage_starts) else len(self.lines)
        )
        if key is None:
            return start + 1
        return self._find(key, start, stop) or start + 1


def _hint_for_unknown(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, sorted(known), n=1)
    if close:
        return f"did you mean '{close[0]}'?"
    return "known keys are " + ", ".join(sorted(known))


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _text_list(value: Any) -> bool:
    return isinstance(value, list) and all(_is_text(v) for v in value)


def parse_framework(text: str, path: str = "<string>") -> Framework:
    """Parse and validate one framework; raise :class:`FrameworkError` if it is unusable."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        line = int(match.group(1)) if match else None
        raise FrameworkError(
            path, "", line, f"not valid TOML: {exc}", "check quotes, brackets and commas"
        ) from None
    loc = _Locator(text)

    def fail(key: str, line: int | None, message: str, hint: str = "") -> FrameworkError:
        return FrameworkError(path, key, line, message, hint)

    errors: list[FrameworkError] = []
    for key in raw:
        if key not in TOP_KEYS:
            errors.append(fail(key, loc.top(key), "unknown key", _hint_for_unknown(key, TOP_KEYS)))
    for key in ("id", "title", "purpose", "source"):
        if key not in raw:
            errors.append(fail(key, None, "missing", f"add {key} = \"...\" at the top of the file"))
        elif not _is_text(raw[key]):
            errors.append(fail(key, loc.top(key), "must be non-empty text"))
    if _is_text(raw.get("id")) and not SLUG.match(raw["id"]):
        errors.append(fail("id", loc.top("id"), f"{raw['id']!r} is not a valid id",
                           "use lower-case letters, digits and single hyphens, such as 'check-in'"))
    suits = raw.get("suits", ["solo"])
    if not isinstance(suits, list) or not suits or any(s not in SUITS for s in suits):
        errors.append(fail("suits", loc.top("suits"),
                           f"must be a list drawn from {', '.join(SUITS)}",
                           'for example suits = ["solo", "pair"]'))
    reframes = raw.get("reframes", True)
    if not isinstance(reframes, bool):
        errors.append(fail("reframes", loc.top("reframes"), "must be true or false",
                           "set reframes = false for a framework that stays with the problem"))
    stages_raw = raw.get("stages")
    if not isinstance(stages_raw, list) or not stages_raw:
        errors.append(fail("stages", None, "at least one [[stages]] table is needed",
                           "add a [[stages]] table with id, title, purpose and questions"))
        stages_raw = []

    def stage_of(i: int, s: Any) -> Stage:
        """One stage, or the first problem in it."""
        name = f"stages[{i + 1}]"
        if not isinstance(s, dict):
            raise fail(name, loc.stage(i), "must be a table")
        for key in s:
            if key not in STAGE_KEYS:
                raise fail(f"{name}.{key}", loc.stage(i, key), "unknown key",
                           _hint_for_unknown(key, STAGE_KEYS))
        for key in ("id", "title", "purpose"):
            if key not in s:
                raise fail(f"{name}.{key}", loc.stage(i), "missing", f"add {key} = \"...\"")
            if not _is_text(s[key]):
                raise fail(f"{name}.{key}", loc.stage(i, key), "must be non-empty text")
        if not SLUG.match(s["id"]) or s["id"] == END:
            raise fail(f"{name}.id", loc.stage(i, "id"), f"{s['id']!r} is not a valid stage id",
                       "use lower-case letters, digits and hyphens; 'end' is reserved")
        questions = s.get("questions")
        if not _text_list(questions) or not questions:
            raise fail(f"{name}.questions", loc.stage(i, "questions"),
                       "must be a non-empty list of questions",
                       'for example questions = ["What would you like to explore?"]')
        follow_ups = s.get("follow_ups", [])
        if not _text_list(follow_ups):
            raise fail(f"{name}.follow_ups", loc.stage(i, "follow_ups"),
                       "must be a list of questions")
        playback = s.get("playback", False)
        if not isinstance(playback, bool):
            raise fail(f"{name}.playback", loc.stage(i, "playback"), "must be true or false")
        answers = s.get("answers", len(questions) + (1 if follow_ups or playback else 0))
        if isinstance(answers, bool) or not isinstance(answers, int) or answers < len(questions):
            raise fail(f"{name}.answers", loc.stage(i, "answers"),
                       f"must be a whole number of at least {len(questions)} "
                       "(one answer for each question)")
        max_words = s.get("max_words")
        if max_words is not None and (
            isinstance(max_words, bool) or not isinstance(max_words, int) or max_words < 1
        ):
            raise fail(f"{name}.max_words", loc.stage(i, "max_words"),
                       "must be a positive whole number")
        stage_reframes = s.get("reframes", True)
        if not isinstance(stage_reframes, bool):
            raise fail(f"{name}.reframes", loc.stage(i, "reframes"), "must be true or false")
        nxt = s.get("next")
        if nxt is not None and not _is_text(nxt):
            raise fail(f"{name}.next", loc.stage(i, "next"), "must be a stage id or 'end'")
        branches: list[Branch] = []
        for j, b in enumerate(s.get("branches", [])):
            bname = f"{name}.branches[{j + 1}]"
            if not isinstance(b, dict):
                raise fail(bname, loc.stage(i, "branches"), "must be a table with when and goto")
            for key in b:
                if key not in BRANCH_KEYS:
                    raise fail(f"{bname}.{key}", loc.stage(i, key), "unknown key",
                               _hint_for_unknown(key, BRANCH_KEYS))
            if not _text_list(b.get("when")) or not b.get("when"):
                raise fail(f"{bname}.when", loc.stage(i, "when"),
                           "must be a non-empty list of words or phrases")
            if not _is_text(b.get("goto")):
                raise fail(f"{bname}.goto", loc.stage(i, "goto"), "must be a stage id or 'end'")
            branches.append(Branch(tuple(w.lower() for w in b["when"]), b["goto"]))
        return Stage(
            id=s["id"],
            title=s["title"].strip(),
            purpose=s["purpose"].strip(),
            questions=tuple(q.strip() for q in questions),
            follow_ups=tuple(q.strip() for q in follow_ups),
            playback=playback,
            answers=answers,
            next=nxt,
            branches=tuple(branches),
            max_words=max_words,
            reframes=stage_reframes,
        )

    stages: list[Stage] = []
    for i, s in enumerate(stages_raw):
        try:
            stages.append(stage_of(i, s))
        except FrameworkError as exc:
            errors.append(exc)
    if errors:
        first, *rest = errors
        first.more = rest
        raise first

    ids = [st.id for st in stages]
    for i, st in enumerate(stages):
        if ids.index(st.id) != i:
            raise fail(f"stages[{i + 1}].id", loc.stage(i, "id"), f"duplicate stage id {st.id!r}",
                       "give every stage its own id")
    targets = set(ids) | {END}
    for i, st in enumerate(stages):
        for key, target in [("next", st.next)] + [("goto", b.goto) for b in st.branches]:
            if target is not None and target not in targets:
                raise fail(f"stages[{i + 1}].{key}", loc.stage(i, key),
                           f"{target!r} is not a stage of this framework",
                           _hint_for_unknown(target, targets))

    return Framework(
        id=raw["id"],
        title=raw["title"].strip(),
        purpose=raw["purpose"].strip(),
        source=raw["source"].strip(),
        suits=tuple(suits),
        stages=tuple(stages),
        path=path,
        reframes=reframes,
    )


def load_file(path: Path) -> Framework:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise FrameworkError(
            str(path), "", None, "not UTF-8 text", "save the file as UTF-8"
        ) from None
    except OSError as exc:
        raise FrameworkError(str(path), "", None, f"cannot be read: {exc.strerror}") from None
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
