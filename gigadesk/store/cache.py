"""The offline history: a SQLite cache of items, synced windows and the refund journal."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import zlib
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from gigadesk.domain.items import ActivatedItem, month_start, next_month
from gigadesk.store import cache_sql
from gigadesk.store.cache_file import (
    CacheError,
    connect,
    damage_marker,
    describe,
    is_damage,
    release,
)
from gigadesk.store.cache_hits import KeptHits
from gigadesk.store.cache_rows import (
    ITEM_COLUMNS,
    from_micros,
    item_from_row,
    to_micros,
)
from gigadesk.store.cache_schema import (
    DEFERRABLE_INDEXES,
    REFUNDED_AT,
    deferrable_index_statements,
)
from gigadesk.store.cache_writes import PreparedItems, delete_items, prepare_items, upsert_items
from gigadesk.store.query import HistoryQuery
from gigadesk.store.raw_json import decode_raw, raw_from_block

__all__ = ["Cache", "CacheError", "JournalEntry", "SyncedWindow"]

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


_COLUMNS = ", ".join(ITEM_COLUMNS)
_SELECT_ITEMS = f"SELECT {_COLUMNS} FROM items"
# A search page first walks the sort index, testing each row, for at most this many SQLite
# steps: a base, more per row up to the page's end, and a cap (see Cache._rows). A row so
# tested takes 15 to 40 steps, a step about a third of a microsecond: the walk costs 20 ms
# at most for a first page, and fills it when more than about one row in thirty matches.
_WALK_STEPS, _WALK_STEPS_PER_ROW, _WALK_STEPS_MAX = 60_000, 200, 600_000
# With the hits kept, a row walked costs about 6 steps (the index alone, and a look-up in the
# hits), and sorting the hits about 40 per hit (each item's row read): the page is read the
# cheaper way. Past _WALK_BLIND_ROWS rows the hits are always kept first, to choose so.
_STEPS_PER_ROW, _STEPS_PER_HIT, _WALK_BLIND_ROWS = 6, 40, 1_000
_WALK_CHECKS = 8  # progress handler calls within a walk's budget
# Up to this many candidates in the trigram index, a search finds all its hits first: at a
# hundredth of a million items, a walk would test a hundred rows per match.
_FEW_HITS = 10_000


class Cache:
    """One connection to the cache; use one Cache per thread (WAL lets readers and a writer
    work at once)."""

    def __init__(self, conn: sqlite3.Connection, path: Path, recovered_from: Path | None) -> None:
        self._conn = conn
        self._closed = False
        self.path = path
        self.recovered_from = recovered_from
        self._writes = 0  # commits by this connection, for the remembered counts
        self._counts: dict[tuple[str, tuple[object, ...]], int] = {}
        self._counts_version: tuple[int, int] | None = None
        self._hits = KeptHits()  # what HITS_TABLE holds
        self._items: tuple[tuple[int, int], int] | None = None  # data version, item count

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
        """Record one refund attempt."""
        with self._writing("writing the refund journal") as conn:
            conn.execute(
                "INSERT INTO journal (uid, at, outcome, message) VALUES (?, ?, ?, ?)",
                (entry.uid, to_micros(entry.at), entry.outcome, entry.message),
            )

    # --- reading ----------------------------------------------------------------------------

    def get(self, uid: str) -> ActivatedItem | None:
        """The cached item with this uid, with its raw JSON, or None."""
        with self._reading("reading an item") as conn:
            found = conn.execute(
                f"SELECT {_COLUMNS}, item_raw.raw, raw_blocks.data FROM items"
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
        text = cache_sql.needle(query.search)
        # The hits are kept when a page needed them all; a count alone does not keep them (the
        # background counter's connection never reads a page, and filling the table costs
        # more than the count: 50 ms against 10 for "eu" in a million items).
        kept = self._hits_kept(text)
        chosen = cache_sql.filters(query, _now(query))
        if text and chosen == cache_sql.TRUE:  # a search alone: counted without the items
            if kept:
                return self._remembered(f"SELECT count(*) FROM {cache_sql.HITS_TABLE}", ())
            found = cache_sql.hits(text)
            return self._remembered(f"SELECT count(*) FROM ({found.sql})", found.params)
        return self._count(cache_sql.matching(chosen, text, kept=kept))

    def _keep_hits(self, text: str) -> None:
        """Find the hits of `text` into HITS_TABLE, unless they are there already (or not
        worth keeping: see `kept_hits`)."""
        if cache_sql.kept_hits(text) and not self._hits_kept(text):
            version = self._data_version()
            self._counts.clear()  # counts over the kept hits are of the previous search
            with self._reading("searching the history") as conn:
                self._hits.fill(conn, text, version)

    def _keep_few_hits(self, text: str) -> bool:
        """Keep the hits of `text` when the trigram index finds at most _FEW_HITS candidates
        for it (then finding them first costs less than a long walk in search of them).

        True when HITS_TABLE holds them (now or before) and they are few. One letter has no
        index, and counts as many.
        """
        version = self._data_version()
        if self._hits.holds(text, version):
            return self._hits.count <= _FEW_HITS
        if not cache_sql.kept_hits(text) or self._hits.known_many(text, version):
            return False
        self._counts.clear()
        with self._reading("searching the history") as conn:
            return self._hits.fill_if_few(conn, text, version, _FEW_HITS)

    def _hits_kept(self, text: str) -> bool:
        """True when HITS_TABLE holds the hits of `text` in the data as it is now."""
        return self._hits.holds(text, self._data_version())

    def _count(self, clause: cache_sql.Clause) -> int:
        if clause == cache_sql.FALSE:
            return 0
        if clause == cache_sql.TRUE:
            return self.total_count()
        return self._remembered(f"SELECT count(*) FROM items WHERE {clause.sql}", clause.params)

    def _remembered(self, sql: str, params: tuple[object, ...]) -> int:
        # A view asks for the count of the same rows again and again (each refresh, each
        # segment of a page): remember it until the data changes.
        version = self._data_version()
        if self._counts_version != version:
            self._counts.clear()
            self._counts_version = version
        key = (sql, params)
        if key not in self._counts:
            with self._reading("counting items") as conn:
                found = int(conn.execute(sql, params).fetchone()[0])
            if len(self._counts) >= 32:
                self._counts.clear()
            self._counts[key] = found
        return self._counts[key]

    def _data_version(self) -> tuple[int, int]:
        # data_version moves when another connection commits; _writes when this one does.
        with self._reading("checking for changes") as conn:
            return int(conn.execute("PRAGMA data_version").fetchone()[0]), self._writes

    def page(self, query: HistoryQuery, offset: int, limit: int) -> list[ActivatedItem]:
        """Up to `limit` items that `query` shows, from position `offset` (without raw JSON)."""
        if offset < 0 or limit <= 0:
            return []
        now = _now(query)
        text = cache_sql.needle(query.search)
        parts, refundable = cache_sql.segments(query, now)
        sizes: list[int | None] = [None] * len(parts)
        if refundable is not None and offset > 0:
            # Only the refundable segment is counted (a short index range); the other's size
            # follows from the count of the whole view, which the view has asked for already.
            # From offset 0 no size is needed: a segment that ends early ends the page's
            # share of it, and the next one is read from its start.
            self._keep_hits(text)
            found = self._count(cache_sql.matching(parts[refundable], text))
            sizes[refundable], sizes[1 - refundable] = found, self.count(query) - found
        rows: list[Any] = []
        for part, size in zip(parts, sizes, strict=True):
            if size is not None and offset >= size:
                offset -= size  # the page starts in a later segment
                continue
            if part != cache_sql.FALSE:
                rows += self._rows(query, part, text, offset, limit - len(rows))
            offset = 0
            if len(rows) >= limit:
                break
        return [item_from_row(row) for row in rows]

    def _rows(
        self, query: HistoryQuery, part: cache_sql.Clause, text: str, offset: int, limit: int
    ) -> list[Any]:
        if not text:
            sql = cache_sql.sorted_page(
                _SELECT_ITEMS, part.sql, query.sort, query.descending, indexed=True
            )
            with self._reading("reading a page of the history") as conn:
                return conn.execute(sql, (*part.params, limit, offset)).fetchall()
        # A search. When the trigram index finds few candidates, they are confirmed and kept,
        # and the page is read the cheaper way: a walk along the sort index that looks each
        # row up in the hits, or a sort of the hits. Otherwise walk the index testing each
        # row's text, for a bounded number of SQLite steps: when matches are common this
        # fills the page after a few hundred rows, without finding every match first (a
        # quarter of a million for "@inbox.example"); when they are not (or gather far along
        # the index) the walk gives up, and all matches are found and just those sorted.
        end = offset + limit
        if not self._keep_few_hits(text) and end > _WALK_BLIND_ROWS:
            self._keep_hits(text)  # deep in the results: the hits tell whether to walk
        if self._hits_kept(text):
            hit = cache_sql.IN_HITS
            # About the steps of a walk to the page's end (filters aside).
            walk = _STEPS_PER_ROW * end * self._item_count() // max(1, self._hits.count)
            if walk <= min(_STEPS_PER_HIT * self._hits.count, _WALK_STEPS_MAX):
                steps = _WALK_STEPS + 2 * walk  # room for filters and a wrong guess
            else:
                steps = 0  # sorting the hits costs less
        else:
            hit = cache_sql.hit_test(text)
            steps = min(_WALK_STEPS + _WALK_STEPS_PER_ROW * end, _WALK_STEPS_MAX)
        test = cache_sql.conjunction([part, hit])
        order = cache_sql.order_by(query.sort, query.descending)
        rows = self._walk(
            f"SELECT {_COLUMNS} FROM {cache_sql.walked(query.sort)} WHERE {test.sql}"
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            (*test.params, limit, offset),
            steps,
        )
        if rows is not None:
            return rows
        self._keep_hits(text)
        return self._sorted(query, part, text, offset, limit)

    def _item_count(self) -> int:
        # Remembered apart from the counts, which each new search's hits clear.
        version = self._data_version()
        if self._items is None or self._items[0] != version:
            self._items = (version, self.total_count())
        return self._items[1]

    def _sorted(
        self, query: HistoryQuery, part: cache_sql.Clause, text: str, offset: int, limit: int
    ) -> list[Any]:
        """A page of a search read by finding all its matches and sorting just those."""
        every = cache_sql.matching(part, text)
        sql = cache_sql.sorted_page(
            _SELECT_ITEMS, every.sql, query.sort, query.descending, indexed=False
        )
        with self._reading("reading a page of the history") as conn:
            return conn.execute(sql, (*every.params, limit, offset)).fetchall()

    def _walk(self, sql: str, params: tuple[object, ...], steps: int) -> list[Any] | None:
        """The rows of `sql`, or None when SQLite needs more than about `steps` virtual
        machine steps to read them (a progress handler interrupts it)."""
        if steps <= 0:
            return None
        calls = 0

        def progress() -> int:
            # Called about every steps/8 steps; counting calls (rather than stopping at the
            # first, set at `steps`) keeps the budget right whatever SQLite counted before.
            nonlocal calls
            calls += 1
            return int(calls > _WALK_CHECKS)

        with self._reading("reading a page of the history") as conn:
            conn.set_progress_handler(progress, max(1, steps // _WALK_CHECKS))
            try:
                return conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                if _no_such_index(exc):
                    # A first sync builds the sort-only indexes at its end, and an older build
                    # may have made a cache without one: sort instead.
                    log.info("cache: a search walk cannot run: %s", exc)
                    return None
                if exc.sqlite_errorcode != sqlite3.SQLITE_INTERRUPT or calls <= _WALK_CHECKS:
                    raise
                return None
            finally:
                conn.set_progress_handler(None, 0)

    def total_count(self) -> int:
        """How many items the cache holds."""
        with self._reading("counting items") as conn:
            return int(conn.execute("SELECT count(*) FROM items").fetchone()[0])

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
        # SQLite would rather read every refunded row through items_status (status = ?
        # looks more selective than a range): tens of milliseconds at a million items,
        # against a fraction of one along the partial index of refunds by time.
        where = f"WHERE {REFUNDED_AT} AND refunded_at >= ? AND refunded_at < ?"
        window = (to_micros(month_start(now)), to_micros(next_month(now)))
        with self._reading("counting this month's refunds") as conn:
            try:
                found = conn.execute(
                    f"SELECT count(*) FROM items INDEXED BY items_refunds {where}", window
                )
            except sqlite3.OperationalError as exc:
                if not _no_such_index(exc):
                    raise
                found = conn.execute(f"SELECT count(*) FROM items {where}", window)  # an old cache
            return int(found.fetchone()[0])

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


def _now(query: HistoryQuery) -> int:
    return to_micros(query.now if query.now is not None else datetime.now(UTC))


def _no_such_index(exc: sqlite3.OperationalError) -> bool:
    """True when a statement named an index the cache lacks (an older cache, or a first sync
    that has not built it yet)."""
    return str(exc).startswith("no such index")


def _raw_or_empty(uid: str, alone: bytes | None, block: bytes | None) -> dict[str, Any]:
    try:
        if block is not None:
            return raw_from_block(block, uid) or {}
        return {} if alone is None else decode_raw(alone)
    except (ValueError, TypeError, zlib.error) as exc:
        # The parsed columns are still good; only the copy of the server's JSON is lost.
        log.warning("the stored raw JSON of %s cannot be read: %s", uid, exc)
        return {}
