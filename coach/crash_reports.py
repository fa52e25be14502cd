"""A report of an unexpected error, written to the data folder when the app stops on one.

The report holds what a developer needs and no more: the time, the versions and the
traceback (its source lines and the error's message; no local variables, so no journal
text beyond what the traceback itself names). It is created readable by the owner only.
"""

from __future__ import annotations

import os
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path


def report_text(error: BaseException, moment: datetime) -> str:
    """The report for ``error``, met at ``moment``."""
    from coach import __version__

    from importlib.metadata import PackageNotFoundError, version

    try:
        textual = version("textual")
    except PackageNotFoundError:
        textual = "unknown"
    lines = [
        "coach crash report",
        f"time: {moment.isoformat(timespec='seconds')}",
        f"version: coach {__version__}",
        f"python: {platform.python_version()} ({sys.platform}); textual: {textual}",
        "",
        *traceback.format_exception(type(error), error, error.__traceback__),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def write_crash_report(error: BaseException, *, folder: Path | None = None,
                       moment: datetime | None = None) -> Path | None:
    """Write the report for ``error`` in ``folder`` (the data folder's crash-reports);
    returns its path, or None when it can't be written (it never raises)."""
    from coach import paths

    moment = moment or datetime.now().astimezone()
    try:
        folder = paths.ensure_private_directory(folder or paths.crash_reports_directory())
        stem = f"crash-{moment:%Y%m%d-%H%M%S}-{os.getpid()}"
        for number in range(100):
            path = folder / (f"{stem}.txt" if number == 0 else f"{stem}-{number}.txt")
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                continue
            with open(fd, "w", encoding="utf-8", errors="backslashreplace") as handle:
                handle.write(report_text(error, moment))
            return path
    except OSError:
        pass
    return None
