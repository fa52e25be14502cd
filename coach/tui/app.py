"""The coach app and the one factory that builds it for the command line and tests."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme

from coach.settings import Settings, load_settings, save_settings
from coach.terminal import printable
from coach.tui.messages import JournalChanged, JournalOpened

if TYPE_CHECKING:
    from coach.engine.frameworks import FrameworkError, LoadResult
    from coach.engine.model import Framework
    from coach.store import Journal

#: How often the app asks the journal whether another program has changed it.
CHANGE_CHECK_SECONDS = 2.0


class CoachApp(App[None]):
    """Home, the coaching chat, practising listening, leadership exchanges, the journal,
    commitments and trends."""

    CSS_PATH = "app.tcss"
    TITLE = "coach"
    SUB_TITLE = "a private coaching companion"
    BINDINGS = [
        Binding("f1", "help", "Help"),
        Binding("question_mark", "help", "Help", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self,
        journal: Journal | None,
        *,
        journal_error: str | None = None,
        journal_path: Path | None = None,
        seed: int | None = None,
        frameworks: LoadResult | None = None,
        settings_path: Path | None = None,
        owns_journal: bool = False,
        open_later: bool = False,
    ) -> None:
        super().__init__()
        self.journal = journal
        self.journal_error = journal_error
        self.journal_path = journal_path
        self.seed = seed
        self.db_lock = threading.RLock()
        self._frameworks = frameworks
        self._frameworks_given = frameworks is not None
        #: each broken framework file already told about, with a mark of its content
        self._told_broken: dict[str, str] = {}
        self._question: Screen[Any] | None = None  # the last "lose unsaved work?" question
        self._settings_path = settings_path
        self._owns_journal = owns_journal
        self._open_later = open_later
        self._data_version: int | None = None  # the journal as this app last saw it
        #: an error nothing caught, and where its report went (None: it couldn't be written)
        self.crash: BaseException | None = None
        self.crash_report: Path | None = None
        self.settings: Settings = load_settings(settings_path)
        wanted = self.settings.theme
        if wanted and wanted in self.available_themes:
            # chosen before the first screen, so its styles are worked out once
            self.theme = wanted

    # ------------------------------------------------------------------ setup

    def get_default_screen(self) -> Screen:
        if self.journal is None and not self._open_later:
            from coach.tui.screens.journal_error import JournalErrorScreen

            return JournalErrorScreen(self.journal_error or "unknown error", self.journal_path)
        from coach.tui.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self._open_later:
            # after the first frame, so the home screen is drawn without waiting on it
            self.call_after_refresh(self._start_opening)
        else:
            self.check_for_changes()
        self.set_interval(CHANGE_CHECK_SECONDS, self.check_for_changes)

    def _start_opening(self) -> None:
        """Load the store's code, then open the file in a worker.

        The import is a few tens of milliseconds of Python and no I/O: done here, once
        the first frame is drawn, it does not compete with the first screen for the
        interpreter as it would in the worker. The worker is left the file itself,
        which may be slow or locked.
        """
        import coach.store  # noqa: F401

        self._open_journal()

    @work(thread=True, exclusive=True, group="journal-open")
    def _open_journal(self) -> None:
        """Open the journal off the UI thread, so the first screen shows at once."""
        from coach.store import Journal, StoreError

        try:
            journal = Journal.open(self.journal_path)
        except StoreError as exc:
            self.call_from_thread(self._journal_failed, str(exc))
            return
        self.call_from_thread(self._journal_opened, journal)

    def _journal_opened(self, journal: Journal) -> None:
        self.journal = journal
        self._owns_journal = True
        self._open_later = False
        self.check_for_changes()
        self.post_message(JournalOpened())
        for screen in self.screen_stack:
            screen.post_message(JournalOpened())

    def _journal_failed(self, reason: str) -> None:
        from coach.tui.screens.journal_error import JournalErrorScreen

        self.journal_error = reason
        self._open_later = False
        self.push_screen(JournalErrorScreen(reason, self.journal_path))

    def _remember_theme(self, theme: Theme) -> None:
        if theme.name == self.settings.theme:
            return
        self.settings.theme = theme.name
        try:
            save_settings(self.settings, self._settings_path)
        except OSError as exc:
            self.notify(f"Couldn't save the theme: {exc}", severity="warning", markup=False)

    def on_unmount(self) -> None:
        if self._owns_journal and self.journal is not None:
            self.journal.close()

    # ------------------------------------------------------------------ other programs

    def on_app_focus(self, event: events.AppFocus) -> None:
        """Back in the terminal window: the journal may have changed meanwhile."""
        self.check_for_changes()

    def check_for_changes(self) -> bool:
        """Tell every open screen to reload if another program changed the journal.

        Asked on a light timer and whenever the app regains focus; the app's own writes
        don't count (its screens show them already). True if something had changed.
        """
        from coach.store import StoreError

        journal = self.journal
        if journal is None or not self.db_lock.acquire(blocking=False):
            return False  # not open yet, or busy: asked again soon
        try:
            version = journal.data_version()
        except StoreError:
            return False
        finally:
            self.db_lock.release()
        changed = self._data_version is not None and version != self._data_version
        self._data_version = version
        if changed:
            for screen in self.screen_stack:
                screen.post_message(JournalChanged())
        return changed

    # ------------------------------------------------------------------ what is shown

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """A notification; what it quotes (a name, a path, an error) is shown safely."""
        super().notify(printable(message), title=printable(title), severity=severity,
                       timeout=timeout, markup=markup)

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header: a screen's sub-title can hold a name typed or imported."""
        return super().format_title(printable(title), printable(sub_title))

    # ------------------------------------------------------------------ unexpected errors

    def _handle_exception(self, error: Exception) -> None:
        """An error nothing caught: write a crash report, then stop with exit code 1."""
        if self.crash is None:
            from coach.crash_reports import write_crash_report

            self.crash = error
            self.crash_report = write_crash_report(error)
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        """Stop without printing a traceback of local variables (they hold journal text):
        the command line says where the crash report is."""
        self.bell()
        self._close_messages_no_wait()

    # ------------------------------------------------------------------ data

    @property
    def frameworks(self) -> LoadResult:
        if self._frameworks is None:
            return self.reload_frameworks()
        return self._frameworks

    def reload_frameworks(self) -> LoadResult:
        """Read the framework files again, so a file added, fixed or broken shows up
        without a restart (the picker does this each time it opens).

        Each broken file is told once per run, and again only when its content changes.
        Frameworks handed to :func:`make_app` are kept as they are.
        """
        if self._frameworks is not None and self._frameworks_given:
            return self._frameworks
        from coach.engine.frameworks import load_frameworks

        self._frameworks = load_frameworks()
        told: dict[str, str] = {}
        for error in self._frameworks.errors:
            told[error.path] = content_mark(error)
            if self._told_broken.get(error.path) != told[error.path]:
                self.notify(f"Skipped a broken framework: {error}", severity="warning",
                            markup=False, timeout=8)
        self._told_broken = told  # a file fixed and broken again is told again
        return self._frameworks

    def framework(self, framework_id: str) -> Framework | None:
        return self.frameworks.frameworks.get(framework_id)

    # ------------------------------------------------------------------ navigation

    def _unsaved_screen(self) -> Any:
        """The open screen holding work that leaving would lose, if any."""
        for screen in reversed(self.screen_stack):
            unsaved_work = getattr(screen, "unsaved_work", None)
            if unsaved_work is not None and unsaved_work():
                return screen
        return None

    def _ask_first(self, then: Callable[[], object], verb: str) -> bool:
        """Ask before ``then`` when it would lose unsaved work; True if asking.

        The screen holding the work asks its own question when it is on top (a
        practice offers to keep its scorecard); otherwise a plain question is asked.
        While a question is showing, another "Quit" quits and "Leave" waits.
        """
        from coach.tui.screens.confirm import ConfirmScreen

        if self._question is not None and self._question in self.screen_stack:
            return verb != "Quit"
        screen = self._unsaved_screen()
        if screen is None:
            return False
        if screen is self.screen:
            question = screen.ask_to_leave(then)
            if question is not None:
                self._question = question
                return True
        what = screen.unsaved_work()
        self._question = ConfirmScreen(
            f"{verb} now? {what[0].upper()}{what[1:]} will be lost.", yes=verb, no="Stay"
        )
        self.push_screen(self._question, lambda yes: then() if yes else None)
        return True

    async def action_quit(self) -> None:
        """Quit, asking first if an open screen holds work that would be lost."""
        if not self._ask_first(self.exit, "Quit"):
            self.exit()

    def action_home(self) -> None:
        if not self._ask_first(self._go_home, "Leave"):
            self._go_home()

    def _go_home(self) -> None:
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) == 2 and not self.screen.is_modal:
            self.pop_screen()

    def _open(self, screen: Screen) -> None:
        if self.journal is None:
            if self._open_later:
                self.notify("One moment: the journal is still opening.", markup=False)
            return
        self.push_screen(screen)

    def action_reflect(self) -> None:
        from coach.tui.screens.picker import FrameworkPicker

        self._open(FrameworkPicker())

    def action_start(self, framework_id: str) -> None:
        from coach.tui.screens.chat import ChatScreen

        framework = self.framework(framework_id)
        if framework is None:
            self.notify(f"There is no framework called {framework_id}", severity="error",
                        markup=False)
            return
        self._open(ChatScreen(framework=framework))

    def action_resume(self, session_id: int) -> None:
        from coach.tui.screens.chat import ChatScreen

        self._open(ChatScreen(session_id=session_id))

    def action_practise(self) -> None:
        from coach.tui.screens.practice import PracticeScreen

        self._open(PracticeScreen())

    def action_exchanges(self) -> None:
        from coach.tui.screens.exchange import ExchangesScreen

        self._open(ExchangesScreen())

    def action_journal(self) -> None:
        from coach.tui.screens.journal import JournalScreen

        self._open(JournalScreen())

    def action_new_entry(self, template: str = "free") -> None:
        from coach.tui.screens.entry_editor import EntryEditor

        self._open(EntryEditor(template=template))

    def action_commitments(self) -> None:
        from coach.tui.screens.commitments import CommitmentsScreen

        self._open(CommitmentsScreen())

    def action_trends(self) -> None:
        from coach.tui.screens.trends import TrendsScreen

        self._open(TrendsScreen())

    def action_help(self) -> None:
        from coach.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    # ------------------------------------------------------------------ palette

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from coach.tui.palette import commands_for

        yield from commands_for(self, screen)
        yield from super().get_system_commands(screen)


def content_mark(error: FrameworkError) -> str:
    """A digest of a broken framework file's content (its error, if it can't be read)."""
    import hashlib

    try:
        return hashlib.sha256(Path(error.path).read_bytes()).hexdigest()
    except OSError:
        return str(error)


def make_app(
    journal: Journal | None = None,
    *,
    db: str | Path | None = None,
    seed: int | None = None,
    frameworks: LoadResult | None = None,
    settings_path: Path | None = None,
) -> CoachApp:
    """The app on ``journal``, or on the journal file at ``db`` (``COACH_DB``, default).

    The file is opened in the background once the app is up; one that can't be opened
    gives a screen that explains why, and where.
    """
    if journal is not None:
        return CoachApp(journal, seed=seed, frameworks=frameworks, settings_path=settings_path)
    from coach import paths

    return CoachApp(None, journal_path=paths.database_file(db), seed=seed,
                    frameworks=frameworks, settings_path=settings_path, open_later=True)
