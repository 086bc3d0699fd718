"""Reading the cache: count and page for every filter, sort and search, checked against the
domain's own rules (assess, is_expired, is_activated) and Python's substring search."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_helpers import GB, NOW, history, make_item

from gigadesk.domain.eligibility import assess
from gigadesk.domain.items import ActivatedItem, DataAllowance, Money, Status, Validity
from gigadesk.store import cache_sql, cache_views
from gigadesk.store.cache import Cache
from gigadesk.store.cache_schema import DEFERRABLE_INDEXES
from gigadesk.store.cache_views import ViewReader
from gigadesk.store.query import HistoryQuery, QuickFilter, SortKey


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with Cache.open(tmp_path / "history.sqlite3") as opened:
        for item in history():
            opened.upsert_item(item)
        yield opened


def in_filter(item: ActivatedItem, quick: QuickFilter, now: datetime, limit_reached: bool) -> bool:
    """What each quick filter means, in the domain's own terms."""
    refunded = item.status is Status.REFUNDED
    if quick is QuickFilter.ALL:
        return True
    if quick is QuickFilter.REFUNDABLE:
        # assess() with a limit of 1 and 1 or 0 refunds used is exactly "limit reached" or not.
        return assess(item, now, 1 if limit_reached else 0, 1).refundable
    if quick is QuickFilter.ACTIVE:
        return item.is_activated and not item.is_expired(now) and not refunded
    if quick is QuickFilter.NOT_YET_ACTIVE:
        return not item.is_activated and not item.is_expired(now) and not refunded
    if quick is QuickFilter.EXPIRED:
        return item.is_expired(now) and not refunded
    if quick is QuickFilter.REFUNDED:
        return refunded
    return item.status is Status.ACTIVATED


def matches(item: ActivatedItem, search: str) -> bool:
    needle = search.strip().lower()
    fields = (item.name, item.uid, item.iccid, item.customer_email, item.metatag)
    return any(needle in field.lower() for field in fields if field is not None)


def shown(cache: Cache, query: HistoryQuery) -> list[str]:
    return [item.uid for item in cache.page(query, 0, 1000)]


@pytest.mark.parametrize(
    ("quick", "expected"),
    [
        (QuickFilter.ALL, 10),
        (QuickFilter.REFUNDABLE, {"fresh", "not-active", "mystery"}),
        (QuickFilter.ACTIVE, {"fresh", "used", "stock", "mystery"}),
        (QuickFilter.NOT_YET_ACTIVE, {"not-active", "no-expiry"}),
        (QuickFilter.EXPIRED, {"expired", "waiting-expired"}),
        (QuickFilter.REFUNDED, {"refunded", "old-refund"}),
        (QuickFilter.FROM_STOCK, {"stock"}),
    ],
)
def test_each_quick_filter_shows_its_items(
    cache: Cache, quick: QuickFilter, expected: set[str] | int
) -> None:
    query = HistoryQuery(quick_filter=quick, now=NOW)
    found = shown(cache, query)
    if isinstance(expected, int):
        assert len(found) == expected
    else:
        assert set(found) == expected
    assert cache.count(query) == len(found)


def test_refundable_is_empty_once_the_months_refunds_are_used_up(cache: Cache) -> None:
    query = HistoryQuery(quick_filter=QuickFilter.REFUNDABLE, now=NOW, limit_reached=True)
    assert cache.count(query) == 0
    assert shown(cache, query) == []


def test_filters_depend_on_the_instant_asked_about(cache: Cache) -> None:
    later = NOW + timedelta(days=40)  # "fresh" (30 days) has expired by then
    assert "fresh" in shown(cache, HistoryQuery(quick_filter=QuickFilter.ACTIVE, now=NOW))
    assert "fresh" in shown(cache, HistoryQuery(quick_filter=QuickFilter.EXPIRED, now=later))


