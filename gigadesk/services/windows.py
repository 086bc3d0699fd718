"""Reading one month of history in windows the server takes: learned format and length."""

from __future__ import annotations

from datetime import datetime, timedelta

from gigadesk.api import wire
from gigadesk.api.client import GigastoreClient
from gigadesk.api.errors import BadPayload, BadRequest
from gigadesk.domain.items import utc

DAY = timedelta(days=1)
MONTH_DAYS = 28  # a window this long that works counts as "a calendar month works"


def pieces(start: datetime, end: datetime, max_days: int | None) -> list[tuple[datetime, datetime]]:
    """[start, end) cut into consecutive windows of at most `max_days` whole days."""
    if max_days is None or end - start <= timedelta(days=max_days):
        return [(start, end)]
    step = timedelta(days=max_days)
    cuts: list[tuple[datetime, datetime]] = []
    left = start
    while left < end:
        right = min(end, left + step)
        cuts.append((left, right))
        left = right
    return cuts


def halves(start: datetime, end: datetime) -> tuple[tuple[datetime, datetime], ...]:
    """Two windows of whole days (the first the shorter), or none when it is one day."""
    days = (end - start) // DAY
    if days <= 1:
        return ()
    middle = start + DAY * (days // 2)
    return (start, middle), (middle, end)


def join_arrays(payloads: list[bytes]) -> bytes:
    """One JSON array holding the elements of several (each must be an array)."""
    if len(payloads) == 1:
        return payloads[0]
    inner: list[bytes] = []
    for payload in payloads:
        stripped = payload.strip()
        if stripped[:1] != b"[" or stripped[-1:] != b"]":
            wire.parse_items(payload)  # raises BadPayload with the reason
            raise BadPayload("expected a JSON array of activated items")
        body = stripped[1:-1].strip()
        if body:
            inner.append(body)
    return b"[" + b",".join(inner) + b"]"


class WindowReader:
    """Reads [start, end) windows, learning the server's date format and longest window.

    A 400 for a window is first checked against the date format (a one-day window in the
    format in use, then in the other); when the format is fine the window is split in halves,
    down to one day, and the longest window that worked is remembered for later reads.
    """

    def __init__(self, client: GigastoreClient) -> None:
        self._client = client
        self._format_confirmed = False
        self._refused_days: int | None = None  # the shortest window refused so far
        self._longest_ok = 0

    async def read(self, start: datetime, end: datetime) -> bytes:
        """The JSON array of items sold in [start, end), read in as many windows as needed."""
        start, end = utc(start), utc(end)
        payloads: list[bytes] = []
        for left, right in pieces(start, end, self._client.max_window_days):
            payloads.extend(await self._read(left, right))
        return join_arrays(payloads)

    async def _read(self, start: datetime, end: datetime) -> list[bytes]:
        try:
            payload = await self._client.items_payload(start, end)
        except BadRequest:
            if not self._format_confirmed and await self._format_was_wrong(start):
                return await self._read(start, end)
            split = halves(start, end)
            if not split:
                raise  # even one day is refused: the refusal stands, in the server's words
            days = (end - start) // DAY
            self._refused_days = min(days, self._refused_days or days)
            return [*await self._read(*split[0]), *await self._read(*split[1])]
        self._worked(start, end)
        return [payload]

    def _worked(self, start: datetime, end: datetime) -> None:
        if not self._format_confirmed:
            self._format_confirmed = True
            self._client.learn("date_format", self._client.date_format)
        days = (end - start) // DAY
        if self._refused_days is None:
            if days >= MONTH_DAYS and self._client.max_window_days is None:
                self._client.learn("month_window_works", True)
            return
        if days > self._longest_ok and days < self._refused_days:
            self._longest_ok = days
            current = self._client.max_window_days
            if current is None or current < days or current >= self._refused_days:
                self._client.learn("max_window_days", days)

    async def _format_was_wrong(self, start: datetime) -> bool:
        """True when the date format in use is refused and the other one works (now in use);
        False when the format in use works (the window was too long) or neither does."""
        day = (start, start + DAY)
        in_use = self._client.date_format
        for form in (in_use, *(f for f in wire.DATE_FORMATS if f != in_use)):
            self._client.date_format = form
            try:
                await self._client.items_payload(*day)
            except BadRequest:
                continue
            self._format_confirmed = True
            self._client.learn("date_format", form)
            return form != in_use
        self._client.date_format = in_use
        return False
