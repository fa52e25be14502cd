"""Commitments: open ones and done ones; mark done, carry on, let go."""
