"""Every location coach reads or writes on the user's machine.

Nothing here touches the file system at import time; folders are created by the
code that first writes into them (see :func:`ensure_private_directory`).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "coach"


def data_directory() -> Path:
    """The user data folder (journal, user frameworks, user templates)."""
    override = os.environ.get("COACH_HOME")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def config_directory() -> Path:
    """The user config folder (settings such as the chosen theme)."""
    override = os.environ.get("COACH_HOME")
    if override:
        return Path(override).expanduser() / "config"
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def config_file() -> Path:
    return config_directory() / "config.toml"


def database_file(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The journal database: ``--db`` first, then ``COACH_DB``, then the data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("COACH_DB")
    if env:
        return Path(env).expanduser()
    return data_directory() / "journal.db"


def user_frameworks_directory() -> Path:
    return data_directory() / "frameworks"


def user_prompts_directory() -> Path:
    return data_directory() / "prompts"


def user_journal_templates_directory() -> Path:
    return data_directory() / "journal"


def crash_reports_directory() -> Path:
    """Where the app writes a report when it stops on an unexpected error."""
    return data_directory() / "crash-reports"


def ensure_private_directory(path: Path) -> Path:
    """Create ``path`` and any missing parents readable by the owner only (0700, whatever
    the umask); folders that already exist are left as they are."""
    missing = []
    current = Path(path)
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            if not folder.is_dir():
                raise
            continue  # made by someone else meanwhile: theirs, left alone
        os.chmod(folder, 0o700)
    return path
