"""The history views of the cache: how many items a search, quick filter and sort order
show, and their pages, read a page at a time."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from gigadesk.domain.items import ActivatedItem
from gigadesk.store import cache_sql
from gigadesk.store.cache_file import no_such_index
from gigadesk.store.cache_hits import KeptHits
from gigadesk.store.cache_rows import SELECTED_COLUMNS, item_from_row, to_micros
from gigadesk.store.query import HistoryQuery

log = logging.getLogger(__name__)

_SELECT_ITEMS = f"SELECT {SELECTED_COLUMNS} FROM items"

# A search page first walks the sort index, testing each row, for at most this many SQLite
# steps: a base, more per row up to the page's end, and a cap (see ViewReader._rows). A row so
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


class ViewReader:
    """Counts and pages of history views over one connection, remembering counts and a
    search's hits while the data stays the same (see Cache.count and Cache.page)."""

    def __init__(
        self,
        reading: Callable[[str], AbstractContextManager[sqlite3.Connection]],
        writes: Callable[[], int],
    ) -> None:
        """`reading(doing)`: the connection, with its errors told as CacheErrors; `writes()`:
        how many transactions the connection has committed (another connection's commits
        move SQLite's data_version)."""
        self._reading = reading
        self._writes = writes
        self._counts: dict[tuple[str, tuple[object, ...]], int] = {}
        self._counts_version: tuple[int, int] | None = None
        self._hits = KeptHits()  # what HITS_TABLE holds
        self._items: tuple[tuple[int, int], int] | None = None  # data version, item count

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
            return int(conn.execute("PRAGMA data_version").fetchone()[0]), self._writes()

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
            f"SELECT {SELECTED_COLUMNS} FROM {cache_sql.walked(query.sort)} WHERE {test.sql}"
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
                if no_such_index(exc):
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


def _now(query: HistoryQuery) -> int:
    return to_micros(query.now if query.now is not None else datetime.now(UTC))
