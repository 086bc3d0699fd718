"""The sandbox's fault knobs, seen from a real HTTP client over loopback."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import timedelta

import httpx
import pytest
from sandbox_helpers import ITEMS, NOW, REFUND_PATHS, make_item, plain, refund, window

from gigadesk.sandbox.faults import Faults
from gigadesk.sandbox.server import SandboxServer

Serve = Callable[..., SandboxServer]
Connect = Callable[..., httpx.Client]

HTML_502 = "<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"


def two_items() -> list[dict[str, object]]:
    return [make_item("a", NOW - timedelta(hours=3)), make_item("b", NOW - timedelta(hours=2))]


def read_window(client: httpx.Client) -> httpx.Response:
    return window(client, NOW - timedelta(days=1), NOW + timedelta(days=1))


def wait_for(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    """Poll `condition` until it holds or `seconds` pass."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_fail_next_answers_429_with_retry_after_then_recovers(
    serve: Serve, connect: Connect
) -> None:
    server = serve(two_items())
    client = connect(server)
    server.faults.fail_next(1, 429, retry_after=2, path_contains=ITEMS)
    assert client.get("/gigastore/version").status_code == 200  # not on this path
    limited = read_window(client)
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "2"
    assert limited.json()["message"]
    assert "date" in limited.headers
    assert read_window(client).status_code == 200  # consumed
    assert [(r.status, r.fault) for r in server.requests[-2:]] == [(429, "fail"), (200, None)]


def test_a_fractional_retry_after_is_kept(serve: Serve) -> None:
    server = serve([])
    server.faults.fail_next(1, 503, retry_after=0.25, path_contains="/version")
    with plain(server) as client:
        response = client.get("/gigastore/version")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "0.25"


def test_fail_next_hits_count_matching_requests(serve: Serve) -> None:
    server = serve([])
    server.faults.fail_next(2, 503)
    with plain(server) as client:
        statuses = [client.get("/gigastore/version").status_code for _ in range(3)]
    assert statuses == [503, 503, 200]
    assert server.faults.armed == 0


def test_fail_next_can_send_an_html_error_page(serve: Serve, connect: Connect) -> None:
    server = serve(two_items())
    client = connect(server)
    server.faults.fail_next(1, 502, body=HTML_502, content_type="text/html")
    response = read_window(client)
    assert response.status_code == 502
    assert response.headers["content-type"] == "text/html"
    assert response.text == HTML_502


def test_method_filter_picks_the_requests(serve: Serve, connect: Connect) -> None:
    server = serve(two_items())
    client = connect(server)
    server.faults.fail_next(1, 500, method="post")
    assert read_window(client).status_code == 200
    assert refund(client, "a").status_code == 500
    assert server.item_json("a")["status"] == "PURCHASED"  # a failed answer does nothing


def test_knobs_hit_in_the_order_they_were_armed(serve: Serve) -> None:
    server = serve([])
    server.faults.fail_next(1, 503)
    server.faults.fail_next(1, 504)
    with plain(server) as client:
        assert [client.get("/gigastore/version").status_code for _ in range(3)] == [503, 504, 200]


def test_drop_next_closes_without_an_answer(serve: Serve, connect: Connect) -> None:
    server = serve(two_items())
    client = connect(server)
    server.faults.drop_next(1, path_contains=ITEMS)
    with pytest.raises(httpx.RemoteProtocolError):
        read_window(client)
    assert (server.requests[-1].status, server.requests[-1].fault) == (0, "drop")
    assert len(read_window(client).json()) == 2


def test_drop_mid_body_sends_half_an_answer(serve: Serve, connect: Connect) -> None:
    server = serve(two_items())
    client = connect(server)
    server.faults.drop_next(1, path_contains=ITEMS, mid_body=True)
    with pytest.raises(httpx.RemoteProtocolError, match=r"incomplete|complete message body"):
        read_window(client)
    assert server.requests[-1].status == 0
    assert len(read_window(client).json()) == 2


@pytest.mark.parametrize(
    ("mid_body", "apply", "applied"),
    [(False, None, True), (False, True, True), (False, False, False), (True, False, True)],
    ids=["default", "apply", "no-apply", "mid-body"],
)
@pytest.mark.parametrize("path", REFUND_PATHS)
def test_a_dropped_refund_is_carried_out_when_asked(
    serve: Serve,
    connect: Connect,
    path: str,
    mid_body: bool,
    apply: bool | None,
    applied: bool,
) -> None:
    server = serve(two_items())
    client = connect(server)
    if apply is None:
        server.faults.drop_next(1, path_contains="/refund", mid_body=mid_body)
    else:
        server.faults.drop_next(1, path_contains="/refund", mid_body=mid_body, apply=apply)
    with pytest.raises(httpx.RemoteProtocolError):
        refund(client, "a", path)
    assert server.item_json("a")["status"] == ("REFUNDED" if applied else "PURCHASED")
    assert server.refunds_in_current_month() == (1 if applied else 0)
    assert client.get(f"{ITEMS}/a").json()["status"] == server.item_json("a")["status"]


def test_malformed_next_sends_invalid_json(serve: Serve, connect: Connect) -> None:
    server = serve(two_items())
    client = connect(server)
    server.faults.malformed_next(1, path_contains=ITEMS)
    response = read_window(client)
    assert response.status_code == 200
    assert int(response.headers["content-length"]) == len(response.content)
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)
    assert server.requests[-1].fault == "malformed"
    assert len(read_window(client).json()) == 2


