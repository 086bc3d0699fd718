"""Check the connection: safe requests only, what the server speaks, remembered, redacted."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from service_helpers import fast_client

from gigadesk.sandbox.dialect import SEED, Dialect
from gigadesk.sandbox.server import DEMO_CLIENT_SECRET, SandboxServer
from gigadesk.services.doctor import DoctorReport, check_connection
from gigadesk.services.server_profile import ProfileKeeper
from gigadesk.store.paths import AppPaths


def examine(server: SandboxServer, paths: AppPaths) -> tuple[DoctorReport, ProfileKeeper]:
    keeper = ProfileKeeper(paths, server.base_url)

    async def scenario() -> DoctorReport:
        async with fast_client(server) as client:
            return await check_connection(client, keeper)

    return asyncio.run(scenario()), keeper


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "data").ensure()


def test_the_check_learns_and_remembers_what_the_server_speaks(
    sandbox: SandboxServer, paths: AppPaths, dialect: Dialect
) -> None:
    report, keeper = examine(sandbox, paths)
    assert report.healthy, report.text()
    topics = [finding.topic for finding in report.findings]
    for topic in ("proxy", "reachable", "trust store", "authentication", "date format"):
        assert topic in topics
    for topic in ("window", "list", "item fields", "refund route"):
        assert topic in topics
    learned = ProfileKeeper(paths, sandbox.base_url).profile  # read back from the file
    assert learned == keeper.profile
    assert learned.version == "sandbox-1.0" and learned.token_lifetime == 86400
    assert learned.date_format == "instant" and learned.max_window_days is None
    assert learned.refund_prefix == "" and learned.refund_route_source == "probe"
    assert learned.items_seen > 0
    assert (learned.field_shares["status"] > 0) is dialect.send_status
    # Safe requests only: nothing but GETs after the one authentication.
    assert {(r.method, r.path) for r in sandbox.requests if r.method != "GET"} == {
        ("POST", "/reseller/authenticate")
    }


def test_the_report_carries_no_secret_token_or_customer_data(
    sandbox: SandboxServer, paths: AppPaths
) -> None:
    report, _ = examine(sandbox, paths)
    text = report.text()
    assert DEMO_CLIENT_SECRET not in text and "Bearer" not in text
    for item in sandbox.items_json():
        assert item["uid"] not in text
        customer = item.get("customer") or {}
        if customer.get("email"):
            assert customer["email"] not in text
    assert "no customer data" in text


def test_a_window_limit_and_plain_dates_are_found(paths: AppPaths) -> None:
    dialect = SEED.with_knobs(date_format="date", refund_route="prefixed")
    with SandboxServer(item_count=200, seed=3, dialect=dialect, max_window_days=10) as server:
        report, keeper = examine(server, paths)
    assert report.healthy, report.text()
    assert keeper.profile.date_format == "date"
    assert keeper.profile.max_window_days == 10
    assert keeper.profile.refund_prefix == "/gigastore"
    assert "10-day windows work" in report.text()


def test_an_unreachable_server_is_a_problem_in_one_line(paths: AppPaths) -> None:
    with SandboxServer(item_count=5) as server:
        pass  # stopped: nothing listens on its port any more
    report, _ = examine(server, paths)
    assert not report.healthy
    reachable = next(f for f in report.findings if f.topic == "reachable")
    assert not reachable.ok and "cannot reach" in reachable.text
