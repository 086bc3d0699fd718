"""Cache aggregates for the dashboard: sales, credits and refunds per month, status shares."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from gigadesk.domain.items import ActivatedItem, month_start, next_month, previous_month, utc
from gigadesk.store.cache import Cache
from gigadesk.store.cache_file import CacheError, describe
from gigadesk.store.cache_rows import ITEM_COLUMNS, item_from_row, to_micros
from gigadesk.store.cache_schema import REFUND_UNTOUCHED, REFUNDED_AT
from gigadesk.store.cache_sql import quick_filter_clause
from gigadesk.store.query import QuickFilter

# Money columns hold ten-thousandths of the currency unit (see cache_rows.money_columns).
_MONEY_SCALE = 4
_MICROS = 1_000_000
# The shares of the status chart, in display order; each is the quick filter of that name, so
# the dashboard's numbers always equal the history's filtered counts.
SHARE_FILTERS: tuple[QuickFilter, ...] = (
    QuickFilter.ACTIVE,
    QuickFilter.NOT_YET_ACTIVE,
    QuickFilter.EXPIRED,
    QuickFilter.REFUNDED,
)


@dataclass(frozen=True, slots=True)
class MonthStats:
    """One calendar month (UTC): packages sold, credits spent per currency, refunds made."""

    start: datetime
    sold: int
    credits: dict[str, Decimal]
    refunds: int


@dataclass(frozen=True, slots=True)
class Insight:
    """Everything the dashboard shows, read at one instant."""

    now: datetime
    months: list[MonthStats]
    shares: dict[QuickFilter, int]
    expiring: list[ActivatedItem]  # unused, not refunded, validity ends within the horizon
    expiring_total: int  # may exceed len(expiring) when the list was cut
    horizon_days: int
    total: int
    currencies: list[str] = field(default_factory=list)  # by credits spent, largest first


def month_starts(now: datetime, count: int) -> list[datetime]:
    """The first instants of the `count` calendar months up to and including now's, oldest first."""
    starts = [month_start(now)]
    while len(starts) < count:
        starts.append(previous_month(starts[-1]))
    return starts[::-1]


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """Its own read-only connection, so aggregates may run in a worker thread beside the GUI's."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
    except sqlite3.Error as exc:
        raise describe(exc, path, "opening it for the dashboard") from exc
    try:
        yield conn
    except sqlite3.Error as exc:
        raise describe(exc, path, "reading the dashboard figures") from exc
    finally:
        conn.close()


def _month_index(starts: list[datetime], micros: int) -> int | None:
    bounds = [to_micros(start) for start in starts]
    for number, first in enumerate(bounds):
        if first <= micros < to_micros(next_month(starts[number])):
            return number
    return None


def read_insight(
    source: Cache | Path,
    now: datetime,
    *,
    months: int = 12,
    horizon_days: int = 7,
    list_limit: int = 200,
) -> Insight:
    """The dashboard's figures for the `months` calendar months up to now's (CacheError when
    the cache cannot be read)."""
    if months < 1:
        raise ValueError("months must be at least 1")
    now = utc(now)
    path = source.path if isinstance(source, Cache) else source
    if not path.exists():
        raise CacheError(f"The history cache {path} does not exist yet.")
    starts = month_starts(now, months)
    first, stop = to_micros(starts[0]), to_micros(next_month(now))
    at = to_micros(now)
    month_of = f"strftime('%Y-%m', {{0}} / {_MICROS}, 'unixepoch')"
    with _read_only(path) as conn:
        sold_rows = conn.execute(
            f"SELECT {month_of.format('sales_date')}, min(sales_date), count(*),"
            " purchase_currency, sum(purchase_amount) FROM items"
            " WHERE sales_date >= ? AND sales_date < ?"
            " GROUP BY 1, purchase_currency",
            (first, stop),
        ).fetchall()
        refund_rows = conn.execute(
            f"SELECT min(refunded_at), count(*) FROM items WHERE {REFUNDED_AT}"
            " AND refunded_at >= ? AND refunded_at < ?"
            f" GROUP BY {month_of.format('refunded_at')}",
            (first, stop),
        ).fetchall()
        shares: dict[QuickFilter, int] = {}
        for quick in SHARE_FILTERS:
            clause = quick_filter_clause(quick, at, False)
            found = conn.execute(f"SELECT count(*) FROM items WHERE {clause.sql}", clause.params)
            shares[quick] = int(found.fetchone()[0])
        total = int(conn.execute("SELECT count(*) FROM items").fetchone()[0])
        # Validity ends inside the horizon while the full allowance is left: the package will
        # lapse unused unless the customer starts using it (or the reseller refunds it).
        expiring_where = (
            f"status != 'REFUNDED' AND {REFUND_UNTOUCHED}"
            " AND expired_from > ? AND expired_from <= ?"
        )
        window = (at, to_micros(now + timedelta(days=horizon_days)))
        expiring_total = int(
            conn.execute(f"SELECT count(*) FROM items WHERE {expiring_where}", window).fetchone()[0]
        )
        expiring = [
            item_from_row(row)
            for row in conn.execute(
                f"SELECT {', '.join(ITEM_COLUMNS)} FROM items WHERE {expiring_where}"
                " ORDER BY expired_from, id LIMIT ?",
                (*window, list_limit),
            ).fetchall()
        ]
    sold = [0] * months
    credits: list[dict[str, Decimal]] = [{} for _ in range(months)]
    spent: dict[str, Decimal] = {}
    for _label, earliest, count, currency, amount in sold_rows:
        number = _month_index(starts, int(earliest))
        if number is None:
            continue
        sold[number] += int(count)
        if currency is not None and amount is not None:
            value = Decimal(int(amount)).scaleb(-_MONEY_SCALE)
            credits[number][currency] = credits[number].get(currency, Decimal(0)) + value
            spent[currency] = spent.get(currency, Decimal(0)) + value
    refunds = [0] * months
    for earliest, count in refund_rows:
        number = _month_index(starts, int(earliest))
        if number is not None:
            refunds[number] += int(count)
    return Insight(
        now=now,
        months=[
            MonthStats(start, sold[n], credits[n], refunds[n]) for n, start in enumerate(starts)
        ],
        shares=shares,
        expiring=expiring,
        expiring_total=expiring_total,
        horizon_days=horizon_days,
        total=total,
        currencies=sorted(spent, key=lambda code: (-spent[code], code)),
    )
