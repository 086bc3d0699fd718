"""The sandbox's refund endpoint: the four rules on its real clock, on both refund paths."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sandbox_helpers import (
    ITEMS,
    NOW,
    REFUND_PATHS,
    login,
    make_item,
    month_start,
    refund,
    window,
)

from gigadesk.sandbox.rules import hidden_status_from_uid
from gigadesk.sandbox.server import SandboxServer

Serve = Callable[..., SandboxServer]
Connect = Callable[..., httpx.Client]

THIS_MONTH = month_start(NOW)
LAST_MONTH = month_start(THIS_MONTH - timedelta(days=1))


def refused(response: httpx.Response, code: str) -> str:
    """Check a refusal's shape and return its message."""
    assert response.status_code == 409, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["code"] == code
    assert body["message"]
    return str(body["message"])


def uid_with_hidden(status: str, stem: str) -> str:
    """A uid whose hidden true status (when the item has no status) is `status`."""
    return next(uid for n in range(100) if hidden_status_from_uid(uid := f"{stem}-{n}") == status)


@pytest.mark.parametrize("path", REFUND_PATHS)
def test_a_refundable_package_is_refunded(serve: Serve, connect: Connect, path: str) -> None:
    server = serve([make_item("a"), make_item("b")])
    client = connect(server)
    before = datetime.now(UTC).replace(microsecond=0)
    response = refund(client, "a", path)
    assert response.status_code == 200
    item = response.json()
    assert item["uid"] == "a"
    assert item["status"] == "REFUNDED"
    refunded_at = datetime.fromisoformat(item["refundedAt"])
    assert before <= refunded_at <= datetime.now(UTC)
    assert item["balance"] == make_item("a")["balance"]  # nothing else changes
    assert server.item_json("a") == {k: v for k, v in item.items()}
    assert server.item_json("b")["status"] == "PURCHASED"
    assert server.refunds_in_current_month() == 1
    listed = {i["uid"]: i for i in window(client, NOW - timedelta(days=1), NOW).json()}
    assert listed["a"]["status"] == "REFUNDED"
    assert client.get(f"{ITEMS}/a").json()["refundedAt"] == item["refundedAt"]


@pytest.mark.parametrize("path", REFUND_PATHS)
def test_a_second_refund_is_already_refunded(serve: Serve, connect: Connect, path: str) -> None:
    server = serve([make_item("a")])
    client = connect(server)
    assert refund(client, "a", path).status_code == 200
    refused(refund(client, "a", path), "ALREADY_REFUNDED")
    assert server.refunds_in_current_month() == 1


def test_refund_refusals_by_rule(serve: Serve, connect: Connect) -> None:
    items = [
        make_item("stock", status="ACTIVATED"),
        make_item("stock-and-used", status="ACTIVATED", available=(0, "GB")),
        make_item("expired", NOW - timedelta(days=40)),
        make_item("expired-and-used", NOW - timedelta(days=40), available=(1, "GB")),
        make_item(
            "deadline-and-validity-passed",
            NOW - timedelta(days=60),
            not_activated=True,
            expires=NOW - timedelta(days=31),
        ),
        make_item("used", available=(3.2, "GB")),
        make_item("used-half-a-megabyte", available=(4999.5, "MB")),
        make_item("used-up", available=(0, "MB")),
        make_item("refunded", status="REFUNDED", refunded_at=NOW - timedelta(days=50)),
    ]
    expected = {
        "stock": "NOT_PURCHASED_WITH_CREDITS",
        "stock-and-used": "NOT_PURCHASED_WITH_CREDITS",
        "expired": "EXPIRED",
        "expired-and-used": "EXPIRED",
        "deadline-and-validity-passed": "EXPIRED",
        "used": "USED",
        "used-half-a-megabyte": "USED",
        "used-up": "USED",
        "refunded": "ALREADY_REFUNDED",
    }
    server = serve(items)
    client = connect(server)
    for path in REFUND_PATHS:
        for uid, code in expected.items():
            refused(refund(client, uid, path), code)
    assert "support ticket" in refused(refund(client, "stock"), "NOT_PURCHASED_WITH_CREDITS")
    assert [item["status"] for item in server.items_json()].count("REFUNDED") == 1
    assert server.refunds_in_current_month() == 0


