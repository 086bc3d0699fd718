"""A hostile server against the CLI: trickled, endless and crafted bodies; no traceback, no hang
past the deadline, memory bounded by the cap; its text never drives the terminal."""

from __future__ import annotations

import asyncio
import json
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hostile_http import Answer, HostileServer, body, claims, endless, trickle
from rel_helpers import Run, run_cli

from gigadesk.api.client import GigastoreClient
from gigadesk.api.errors import ApiError, TooLarge, TooSlow
from gigadesk.sandbox import demo_data
from gigadesk.sandbox.server import SandboxServer
from gigadesk.store.paths import AppPaths

HUGE = "1E+99999999999999999999"
LONG = "9" * 5000
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[5A\r\nforged-row  2026  PURCHASED\u202egnp.exe\x9b31m"


def month_of_items(count: int = 3) -> list[dict[str, Any]]:
    """A few well-formed items sold this month."""
    now = datetime.now(UTC)
    items = demo_data.generate(count, now=now, seed=5)
    sold = (now - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return [{**item, "uid": f"kept-{n}", "salesDate": sold} for n, item in enumerate(items)]


def settings(data_dir: Path, **values: object) -> None:
    path = AppPaths.under(data_dir).settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(values))


def sync(data_dir: Path, server: HostileServer | SandboxServer) -> Run:
    return run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync")


def one_line(run: Run) -> str:
    """The last stderr line, after checking there is no traceback."""
    assert "Traceback" not in run.err, run.err
    return run.err.strip().splitlines()[-1]


def cached_uids(data_dir: Path) -> set[str]:
    listed = run_cli("--data-dir", str(data_dir), "--offline", "list", "--format", "json")
    return {row["uid"] for row in json.loads(listed.out)}


def test_a_trickling_server_ends_the_sync_at_the_deadline_keeping_what_was_read(
    data_dir: Path,
) -> None:
    settings(data_dir, request_deadline_seconds=1)
    first = body(json.dumps(month_of_items()).encode())
    with HostileServer(first, trickle(0.2)) as server:
        done = sync(data_dir, server)
    assert done.code == 1
    line = one_line(done)
    assert "did not complete its answer within 1 s" in line
    assert "it was the sales from" in line and "the 1 month read before are kept" in line
    assert cached_uids(data_dir) == {"kept-0", "kept-1", "kept-2"}
    # One second at a byte every 0.2 s: a handful of bytes, never the 10 KB body.
    assert server.sent - len(json.dumps(month_of_items())) < 100


def test_an_endless_body_stops_at_the_cap_naming_the_window(data_dir: Path) -> None:
    settings(data_dir, max_answer_megabytes=1)
    with HostileServer(endless(limit=256 * 1024 * 1024)) as server:
        done = sync(data_dir, server)
    assert done.code == 1
    line = one_line(done)
    assert "larger than the 1 MB accepted for one answer" in line and "sales from" in line
    # Memory bound, shown by the bytes read: the cap plus what the sockets buffer, not 256 MB.
    assert server.sent < 24 * 1024 * 1024


def window_error(
    answer: Answer, error: type[ApiError], **options: Any
) -> tuple[ApiError, list[str]]:
    """The error a client made with `options` raises reading January 2026 from `answer`, and
    the requests the server saw."""

    async def read(server: HostileServer) -> ApiError:
        async with GigastoreClient(server.base_url, "id", "secret", **options) as client:
            start = datetime(2026, 1, 1, tzinfo=UTC)
            with pytest.raises(error) as caught:
                await client.items(start, start + timedelta(days=31))
        return caught.value

    with HostileServer(answer) as server:
        found = asyncio.run(read(server))
    return found, server.requests


def test_a_body_claiming_too_much_is_refused_before_reading() -> None:
    error, _ = window_error(claims(5 * 10**9), TooLarge, max_body_bytes=10**6)
    assert "(5 GB)" in error.message and "2026-01-01 to 2026-02-01" in error.message


def test_a_compressed_bomb_stops_at_the_cap_after_decoding() -> None:
    # 200 MB of spaces, gzipped to a few hundred KB: the cap counts decoded bytes.
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(b"[")]
    parts += [packer.compress(b" " * 1_000_000) for _ in range(200)]
    bomb = b"".join([*parts, packer.compress(b"]"), packer.flush()])
    answer = body(bomb, headers=(("Content-Encoding", "gzip"),))
    error, _ = window_error(answer, TooLarge, max_body_bytes=10**6)
    assert len(bomb) < 10**6 and "larger than the 1 MB" in error.message


def test_the_deadline_holds_for_each_request_with_retries_included() -> None:
    error, requests = window_error(trickle(0.1), TooSlow, deadline=0.5, timeout=30)
    assert "within 0.5 s" in error.message
    assert requests.count("GET /gigastore/activations/activated-items") == 1


