"""The write-ahead refund journal: each attempt is recorded before its POST and settled after."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from gigadesk.domain.items import month_start, next_month
from gigadesk.store.cache_file import no_such_index
from gigadesk.store.cache_rows import from_micros, to_micros
from gigadesk.store.cache_schema import REFUNDED_AT

# The states of an attempt (the `outcome` column). PENDING is written before the POST leaves;
# the others after it. An attempt in UNSETTLED blocks every further POST of its package.
PENDING = "pending"
UNKNOWN = "unknown"
REFUNDED = "refunded"
REFUSED = "refused_by_server"
NOT_SENT = "not_sent"  # the request certainly never reached the server (no connection, 429)
SUPERSEDED = "superseded"  # an "unknown" of an older version, followed by a later attempt
UNSETTLED = (PENDING, UNKNOWN)
_UNSETTLED_SQL = "('pending', 'unknown')"

_COLUMNS = "attempt, uid, at, outcome, message, route, pid, sends, sent_at, settled_at"


@dataclass(frozen=True, slots=True)
class Attempt:
    """One refund attempt: its id (the idempotency key), package, times, process and state."""

    id: str
    uid: str
    at: datetime  # when it was first recorded
    outcome: str
    message: str
    route: str
    pid: int
    sends: int  # how many times the POST was (about to be) sent: more than 1 after a resend
    sent_at: datetime  # when it was last (about to be) sent
    settled_at: datetime | None

    @property
    def unsettled(self) -> bool:
        """True while nobody knows whether the server carried it out."""
        return self.outcome in UNSETTLED


@dataclass(frozen=True, slots=True)
class Reservation:
    """What `reserve` found: the attempt now recorded as pending, or why none was."""

    attempt: Attempt | None
    blocked_by: Attempt | None = None  # an unsettled attempt of the same package
    month_count: int = 0  # refunds of the month, unsettled attempts included
    limit_reached: bool = False


def _attempt(row: tuple[object, ...]) -> Attempt:
    attempt, uid, at, outcome, message, route, pid, sends, sent_at, settled_at = row
    return Attempt(
        str(attempt),
        str(uid),
        from_micros(int(str(at))),
        str(outcome),
        str(message),
        str(route or ""),
        int(str(pid or 0)),
        int(str(sends or 0)),
        from_micros(int(str(sent_at if sent_at is not None else at))),
        None if settled_at is None else from_micros(int(str(settled_at))),
    )


def open_attempt(conn: sqlite3.Connection, uid: str) -> Attempt | None:
    """The unsettled attempt of `uid`, if any (there is at most one)."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM journal WHERE uid = ? AND outcome IN {_UNSETTLED_SQL}"
        " ORDER BY id DESC LIMIT 1",
        (uid,),
    ).fetchone()
    return None if row is None else _attempt(row)


