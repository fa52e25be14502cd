"""Checking a framework file's values: every problem, each with its key and line.

A wrong value is reported in the same run as a missing key, and a file with thousands
of problems reports the first ``MAX_PROBLEMS`` and counts the rest.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from coach.engine.framework_lines import Lines
from coach.engine.model import Branch, Stage

SUITS = ("solo", "pair", "group")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
END = "end"

TOP_KEYS = {"id", "title", "purpose", "source", "suits", "stages", "reframes", "commitment",
            "checkout"}
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
    "recall_notes",
    "if_untried",
    "alternatives",
}
BRANCH_KEYS = {"when", "goto"}
#: A framework file larger than this is refused unread (the bundled ones are a few KB).
MAX_FILE_BYTES = 1_000_000
#: Problems reported whole for one file; the rest are counted.
MAX_PROBLEMS = 50
#: More dots than this on one line (outside strings) is refused before the TOML reader,
#: whose cost grows with the square of a dotted key's length.
MAX_DOTS = 64


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


def _hint_for_unknown(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(key[:100], sorted(known), n=1)
    if close:
        return f"did you mean '{close[0]}'?"
    return "known keys are " + ", ".join(sorted(known))


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _text_list(value: Any) -> bool:
    return isinstance(value, list) and all(_is_text(v) for v in value)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _shown(value: str, limit: int = 40) -> str:
    """A value quoted for a message, cut short so a long one can't flood the screen."""
    return repr(value if len(value) <= limit else value[:limit] + "...")


def syntax_error(path: str, exc: tomllib.TOMLDecodeError) -> FrameworkError:
    match = re.search(r"line (\d+)", str(exc))
    line = int(match.group(1)) if match else None
    return FrameworkError(
        path, "", line, f"not valid TOML: {exc}", "check quotes, brackets and commas"
    )


