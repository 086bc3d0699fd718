"""The offline history: a SQLite cache of items, synced windows and the refund journal."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import uuid
import zlib
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from gigadesk.domain.items import ActivatedItem
from gigadesk.store import refund_journal
from gigadesk.store.cache_file import (
    CacheError,
    CacheProblem,
    connect,
    damage_marker,
    describe,
    is_damage,
    release,
)
from gigadesk.store.cache_rows import (
    SELECTED_COLUMNS,
    from_micros,
    item_from_row,
    to_micros,
)
from gigadesk.store.cache_schema import (
    DEFERRABLE_INDEXES,
    deferrable_index_statements,
)
from gigadesk.store.cache_views import ViewReader
from gigadesk.store.cache_writes import PreparedItems, delete_items, prepare_items, upsert_items
from gigadesk.store.query import HistoryQuery
from gigadesk.store.raw_json import decode_raw, raw_from_block
from gigadesk.store.refund_journal import Attempt, Reservation

__all__ = [
    "Attempt",
    "Cache",
    "CacheError",
    "CacheProblem",
    "JournalEntry",
    "Reservation",
    "SyncedWindow",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SyncedWindow:
    """A sales-date window [start, end) read whole from the server at `synced_at`."""

    start: datetime
    end: datetime
    synced_at: datetime
    item_count: int
    open_items: int  # items that could still change then: not refunded, expired or used up


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One refund attempt: which item, when, how it ended and what the server said."""

    uid: str
    at: datetime
    outcome: str
    message: str


