"""The shipped analyser weights: their shape, their size, that every act is reachable,
and that the packed form on disk holds exactly the trained numbers."""

from __future__ import annotations

import json
import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.engine.analyser import Analyser
from coach.engine.analyser_model import (
    HEADS,
    WEIGHTS_FILE,
    LinearModel,
    StoredTable,
    features,
    features_in_context,
)
from coach.engine.packed_rows import Layout, decode, encode, rows_per_sum

LAYOUT = Layout(len(HEADS))


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))


def rows_of(table: dict) -> dict[str, list[int]]:
    """A stored table's rows as plain lists of whole numbers."""
    return {f: list(LAYOUT.fields(row)) for f, row in decode(table, LAYOUT).items()}


def test_weights_file_is_small(data: dict) -> None:
    assert WEIGHTS_FILE.stat().st_size < 5 * 1024 * 1024


def test_weights_have_one_column_per_head(data: dict) -> None:
    assert data["format"] == 5 and data["heads"] == list(HEADS)
    plain = rows_of(data["weights"])
    assert plain and data["question_weights"]
    assert len(plain) == len(StoredTable(data["weights"]))
    # every stored integer is a row of one 32-bit field per head, and nothing more
    assert all(LAYOUT.pack(row) == packed
               for row, packed in zip(plain.values(), decode(data["weights"], LAYOUT).values(),
                                      strict=True))
    assert all(any(row) for row in plain.values())
    assert data["weights"]["largest"] == max(abs(w) for row in plain.values() for w in row)
    assert "bias" in plain and "bias" in data["question_weights"]
    assert 0.0 < data["thresholds"]["advice"] <= 1.01
    assert 0.0 < data["thresholds"]["open"] < 1.0


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("What would you like to be different by the summer?", "question"),
        ("So you feel you've been carrying the team on your own.", "reflection"),
        ("I think the research shows that sleep matters a lot.", "input"),
        ("Okay.", "other"),
    ],
)
def test_the_model_alone_reaches_every_act(data: dict, text: str, act: str) -> None:
    model = LinearModel.from_dict(data)
    assert model.score(features(text)).act == act


def test_open_and_closed_both_reachable_from_the_model(data: dict) -> None:
    analyser = Analyser(LinearModel.from_dict(data))
    # Neither starts with a word the rules decide on, so the model settles them.
    assert analyser.question_kind("And the other not so good things about it?") == "open"
    assert analyser.question_kind("Twenty a week, give or take?") == "closed"


def test_the_context_act_model_is_shipped_with_the_same_columns(data: dict) -> None:
    assert data["context_used"] == 3 and data["context_weights"]["columns"] == len(HEADS)
    context = rows_of(data["context_weights"])
    assert any(f.startswith("ov:") for f in context)
    assert any(f.startswith("pw:") for f in context)


def test_context_features_count_the_words_said_back() -> None:
    from coach.engine.analyser_model import context_features

    feats = context_features(
        "You're exhausted from carrying the handover.",
        ["What's been hardest?", "Carrying the handover. I'm exhausted."],
    )
    # three content stems shared (exhaust, carry, handover): all of this utterance's
    assert "ov:n3-5" in feats and "ov:c4" in feats
    assert "p:qFalse" in feats and "pp:qTrue" in feats
    assert "yi:TrueTrue" in feats  # "I'm" before, "you're" now
    assert "pw:handover" in feats and "ppw:hardest" in feats
    assert context_features("Anything else?", []) == []


def test_scoring_in_context_matches_the_explicit_features(data: dict) -> None:
    model = LinearModel.from_dict(data)
    talk = [
        "How has the week been?",
        "Honestly awful. The board changed the report again and I rewrote it twice.",
        "The board changed it again and you rewrote it twice.",
        "Yes, and nobody even read it.",
        "What would you like to happen next time?",
    ]
    for i in range(1, len(talk)):
        text, context = talk[i], talk[:i]
        low = text.lower()
        explicit = model.score(features(text, low, context), context=True)
        feats, previous, own = features_in_context(text, low, context)
        fast = model.score(feats, context=True, previous=previous, own=own)
        assert fast.act == explicit.act
        assert abs(fast.act_probability - explicit.act_probability) < 1e-9
        assert abs(fast.advice - explicit.advice) < 1e-9