def test_status_narrows_any_filter(cache: Cache) -> None:
    query = HistoryQuery(quick_filter=QuickFilter.ACTIVE, status=Status.ACTIVATED, now=NOW)
    assert shown(cache, query) == ["stock"]
    assert cache.count(HistoryQuery(status=Status.REFUNDED, now=NOW)) == 2


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        (
            "europe",
            {"fresh", "used", "expired", "old-refund", "stock", "no-expiry", "waiting-expired"},
        ),
        ("EUROPE", None),
        ("  usa  ", {"not-active"}),
        ("carla.rossi@example", {"expired"}),
        ("CARLA", {"expired"}),
        ("000000002", {"not-active"}),
        ("order 1042", None),
        ("mystery", {"mystery"}),
        ("ys", {"mystery"}),
        ("y", {"mystery", "no-expiry"}),
        ("ja", {"mystery"}),
        ("exp", {"expired", "no-expiry", "waiting-expired", "refunded"}),  # Asia Explorer
        ("zzz", set()),
        ("", None),
    ],
)
def test_search_finds_substrings_case_insensitively(
    cache: Cache, search: str, expected: set[str] | None
) -> None:
    everything = history()
    want = {item.uid for item in everything if matches(item, search)}
    if expected is not None:
        assert want == expected  # the helper agrees with the hand-written expectation
    query = HistoryQuery(search=search, now=NOW)
    assert set(shown(cache, query)) == want
    assert cache.count(query) == len(want)


@pytest.mark.parametrize("search", ["42", "2", "e", "ne", "tz"])
def test_short_searches_find_the_very_end_of_the_text(cache: Cache, search: str) -> None:
    # The metatag is the last searchable field, so its end is the end of the search text.
    last = make_item(uid="end", name="x", iccid=None, customer_email=None, metatag=f"t {search}")
    cache.upsert_item(last)
    query = HistoryQuery(search=search, now=NOW)
    expected = {item.uid for item in [*history(), last] if matches(item, search)}
    assert "end" in expected
    assert set(shown(cache, query)) == expected
    assert cache.count(query) == len(expected)


def test_a_search_with_a_lone_surrogate_does_not_fail(cache: Cache) -> None:
    assert cache.count(HistoryQuery(search="\ud800", now=NOW)) == 10  # nothing left: no filter
    assert shown(cache, HistoryQuery(search="ys\udfff", now=NOW)) == ["mystery"]


def test_a_search_never_matches_across_two_fields(cache: Cache) -> None:
    # "GB" ends the name and "fresh" starts the uid: "gbfresh" spans the two.
    assert cache.count(HistoryQuery(search="gbfresh", now=NOW)) == 0
    assert cache.count(HistoryQuery(search="b f", now=NOW)) == 0


def test_search_text_with_quotes_and_operators_is_taken_literally(cache: Cache) -> None:
    cache.upsert_item(make_item(uid="q", metatag='say "hi" AND * OR NOT ^x'))
    for search in ['"hi"', "and *", "or not ^", 'y "h', "*", '"']:
        assert shown(cache, HistoryQuery(search=search, now=NOW)) == ["q"], search


SORT_KEYS: dict[SortKey, Callable[[ActivatedItem], object]] = {
    SortKey.SOLD: lambda item: item.sales_date,
    SortKey.PACKAGE: lambda item: item.name.lower(),
    SortKey.VOLUME: lambda item: item.data.total_bytes,
    SortKey.USED: lambda item: item.data.used_bytes,
    SortKey.STATUS: lambda item: item.status.value,
    SortKey.PURCHASE_ID: lambda item: item.uid,
}


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_every_sort_pages_through_every_row_once(
    cache: Cache, key: SortKey, descending: bool
) -> None:
    query = HistoryQuery(sort=key, descending=descending, now=NOW)
    pages = [cache.page(query, offset, 3) for offset in range(0, 12, 3)]
    assert [len(page) for page in pages] == [3, 3, 3, 1]
    order = [item.uid for page in pages for item in page]
    assert sorted(order) == sorted(item.uid for item in history())
    if key in SORT_KEYS:
        values = [SORT_KEYS[key](item) for page in pages for item in page]
        assert values == sorted(values, reverse=descending)  # type: ignore[type-var]


def test_sort_by_price_orders_by_exact_amount(cache: Cache) -> None:
    query = HistoryQuery(sort=SortKey.PRICE, descending=True, now=NOW)
    assert shown(cache, query)[0] == "used"  # 12.3456 beats 4.50