def unsettled(conn: sqlite3.Connection) -> list[Attempt]:
    """Every unsettled attempt, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM journal WHERE outcome IN {_UNSETTLED_SQL} ORDER BY at, id"
    ).fetchall()
    return [_attempt(row) for row in rows]


def month_count(conn: sqlite3.Connection, now: datetime) -> int:
    """Refunds of the UTC month of `now`: refunded items in the cache, journalled refunds the
    cache does not show yet, and every unsettled attempt (it may have gone through)."""
    first, stop = to_micros(month_start(now)), to_micros(next_month(now))
    journalled = conn.execute(
        "SELECT count(DISTINCT journal.uid) FROM journal LEFT JOIN items USING (uid)"
        f" WHERE ((journal.outcome = '{REFUNDED}' AND journal.at >= ? AND journal.at < ?)"
        f"  OR journal.outcome IN {_UNSETTLED_SQL})"
        " AND NOT coalesce(items.status = 'REFUNDED'"
        "  AND items.refunded_at >= ? AND items.refunded_at < ?, 0)",
        (first, stop, first, stop),
    ).fetchone()[0]
    return refunded_items_in_month(conn, now) + int(journalled)


def refunded_items_in_month(conn: sqlite3.Connection, now: datetime) -> int:
    """REFUNDED items whose refund falls in the UTC calendar month of `now`."""
    # SQLite would rather read every refunded row through items_status (status = ? looks
    # more selective than a range): tens of milliseconds at a million items, against a
    # fraction of one along the partial index of refunds by time.
    where = f"WHERE {REFUNDED_AT} AND refunded_at >= ? AND refunded_at < ?"
    window = (to_micros(month_start(now)), to_micros(next_month(now)))
    try:
        found = conn.execute(f"SELECT count(*) FROM items INDEXED BY items_refunds {where}", window)
    except sqlite3.OperationalError as exc:
        if not no_such_index(exc):
            raise
        found = conn.execute(f"SELECT count(*) FROM items {where}", window)  # an old cache
    return int(found.fetchone()[0])


def reserve(
    conn: sqlite3.Connection,
    fresh: Attempt,
    limit: int | None,
    *,
    resend: str | None = None,
) -> Reservation:
    """Record `fresh` as pending inside the caller's (immediate) transaction, unless the
    package has an unsettled attempt or the month's limit is reached.

    `resend` names the unsettled attempt the reseller chose to send again: it is sent once
    more under its own id (and so its own idempotency key) and keeps its slot of the month.
    """
    blocking = open_attempt(conn, fresh.uid)
    if blocking is not None:
        # Only an attempt known to be unanswered is resent: a pending one is being sent (by
        # another process resending it at the same moment, say).
        if blocking.id != resend or blocking.outcome != UNKNOWN:
            return Reservation(None, blocked_by=blocking)
        conn.execute(
            "UPDATE journal SET outcome = ?, message = ?, route = ?, pid = ?,"
            " sends = sends + 1, sent_at = ?, settled_at = NULL WHERE attempt = ?",
            (PENDING, fresh.message, fresh.route, fresh.pid, to_micros(fresh.sent_at), resend),
        )
        again = open_attempt(conn, fresh.uid)
        return Reservation(again, month_count=month_count(conn, fresh.at))
    count = month_count(conn, fresh.at)
    if limit is not None and count >= limit:
        return Reservation(None, month_count=count, limit_reached=True)
    conn.execute(
        f"INSERT INTO journal ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
        (
            fresh.id,
            fresh.uid,
            to_micros(fresh.at),
            PENDING,
            fresh.message,
            fresh.route,
            fresh.pid,
            1,
            to_micros(fresh.sent_at),
        ),
    )
    return Reservation(open_attempt(conn, fresh.uid), month_count=count + 1)


def any_refunded(conn: sqlite3.Connection, attempts: list[Attempt]) -> bool:
    """True when the cache shows the package of one of `attempts` refunded."""
    uids = [attempt.uid for attempt in attempts][:500]
    if not uids:
        return False
    found = conn.execute(
        f"SELECT 1 FROM items WHERE status = 'REFUNDED' AND uid IN ({', '.join('?' for _ in uids)})"
        " LIMIT 1",
        uids,
    ).fetchone()
    return found is not None


def settle_refunded_items(conn: sqlite3.Connection, at: datetime) -> int:
    """Settle as refunded every unsettled attempt whose package the cache shows refunded (a
    sync read it back); how many were settled. Safe: a refunded package is never sent again."""
    return conn.execute(
        f"UPDATE journal SET outcome = ?, message = ?, settled_at = ?"
        f" WHERE outcome IN {_UNSETTLED_SQL}"
        " AND uid IN (SELECT uid FROM items WHERE status = 'REFUNDED')",
        (REFUNDED, "The synced history shows the package refunded.", to_micros(at)),
    ).rowcount


def settle(
    conn: sqlite3.Connection,
    attempt_id: str,
    outcome: str,
    message: str,
    at: datetime,
    *,
    only_unsettled: bool = False,
) -> bool:
    """Record how an attempt ended; True when a row changed. With `only_unsettled`, an
    attempt another process settled meanwhile is left as it is."""
    settled_at = None if outcome in UNSETTLED else to_micros(at)
    where = f" AND outcome IN {_UNSETTLED_SQL}" if only_unsettled else ""
    changed = conn.execute(
        f"UPDATE journal SET outcome = ?, message = ?, settled_at = ? WHERE attempt = ?{where}",
        (outcome, message, settled_at, attempt_id),
    ).rowcount
    return changed > 0
