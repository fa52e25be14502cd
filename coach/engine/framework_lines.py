"""Where each key of a framework file is: its line, found in one pass over the text.

Good enough for error messages: it reads table headers (``[[stages]]``,
``[[stages.branches]]``, any other ``[table]``) and ``key =`` lines, and skips the
inside of multi-line strings. Each lookup is a dictionary read, so a file with tens of
thousands of keys is located as fast as a small one.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"\s*(\[\[?)\s*([^\]]*?)\s*\]")
_KEY = re.compile(r"""\s*("[^"\n]*"|'[^'\n]*'|[A-Za-z0-9_-]+)\s*[.=]""")
_FLOAT = re.compile(r"(?<![\w.])[+-]?\d[\d_]*\.\d[\d_]*(?:[eE][+-]?\d+)?(?![\w.])")
_STRING = re.compile(r""""(?:[^"\\]|\\.)*"|'[^']*'|#.*""")


def _depth(line: str) -> int:
    """How many more brackets the line opens than it closes, outside strings and comments."""
    bare = _STRING.sub("", line)
    return bare.count("[") + bare.count("{") - bare.count("]") - bare.count("}")


def _key_dots(bare: str) -> int:
    """The dots of a line that join the parts of keys (those in numbers such as 1.5 aside)."""
    return bare.count(".") - len(_FLOAT.findall(bare))


def _name(raw: str) -> str:
    """The first part of a dotted key or header, without quotes."""
    first = raw.split(".", 1)[0].strip() if not raw.startswith(("'", '"')) else raw
    return first.strip().strip("\"'")


class Lines:
    """The line of each top-level key, each stage and each key inside a stage."""

    def __init__(self, text: str) -> None:
        self.top_keys: dict[str, int] = {}
        self.stage_lines: list[int] = []
        self.stage_keys: list[dict[str, int]] = []
        self.branch_keys: list[list[dict[str, int]]] = []
        #: The most dots on one line outside strings and comments, and that line: a dotted
        #: key of thousands of parts costs the TOML reader time and memory by the square.
        self.most_dots = (0, 0)
        section: dict[str, int] | None = self.top_keys
        fence = ""
        depth = 0  # inside a value that goes on over several lines
        for number, line in enumerate(text.splitlines(), 1):
            if fence:
                if line.count(fence) % 2:
                    fence = ""
                continue
            dots = line.count(".") and _key_dots(_STRING.sub("", line))
            if dots > self.most_dots[0]:
                self.most_dots = (dots, number)
            if depth > 0:
                depth = max(0, depth + _depth(line))
                continue
            header = _HEADER.match(line)
            if header:
                brackets, name = header.groups()
                section = self._enter(brackets == "[[", name.replace(" ", ""), number)
                continue
            key = _KEY.match(line)
            if key and section is not None:
                section.setdefault(_name(key.group(1)), number)
            if key:
                depth = max(0, _depth(line[line.index("=") + 1 :] if "=" in line else line))
            for quotes in ('"""', "'''"):
                if line.count(quotes) % 2:
                    fence = quotes
                    break

    def _enter(self, array: bool, name: str, number: int) -> dict[str, int] | None:
        """Start a table: the dictionary its keys go into, or None for ones not located."""
        if array and name == "stages":
            self.stage_lines.append(number)
            self.stage_keys.append({})
            self.branch_keys.append([])
            return self.stage_keys[-1]
        if array and name == "stages.branches" and self.stage_lines:
            self.branch_keys[-1].append({})
            self.stage_keys[-1].setdefault("branches", number)
            return self.branch_keys[-1][-1]
        if not array and name.startswith("stages.") and self.stage_lines:
            # A stage's own table ([stages.if_untried]): located at its header.
            self.stage_keys[-1].setdefault(_name(name[len("stages."):]), number)
            return None
        self.top_keys.setdefault(_name(name), number)
        return None

    def top(self, key: str) -> int | None:
        return self.top_keys.get(key)

    def stage(self, index: int, key: str | None = None) -> int | None:
        """The line of ``key`` in the stage (or of the stage itself when it has no such key)."""
        if index >= len(self.stage_lines):
            return self.top("stages")
        if key is not None and key in self.stage_keys[index]:
            return self.stage_keys[index][key]
        return self.stage_lines[index]

    def branch(self, index: int, number: int, key: str) -> int | None:
        if index < len(self.branch_keys) and number < len(self.branch_keys[index]):
            found = self.branch_keys[index][number].get(key)
            if found is not None:
                return found
        return self.stage(index, "branches")
