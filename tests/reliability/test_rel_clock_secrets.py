"""The server's clock when ours is off; transport rules; no secret or token in any file."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest
from rel_helpers import files_containing, files_under, run_cli

from gigadesk import crash_report, logs
from gigadesk.api.client import GigastoreClient
from gigadesk.api.errors import InsecureUrl
from gigadesk.api.transport import base_url_problem
from gigadesk.sandbox.server import DEMO_CLIENT_ID, SandboxServer
from gigadesk.services.clock import Clock
from gigadesk.services.session import Session, SessionError, SessionOptions

SECRET = "s3cr3t-Known-Value-8841"


def test_a_skewed_server_clock_is_used_and_said(server: SandboxServer, data_dir: Path) -> None:
    server.clock_offset = 3 * 3600.0  # the server's Date header runs 3 hours ahead of ours

    async def offset() -> float:
        async with GigastoreClient(server.base_url, DEMO_CLIENT_ID, "demo-secret") as client:
            await client.version()
            clock = Clock(lambda: client.server_clock_offset)
            assert clock.notice() is not None and "behind" in (clock.notice() or "")
            assert client.server_clock_offset is not None
            return client.server_clock_offset.total_seconds()

    assert abs(asyncio.run(offset()) - 3 * 3600) < 120
    done = run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync")
    assert done.code == 0 and "server's clock" in done.err
    server.clock_offset = 0.0
    calm = run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync")
    assert calm.code == 0 and "clock" not in calm.err


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://api.giga.store", True),
        ("http://127.0.0.1:8765", True),
        ("http://127.8.9.10", True),
        ("http://localhost:80", True),
        ("http://[::1]:8080", True),
        ("http://api.giga.store", False),
        ("http://10.0.0.5", False),
        ("http://127.0.0.1.nip.io", False),
        ("https://user:pw@api.giga.store", False),
        ("ftp://api.giga.store", False),
    ],
)
def test_base_url_rules(url: str, allowed: bool) -> None:
    assert (base_url_problem(url) is None) is allowed


def test_plain_http_to_another_machine_is_refused_everywhere(
    tmp_path: Path, data_dir: Path
) -> None:
    with pytest.raises(InsecureUrl) as caught:
        GigastoreClient("http://api.giga.store", "id", SECRET)
    assert "https://" in caught.value.message and SECRET not in caught.value.message
    session = Session.start(SessionOptions(data_dir=tmp_path, base_url="http://api.giga.store"))
    with pytest.raises(SessionError, match="unencrypted"):
        session.client(("id", SECRET))
    done = run_cli("--data-dir", str(data_dir), "--base-url", "http://example.invalid", "sync")
    assert done.code == 1 and "unencrypted" in done.err


def test_redaction_masks_registered_secrets_and_credential_shapes() -> None:
    logs.hide(SECRET)
    text = logs.redact(
        f"secret={SECRET} Authorization: Bearer abc.def-123 {{'accessToken': 'tok9'}}"
    )
    assert SECRET not in text and "abc.def-123" not in text and "tok9" not in text


def test_no_secret_or_token_in_any_file_the_cli_and_a_crash_wrote(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GIGASTORE_CLIENT_SECRET", SECRET)
    with SandboxServer(item_count=200, client_secret=SECRET, refund_limit=5) as server:
        base = ("--data-dir", str(data_dir), "--base-url", server.base_url)
        logging.getLogger("gigadesk").setLevel(logging.DEBUG)  # the most talkative log
        try:
            assert run_cli(*base, "sync").code == 0
            listed = run_cli(*base, "list", "--refundable", "--format", "json")
            uid = listed.out.split('"uid": "')[1].split('"')[0]
            server.faults.drop_next(1, method="POST", path_contains="/refund", apply=True)
            assert run_cli(*base, "refund", uid, "--yes").code in (0, 5)
            server.expire_tokens()
            assert run_cli(*base, "sync").code == 0
            assert (
                run_cli(
                    *base, "export", "--format", "json", "--output", str(data_dir / "x.json")
                ).code
                == 0
            )
            # A crash whose text carries the secret and a token, written where the app writes it.
            token = _issued_token(server)
            try:
                raise RuntimeError(f"boom {SECRET} Bearer {token}")
            except RuntimeError as exc:
                logs.hide(token)
                report = crash_report.write(data_dir / "logs", crash_report.build(exc))
            logging.getLogger("gigadesk.test").error("failed with %s and %s", SECRET, token)
        finally:
            logging.getLogger("gigadesk").setLevel(logging.NOTSET)
    assert report is not None and "boom" in report.read_text()
    written = files_under(data_dir)
    assert any(p.name == "gigadesk.log" for p in written)
    assert files_containing(data_dir, SECRET) == []
    assert files_containing(data_dir, token) == []


def _issued_token(server: SandboxServer) -> str:
    async def fetch() -> str:
        async with GigastoreClient(server.base_url, DEMO_CLIENT_ID, SECRET) as client:
            await client.authenticate()
            token = client._token
            assert token is not None
            return token

    return asyncio.run(fetch())