def test_packages_that_are_valid_and_unused_in_any_unit_are_refunded(
    serve: Serve, connect: Connect
) -> None:
    items = [
        make_item("gb-left-in-mb", available=(5000, "MB")),
        make_item("tb-left-in-gb", size=(1, "TB"), available=(1000, "GB")),
        make_item("decimal", size=(3.2, "GB"), available=(3200, "MB")),
        make_item("not-yet-active", not_activated=True),
        # Never activated and its deadline passed 10 days ago: it counts as activated at
        # the deadline, so 20 of its 30 days are left.
        make_item(
            "deadline-passed-still-valid",
            NOW - timedelta(days=100),
            not_activated=True,
            expires=NOW - timedelta(days=10),
        ),
    ]
    server = serve(items, refund_limit=None)
    client = connect(server)
    for item in items:
        assert refund(client, item["uid"]).status_code == 200, item["uid"]
    assert server.refunds_in_current_month() == len(items)


def test_the_monthly_limit_counts_this_utc_month_only(serve: Serve, connect: Connect) -> None:
    items = [
        make_item("a"),
        make_item("b"),
        make_item("c"),
        make_item("earlier", status="REFUNDED", refunded_at=LAST_MONTH),
        make_item("this-month", status="REFUNDED", refunded_at=THIS_MONTH),
    ]
    server = serve(items, refund_limit=2)
    client = connect(server)
    assert server.refunds_in_current_month() == 1
    assert refund(client, "a").status_code == 200
    message = refused(refund(client, "b"), "REFUND_LIMIT_EXCEEDED")
    assert "2 of 2" in message
    assert server.item_json("b")["status"] == "PURCHASED"
    server.refund_limit = 3  # settable at run time
    assert refund(client, "b").status_code == 200
    server.refund_limit = None  # unlimited
    assert refund(client, "c").status_code == 200
    assert server.refunds_in_current_month() == 4


def test_the_limit_is_judged_after_the_package_rules(serve: Serve, connect: Connect) -> None:
    server = serve([make_item("used", available=(1, "GB"))], refund_limit=0)
    refused(refund(connect(server), "used"), "USED")


def test_a_missing_status_is_decided_by_the_hidden_one(serve: Serve, connect: Connect) -> None:
    bought = uid_with_hidden("PURCHASED", "bought")
    stock = uid_with_hidden("ACTIVATED", "stock")
    server = serve([make_item(bought, status=None), make_item(stock, status=None)])
    client = connect(server)
    refused(refund(client, stock), "NOT_PURCHASED_WITH_CREDITS")
    assert "status" not in server.item_json(stock)
    response = refund(client, bought)
    assert response.status_code == 200
    assert response.json()["status"] == "REFUNDED"


@pytest.mark.parametrize("path", REFUND_PATHS)
def test_refunding_an_unknown_uid_is_a_404_problem(
    serve: Serve, connect: Connect, path: str
) -> None:
    server = serve([make_item("a")])
    response = refund(connect(server), "nope", path)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "NOT_FOUND"


def test_concurrent_refunds_never_pass_the_limit(serve: Serve) -> None:
    uids = [f"pkg-{n}" for n in range(6)]
    server = serve([make_item(uid) for uid in uids], refund_limit=2)
    statuses: list[int] = []
    lock = threading.Lock()

    def send(uid: str) -> None:
        client = login(server)
        try:
            status = refund(client, uid).status_code
        finally:
            client.close()
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=send, args=(uid,)) for uid in uids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert sorted(statuses) == [200, 200, 409, 409, 409, 409]
    assert server.refunds_in_current_month() == 2


def test_a_refund_needs_a_token_and_is_not_applied_without_one(serve: Serve) -> None:
    server = serve([make_item("a")])
    with httpx.Client(base_url=server.base_url, verify=False) as client:
        assert client.post(f"{ITEMS}/a/refund").status_code == 401
        assert client.post("/activations/activated-items/a/refund").status_code == 401
    assert server.item_json("a")["status"] == "PURCHASED"


def test_refund_answers_are_recorded(serve: Serve, connect: Connect) -> None:
    server = serve([make_item("a")])
    client = connect(server)
    refund(client, "a")
    refund(client, "a", REFUND_PATHS[0])
    posts: list[Any] = [r for r in server.requests if r.method == "POST" and "refund" in r.path]
    assert [(r.path, r.status) for r in posts] == [
        ("/gigastore/activations/activated-items/a/refund", 200),
        ("/activations/activated-items/a/refund", 409),
    ]
