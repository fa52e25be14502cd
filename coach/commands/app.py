"""Open the Textual app (``coach`` with no command)."""

from __future__ import annotations

import argparse
import sys


def run_app(args: argparse.Namespace) -> int:
    """Open the app on ``--db`` or the default journal.

    A journal that can't be opened is explained inside the app (reason and path),
    and the exit code is 1. An error nothing caught stops the app with exit code 1,
    after saying where its crash report is.
    """
    from coach.tui.app import make_app

    app = make_app(db=getattr(args, "db", None))
    app.run()
    if app.crash is not None:
        print(crash_notice(app.crash, app.crash_report), file=sys.stderr)
        return 1
    if app.journal_error:
        return 1
    return app.return_code or 0


def crash_notice(error: BaseException, report: object) -> str:
    """What the person is told after a crash: where the report is, or the report itself."""
    if report is not None:
        return (f"coach: the app stopped on an unexpected error ({type(error).__name__}). "
                f"Everything already saved is kept. A crash report is in {report}; "
                "it holds the error and where in coach it happened.")
    import traceback

    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return (f"{details}\ncoach: the app stopped on the unexpected error above, and its crash "
            "report couldn't be written to the data folder. Everything already saved is kept.")