class Checker:
    """Every problem in one framework file, each with its key and line; the first
    ``MAX_PROBLEMS`` are kept whole and the rest counted."""

    def __init__(self, path: str, lines: Lines) -> None:
        self.path = path
        self.loc = lines
        self.errors: list[FrameworkError] = []
        self.dropped = 0

    def add(
        self, key: str, line: int | None, message: str, hint: str | Callable[[], str] = ""
    ) -> None:
        if len(self.errors) >= MAX_PROBLEMS:
            self.dropped += 1
            return
        self.errors.append(
            FrameworkError(self.path, key, line, message, hint() if callable(hint) else hint)
        )

    def unknown(self, key: str, line: int | None, known: set[str]) -> None:
        self.add(key, line, "unknown key", lambda: _hint_for_unknown(key, known))

    def raise_any(self) -> None:
        if not self.errors:
            return
        if self.dropped:
            self.errors.append(FrameworkError(
                self.path, "", None, f"and {self.dropped:,} more problems like these",
                "fix the ones above and validate again",
            ))
        first, *rest = self.errors
        first.more = rest
        raise first

    # the top of the file -----------------------------------------------------
    def top(self, raw: dict[str, Any]) -> list[Any]:
        loc = self.loc
        for key in raw:
            if key not in TOP_KEYS:
                self.unknown(key, loc.top(key), TOP_KEYS)
        for key in ("id", "title", "purpose", "source"):
            if key not in raw:
                self.add(key, None, "missing", f'add {key} = "..." at the top of the file')
            elif not _is_text(raw[key]):
                self.add(key, loc.top(key), "must be non-empty text")
        if _is_text(raw.get("id")) and not SLUG.match(raw["id"]):
            self.add("id", loc.top("id"), f"{_shown(raw['id'])} is not a valid id",
                     "use lower-case letters, digits and single hyphens, such as 'check-in'")
        suits = raw.get("suits", ["solo"])
        if not isinstance(suits, list) or not suits or any(s not in SUITS for s in suits):
            self.add("suits", loc.top("suits"), f"must be a list drawn from {', '.join(SUITS)}",
                     'for example suits = ["solo", "pair"]')
        if not isinstance(raw.get("reframes", True), bool):
            self.add("reframes", loc.top("reframes"), "must be true or false",
                     "set reframes = false for a framework that stays with the problem")
        for key, hint in (("commitment", "set commitment = false for a short round such as "
                                          "a check-in, which closes without one"),
                          ("checkout", "set checkout = false where the stages already ask "
                                       "how the person is leaving")):
            if not isinstance(raw.get(key, True), bool):
                self.add(key, loc.top(key), "must be true or false", hint)
        stages = raw.get("stages")
        if not isinstance(stages, list) or not stages:
            self.add("stages", loc.top("stages"), "at least one [[stages]] table is needed",
                     "add a [[stages]] table with id, title, purpose and questions")
            return []
        return stages

    # one stage ----------------------------------------------------------------
    def stage(self, i: int, s: Any) -> Stage | None:
        """One stage, or None after adding every problem in it."""
        name, loc, before = f"stages[{i + 1}]", self.loc, len(self.errors) + self.dropped
        if not isinstance(s, dict):
            self.add(name, loc.stage(i), "must be a table")
            return None

        def problem(key: str, message: str, hint: str = "") -> None:
            self.add(f"{name}.{key}", loc.stage(i, key), message, hint)

        for key in s:
            if key not in STAGE_KEYS:
                self.unknown(f"{name}.{key}", loc.stage(i, key), STAGE_KEYS)
        for key in ("id", "title", "purpose"):
            if key not in s:
                self.add(f"{name}.{key}", loc.stage(i), "missing", f'add {key} = "..."')
            elif not _is_text(s[key]):
                problem(key, "must be non-empty text")
        if _is_text(s.get("id")) and (not SLUG.match(s["id"]) or s["id"] == END):
            problem("id", f"{_shown(s['id'])} is not a valid stage id",
                    "use lower-case letters, digits and hyphens; 'end' is reserved")
        questions = s.get("questions")
        if "questions" not in s:
            self.add(f"{name}.questions", loc.stage(i), "missing",
                     'add questions = ["What would you like to explore?"]')
        elif not _text_list(questions) or not questions:
            problem("questions", "must be a non-empty list of questions",
                    'for example questions = ["What would you like to explore?"]')
        follow_ups = s.get("follow_ups", [])
        if not _text_list(follow_ups):
            problem("follow_ups", "must be a list of questions")
        playback = s.get("playback", False)
        if not isinstance(playback, bool):
            problem("playback", "must be true or false")
        asked = len(questions) if _text_list(questions) else 1
        answers = s.get("answers", asked + (1 if follow_ups or playback is True else 0))
        if not _whole(answers) or answers < asked:
            problem("answers", f"must be a whole number of at least {asked} "
                    "(one answer for each question)")
        max_words = s.get("max_words")
        if max_words is not None and (not _whole(max_words) or max_words < 1):
            problem("max_words", "must be a positive whole number")
        if not isinstance(s.get("reframes", True), bool):
            problem("reframes", "must be true or false")
        if not isinstance(s.get("recall_notes", False), bool):
            problem("recall_notes", "must be true or false")
        nxt = s.get("next")
        if nxt is not None and not _is_text(nxt):
            problem("next", "must be a stage id or 'end'")
        asks = {q.strip() for q in (questions if _text_list(questions) else [])} | {
            q.strip() for q in (follow_ups if _text_list(follow_ups) else [])}
        if_untried = self.question_table(
            problem, "if_untried", s.get("if_untried", {}), asks,
            lambda v: isinstance(v, str), "text (an empty text leaves the question out)",
            '[stages.if_untried] "What happened when you tried it?" = "What do you '
            'expect to happen?"')
        alternatives = self.question_table(
            problem, "alternatives", s.get("alternatives", {}), asks,
            lambda v: _text_list(v) and bool(v), "a non-empty list of questions",
            '[stages.alternatives] "What matters to you?" = ["What is important to you '
            'here?"]')
        branches = self.branches(i, name, s.get("branches", []))
        if len(self.errors) + self.dropped > before:
            return None
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
            reframes=s.get("reframes", True),
            recall_notes=s.get("recall_notes", False),
            if_untried=tuple((k.strip(), v.strip()) for k, v in if_untried.items()),
            alternatives=tuple((k.strip(), tuple(q.strip() for q in v))
                               for k, v in alternatives.items()),
        )

    def question_table(self, problem: Callable[..., None], key: str, raw: Any,
                       asks: set[str], fits: Callable[[Any], bool], wanted: str,
                       example: str) -> dict[str, Any]:
        """A table from the stage's own questions to what goes with each; problems added."""
        if not isinstance(raw, dict):
            problem(key, "must be a table of the stage's questions", f"for example {example}")
            return {}
        good: dict[str, Any] = {}
        for question, value in raw.items():
            if question.strip() not in asks:
                problem(key, f"{_shown(question)} is not one of this stage's questions or "
                        "follow-ups", "copy the question exactly as it is in questions")
            elif not fits(value):
                problem(key, f"the value for {_shown(question)} must be {wanted}")
            else:
                good[question] = value
        return good

    def branches(self, i: int, name: str, raw: Any) -> list[Branch]:
        loc = self.loc
        if not isinstance(raw, list):
            self.add(f"{name}.branches", loc.stage(i, "branches"),
                     "must be a list of [[stages.branches]] tables with when and goto")
            return []
        branches = []
        for j, b in enumerate(raw):
            bname = f"{name}.branches[{j + 1}]"
            if not isinstance(b, dict):
                self.add(bname, loc.stage(i, "branches"), "must be a table with when and goto")
                continue
            for key in b:
                if key not in BRANCH_KEYS:
                    self.unknown(f"{bname}.{key}", loc.branch(i, j, key), BRANCH_KEYS)
            when, goto = b.get("when"), b.get("goto")
            if not _text_list(when) or not when:
                self.add(f"{bname}.when", loc.branch(i, j, "when"),
                         "must be a non-empty list of words or phrases")
            if not _is_text(goto):
                self.add(f"{bname}.goto", loc.branch(i, j, "goto"), "must be a stage id or 'end'")
            if _text_list(when) and when and _is_text(goto):
                branches.append(Branch(tuple(w.lower() for w in when), goto))
        return branches

    def links(self, stages: list[tuple[int, Stage]]) -> None:
        """Stage ids are unique and every next and goto names a stage of this framework."""
        seen: set[str] = set()
        for i, st in stages:
            if st.id in seen:
                self.add(f"stages[{i + 1}].id", self.loc.stage(i, "id"),
                         f"duplicate stage id {_shown(st.id)}", "give every stage its own id")
            seen.add(st.id)
        targets = seen | {END}
        for i, st in stages:
            for key, target in [("next", st.next)] + [("goto", b.goto) for b in st.branches]:
                if target is not None and target not in targets:
                    line = self.loc.stage(i, key if key == "next" else "branches")
                    self.add(f"stages[{i + 1}].{key}", line,
                             f"{_shown(target)} is not a stage of this framework",
                             lambda t=target: _hint_for_unknown(t, targets))
