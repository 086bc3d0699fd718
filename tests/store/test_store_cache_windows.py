"""Writing the cache: synced windows in one transaction, upserts, journal, two connections."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import overload

import pytest
from store_helpers import NOW, assert_blocks_counted, make_item

from gigadesk.domain.items import ActivatedItem, DataAllowance, Status
from gigadesk.store.cache import Cache, CacheError, JournalEntry, SyncedWindow
from gigadesk.store.cache_rows import WRITE_COLUMNS
from gigadesk.store.query import HistoryQuery
from gigadesk.store.raw_json import raw_from_block

NOVEMBER = datetime(2026, 11, 1, tzinfo=UTC)
DECEMBER = datetime(2026, 12, 1, tzinfo=UTC)
OCTOBER = datetime(2026, 10, 1, tzinfo=UTC)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


@pytest.fixture
def cache(path: Path) -> Iterator[Cache]:
    with Cache.open(path) as opened:
        yield opened


def uids(cache: Cache) -> list[str]:
    return sorted(item.uid for item in cache.page(HistoryQuery(now=NOW), 0, 1000))


def in_november(uid: str, day: int, **changes: object) -> ActivatedItem:
    return make_item(uid=uid, sales_date=datetime(2026, 11, day, 9, tzinfo=UTC), **changes)


def test_replace_window_inserts_and_records_the_window(cache: Cache) -> None:
    assert cache.last_synced_at() is None and cache.synced_windows() == []
    items = [in_november("a", 2), in_november("b", 3)]
    cache.replace_window(NOVEMBER, DECEMBER, items, NOW)
    assert uids(cache) == ["a", "b"]
    assert cache.synced_windows() == [SyncedWindow(NOVEMBER, DECEMBER, NOW, 2, 2)]
    assert cache.last_synced_at() == NOW
    assert cache.earliest_sale() == datetime(2026, 11, 2, 9, tzinfo=UTC)


def test_replace_window_updates_and_removes_what_vanished(cache: Cache) -> None:
    cache.replace_window(
        NOVEMBER, DECEMBER, [in_november("a", 2), in_november("b", 3), in_november("c", 4)], NOW
    )
    october = make_item(uid="oct", sales_date=datetime(2026, 10, 20, tzinfo=UTC))
    cache.replace_window(OCTOBER, NOVEMBER, [october], NOW)
    later = NOW + timedelta(hours=1)
    used = in_november("b", 3, data=DataAllowance(5 * 10**9, 10**9), name="Renamed 5 GB")
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("a", 2), used], later)
    assert uids(cache) == ["a", "b", "oct"]  # c vanished; October untouched
    found = cache.get("b")
    assert found is not None and found.data.remaining_bytes == 10**9
    assert found.name == "Renamed 5 GB"
    assert cache.get("c") is None
    windows = cache.synced_windows()
    assert [(w.start, w.synced_at, w.item_count) for w in windows] == [
        (OCTOBER, NOW, 1),
        (NOVEMBER, later, 2),
    ]
    # The renamed package is found by its new name only (the search index followed).
    assert cache.count(HistoryQuery(search="renamed", now=NOW)) == 1
    assert cache.count(HistoryQuery(search="europe", now=NOW)) == 2  # a and oct


def test_a_removed_item_leaves_no_raw_json_or_search_text_behind(cache: Cache, path: Path) -> None:
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("a", 2), in_november("gone", 3)], NOW)
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("a", 2)], NOW + timedelta(hours=1))
    with sqlite3.connect(path) as raw:
        kept = raw.execute("SELECT id FROM items").fetchall()
        assert raw.execute("SELECT id FROM item_search").fetchall() == kept
        assert raw.execute("SELECT count(*) FROM raw_blocks").fetchone()[0] == 1
    raw.close()
    assert_blocks_counted(path)
    found = cache.get("a")
    assert found is not None and found.raw["uid"] == "a"


def test_items_listed_but_unreadable_keep_their_cached_copy(cache: Cache) -> None:
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("a", 2), in_november("b", 3)], NOW)
    before = cache.get("b")
    # The server still lists b, but this time it could not be parsed.
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("a", 2)], NOW, keep={"b"})
    assert uids(cache) == ["a", "b"]
    assert cache.get("b") == before
    window = cache.synced_windows()[0]
    assert (window.item_count, window.open_items) == (2, 2)  # b must be read again
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("a", 2)], NOW)
    assert uids(cache) == ["a"]  # no longer listed at all: removed


def test_an_empty_window_removes_its_items_and_counts_zero(cache: Cache) -> None:
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("a", 2)], NOW)
    cache.replace_window(NOVEMBER, DECEMBER, [], NOW)
    assert cache.total_count() == 0
    assert cache.synced_windows()[0].item_count == 0
    assert cache.count(HistoryQuery(search="europe", now=NOW)) == 0


def test_open_items_counts_what_can_still_change(cache: Cache) -> None:
    items = [
        in_november("open", 2),
        in_november("refunded", 3, status=Status.REFUNDED, refunded_at=NOW),
        in_november("expired", 4, expires_at=NOW - timedelta(days=1)),
        in_november("used-up", 5, data=DataAllowance(5 * 10**9, 0)),
        in_november("stock", 6, status=Status.ACTIVATED),
    ]
    cache.replace_window(NOVEMBER, DECEMBER, items, NOW)
    assert cache.synced_windows()[0].open_items == 2  # "open" and "stock"


class ExplodingItems(Sequence[ActivatedItem]):
    """Items that fail part-way through, as a parser bug or a cancelled sync would."""

    def __init__(self, items: list[ActivatedItem], fail_at: int) -> None:
        self._items = items
        self._fail_at = fail_at

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> ActivatedItem: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[ActivatedItem]: ...
    def __getitem__(self, index: int | slice) -> ActivatedItem | Sequence[ActivatedItem]:
        if isinstance(index, slice):
            return self._items[index]
        if index == self._fail_at:
            raise RuntimeError("the sync was interrupted")
        return self._items[index]


def test_a_failure_mid_window_leaves_nothing_half_written(cache: Cache, path: Path) -> None:
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("a", 2), in_november("b", 3)], NOW)
    before = [cache.get("a"), cache.get("b")]
    changed = [
        in_november("a", 2, name="Changed"),
        in_november("new", 5),
        in_november("boom", 6),
    ]
    with pytest.raises(RuntimeError, match="interrupted"):
        cache.replace_window(NOVEMBER, DECEMBER, ExplodingItems(changed, 2), NOW + timedelta(1))
    # Nothing of the failed window: not the update, not the insert, not the deletion of b.
    with Cache.open(path) as other:
        assert [other.get("a"), other.get("b")] == before
        assert other.get("new") is None
        assert other.synced_windows()[0].synced_at == NOW
        assert other.count(HistoryQuery(search="changed", now=NOW)) == 0
    assert uids(cache) == ["a", "b"]
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("c", 9)], NOW)  # still usable
    assert uids(cache) == ["c"]


def test_a_failure_after_writes_began_rolls_the_whole_window_back(cache: Cache, path: Path) -> None:
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("a", 2), in_november("b", 3)], NOW)
    before = [cache.get("a"), cache.get("b")]
    # Fault injection in the real file: deleting a vanished item fails, after the updates
    # and inserts of the same window were already written in the transaction.
    with sqlite3.connect(path) as raw:
        raw.execute(
            "CREATE TRIGGER no_deletes BEFORE DELETE ON items"
            " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
        )
    raw.close()
    changed = [in_november("a", 2, name="Changed"), in_november("new", 5)]  # b vanished
    with pytest.raises(CacheError, match="saving a synced month failed"):
        cache.replace_window(NOVEMBER, DECEMBER, changed, NOW + timedelta(hours=1))
    assert [cache.get("a"), cache.get("b")] == before
    assert cache.get("new") is None
    assert cache.count(HistoryQuery(search="changed", now=NOW)) == 0
    assert cache.count(HistoryQuery(search="europe", now=NOW)) == 2
    assert cache.synced_windows()[0].synced_at == NOW


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row the cache stores for its items, table by table, and what the index finds."""
    with sqlite3.connect(path) as raw:
        found = {
            table: raw.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("item_raw", "item_search", "windows")
        }
        # Block ids depend on what was written before; the JSON each item finds does not.
        found["items"] = raw.execute(
            f"SELECT id, {', '.join(WRITE_COLUMNS)} FROM items ORDER BY id"
        ).fetchall()
        found["raw JSON"] = [
            (uid, raw_from_block(data, uid))
            for uid, data in raw.execute(
                "SELECT uid, data FROM items JOIN raw_blocks ON raw_blocks.id = raw_block"
                " ORDER BY uid"
            )
        ]
        found["trigram hits"] = [
            (needle, *raw.execute("SELECT rowid FROM item_fts WHERE item_fts MATCH ?", (needle,)))
            for needle in ('"eur"', '"ann"', '"104"', '"oth"', '"c0a"')
        ]
    raw.close()
    assert_blocks_counted(path)
    return found


