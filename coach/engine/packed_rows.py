"""Rows of whole-number weights packed into one integer each, and their form on disk.

A linear model with several heads sums, for every feature of a text, one weight per
head. Packed, a feature's row is one integer (field k holds the weight of head k, at
bit 32k), so summing the rows of a text is one lookup and one addition per feature,
done in C; the fields of the sum are the sums of the heads. The weights file stores a
table as its feature names and each row's integer in bytes (see :func:`encode`), so
loading it is one conversion per row, not one per weight.
"""

from __future__ import annotations

import base64
import struct
from collections.abc import Mapping, Sequence
from itertools import accumulate, pairwise

#: Bits per field: a field holds a signed 32-bit number.
FIELD = 32
_TOP = 1 << (FIELD - 1)


class Layout:
    """How rows of ``n`` weights are packed.

    A packed row is the integer sum of ``weight_k << 32k``; a sum of packed rows is the
    packed row of the sums, as long as every field's sum stays within 32 signed bits
    (see :func:`rows_per_sum`).
    """

    def __init__(self, n: int):
        self.n = n
        self._struct = struct.Struct(f"<{n}i")
        self._ones = sum(1 << (FIELD * k) for k in range(n))  # the lowest bit of every field
        self._tops = self._ones << (FIELD - 1)  # the sign bit of every field

    def pack(self, row: Sequence[int]) -> int:
        """``row`` as one integer; a ValueError for anything but ``n`` whole numbers
        each within 32 signed bits."""
        try:
            laid = int.from_bytes(self._struct.pack(*row), "little")
        except struct.error as error:
            raise ValueError(f"a row of {self.n} whole numbers within 32 signed bits "
                             f"was expected, not {list(row)[:20]!r}") from error
        # Read as one unsigned integer, each negative field also counts a one at the foot
        # of the next (its two's complement borrow): taking those away leaves the sum of
        # the shifted fields.
        return laid - (((laid >> (FIELD - 1)) & self._ones) << FIELD)

    def fields(self, packed: int) -> tuple[int, ...]:
        """The ``n`` numbers summed in ``packed`` (each within 32 signed bits)."""
        # Adding 2**31 to every field makes each one non-negative, so none borrows from
        # the next; flipping that bit back leaves each field's own two's complement.
        laid = (packed + self._tops) ^ self._tops
        return self._struct.unpack(laid.to_bytes(4 * self.n, "little"))


def rows_per_sum(largest: int) -> int:
    """How many rows whose weights are all within ``largest`` can be summed with no
    field's sum leaving its 32 signed bits."""
    return (_TOP - 1) // max(largest, 1)


def encode(rows: Mapping[str, Sequence[int]], layout: Layout) -> dict[str, object]:
    """A table of whole-number rows as the weights file stores it: the feature names
    one per line; each row's packed integer in as few bytes as hold it (little-endian,
    two's complement), all in one base64 text; the number of bytes of each, in another;
    the number of columns; and the largest weight by size, which bounds the sums."""
    names = list(rows)
    if any("\n" in f for f in names):
        raise ValueError("a feature name holds a line break")
    blobs = []
    for f in names:
        packed = layout.pack(rows[f])
        blobs.append(packed.to_bytes(packed.bit_length() // 8 + 1, "little", signed=True))
    return {
        "columns": layout.n,
        "largest": max((abs(w) for row in rows.values() for w in row), default=0),
        "names": "\n".join(names),
        "lengths": base64.b64encode(bytes(map(len, blobs))).decode("ascii"),
        "rows": base64.b64encode(b"".join(blobs)).decode("ascii"),
    }


def decode(table: Mapping[str, object], layout: Layout) -> dict[str, int]:
    """The packed rows of a table stored by :func:`encode`, by feature name."""
    if table.get("columns") != layout.n:
        raise ValueError(f"a table of {layout.n} columns was expected, "
                         f"not {table.get('columns')!r}")
    names = str(table["names"]).split("\n") if table["names"] else []
    blob = base64.b64decode(str(table["rows"]))
    ends = list(accumulate(base64.b64decode(str(table["lengths"]))))
    if len(ends) != len(names) or (ends[-1] if ends else 0) != len(blob):
        raise ValueError("the table's names, lengths and rows do not match")
    read = int.from_bytes
    rows = [read(blob[start:end], "little", signed=True) for start, end in pairwise([0, *ends])]
    return dict(zip(names, rows, strict=True))
