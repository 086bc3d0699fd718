"""Bad local state: each gets a clear message and a way on, and nothing is silently deleted."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from rel_helpers import run_cli

from gigadesk.domain.items import ActivatedItem
from gigadesk.sandbox.server import SandboxServer
from gigadesk.services.sync_worker import WindowSaver
from gigadesk.store import atomic, cache_file
from gigadesk.store.cache import Cache
from gigadesk.store.paths import AppPaths
from gigadesk.store.query import HistoryQuery
from gigadesk.store.settings import Settings, SettingsError, save_settings

ROOT = Path(__file__).resolve().parents[2]


def _synced(server: SandboxServer, data_dir: Path) -> Path:
    assert run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync").code == 0
    return data_dir / "data" / "history.sqlite3"


def _smoke(data_dir: Path) -> subprocess.CompletedProcess[str]:
    """The app's own smoke test, offline, over `data_dir`."""
    command = [sys.executable, "main.py", "--smoke-test", "--offline", "--data-dir", str(data_dir)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6"}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)


def test_truncated_cache_is_set_aside_kept_and_rebuilt(
    server: SandboxServer, data_dir: Path
) -> None:
    path = _synced(server, data_dir)
    for side in path.parent.glob("history.sqlite3-*"):
        side.unlink()
    content = path.read_bytes()
    path.write_bytes(content[: len(content) // 3])
    listed = run_cli("--data-dir", str(data_dir), "--offline", "list")
    assert listed.code == 0 and "set aside" in listed.err
    kept = list(path.parent.glob("history.sqlite3.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == content[: len(content) // 3]
    assert run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync").code == 0


def test_garbage_settings_are_set_aside_with_a_notice(
    server: SandboxServer, data_dir: Path
) -> None:
    settings = AppPaths.under(data_dir).ensure().settings_file
    settings.write_bytes(b"\x00\xff{not json at all")
    done = run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync")
    assert done.code == 0
    assert "note:" in done.err and "settings" in done.err.lower()
    copies = [p for p in settings.parent.iterdir() if p != settings]
    assert any(p.read_bytes() == b"\x00\xff{not json at all" for p in copies)


def test_cache_from_a_newer_version_is_refused_and_untouched(
    server: SandboxServer, data_dir: Path
) -> None:
    path = _synced(server, data_dir)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = {p.name: p.read_bytes() for p in path.parent.iterdir()}
    done = run_cli("--data-dir", str(data_dir), "--offline", "list")
    assert done.code == 1 and "newer GigaDesk" in done.err and "another data folder" in done.err
    smoke = _smoke(data_dir)
    assert smoke.returncode == 1 and "newer GigaDesk" in smoke.stderr
    assert {p.name: p.read_bytes() for p in path.parent.iterdir()} == before


def test_app_starts_over_a_truncated_cache_and_garbage_settings(
    server: SandboxServer, data_dir: Path
) -> None:
    path = _synced(server, data_dir)
    for side in path.parent.glob("history.sqlite3-*"):
        side.unlink()
    path.write_bytes(path.read_bytes()[:5000])
    AppPaths.under(data_dir).settings_file.write_text("[[[garbage")
    smoke = _smoke(data_dir)
    assert smoke.returncode == 0, smoke.stderr
    assert list(path.parent.glob("history.sqlite3.corrupt-*"))


def test_read_only_data_folder(
    server: SandboxServer, data_dir: Path, make_read_only: Callable[[Path], None]
) -> None:
    path = _synced(server, data_dir)
    for side in path.parent.glob("history.sqlite3-*"):
        side.unlink()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    make_read_only(path)
    make_read_only(path.parent)
    done = run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync")
    smoke = _smoke(data_dir)
    assert done.code == 1 and "read-only" in done.err and "Nothing was deleted" in done.err
    assert smoke.returncode in (0, 1) and "Traceback" not in smoke.stderr
    if smoke.returncode:
        assert "read-only" in smoke.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # not a byte changed


def _no_worker_processes(*args: object) -> None:
    raise OSError("worker processes are switched off for this test")


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every cache connection may not grow by a single page: SQLite's own 'disk full'."""
    real: Callable[..., tuple[sqlite3.Connection, Path | None]] = cache_file.connect

    def connect(path: Path) -> tuple[sqlite3.Connection, Path | None]:
        conn, recovered = real(path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {max(int(pages), 1)}")
        return conn, recovered

    monkeypatch.setattr("gigadesk.store.cache.connect", connect)


def test_full_disk_during_sync(
    server: SandboxServer, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _synced(server, data_dir)
    before = _cached(path)
    added: dict[tuple[int, int], set[str]] = {}  # month -> uids of its new sales
    for obj in server.items_json()[-150:]:  # new sales, more than the free room in the file
        for copy in range(4):
            server.put_item({**obj, "uid": f"{obj['uid']}-new{copy}"})
            month = before[obj["uid"]].sales_date
            added.setdefault((month.year, month.month), set()).add(f"{obj['uid']}-new{copy}")
    _full_disk(monkeypatch)
    # The patched connections exist in this process only: months are written here too.
    monkeypatch.setattr(WindowSaver, "_submit", _no_worker_processes)
    done = run_cli("--data-dir", str(data_dir), "--base-url", server.base_url, "sync")
    monkeypatch.undo()
    assert done.code == 1 and "is full" in done.err and "Nothing was lost" in done.err
    after = _cached(path)
    assert {uid: after.get(uid) for uid in before} == before, "nothing cached was lost"
    # A month is saved whole or not at all (another month may have fitted in the room left).
    for uids in added.values():
        assert uids <= after.keys() or not uids & after.keys()
    assert set(after) - set(before) != set().union(*added.values()), "the full disk stopped it"


def _cached(path: Path) -> dict[str, ActivatedItem]:
    with Cache.open(path) as cache:
        return {item.uid: item for item in cache.page(HistoryQuery(), 0, 10**9)}


def test_full_disk_when_saving_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    save_settings(paths, Settings(client_id="first"))
    before = paths.settings_file.read_bytes()

    def no_space(fd: int, data: bytes | memoryview) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", no_space)
    with pytest.raises(SettingsError) as caught:
        save_settings(paths, Settings(client_id="second"))
    monkeypatch.undo()
    assert "space" in str(caught.value).lower()
    assert paths.settings_file.read_bytes() == before
    assert [p.name for p in paths.config_dir.iterdir()] == [paths.settings_file.name]