@pytest.mark.parametrize("number", [HUGE, LONG])
def test_a_huge_number_in_the_token_answer_is_one_line(data_dir: Path, number: str) -> None:
    token = f'{{"accessToken": "t", "expiresIn": {number}}}'.encode()
    with HostileServer(token=token) as server:
        done = sync(data_dir, server)
    assert done.code == 1 and "expiresIn" in one_line(done)


@pytest.mark.parametrize("number", [HUGE, LONG])
def test_a_huge_number_in_the_item_list_skips_only_its_item(data_dir: Path, number: str) -> None:
    items = month_of_items()
    text = json.dumps(items).replace('"sizeValue": ', f'"sizeValue": {number}, "x": ', 1)
    with HostileServer(body(text.encode()), body(b"[]")) as server:
        done = sync(data_dir, server)
    assert done.code == 0, done.err
    assert "skipped kept-0: item #1: balance.size.sizeValue: the number" in done.err
    assert "out of range" in done.err and "(1 skipped)" in done.out
    assert cached_uids(data_dir) == {"kept-1", "kept-2"}


@pytest.mark.parametrize("number", [HUGE, LONG])
def test_a_huge_number_in_an_error_body_is_one_line(data_dir: Path, number: str) -> None:
    error = f'{{"message": "window too long", "code": {number}, "limit": {number}}}'
    with HostileServer(body(error.encode(), status=400)) as server:
        done = sync(data_dir, server)
    assert done.code == 1 and "window too long" in one_line(done)


def test_a_uid_listed_twice_is_kept_once_and_said_so(data_dir: Path) -> None:
    items = month_of_items(2)
    twice = [items[0], items[1], {**items[0], "metatag": "second copy"}]
    with HostileServer(body(json.dumps(twice).encode()), body(b"[]")) as server:
        done = sync(data_dir, server)
    assert done.code == 0, done.err
    assert "synced 2 items" in done.out and "(1 skipped)" in done.out
    assert "kept-0: item #1: the uid is listed again as item #3" in done.err


def test_a_500_on_a_read_is_retried_and_a_429_storm_is_told(data_dir: Path) -> None:
    with SandboxServer(item_count=40, seed=3) as server:
        server.faults.fail_next(1, 500, path_contains="/activated-items")
        server.faults.fail_next(2, 429, retry_after=0.1, path_contains="/activated-items")
        done = sync(data_dir, server)
    assert done.code == 0, done.err
    assert done.err.count("waiting 0.1 s: Gigastore asked to slow down") == 2


def test_escape_sequences_from_the_server_never_reach_the_terminal(
    data_dir: Path, tmp_path: Path
) -> None:
    items = month_of_items(2)
    items[0] = {**items[0], "metatag": ESCAPES, "balance": {**items[0]["balance"], "name": ESCAPES}}
    with SandboxServer(items) as server:
        assert sync(data_dir, server).code == 0
        base = ("--data-dir", str(data_dir), "--offline")
        table = run_cli(*base, "list")
        shown = run_cli(*base, "show", "kept-0")
        as_json = run_cli(*base, "list", "--format", "json")
        as_csv = run_cli(*base, "list", "--format", "csv")
    for run in (table, shown):
        assert run.code == 0
        for raw in ("\x1b", "\x07", "\r", "\u202e", "\x9b"):
            assert raw not in run.out
        assert "\\x1b]0;pwned\\x07\\x1b[2J" in run.out and "\\r\\nforged-row" in run.out
    assert len(table.out.splitlines()) == 2 + 2  # header, two items, count: no forged row
    assert "\\u202egnp.exe\\x9b31m" in table.out
    # JSON keeps the data exact (the controls written as escapes); CSV keeps it as it came.
    assert "\x9b" not in as_json.out and "\u202e" not in as_json.out
    rows = {row["uid"]: row for row in json.loads(as_json.out)}
    assert rows["kept-0"]["name"] == ESCAPES and rows["kept-0"]["metatag"] == ESCAPES
    assert ESCAPES.replace("\r\n", "\n") in as_csv.out.replace("\r\n", "\n")


def test_server_words_in_an_error_are_escaped_on_stderr(data_dir: Path) -> None:
    error = json.dumps({"message": "bad \x1b]0;owned\x07 request\x1b[2J"}).encode()
    with HostileServer(body(error, status=400)) as server:
        done = sync(data_dir, server)
    assert done.code == 1
    assert "\x1b" not in done.err and "\x07" not in done.err
    assert "bad \\x1b]0;owned\\x07 request\\x1b[2J" in one_line(done)


def test_a_flood_of_unreadable_items_is_counted_not_listed_line_by_line(data_dir: Path) -> None:
    flood = ("[" + ",".join(["{}"] * 5000) + "]").encode()
    with HostileServer(body(flood), body(b"[]")) as server:
        done = sync(data_dir, server)
    assert done.code == 0, done.err
    assert "(5000 skipped)" in done.out
    assert "skipped 4950 more, not listed here" in done.err
    assert done.err.count("\n") < 80
