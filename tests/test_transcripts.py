"""Transcripts of real conversations: reading WebVTT and 'Name: text', and the
listener's scorecard on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.cli import run
from coach.engine import transcripts
from coach.engine.transcript_score import render_markdown, score_transcript, scorecard_rows
from coach.engine.transcripts import TranscriptError, parse_transcript, read_transcript

DATA = Path(__file__).parent / "data"
TEAMS = DATA / "transcript_teams.vtt"
PLAIN = DATA / "transcript_plain.txt"


def test_teams_webvtt_voices_multi_line_cues_and_merged_turns() -> None:
    t = read_transcript(TEAMS)
    assert t.kind == "webvtt" and not t.cut
    assert t.speakers == ("Sam Okafor", "Priya Shah")
    assert len(t.turns) == 11  # twelve cues: Priya's two in a row are one turn
    assert t.turns[1].text == (
        "It's the handover from the old team. I'm doing everything myself and I'm "
        "exhausted. Nobody else knows the system well enough."
    )
    assert t.turns[1].start == 4.5 and t.turns[0].start == 0.0


def test_zoom_style_webvtt_entities_tags_and_several_voices_in_a_cue() -> None:
    text = (
        "\ufeffWEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:03.500\r\nAnn Lee: What matters "
        "most &amp; why?\r\n\r\n2\r\n00:00:04.000 --> 00:00:06.000\r\nBo: <c.yellow>The "
        "team</c>, mostly.\r\ncarrying on\r\n\r\n3\r\n01:00:07.250 --> 01:00:09.000\r\n"
        "<v.loud Ann Lee>So the team.</v> <v Bo>Yes.</v>\r\n"
    )
    t = parse_transcript(text)
    assert [(x.speaker, x.text) for x in t.turns] == [
        ("Ann Lee", "What matters most & why?"),
        ("Bo", "The team, mostly. carrying on"),
        ("Ann Lee", "So the team."),
        ("Bo", "Yes."),
    ]
    assert t.turns[2].start == 3607.25


def test_plain_lines_continuations_times_and_names_in_any_case() -> None:
    t = read_transcript(PLAIN)
    assert t.kind == "plain"
    assert t.speakers == ("Jo", "Alex")  # "jo" and "JO" are Jo
    assert [x.speaker for x in t.turns] == ["Jo", "Alex"] * 5
    assert t.turns[1].text.endswith("every Friday. It's wearing me down.")
    assert t.turns[8].text == "What would pushing back look like for you?"
    assert t.find("  ALEX ") == "Alex" and t.find("Sam") is None


def test_the_scorecard_codes_each_listener_turn_in_context() -> None:
    card = score_transcript(read_transcript(TEAMS), "sam okafor")
    assert card.listener == "Sam Okafor" and card.others == ("Priya Shah",)
    d = card.to_dict()
    # Both advice questions lead (docs/codebook.md): "Have you tried delegating...?" and
    # "Don't you think you should just ask Tom...?".
    assert {k: d[k] for k in ("turns", "questions", "open", "closed", "multiple", "advice",
                              "advice_hidden", "advice_said", "leading", "reflections")} == {
        "turns": 6, "questions": 4, "open": 2, "closed": 2, "multiple": 1, "advice": 2,
        "advice_hidden": 2, "advice_said": 0, "leading": 2, "reflections": 2,
    }
    assert d["percent_open"] == 50.0 and d["open_rating"] == "fair"
    assert d["reflection_to_question"] == 0.5 and d["rating"] == "below fair"
    worst = card.instructive[0]
    assert worst.text == "Have you tried delegating some of it?" and worst.turn == 5
    assert worst.alternative == "What have you tried so far?"
    assert all(i.alternative for i in card.instructive)


def test_advice_said_straight_is_counted_apart_from_advice_in_a_question() -> None:
    card = score_transcript(read_transcript(PLAIN), "jo")
    assert (card.advice_said, card.advice_hidden, card.advice) == (1, 0, 1)
    rows = dict((m, (c, r)) for m, c, r in scorecard_rows(card))
    assert rows["advice"] == ("1", "1 said straight, 0 hidden in a question")
    assert rows["open questions"][1].startswith("66.7% of questions, fair (MITI 3")
    assert rows["reflections per question"] == (
        "0.33", "below fair (MITI 4: 1 fair, 2 good)")


def test_the_context_reaches_the_analyser() -> None:
    seen: list[tuple[str, tuple[str, ...]]] = []

    class Recording:
        def analyse(self, text: str, *, context=()):  # noqa: ANN001, ANN202
            from coach.engine.analyser import default_analyser

            seen.append((text, tuple(context)))
            return default_analyser().analyse(text, context=context)

    t = read_transcript(PLAIN)
    score_transcript(t, "Alex", Recording())  # type: ignore[arg-type]
    texts = [x.text for x in t.turns]
    assert seen[0] == (texts[1], (texts[0],))
    assert seen[2] == (texts[5], tuple(texts[2:5]))  # the three turns before it


def test_markdown_has_the_table_and_the_instructive_lines() -> None:
    text = render_markdown(score_transcript(read_transcript(TEAMS), "Sam Okafor"), "call.vtt")
    assert text.startswith("# Listening scorecard: Sam Okafor\n")
    assert "| measure | count | how it reads |" in text
    assert "| reflections per question | 0.5 | below fair (MITI 4: 1 fair, 2 good) |" in text
    assert '1. Turn 5: "Have you tried delegating some of it?"' in text
    assert 'An open alternative: "What have you tried so far?"' in text


# -- the command line ----------------------------------------------------------------------


def _cli(argv: list[str], capsys) -> tuple[int, str, list[str]]:  # noqa: ANN001
    code = run(["analyse", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err.splitlines()


def test_cli_prints_the_scorecard_and_writes_it(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    code, out, err = _cli(["--transcript", str(TEAMS), "--listener", "SAM OKAFOR"], capsys)
    assert code == 0 and err == []
    assert out == render_markdown(score_transcript(read_transcript(TEAMS), "Sam Okafor"),
                                  TEAMS.name)
    target = tmp_path / "card.md"
    code, out, err = _cli(["--transcript", str(TEAMS), "--listener", "sam okafor",
                           "--out", str(target)], capsys)
    assert code == 0 and err == []
    assert target.read_text(encoding="utf-8").startswith("# Listening scorecard: Sam Okafor")
    assert str(target) in out


def test_cli_json_is_one_object(capsys) -> None:  # noqa: ANN001
    code, out, err = _cli(["--transcript", str(PLAIN), "--listener", "jo", "--json"], capsys)
    assert code == 0 and err == [] and len(out.splitlines()) == 1
    data = json.loads(out)
    for key in ("turns", "questions", "open", "closed", "multiple", "advice", "leading",
                "reflections"):
        assert isinstance(data[key], int)
    assert data["listener"] == "Jo" and data["turns"] == 5 and data["questions"] == 3


def test_without_a_listener_the_speakers_are_listed(capsys) -> None:  # noqa: ANN001
    code, out, err = _cli(["--transcript", str(TEAMS)], capsys)
    assert code == 2 and out == ""
    assert err == [
        "coach analyse: transcript_teams.vtt has 2 speakers: Sam Okafor (6 turns), Priya "
        'Shah (5 turns). Choose whose listening to code with --listener NAME, e.g. '
        '--listener "Sam Okafor".'
    ]


def _write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("name", "data", "listener", "code", "says"),
    [
        ("empty.vtt", b"", "Sam", 1, "is empty"),
        ("blank.txt", b"\n  \n", "Sam", 1, "is empty"),
        ("latin1.txt", "Sam: café\nJo: hi\n".encode("latin-1"), "Sam", 1,
         "is not UTF-8 text (byte 9 cannot be read); save it as UTF-8"),
        ("one.txt", b"Sam: hello\nSam: again\n", "Sam", 1, "has one speaker (Sam)"),
        ("one.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\n<v Sam>hi</v>\n", None, 1,
         "has one speaker"),
        ("prose.txt", b"no names here\nat all\n", "Sam", 1, "no speaker-labelled turns"),
        ("nameless.vtt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nhello\n", "Sam", 1,
         "name no speakers"),
        ("binary.txt", b"Sam: a\x00b\nJo: c\n", "Sam", 1, "binary file"),
        ("two.txt", b"Sam: hi\nJo: hello\n", "Kim", 2,
         "no speaker called 'Kim' in the transcript; its speakers are Sam, Jo; choose"),
    ],
)
def test_bad_transcripts_get_one_clear_line(
    tmp_path: Path, capsys, name: str, data: bytes, listener: str | None,  # noqa: ANN001
    code: int, says: str,
) -> None:
    argv = ["--transcript", _write(tmp_path, name, data)]
    if listener:
        argv += ["--listener", listener]
    got, out, err = _cli(argv, capsys)
    assert got == code and out == ""
    assert len(err) == 1 and err[0].startswith("coach analyse: ") and says in err[0]


def test_missing_and_unreadable_paths(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    code, _, err = _cli(["--transcript", str(tmp_path / "gone.vtt"), "--listener", "x"],
                        capsys)
    assert code == 1 and err == [f"coach analyse: {tmp_path / 'gone.vtt'} was not found; "
                                 "check the path"]
    code, _, err = _cli(["--transcript", str(tmp_path), "--listener", "x"], capsys)
    assert code == 1 and len(err) == 1 and "is a folder" in err[0]


def test_a_huge_transcript_is_cut_and_said_so(tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(transcripts, "MAX_BYTES", 4_000)
    lines = [f"{'Sam' if i % 2 else 'Jo'}: line {i} of the talk, what else?\n"
             for i in range(400)]
    path = _write(tmp_path, "long.txt", "".join(lines).encode())
    code, out, err = _cli(["--transcript", path, "--listener", "sam", "--json"], capsys)
    assert code == 0
    assert err == [f"coach analyse: {path} is longer than 4,000 bytes; only its first "
                   "4,000 bytes were read and coded"]
    data = json.loads(out)
    assert data["cut_file"] is True and 0 < data["all_turns"] < 400


def test_a_long_turn_is_coded_from_its_start(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    path = _write(tmp_path, "turn.txt",
                  b"Sam: " + b"what else? " * 6_000 + b"\nJo: fine\n")
    code, out, err = _cli(["--transcript", path, "--listener", "sam", "--json"], capsys)
    assert code == 0 and json.loads(out)["turns"] == 1
    assert err == ["coach analyse: 1 of Sam's turns is longer than 50,000 characters; only "
                   "its first 50,000 were coded"]


def test_transcript_flags_need_a_transcript(capsys) -> None:  # noqa: ANN001
    code, _, err = _cli(["--listener", "Sam", "What now?"], capsys)
    assert code == 2 and err == ["coach analyse: --listener goes with --transcript FILE."]
    code, _, err = _cli(["--transcript", str(TEAMS), "--jsonl"], capsys)
    assert code == 2 and "on its own" in err[0]


def test_read_errors_are_transcript_errors(tmp_path: Path) -> None:
    with pytest.raises(TranscriptError, match="is empty"):
        read_transcript(Path(_write(tmp_path, "e.txt", b"")))


def test_subrip_cues_are_read_like_webvtt_cues() -> None:
    text = (
        "1\r\n00:00:01,000 --> 00:00:04,000\r\nRuth Ade: What's on your mind today?\r\n\r\n"
        "2\r\n00:00:04,500 --> 00:00:08,000\r\nKofi: The night rota. It's a mess.\r\n\r\n"
        "3\r\n00:00:08,500 --> 00:00:09,900\r\nit never ends\r\n\r\n"
        "4\r\n00:00:10,000 --> 00:00:12,000\r\nRuth Ade: What would better look like?\r\n"
    )
    t = parse_transcript(text)
    assert t.kind == "srt"
    assert [(x.speaker, x.text) for x in t.turns] == [
        ("Ruth Ade", "What's on your mind today?"),
        ("Kofi", "The night rota. It's a mess. it never ends"),
        ("Ruth Ade", "What would better look like?"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Otter: the speaker and the time on a line, the words on the lines after
        "Ruth Ade  0:05\nWhat would you like to talk about?\n\nKofi  0:09\nThe rota, "
        "honestly.\nMaybe 10:30\nIt has been awful.\n\nRuth Ade  0:15\nAwful how?\n",
        # Zoom's saved transcript
        "[Ruth Ade] 10:02:33\nWhat would you like to talk about?\n[Kofi] 10:02:35\nThe "
        "rota, honestly.\nMaybe 10:30\nIt has been awful.\n[Ruth Ade] 10:02:40\nAwful how?\n",
        # typed up by hand, a name on a line of its own, and a time between turns
        "Ruth Ade:\nWhat would you like to talk about?\nKofi:\nThe rota, honestly.\n"
        "Maybe 10:30\nIt has been awful.\n00:03:10\nRuth Ade: Awful how?\n",
    ],
)
def test_speaker_lines_with_the_words_below_them(text: str) -> None:
    t = parse_transcript(text)
    assert t.kind == "plain" and t.speakers == ("Ruth Ade", "Kofi")
    # "Maybe 10:30" looks like a speaker line once; it is what Kofi said
    assert [(x.speaker, x.text) for x in t.turns] == [
        ("Ruth Ade", "What would you like to talk about?"),
        ("Kofi", "The rota, honestly. Maybe 10:30 It has been awful."),
        ("Ruth Ade", "Awful how?"),
    ]


def test_subrip_without_names_gets_one_clear_line(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    data = b"1\n00:00:01,000 --> 00:00:02,000\nhello\n\n2\n00:00:03,000 --> 00:00:04,000\nhi\n"
    got, out, err = _cli(["--transcript", _write(tmp_path, "x.srt", data), "--listener", "Jo"],
                         capsys)
    assert got == 1 and out == "" and len(err) == 1
    assert err[0].startswith("coach analyse: ") and "speaker" in err[0]
