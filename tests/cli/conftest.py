"""CLI tests: a demo sandbox, a data folder, and credentials from the environment."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import Gd, Run

from gigadesk import cli
from gigadesk.sandbox.dialect import Dialect
from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer


@pytest.fixture
def sandbox(dialect: Dialect) -> Iterator[SandboxServer]:
    with SandboxServer(item_count=300, seed=5, refund_limit=5, dialect=dialect) as server:
        yield server


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GIGASTORE_CLIENT_ID", DEMO_CLIENT_ID)
    monkeypatch.setenv("GIGASTORE_CLIENT_SECRET", DEMO_CLIENT_SECRET)
    return tmp_path / "gigadesk"


@pytest.fixture
def gd(sandbox: SandboxServer, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Gd:
    """Runs gigadesk-cli in-process against the sandbox, with `stdin` as its input."""

    def run(*args: str, stdin: str = "") -> Run:
        old_stdin = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            code = cli.main(["--data-dir", str(data_dir), "--base-url", sandbox.base_url, *args])
        finally:
            sys.stdin = old_stdin
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
