"""Open the Textual app (``coach`` with no command)."""

from __future__ import annotations

import argparse


def run_app(args: argparse.Namespace) -> int:
    """Open the app on ``--db`` or the default journal.

    A journal that can't be opened is explained inside the app (reason and path),
    and the exit code is 1.
    """
    from coach.tui.app import make_app

    app = make_app(db=getattr(args, "db", None))
    app.run()
    return 1 if app.journal_error else 0
