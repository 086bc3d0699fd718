"""Sales-history windows and single items from the sandbox, over loopback HTTP."""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx
import pytest
from sandbox_helpers import ITEMS, NOW, make_item, month_start, stamp, window

from gigadesk.sandbox.server import SandboxServer

Serve = Callable[..., SandboxServer]
Connect = Callable[..., httpx.Client]

START = datetime(2026, 3, 1, tzinfo=UTC)
END = datetime(2026, 4, 1, tzinfo=UTC)


def bounded_items() -> list[dict[str, object]]:
    """Items just inside and just outside [START, END)."""
    return [
        make_item("before", START - timedelta(seconds=1)),
        make_item("first", START),
        make_item("middle", START + timedelta(days=10)),
        make_item("last", END - timedelta(seconds=1)),
        make_item("after", END),
    ]


def uids(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["uid"] for item in response.json()]


def test_from_is_inclusive_and_to_exclusive(serve: Serve, connect: Connect) -> None:
    client = connect(serve(bounded_items()))
    assert uids(window(client, START, END)) == ["last", "middle", "first"]  # DATE DESC


def test_a_window_with_no_sales_is_an_empty_array(serve: Serve, connect: Connect) -> None:
    client = connect(serve(bounded_items()))
    response = window(client, START + timedelta(days=11), START + timedelta(days=12))
    assert response.content == b"[]"


def test_offsets_other_than_z_are_the_same_instant(serve: Serve, connect: Connect) -> None:
    client = connect(serve(bounded_items()))
    query = {"from": "2026-03-01T02:00:00+02:00", "to": "2026-03-31T23:59:59Z"}
    assert uids(client.get(ITEMS, params=query)) == ["middle", "first"]


@pytest.mark.parametrize(
    ("sort_by", "sort_dir", "expected"),
    [
        ("DATE", "ASC", ["first", "middle", "last"]),
        ("DATE", "DESC", ["last", "middle", "first"]),
        ("NAME", "ASC", ["last", "first", "middle"]),
        ("VOLUME", "ASC", ["middle", "last", "first"]),
        ("VOLUME", "DESC", ["first", "last", "middle"]),
        ("PRICE", "DESC", ["middle", "first", "last"]),
        ("RETAILPRICE", "ASC", ["last", "first", "middle"]),
        ("VALIDITY", "ASC", ["last", "middle", "first"]),
        ("date", "asc", ["first", "middle", "last"]),
    ],
)
def test_sort_orders(
    serve: Serve, connect: Connect, sort_by: str, sort_dir: str, expected: list[str]
) -> None:
    items = [
        # 1 TB > 2000 MB > 500 MB: volume compares bytes, not the numbers shown.
        make_item(
            "first", START, name="global 1 TB", size=(1, "TB"), price=12.99, validity_days=365
        ),
        make_item("middle", START + timedelta(days=1), name="USA", size=(500, "MB"), price=99),
        make_item(
            "last",
            START + timedelta(days=2),
            name="eSIM Europe",
            size=(2000, "MB"),
            price=4.5,
            validity_days=7,
        ),
    ]
    client = connect(serve(items))
    assert uids(window(client, START, END, sort_by=sort_by, sort_dir=sort_dir)) == expected


@pytest.mark.parametrize(
    "query",
    [
        {"to": "2026-04-01T00:00:00Z"},
        {"from": "2026-03-01T00:00:00Z"},
        {"from": "", "to": "2026-04-01T00:00:00Z"},
        {"from": "yesterday", "to": "2026-04-01T00:00:00Z"},
        {"from": "2026-03-01T00:00:00", "to": "2026-04-01T00:00:00Z"},  # no zone
        {"from": "2026-03-01T00:00:00Z", "to": "2026-02-30T00:00:00Z"},
        {"from": "2026-04-01T00:00:00Z", "to": "2026-04-01T00:00:00Z"},  # empty window
        {"from": "2026-04-01T00:00:00Z", "to": "2026-03-01T00:00:00Z"},  # reversed
        {"from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z", "sort_by": "SIZE"},
        {"from": "2026-03-01T00:00:00Z", "to": "2026-04-01T00:00:00Z", "sort_dir": "UP"},
    ],
)
def test_bad_window_parameters_get_400_with_a_message(
    serve: Serve, connect: Connect, query: dict[str, str]
) -> None:
    server = serve(bounded_items())
    response = connect(server).get(ITEMS, params=query)
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    assert response.json()["message"]
    assert server.requests[-1].query == query


def test_max_window_days_refuses_longer_windows(serve: Serve, connect: Connect) -> None:
    server = serve(bounded_items(), max_window_days=31)
    client = connect(server)
    assert uids(window(client, START, END)) == ["last", "middle", "first"]  # 31 days: allowed
    too_long = window(client, START, END + timedelta(seconds=1))
    assert too_long.status_code == 400
    assert "31 days" in too_long.json()["message"]
    server.max_window_days = None  # settable at run time
    assert len(uids(window(client, START - timedelta(days=400), END))) == 4
    server.max_window_days = 1
    assert window(client, START, START + timedelta(days=2)).status_code == 400