def test_truncated_json_is_the_first_half_of_the_answer(serve: Serve, connect: Connect) -> None:
    server = serve(two_items())
    client = connect(server)
    server.faults.malformed_next(1, path_contains="/a", truncated=True)
    cut = client.get(f"{ITEMS}/a")
    whole = client.get(f"{ITEMS}/a")
    assert cut.status_code == 200
    assert cut.content == whole.content[: len(whole.content) // 2]
    with pytest.raises(json.JSONDecodeError):
        json.loads(cut.content)
    assert server.requests[-2].fault == "truncated"


def test_a_malformed_refund_answer_still_refunds(serve: Serve, connect: Connect) -> None:
    server = serve(two_items())
    client = connect(server)
    server.faults.malformed_next(1, path_contains="/refund")
    response = refund(client, "a")
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        response.json()
    assert server.item_json("a")["status"] == "REFUNDED"


def test_stall_next_outlasts_a_client_timeout(serve: Serve, connect: Connect) -> None:
    server = serve(two_items())
    client = connect(server, timeout=0.2)
    server.faults.stall_next(1, 2.0, path_contains=ITEMS)
    with pytest.raises(httpx.ReadTimeout):
        read_window(client)
    assert len(read_window(client).json()) == 2  # only one request stalls


def test_a_stalled_refund_with_apply_is_done_before_the_stall(
    serve: Serve, connect: Connect
) -> None:
    server = serve(two_items())
    client = connect(server, timeout=0.2)
    server.faults.stall_next(1, 5.0, path_contains="/refund", method="POST")
    with pytest.raises(httpx.ReadTimeout):
        refund(client, "a")
    # The client timed out; reading back shows what happened.
    assert client.get(f"{ITEMS}/a").json()["status"] == "REFUNDED"
    assert (server.requests[-2].status, server.requests[-2].fault) == (200, "stall")


def test_a_stalled_refund_without_apply_is_done_after_the_stall(
    serve: Serve, connect: Connect
) -> None:
    server = serve(two_items())
    client = connect(server, timeout=0.2)
    server.faults.stall_next(1, 0.6, path_contains="/refund", apply=False)
    with pytest.raises(httpx.ReadTimeout):
        refund(client, "a")
    assert client.get(f"{ITEMS}/a").json()["status"] == "PURCHASED"
    assert wait_for(lambda: server.item_json("a")["status"] == "REFUNDED")


def test_latency_delays_every_answer_until_reset(serve: Serve, connect: Connect) -> None:
    server = serve(two_items())
    client = connect(server, timeout=0.2)
    server.faults.latency = 1.0
    with pytest.raises(httpx.ReadTimeout):
        client.get("/gigastore/version")
    server.faults.reset()
    assert server.faults.latency == 0
    assert client.get("/gigastore/version").status_code == 200


def test_stop_ends_a_stall_and_closes_keep_alive_connections(serve: Serve) -> None:
    server = serve(two_items())
    outcome: list[object] = []

    def call() -> None:
        with plain(server, timeout=30) as client:
            try:
                outcome.append(client.get("/gigastore/version").status_code)
            except httpx.HTTPError as exc:
                outcome.append(exc)

    idle = plain(server)
    try:
        assert idle.get("/gigastore/version").status_code == 200  # a pooled connection
        server.faults.stall_next(1, 60.0, path_contains="/version")
        caller = threading.Thread(target=call)
        caller.start()
        assert wait_for(lambda: len(server.requests) == 2)
        server.stop()
        caller.join(timeout=5)
        assert not caller.is_alive()
        assert len(outcome) == 1
        with pytest.raises(httpx.TransportError):
            idle.get("/gigastore/version")  # the server is gone, also for pooled connections
    finally:
        idle.close()
    server.stop()  # idempotent


def test_a_stopped_server_starts_again_on_the_same_port(serve: Serve, connect: Connect) -> None:
    server = serve(two_items())
    url = server.base_url
    server.stop()
    assert not server.running
    assert server.start() == url
    assert len(read_window(connect(server)).json()) == 2


def test_reset_disarms_every_knob() -> None:
    faults = Faults()
    faults.fail_next(2, 503)
    faults.drop_next(1)
    faults.malformed_next(3)
    faults.stall_next(1, 1.0)
    assert faults.armed == 7
    faults.reset()
    assert faults.armed == 0
    assert faults.take("GET", "/gigastore/version") is None


def test_knob_arguments_are_checked() -> None:
    faults = Faults()
    with pytest.raises(ValueError, match="count"):
        faults.fail_next(-1)
    with pytest.raises(ValueError, match="status"):
        faults.fail_next(1, 42)
    with pytest.raises(ValueError, match="negative"):
        faults.stall_next(1, -0.5)
    faults.drop_next(0)
    assert faults.armed == 0


def test_requests_record_method_path_query_and_status(serve: Serve, connect: Connect) -> None:
    server = serve(two_items())
    client = connect(server)
    client.get(ITEMS, params={"from": "2026-03-01T00:00:00Z", "to": "x", "sort_by": "NAME"})
    client.get(f"{ITEMS}/zzz")
    first, second, third = server.requests
    assert (first.method, first.path, first.status) == ("POST", "/reseller/authenticate", 200)
    assert first.query == {}
    assert (second.method, second.path, second.status) == ("GET", ITEMS, 400)
    assert second.query == {"from": "2026-03-01T00:00:00Z", "to": "x", "sort_by": "NAME"}
    assert (third.path, third.status, third.fault) == (f"{ITEMS}/zzz", 404, None)
