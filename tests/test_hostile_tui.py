"""The app against hostile text and hostile moments.

Every view shows stored text holding terminal escape sequences as visible placeholders:
the test reads what the screen is made of (the segments the compositor would write)
and finds no ESC, BEL, NUL, DEL or C1 character there. Then: a crash leaves a report
and a non-zero exit; another program's changes show up; typing ahead can't delete; a
write that fails keeps what was typed.
"""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Button, Input, OptionList, TextArea

from coach import __version__, paths
from coach.engine.practice import Setup
from coach.store import Journal
from coach.tui.app import CoachApp
from coach.tui.screens.chat import ChatScreen
from coach.tui.screens.commitments import CommitmentsScreen
from coach.tui.screens.confirm import ConfirmScreen
from coach.tui.screens.entry_editor import EntryEditor
from coach.tui.screens.exchange import ExchangesScreen
from coach.tui.screens.exchange_notes import ExchangeNotesScreen
from coach.tui.screens.home import HomeScreen
from coach.tui.screens.journal import JournalScreen
from coach.tui.screens.journal_error import JournalErrorScreen
from coach.tui.screens.picker import FrameworkPicker
from coach.tui.screens.practice import PracticeScreen
from coach.tui.screens.text_prompt import TextPrompt
from coach.tui.screens.trends import TrendsScreen
from coach.tui.widgets.answer_box import AnswerBox
from coach.tui.widgets.entry_list import EntryList
from coach.tui.widgets.support_panel import SupportPanel
from tests import tui_helpers
from tests.hostile_corpus import HOSTILE, assert_inert, hostile
from tests.test_hostile_terminal import FRAMEWORK
from tests.test_tui_risk import RISKY
from tests.tui_helpers import send, settle

SIZE = (140, 44)
PLACEHOLDER = "\\x1b"


def screen_text(app: CoachApp) -> str:
    """Everything the screen is drawn with, as the text of its segments."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def assert_shown_safely(app: CoachApp, *expected: str) -> str:
    """The screen holds no raw control character, and does show ``expected``."""
    text = screen_text(app)
    assert_inert(text)
    for part in expected:
        assert part in text, f"{part!r} is not on the screen:\n{text}"
    return text


def fill_hostile(journal: Journal) -> int:
    """Every kind of record, with the corpus in it; returns the exchange's id."""
    journal.add_entry(hostile("body"), title=hostile("title"), tags=[hostile("tag")],
                      kind="check-in", mood=2)
    journal.add_commitment(hostile("commitment"))
    exchange = journal.add_exchange(role="host", partner=hostile("partner"),
                                    org=hostile("org"), title=hostile("exchange"))
    journal.add_exchange_note(exchange, hostile("note"), tags=[hostile("note tag")])
    return exchange


@pytest.fixture
def user_files() -> None:
    """A user framework and a user signposting file, both holding escape sequences."""
    folder = paths.user_frameworks_directory()
    folder.mkdir(parents=True)
    (folder / "hostile.toml").write_text(FRAMEWORK, encoding="utf-8")
    prompts = paths.user_prompts_directory()
    prompts.mkdir(parents=True)
    (prompts / "signposting.txt").write_text(f"- Call someone {HOSTILE}\n", encoding="utf-8")


@pytest.fixture
def journal() -> Iterator[Journal]:
    with tui_helpers.memory_journal() as opened:
        yield opened


@pytest.fixture
def app(journal: Journal, tmp_path: Path, user_files: None) -> CoachApp:
    fill_hostile(journal)
    return tui_helpers.build_app(journal, tmp_path)


async def opened(pilot: Pilot[None], screen: Screen[Any]) -> Screen[Any]:
    pilot.app.push_screen(screen)
    await settle(pilot)
    assert pilot.app.screen is screen
    return screen


# ---------------------------------------------------------------------- every view


