"""Read the AnnoMI development split into one labelled example per therapist utterance."""

from __future__ import annotations

import csv
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

#: How many earlier utterances each example keeps as its context.
CONTEXT_KEPT = 10

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/annomi/annomi-dev.csv"

ACT_OF = {
    "question": "question",
    "reflection": "reflection",
    "therapist_input": "input",
    "other": "other",
}


@dataclass(frozen=True)
class Example:
    transcript_id: int
    utterance_id: int
    text: str
    act: str
    question: str | None  # "open" | "closed" | None
    advice: bool
    #: The question subtype coded on any utterance (a reflection or input can carry a
    #: question too); used to train the open/closed model, never to score it.
    question_any: str | None = None
    #: The utterances before this one in its transcript (client and therapist alike),
    #: oldest first, up to :data:`CONTEXT_KEPT` of them.
    context: tuple[str, ...] = ()


def _majority(values: list[str]) -> str:
    # Most common label; ties go to the label seen first (the first annotator's).
    return Counter(values).most_common(1)[0][0]


def load_examples(path: Path = DEFAULT_DATA) -> list[Example]:
    """Therapist utterances with the majority label over annotators."""
    if not path.is_file():
        raise SystemExit(
            f"AnnoMI data not found at {path}; pass --data PATH to the annomi-dev.csv file."
        )
    groups: dict[tuple[int, int], list[dict[str, str]]] = defaultdict(list)
    spoken: dict[int, dict[int, str]] = defaultdict(dict)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            tid, uid = int(row["transcript_id"]), int(row["utterance_id"])
            spoken[tid].setdefault(uid, row["utterance_text"])
            if row["interlocutor"] != "therapist":
                continue
            groups[(tid, uid)].append(row)
    order = {tid: sorted(texts) for tid, texts in spoken.items()}
    examples = []
    for (tid, uid), rows in sorted(groups.items()):
        ids = order[tid]
        at = bisect_left(ids, uid)
        before = [spoken[tid][u] for u in ids[max(0, at - CONTEXT_KEPT) : at]]
        act = ACT_OF[_majority([r["main_therapist_behaviour"] for r in rows])]
        subtypes = [
            r["question_subtype"] for r in rows if r["question_subtype"] in ("open", "closed")
        ]
        question = _majority(subtypes) if act == "question" and subtypes else None
        question_any = _majority(subtypes) if subtypes else None
        advice_votes = [r["therapist_input_subtype"] == "advice" for r in rows]
        advice = sum(advice_votes) * 2 > len(advice_votes)
        examples.append(
            Example(tid, uid, rows[0]["utterance_text"], act, question, advice, question_any,
                    tuple(before))
        )
    return examples


def folds(examples: list[Example], k: int = 5) -> list[tuple[list[Example], list[Example]]]:
    """Transcript-grouped folds: every utterance of a transcript lands in one fold."""
    transcripts = sorted({e.transcript_id for e in examples})
    fold_of = {tid: i % k for i, tid in enumerate(transcripts)}
    out = []
    for f in range(k):
        train = [e for e in examples if fold_of[e.transcript_id] != f]
        test = [e for e in examples if fold_of[e.transcript_id] == f]
        out.append((train, test))
    return out


@dataclass(frozen=True)
class Agreement:
    """How often two annotators of the same utterance agree: a reference for any model."""

    utterances: int  # therapist utterances coded by two or more annotators
    act: float  # share of annotator pairs giving the same act
    questions: int  # pairs where both coded an open or closed question
    open_closed: float  # share of those pairs agreeing on open or closed
    advice: float  # F1 of one annotator's advice codes against the other's


def agreement(path: Path = DEFAULT_DATA) -> Agreement:
    """Pairwise agreement between annotators over the multiply coded utterances."""
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["interlocutor"] == "therapist":
                groups[(row["transcript_id"], row["utterance_id"])].append(row)
    pairs = act_same = q_pairs = q_same = both = either = 0
    utterances = 0
    for rows in groups.values():
        if len(rows) < 2:
            continue
        utterances += 1
        for i, a in enumerate(rows):
            for b in rows[i + 1 :]:
                pairs += 1
                act_same += a["main_therapist_behaviour"] == b["main_therapist_behaviour"]
                kinds = (a["question_subtype"], b["question_subtype"])
                if all(k in ("open", "closed") for k in kinds):
                    q_pairs += 1
                    q_same += kinds[0] == kinds[1]
                advice = (
                    a["therapist_input_subtype"] == "advice",
                    b["therapist_input_subtype"] == "advice",
                )
                both += advice[0] and advice[1]
                either += advice[0] + advice[1]
    return Agreement(
        utterances,
        act_same / pairs if pairs else 0.0,
        q_pairs,
        q_same / q_pairs if q_pairs else 0.0,
        2 * both / either if either else 0.0,
    )

