"""Command palette entries for every screen and action (Ctrl+P)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.app import SystemCommand
from textual.screen import Screen

from coach.tui.format import markup_literal

if TYPE_CHECKING:
    from coach.tui.app import CoachApp


def commands_for(app: CoachApp, screen: Screen[Any]) -> Iterator[SystemCommand]:
    if app.journal is None:
        return
    from coach.tui.screens.home import home_summary

    yield SystemCommand("Home", home_summary(), app.action_home)
    yield SystemCommand("Reflect", "Choose a framework and talk it through", app.action_reflect)
    yield SystemCommand("Journal", "Read, search and manage entries", app.action_journal)
    yield SystemCommand("New journal entry", "A blank page", app.action_new_entry)
    from coach.store.templates import ENTRY_TEMPLATES
    from coach.tui.screens.entry_editor import TEMPLATE_NAMES

    for template in ENTRY_TEMPLATES:
        if template != "free":
            yield SystemCommand(f"New entry: {TEMPLATE_NAMES.get(template, template)}",
                                "A journal entry from this template",
                                partial(app.action_new_entry, template))
    yield SystemCommand("Commitments", "Open and done: mark done, carry on, let go",
                        app.action_commitments)
    yield SystemCommand("Trends", "Entries per week, mood, your themes", app.action_trends)
    yield SystemCommand("Help", "The keys, screen by screen (F1)", app.action_help)
    yield SystemCommand("Practise listening",
                        "A pair or trio exercise: timed turns, live feedback, a scorecard",
                        app.action_practise)
    yield SystemCommand("Leadership exchange",
                        "Prepare to host or observe, notes on the day, reflect, report",
                        app.action_exchanges)
    from coach.engine.frameworks import ordered

    # The palette reads markup: names from framework files and the journal are escaped.
    for framework in ordered(app.frameworks.frameworks):
        yield SystemCommand(f"Reflect with {markup_literal(framework.title)}",
                            markup_literal(framework.purpose),
                            partial(app.action_start, framework.id))
    with app.db_lock:
        unfinished = app.journal.unfinished_sessions()
    for info in unfinished:
        name = markup_literal(info.title or info.framework)
        yield SystemCommand(f"Resume session {info.id}: {name}",
                            f"{info.status}, {info.answers} answers so far",
                            partial(app.action_resume, info.id))
    own: Callable[[], list[tuple[str, str, Any]]] | None = getattr(screen, "palette_commands", None)
    if own is not None:
        for title, help_text, callback in own():
            yield SystemCommand(title, help_text, callback)
