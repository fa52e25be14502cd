"""Open the Textual app (``coach`` with no command)."""

from __future__ import annotations

import argparse
import sys


def run_app(args: argparse.Namespace) -> int:
    print("coach: the app is not built yet; try `coach reflect`.", file=sys.stderr)
    return 1
