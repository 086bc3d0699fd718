"""A report for support in a dialog: a note, the report read-only in a fixed font, Copy and
Close. The crash report and Help > Check the Connection both show theirs so."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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


class ReportDialog(QDialog):
    """Shows `report` under `note`, selectable and copyable as a whole."""

    def __init__(self, title: str, note: str, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(640, 380)
        layout = QVBoxLayout(self)
        self.note = QLabel(note, self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)  # a file path or server text in it
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.report_edit = QPlainTextEdit(self)
        self.report_edit.setReadOnly(True)
        # Lines as written: a report is read (and pasted) line by line.
        self.report_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.report_edit.setPlainText(report)
        layout.addWidget(self.report_edit, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(translate("ReportDialog", "&Copy Report"), self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(680, 440)

    @property
    def report(self) -> str:
        """The report as shown."""
        return self.report_edit.toPlainText()

    def copy_report(self) -> None:
        """Put the whole report on the clipboard, and say so on the button."""
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(translate("ReportDialog", "Copied"))
