"""Help > Check the Connection: the report of what the server speaks, with a way to copy it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gigadesk.ui.runtime.report_dialog import ReportDialog

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


class ConnectionCheckDialog(ReportDialog):
    """Shows the connection check's report (English on purpose: Gigastore support reads it)."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        note = translate(
            "ConnectionCheck",
            "GigaDesk looked at the server with safe requests only; no refund was sent. "
            "What it learned is used from now on. The report holds no secret, token or "
            "customer data: copy it for Gigastore support.",
        )
        super().__init__(translate("ConnectionCheck", "Connection Check"), note, report, parent)
        self.setObjectName("connection-check")