def test_a_packed_row_holds_each_number_in_its_own_field() -> None:
    rng = random.Random(7)
    picks = [0, 1, -1, 2**31 - 1, -(2**31), 2**16, -(2**16)]
    for n in (13, 5, 1):
        layout = Layout(n)
        for _ in range(2000):
            row = [rng.choice(picks) if rng.random() < 0.3 else rng.randint(-10**6, 10**6)
                   for _ in range(n)]
            packed = layout.pack(row)
            assert packed == sum(w << (32 * k) for k, w in enumerate(row))
            assert list(layout.fields(packed)) == row
        # fractions, a row of another length and numbers too big for a field are refused
        for bad in ([0.25] * n, [1] * (n + 1), [2**31] + [0] * (n - 1)):
            with pytest.raises(ValueError):
                layout.pack(bad)


def test_a_sum_of_packed_rows_is_the_packed_row_of_the_sums() -> None:
    rng = random.Random(11)
    layout = Layout(13)
    largest = 61_522
    rows = [[rng.randint(-largest, largest) for _ in range(13)]
            for _ in range(rows_per_sum(largest))]
    # the worst case too: every row at the largest weight, one way or the other
    for some in (rows, [[largest] * 13] * len(rows), [[-largest] * 13] * len(rows)):
        total = sum(layout.pack(row) for row in some)
        assert list(layout.fields(total)) == [sum(column) for column in zip(*some, strict=True)]


def test_a_stored_table_gives_back_every_row() -> None:
    rng = random.Random(3)
    rows = {f"w:{i}": [rng.randint(-70_000, 70_000) if rng.random() < 0.7 else 0
                       for _ in range(13)] for i in range(500)}
    rows["tail"] = [5, -3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    rows["top"] = [0] * 12 + [-(2**31)]
    stored = json.loads(json.dumps(encode(rows, LAYOUT)))
    assert stored["largest"] == 2**31
    assert list(decode(stored, LAYOUT)) == list(rows)
    assert rows_of(stored) == rows
    with pytest.raises(ValueError):
        decode(stored, Layout(5))
    assert decode(encode({}, LAYOUT), LAYOUT) == {}


TALK = [
    "How has the week been?",
    "Honestly awful. The board changed the report again and I rewrote it twice.",
    "The board changed it again and you rewrote it twice.",
    "Yes, and nobody even read it.",
    "What would you like to happen next time? Maybe ask them first?",
    "So the plan is to ask before you start, not after.",
    "Okay.",
]


def test_the_stored_tables_score_as_the_same_weights_given_as_rows(data: dict) -> None:
    """The packed form on disk holds the trained numbers: a model built from them scores
    every head exactly as one given the same weights as plain rows, whole numbers of
    1/scale or the same numbers as fractions of a unit."""
    stored = LinearModel.from_dict(data)
    plain, context = rows_of(data["weights"]), rows_of(data["context_weights"])
    unstored = dict(data, format=4, weights=plain, context_weights=context)
    scale = data["scale"]
    as_fractions = dict(unstored, scale=1.0,
                        weights={f: [w / scale for w in r] for f, r in plain.items()},
                        context_weights={f: [w / scale for w in r] for f, r in context.items()})
    models = [LinearModel.from_dict(unstored), LinearModel.from_dict(as_fractions)]
    for i, text in enumerate(TALK):
        feats = features(text)
        for model in models:
            assert model.score(feats) == stored.score(feats)
        if i:
            low = text.lower()
            fast, previous, own = features_in_context(text, low, TALK[:i])
            explicit = features(text, low, TALK[:i])
            expected = stored.score(fast, context=True, previous=previous, own=own)
            assert stored.score(explicit, context=True) == expected
            for model in models:
                assert model.score(fast, context=True, previous=previous, own=own) == expected
                assert model.score(explicit, context=True) == expected


def test_sums_too_big_for_a_field_are_still_exact() -> None:
    # rows this large leave room for one row in a packed sum: the text is summed field
    # by field, and the heads' sums go far beyond 32 bits (wrapped round, the question's
    # sum would come out negative)
    model = LinearModel({"bias": [0, 0, 0, 0, -7], "w:a": [2**30, -(2**30), 5, 0, 1]}, {},
                        heads=HEADS[:5])
    scores = model.score(["bias"] + ["w:a"] * 10)
    assert scores.act == "question" and scores.act_probability == 1.0
    assert scores.advice == 1.0 / (1.0 + math.exp(-3))


@pytest.mark.parametrize("repeats", [100, 8_000])
def test_a_long_text_scores_the_same_summed_either_way(data: dict, repeats: int) -> None:
    """The shipped rows sum up to some 35,000 rows in one packed sum; the same weights as
    fractions (packed in millionths) only a few hundred, so a long text is summed field
    by field by one model and in one go by the other (or, longer still, by both)."""
    model = LinearModel.from_dict(data)
    scale = data["scale"]
    rows = rows_of(data["weights"])
    fractions = LinearModel({f: [w / scale for w in r] for f, r in rows.items()},
                            data["thresholds"], heads=data["heads"])
    feats = features("It went wrong. I fixed it? " * repeats)
    limit = rows_per_sum(data["weights"]["largest"])
    assert (len(feats) < limit) == (repeats == 100) and len(feats) > 1_000
    assert model.score(feats) == fractions.score(feats)


def test_the_markers_are_found_as_the_plain_alternation_finds_them() -> None:
    import re

    from coach.engine.analyser_model import MARKER, MARKERS

    plain = re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, MARKERS)) + r")\b")
    rng = random.Random(5)
    pieces = [*MARKERS, "x", "'", " ", "-", "\n", "ni", "so", "you", "i", "s", "'i", "ing", ","]
    texts = ["i think so", "hi think", "'i think", "xi'd", "i'd've", "so you so you",
             "it sounds like sounds like", "\ni think", "i thinking", "so  you", "you're not sure",
             *("".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
               for _ in range(5000))]
    assert [MARKER.findall(t) for t in texts] == [plain.findall(t) for t in texts]
    assert MARKER.findall("so you feel it sounds like research, i'd say") == [
        "so you", "it sounds like", "research", "i'd"]


