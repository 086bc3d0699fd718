"""What is known of unsettled refund attempts: still in flight elsewhere, or lost, in words."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta

from gigadesk.store.refund_journal import PENDING, Attempt

# A refund (token, the POST within its request deadline of 300 s by default, the read-back
# within another) takes no longer than this; a pending attempt older than this is not in
# flight any more, whatever its process id.
IN_FLIGHT_MAX = timedelta(minutes=15)


def process_alive(pid: int) -> bool:
    """True when a process with this id runs (or may run: when it cannot be told)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        # os.kill(pid, 0) would terminate the process there; the age limit decides instead.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def in_flight_elsewhere(attempt: Attempt, now: datetime) -> bool:
    """True when another process may be sending `attempt` right now."""
    return (
        attempt.outcome == PENDING
        and attempt.pid != os.getpid()
        and now - attempt.sent_at < IN_FLIGHT_MAX
        and process_alive(attempt.pid)
    )


def ago(then: datetime, now: datetime) -> str:
    """'12 minutes ago', 'a moment ago', '3 hours ago', '2 days ago'."""
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 60:
        return "a moment ago" if seconds < 10 else f"{seconds} seconds ago"
    for size, unit in ((86_400, "day"), (3_600, "hour"), (60, "minute")):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    return "a moment ago"  # not reached


def unsettled_notice(attempts: list[Attempt], now: datetime) -> str | None:
    """'1 refund has an unknown outcome: ...' for a start-up notice, or None when all are
    settled."""
    if not attempts:
        return None
    count = len(attempts)
    head = f"{count} refund{' has' if count == 1 else 's have'} an unknown outcome"
    listed = "; ".join(
        f"{attempt.uid} (sent {ago(attempt.sent_at, now)})" for attempt in attempts[:3]
    )
    more = f" and {count - 3} more" if count > 3 else ""
    return f"{head}: {listed}{more}."
