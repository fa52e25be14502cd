"""coach: a private, offline coaching and reflection companion for the terminal."""

__version__ = "0.1.0"
