"""What was learned of the server (refund route, date format, window, fields), kept per URL."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from gigadesk.api import wire
from gigadesk.store.paths import AppPaths
from gigadesk.store.server_profiles import (
    ServerProfile,
    forget_profile,
    load_profile,
    save_profile,
)

log = logging.getLogger(__name__)

__all__ = ["ProfileKeeper", "ServerProfile"]


class ProfileKeeper:
    """The learned profile of one base URL: handed to clients, updated as they learn."""

    def __init__(self, paths: AppPaths, base_url: str) -> None:
        self._paths = paths
        self.profile = load_profile(paths, base_url)

    def client_options(self) -> dict[str, Any]:
        """GigastoreClient keyword arguments that put what was learned into use."""
        profile = self.profile
        return {
            "refund_prefix": profile.refund_prefix,
            "date_format": profile.date_format or wire.INSTANT,
            "max_window_days": profile.max_window_days,
            "on_learn": self.learn,
        }

    def learn(self, fact: str, value: object) -> None:
        """Remember one fact a client or the sync learned (unknown facts are ignored)."""
        profile = self.profile
        if fact == "refund_prefix" and isinstance(value, str):
            profile = replace(profile, refund_prefix=value, refund_route_source="refund")
        elif fact == "refund_prefix_probed" and isinstance(value, str):
            profile = replace(profile, refund_prefix=value, refund_route_source="probe")
        elif fact == "date_format" and value in wire.DATE_FORMATS:
            profile = replace(profile, date_format=str(value))
        elif fact == "max_window_days" and (value is None or isinstance(value, int)):
            profile = replace(profile, max_window_days=value, month_window_works=value is None)
        elif fact == "month_window_works" and isinstance(value, bool):
            profile = replace(profile, month_window_works=value)
        else:
            return
        self.update(profile)

    def update(self, profile: ServerProfile) -> None:
        """Take `profile` as the new truth and save it when it changed."""
        if profile == self.profile:
            return
        if profile.refund_prefix != self.profile.refund_prefix:
            log.info("server profile: refund route %r", profile.refund_prefix)
        self.profile = profile
        save_profile(self._paths, profile)

    def forget(self) -> None:
        """Forget everything learned of this server; it is learned again, safely."""
        forget_profile(self._paths, self.profile.base_url)
        self.profile = ServerProfile(self.profile.base_url)


def now_text() -> str:
    """The current UTC time as the profile records it."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
