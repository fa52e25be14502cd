"""The user's settings file (``coach.paths.config_file()``): read with tomllib.

Only a few flat values are kept (the theme, for now), so writing uses a small
hand-rolled TOML writer instead of another dependency. The file and its folder are
created readable by the owner only, and the file is replaced atomically.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path

from coach import paths

Value = str | int | float | bool


@dataclass
class Settings:
    theme: str | None = None


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults when the file is missing, unreadable or broken."""
    path = path or paths.config_file()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return Settings()
    import tomllib  # only when there is a file to read: not on a first start

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return Settings()
    theme = data.get("theme")
    return Settings(theme=theme if isinstance(theme, str) and theme else None)


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    """Write ``settings`` (owner-only, atomically); returns the file written."""
    path = path or paths.config_file()
    values = {k: v for k, v in asdict(settings).items() if v is not None}
    paths.ensure_private_directory(path.parent)
    import tempfile

    fd, temp = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(to_toml(values))
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


def to_toml(values: dict[str, Value]) -> str:
    """Flat ``key = value`` lines; keys are bare words, strings basic-quoted."""
    lines = ["# coach settings; edited by the app, safe to edit by hand."]
    for key, value in values.items():
        if not key.replace("_", "").replace("-", "").isalnum():
            raise ValueError(f"unsupported settings key {key!r}")
        lines.append(f"{key} = {toml_value(value)}")
    return "\n".join(lines) + "\n"


def toml_value(value: Value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    escaped = []
    for char in value:
        if char == "\\":
            escaped.append("\\\\")
        elif char == '"':
            escaped.append('\\"')
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'