def test_refundable_sort_puts_refundable_rows_first_then_by_sale(cache: Cache) -> None:
    query = HistoryQuery(sort=SortKey.REFUNDABLE, descending=True, now=NOW)
    order = shown(cache, query)
    assert order[:3] == ["fresh", "not-active", "mystery"]  # refundable, newest first
    assert order[3:] == [
        "used",
        "stock",
        "refunded",
        "no-expiry",
        "old-refund",
        "expired",
        "waiting-expired",
    ]
    ascending = shown(cache, HistoryQuery(sort=SortKey.REFUNDABLE, descending=False, now=NOW))
    assert ascending == list(reversed(order))
    # Pages that straddle the two segments are cut correctly.
    for offset in range(10):
        assert [i.uid for i in cache.page(query, offset, 2)] == order[offset : offset + 2]
    reached = HistoryQuery(sort=SortKey.REFUNDABLE, now=NOW, limit_reached=True)
    assert shown(cache, reached) == shown(cache, HistoryQuery(sort=SortKey.SOLD, now=NOW))


def test_sort_by_region_and_customer_ignore_case(cache: Cache) -> None:
    emails = [
        i.customer_email
        for i in cache.page(HistoryQuery(sort=SortKey.CUSTOMER, descending=False, now=NOW), 0, 20)
    ]
    present = [e for e in emails if e is not None]
    assert present == sorted(present, key=str.lower)
    assert emails[0] is None  # unknown customers sort first ascending


def test_page_edges(cache: Cache) -> None:
    query = HistoryQuery(now=NOW)
    assert cache.page(query, 10, 5) == []
    assert cache.page(query, 0, 0) == []
    assert cache.page(query, -1, 5) == []
    assert len(cache.page(query, 8, 5)) == 2


# How a search page is read (see ViewReader._rows), forced by the knobs of cache_views:
# "sorted" finds every match and sorts them, "walk" walks the sort index until the page is
# full, "few" finds the candidates of the trigram index first (and confirms each) and sorts
# them, "few-walk" walks the index with them in hand, "mixed" walks with a tiny budget, so
# that some walks end the page and others give up half-way; "deep" keeps all hits first
# (as for a page far down), and walks when they say it pays.
READ_WAYS: dict[str, dict[str, int]] = {
    "sorted": {"_STEPS_PER_HIT": 0, "_WALK_STEPS": 0, "_WALK_STEPS_PER_ROW": 0, "_FEW_HITS": -1},
    "walk": {
        "_STEPS_PER_HIT": 10**6,
        "_WALK_STEPS": 10**9,
        "_WALK_STEPS_MAX": 10**9,
        "_FEW_HITS": -1,
    },
    "few": {"_STEPS_PER_HIT": 0, "_WALK_STEPS": 0, "_WALK_STEPS_PER_ROW": 0, "_FEW_HITS": 10**6},
    "few-walk": {"_STEPS_PER_HIT": 10**6, "_WALK_STEPS": 10**9, "_FEW_HITS": 10**6},
    "mixed": {"_WALK_STEPS": 400, "_WALK_STEPS_PER_ROW": 40, "_FEW_HITS": -1},
    "deep": {"_WALK_BLIND_ROWS": 0, "_WALK_STEPS": 300, "_WALK_STEPS_PER_ROW": 60, "_FEW_HITS": -1},
}


def read_by(monkeypatch: pytest.MonkeyPatch, way: str) -> list[bool]:
    """Make the cache read search pages one way; returns, as they happen, whether each walk
    along the sort index that was tried ended the page (True) or gave up (False)."""
    for name, value in READ_WAYS[way].items():
        monkeypatch.setattr(cache_views, name, value)
    walks: list[bool] = []
    walk = ViewReader._walk

    def recorded(reader: ViewReader, sql: str, params: tuple[object, ...], steps: int) -> object:
        rows = walk(reader, sql, params, steps)
        if steps > 0:  # zero: the hits in hand said sorting them costs less
            walks.append(rows is not None)
        return rows

    monkeypatch.setattr(ViewReader, "_walk", recorded)
    return walks


def mixed_items() -> list[ActivatedItem]:
    """Eighty items: common and rare names, e-mails and metatags, sold an hour apart."""
    names = ["eSIM Europe 5 GB", "USA Unlimited 10 GB", "Asia Explorer 3 GB", "Japan Go 1 GB"]
    return [
        make_item(
            uid=f"item-{number:03d}",
            # "Neuro Operations" holds every trigram "europe" is looked up by, not "europe".
            name=names[number % 4] if number < 60 else "Rare Europe Edition",
            sales_date=NOW - timedelta(hours=number),
            customer_email=f"buyer{number % 7}@example.org",
            metatag="neuro operations" if number % 9 == 0 else f"order {number}",
            data=DataAllowance(5 * GB, (number % 5) * GB),
            status=Status.ACTIVATED if number % 6 == 0 else Status.PURCHASED,
        )
        for number in range(80)
    ]