class Cache:
    """One connection to the cache; use one Cache per thread (WAL lets readers and a writer
    work at once)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, recovered_from: Path | None) -> None:
        self._conn = conn
        self._closed = False
        self.path = path
        self.recovered_from = recovered_from
        self._writes = 0  # commits by this connection, for the remembered counts
        self._views = ViewReader(self._reading, lambda: self._writes)

    @classmethod
    def open(cls, path: Path) -> Cache:
        """Open (creating or migrating) the cache at `path`.

        A damaged file is moved aside as `<name>.corrupt-<UTC time>` and a fresh cache made
        in its place; `recovered_from` then names the moved file.
        """
        conn, recovered_from = connect(path)
        return cls(conn, path, recovered_from)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if not self._closed:
            self._closed = True
            self._conn.close()
            release(self.path)

    def __enter__(self) -> Cache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # --- plumbing ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def _reading(self, doing: str) -> Iterator[sqlite3.Connection]:
        try:
            yield self._conn
        except sqlite3.ProgrammingError:
            raise  # a bug (a closed cache, or one used from another thread), not the file
        except sqlite3.Error as exc:
            raise self._failure(exc, doing) from exc

    @contextlib.contextmanager
    def _writing(self, doing: str) -> Iterator[sqlite3.Connection]:
        """One transaction: committed whole, or rolled back whole on any exception."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
                self._writes += 1
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.ProgrammingError:
            raise
        except sqlite3.Error as exc:
            raise self._failure(exc, doing) from exc

    def _failure(self, exc: sqlite3.Error, doing: str) -> CacheError:
        if is_damage(exc):
            # Ask the next start for a full check, which sets the damaged file aside.
            with contextlib.suppress(OSError):
                damage_marker(self.path).touch()
        log.error("cache: %s failed: %s", doing, exc)
        return describe(exc, self.path, doing)

    # --- writing ----------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget everything the cache holds (every table emptied in one transaction, the
        schema kept): the demo's "Reset demo" starts over with it."""
        with self._writing("clearing the cache") as conn:
            rows = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
            virtual = [str(name) for name, sql in rows if str(sql).startswith("CREATE VIRTUAL")]
            for name, _sql in rows:
                owned = any(str(name).startswith(f"{table}_") for table in virtual)
                if str(name) not in virtual and not owned:  # names from the schema itself
                    conn.execute(f'DELETE FROM "{name}"')
            for table in virtual:  # the search index (fts5) empties through its own command
                conn.execute(f'INSERT INTO "{table}"("{table}") VALUES (\'delete-all\')')

    def replace_window(
        self,
        start: datetime,
        end: datetime,
        items: Sequence[ActivatedItem],
        synced_at: datetime,
        *,
        keep: Collection[str] = (),
        prepared: PreparedItems | None = None,
    ) -> None:
        """Store what the server lists for sales dates in [start, end), in one transaction.

        Items are inserted or updated, cached items of the window that the server no longer
        lists are removed, and the window is recorded as synced at `synced_at`. `keep` names
        uids the server listed but that could not be read: their cached copies stay, and they
        count as open (the window is read again next time). `prepared`, when given, is
        `prepare_items(items, synced_at)` made beforehand (off the writer thread), and
        `items` is then not read.
        """
        first, stop = to_micros(start), to_micros(end)
        batch = prepare_items(items, synced_at) if prepared is None else prepared
        in_window = batch.sold_between(first, stop)
        unread = set(keep) - in_window
        with self._writing("saving a synced month") as conn:
            # A month that holds nothing yet (each month of a first sync) has nothing to
            # remove: one index probe instead of reading the month back after the upsert.
            was_empty = (
                conn.execute(
                    "SELECT 1 FROM items WHERE sales_date >= ? AND sales_date < ? LIMIT 1",
                    (first, stop),
                ).fetchone()
                is None
            )
            upserted = upsert_items(conn, batch)
            if not was_empty:
                listed = set(upserted) | unread
                cached = conn.execute(
                    "SELECT id, uid FROM items WHERE sales_date >= ? AND sales_date < ?",
                    (first, stop),
                ).fetchall()
                delete_items(conn, (row_id for row_id, uid in cached if uid not in listed))
            still_open = len(in_window & batch.open_uids)
            conn.execute(
                "INSERT INTO windows (starts_at, ends_at, synced_at, item_count, open_items)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (starts_at, ends_at) DO UPDATE SET"
                " synced_at = excluded.synced_at, item_count = excluded.item_count,"
                " open_items = excluded.open_items",
                (
                    first,
                    stop,
                    to_micros(synced_at),
                    len(in_window) + len(unread),
                    still_open + len(unread),
                ),
            )

    def defer_sort_indexes(self) -> bool:
        """Drop the sort-only indexes if the cache holds no items, for a first sync to fill
        it faster; True when it did. build_sort_indexes() brings them back."""
        with self._writing("preparing the first sync") as conn:
            if conn.execute("SELECT 1 FROM items LIMIT 1").fetchone() is not None:
                return False
            for name in DEFERRABLE_INDEXES:
                conn.execute(f"DROP INDEX IF EXISTS {name}")
            return True

    def build_sort_indexes(self) -> None:
        """Create the sort-only indexes the cache lacks (at the end of a first sync)."""
        with self._writing("indexing the history for sorting") as conn:
            for statement in deferrable_index_statements():
                conn.execute(statement)

    def upsert_item(self, item: ActivatedItem) -> None:
        """Insert or update one item (for example after a refund was read back)."""
        with self._writing("saving an item") as conn:
            upsert_items(conn, [item])

    def add_journal(self, entry: JournalEntry) -> None:
        """Record one finished refund attempt (refunds go through `reserve_refund`)."""
        with self._writing("writing the refund journal") as conn:
            conn.execute(
                "INSERT INTO journal (attempt, uid, at, outcome, message, sent_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    str(uuid.uuid4()),
                    entry.uid,
                    to_micros(entry.at),
                    entry.outcome,
                    entry.message,
                    to_micros(entry.at),
                ),
            )

    def reserve_refund(
        self, fresh: Attempt, limit: int | None, *, resend: str | None = None
    ) -> Reservation:
        """Record `fresh` as pending before its POST, in one immediate transaction that also
        checks the package's earlier attempts and the month's limit: processes sharing the
        cache take turns here, so only one of them can take a package or the last slot."""
        with self._writing("recording the refund attempt") as conn:
            return refund_journal.reserve(conn, fresh, limit, resend=resend)

    def settle_refund(
        self,
        attempt_id: str,
        outcome: str,
        message: str,
        at: datetime,
        *,
        only_unsettled: bool = False,
    ) -> bool:
        """Record how a refund attempt ended (see refund_journal.settle)."""
        with self._writing("recording the refund's outcome") as conn:
            return refund_journal.settle(
                conn, attempt_id, outcome, message, at, only_unsettled=only_unsettled
            )

    # --- reading ----------------------------------------------------------------------------

    def get(self, uid: str) -> ActivatedItem | None:
        """The cached item with this uid, with its raw JSON, or None."""
        with self._reading("reading an item") as conn:
            found = conn.execute(
                f"SELECT {SELECTED_COLUMNS}, item_raw.raw, raw_blocks.data FROM items"
                " LEFT JOIN item_raw USING (id)"
                " LEFT JOIN raw_blocks ON raw_blocks.id = items.raw_block"
                " WHERE uid = ?",
                (uid,),
            ).fetchone()
        if found is None:
            return None
        return item_from_row(found[:-2], _raw_or_empty(uid, found[-2], found[-1]))

    def count(self, query: HistoryQuery) -> int:
        """How many cached items `query` shows."""
        return self._views.count(query)

    def page(self, query: HistoryQuery, offset: int, limit: int) -> list[ActivatedItem]:
        """Up to `limit` items that `query` shows, from position `offset` (without raw JSON)."""
        return self._views.page(query, offset, limit)

    def total_count(self) -> int:
        """How many items the cache holds."""
        return self._views.total_count()

    def synced_windows(self) -> list[SyncedWindow]:
        """Every synced window, oldest first."""
        with self._reading("reading the synced months") as conn:
            rows = conn.execute(
                "SELECT starts_at, ends_at, synced_at, item_count, open_items FROM windows"
                " ORDER BY starts_at, ends_at"
            ).fetchall()
        return [
            SyncedWindow(from_micros(start), from_micros(end), from_micros(at), count, still_open)
            for start, end, at, count, still_open in rows
        ]

    def last_synced_at(self) -> datetime | None:
        """When a window was last synced, or None before the first sync."""
        with self._reading("reading the synced months") as conn:
            value = conn.execute("SELECT max(synced_at) FROM windows").fetchone()[0]
        return None if value is None else from_micros(value)

    def refunded_in_month(self, now: datetime) -> int:
        """REFUNDED items whose refund falls in the UTC calendar month of `now`."""
        with self._reading("counting this month's refunds") as conn:
            return refund_journal.refunded_items_in_month(conn, now)

    def refunds_in_month(self, now: datetime) -> int:
        """Refunds of the UTC month of `now`, counting journalled refunds the cache does not
        show yet and every unsettled attempt (see refund_journal.month_count)."""
        with self._reading("counting this month's refunds") as conn:
            return refund_journal.month_count(conn, now)

    def open_refund(self, uid: str) -> Attempt | None:
        """The unsettled refund attempt of `uid`, if any."""
        with self._reading("reading the refund journal") as conn:
            return refund_journal.open_attempt(conn, uid)

    def unsettled_refunds(self, now: datetime | None = None) -> list[Attempt]:
        """Every refund attempt whose outcome nobody knows yet, oldest first. With `now`,
        those whose package the cache already shows refunded are settled first (a sync read
        them back); a cache that cannot be written just lists them."""
        with self._reading("reading the refund journal") as conn:
            found = refund_journal.unsettled(conn)
            # Written only when there is something to settle: rare, and a sync may hold the
            # write lock meanwhile.
            settle = now is not None and refund_journal.any_refunded(conn, found)
        if now is not None and settle:
            with contextlib.suppress(CacheError), self._writing("settling refunds") as conn:
                refund_journal.settle_refunded_items(conn, now)
            with self._reading("reading the refund journal") as conn:
                found = refund_journal.unsettled(conn)
        return found

    def journal(self, since: datetime | None = None) -> list[JournalEntry]:
        """Refund attempts (from `since` on, when given), oldest first."""
        with self._reading("reading the refund journal") as conn:
            rows = conn.execute(
                "SELECT uid, at, outcome, message FROM journal WHERE at >= ? ORDER BY at, id",
                (-(2**63) if since is None else to_micros(since),),
            ).fetchall()
        return [
            JournalEntry(uid, from_micros(at), outcome, text) for uid, at, outcome, text in rows
        ]

    def earliest_sale(self) -> datetime | None:
        """The sales date of the oldest cached item, or None when the cache is empty."""
        with self._reading("reading the history") as conn:
            value = conn.execute("SELECT min(sales_date) FROM items").fetchone()[0]
        return None if value is None else from_micros(value)


def _raw_or_empty(uid: str, alone: bytes | None, block: bytes | None) -> dict[str, Any]:
    try:
        if block is not None:
            return raw_from_block(block, uid) or {}
        return {} if alone is None else decode_raw(alone)
    except (ValueError, TypeError, zlib.error) as exc:
        # The parsed columns are still good; only the copy of the server's JSON is lost.
        log.warning("the stored raw JSON of %s cannot be read: %s", uid, exc)
        return {}
