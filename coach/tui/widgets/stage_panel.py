"""The framework's stages, with the one the person is in marked."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from coach.engine.model import Framework
from coach.terminal import printable
from coach.tui.format import literal


class StagePanel(Static):
    """A list of stages: done ones ticked, the current one marked ▶."""

    def __init__(self, framework: Framework, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="panel")
        self.framework = framework
        self.current: str | None = None
        self.visited: set[str] = set()
        self.closing = False
        self.border_title = literal(framework.title)

    def on_mount(self) -> None:
        self.show()

    def mark(self, stage_id: str | None, visited: list[str], *, closing: bool = False) -> None:
        self.current = stage_id
        self.visited = set(visited)
        self.closing = closing
        self.show()

    def show(self) -> None:
        parts: list[Content | str | tuple[str, str]] = []
        for number, stage in enumerate(self.framework.stages, 1):
            title = printable(stage.title)  # a user's framework file may hold anything
            if stage.id == self.current and not self.closing:
                parts += [(f"▶ {number}. {title}", "bold $accent"), "\n"]
            elif stage.id in self.visited or stage.id == self.current:
                parts += [(f"✓ {number}. {title}", "dim"), "\n"]
            else:
                parts += [f"  {number}. {title}", "\n"]
        marker = ("▶ ", "bold $accent") if self.closing else ("  ", "")
        parts += ["\n", marker, ("Commitment & check-out", "bold" if self.closing else "dim")]
        self.update(Content.assemble(*parts))
