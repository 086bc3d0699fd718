"""What a test may expect of an answer in each sandbox dialect."""

from __future__ import annotations

from typing import Any

from gigadesk.domain.items import Status
from gigadesk.sandbox.dialect import Dialect


def on_wire(dialect: Dialect, status: Status) -> Status:
    """The status a client reads from an item in `dialect` (UNKNOWN where none is sent)."""
    return status if dialect.send_status else Status.UNKNOWN


def as_sent(dialect: Dialect, item: dict[str, Any]) -> dict[str, Any]:
    """The server's item as `dialect` puts it on the wire."""
    if not dialect.send_status:
        item = {key: value for key, value in item.items() if key not in ("status", "refundedAt")}
    return item


def code_in(dialect: Dialect, code: str) -> str | None:
    """The refusal code a client reads in `dialect` (None where refusals carry none)."""
    return code if dialect.refusal_codes else None
