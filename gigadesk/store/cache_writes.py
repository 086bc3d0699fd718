"""Writing items: the row, its raw JSON, its search text and the trigram index, in step."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.store.cache_rows import WRITE_COLUMNS, item_row, item_search_text
from gigadesk.store.raw_json import BLOCK_ITEMS, encode_block

_STORED_COLUMNS = (*WRITE_COLUMNS, "raw_block")
_UPSERT_ITEM = (
    f"INSERT INTO items (id, {', '.join(_STORED_COLUMNS)})"
    f" VALUES (?, {', '.join('?' for _ in _STORED_COLUMNS)})"
    " ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{column} = excluded.{column}" for column in _STORED_COLUMNS)
)
_INDEX = "INSERT INTO item_fts (rowid, text) VALUES (?, ?)"
_UNINDEX = "INSERT INTO item_fts (item_fts, rowid, text) VALUES ('delete', ?, ?)"
_LOOKUP_BATCH = 500  # uids per lookup query, well under SQLite's limit on parameters


# One item's (row, search text, index of its raw JSON block): a plain tuple, which pickles
# cheaply.
_Prepared = tuple[tuple[Any, ...], str, int]


class PreparedItems:
    """Items turned into the values the cache stores, ready for `upsert_items`.

    Made by `prepare_items` on any thread or process (it pickles): a sync prepares the next
    month while the writer thread still writes the last one.
    """

    __slots__ = ("blocks", "by_uid", "open_uids")

    def __init__(
        self, by_uid: dict[str, _Prepared], blocks: list[bytes], open_uids: frozenset[str]
    ) -> None:
        self.by_uid = by_uid
        self.blocks = blocks  # the items' raw JSON, BLOCK_ITEMS at a time (encode_block)
        self.open_uids = open_uids  # the items that could still change at the given time

    def sales_date(self, uid: str) -> int:
        """The sales date (microseconds) of one of the items."""
        return int(self.by_uid[uid][0][_SALES_DATE])

    def sold_between(self, first: int, stop: int) -> set[str]:
        """The uids of the items sold in [first, stop) (microseconds)."""
        return {uid for uid, (row, _, _) in self.by_uid.items() if first <= row[_SALES_DATE] < stop}


_SALES_DATE = WRITE_COLUMNS.index("sales_date")


def prepare_items(items: Iterable[ActivatedItem], at: datetime | None = None) -> PreparedItems:
    """The stored values of `items` (a uid listed twice: the later copy wins), and which of
    them could still change at `at` (none when not given)."""
    latest = list({item.uid: item for item in items}.values())
    changing = () if at is None else (item.uid for item in latest if can_change(item, at))
    blocks = [
        encode_block([(item.uid, item.raw) for item in latest[first : first + BLOCK_ITEMS]])
        for first in range(0, len(latest), BLOCK_ITEMS)
    ]
    return PreparedItems(
        {
            item.uid: (item_row(item), item_search_text(item), position // BLOCK_ITEMS)
            for position, item in enumerate(latest)
        },
        blocks,
        frozenset(changing),
    )


def can_change(item: ActivatedItem, at: datetime) -> bool:
    """True when the server may still report `item` differently after `at`."""
    # Refunded and expired packages are final; so is one whose data is used up.
    if item.status is Status.REFUNDED or item.is_expired(at):
        return False
    return item.data.remaining_bytes > 0 or item.data.total_bytes <= 0


def upsert_items(
    conn: sqlite3.Connection, items: Iterable[ActivatedItem] | PreparedItems
) -> list[str]:
    """Insert or update `items` inside the caller's transaction; returns their uids.

    Row ids are found (or handed out) for the whole batch first, so that every table is
    written with one executemany(): far cheaper than a round trip per item and table.
    """
    batch = items if isinstance(items, PreparedItems) else prepare_items(items)
    prepared = batch.by_uid
    if not prepared:
        return []
    known = _known(conn, list(prepared))
    seen_refunded = _refunds_seen(conn, batch)
    next_id = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM items").fetchone()[0])
    first_block = _add_blocks(conn, batch)
    rows, new, changed, alone = [], [], [], []
    left: Counter[int] = Counter()
    for uid, (row, search, block) in prepared.items():
        if uid not in known:
            row_id, next_id = next_id, next_id + 1
            new.append((row_id, search))
            old_search: str | None = search
        else:
            row_id, old_search, old_block = known[uid]
            if old_block is None:
                alone.append((row_id,))  # its raw JSON was stored alone, by an older version
            else:
                left[old_block] += 1
        if uid in seen_refunded:
            row = _as_refunded(row, seen_refunded[uid])
        if old_search is None:
            new.append((row_id, search))  # no search entry yet: index it afresh
        elif old_search != search:
            changed.append((row_id, old_search, search))
        rows.append((row_id, *row, first_block + block))
    try:
        conn.executemany(_UPSERT_ITEM, rows)
    except UnicodeEncodeError:
        # A lone surrogate (from a "\ud800" escape) cannot be stored as text: the columns get
        # a replacement character, the raw JSON keeps the original. The upsert is repeatable,
        # so the rows written before the failure are simply written again.
        rows = [tuple(_encodable(value) for value in row) for row in rows]
        new = [(row_id, _encodable(search)) for row_id, search in new]
        changed = [(row_id, old, _encodable(search)) for row_id, old, search in changed]
        conn.executemany(_UPSERT_ITEM, rows)
    conn.executemany("DELETE FROM item_raw WHERE id = ?", alone)
    _release_blocks(conn, left)
    conn.executemany("INSERT INTO item_search (id, text) VALUES (?, ?)", new)
    conn.executemany(_INDEX, new)
    conn.executemany(_UNINDEX, [(row_id, old) for row_id, old, _ in changed])
    conn.executemany(
        "UPDATE item_search SET text = ? WHERE id = ?",
        [(search, row_id) for row_id, _, search in changed],
    )
    conn.executemany(_INDEX, [(row_id, search) for row_id, _, search in changed])
    return list(prepared)


_STATUS = WRITE_COLUMNS.index("status")
_REFUNDED_AT = WRITE_COLUMNS.index("refunded_at")
# The refund journal's outcome for a refund that GigaDesk saw go through (a 2xx to its POST,
# or a read-back that showed the package refunded): services.refunds writes it.
REFUNDED_OUTCOME = "refunded"


def _refunds_seen(conn: sqlite3.Connection, batch: PreparedItems) -> dict[str, int]:
    """When GigaDesk saw each item of `batch` that arrives without a status get refunded.

    A server that sends no status says nothing about a refund; what GigaDesk saw itself then
    outranks the silence, so a later sync never makes a refunded package refundable again.
    An explicit status from the server always wins.
    """
    silent = [uid for uid, (row, _, _) in batch.by_uid.items() if row[_STATUS] == "UNKNOWN"]
    if not silent:
        return {}
    found = conn.execute(
        "SELECT uid, min(at) FROM journal WHERE outcome = ? GROUP BY uid", (REFUNDED_OUTCOME,)
    ).fetchall()
    refunded = {uid: int(at) for uid, at in found}
    return {uid: refunded[uid] for uid in silent if uid in refunded}


def _as_refunded(row: tuple[Any, ...], seen_at: int) -> tuple[Any, ...]:
    values = list(row)
    values[_STATUS] = Status.REFUNDED.value
    if values[_REFUNDED_AT] is None:
        values[_REFUNDED_AT] = seen_at
    return tuple(values)


def _add_blocks(conn: sqlite3.Connection, batch: PreparedItems) -> int:
    """Store the raw JSON blocks of `batch`; returns the id of its first block."""
    first = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM raw_blocks").fetchone()[0])
    sizes = Counter(block for _, _, block in batch.by_uid.values())
    conn.executemany(
        "INSERT INTO raw_blocks (id, live, data) VALUES (?, ?, ?)",
        [(first + index, sizes[index], data) for index, data in enumerate(batch.blocks)],
    )
    return first


def _release_blocks(conn: sqlite3.Connection, left: Counter[int]) -> None:
    """Count items out of the blocks they left; a block that no item names any more goes."""
    conn.executemany(
        "UPDATE raw_blocks SET live = live - ? WHERE id = ?",
        [(count, block) for block, count in left.items()],
    )
    conn.executemany(
        "DELETE FROM raw_blocks WHERE id = ? AND live <= 0", [(block,) for block in left]
    )


def _known(
    conn: sqlite3.Connection, uids: Sequence[str]
) -> dict[str, tuple[int, str | None, int | None]]:
    """Row id, search text and raw JSON block of the uids already cached."""
    known: dict[str, tuple[int, str | None, int | None]] = {}
    for start in range(0, len(uids), _LOOKUP_BATCH):
        batch = uids[start : start + _LOOKUP_BATCH]
        found = conn.execute(
            "SELECT items.uid, items.id, item_search.text, items.raw_block FROM items"
            " LEFT JOIN item_search ON item_search.id = items.id"
            f" WHERE items.uid IN ({', '.join('?' for _ in batch)})",
            batch,
        )
        known.update((uid, (row_id, text, block)) for uid, row_id, text, block in found)
    return known


def delete_items(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Remove items (with their raw JSON and search entries) inside the caller's transaction."""
    keys = [(row_id,) for row_id in ids]
    left: Counter[int] = Counter()
    for start in range(0, len(keys), _LOOKUP_BATCH):
        batch = [row_id for (row_id,) in keys[start : start + _LOOKUP_BATCH]]
        found = conn.execute(
            "SELECT raw_block FROM items WHERE raw_block IS NOT NULL"
            f" AND id IN ({', '.join('?' for _ in batch)})",
            batch,
        )
        left.update(block for (block,) in found)
    _release_blocks(conn, left)
    conn.executemany(
        "INSERT INTO item_fts (item_fts, rowid, text)"
        " SELECT 'delete', id, text FROM item_search WHERE id = ?",
        keys,
    )
    # Written out rather than left to ON DELETE CASCADE: the cache runs with foreign keys off.
    conn.executemany("DELETE FROM item_search WHERE id = ?", keys)
    conn.executemany("DELETE FROM item_raw WHERE id = ?", keys)
    conn.executemany("DELETE FROM items WHERE id = ?", keys)


def _encodable(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    return value