def test_pages_agree_whichever_way_a_search_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every way of reading a search page gives the same rows, in the same order, page after
    page, as Python's own substring search and the count."""
    items = mixed_items()
    queries = [
        HistoryQuery(search=search, sort=key, descending=descending, now=NOW, quick_filter=quick)
        for search in ("europe", "rare", "buyer3", "o", "eu", "zzz")
        for key in (SortKey.SOLD, SortKey.PACKAGE, SortKey.USED, SortKey.REFUNDABLE)
        for descending in (True, False)
        for quick in (QuickFilter.ALL, QuickFilter.REFUNDABLE)
    ]
    with Cache.open(tmp_path / "history.sqlite3") as cache:
        for item in items:
            cache.upsert_item(item)
        with monkeypatch.context() as patch:
            read_by(patch, "sorted")
            expected = {query: shown(cache, query) for query in queries}
        for query in queries:
            if query.quick_filter is QuickFilter.ALL:
                assert set(expected[query]) == {i.uid for i in items if matches(i, query.search)}
        for way in READ_WAYS:
            with monkeypatch.context() as patch:
                walks = read_by(patch, way)
                for query, rows in expected.items():
                    paged = [
                        item.uid
                        for offset in range(0, 80, 4)
                        for item in cache.page(query, offset, 4)
                    ]
                    assert paged == rows, (way, query)
                    assert cache.count(query) == len(rows), (way, query)
            if way in ("walk", "few-walk"):
                assert walks and all(walks)
            elif way in ("mixed", "deep"):
                assert True in walks and False in walks, way
            else:
                assert not walks
        # The background counter's own connection counts without reading any page first.
        with Cache.open(tmp_path / "history.sqlite3") as counter:
            for query, rows in expected.items():
                assert counter.count(query) == len(rows), query


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_a_walk_reads_the_sort_index_in_order(cache: Cache, key: SortKey, descending: bool) -> None:
    """The index a search walks exists, and gives the rows in order: no sort of them all
    before the first (a sort within rows of equal leading columns streams, and is fine)."""
    order = cache_sql.order_by(key, descending)
    test = cache_sql.hit_test("europe")
    with contextlib.closing(sqlite3.connect(cache.path)) as conn:
        plan = conn.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM {cache_sql.walked(key)}"
            f" WHERE {test.sql} ORDER BY {order} LIMIT 5",
            test.params,
        ).fetchall()
    steps = [str(row[-1]) for row in plan]
    assert any(step.startswith("SCAN items USING") for step in steps), steps
    assert "USE TEMP B-TREE FOR ORDER BY" not in steps, steps


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("deferred", [False, True])
def test_a_page_sorts_only_keys_and_reads_just_its_own_rows(
    tmp_path: Path, key: SortKey, deferred: bool
) -> None:
    """The sort (or the walk along the sort index) holds each row's sort columns and id only;
    the page's rows are then read by id. Sorting whole rows made deep pages slow: 7.7 s for
    a page 500,000 rows down a million items without the sort index, 2.7 s this way."""
    statements: list[str] = []
    with Cache.open(tmp_path / "history.sqlite3") as cache:
        if deferred:  # as during a first sync: the sort-only indexes are missing
            assert cache.defer_sort_indexes()
        for item in history():
            cache.upsert_item(item)
        cache._conn.set_trace_callback(statements.append)  # the SQL it runs, values bound
        assert len(cache.page(HistoryQuery(sort=key, now=NOW), 2, 3)) == 3
        cache._conn.set_trace_callback(None)
        pages = [statement for statement in statements if " LIMIT " in statement]
        # One statement a segment (sorted by Refundable: the refundable ones, then the rest).
        assert len(pages) == (2 if key == SortKey.REFUNDABLE else 1), statements
        plans = [cache._conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall() for sql in pages]
    for plan in plans:
        subquery = next(row[0] for row in plan if str(row[-1]).startswith("LIST SUBQUERY"))
        outer = [str(row[-1]) for row in plan if row[1] == 0]
        inner = [str(row[-1]) for row in plan if row[1] == subquery]
        assert outer[0] == "SEARCH items USING INTEGER PRIMARY KEY (rowid=?)", plan
        assert not any(step.startswith("SCAN items") for step in outer), plan
        # Along the key's own covering index. (The refundable segment is a short range of
        # the state index, sorted: by design, a few percent of the items.)
        if key != SortKey.REFUNDABLE and not (deferred and key in DEFERRED_KEYS):
            assert any(step.startswith("SCAN items USING COVERING INDEX") for step in inner), plan
            assert "USE TEMP B-TREE FOR ORDER BY" not in inner, plan


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("search", ["", "o", "rare", "buyer3"])
def test_pages_are_the_same_without_the_deferrable_sort_indexes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, key: SortKey, search: str
) -> None:
    """A cache whose first sync stopped before it built its sort-only indexes (or one made by
    an older build) still sorts and searches right."""
    caplog.set_level(logging.INFO)
    items = mixed_items()
    queries = [
        HistoryQuery(search=search, sort=key, descending=descending, now=NOW)
        for descending in (False, True)
    ]
    expected: list[list[str]] = []
    for name, defer in (("indexed", False), ("deferred", True)):
        with Cache.open(tmp_path / f"{name}.sqlite3") as cache:
            if defer:
                assert cache.defer_sort_indexes()
            for item in items:
                cache.upsert_item(item)
            assert cache.defer_sort_indexes() is False  # never once it holds items
            pages = [shown(cache, query) for query in queries]
            pages += [[item.uid for item in cache.page(query, 3, 4)] for query in queries]
        expected.append(pages)
    assert expected[0] == expected[1]
    if search == "o" and key in DEFERRED_KEYS:  # a common term's walk along the index fell back
        assert f"no such index: {cache_sql.SORT_INDEXES[key]}" in caplog.text


