"""The exchange report: a write-up for a portfolio, as Markdown and as an HTML page."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from coach.store import Journal, StoreError
from coach.store.exchange_report import note_groups
from tests import exchange_fixture as fx

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture
def journal() -> Iterator[Journal]:
    with Journal.memory(clock=lambda: fx.START) as opened:
        yield opened


@pytest.fixture
def xid(journal: Journal) -> int:
    return fx.hosted_exchange(journal)


def sections(markdown: str) -> dict[str, str]:
    """The report's ``## `` sections by heading."""
    parts = re.split(r"^## (.+)$", markdown, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_report_matches_the_golden_file(journal: Journal, xid: int, fmt: str) -> None:
    report = journal.exchange_report(xid, fmt)
    golden = GOLDEN / f"exchange_report.{fmt}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(report, encoding="utf-8")
    assert report == golden.read_text(encoding="utf-8")


def test_the_write_up_keeps_the_key_points_in_the_persons_own_words(
    journal: Journal, xid: int
) -> None:
    report = journal.exchange_report(xid)
    found = sections(report)
    assert list(found) == ["What I wanted to learn", "What I wanted to show",
                           "What I asked for feedback on", "What I saw", "What I learned",
                           "Feedback given or received", "Next steps"]
    for heading, says in [
        ("What I wanted to show", "- I want Sam to see our morning huddle\n"),
        ("What I wanted to show", "- We are a small, busy team that covers for each other\n"),
        ("What I wanted to learn", "- Winter discharge delays are wearing my team down\n"),
        # the correction stands, not the point it corrected
        ("What I asked for feedback on", "- How I decide under pressure\n"),
        ("What I learned", "- Care comes first, paperwork second\n"),
        ("What I learned", "- We never ask them in\n"),
        ("What I learned", "- Slow down before deciding and ask the team first\n"),
        ("Feedback given or received", "- Sam said I listen well but decide too fast\n"),
    ]:
        assert says in found[heading], (heading, says)
    assert "Monday meeting" not in report  # taken back by the correction
    assert "you" not in report.casefold().replace("your visitor", "").split()  # first person


def test_filler_risk_prompts_and_other_conversations_are_left_out(
    journal: Journal, xid: int
) -> None:
    for fmt in ("md", "html"):
        report = journal.exchange_report(xid, fmt)
        lines = [line.strip("-* ") for line in report.splitlines()]
        for filler in fx.FILLER:
            assert filler not in lines and filler.capitalize() not in lines, filler
        for hidden in (fx.RISK_ANSWER, "ended my life", fx.SAFETY_ANSWER, fx.ELSEWHERE,
                       fx.REVIEW_ANSWER, "dentist", fx.CHECKOUT, "Proud of the team",
                       "Is that right?", "What would you like your visitor to see?",
                       "Are you safe", "Thank you for telling me", "Tell me more"):
            assert hidden not in report, (fmt, hidden)
    # The whole transcript is still in the journal, risk and all, as typed.
    entries = " ".join(e.body for e in journal.newest(tag=None))
    assert fx.RISK_ANSWER in entries and "ok" in entries


def test_next_steps_are_this_exchanges_own_commitments(journal: Journal, xid: int) -> None:
    steps = sections(journal.exchange_report(xid))["Next steps"]
    assert steps.strip().splitlines() == [
        "- I will ask Sam for honest feedback by Friday (by Friday 13 March)",
        "- I will invite the council to our huddle next week (by Monday 16 March)",
    ]
    # the commitment from the other conversation is in the journal, just not here
    assert fx.ELSEWHERE in {c.text for c in journal.commitments(None)}


def test_the_days_notes_are_grouped_by_tag_in_time_order_untagged_last(
    journal: Journal, xid: int
) -> None:
    saw = sections(journal.exchange_report(xid))["What I saw"]
    headings = re.findall(r"^### (.+)$", saw, flags=re.MULTILINE)
    assert headings == ["Culture", "Partnership", "Leadership moment", "Other notes",
                        "Looking back"]
    culture = saw.split("### Culture", 1)[1].split("###", 1)[0]
    assert culture.index("09:05") < culture.index("11:00")  # saved later, taken earlier
    other = saw.split("### Other notes", 1)[1].split("###", 1)[0]
    assert other.index("09:45") < other.index("10:40")
    assert "- **09:45** Discharge lounge\n  was empty by ten" in other
    assert "Sam asked why we never invite the council _(also question)_" in saw
    assert "- A packed front door and calm staff" in saw.split("### Looking back", 1)[1]


def test_notes_without_tags_need_no_heading(journal: Journal) -> None:
    xid = journal.add_exchange(role="observer", partner="Ana")
    journal.add_exchange_note(xid, "Quiet handover")
    (group,) = note_groups(journal.exchange_notes(xid), None)
    assert group["tag"] == "" and [n["text"] for n in group["notes"]] == ["Quiet handover"]
    saw = sections(journal.exchange_report(xid))["What I saw"]
    assert "###" not in saw and "Quiet handover" in saw


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.links += [(k, v or "") for k, v in attrs if k in ("src", "href", "srcset")]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_the_html_page_is_self_contained_and_escapes_what_was_typed(
    journal: Journal, xid: int
) -> None:
    page = journal.exchange_report(xid, "html")
    parsed = _Page()
    parsed.feed(page)
    assert page.startswith("<!DOCTYPE html>") and parsed.tags.count("style") == 1
    assert "script" not in parsed.tags and "link" not in parsed.tags
    assert "img" not in parsed.tags and parsed.links == []
    assert "url(" not in page and "@import" not in page and "http" not in page
    assert "@media print" in page
    # The HTML-like note is text on the page, never markup.
    assert "&lt;b&gt;Everyone&lt;/b&gt; stood &amp; waited &lt;script&gt;" in page
    assert fx.HTML_NOTE in "".join(parsed.text)
    assert "<b>" not in page


def test_an_exchange_with_nothing_done_yet_says_what_is_missing(journal: Journal) -> None:
    xid = journal.add_exchange(role="observer", partner="Ana", org="Hospice")
    journal.add_commitment("tell nobody about this one", source="manual")
    report = journal.exchange_report(xid)
    assert "tell nobody" not in report
    assert f"_No preparation yet: `coach exchange prepare {xid}` begins it._" in report
    assert f"_No reflection yet: `coach exchange reflect {xid}` begins it._" in report
    assert "_No notes were taken on the day._" in report
    assert "_No next steps yet._" in report and "**When:** not set" in report
    assert "What I wanted to show" not in report  # a host's section


def test_a_stage_left_before_its_play_back_still_gives_its_points(journal: Journal) -> None:
    from coach.engine.model import Turn

    xid = journal.add_exchange(role="observer", partner="Ana")
    prep = journal.start_session("exchange-observer", seed=1, kind="exchange")
    journal.link_exchange_session(xid, "prepare", prep)
    for turn in (
        Turn(0, "coach", "question", "What would you like to learn about their world?",
             "what-to-learn"),
        Turn(1, "you", "answer", "ok", "what-to-learn"),
        Turn(2, "coach", "encourager", "And what else?", "what-to-learn"),
        Turn(3, "you", "answer", "How my hospice colleagues share one waiting list",
             "what-to-learn"),
        Turn(4, "you", "command", "pause", "what-to-learn"),
    ):
        journal.record_turn(prep, turn)
    journal.pause_session(prep)
    report = journal.exchange_report(xid)
    learn = sections(report)["What I wanted to learn"]
    assert "How my hospice colleagues share one waiting list" in learn
    assert "- Ok" not in learn and "- ok" not in learn
    assert f"The preparation is unfinished (`coach exchange prepare {xid}` carries on)" in report


def test_an_unknown_format_is_refused(journal: Journal, xid: int) -> None:
    with pytest.raises(StoreError, match="use md or html"):
        journal.exchange_report(xid, "pdf")


def test_everything_typed_is_escaped_on_the_page(journal: Journal) -> None:
    from coach.engine.model import Turn

    xid = journal.add_exchange(role="host", partner="<i>Sam</i>", org="A & B <Trust>")
    journal.add_exchange_note(xid, "note\n<hr>", tags=["<u>odd</u>", "x\"y"])
    prep = journal.start_session("exchange-host", seed=1, kind="exchange")
    journal.link_exchange_session(xid, "prepare", prep)
    for turn in (
        Turn(0, "coach", "question", "What would you like your visitor to see?", "the-visit"),
        Turn(1, "you", "answer", "The <marquee>front door</marquee> at eight", "the-visit"),
        Turn(2, "coach", "commitment", "What will you commit to?", None),
        Turn(3, "you", "answer", "<em>Call</em> Sam tomorrow", None,
             {"commitment": "<em>Call</em> Sam tomorrow", "due": None}),
    ):
        journal.record_turn(prep, turn)
    page = journal.exchange_report(xid, "html")
    for raw in ("<i>", "<u>", "<hr>", "<marquee>", "<em>", "<Trust>", "A & B", 'x"y'):
        assert raw not in page, raw
    for escaped in ("&lt;i&gt;Sam&lt;/i&gt;", "A &amp; B &lt;Trust&gt;", "&lt;hr&gt;",
                    "&lt;u&gt;odd&lt;/u&gt;", "x&#34;y", "&lt;marquee&gt;front door",
                    "&lt;em&gt;Call&lt;/em&gt; Sam tomorrow"):
        assert escaped in page, escaped
