"""The time the refund rules are judged at: the local clock, or the server's when they disagree."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

# Beyond this, the local clock is taken to be wrong and the server's Date header wins.
TRUSTED_SKEW = timedelta(minutes=1)


class Clock:
    """Current UTC time, corrected by the server's clock when the local one is off."""

    def __init__(
        self,
        offset_source: Callable[[], timedelta | None] | None = None,
        local: Callable[[], datetime] | None = None,
    ) -> None:
        self._offset_source = offset_source
        self._local = local or (lambda: datetime.now(UTC))

    def offset(self) -> timedelta | None:
        """The server's clock minus ours, when it is large enough to matter."""
        offset = self._offset_source() if self._offset_source else None
        if offset is None or abs(offset) <= TRUSTED_SKEW:
            return None
        return offset

    def now(self) -> datetime:
        """The instant to judge at."""
        offset = self.offset()
        local = self._local()
        return local + offset if offset is not None else local

    def notice(self) -> str | None:
        """A sentence for the user when the server's clock is used instead of ours."""
        offset = self.offset()
        if offset is None:
            return None
        minutes = round(abs(offset).total_seconds() / 60)
        direction = "behind" if offset > timedelta(0) else "ahead of"
        return (
            f"This computer's clock is about {minutes} minutes {direction} Gigastore's; "
            "refund rules are judged by the server's clock."
        )
