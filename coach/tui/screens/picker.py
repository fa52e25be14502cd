"""Choose a framework: type to filter, "think it through" first, a preview of its stages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from coach.terminal import printable
from coach.tui.format import literal
from coach.tui.widgets.safe_text import SafeInput

if TYPE_CHECKING:
    from coach.engine.model import Framework
    from coach.tui.app import CoachApp


# A user's framework file may hold anything: every field of it is shown with printable().


def framework_prompt(framework: Framework) -> Content:
    suits = printable(", ".join(framework.suits))
    return Content.assemble(
        (printable(framework.title), "bold"), "\n", (printable(framework.purpose), ""), "\n",
        (f"suits: {suits}", "dim"),
    )


def framework_preview(framework: Framework) -> Content:
    parts: list[Content | str | tuple[str, str]] = [
        (printable(framework.title), "bold $accent"), "\n", literal(framework.purpose), "\n\n",
        ("Suits: ", "bold"), literal(", ".join(framework.suits)), "\n",
        ("Source: ", "bold"), literal(framework.source), "\n\n",
        ("Stages", "bold underline"), "\n",
    ]
    for number, stage in enumerate(framework.stages, 1):
        parts += [(printable(f"{number}. {stage.title}"), "bold"), "\n",
                  (printable(f"   {stage.purpose}"), "dim"), "\n"]
    return Content.assemble(*parts)


def matches(framework: Framework, words: list[str]) -> bool:
    haystack = " ".join(
        [framework.id, framework.title, framework.purpose, *framework.suits,
         *(s.title for s in framework.stages)]
    ).casefold()
    return all(word in haystack for word in words)


class FrameworkPicker(Screen[None]):
    """Every framework with its purpose and who it suits."""

    CSS_PATH = "../chat.tcss"  # loaded when the picker first opens, not at start-up
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("down", "focus_list", "List", show=False),
    ]

    app: CoachApp

    def compose(self) -> ComposeResult:
        yield Header(icon="◎")
        with Horizontal(id="picker"):
            with Vertical(id="picker-main"):
                yield SafeInput(placeholder="Type to filter frameworks…", id="filter")
                yield OptionList(id="frameworks")
            with VerticalScroll(id="preview-panel", classes="panel") as panel:
                panel.border_title = "Stages"
                yield Static(id="preview")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Choose a framework"
        from coach.engine.frameworks import ordered

        self.all = ordered(self.app.reload_frameworks().frameworks)
        self._show(self.all)
        self.query_one("#filter", Input).focus()

    def _show(self, frameworks: list[Framework]) -> None:
        options = self.query_one("#frameworks", OptionList)
        options.clear_options()
        options.add_options([Option(framework_prompt(f), id=f.id) for f in frameworks])
        if frameworks:
            options.highlighted = 0
            self._preview(frameworks[0])
        else:
            self.query_one("#preview", Static).update(Content("No framework matches."))

    def _preview(self, framework: Framework) -> None:
        self.query_one("#preview", Static).update(framework_preview(framework))

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        words = event.value.casefold().split()
        self._show([f for f in self.all if matches(f, words)])

    @on(Input.Submitted, "#filter")
    def _choose_highlighted(self) -> None:
        options = self.query_one("#frameworks", OptionList)
        if options.highlighted is not None:
            self._start(options.get_option_at_index(options.highlighted).id)

    def action_focus_list(self) -> None:
        self.query_one("#frameworks", OptionList).focus()

    @on(OptionList.OptionHighlighted, "#frameworks")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        framework = self.app.framework(event.option.id or "")
        if framework is not None:
            self._preview(framework)

    @on(OptionList.OptionSelected, "#frameworks")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._start(event.option.id)

    def _start(self, framework_id: str | None) -> None:
        if not framework_id:
            return
        self.app.pop_screen()
        self.app.action_start(framework_id)
