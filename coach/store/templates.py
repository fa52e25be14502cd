"""Jinja2 templates from ``journal/``: the user's folder first, then the bundled one."""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2

#: Entry templates for ``coach journal add --template NAME``.
ENTRY_TEMPLATES = ("free", "what-so-what-now-what", "gibbs", "weekly-review", "check-in")
EXPORT_TEMPLATE = "export.md.j2"
SESSION_TEMPLATE = "session.md.j2"


def yaml_string(value: object) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps("" if value is None else str(value), ensure_ascii=False)


@cache
def environment() -> jinja2.Environment:
    import jinja2

    from coach.resources import search_path

    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(str(folder)) for folder in search_path("journal")]
    )
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["yaml"] = yaml_string
    return env


def render(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)


def entry_template(name: str) -> str:
    """The starting text of an entry template, such as ``gibbs``."""
    import jinja2

    try:
        return render(f"{name}.md.j2")
    except jinja2.TemplateNotFound:
        raise KeyError(name) from None
