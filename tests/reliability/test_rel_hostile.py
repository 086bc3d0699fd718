"""Hostile server data: fuzzed parsing and rules, and server text shown as text, never HTML."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rel_helpers import run_cli

from gigadesk.api.errors import BadPayload
from gigadesk.api.wire import WireError, parse_item, parse_items
from gigadesk.domain.eligibility import STATUS_UNKNOWN, assess
from gigadesk.domain.items import Status
from gigadesk.sandbox import demo_data
from gigadesk.sandbox.server import SandboxServer

NOW = datetime(2026, 9, 20, 12, tzinfo=UTC)
NASTY = ["\u202e", "\u200f", "\x00", "\x1b[31m", "\r\n", "<b>bold</b>", "<img src=x onerror=1>"]
hostile_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(NASTY).map(lambda s: s * 3),
    st.integers(1, 200_000).map(lambda n: "A" * n),
)
dates = st.one_of(
    st.datetimes(timezones=st.just(UTC)).map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")),
    st.sampled_from(["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z"]),
    hostile_text,
)
sizes = st.one_of(
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([-1, 0, 1e308, "12", "-5", None]),
)
units = st.one_of(
    st.sampled_from(["GB", "MB", "KB", "B", "TB", "PB", "gb", "", "bytes"]), hostile_text
)


@st.composite
def hostile_items(draw: st.DrawFn) -> dict[str, object]:
    """A demo item with a few fields replaced by something a hostile server might send."""
    obj: dict[str, object] = draw(st.sampled_from(DEMO))
    obj = json.loads(json.dumps(obj))
    balance = obj["balance"]
    assert isinstance(balance, dict)
    for key in draw(st.sets(st.sampled_from(["name", "metatag", "uid", "iccid", "status"]))):
        obj[key] = draw(
            st.one_of(hostile_text, st.sampled_from(["REFUNDED", "PURCHASED", "WEIRD"]))
        )
    for key in draw(st.sets(st.sampled_from(["salesDate", "refundedAt"]))):
        obj[key] = draw(dates)
    for key in draw(st.sets(st.sampled_from(["activatedAt", "expiresAt"]))):
        balance[key] = draw(dates)
    for key in draw(st.sets(st.sampled_from(["size", "availableBalance"]))):
        balance[key] = {"sizeValue": draw(sizes), "sizeUnit": draw(units)}
    if draw(st.booleans()):
        balance["validitySize"], balance["validityUnit"] = draw(sizes), draw(units)
    return obj


DEMO = demo_data.generate(60, now=NOW, seed=3)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hostile_items(), max_size=6), st.integers(0, 6), st.sampled_from([None, 0, 5]))
def test_hostile_items_parse_cleanly_and_never_come_out_refundable_when_malformed(
    objs: list[dict[str, object]], used: int, limit: int | None
) -> None:
    payload = json.dumps(objs + objs[:1]).encode()  # a duplicate uid too
    try:
        items, skipped = parse_items(payload)
    except BadPayload:
        return  # the documented failure of a whole answer
    assert len(items) + len(skipped) == len(objs) + min(1, len(objs))
    for item in items:
        verdict = assess(item, NOW, used, limit)  # no exception may escape the rules
        if verdict.refundable:
            # Only a well-formed, credit-bought, valid, untouched package, within the limit.
            # A missing or unrecognised status is UNKNOWN: allowed, with a warning that the
            # server has the final word (the domain's documented choice).
            assert item.status in (Status.PURCHASED, Status.UNKNOWN)
            if item.status is Status.UNKNOWN:
                assert STATUS_UNKNOWN in [warning.code for warning in verdict.warnings]
            assert item.data.total_bytes > 0 and item.data.remaining_bytes >= item.data.total_bytes
            assert item.expires_at is not None and not item.is_expired(NOW)
            assert limit is None or used < limit
        for check in verdict.checks:
            assert "\x00" not in check.message or "\x00" in item.uid


@settings(max_examples=200, deadline=None)
@given(hostile_items())
def test_parse_item_raises_only_wire_errors(obj: dict[str, object]) -> None:
    try:
        item = parse_item(obj)
    except WireError as exc:
        assert str(exc) and len(str(exc)) < 500  # a huge value is never echoed whole
        return
    item.days_left(NOW + timedelta(days=1))


def _named(obj: dict[str, Any], name: str) -> dict[str, Any]:
    return {**obj, "balance": {**obj["balance"], "name": name}}


def test_hostile_items_survive_sync_list_show_and_export(data_dir: Path, tmp_path: Path) -> None:
    base = demo_data.generate(20, now=datetime.now(UTC), seed=4)
    evil = [
        {**_named(base[0], "Europe \u202egnp.exe 5 GB"), "uid": "evil-rtl", "metatag": "\x1b[2J"},
        {**_named(base[1], "<script>alert(1)</script><b>x</b>"), "uid": "evil-html"},
        {**_named(base[2], "N" * 1_000_000), "uid": "evil-huge"},
        {**base[3], "uid": "evil-status", "status": "HACKED"},
        {
            **base[4],
            "uid": "evil-size",
            "balance": {**base[4]["balance"], "size": {"sizeValue": -5, "sizeUnit": "GB"}},
        },
        {**base[5], "uid": "evil-date", "salesDate": "9999-12-31T23:59:59Z"},
        {
            **base[6],
            "uid": "evil-unit",
            "balance": {**base[6]["balance"], "size": {"sizeValue": 1, "sizeUnit": "YB"}},
        },
    ]
    with SandboxServer(base[7:] + evil) as server:
        done = run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync")
        assert done.code == 0, done.err
        assert "skipped" in done.err  # what could not be read is named, the rest kept
        listed = run_cli("--data-dir", str(data_dir), "--offline", "list", "--format", "json")
        assert listed.code == 0
        rows = {row["uid"]: row for row in json.loads(listed.out)}
        assert rows["evil-html"]["name"] == "<script>alert(1)</script><b>x</b>"
        for uid in ("evil-html", "evil-rtl", "evil-huge"):
            shown = run_cli("--data-dir", str(data_dir), "--offline", "show", uid)
            assert shown.code == 0
        out = tmp_path / "export.csv"
        assert (
            run_cli(
                "--data-dir",
                str(data_dir),
                "--offline",
                "export",
                "--format",
                "csv",
                "--output",
                str(out),
            ).code
            == 0
        )
        assert out.stat().st_size > 0
        for uid, row in rows.items():
            if uid.startswith("evil"):
                assert not row["eligibility"]["refundable"] or row["status"] in ("PURCHASED", None)
