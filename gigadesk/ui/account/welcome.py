"""The first-run view: connect a Gigastore account, or try the demo without one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gigadesk.ui import icons
from gigadesk.ui.account.connection_form import AccountValues, ConnectionForm, ConnectionTester

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


def _card(parent: QWidget, title: str, text: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame(parent)
    card.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 16, 18, 16)
    heading = QLabel(title, card)
    font = heading.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    heading.setFont(font)
    layout.addWidget(heading)
    body = QLabel(text, card)
    body.setWordWrap(True)
    body.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    layout.addWidget(body)
    return card, layout


class WelcomeView(QWidget):
    """Shown while no credentials are known."""

    connect_requested = Signal(object)  # AccountValues
    demo_requested = Signal()

    def __init__(
        self,
        tester: ConnectionTester | None,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        logo = QLabel(self)
        logo.setPixmap(icons.app_icon().pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(logo)
        title = QLabel(translate("WelcomeView", "Welcome to GigaDesk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        subtitle = QLabel(
            translate(
                "WelcomeView",
                "Your eSIM sales history, offline browsing and safe refunds in one window.",
            ),
            self,
        )
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle.setWordWrap(True)
        column.addWidget(subtitle)

        connect_card, connect_layout = _card(
            self,
            translate("WelcomeView", "Connect your Gigastore account"),
            translate(
                "WelcomeView",
                "Use the Client ID and Client Secret from the API page of the reseller portal.",
            ),
        )
        # Where the secret goes is filled in when the view is shown (asking the keychain
        # takes a moment, which a start straight into the history should not wait for).
        self.form = ConnectionForm(tester, secret_note="", parent=connect_card)
        connect_layout.addWidget(self.form)
        self.connect_button = QPushButton(translate("WelcomeView", "Connect"), connect_card)
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self._connect)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        connect_layout.addLayout(buttons)
        column.addWidget(connect_card)

        demo_card, demo_layout = _card(
            self,
            translate("WelcomeView", "Try the demo"),
            translate(
                "WelcomeView",
                "Explore GigaDesk with made-up sales from a demo server on this computer. "
                "No account needed; nothing is sent anywhere.",
            ),
        )
        self.demo_button = QPushButton(translate("WelcomeView", "Try the demo"), demo_card)
        self.demo_button.clicked.connect(self.demo_requested)
        demo_buttons = QHBoxLayout()
        demo_buttons.addStretch(1)
        demo_buttons.addWidget(self.demo_button)
        demo_layout.addLayout(demo_buttons)
        column.addWidget(demo_card)

        row = QHBoxLayout()
        row.addStretch(1)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(560)
        row.addWidget(holder, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def set_values(self, values: AccountValues) -> None:
        """Pre-fill the form (for example the base URL from the command line)."""
        self.form.set_values(values)

    def prefill(self, values: AccountValues, secret_note: str, keychain_missing: bool) -> None:
        """The account and base URL known so far (settings, --base-url), not typed twice; where
        the secret will be kept; the focus on the first field left to fill."""
        form = self.form
        form.set_values(values)
        form.set_secret_storage(secret_note, keychain_missing)
        (form.secret_edit if form.client_id_edit.text() else form.client_id_edit).setFocus()

    def _connect(self) -> None:
        problem = self.form.problem()
        if problem:
            self.form.show_result(False, problem)
            return
        self.connect_requested.emit(self.form.values())
