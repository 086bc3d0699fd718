"""Help > Check the Connection: the report of what the server speaks, with a way to copy it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gigadesk.ui.failure_text import failure_sentence
from gigadesk.ui.runtime.report_dialog import ReportDialog

if TYPE_CHECKING:
    from gigadesk.services.doctor import DoctorReport

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


def check_headline(report: DoctorReport) -> str:
    """What the check found, in one sentence in the user's language (the report itself stays
    English for Gigastore support)."""
    if report.failure is not None:
        return failure_sentence(report.failure)
    if not report.healthy:
        return translate(
            "ConnectionCheck",
            "Gigastore answers and accepts the credentials, but some checks found problems: "
            "the lines marked PROBLEM say which.",
        )
    return translate("ConnectionCheck", "Gigastore answers and accepts the credentials.")


class ConnectionCheckDialog(ReportDialog):
    """Shows the connection check's report (English on purpose: Gigastore support reads it)
    under what it found, in the user's language."""

    def __init__(self, report: DoctorReport, parent: QWidget | None = None) -> None:
        note = translate(
            "ConnectionCheck",
            "GigaDesk looked at the server with safe requests only; no refund was sent. "
            "What it learned is used from now on. The report holds no secret, token or "
            "customer data: copy it for Gigastore support.",
        )
        title = translate("ConnectionCheck", "Connection Check")
        super().__init__(title, f"{check_headline(report)}\n\n{note}", report.text(), parent)
        self.setObjectName("connection-check")
