"""The app's connection state as the status bar and the Refund action see it."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from gigadesk.ui.i18n import QT_TRANSLATE_NOOP


class Connection(enum.Enum):
    """Whether Gigastore can be reached right now, as far as the app knows."""

    NOT_CONFIGURED = "not_configured"  # no credentials yet
    CONNECTING = "connecting"  # started, first contact not answered yet
    ONLINE = "online"  # the last contact succeeded
    OFFLINE = "offline"  # the last contact failed (no network, a 5xx storm)
    OFFLINE_MODE = "offline_mode"  # --offline: no network at all
    REJECTED = "rejected"  # the server rejected the credentials

    @classmethod
    def of(cls, state: enum.Enum) -> Connection:
        """The window's state for the workspace's (services.workspace.Link: the same names)."""
        return cls(state.value)

    @property
    def online(self) -> bool:
        """True when refunds may be sent."""
        return self is Connection.ONLINE

    @property
    def label(self) -> str:
        """A short text for the status bar (English; translate("Connection", label) shows it)."""
        return {
            Connection.NOT_CONFIGURED: QT_TRANSLATE_NOOP("Connection", "Not connected"),
            Connection.CONNECTING: QT_TRANSLATE_NOOP("Connection", "Connecting…"),
            Connection.ONLINE: QT_TRANSLATE_NOOP("Connection", "Online"),
            Connection.OFFLINE: QT_TRANSLATE_NOOP("Connection", "Offline"),
            Connection.OFFLINE_MODE: QT_TRANSLATE_NOOP("Connection", "Offline mode"),
            Connection.REJECTED: QT_TRANSLATE_NOOP("Connection", "Credentials rejected"),
        }[self]

    def refund_blocker(self) -> str | None:
        """Why a refund cannot be sent in this state (None when it can), in the user's language."""
        english = {
            Connection.ONLINE: None,
            Connection.NOT_CONFIGURED: QT_TRANSLATE_NOOP(
                "Connection", "Refunds need a Gigastore account: connect it in Settings."
            ),
            Connection.CONNECTING: QT_TRANSLATE_NOOP(
                "Connection", "Refunds need a connection: still connecting to Gigastore."
            ),
            Connection.OFFLINE: QT_TRANSLATE_NOOP(
                "Connection",
                "Refunds need a connection to Gigastore, which cannot be reached right now.",
            ),
            Connection.OFFLINE_MODE: QT_TRANSLATE_NOOP(
                "Connection", "Refunds need a connection: GigaDesk runs in offline mode."
            ),
            Connection.REJECTED: QT_TRANSLATE_NOOP(
                "Connection",
                "Refunds need valid credentials: Gigastore rejected them (check Settings).",
            ),
        }[self]
        return None if english is None else QCoreApplication.translate("Connection", english)
