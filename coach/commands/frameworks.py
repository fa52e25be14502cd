"""`coach frameworks`: not available yet."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:  # noqa: ARG001
    """Adds no commands until this part of coach is built."""
