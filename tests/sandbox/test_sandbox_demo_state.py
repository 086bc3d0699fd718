"""The demo sandbox keeps its state in its own folder: a refund stays refunded across restarts."""

from __future__ import annotations

import json
import time
from pathlib import Path

from sandbox_helpers import login, refund

from gigadesk.sandbox.server import SandboxServer


def refundable_uid(server: SandboxServer) -> str:
    # The demo's first sale is a trial package refundable now (see edge_cases).
    client = login(server)
    try:
        for item in sorted(server.items_json(), key=lambda i: i["salesDate"], reverse=True):
            if item.get("status") == "PURCHASED" and refund(client, item["uid"]).status_code == 200:
                return str(item["uid"])
    finally:
        client.close()
    raise AssertionError("no refundable package in the demo data")


def test_a_refund_survives_a_restart_and_sale_times_stay(tmp_path: Path) -> None:
    state = tmp_path / "demo-sandbox.json"
    with SandboxServer(item_count=300, state_file=state) as first:
        uid = refundable_uid(first)
        before = {item["uid"]: item["salesDate"] for item in first.items_json()}
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert uid in saved["refunds"]
    time.sleep(1.1)  # a fresh history would be generated a second later: other sale times
    with SandboxServer(item_count=300, state_file=state) as second:
        assert second.item_json(uid)["status"] == "REFUNDED"
        assert {item["uid"]: item["salesDate"] for item in second.items_json()} == before
        assert second.refunds_in_current_month() == first.refunds_in_current_month()


def test_without_a_state_file_every_start_is_fresh(tmp_path: Path) -> None:
    with SandboxServer(item_count=300) as first:
        uid = refundable_uid(first)
    with SandboxServer(item_count=300) as second:
        assert second.item_json(uid)["status"] == "PURCHASED"


def test_a_damaged_state_file_starts_over(tmp_path: Path) -> None:
    state = tmp_path / "demo-sandbox.json"
    state.write_text("{not json", encoding="utf-8")
    with SandboxServer(item_count=50, state_file=state) as server:
        assert len(server.items_json()) == 50
    assert json.loads(state.read_text(encoding="utf-8"))["refunds"] == {}
