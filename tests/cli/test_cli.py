"""gigadesk-cli end to end: every command and exit code, against the loopback sandbox."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import Gd, listed, posts

from gigadesk.sandbox.dialect import Dialect
from gigadesk.sandbox.server import DEMO_CLIENT_SECRET, SandboxServer


def test_sync_then_list_show_and_export(
    gd: Gd, sandbox: SandboxServer, tmp_path: Path, dialect: Dialect
) -> None:
    run = gd("sync")
    assert run.code == 0, run.err
    total = len(sandbox.items_json())
    assert f"synced {total} items" in run.out
    assert "months" in run.err  # progress on stderr

    items = listed(gd)
    assert len(items) == total
    first = items[0]
    assert set(first) >= {
        "uid",
        "name",
        "status",
        "sales_date",
        "activated_at",
        "expires_at",
        "refunded_at",
        "total_bytes",
        "remaining_bytes",
        "used_bytes",
        "purchase_price",
        "retail_price",
        "iccid",
        "customer_email",
        "metatag",
        "activation_mode",
        "eligibility",
    }
    assert str(first["sales_date"]).endswith("Z")
    assert first["used_bytes"] == int(first["total_bytes"]) - int(first["remaining_bytes"])

    refundable = listed(gd, "--refundable")
    assert refundable and all(i["eligibility"]["refundable"] for i in refundable)
    refunded = listed(gd, "--status", "REFUNDED")
    assert all(i["status"] == "REFUNDED" for i in refunded)
    assert bool(refunded) is dialect.send_status  # the seed reading never says REFUNDED

    needle = str(first["uid"])[:8]
    assert any(i["uid"] == first["uid"] for i in listed(gd, "--search", needle.upper()))

    table = gd("list", "--search", needle)
    assert table.code == 0 and first["uid"] in table.out and "items" in table.out

    shown = gd("show", str(first["uid"]), "--json")
    assert json.loads(shown.out)["uid"] == first["uid"]
    text = gd("show", str(first["uid"]))
    assert "refundable" in text.out

    out_csv = tmp_path / "history.csv"
    assert gd("export", "--format", "csv", "--output", str(out_csv)).code == 0
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert len(rows) == total
    out_json = tmp_path / "history.json"
    assert gd("export", "--format", "json", "--output", str(out_json)).code == 0
    assert len(json.loads(out_json.read_text(encoding="utf-8"))) == total


def test_offline_browsing_needs_no_server(gd: Gd, sandbox: SandboxServer) -> None:
    assert gd("sync").code == 0
    total = len(sandbox.items_json())
    sandbox.stop()
    offline = gd("--offline", "list", "--format", "json")
    assert offline.code == 0 and len(json.loads(offline.out)) == total
    refused = gd("--offline", "sync")
    assert refused.code == 1 and "offline" in refused.err
    dead = gd("sync")
    assert dead.code == 1
    assert "Traceback" not in dead.err and dead.err.strip().count("\n") <= 2


def test_refund_exit_codes(gd: Gd, sandbox: SandboxServer) -> None:
    assert gd("sync").code == 0
    candidates = [str(i["uid"]) for i in listed(gd, "--refundable")]
    assert len(candidates) >= 4

    # Declined at the prompt: nothing is sent.
    declined = gd("refund", candidates[0], stdin="n\n")
    assert declined.code == 1 and posts(sandbox) == 0

    ok = gd("refund", candidates[0], stdin="y\n")
    assert ok.code == 0, ok.err
    assert posts(sandbox) == 1

    again = gd("refund", candidates[0], "--yes")
    assert again.code == 3 and "already refunded" in again.err
    assert posts(sandbox) == 1

    changed = sandbox.item_json(candidates[1])
    changed["balance"]["availableBalance"] = {"sizeValue": 1, "sizeUnit": "MB"}
    sandbox.put_item(changed)
    refused = gd("refund", candidates[1], "--yes")
    assert refused.code == 4 and refused.err.strip()
    assert posts(sandbox) == 2

    sandbox.faults.drop_next(1, method="POST", path_contains="/refund", apply=False)
    unknown = gd("refund", candidates[2], "--yes")
    assert unknown.code == 5 and "did not answer" in unknown.err
    assert posts(sandbox) == 3

    # The unknown outcome blocks that package until a read-back or the reseller settles it.
    blocked = gd("--refund-limit", "0", "refund", candidates[2], "--yes")
    assert blocked.code == 5 and "--resend-unknown" in blocked.err
    assert posts(sandbox) == 3

    limited = gd("--refund-limit", "0", "refund", candidates[3], "--yes")
    assert limited.code == 3 and "used up" in limited.err


def test_usage_and_other_errors(gd: Gd, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit) as usage:
        gd("refund")
    assert usage.value.code == 2
    missing = gd("show", "no-such-uid")
    assert missing.code == 1 and "no item no-such-uid" in missing.err
    monkeypatch.delenv("GIGASTORE_CLIENT_SECRET")
    no_secret = gd("sync")
    assert no_secret.code == 1 and "credentials" in no_secret.err


def test_wrong_secret_is_reported_without_leaking_it(
    sandbox: SandboxServer, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIGASTORE_CLIENT_SECRET", "wrong-secret-value-123")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "gigadesk.cli",
            "--data-dir",
            str(data_dir),
            "--base-url",
            sandbox.base_url,
            "sync",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "rejected" in result.stderr.lower()
    assert "wrong-secret-value-123" not in result.stderr + result.stdout
    assert DEMO_CLIENT_SECRET not in result.stderr


def test_corrupt_cache_is_set_aside_with_a_notice(gd: Gd, data_dir: Path) -> None:
    assert gd("sync").code == 0
    cache_file = next(data_dir.rglob("history.sqlite3"))
    for extra in cache_file.parent.glob("history.sqlite3-*"):
        extra.unlink()
    cache_file.write_bytes(b"this is not a database" * 100)
    run = gd("list")
    assert run.code == 0
    assert "set aside" in run.err
    assert list(cache_file.parent.glob("history.sqlite3.corrupt*")) or list(
        cache_file.parent.glob("history*corrupt*")
    )
    assert gd("sync").code == 0


def test_a_closed_pipe_ends_the_listing_quietly(gd: Gd, data_dir: Path) -> None:
    assert gd("sync").code == 0
    reader = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gigadesk.cli",
            "--data-dir",
            str(data_dir),
            "list",
            "--format",
            "json",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert reader.stdout is not None and reader.stderr is not None
    reader.stdout.readline()  # more than a pipe holds follows; the reader goes away
    reader.stdout.close()
    err = reader.stderr.read().decode()
    reader.stderr.close()
    assert reader.wait(timeout=60) == 0
    assert "Broken pipe" not in err and "Traceback" not in err
