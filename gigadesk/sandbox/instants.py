"""The sandbox's own reading and writing of ISO-8601 UTC instants on the wire."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

# The sandbox deliberately shares no date helpers with gigadesk.domain: it is the other
# side of the wire, and a shared bug would otherwise pass unnoticed on both sides.


def now_utc() -> datetime:
    """The server's real clock, in UTC, to the second (as the wire shows it)."""
    return datetime.now(UTC).replace(microsecond=0)


def parse_instant(text: object) -> datetime | None:
    """An aware UTC datetime from wire text such as 2026-10-01T00:00:00Z; None if unreadable.

    Naive text (no zone) is not an instant and is refused rather than guessed.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    value = text.strip()
    # A '+' in a query string that the client did not percent-encode arrives as a space.
    if " " in value and "T" in value:
        value = value.replace(" ", "+")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(UTC)


def parse_date(text: object) -> datetime | None:
    """Midnight UTC of a plain date such as 2026-10-01; None for anything else."""
    if not isinstance(text, str) or len(text.strip()) != 10:
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def format_instant(moment: datetime) -> str:
    """Wire text for an instant: 2026-10-01T00:00:00Z (UTC, whole seconds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def month_bounds(moment: datetime) -> tuple[datetime, datetime]:
    """The first instant of the UTC calendar month holding `moment`, and of the next one."""
    start = moment.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following


def months_back(moment: datetime, months: int) -> datetime:
    """The first instant of the UTC calendar month `months` months before `moment`'s month."""
    start, _ = month_bounds(moment)
    index = start.year * 12 + (start.month - 1) - months
    return start.replace(year=index // 12, month=index % 12 + 1)


# "MM:SSZ" for every second of an hour, so that formatting an instant is two lookups.
_MINUTES_SECONDS = tuple(f"{second // 60:02d}:{second % 60:02d}Z" for second in range(3600))


class InstantFormatter:
    """Fast wire text for many epoch seconds: everything up to the hour is cached."""

    def __init__(self) -> None:
        self._hours: dict[int, str] = {}

    def __call__(self, epoch: int) -> str:
        """Wire text for whole epoch seconds."""
        hour, rest = divmod(epoch, 3600)
        prefix = self._hours.get(hour)
        if prefix is None:
            prefix = datetime.fromtimestamp(hour * 3600, UTC).strftime("%Y-%m-%dT%H:")
            self._hours[hour] = prefix
        return prefix + _MINUTES_SECONDS[rest]
