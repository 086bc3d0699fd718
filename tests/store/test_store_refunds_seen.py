"""A refund GigaDesk saw outranks a server that sends no status; an explicit status wins."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from store_helpers import NOW, make_item

from gigadesk.domain.items import Status
from gigadesk.store.cache import Cache, JournalEntry
from gigadesk.store.query import HistoryQuery, QuickFilter


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with Cache.open(tmp_path / "history.sqlite3") as opened:
        yield opened


def test_a_silent_server_never_makes_a_seen_refund_refundable_again(cache: Cache) -> None:
    cache.upsert_item(make_item(uid="a", status=Status.UNKNOWN))
    seen_at = NOW - timedelta(hours=2)
    cache.add_journal(JournalEntry("a", seen_at, "refunded", "Refunded."))
    # The next sync brings the item again, still without a status.
    cache.replace_window(
        NOW - timedelta(days=30),
        NOW + timedelta(days=1),
        [make_item(uid="a", status=Status.UNKNOWN)],
        NOW,
    )
    item = cache.get("a")
    assert item is not None
    assert item.status is Status.REFUNDED
    assert item.refunded_at == seen_at
    assert cache.refunded_in_month(NOW) == 1
    refundable = HistoryQuery(now=NOW, quick_filter=QuickFilter.REFUNDABLE)
    assert [i.uid for i in cache.page(refundable, 0, 10)] == []


def test_an_explicit_status_from_the_server_wins(cache: Cache) -> None:
    cache.add_journal(JournalEntry("b", NOW, "refunded", "Refunded."))
    cache.upsert_item(make_item(uid="b", status=Status.PURCHASED))
    item = cache.get("b")
    assert item is not None and item.status is Status.PURCHASED


def test_attempts_that_did_not_go_through_change_nothing(cache: Cache) -> None:
    cache.add_journal(JournalEntry("c", NOW, "refused_by_server", "No."))
    cache.add_journal(JournalEntry("c", NOW, "unknown", "No answer."))
    cache.upsert_item(make_item(uid="c", status=Status.UNKNOWN))
    item = cache.get("c")
    assert item is not None and item.status is Status.UNKNOWN and item.refunded_at is None