def test_a_month_read_for_the_first_time_is_stored_as_a_rewrite_stores_it(
    tmp_path: Path,
) -> None:
    # The first write of a month skips looking for items to remove; writing the same month
    # again takes the general way. Both must leave exactly the same rows and index.
    october = make_item(uid="moved", sales_date=datetime(2026, 10, 20, tzinfo=UTC))
    month = [in_november("a", 2), in_november("b", 3, name="Other"), in_november("moved", 4)]
    once, twice = tmp_path / "once.sqlite3", tmp_path / "twice.sqlite3"
    for target, writes in ((once, 1), (twice, 2)):
        with Cache.open(target) as cache:
            cache.replace_window(OCTOBER, NOVEMBER, [october], NOW)
            for _ in range(writes):
                cache.replace_window(NOVEMBER, DECEMBER, month, NOW, keep={"unreadable"})
            assert uids(cache) == ["a", "b", "moved"]  # moved: into November, one copy
            assert [(w.start, w.item_count, w.open_items) for w in cache.synced_windows()] == [
                (OCTOBER, 1, 1),
                (NOVEMBER, 4, 4),  # the unreadable item counts, as open
            ]
    assert tables(once) == tables(twice)


def test_a_month_emptied_since_the_last_sync_is_not_taken_for_a_new_one(cache: Cache) -> None:
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("a", 2), in_november("b", 3)], NOW)
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("c", 4)], NOW)
    assert uids(cache) == ["c"]
    cache.replace_window(NOVEMBER, DECEMBER, [], NOW)
    assert uids(cache) == []
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("a", 2)], NOW)
    assert uids(cache) == ["a"]
    assert cache.count(HistoryQuery(search="europe", now=NOW)) == 1


