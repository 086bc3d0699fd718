"""What the window says of its state: a sync's progress, waits and outcome in the status bar,
the connection state and its banner, new rows while a sync writes, notices to read once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer

from gigadesk.services.workspace import AccountWorkspace, Failure, Notice
from gigadesk.ui.failure_text import Problem, notice_problem, problem_of
from gigadesk.ui.formatting import number_text
from gigadesk.ui.i18n import arg, counted
from gigadesk.ui.refunds.unsettled import BANNER_KIND, SETTLE_ACTION, unsettled_banner
from gigadesk.ui.shell.banner import NOTICE, Banner, connection_banner
from gigadesk.ui.shell.connection import Connection
from gigadesk.ui.shell.status_bar import StatusBar

if TYPE_CHECKING:
    from gigadesk.services.sync import SyncProgress, SyncResult

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

SYNC_REFRESH_MS = 2500  # while a sync runs, show new rows at most this often


class StatusDisplay(QObject):
    """Turns the sync flow's signals, read failures and notices into what the status bar, the
    banner and the table show."""

    def __init__(
        self,
        status: StatusBar,
        banner: Banner,
        workspace: Callable[[], AccountWorkspace],
        reload: Callable[..., None],
        changed: Callable[[], None],
        update_actions: Callable[[], None],
        retry: Callable[[], None],
        open_settings: Callable[[], None],
        settle: Callable[[str], object],
    ) -> None:
        super().__init__(status)
        self._status, self._banner, self._workspace = status, banner, workspace
        self._reload = reload  # AppWindow.reload: the rows, the pane and the figures again
        self._changed = changed  # the pane and the actions say what the new state allows
        self._update_actions = update_actions
        self._retry, self._open_settings = retry, open_settings  # the banner's buttons
        self._settle = settle  # check a refund whose outcome is unknown (by Purchase ID)
        self._refresh = QTimer(self)
        self._refresh.setInterval(SYNC_REFRESH_MS)
        self._refresh.timeout.connect(self.refresh_during_sync)
        self._dirty = False
        self._windows_shown = 0

    def state_changed(self, state: Connection, problem: Problem | None) -> None:
        """The connection state (and why, when a failure brought it) in the status bar and
        the banner; the failure's English specifics only in their tooltips."""
        workspace = self._workspace()
        synced_at = workspace.cache.last_synced_at()
        self._status.set_state(state, problem.tooltip() if problem is not None else "")
        self._status.set_as_of(synced_at, workspace.clock())
        message = connection_banner(state, problem, synced_at)
        if message is None:
            self._banner.clear("offline")
            self._banner.clear("rejected")
        else:
            self._banner.show_message(*message, details=problem.details if problem else "")
        self._changed()  # Refundable now, or when online

    def banner_action(self, action: str) -> None:
        """The banner's button: try again, open the settings, or dismiss."""
        if action == "retry":
            self._retry()
        elif action == "settings":
            self._open_settings()
        elif action == SETTLE_ACTION:
            attempts = self._workspace().cache.unsettled_refunds()
            if attempts:
                self._settle(attempts[0].uid)
        else:
            self._banner.dismiss()

    def show_unsettled(self) -> None:
        """The banner of refunds whose outcome is unknown (a lost answer, a crash), or none."""
        workspace = self._workspace()
        message = unsettled_banner(workspace.cache.unsettled_refunds(workspace.clock()))
        if message is None:
            self._banner.clear(BANNER_KIND)
        else:
            self._banner.show_message(*message)

    def notice(self, notice: Notice) -> None:
        """A notice to read once (a settings file set aside, a cache rebuilt), the store's
        English words as the banner's tooltip."""
        self._show_notice(notice_problem(notice))

    def _show_notice(self, problem: Problem) -> None:
        dismiss = translate("AppWindow", "Dismiss")
        self._banner.show_message(NOTICE, problem.text, dismiss, "dismiss", details=problem.details)

    def read_failed(self, failure: Failure) -> None:
        """The history could not be read from the cache: why, with the cache's own words as
        the banner's tooltip."""
        problem = problem_of(failure)
        text = arg(translate("AppWindow", "Reading the history failed: %1"), problem.text)
        self._show_notice(Problem(text, problem.details))

    def progress(self, progress: SyncProgress) -> None:
        """A window done, or a wait before trying again."""
        self._status.show_progress(
            progress.windows_done, progress.windows_total, progress.items_so_far
        )
        if progress.waiting_seconds is not None:
            self._status.show_wait(progress.waiting_seconds, progress.waiting_status)
        if progress.windows_done > self._windows_shown:
            self._windows_shown = progress.windows_done
            self._dirty = True  # a month was written: worth showing soon
        if not self._refresh.isActive():
            self._refresh.start()
        self._update_actions()

    def refresh_during_sync(self) -> None:
        """Show the rows written so far (at most every SYNC_REFRESH_MS)."""
        if self._dirty:
            self._dirty = False
            # The month's refunds are counted again when the sync ends: counting them now
            # would stall the GUI thread on a cache the sync is busy writing.
            self._reload(refund_context=False, after_sync=True)

    def finished(self, result: SyncResult) -> None:
        """How many items, how fast, and what was skipped."""
        seconds = QLocale().toString(result.seconds, "f", 1)
        text = counted(
            result.items,
            translate("AppWindow", "Synced %1 item in %2 s."),
            translate("AppWindow", "Synced %1 items in %2 s."),
            number_text(result.items),
            seconds,
        )
        if result.skipped:
            skipped = len(result.skipped)
            text += " " + counted(
                skipped,
                translate("AppWindow", "%1 item could not be read and was skipped."),
                translate("AppWindow", "%1 items could not be read and were skipped."),
                number_text(skipped),
            )
        self._status.showMessage(text, 10000)

    def failed(self, problem: Problem) -> None:
        """Why the sync stopped, in a few words; the whole sentence and the specifics in the
        message's tooltip."""
        text = arg(translate("AppWindow", "Sync stopped: %1"), problem.short)
        self._status.show_problem(Problem(text, problem.tooltip()), 10000)

    def ended(self) -> None:
        """After every run: the rows, the month's refunds and the clock's notice again."""
        self._status.set_clock_notice(self._workspace().clock_notice())  # the server's Date
        self._refresh.stop()
        self._dirty, self._windows_shown = False, 0
        self._status.hide_progress()
        self.show_unsettled()  # the sync may have read an unknown refund back as refunded
        self._reload(after_sync=True)
        self._update_actions()