# The sort keys whose index a first sync builds at its end.
DEFERRED_KEYS = {
    SortKey.PACKAGE,
    SortKey.REGION,
    SortKey.VOLUME,
    SortKey.USED,
    SortKey.EXPIRES,
    SortKey.PRICE,
    SortKey.CUSTOMER,
}


def test_build_sort_indexes_restores_every_index(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with Cache.open(path) as cache:
        full = index_names(path)
        assert cache.defer_sort_indexes()
        assert full - index_names(path) == set(DEFERRABLE_INDEXES)
        for item in mixed_items():
            cache.upsert_item(item)
        cache.build_sort_indexes()
        assert index_names(path) == full
        cache.build_sort_indexes()  # nothing missing: nothing to do
        assert index_names(path) == full


def index_names(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'").fetchall()
    return {name for (name,) in rows}


@pytest.mark.parametrize("few", [0, 1, 3, 8, 20, 40, 10**6])
def test_searches_agree_whatever_counts_as_few_hits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, few: int
) -> None:
    """A search with few candidates is found from the trigram index, looking up only its
    rarer trigrams when others are common ("ord" of "order 42" is in nearly every item):
    the rows are the same whichever trigrams are looked up, or whether a walk is used."""
    monkeypatch.setattr(cache_views, "_FEW_HITS", few)
    items = mixed_items()
    searches = ["order 42", "order 4", "der 7", "europe", "rare europe", "r3@exa", "neuro op"]
    with Cache.open(tmp_path / "history.sqlite3") as cache:
        for item in items:
            cache.upsert_item(item)
        for search in searches:
            query = HistoryQuery(search=search, now=NOW)
            expected = [i.uid for i in sorted(items, key=lambda i: i.sales_date, reverse=True)]
            expected = [
                uid for uid in expected if matches(next(i for i in items if i.uid == uid), search)
            ]
            assert shown(cache, query) == expected, search
            assert [i.uid for i in cache.page(query, 2, 3)] == expected[2:5], search
            assert cache.count(query) == len(expected), search


def test_search_filter_and_sort_combine(cache: Cache) -> None:
    query = HistoryQuery(
        search="europe",
        quick_filter=QuickFilter.ACTIVE,
        sort=SortKey.PURCHASE_ID,
        descending=False,
        now=NOW,
    )
    assert shown(cache, query) == ["fresh", "stock", "used"]
    assert cache.count(query) == 3


# --- properties: the cache agrees with the domain for any items ------------------------------

instants = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31)).map(
    lambda moment: moment.replace(tzinfo=UTC)
)
texts = st.text(alphabet="abcXYZ .@-äÖß\"'*", max_size=12)


