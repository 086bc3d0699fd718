"""The app's connection state as the status bar and the Refund action tell it, in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gigadesk.services.workspace import Link
from gigadesk.ui.i18n import QT_TRANSLATE_NOOP

# The window's connection state is the workspace's (services.workspace.Link); this module
# only says it in the user's language.
Connection = Link

_LABELS = {
    Link.NOT_CONFIGURED: QT_TRANSLATE_NOOP("Connection", "Not connected"),
    Link.CONNECTING: QT_TRANSLATE_NOOP("Connection", "Connecting…"),
    Link.ONLINE: QT_TRANSLATE_NOOP("Connection", "Online"),
    Link.OFFLINE: QT_TRANSLATE_NOOP("Connection", "Offline"),
    Link.OFFLINE_MODE: QT_TRANSLATE_NOOP("Connection", "Offline mode"),
    Link.REJECTED: QT_TRANSLATE_NOOP("Connection", "Credentials rejected"),
}
_BLOCKERS = {
    Link.ONLINE: None,
    Link.NOT_CONFIGURED: QT_TRANSLATE_NOOP(
        "Connection", "Refunds need a Gigastore account: connect it in Settings."
    ),
    Link.CONNECTING: QT_TRANSLATE_NOOP(
        "Connection", "Refunds need a connection: still connecting to Gigastore."
    ),
    Link.OFFLINE: QT_TRANSLATE_NOOP(
        "Connection",
        "Refunds need a connection to Gigastore, which cannot be reached right now.",
    ),
    Link.OFFLINE_MODE: QT_TRANSLATE_NOOP(
        "Connection", "Refunds need a connection: GigaDesk runs in offline mode."
    ),
    Link.REJECTED: QT_TRANSLATE_NOOP(
        "Connection",
        "Refunds need valid credentials: Gigastore rejected them (check Settings).",
    ),
}


def is_online(state: Link) -> bool:
    """True when refunds may be sent."""
    return state is Link.ONLINE


def state_label(state: Link) -> str:
    """A short text for the status bar (English; translate("Connection", label) shows it)."""
    return _LABELS[state]


def refund_blocker(state: Link) -> str | None:
    """Why a refund cannot be sent in `state` (None when it can), in the user's language."""
    english = _BLOCKERS[state]
    return None if english is None else QCoreApplication.translate("Connection", english)
