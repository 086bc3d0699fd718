"""The cache file: migrations, a newer version refused, damaged files set aside, and clear
errors (read-only folder, full disk) that delete nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_peers import open_and_close_elsewhere
from store_helpers import NOW, assert_blocks_counted, history, make_item

from gigadesk.store import cache_file, cache_rows, cache_schema, raw_json
from gigadesk.store.cache import Cache, CacheError
from gigadesk.store.query import HistoryQuery

NOVEMBER = datetime(2026, 11, 1, tzinfo=UTC)
DECEMBER = datetime(2026, 12, 1, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def filled(path: Path, count: int = 400) -> None:
    """A closed cache at `path` with `count` items and no pending write-ahead log."""
    items = [
        make_item(uid=f"item-{n:04d}", sales_date=NOVEMBER + timedelta(minutes=n))
        for n in range(count)
    ]
    with Cache.open(path) as cache:
        cache.replace_window(NOVEMBER, DECEMBER, items, NOW)


def aside_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".corrupt-*"))


# --- versions and migrations --------------------------------------------------------------


def test_a_new_cache_has_the_current_version_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    Cache.open(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == cache_schema.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_version_1_cache_is_upgraded_and_keeps_its_items(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    cache_schema.MIGRATIONS[0](conn)  # exactly what version 1 created
    columns = ", ".join(cache_rows.WRITE_COLUMNS)
    marks = ", ".join("?" for _ in cache_rows.WRITE_COLUMNS)
    for number, item in enumerate(history(), start=1):
        conn.execute(
            f"INSERT INTO items (id, {columns}) VALUES (?, {marks})",
            (number, *cache_rows.item_row(item)),
        )
        conn.execute(
            "INSERT INTO item_raw (id, raw) VALUES (?, ?)",
            (number, raw_json.encode_raw(item.raw)),
        )
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()

    with Cache.open(path) as cache:
        assert cache.recovered_from is None
        assert cache.total_count() == len(history())
        assert cache.get("fresh") == next(i for i in history() if i.uid == "fresh")
        # The search added by version 2 covers the items written before it existed.
        assert cache.count(HistoryQuery(search="carla.rossi", now=NOW)) == 1
        assert cache.count(HistoryQuery(search="ys", now=NOW)) == 1
        # The raw JSON stored alone by version 1 is read, and moves into a block (and out of
        # item_raw) when its item is written again.
        fresh = cache.get("fresh")
        assert fresh is not None and fresh.raw == dict(fresh.raw) and fresh.raw
        cache.upsert_item(fresh)
        again = cache.get("fresh")
        assert again is not None and again.raw == fresh.raw
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == cache_schema.SCHEMA_VERSION
        alone = conn.execute("SELECT uid FROM item_raw JOIN items USING (id)").fetchall()
        assert ("fresh",) not in alone and len(alone) == len(history()) - 1
    conn.close()
    assert_blocks_counted(path)


def test_a_cache_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    filled(path, 20)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {cache_schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(CacheError, match="newer GigaDesk") as caught:
        Cache.open(path)
    assert "left untouched" in str(caught.value)
    assert digest(path) == before
    assert aside_files(path) == []


def test_migrations_are_one_step_per_version() -> None:
    assert cache_schema.SCHEMA_VERSION == len(cache_schema.MIGRATIONS) >= 2


# --- damaged files ----------------------------------------------------------------------


def assert_recovered(path: Path, original: bytes) -> None:
    with Cache.open(path) as cache:
        assert cache.recovered_from is not None
        assert cache.recovered_from.name.startswith("history.sqlite3.corrupt-")
        assert cache.recovered_from.read_bytes() == original  # kept, byte for byte
        assert cache.total_count() == 0
        cache.upsert_item(make_item())
        assert cache.total_count() == 1  # the fresh cache works
    with Cache.open(path) as again:
        assert again.recovered_from is None
        assert again.total_count() == 1


def test_a_file_that_is_not_a_database_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    original = b"these are my notes, not a database\n" * 50
    path.write_bytes(original)
    assert_recovered(path, original)


def test_a_garbage_header_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    filled(path)
    data = bytearray(path.read_bytes())
    data[:16] = b"GARBAGEGARBAGE!!"
    path.write_bytes(bytes(data))
    assert_recovered(path, bytes(data))


def test_a_truncated_file_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    filled(path)
    data = path.read_bytes()[: path.stat().st_size // 2]
    path.write_bytes(data)
    assert_recovered(path, data)


def test_a_file_too_short_for_a_header_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"SQLite format 3\x00\x10\x00")
    assert_recovered(path, b"SQLite format 3\x00\x10\x00")


def test_a_damaged_page_found_by_quick_check_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    filled(path)
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(3 * page, len(data) - page, 5 * page):  # scribble over interior pages
        data[start + 8 : start + 200] = b"\xa5" * 192
    path.write_bytes(bytes(data))
    assert_recovered(path, bytes(data))


def test_big_files_get_cheap_checks_that_still_catch_truncation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_file, "FULL_CHECK_MAX_BYTES", 0)
    path = tmp_path / "history.sqlite3"
    filled(path)
    with Cache.open(path) as cache:  # a sound big file opens without a full check
        assert cache.recovered_from is None
    data = path.read_bytes()[: -4096 * 3]
    path.write_bytes(data)
    assert_recovered(path, data)


def test_a_damage_marker_asks_for_a_full_check_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_file, "FULL_CHECK_MAX_BYTES", 0)
    path = tmp_path / "history.sqlite3"
    filled(path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 300] = b"\x00\xff" * 150  # an interior page
    path.write_bytes(bytes(data))
    marker = cache_file.damage_marker(path)
    marker.touch()  # what a session that met SQLITE_CORRUPT leaves behind
    assert_recovered(path, bytes(data))
    assert not marker.exists()


def test_the_write_ahead_log_and_shared_memory_move_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"not a database" * 20)
    wal = tmp_path / "history.sqlite3-wal"
    shm = tmp_path / "history.sqlite3-shm"
    wal.write_bytes(b"log bytes")
    shm.write_bytes(b"index bytes")
    with Cache.open(path) as cache:
        moved = cache.recovered_from
    assert moved is not None
    assert (tmp_path / (moved.name + "-wal")).read_bytes() == b"log bytes"
    assert (tmp_path / (moved.name + "-shm")).read_bytes() == b"index bytes"


def test_a_second_recovery_in_the_same_second_gets_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    moved = []
    for text in (b"first garbage" * 10, b"second garbage" * 10):
        path.write_bytes(text)
        with Cache.open(path) as cache:
            moved.append(cache.recovered_from)
    assert moved[0] != moved[1]
    assert {p.read_bytes() for p in moved if p} == {b"first garbage" * 10, b"second garbage" * 10}


# --- failures that must delete nothing ------------------------------------------------------


def test_a_read_only_folder_gives_a_clear_error(
    tmp_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    make_read_only(folder)
    with pytest.raises(CacheError, match="cannot be written") as caught:
        Cache.open(folder / "history.sqlite3")
    assert "read-only" in str(caught.value)
    assert list(folder.iterdir()) == []


def test_an_existing_cache_in_a_read_only_folder_is_not_harmed(
    tmp_path: Path, make_read_only: Callable[[Path], None]
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "history.sqlite3"
    filled(path, 30)
    before = digest(path)
    make_read_only(folder)
    try:
        with Cache.open(path) as cache:
            cache.upsert_item(make_item(uid="new"))
    except CacheError as exc:
        assert "cannot be written" in str(exc) or "read-only" in str(exc)
    else:
        pytest.fail("writing into a read-only folder did not fail")
    assert digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["history.sqlite3"]


def test_a_full_disk_gives_a_clear_error_and_keeps_what_was_there(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    filled(path, 50)
    with Cache.open(path) as cache:
        pages = cache._conn.execute("PRAGMA page_count").fetchone()[0]
        # SQLite answers SQLITE_FULL at this page count, exactly as on a full disk.
        cache._conn.execute(f"PRAGMA max_page_count = {pages}")
        bigger = [
            make_item(uid=f"big-{n}", metatag="x" * 2000, sales_date=NOVEMBER + timedelta(hours=n))
            for n in range(300)
        ]
        with pytest.raises(CacheError, match="is full") as caught:
            cache.replace_window(NOVEMBER, DECEMBER, bigger, NOW + timedelta(hours=1))
        assert "Nothing was lost" in str(caught.value)
        assert cache.total_count() == 50
        assert cache.synced_windows()[0].synced_at == NOW
    with Cache.open(path) as again:
        assert again.total_count() == 50
        assert again.get("item-0007") is not None


def test_a_cache_path_under_a_file_gives_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "plain-file").write_text("x")
    with pytest.raises(CacheError, match="cannot be created: a file is in the way"):
        Cache.open(tmp_path / "plain-file" / "history.sqlite3")
    assert (tmp_path / "plain-file").read_text() == "x"


def test_a_second_connection_leaves_the_first_ones_locks_alone(tmp_path: Path) -> None:
    # Closing any descriptor of a file drops the whole process's POSIX locks on it. Were the
    # second open to read the header with open()/close(), another process closing its
    # connection would take itself for the last user and delete the write-ahead log under
    # the first connection.
    path = tmp_path / "history.sqlite3"
    first = Cache.open(path)
    try:
        first.upsert_item(make_item(uid="kept"))
        wal = path.with_name(path.name + "-wal")
        assert wal.exists()
        Cache.open(path).close()
        open_and_close_elsewhere(path)
        assert wal.exists(), "the other process saw that this one still uses the cache"
        assert first.get("kept") is not None
    finally:
        first.close()
    open_and_close_elsewhere(path)
    assert not wal.exists(), "the last connection to close tidies the log away"
