"""Failures from the API and store layers read in the user's language: a sentence per cause as
the headline, the lower layers' English specifics only as details (tooltip, Details, log)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_helpers import SandboxDemo, until
from window_rig import WindowRig, run_bulk, select_rows

from gigadesk.api.errors import Offline
from gigadesk.services.doctor import check_connection
from gigadesk.services.refunds import RefundOutcome
from gigadesk.services.server_profile import ProfileKeeper
from gigadesk.services.session import Session, SessionOptions
from gigadesk.services.workspace import (
    Cause,
    CheckOutcome,
    ConnectionCheck,
    Failure,
    FailureKind,
    Notice,
    NoticeKind,
    failure_of,
)
from gigadesk.store.paths import AppPaths
from gigadesk.store.query import QuickFilter
from gigadesk.ui import i18n
from gigadesk.ui.account import connection_form
from gigadesk.ui.account.connection_check import ConnectionCheckDialog, check_headline
from gigadesk.ui.failure_text import (
    HEADLINES,
    NOTICES,
    SENTENCES,
    notice_problem,
    problem_of,
    start_failure_text,
)
from gigadesk.ui.refunds.flow import outcome_text
from gigadesk.ui.runtime.controller import AppController, LaunchOptions
from gigadesk.ui.shell.connection import Connection

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SPECIFICS = "the lower layer's English words"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """German for the test; English and the old default locale come back after."""
    before = QLocale()
    i18n.install_translators(qapp, "de")
    yield
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(before)


@pytest.mark.parametrize("code", ["de", "es"])
def test_every_cause_and_kind_has_a_translated_sentence(qapp: QApplication, code: str) -> None:
    # A new cause (or kind) cannot be added without its words: the table must hold it, and
    # both catalogues must translate it. The same for what a notice tells.
    assert set(SENTENCES) == set(Cause) == set(HEADLINES) and set(NOTICES) == set(NoticeKind)
    assert {cause.kind for cause in Cause} == set(FailureKind)
    before = QLocale()
    try:
        i18n.install_translators(qapp, code)
        seen: set[str] = set()
        for cause in Cause:
            problem = problem_of(Failure(cause.kind, SPECIFICS, cause))
            assert problem.text and problem.text != SENTENCES[cause], (code, cause)
            assert problem.headline and problem.headline != HEADLINES[cause], (code, cause)
            assert problem.text not in seen, cause  # every cause says something of its own
            seen.add(problem.text)
        for kind in NoticeKind:
            text = notice_problem(Notice(SPECIFICS, kind)).text
            assert text and text != NOTICES[kind] and text not in seen, (code, kind)
            if cause is Cause.REFUSED:  # the server's words, quoted, are the point
                assert SPECIFICS in problem.text and problem.details == ""
            else:
                assert SPECIFICS not in problem.text and problem.details == SPECIFICS
    finally:
        i18n.install_translators(qapp, "en")
        QLocale.setDefault(before)


def test_a_german_window_whose_gigastore_goes_away_says_so_in_german(
    rig: WindowRig, german: None
) -> None:
    window = rig.synced_window()
    assert window.sync_flow.state is Connection.ONLINE
    rig.sandbox.stop()  # mid-session: the next sync finds nobody
    window.start_sync()
    rig.loop.run_until_complete(window.sync_flow.wait())

    assert window.sync_flow.state is Connection.OFFLINE
    specifics = window.sync_flow.last_error or ""
    assert specifics.startswith("cannot reach Gigastore at")  # the client's English words
    sentence = "Gigastore ist nicht erreichbar: Es konnte keine Verbindung hergestellt werden."
    banner = window.banner.label.text()
    assert banner.startswith("Offline: " + sentence), banner
    assert "Erstattungen brauchen eine Verbindung" in banner
    assert "cannot reach" not in banner and specifics in window.banner.label.toolTip()
    # The status bar has room for a few words; its tooltip holds the sentence and specifics.
    assert window.status.currentMessage() == "Abgleich angehalten: Gigastore ist nicht erreichbar"
    assert sentence in window.status.toolTip() and specifics in window.status.toolTip()
    assert window.status.state_label.text() == "Offline"
    assert specifics in window.status.state_label.toolTip()


def test_a_rejected_secret_reads_in_german(rig: WindowRig, german: None) -> None:
    window = rig.rejected_window()
    assert window.sync_flow.state is Connection.REJECTED
    banner = window.banner.label.text()
    assert banner.startswith(
        "Gigastore hat die Client-ID oder das Secret abgelehnt. Prüfen Sie beides in den "
        "Einstellungen."
    ), banner
    assert "credentials rejected" not in banner
    assert "credentials rejected by Gigastore" in window.banner.label.toolTip()
    assert window.banner.button.text() == "Einstellungen…"
    assert "wrong" not in window.banner.label.toolTip()  # never the secret


def test_a_damaged_cache_reads_in_german(rig: WindowRig, german: None) -> None:
    window = rig.synced_window()
    assert window.model is not None
    failures: list[Failure] = []
    window.model.read_failed.connect(failures.append)
    for cache in rig.caches:  # everything into the file, which is then overwritten
        cache._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damaged = bytearray(rig.cache_path.read_bytes())
    damaged[4096:] = b"\x5a" * (len(damaged) - 4096)  # every page but the first
    rig.cache_path.write_bytes(bytes(damaged))

    window.apply_filter(QuickFilter.REFUNDABLE)  # pages the window has not read yet
    rig.loop.run_until_complete(until(lambda: bool(failures)))

    assert failures[0].cause is Cause.CACHE_DAMAGED
    assert window.banner.isVisible() and window.banner.kind == "notice"
    banner = window.banner.label.text()
    assert banner.startswith(
        "Die Historie konnte nicht gelesen werden: Der Cache der Historie auf diesem Computer "
        "ist beschädigt."
    ), banner
    assert str(rig.cache_path) not in banner  # the file's path is a detail
    assert f"The history cache {rig.cache_path} is damaged" in window.banner.label.toolTip()


def test_an_export_that_cannot_be_written_says_why_with_details(
    rig: WindowRig, german: None, tmp_path: Path
) -> None:
    window = rig.synced_window()
    target = tmp_path / "no such folder" / "history.csv"
    assert rig.loop.run_until_complete(window.export_to(target)) == 0
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert len(boxes) == 1
    box = boxes[0]
    assert box.windowTitle() == "Export fehlgeschlagen"
    assert box.text().startswith(f"Export nach {target} nicht möglich. Eine Datei konnte")
    assert "No such file" in box.detailedText()  # the system's words, behind Details
    box.close()


def test_a_connection_test_and_a_failed_start_read_in_german(german: None) -> None:
    specifics = "cannot reach Gigastore at https://api.example (connection refused)"
    check = ConnectionCheck(CheckOutcome.UNREACHABLE, specifics, failure_of(Offline(specifics)))
    outcome = connection_form.test_outcome(check)
    assert not outcome.ok
    assert outcome.message.startswith("Gigastore ist nicht erreichbar")
    assert outcome.details == specifics and specifics not in outcome.message

    failure = failure_of(PermissionError(13, "Permission denied", "/data/gigadesk"))
    assert failure.cause is Cause.NOT_WRITABLE
    text = start_failure_text(PermissionError(13, "Permission denied", "/data/gigadesk"))
    first, details = text.split("\n")
    assert first.startswith("GigaDesk kann nicht starten: GigaDesk darf dort nicht schreiben")
    assert "Permission denied" in details


def test_a_cache_set_aside_at_start_is_told_in_german(
    loop: asyncio.AbstractEventLoop, qtbot: object, tmp_path: Path, german: None
) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    paths.settings_file.write_text('{"client_id": "demo-reseller"}')  # the history, not welcome
    paths.cache_file.write_bytes(b"not a database" * 1000)
    controller = AppController(
        LaunchOptions(data_dir=tmp_path, offline=True), SandboxDemo(tmp_path)
    )
    assert controller.show_window()
    window = controller.window
    assert window is not None

    try:
        assert window.banner.isVisible() and window.banner.kind == "notice"
        banner = window.banner.label.text()
        assert banner.startswith(
            "Der Cache der Historie war beschädigt und wurde beiseitegelegt"
        ), banner
        assert "corrupt-" not in banner  # where it went is a detail
        assert ".corrupt-" in window.banner.label.toolTip()
        # The offline-mode banner that follows covers the notice; it is not lost: dismissing
        # the one brings the other back.
        window.finish_startup()
        assert window.banner.kind == "offline"
        window.banner.button.click()
        assert window.banner.isVisible() and window.banner.label.text() == banner
        window.banner.button.click()
        assert not window.banner.isVisible()
    finally:
        loop.run_until_complete(controller.shutdown())


def test_a_settings_file_that_could_not_be_read_is_told_in_german(
    tmp_path: Path, german: None
) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    paths.settings_file.write_text("{ not json")
    session = Session.start(SessionOptions(data_dir=tmp_path, offline=True))
    (notice,) = session.notices
    assert notice.kind is NoticeKind.SETTINGS_RESET
    problem = notice_problem(notice)
    assert problem.text.startswith("Die Einstellungsdatei konnte nicht gelesen werden")
    assert problem.details == str(notice) and "not valid JSON" in problem.details


def test_the_connection_checks_finding_reads_in_german(
    rig: WindowRig, german: None, tmp_path: Path
) -> None:
    rig.workspace()
    client = rig.clients[-1]
    keeper = ProfileKeeper(AppPaths.under(tmp_path / "data").ensure(), rig.sandbox.base_url)
    answered = rig.loop.run_until_complete(check_connection(client, keeper))
    assert answered.failure is None
    assert check_headline(answered).startswith("Gigastore antwortet und akzeptiert")

    rig.sandbox.stop()
    report = rig.loop.run_until_complete(check_connection(client, keeper))
    dialog = ConnectionCheckDialog(report)
    try:
        note = dialog.note.text()
        assert note.startswith("Gigastore ist nicht erreichbar: Es konnte keine Verbindung"), note
        assert "cannot reach" not in note
        assert "PROBLEM: cannot reach Gigastore" in dialog.report  # English, for support
    finally:
        dialog.deleteLater()


def test_a_bulk_refund_that_cannot_reach_gigastore_says_so_in_german(
    rig: WindowRig, german: None
) -> None:
    window = rig.synced_window()
    window.apply_filter(QuickFilter.REFUNDABLE)
    assert window.model is not None and window.model.rowCount() >= 2
    window.select_row(0)
    select_rows(window, 0, 1)
    rig.sandbox.stop()  # the window still thinks it is online: the refund finds nobody

    results = rig.loop.run_until_complete(run_bulk(rig, window, accept=True))
    assert results is not None and len(results) == 2
    for result in results:
        # Nothing reached Gigastore: "not sent", and why, in German (never "not known").
        assert result.outcome is RefundOutcome.REFUSED_LOCALLY
        assert result.message.startswith("Gigastore ist nicht erreichbar"), result.message
        text = outcome_text(result)
        assert text.startswith("Nicht gesendet: Gigastore ist nicht erreichbar"), text


def test_a_single_refund_that_cannot_reach_gigastore_says_it_was_not_sent(
    rig: WindowRig, german: None
) -> None:
    # It said "the refund request failed … refresh to see whether it was refunded", while
    # the service raises only before anything left: nothing was sent, and it can say so.
    window = rig.synced_window()
    window.apply_filter(QuickFilter.REFUNDABLE)
    window.select_row(0)
    target = window.current.uid
    assert target is not None and window.commands.refund.isEnabled()
    rig.sandbox.stop()  # the window still thinks it is online
    flow = window.refund_flow

    async def refund() -> None:
        opened = asyncio.Event()
        flow.dialog_opened.connect(lambda _dialog: opened.set())
        window.commands.refund.trigger()
        await asyncio.wait_for(opened.wait(), 5)
        assert flow.dialog is not None
        flow.dialog.refund_button.click()
        await until(lambda: flow.last_box is not None, within=30)

    rig.loop.run_until_complete(refund())
    box = flow.last_box
    assert box is not None and box.windowTitle() == "Erstattung nicht gesendet"
    assert box.text().startswith(f"Die Erstattung von {target} wurde nicht gesendet: Gigastore")
    assert "Nichts hat Gigastore erreicht" in box.text()
    assert all(entry.outcome != "unknown" for entry in window.workspace.cache.journal())
    box.close()
