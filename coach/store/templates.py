"""Jinja2 templates from ``journal/``: the user's folder first, then the bundled one."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import cache
from json.encoder import encode_basestring
from pathlib import Path
from types import SimpleNamespace
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


#: What an export renderer is given for each entry, in order.
EXPORT_FIELDS = (
    "id", "kind", "title", "body", "created", "updated", "tags", "starred", "framework", "mood",
)
#: Renders one exported entry from the EXPORT_FIELDS, in order, to the file's text.
ExportRenderer = Callable[..., str]


def export_markdown_text(
    id: int,
    kind: str,
    title: str | None,
    body: str,
    created: str,
    updated: str,
    tags: Sequence[str],
    starred: bool,
    framework: str | None,
    mood: int | None,
) -> str:
    """What the bundled ``export.md.j2`` renders, built directly: the export renders
    every entry, and this is many times quicker than a Jinja render per file.
    ``created`` and ``updated`` are ISO text; a test keeps this and the template in step."""
    quote = encode_basestring
    head = "---\ntitle: " + (quote(title) if title else "null") + "\ndate: " + created
    head += "\nkind: " + quote(kind) + "\ntags:"
    if tags:
        head += "".join(["\n  - " + quote(tag) for tag in tags])
    else:
        head += " []"
    head += "\nframework: " + (quote(framework) if framework else "null")
    head += "\nstarred: true\n" if starred else "\nstarred: false\n"
    if mood is not None:
        head += f"mood: {mood}\n"
    head += f"coach-id: {id}\n---\n\n"
    if title:
        head += f"# {title}\n\n"
    return head + body.rstrip("\n") + "\n"


def export_renderer() -> ExportRenderer:
    """How to render one exported entry: the quick builder while the bundled
    ``export.md.j2`` is in use, else the user's own template through Jinja."""
    from coach.resources import bundled_directory

    template = environment().get_template(EXPORT_TEMPLATE)
    bundled = bundled_directory("journal") / EXPORT_TEMPLATE
    if template.filename and Path(template.filename).resolve() == bundled.resolve():
        return export_markdown_text

    def render_with_template(*fields: Any) -> str:
        entry = SimpleNamespace(**dict(zip(EXPORT_FIELDS, fields, strict=True)))
        entry.body = entry.body.rstrip("\n")
        entry.tags = tuple(entry.tags)
        return template.render(entry=entry)

    return render_with_template


@cache
def environment() -> jinja2.Environment:
    from coach.resources import search_path
    from coach.templating import environment as build

    env = build(search_path("journal"))
    env.filters["yaml"] = yaml_string
    return env


def render(name: str, **context: Any) -> str:
    return environment().get_template(name).render(**context)


@cache
def html_environment() -> jinja2.Environment:
    """For HTML templates only: every value is escaped unless marked safe."""
    from coach.resources import search_path
    from coach.templating import environment as build

    return build(search_path("journal"), autoescape=True)


def render_html(name: str, **context: Any) -> str:
    return html_environment().get_template(name).render(**context)


def entry_template(name: str) -> str:
    """The starting text of an entry template, such as ``gibbs``."""
    import jinja2

    try:
        return render(f"{name}.md.j2")
    except jinja2.TemplateNotFound:
        raise KeyError(name) from None
