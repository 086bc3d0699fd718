"""Help > Check the Connection: the report of what the server speaks, with a way to copy it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


class ConnectionCheckDialog(QDialog):
    """Shows the connection check's report (English on purpose: Gigastore support reads it)."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection-check")
        self.setWindowTitle(translate("ConnectionCheck", "Connection Check"))
        self.setMinimumSize(640, 380)
        layout = QVBoxLayout(self)
        note = QLabel(
            translate(
                "ConnectionCheck",
                "GigaDesk looked at the server with safe requests only; no refund was sent. "
                "What it learned is used from now on. The report holds no secret, token or "
                "customer data: copy it for Gigastore support.",
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report.setPlainText(report)
        layout.addWidget(self.report)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(translate("ConnectionCheck", "&Copy Report"), self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def copy_report(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self.report.toPlainText())
        self.copy_button.setText(translate("ConnectionCheck", "Copied"))
