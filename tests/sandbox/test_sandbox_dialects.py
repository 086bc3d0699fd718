"""The sandbox plays other readings of the contract: the seed documents, and single knobs."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from sandbox_helpers import DOCUMENTED_REFUND, ITEMS, NOW, PREFIXED_REFUND, make_item, stamp

from gigadesk.sandbox.__main__ import main as sandbox_main
from gigadesk.sandbox.dialect import SEED, dialect_named
from gigadesk.sandbox.server import SandboxServer

Serve = Callable[..., SandboxServer]
Connect = Callable[..., httpx.Client]


def test_seed_serves_the_documented_refund_route_only(serve: Serve, connect: Connect) -> None:
    server = serve([make_item("a")], dialect=SEED)
    client = connect(server)
    # A GET on a refund route is the safe probe: 405 where it exists, 404 where it does not.
    assert client.get(DOCUMENTED_REFUND.format(uid="a")).status_code == 405
    missing = client.get(PREFIXED_REFUND.format(uid="a"))
    assert missing.status_code == 404
    body = missing.json()
    assert body["error"] == "Not Found" and body["status"] == 404 and "code" not in body
    assert client.post(PREFIXED_REFUND.format(uid="a")).status_code == 404
    assert server.item_json("a")["status"] == "PURCHASED"  # nothing happened
    done = client.post(DOCUMENTED_REFUND.format(uid="a"))
    assert done.status_code == 200 and done.content == b""
    assert server.item_json("a")["status"] == "REFUNDED"


def test_seed_items_carry_no_status_but_the_server_keeps_it(serve: Serve, connect: Connect) -> None:
    server = serve([make_item("a", status="REFUNDED", refunded_at=NOW)], dialect=SEED)
    client = connect(server)
    one = client.get(f"{ITEMS}/a").json()
    assert "status" not in one and "refundedAt" not in one
    window = client.get(ITEMS, params={"from": stamp(NOW.replace(day=1)), "to": stamp(NOW)})
    listed = window.json()
    assert [item["uid"] for item in listed] == ["a"]
    assert "status" not in listed[0]
    refused = client.post(DOCUMENTED_REFUND.format(uid="a"))
    assert refused.status_code == 400
    assert refused.json() == {"message": refused.json()["message"]}  # a plain message, no code
    assert "already refunded" in refused.json()["message"]


def test_seed_unknown_item_is_a_spring_404(serve: Serve, connect: Connect) -> None:
    client = connect(serve([make_item("a")], dialect=SEED))
    answer = client.get(f"{ITEMS}/ghost")
    assert answer.status_code == 404
    assert answer.json()["path"] == f"{ITEMS}/ghost" and "ghost" in answer.json()["message"]


@pytest.mark.parametrize(
    ("form", "instant", "plain"), [("instant", 200, 400), ("date", 400, 200), ("any", 200, 200)]
)
def test_the_date_format_knob(
    serve: Serve, connect: Connect, form: str, instant: int, plain: int
) -> None:
    server = serve([make_item("a")], dialect=SEED.with_knobs(date_format=form))
    client = connect(server)
    start = NOW.replace(day=1, hour=0, minute=0, second=0)
    following = start.year + 1
    as_instants = {"from": stamp(start), "to": f"{following}-01-01T00:00:00Z"}
    as_dates = {"from": start.date().isoformat(), "to": f"{following}-01-01"}
    assert client.get(ITEMS, params=as_instants).status_code == instant
    assert client.get(ITEMS, params=as_dates).status_code == plain


def test_knobs_change_one_point_each() -> None:
    assert dialect_named("sandbox").with_knobs(no_status=True).send_status is False
    prefixed = SEED.with_knobs(refund_route="prefixed")
    assert prefixed.refund_prefixes == ("/gigastore",) and not prefixed.send_status
    with pytest.raises(ValueError):
        SEED.with_knobs(date_format="epoch")
    with pytest.raises(ValueError):
        dialect_named("literal")


def test_command_line_rejects_an_unknown_dialect(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        sandbox_main(["--dialect", "nonsense"])
    assert stopped.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
