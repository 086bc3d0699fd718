"""Helpers for the reliability tests: server-vs-cache checksums, CLI runs, file greps."""

from __future__ import annotations

import hashlib
import io
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from gigadesk import cli
from gigadesk.api.wire import parse_item
from gigadesk.domain.items import ActivatedItem
from gigadesk.sandbox.server import SandboxServer
from gigadesk.store.cache import Cache
from gigadesk.store.query import HistoryQuery

ALL = 10**9


def fingerprint(items: Iterable[ActivatedItem]) -> tuple[int, str]:
    """Count and a checksum over uid, status and remaining bytes, in uid order."""
    rows = sorted((i.uid, i.status.value, i.data.remaining_bytes) for i in items)
    digest = hashlib.sha256()
    for uid, status, remaining in rows:
        digest.update(f"{uid}\x1f{status}\x1f{remaining}\x1e".encode())
    return len(rows), digest.hexdigest()


def server_fingerprint(server: SandboxServer) -> tuple[int, str]:
    """The fingerprint of everything the server lists."""
    return fingerprint(parse_item(obj) for obj in server.items_json())


def cache_fingerprint(path: Path) -> tuple[int, str]:
    """The fingerprint of everything the cache at `path` holds."""
    with Cache.open(path) as cache:
        return fingerprint(cache.page(HistoryQuery(), 0, ALL))


@dataclass(frozen=True)
class Run:
    """One in-process CLI run."""

    code: int
    out: str
    err: str


def run_cli(*args: str, stdin: str = "") -> Run:
    """gigadesk-cli in this process, with stdin/stdout/stderr captured."""
    saved = sys.stdin, sys.stdout, sys.stderr
    out, err = io.StringIO(), io.StringIO()
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        code = cli.main(list(args))
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return Run(code, out.getvalue(), err.getvalue())


def files_under(root: Path) -> list[Path]:
    """Every regular file under `root`."""
    return sorted(p for p in root.rglob("*") if p.is_file())


def files_containing(root: Path, needle: str) -> list[Path]:
    """The files under `root` whose bytes contain `needle` (UTF-8)."""
    raw = needle.encode()
    return [p for p in files_under(root) if raw in p.read_bytes()]
