"""The app's connection state as the status bar and the Refund action see it."""

from __future__ import annotations

import enum


class Connection(enum.Enum):
    """Whether Gigastore can be reached right now, as far as the app knows."""

    NOT_CONFIGURED = "not_configured"  # no credentials yet
    CONNECTING = "connecting"  # started, first contact not answered yet
    ONLINE = "online"  # the last contact succeeded
    OFFLINE = "offline"  # the last contact failed (no network, a 5xx storm)
    OFFLINE_MODE = "offline_mode"  # --offline: no network at all
    REJECTED = "rejected"  # the server rejected the credentials

    @property
    def online(self) -> bool:
        """True when refunds may be sent."""
        return self is Connection.ONLINE

    @property
    def label(self) -> str:
        """A short text for the status bar."""
        return {
            Connection.NOT_CONFIGURED: "Not connected",
            Connection.CONNECTING: "Connecting…",
            Connection.ONLINE: "Online",
            Connection.OFFLINE: "Offline",
            Connection.OFFLINE_MODE: "Offline mode",
            Connection.REJECTED: "Credentials rejected",
        }[self]

    def refund_blocker(self) -> str | None:
        """Why a refund cannot be sent in this state (None when it can)."""
        return {
            Connection.ONLINE: None,
            Connection.NOT_CONFIGURED: "Refunds need a Gigastore account: connect it in Settings.",
            Connection.CONNECTING: "Refunds need a connection: still connecting to Gigastore.",
            Connection.OFFLINE: "Refunds need a connection to Gigastore, which cannot be reached "
            "right now.",
            Connection.OFFLINE_MODE: "Refunds need a connection: GigaDesk runs in offline mode.",
            Connection.REJECTED: "Refunds need valid credentials: Gigastore rejected them "
            "(check Settings).",
        }[self]