def test_upsert_item_updates_one_item_in_place(cache: Cache) -> None:
    cache.replace_window(NOVEMBER, DECEMBER, [in_november("a", 2)], NOW)
    refunded = replace(in_november("a", 2), status=Status.REFUNDED, refunded_at=NOW)
    cache.upsert_item(refunded)
    assert cache.get("a") == refunded
    assert cache.total_count() == 1
    assert cache.synced_windows()[0].synced_at == NOW


@pytest.mark.parametrize("index", [True, False], ids=["refunds index", "cache without it"])
def test_refunded_in_month_counts_refunds_of_the_utc_month(cache: Cache, index: bool) -> None:
    if not index:  # a cache whose partial index of refunds is missing still counts
        cache._conn.execute("DROP INDEX items_refunds")
    refund_times = {
        "start": datetime(2026, 11, 1, 0, 0, tzinfo=UTC),
        "late": datetime(2026, 11, 30, 23, 59, 59, 999999, tzinfo=UTC),
        "october": datetime(2026, 10, 31, 23, 59, 59, tzinfo=UTC),
        "december": datetime(2026, 12, 1, 0, 0, tzinfo=UTC),
    }
    for uid, at in refund_times.items():
        cache.upsert_item(make_item(uid=uid, status=Status.REFUNDED, refunded_at=at))
    # A refund time on an item that is not REFUNDED does not count.
    cache.upsert_item(make_item(uid="odd", status=Status.PURCHASED, refunded_at=NOW))
    assert cache.refunded_in_month(NOW) == 2
    assert cache.refunded_in_month(datetime(2026, 10, 5, tzinfo=UTC)) == 1
    assert cache.refunded_in_month(datetime(2026, 12, 31, tzinfo=UTC)) == 1
    assert cache.refunded_in_month(datetime(2025, 11, 15, tzinfo=UTC)) == 0


def test_journal_keeps_entries_in_time_order(cache: Cache) -> None:
    entries = [
        JournalEntry("b", NOW, "REFUNDED", "Refunded."),
        JournalEntry("a", NOW - timedelta(days=40), "REFUSED_BY_SERVER", "Package is used."),
        JournalEntry("c", NOW + timedelta(seconds=1), "UNKNOWN", "No answer; read back."),
    ]
    for entry in entries:
        cache.add_journal(entry)
    assert cache.journal() == [entries[1], entries[0], entries[2]]
    assert cache.journal(since=NOW) == [entries[0], entries[2]]
    assert cache.journal(since=NOW + timedelta(days=1)) == []


def test_a_reader_sees_the_commits_of_a_writer_in_another_thread(path: Path) -> None:
    reader = Cache.open(path)
    seen: list[int] = []
    written = threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        try:
            with Cache.open(path) as writer:  # its own connection, on its own thread
                items = [in_november(f"w{n}", 1 + n % 28) for n in range(200)]
                writer.replace_window(NOVEMBER, DECEMBER, items, NOW)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            written.set()

    try:
        seen.append(reader.total_count())
        assert reader.count(HistoryQuery(search="w19", now=NOW)) == 0  # remembered...
        thread = threading.Thread(target=write)
        thread.start()
        assert written.wait(30)
        thread.join()
        assert errors == []
        seen.append(reader.total_count())
        assert seen == [0, 200]
        # ...until another connection commits: w19 and w190..w199.
        assert reader.count(HistoryQuery(search="w19", now=NOW)) == 11
        assert reader.synced_windows()[0].item_count == 200
    finally:
        reader.close()


def test_a_cache_refuses_use_from_another_thread(cache: Cache) -> None:
    failures: list[BaseException] = []

    def use() -> None:
        try:
            cache.total_count()
        except BaseException as exc:
            failures.append(exc)

    thread = threading.Thread(target=use)
    thread.start()
    thread.join()
    # One Cache per thread, as documented: misuse is loud, and not mistaken for a bad file.
    assert len(failures) == 1
    assert isinstance(failures[0], sqlite3.ProgrammingError)