@st.composite
def activated_items(draw: st.DrawFn, uid: str) -> ActivatedItem:
    total = draw(st.sampled_from([0, GB, 5 * GB, 10**15]))
    remaining = draw(st.sampled_from([0, total // 2, total, total + 1]))
    expires = draw(st.none() | instants)
    return ActivatedItem(
        uid=uid,
        name=draw(texts),
        status=draw(st.sampled_from(Status)),
        sales_date=draw(instants),
        data=DataAllowance(total, remaining),
        activated_at=draw(st.none() | instants),
        expires_at=expires,
        refunded_at=draw(st.none() | instants),
        validity=draw(
            st.none()
            | st.builds(
                Validity,
                st.integers(-5, 60),
                st.sampled_from(["days", "WEEKS", "hours", "months", ""]),
            )
        ),
        purchase_price=draw(
            st.none()
            | st.builds(
                Money, st.decimals(min_value=-1000, max_value=1000, places=4), st.just("USD")
            )
        ),
        customer_email=draw(st.none() | texts),
        iccid=draw(st.none() | st.text(alphabet="0123456789", min_size=1, max_size=6)),
        metatag=draw(st.none() | texts),
    )


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    """One cache for all examples of a property (a new file per example is slow)."""
    with Cache.open(tmp_path_factory.mktemp("property") / "history.sqlite3") as opened:
        yield opened


def refill(cache: Cache, items: list[ActivatedItem]) -> Cache:
    """Empty the cache (a synced window over all time with nothing in it), then store items."""
    cache.replace_window(datetime.min, datetime.max, [], NOW)
    assert cache.total_count() == 0
    for item in items:
        cache.upsert_item(item)
    return cache


@st.composite
def histories(draw: st.DrawFn) -> list[ActivatedItem]:
    count = draw(st.integers(0, 25))
    return [draw(activated_items(f"u{number:03d}")) for number in range(count)]


def edges(items: list[ActivatedItem]) -> list[datetime]:
    """The instants at which some item changes state: where a filter is easiest to get wrong."""
    found: list[datetime] = []
    for item in items:
        for moment in (item.expires_at, item.validity_end(), item.activated_at):
            if moment is not None:
                found += [moment, moment - timedelta(microseconds=1)]
    return found


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=histories(), data=st.data(), limit_reached=st.booleans())
def test_quick_filters_agree_with_the_domain(
    shared_cache: Cache, items: list[ActivatedItem], data: st.DataObject, limit_reached: bool
) -> None:
    now = data.draw(instants | st.sampled_from(edges(items)) if edges(items) else instants)
    cache = refill(shared_cache, items)
    for quick in QuickFilter:
        query = HistoryQuery(quick_filter=quick, now=now, limit_reached=limit_reached)
        expected = {item.uid for item in items if in_filter(item, quick, now, limit_reached)}
        assert set(shown(cache, query)) == expected, quick
        assert cache.count(query) == len(expected), quick
    for key in (SortKey.REFUNDABLE, SortKey.EXPIRES, SortKey.PRICE):
        query = HistoryQuery(sort=key, now=now, limit_reached=limit_reached)
        assert sorted(shown(cache, query)) == sorted(item.uid for item in items)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=histories(), search=texts)
def test_search_agrees_with_python_substrings(
    shared_cache: Cache, items: list[ActivatedItem], search: str
) -> None:
    cache = refill(shared_cache, items)
    query = HistoryQuery(search=search, now=NOW)
    expected = {item.uid for item in items if matches(item, search)}
    assert set(shown(cache, query)) == expected
    assert cache.count(query) == len(expected)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=histories())
def test_every_field_round_trips_for_any_item(
    shared_cache: Cache, items: list[ActivatedItem]
) -> None:
    cache = refill(shared_cache, items)
    for item in items:
        assert cache.get(item.uid) == item
    assert cache.page(
        HistoryQuery(sort=SortKey.PURCHASE_ID, descending=False, now=NOW), 0, 100
    ) == sorted(items, key=lambda item: item.uid)