TOKEN_PIECES = [*"ab'z09?!.,- \t\nX_é’‘—", "don't", "''", "rock'n'roll", "a'1", "'s", "😀",
                "it's9", "90's", " 'cause"]


@given(st.lists(st.sampled_from(TOKEN_PIECES), max_size=20).map("".join))
def test_tokenise_finds_what_the_token_pattern_finds(text: str) -> None:
    from coach.engine.analyser_model import TOKEN, tokenise

    assert tokenise(text) == TOKEN.findall(text)


def test_tokenise_reads_every_character_as_the_token_pattern_does() -> None:
    from coach.engine.analyser_model import TOKEN, tokenise

    for c in map(chr, range(300)):
        for text in (c, f"a{c}b", c * 3, f"a'{c}", f"{c}'a", f"a'b{c}", f"'{c}", f"{c}'",
                     f"''a{c}", f"{c} ''a"):
            assert tokenise(text) == TOKEN.findall(text), repr(text)


def test_scoring_in_context_at_one_go_matches_the_two_models_apart(data: dict) -> None:
    """The merged tables score the plain features for both models in one sum: the
    context model's scores and the plain model's focus scores come out exactly as each
    model scores them alone (and a text too long for one sum is summed apart)."""
    from coach.engine.analyser_model import both_features

    model = LinearModel.from_dict(data)
    long = "It went wrong. I fixed it? " * 8_000
    for i in range(1, len(TALK) + 1):
        text, context = (TALK[i], TALK[:i]) if i < len(TALK) else (long, TALK)
        low = text.lower()
        plain, dense, previous, own = both_features(text, low, context, [])
        said, focus = model.score_in_context(plain, dense, previous, own)
        assert said == model.score(plain + dense, context=True, previous=previous, own=own)
        assert focus == model.focus_scores(plain) and len(focus) == 3
