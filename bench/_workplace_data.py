"""Read the workplace listening corpus: utterances, their codes and the held-out split.

The corpus (``bench/data/workplace/``) is 384 scenario conversations by eleven writers
(``w1.tsv`` to ``w11.tsv``) and 520 standalone statements by two more (``w12.tsv``,
``w13.tsv``), coded by two coders on their own (``labels_c1.tsv``, ``labels_c2.tsv``)
and adjudicated into ``labels_final.tsv``. ``split.tsv`` says which scenarios are held
out: every scenario of writer w3, and every fifth scenario (s05, s10, ...) of writers w1
and w2. Training never reads the held-out rows; ``bench/workplace.py`` scores on them
alone, and on the fresh statements of ``bench/data/workplace_fresh/``, which training
never reads either.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "workplace"
FRESH = Path(__file__).resolve().parent / "data" / "workplace_fresh"
WRITERS = ("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "w11", "w12", "w13")
#: Writers of standalone statements (each its own one-turn scenario, all in the training
#: split), coded for focus and trap; their other fields are those of any statement in
#: the speaker's own voice (input, no question, no advice) by construction.
STANDALONE = ("w12", "w13")
FIELDS = ("act", "question", "multiple", "leading", "advice", "focus", "trap")
#: How many earlier turns of its scenario each example keeps as context.
CONTEXT_KEPT = 10


@dataclass(frozen=True)
class Codes:
    """One coder's (or the adjudicated) codes of an utterance, as the codebook names them."""

    act: str
    question: str | None  # "open" | "closed" | None
    multiple: bool
    leading: bool
    advice: bool
    focus: str
    trap: str | None  # "top" | "middle" | "bottom" | None

    @classmethod
    def from_row(cls, row: dict[str, str]) -> Codes:
        return cls(
            row["act"], None if row["question"] == "none" else row["question"],
            row["multiple"] == "1", row["leading"] == "1", row["advice"] == "1",
            row["focus"], None if row["trap"] == "none" else row["trap"],
        )


@dataclass(frozen=True)
class Utterance:
    id: str
    writer: str
    scenario: str
    sector: str
    turn: int
    side: str  # "speaker" | "listener"
    text: str
    #: The scenario's earlier turns, oldest first (up to :data:`CONTEXT_KEPT`).
    context: tuple[str, ...]
    final: Codes
    c1: Codes
    c2: Codes


def _read(name: str, folder: Path = DATA) -> list[dict[str, str]]:
    path = folder / name
    if not path.is_file():
        raise SystemExit(f"the workplace corpus file {path} is missing")
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def split() -> dict[str, str]:
    """Scenario id -> "train" or "test", as ``split.tsv`` gives it."""
    return {row["scenario"]: row["part"] for row in _read("split.tsv")}


def load(part: str | None = None) -> list[Utterance]:
    """Every coded utterance in scenario and turn order; ``part`` "train" or "test"
    keeps that side of the split only."""
    labels = {name: {r["id"]: Codes.from_row(r) for r in _read(name)}
              for name in ("labels_final.tsv", "labels_c1.tsv", "labels_c2.tsv")}
    parts = split()
    rows = [r for w in WRITERS for r in _read(f"{w}.tsv")]
    missing = {r["scenario"] for r in rows} - parts.keys()
    if missing:
        raise SystemExit(f"split.tsv does not place scenario {sorted(missing)[0]}")
    rows.sort(key=lambda r: (r["scenario"], int(r["turn"])))
    out: list[Utterance] = []
    said: list[str] = []
    scenario = None
    for r in rows:
        if r["scenario"] != scenario:
            scenario, said = r["scenario"], []
        if part is None or parts[r["scenario"]] == part:
            out.append(Utterance(
                r["id"], r["writer"], r["scenario"], r["sector"], int(r["turn"]), r["side"],
                r["text"], tuple(said[-CONTEXT_KEPT:]),
                labels["labels_final.tsv"][r["id"]], labels["labels_c1.tsv"][r["id"]],
                labels["labels_c2.tsv"][r["id"]],
            ))
        said.append(r["text"])
    return out


def scenario_folds(
    rows: list[Utterance], k: int
) -> list[tuple[list[Utterance], list[Utterance]]]:
    """Folds grouped by scenario: every utterance of a scenario lands in one fold."""
    scenarios = sorted({u.scenario for u in rows})
    fold_of = {s: i % k for i, s in enumerate(scenarios)}
    return [([u for u in rows if fold_of[u.scenario] != f],
             [u for u in rows if fold_of[u.scenario] == f]) for f in range(k)]


@dataclass(frozen=True)
class Statement:
    """A standalone utterance of the fresh set, with its focus and trap as each coder and
    the adjudication gave them (trap None for none)."""

    id: str
    writer: str
    text: str
    final: tuple[str, str | None]
    c1: tuple[str, str | None]
    c2: tuple[str, str | None]


def load_fresh() -> list[Statement]:
    """The fresh statements (``bench/data/workplace_fresh/``): written by two further
    writers after the analyser's rules and models were built, coded for focus and trap
    only, and never trained on."""
    def codes(row: dict[str, str]) -> tuple[str, str | None]:
        return row["focus"], None if row["trap"] == "none" else row["trap"]

    labels = {name: {r["id"]: codes(r) for r in _read(name, FRESH)}
              for name in ("labels_final.tsv", "labels_c1.tsv", "labels_c2.tsv")}
    return [Statement(r["id"], r["writer"], r["text"], labels["labels_final.tsv"][r["id"]],
                      labels["labels_c1.tsv"][r["id"]], labels["labels_c2.tsv"][r["id"]])
            for r in _read("statements.tsv", FRESH)]
