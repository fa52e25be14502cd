"""Load sqlite-utils without the data-science libraries it imports when they are there.

sqlite-utils imports pandas and numpy at import time whenever they are installed, only
to map their number and time types to column types. coach never stores such values,
and in an environment that has them the two imports can take longer than all the
rest of the app's start-up. They are hidden while sqlite-utils loads (unless the
process has already imported them) and are importable as usual afterwards.

The hiding lasts only for the import of sqlite-utils, which happens the first time the
store needs it (to migrate a journal, or when sqlite-utils' ``Database`` is asked for);
nothing in coach imports pandas or numpy, so no
other thread can trip over it.
"""

from __future__ import annotations

import sys
import threading

_OPTIONAL = ("pandas", "numpy")
_lock = threading.Lock()


def load() -> None:
    """Import sqlite_utils, if not yet imported, with pandas and numpy out of sight."""
    if "sqlite_utils.db" in sys.modules:
        return
    with _lock:
        if "sqlite_utils.db" in sys.modules:
            return
        hidden = [name for name in _OPTIONAL if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # "import name" fails
        try:
            import sqlite_utils.db  # noqa: F401
        finally:
            for name in hidden:
                if sys.modules.get(name, ...) is None:
                    del sys.modules[name]
