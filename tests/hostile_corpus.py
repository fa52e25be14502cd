"""Text that tries to take over the terminal, and a check that none of it got through.

Each piece would act if written raw: set the clipboard (OSC 52), set the window title
(OSC 2), clear the screen (CSI 2J), ring the bell, the one-byte CSI, DEL, NUL, a lone
ESC. :data:`HOSTILE` holds them all between ordinary words.
"""

from __future__ import annotations

OSC52 = "\x1b]52;c;cm0gLXJmIH4K\x07"  # puts "rm -rf ~" on the clipboard
OSC2 = "\x1b]2;pwned\x1b\\"  # sets the window title, ended by ST
CLEAR = "\x1b[2J\x1b[H"
BEL = "\x07"
CSI8 = "\x9b2J"  # the C1 form of ESC [
DEL = "\x7f"
NUL = "\x00"
LONE_ESC = "\x1b"

CORPUS = {"osc52": OSC52, "osc2": OSC2, "clear": CLEAR, "bel": BEL, "csi8": CSI8,
          "del": DEL, "nul": NUL, "lone-esc": LONE_ESC}

HOSTILE = ("Hostile " + " ".join(f"{name} {piece}" for name, piece in CORPUS.items())
           + " [bold]markup[/bold] end")

#: How the clipboard sequence is shown once made safe.
SHOWN = "\\x1b]52;c;cm0gLXJmIH4K\\x07"

FORBIDDEN = frozenset([0x00, 0x07, 0x1B, 0x7F, *range(0x80, 0xA0)])


def hostile(label: str) -> str:
    """:data:`HOSTILE`, named, so each place it is stored can be told apart."""
    return f"{label}: {HOSTILE}"


def raw_controls(text: str) -> list[str]:
    """The control characters in ``text`` that a terminal would act on."""
    return sorted({f"{ord(c):#04x}" for c in text if ord(c) in FORBIDDEN})


def assert_inert(text: str) -> None:
    """No ESC, BEL, NUL, DEL or C1 character in ``text``."""
    found = raw_controls(text)
    assert not found, f"raw control characters {found} in: {text[:400]!r}"
