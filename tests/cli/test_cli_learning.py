"""gigadesk-cli against servers that read the contract differently: learned, never assumed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import Gd, listed, posts

from gigadesk.sandbox.dialect import SEED, Dialect
from gigadesk.sandbox.server import SandboxServer
from gigadesk.store.server_profiles import PROFILES_FILE

ITEMS_PATH = "/gigastore/activations/activated-items"


@pytest.fixture
def dialect() -> Dialect:
    return SEED


@pytest.fixture
def sandbox(dialect: Dialect) -> Iterator[SandboxServer]:
    with SandboxServer(item_count=300, seed=5, refund_limit=5, dialect=dialect) as server:
        yield server


def refund_paths(server: SandboxServer) -> list[tuple[str, int]]:
    return [
        (r.path.split("/activations/")[0], r.status)
        for r in server.requests
        if r.method == "POST" and r.path.endswith("/refund")
    ]


def profile(data_dir: Path, server: SandboxServer) -> dict[str, object]:
    document = json.loads((data_dir / "config" / PROFILES_FILE).read_text(encoding="utf-8"))
    found: dict[str, object] = document[server.base_url.lower()]
    return found


def test_seed_server_sync_refund_and_a_second_sync_keep_the_refund(
    gd: Gd, sandbox: SandboxServer, data_dir: Path, tmp_path: Path
) -> None:
    assert gd("sync").code == 0
    before = listed(gd, "--refundable")
    uid = str(before[0]["uid"])
    assert before[0]["status"] is None  # the seed documents show no status

    done = gd("refund", uid, "--yes")
    assert done.code == 0, done.err
    assert refund_paths(sandbox) == [("", 200)]  # the documented route, one POST
    assert sandbox.item_json(uid)["status"] == "REFUNDED"

    again = gd("sync")
    assert again.code == 0, again.err
    shown = json.loads(gd("show", uid, "--json").out)
    assert shown["status"] == "REFUNDED" and shown["refunded_at"]
    assert not shown["eligibility"]["refundable"]
    assert uid not in {i["uid"] for i in listed(gd, "--refundable")}
    assert uid in {i["uid"] for i in listed(gd, "--status", "REFUNDED")}
    out = tmp_path / "export.json"
    assert gd("export", "--format", "json", "--output", str(out)).code == 0
    exported = {r["uid"]: r for r in json.loads(out.read_text(encoding="utf-8"))}
    assert exported[uid]["status"] == "REFUNDED"

    repeat = gd("refund", uid, "--yes")
    assert repeat.code == 3 and "already refunded" in repeat.err
    assert posts(sandbox) == 1
    assert profile(data_dir, sandbox)["refund_prefix"] == ""


@pytest.mark.parametrize("dialect", [SEED.with_knobs(refund_route="prefixed")], ids=["prefixed"])
def test_the_other_refund_route_is_tried_once_and_remembered(
    gd: Gd, sandbox: SandboxServer, data_dir: Path
) -> None:
    assert gd("sync").code == 0
    uids = [str(i["uid"]) for i in listed(gd, "--refundable")][:2]
    first = gd("refund", uids[0], "--yes")
    assert first.code == 0, first.err
    # 404 on the documented route while the item read fine: the route was wrong, so the
    # other one was tried once, in the same refund.
    assert refund_paths(sandbox) == [("", 404), ("/gigastore", 200)]
    assert profile(data_dir, sandbox)["refund_prefix"] == "/gigastore"
    second = gd("refund", uids[1], "--yes")
    assert second.code == 0, second.err
    assert refund_paths(sandbox)[2:] == [("/gigastore", 200)]  # learned: one POST


def test_a_refusal_in_a_plain_400_is_exit_4_in_the_servers_words(
    gd: Gd, sandbox: SandboxServer
) -> None:
    assert gd("sync").code == 0
    uid = str(listed(gd, "--refundable")[0]["uid"])
    changed = sandbox.item_json(uid)
    changed["balance"]["availableBalance"] = {"sizeValue": 1, "sizeUnit": "MB"}
    sandbox.put_item(changed)
    refused = gd("refund", uid, "--yes")
    assert refused.code == 4
    assert "has been used" in refused.err
    assert refund_paths(sandbox) == [("", 400)]


@pytest.mark.parametrize(
    "dialect", [SEED, SEED.with_knobs(date_format="date")], ids=["seed", "seed-plain-dates"]
)
def test_a_ten_day_window_limit_syncs_everything_on_the_first_try(
    gd: Gd, sandbox: SandboxServer, data_dir: Path, dialect: Dialect
) -> None:
    sandbox.max_window_days = 10
    first = gd("sync")
    assert first.code == 0, first.err
    total = len(sandbox.items_json())
    assert f"synced {total} items" in first.out
    assert len(listed(gd)) == total
    steps = [line for line in first.err.splitlines() if line.startswith("syncing:")]
    done = [int(line.split()[1].split("/")[0]) for line in steps]
    assert done == sorted(done)  # progress counts months, and only goes forward
    learned = profile(data_dir, sandbox)
    assert learned["max_window_days"] is not None
    assert 1 <= int(str(learned["max_window_days"])) <= 10
    assert learned["date_format"] == dialect.date_format
    sandbox.requests.clear()
    assert gd("sync").code == 0
    reads = [r.status for r in sandbox.requests if r.path == ITEMS_PATH]
    assert reads and all(status == 200 for status in reads)  # planned with what was learned


def test_doctor_reports_what_the_seed_server_speaks(
    gd: Gd, sandbox: SandboxServer, data_dir: Path
) -> None:
    sandbox.max_window_days = 10
    run = gd("doctor")
    assert run.code == 0, run.err
    assert "reachable: yes, version sandbox-1.0" in run.out
    assert "a token lives 24 h" in run.out
    assert "10-day windows work" in run.out
    assert "status 0%" in run.out and "items carry no status" in run.out
    assert "refund route: documented (no prefix), probed" in run.out
    assert posts(sandbox) == 0
    learned = profile(data_dir, sandbox)
    assert learned["max_window_days"] == 10 and learned["refund_prefix"] == ""
    # A first sync then plans with what the check learned: no window is refused.
    sandbox.requests.clear()
    assert gd("sync").code == 0
    assert all(r.status == 200 for r in sandbox.requests if r.path == ITEMS_PATH)


def test_doctor_with_a_wrong_secret_fails_without_leaking_it(
    gd: Gd, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIGASTORE_CLIENT_SECRET", "wrong-secret-123")
    run = gd("doctor")
    assert run.code == 1
    assert "PROBLEM: credentials rejected" in run.out
    assert "wrong-secret-123" not in run.out + run.err


@pytest.mark.parametrize(
    ("body", "content_type", "words"),
    [
        ("", "text/plain", "HTTP 403 Forbidden"),
        ("Refunds are closed today.", "text/plain", "Refunds are closed today."),
        ('{"error": "quota"}', "application/json", "quota"),
        ('{"title": "Locked", "status": 403}', "application/problem+json", "Locked"),
    ],
    ids=["empty", "plain-text", "json-error", "problem-json"],
)
def test_a_refusal_in_any_shape_is_exit_4_in_the_servers_words(
    gd: Gd, sandbox: SandboxServer, body: str, content_type: str, words: str
) -> None:
    assert gd("sync").code == 0
    uid = str(listed(gd, "--refundable")[0]["uid"])
    sandbox.faults.fail_next(
        1, 403, path_contains="/refund", method="POST", body=body, content_type=content_type
    )
    refused = gd("refund", uid, "--yes")
    assert refused.code == 4
    assert words in refused.err
    assert posts(sandbox) == 1
