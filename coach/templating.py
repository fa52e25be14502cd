"""One way to build the Jinja2 environment for coach's templates.

Terminal and Markdown text, not HTML: no autoescaping, unless ``autoescape`` is asked
for (the one HTML page, the exchange report); a missing variable is an error, never a
blank; the first folder given wins, so a user's copy overrides a bundled one.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2


def environment(directories: Iterable[Path], *, autoescape: bool = False) -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d)) for d in directories]),
        undefined=jinja2.StrictUndefined,
        autoescape=autoescape,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