async def test_home(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert_shown_safely(app, "commitment: Hostile", PLACEHOLDER, "title: Hostile")


async def test_journal_list_preview_search_and_dialogs(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
        await pilot.press("down")  # to the check-in (a note of the exchange is newer)
        await settle(pilot)
        assert app.screen.query_one(EntryList).current.title == hostile("title")
        # the list, and the preview's title, tags and Markdown body
        assert_shown_safely(app, "title: Hostile", "body: Hostile osc52 \\x1b]52;c;",
                            "#tag:-hostile-osc52-\\x1b]52", "[bold]markup[/bold]")
        await pilot.press("t")  # the tag prompt quotes the tags
        await settle(pilot)
        assert isinstance(app.screen, TextPrompt)
        assert_shown_safely(app, "Tags now:")
        await pilot.press("escape", "d")  # the delete question quotes the title
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert_shown_safely(app, "Delete “title: Hostile osc52 \\x1b]52")
        await pilot.press("escape", "slash", *"osc2")
        await pilot.pause(0.4)
        await settle(pilot)
        entries = app.screen.query_one(EntryList)
        assert entries.rows and all(hasattr(row, "snippet") for row in entries.rows)
        assert_shown_safely(app, "Matches for “osc2”", "\\x1b]2;pwned\\x1b\\")


async def test_search_for_a_pasted_escape(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        search = app.screen.query_one("#search", Input)
        search.value = "\x1b]2;title\x07 osc52"  # pasted: the box keeps it as it is
        await pilot.pause(0.4)
        await settle(pilot)
        assert search.value == "\x1b]2;title\x07 osc52"
        assert_shown_safely(app, "Matches for “\\x1b]2;title\\x07 osc52”")


async def test_entry_editor(app: CoachApp, journal: Journal) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        await pilot.press("down", "e")  # the check-in, with the corpus in title and text
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EntryEditor)
        assert editor.query_one("#body", TextArea).text == hostile("body")  # kept as stored
        assert editor.query_one("#title", Input).value == hostile("title")
        assert_shown_safely(app, "body: Hostile osc52 ]52;c;")
        await pilot.press("ctrl+s")  # saved unchanged: still exactly as it was
        await settle(pilot)
        entry = journal.get_entry(1)
        assert entry is not None and entry.body == hostile("body")


async def test_chat_log_stage_panel_and_header(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.action_start("hostile")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        await send(pilot, hostile("answer"))
        assert_shown_safely(app, "Stage \\x1b[2J one",  # the stage panel
                            "Hostile \\x1b]2;title\\x07 frame",  # its title and the header
                            "use Hostile \\x1b]2;title\\x07 frame",  # the coach's opening
                            "answer: Hostile osc52 \\x1b]52")  # the answer's bubble
        assert chat.session is not None
        assert [t.text for t in chat.session.transcript if t.speaker == "you"] == [
            hostile("answer")]


async def test_a_resumed_session_and_its_close(app: CoachApp, journal: Journal) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.action_start("think-it-through")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen)
        for number in range(60):
            session = chat.session
            if session is None or session.finished:
                break
            assert session.pending is not None
            await send(pilot, hostile(f"{session.pending.kind} {number}"))
        assert chat.session is not None and chat.session.finished
        assert_shown_safely(app, "Your commitment: ")
        await pilot.press("escape")
        await settle(pilot)
        (info,) = journal.sessions()
        app.push_screen(ChatScreen(session_id=info.id))  # the whole conversation again
        await settle(pilot)
        assert_shown_safely(app, "Hostile osc52 \\x1b]52")


async def test_the_support_panel_from_a_user_file(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.action_start("think-it-through")
        await settle(pilot)
        await send(pilot, RISKY)
        assert app.screen.query(SupportPanel)
        assert_shown_safely(app, "Call someone Hostile osc52 \\x1b]52")


async def test_picker_and_palette(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.action_reflect()
        await settle(pilot)
        assert isinstance(app.screen, FrameworkPicker)
        await pilot.press(*"hostile")
        await settle(pilot)
        assert_shown_safely(app, "Hostile \\x1b]2;title\\x07 frame",
                            "A purpose \\x1b[2J that clears \\x9b2J", "Stage \\x1b[2J one")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("ctrl+p", *"hostile")
        await settle(pilot)
        await pilot.pause(0.3)
        assert_shown_safely(app, "\\x1b]2;title\\x07 frame")


async def test_exchanges_and_notes(app: CoachApp, journal: Journal) -> None:
    (exchange,) = journal.exchanges()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await opened(pilot, ExchangesScreen())
        assert_shown_safely(app, "exchange: Hostile osc52 \\x1b]52", "With: partner: Hostile")
        await opened(pilot, ExchangeNotesScreen(exchange.id))
        assert_shown_safely(app, "note: Hostile osc52 \\x1b]52",
                            "Notes: exchange: Hostile")  # the header
        box = app.screen.query_one("#note-input", Input)
        box.value = hostile("pasted note")
        await pilot.pause()
        assert_shown_safely(app)
        box.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert journal.exchange_notes(exchange.id)[-1].text == hostile("pasted note")
        assert_shown_safely(app, "pasted note: Hostile osc52 \\x1b]52")


async def test_commitments_and_trends(app: CoachApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await opened(pilot, CommitmentsScreen())
        assert_shown_safely(app, "commitment: Hostile osc52 \\x1b]52")
        await pilot.press("d")  # done: it moves to the other list, still safe
        await settle(pilot)
        assert_shown_safely(app, "✓ commitment: Hostile")
        await opened(pilot, TrendsScreen())
        assert_shown_safely(app, "Your recurring themes")


async def test_practice(app: CoachApp) -> None:
    now = [0.0]
    setup = Setup(speaker=hostile("speaker"), listener="Bo", subject=hostile("subject"),
                  thinking_seconds=60, turn_minutes=5)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await opened(pilot, PracticeScreen(setup, clock=lambda: now[0]))
        assert isinstance(screen, PracticeScreen)
        now[0] = 61
        screen.refresh_clock()
        screen.handle(hostile("move"))
        await settle(pilot)
        assert_shown_safely(app, "subject: Hostile osc52 \\x1b]52", "move: Hostile osc52")


async def test_notifications_and_the_journal_error_screen(app: CoachApp) -> None:
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        app.notify(hostile("notice"), title=hostile("notice title"), markup=False)
        await settle(pilot)
        assert_shown_safely(app, "notice: Hostile osc52", "notice title: Hostile osc52")
        app.push_screen(JournalErrorScreen(hostile("reason"), Path(f"/tmp/{HOSTILE[:40]}")))
        await settle(pilot)
        assert_shown_safely(app, "reason: Hostile osc52 \\x1b]52", "/tmp/Hostile osc52 \\x1b")


# ---------------------------------------------------------------------- a crash


class Broken(Screen[None]):
    def on_mount(self) -> None:
        raise RuntimeError("something the code did not expect")


async def test_a_crash_writes_a_report_and_fails(tmp_path: Path) -> None:
    with tui_helpers.memory_journal() as journal:
        journal.add_entry("A private thought that stays out of the report")
        app = tui_helpers.build_app(journal, tmp_path)
        with pytest.raises(RuntimeError, match="did not expect"):
            async with app.run_test(size=SIZE) as pilot:
                await settle(pilot)
                app.push_screen(Broken())
                await settle(pilot)
    assert app.return_code == 1
    report = app.crash_report
    assert report is not None and report.parent == paths.crash_reports_directory()
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    text = report.read_text(encoding="utf-8")
    assert f"version: coach {__version__}" in text and "time: " in text
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: something the code did not expect" in text
    assert "A private thought" not in text  # no local variables, so no journal text


def test_the_command_line_exits_1_and_names_the_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import coach.tui.app as coach_app_module
    from coach.cli import run

    class Crashing(CoachApp):
        CSS_PATH = str(Path(coach_app_module.__file__).with_name("app.tcss"))

        def on_mount(self) -> None:
            super().on_mount()
            self.push_screen(Broken())

        def run(self, **options: Any) -> Any:
            return super().run(headless=True, size=(80, 24), **options)

    def make(**options: Any) -> CoachApp:
        return Crashing(None, journal_path=tmp_path / "journal.db", open_later=True,
                        settings_path=tmp_path / "config.toml")

    monkeypatch.setattr("coach.tui.app.make_app", make)
    assert run([]) == 1
    err = capsys.readouterr().err
    assert "coach: the app stopped on an unexpected error (RuntimeError)" in err
    (report,) = paths.crash_reports_directory().iterdir()
    assert str(report) in err
    assert "Traceback" not in err  # the traceback is in the report, not on the screen


# ---------------------------------------------------------------------- other programs


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[tuple[Journal, Journal]]:
    """The app's journal file, and a second connection to it (another coach)."""
    path = tmp_path / "shared.db"
    with Journal.open(path, clock=tui_helpers.fixed_clock) as mine:
        tui_helpers.fill(mine)
        with Journal.open(path, clock=tui_helpers.fixed_clock) as theirs:
            yield mine, theirs


async def test_the_journal_list_refreshes_when_the_app_regains_focus(
        shared: tuple[Journal, Journal], tmp_path: Path) -> None:
    mine, theirs = shared
    app = tui_helpers.build_app(mine, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        entries = app.screen.query_one(EntryList)
        entries.highlighted = 2
        chosen = entries.current
        assert chosen is not None and len(entries.entries) == 5
        assert not app.check_for_changes()  # nothing new yet
        theirs.add_entry("Written in another terminal", title="From elsewhere")
        app.post_message(events.AppFocus())
        await settle(pilot)
        assert [e.title for e in entries.entries].count("From elsewhere") == 1
        assert len(entries.entries) == 6
        assert entries.current is not None and entries.current.id == chosen.id  # kept
        star = app.screen.query_one("#entry-meta")
        theirs.set_starred(chosen.id, True)  # the shown entry itself changed
        app.post_message(events.AppFocus())
        await settle(pilot)
        assert "★" in str(star.render())


async def test_a_light_timer_notices_changes_too(
        shared: tuple[Journal, Journal], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    mine, theirs = shared
    monkeypatch.setattr("coach.tui.app.CHANGE_CHECK_SECONDS", 0.05)
    app = tui_helpers.build_app(mine, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        theirs.add_commitment("Call Ana back")
        for _ in range(100):  # no focus event: only the timer can tell
            await pilot.pause(0.05)
            if any("Call Ana back" in item for item in tui_helpers.home_items(app, "c")):
                break
        assert any("Call Ana back" in item for item in tui_helpers.home_items(app, "c"))
        await opened(pilot, CommitmentsScreen())
        theirs.set_commitment_status(2, "done")
        app.check_for_changes()
        await settle(pilot)
        opened_list = app.screen.query_one("#open", OptionList)
        assert all("Call Ana back" not in str(o.prompt) for o in opened_list.options)


async def test_the_apps_own_writes_are_not_news(shared: tuple[Journal, Journal],
                                                tmp_path: Path) -> None:
    mine, _ = shared
    app = tui_helpers.build_app(mine, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not app.check_for_changes()
        with app.db_lock:
            mine.add_entry("Written by this app")
        assert not app.check_for_changes()


# ---------------------------------------------------------------------- deleting


@pytest.fixture
def plain_app(tmp_path: Path) -> Iterator[tuple[CoachApp, Journal]]:
    with tui_helpers.memory_journal() as journal:
        tui_helpers.fill(journal)
        yield tui_helpers.build_app(journal, tmp_path), journal


async def test_typing_ahead_in_the_list_deletes_nothing(
        plain_app: tuple[CoachApp, Journal]) -> None:
    app, journal = plain_app
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        first = app.screen.query_one(EntryList).current
        assert first is not None
        await pilot.press(*"body", *"yes", "y", "Y")  # meant for a search box
        await settle(pilot)
        assert journal.get_entry(first.id) is not None
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        assert dialog.focused is dialog.query_one("#no", Button)  # Cancel is the default
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
        assert journal.count_entries() == 5


async def test_deleting_from_the_keyboard_on_purpose(
        plain_app: tuple[CoachApp, Journal]) -> None:
    app, journal = plain_app
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        first = app.screen.query_one(EntryList).current
        assert first is not None
        await pilot.press("d", "right", "left", "enter")  # back to Cancel: kept
        await settle(pilot)
        assert journal.get_entry(first.id) is not None
        await pilot.press("d", "tab", "enter")
        await settle(pilot)
        assert journal.get_entry(first.id) is None
        assert "Entry deleted." in [n.message for n in app._notifications]


# ---------------------------------------------------------------------- a write that fails


def disk_full(*args: Any, **kwargs: Any) -> Any:
    raise sqlite3.OperationalError("database or disk is full")


async def test_an_answer_survives_a_full_disk(
        plain_app: tuple[CoachApp, Journal], monkeypatch: pytest.MonkeyPatch) -> None:
    app, journal = plain_app
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.action_start("think-it-through")
        await settle(pilot)
        chat = app.screen
        assert isinstance(chat, ChatScreen) and chat.session is not None
        question = chat.session.pending
        monkeypatch.setattr(journal, "record_turn", disk_full)
        await send(pilot, "A long answer I would hate to type again")
        assert app.is_running and app.screen is chat
        (notice,) = [n.message for n in app._notifications if n.severity == "error"]
        assert "full" in notice and "still in the box" in notice
        assert chat.query_one(AnswerBox).text == "A long answer I would hate to type again"
        monkeypatch.undo()
        chat.query_one(AnswerBox).focus()
        await pilot.press("enter")
        await settle(pilot)
        said = [t.text for t in journal.turns(chat.session_id or 0) if t.speaker == "you"]
        assert said == ["A long answer I would hate to type again"]
        assert chat.session is not None and chat.session.pending != question


async def test_a_note_and_an_entry_survive_a_full_disk(
        plain_app: tuple[CoachApp, Journal], monkeypatch: pytest.MonkeyPatch) -> None:
    app, journal = plain_app
    exchange = journal.add_exchange(role="observer", partner="Ana")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await opened(pilot, ExchangeNotesScreen(exchange))
        monkeypatch.setattr(journal, "add_exchange_note", disk_full)
        box = app.screen.query_one("#note-input", Input)
        box.value = "They start with the patient's story"
        box.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert box.value == "They start with the patient's story" and app.is_running
        app.pop_screen()
        await settle(pilot)
        app.action_new_entry()
        await settle(pilot)
        editor = app.screen
        assert isinstance(editor, EntryEditor)
        monkeypatch.setattr(journal, "add_entry", disk_full)
        editor.query_one("#body", TextArea).text = "Pages of reflection"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is editor and app.is_running
        assert editor.query_one("#body", TextArea).text == "Pages of reflection"
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert len(errors) == 2 and all("full" in e for e in errors)