def test_month_windows_partition_the_whole_history(demo: SandboxServer, connect: Connect) -> None:
    everything = demo.items_json()
    client = connect(demo)
    start = month_start(min(datetime.fromisoformat(item["salesDate"]) for item in everything))
    seen: list[str] = []
    while start <= NOW:
        end = month_start(start + timedelta(days=32))
        listed = window(client, start, end)
        dates = [item["salesDate"] for item in listed.json()]
        assert dates == sorted(dates, reverse=True)
        assert all(stamp(start) <= date < stamp(end) for date in dates)
        seen += uids(listed)
        start = end
    assert len(seen) == len(set(seen)) == 600
    assert set(seen) == {item["uid"] for item in everything}


def test_one_item_carries_a_customer_object(serve: Serve, connect: Connect) -> None:
    with_customer = make_item("with-customer")
    without = make_item("without-customer", customer=False)
    client = connect(serve([with_customer, without]))
    response = client.get(f"{ITEMS}/with-customer")
    assert response.status_code == 200
    assert response.json() == with_customer
    assert response.json()["customer"] == {
        "uid": "cust-with-customer",
        "email": "with-customer@example.com",
    }
    assert client.get(f"{ITEMS}/without-customer").json()["customer"] is None


def test_reserved_characters_in_a_uid_are_percent_decoded(serve: Serve, connect: Connect) -> None:
    odd = "pkg/01 #?&"
    client = connect(serve([make_item(odd)]))
    response = client.get(f"{ITEMS}/pkg%2F01%20%23%3F%26")
    assert response.json()["uid"] == odd


def test_an_unknown_item_is_a_404_problem(serve: Serve, connect: Connect) -> None:
    client = connect(serve([make_item("a")]))
    response = client.get(f"{ITEMS}/nope")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 404
    assert problem["code"] == "NOT_FOUND"
    assert problem["title"] and problem["type"]
    assert "nope" in problem["detail"]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/", 404),
        ("GET", "/gigastore/activations", 404),
        ("GET", "/gigastore/activations/activated-items/a/refund/extra", 404),
        ("DELETE", f"{ITEMS}/a", 405),
        ("POST", ITEMS, 405),
        ("GET", f"{ITEMS}/a/refund", 405),
    ],
)
def test_unknown_paths_and_methods_get_json_errors(
    serve: Serve, connect: Connect, method: str, path: str, status: int
) -> None:
    server = serve([make_item("a")])
    response = connect(server).request(method, path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    assert response.json()["message"]
    assert server.item_json("a")["status"] == "PURCHASED"


def test_every_answer_has_a_date_header(serve: Serve, connect: Connect) -> None:
    server = serve([make_item("a")])
    client = connect(server)
    for response in (
        client.get("/gigastore/version"),
        client.get(f"{ITEMS}/a"),
        client.get(f"{ITEMS}/missing"),
        window(client, START, END),
        client.get("/nowhere"),
    ):
        sent = parsedate_to_datetime(response.headers["date"])
        assert abs(sent - datetime.now(UTC)) < timedelta(minutes=1)


def test_keep_alive_serves_many_requests_on_one_connection(serve: Serve) -> None:
    server = serve([make_item("a")])
    connection = http.client.HTTPConnection("127.0.0.1", int(server.base_url.rsplit(":", 1)[1]))
    try:
        for _ in range(3):
            connection.request("GET", "/gigastore/version")
            response = connection.getresponse()
            body = response.read()
            assert response.version == 11
            assert int(response.headers["Content-Length"]) == len(body)
            assert json.loads(body)["version"].startswith("sandbox-")
        assert connection.sock is not None  # never closed by the server in between
    finally:
        connection.close()


def test_items_json_and_item_json_are_copies(serve: Serve) -> None:
    server = serve([make_item("a")])
    server.item_json("a")["status"] = "REFUNDED"
    server.items_json()[0]["balance"]["name"] = "changed"
    assert server.item_json("a")["status"] == "PURCHASED"
    assert server.item_json("a")["balance"]["name"] == "eSIM Europe 5 GB"
    with pytest.raises(KeyError):
        server.item_json("missing")


def test_put_item_adds_and_replaces_by_uid(serve: Serve, connect: Connect) -> None:
    server = serve(bounded_items())
    client = connect(server)
    server.put_item(make_item("new", START + timedelta(days=5)))
    server.put_item(make_item("middle", END + timedelta(days=3)))  # moves out of March
    assert uids(window(client, START, END)) == ["last", "new", "first"]
    assert uids(window(client, END, END + timedelta(days=30))) == ["middle", "after"]
    assert [item["uid"] for item in server.items_json()] == [
        "before",
        "first",
        "new",
        "last",
        "after",
        "middle",
    ]


@pytest.mark.parametrize(
    "broken",
    [{"salesDate": "2026-03-01T00:00:00Z"}, {"uid": "x"}, {"uid": "x", "salesDate": "soon"}],
)
def test_put_item_needs_a_uid_and_a_sales_date(serve: Serve, broken: dict[str, str]) -> None:
    server = serve([])
    with pytest.raises(ValueError, match=r"uid|salesDate"):
        server.put_item(broken)
    assert server.items_json() == []
