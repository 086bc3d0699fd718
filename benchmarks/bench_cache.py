"""Cache benchmark: build a large history cache, then time searches, sorts and filters.

Run: .venv/bin/python benchmarks/bench_cache.py [--items 1000000] [--keep DIR]

Items are made directly as domain ActivatedItems (with raw JSON shaped like the wire format)
by a fast seeded generator, written one month window per transaction as a sync does, and
then read back through the same Cache calls the window and the CLI use.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from gigadesk.domain.items import (
    ActivatedItem,
    DataAllowance,
    Money,
    Status,
    Validity,
    month_start,
    next_month,
    previous_month,
)
from gigadesk.store.cache import Cache
from gigadesk.store.query import HistoryQuery, QuickFilter, SortKey

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
PAGE = 100
GB = 10**9

PLANS = [
    ("eSIM Europe", "EU"),
    ("USA Unlimited", "US"),
    ("Asia Explorer", "ASIA"),
    ("Global Traveller", "GLOBAL"),
    ("UK Plus", "UK"),
    ("Swiss Alps", "CH"),
    ("Turkey Connect", "TR"),
    ("Japan Go", "JP"),
    ("Latin America", "LATAM"),
    ("Africa Wide", "AFRICA"),
]
SIZES = [1, 3, 5, 10, 20, 50]
FIRST = ["anna", "ben", "carla", "dmitri", "emma", "felix", "greta", "hugo", "ines", "jonas"]
LAST = ["novak", "smith", "garcia", "rossi", "muller", "dubois", "kowalski", "silva", "kim"]
DOMAINS = ["mail.example.org", "example.com", "travel.example.net", "inbox.example.de"]
CHANNELS = [("Application Programming Interface", "API"), ("Reseller Portal", "PORTAL")]
MODES = ["NOW", "FIRST_USE", "ON_DEMAND"]


def _instant(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _uid(rng: random.Random) -> str:
    text = f"{rng.getrandbits(128):032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def make_item(rng: random.Random, number: int, sold: datetime) -> ActivatedItem:
    """One plausible item, with a raw dict shaped like the wire JSON."""
    plan, region = PLANS[rng.randrange(len(PLANS))]
    size = SIZES[rng.randrange(len(SIZES))]
    name = f"{plan} {size} GB"
    total = size * GB
    days = 7 if size <= 1 else 30
    roll = rng.random()
    status = (
        Status.PURCHASED
        if roll < 0.7
        else Status.ACTIVATED
        if roll < 0.9
        else Status.REFUNDED
        if roll < 0.95
        else Status.UNKNOWN
    )
    activated = sold + timedelta(hours=rng.randrange(0, 240)) if rng.random() < 0.85 else None
    expires = (activated or sold) + timedelta(days=days if activated else 180)
    remaining = total if activated is None or rng.random() < 0.3 else rng.randrange(0, total)
    refunded = sold + timedelta(days=1) if status is Status.REFUNDED else None
    price = Decimal(size * 90 + rng.randrange(0, 60)) / 100
    email = (
        f"{FIRST[rng.randrange(len(FIRST))]}.{LAST[rng.randrange(len(LAST))]}"
        f"{rng.randrange(1000)}@{DOMAINS[rng.randrange(len(DOMAINS))]}"
    )
    customer_uid = _uid(rng)
    iccid = f"8937204016{rng.randrange(10**9):09d}"
    metatag = f"order {number}"
    channel, code = CHANNELS[rng.randrange(len(CHANNELS))]
    mode = MODES[rng.randrange(len(MODES))]
    uid = _uid(rng)
    raw: dict[str, Any] = {
        "uid": uid,
        "salesDate": _instant(sold),
        "metatag": metatag,
        "salesChannel": channel,
        "salesChannelTypeCode": code,
        "activationType": "DATA_PLAN",
        "purchasePrice": {"sortIndex": 0, "priceValue": price, "currencyCode": "USD"},
        "retailPrice": {"sortIndex": 0, "priceValue": price * 2, "currencyCode": "USD"},
        "balance": {
            "name": name,
            "activationMode": mode,
            "activatedAt": _instant(activated) if activated else None,
            "expiresAt": _instant(expires),
            "validitySize": days,
            "validityUnit": "days",
            "size": {"sizeValue": size, "sizeUnit": "GB"},
            "availableBalance": {"sizeValue": Decimal(remaining) / GB, "sizeUnit": "GB"},
            "countrySet": region,
        },
        "customer": {"uid": customer_uid, "email": email},
        "iccid": iccid,
        "status": status.value,
        "refundedAt": _instant(refunded) if refunded else None,
    }
    return ActivatedItem(
        uid=uid,
        name=name,
        status=status,
        sales_date=sold,
        data=DataAllowance(total, remaining),
        activated_at=activated,
        expires_at=expires,
        refunded_at=refunded,
        activation_mode=mode,
        validity=Validity(days, "days"),
        purchase_price=Money(price, "USD"),
        retail_price=Money(price * 2, "USD"),
        country_set=region,
        customer_email=email,
        customer_uid=customer_uid,
        iccid=iccid,
        metatag=metatag,
        sales_channel=channel,
        sales_channel_code=code,
        activation_type="DATA_PLAN",
        raw=raw,
    )


def month_windows(
    count: int, months: int, seed: int
) -> Iterator[tuple[datetime, list[ActivatedItem]]]:
    """`count` items spread over the last `months` months, one list per month (newest first)."""
    rng = random.Random(seed)
    per_month, extra = divmod(count, months)
    month = month_start(NOW)
    number = 0
    for index in range(months):
        size = per_month + (1 if index < extra else 0)
        span = (min(next_month(month), NOW) - month).total_seconds()
        items = []
        for _ in range(size):
            number += 1
            sold = month + timedelta(seconds=rng.random() * span)
            items.append(make_item(rng, number, sold.replace(microsecond=0)))
        yield month, items
        month = previous_month(month)


def timed(path: Path, action: Callable[[Cache], object], repeat: int = 3) -> tuple[float, float]:
    """(first run, median of the runs) in milliseconds; each run on a freshly opened Cache, so
    no count it remembers and no page SQLite cached helps the next run."""
    runs = []
    for _ in range(repeat):
        with Cache.open(path) as cache:
            started = time.perf_counter()
            action(cache)
            runs.append((time.perf_counter() - started) * 1000)
    return runs[0], statistics.median(runs)


def count_and_page(query: HistoryQuery) -> Callable[[Cache], object]:
    def run(cache: Cache) -> object:
        return cache.count(query), cache.page(query, 0, PAGE)

    return run


def page_at(query: HistoryQuery, offset: int) -> Callable[[Cache], object]:
    def run(cache: Cache) -> object:
        return cache.page(query, offset, PAGE)

    return run


def report(label: str, first: float, median: float, extra: str = "") -> None:
    print(f"  {label:<46} first {first:8.1f} ms   median {median:8.1f} ms  {extra}", flush=True)


def build(path: Path, count: int, months: int, seed: int) -> None:
    started = time.perf_counter()
    generating = 0.0
    with Cache.open(path) as cache:
        made = time.perf_counter()
        for month, items in month_windows(count, months, seed):
            generating += time.perf_counter() - made
            cache.replace_window(month, next_month(month), items, NOW)
            made = time.perf_counter()
    elapsed = time.perf_counter() - started
    writing = elapsed - generating
    print(f"built {count:,} items in {elapsed:.1f} s ({generating:.1f} s generating items)")
    print(f"  insert rate (cache writes only): {count / writing:,.0f} items/s ({writing:.1f} s)")


def resync(path: Path, count: int, months: int, seed: int) -> None:
    """Write the newest month again (the same items), as every later sync does."""
    month, items = next(month_windows(count, months, seed))
    with Cache.open(path) as cache:
        started = time.perf_counter()
        cache.replace_window(month, next_month(month), items, NOW)
        elapsed = time.perf_counter() - started
    print(
        f"re-sync of the newest month ({len(items):,} items): {len(items) / elapsed:,.0f} items/s"
    )


def file_size(path: Path) -> int:
    return sum(
        candidate.stat().st_size
        for candidate in path.parent.iterdir()
        if candidate.name.startswith(path.name)
    )


SEARCH_TERMS = [
    "a",
    "no",
    "eur",
    "europe",
    "order 4242",
    "novak17",
    "@inbox.example",
    "8937204016123",
    "zzzz-nothing",
]


def measure(path: Path) -> None:
    started = time.perf_counter()
    with Cache.open(path) as cache:
        print(f"  open an existing cache: {(time.perf_counter() - started) * 1000:.1f} ms")
        total = cache.total_count()
        uid = cache.page(HistoryQuery(now=NOW), 500, 1)[0].uid
    print(f"  total_count: {total:,}")

    def rows(query: HistoryQuery) -> str:
        with Cache.open(path) as cache:
            return f"{cache.count(query):,} rows"

    print(f"search (count + first page of {PAGE}, on a fresh connection each run):")
    for term in [*SEARCH_TERMS, uid, uid[9:18]]:
        query = HistoryQuery(search=term, now=NOW)
        first, median = timed(path, count_and_page(query))
        report(repr(term), first, median, rows(query))
    print("typing 'europe' one key at a time into one open cache (count + first page):")
    with Cache.open(path) as cache:
        for end in range(1, 7):
            query = HistoryQuery(search="europe"[:end], now=NOW)
            started = time.perf_counter()
            count_and_page(query)(cache)
            elapsed = (time.perf_counter() - started) * 1000
            print(f"  {query.search!r:<12} {elapsed:8.1f} ms")
    print(f"sort (first page of {PAGE}):")
    for key in SortKey:
        for descending in (True, False):
            query = HistoryQuery(sort=key, descending=descending, now=NOW)
            first, median = timed(path, page_at(query, 0))
            report(f"{key.value} {'desc' if descending else 'asc'}", first, median)
    print("quick filters (count + first page, sorted by sale date):")
    for quick in QuickFilter:
        query = HistoryQuery(quick_filter=quick, now=NOW)
        first, median = timed(path, count_and_page(query))
        report(quick.value, first, median, rows(query))
    print("combined (count + first page):")
    combos = [
        HistoryQuery(search="europe", quick_filter=QuickFilter.REFUNDABLE, now=NOW),
        HistoryQuery(search="europe", sort=SortKey.PRICE, now=NOW),
        HistoryQuery(search="europe", sort=SortKey.PACKAGE, descending=False, now=NOW),
        HistoryQuery(search="novak", sort=SortKey.CUSTOMER, now=NOW),
        HistoryQuery(search="order 4242", sort=SortKey.USED, now=NOW),
        HistoryQuery(quick_filter=QuickFilter.EXPIRED, sort=SortKey.CUSTOMER, now=NOW),
        HistoryQuery(quick_filter=QuickFilter.REFUNDABLE, sort=SortKey.EXPIRES, now=NOW),
        HistoryQuery(sort=SortKey.REFUNDABLE, descending=False, now=NOW),
    ]
    for query in combos:
        label = f"{query.search or '-'} / {query.quick_filter.value} / {query.sort.value}"
        first, median = timed(path, count_and_page(query))
        report(label, first, median, rows(query))
    print(f"deep pages (sale date, {PAGE} rows):")
    for offset in (total // 2, max(0, total - PAGE)):
        query = HistoryQuery(now=NOW)
        first, median = timed(path, page_at(query, offset))
        report(f"offset {offset:,}", first, median)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--months", type=int, default=36)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the cache in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="gigadesk-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "history.sqlite3"
    print(f"SQLite {__import__('sqlite3').sqlite_version}, Python {sys.version.split()[0]}")
    try:
        if not path.exists():
            build(path, args.items, args.months, args.seed)
        else:
            print(f"reusing {path}")
        size = file_size(path)
        print(f"  file size: {size / 1e6:,.1f} MB ({size / max(1, args.items):,.0f} bytes/item)")
        measure(path)
        resync(path, args.items, args.months, args.seed)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
