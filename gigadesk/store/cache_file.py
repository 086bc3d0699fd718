"""The cache file itself: connect, check, set a damaged file aside, migrate, explain failures."""

from __future__ import annotations

import contextlib
import enum
import errno
import logging
import os
import sqlite3
import threading
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from gigadesk.store.cache_schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

_HEADER = b"SQLite format 3\x00"
# A full `PRAGMA quick_check` reads the whole file (seconds for a million items), so it runs
# at start-up only for small files, or when the last session met damage and left a marker.
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024
DAMAGE_MARKER_SUFFIX = ".damaged"
SIDE_FILES = ("-wal", "-shm")


class CacheProblem(enum.Enum):
    """What kind of trouble a CacheError is, for a screen to say in the user's language."""

    DISK_FULL = "disk_full"
    NOT_WRITABLE = "not_writable"  # read-only, not permitted, or cannot be opened there
    BUSY = "busy"  # locked by another process
    DAMAGED = "damaged"
    TOO_NEW = "too_new"  # written by a newer GigaDesk
    OTHER = "other"


class CacheError(Exception):
    """The cache cannot do what was asked; the message is an English sentence (for the log,
    the CLI and a screen's details), `problem` what kind of trouble it is."""

    def __init__(self, message: str, problem: CacheProblem = CacheProblem.OTHER) -> None:
        super().__init__(message)
        self.problem = problem


class DamagedCache(Exception):
    """The file is not a sound SQLite database (internal: it is set aside, not reported)."""


def damage_marker(path: Path) -> Path:
    """The file that asks the next start to check the whole cache."""
    return path.with_name(path.name + DAMAGE_MARKER_SUFFIX)


def describe(exc: BaseException, path: Path, doing: str) -> CacheError:
    """A CacheError that says in plain words why `doing` failed on the cache at `path`."""
    code = _primary_code(exc)
    problem = CacheProblem.OTHER
    if code == sqlite3.SQLITE_FULL:
        problem = CacheProblem.DISK_FULL
        text = (
            f"The disk that holds the history cache ({path.parent}) is full, so {doing} "
            "failed. Nothing was lost; free some space and try again."
        )
    elif code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN):
        problem = CacheProblem.NOT_WRITABLE
        text = (
            f"The history cache {path} cannot be written, so {doing} failed: the file or "
            "its folder is read-only or not accessible. Nothing was deleted."
        )
    elif code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        problem = CacheProblem.BUSY
        text = (
            f"The history cache is busy (another GigaDesk may be syncing), so {doing} "
            "failed; try again in a moment."
        )
    elif code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        problem = CacheProblem.DAMAGED
        text = (
            f"The history cache {path} is damaged, so {doing} failed. GigaDesk sets it "
            "aside at the next start and the next sync rebuilds it."
        )
    else:
        text = f"The history cache {path}: {doing} failed ({_reason(exc)})."
    return CacheError(text, problem)


def _primary_code(exc: BaseException) -> int | None:
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        return None if code is None else code & 0xFF
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return sqlite3.SQLITE_FULL
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR):
            return sqlite3.SQLITE_CANTOPEN
    return None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def is_damage(exc: BaseException) -> bool:
    """True for the errors that mean the file is not a sound database."""
    return _primary_code(exc) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


# POSIX advisory locks belong to a process, and closing any descriptor of a file drops all of
# them. Reading the file's header with open() and close() while this process holds SQLite
# connections to it would silently release their locks: another process (the CLI, a sync
# worker) closing its own connection would then take itself for the last one, checkpoint and
# delete the write-ahead log under our readers, which then see a "malformed" database. So the
# raw checks run only while this process has no connection to the file, under a lock that
# keeps other threads from connecting meanwhile.
_connections: Counter[str] = Counter()
_connections_lock = threading.Lock()


def _key(path: Path) -> str:
    return os.path.realpath(path)


def release(path: Path) -> None:
    """Note that one connection made by `connect(path)` was closed."""
    with _connections_lock:
        key = _key(path)
        if _connections[key] > 0:
            _connections[key] -= 1
        if _connections[key] == 0:
            del _connections[key]


def connect(path: Path) -> tuple[sqlite3.Connection, Path | None]:
    """A ready connection to the cache at `path` and where a damaged file was moved, if any.

    Every connection made here is handed back with `release(path)` when it is closed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise CacheError(
            f"The folder for the history cache ({path.parent}) cannot be created: a file is "
            "in the way."
        ) from exc
    except OSError as exc:
        raise describe(exc, path, "creating its folder") from exc
    with _connections_lock:
        key = _key(path)
        raw_checks = _connections[key] == 0
        try:
            conn, recovered_from = _open(path, raw_checks), None
        except DamagedCache as damage:
            log.warning("the history cache %s is damaged (%s); setting it aside", path, damage)
            recovered_from = set_aside(path)
            conn = _open(path, raw_checks)
        _connections[_key(path)] += 1
    return conn, recovered_from


def _open(path: Path, raw_checks: bool) -> sqlite3.Connection:
    if raw_checks:
        _check_header(path)
        _check_length(path)
    try:
        conn = sqlite3.connect(path, timeout=10.0, isolation_level=None, cached_statements=128)
    except sqlite3.Error as exc:
        raise describe(exc, path, "opening it") from exc
    try:
        _check_version(conn, path)  # before anything writes, even the journal mode
        _configure(conn, path)
        _check_content(conn, path)
        _migrate(conn, path)
        # The trigram vocabulary, for two-letter searches (cache_sql.hits), and the hits of
        # the last search (cache_sql.HITS_TABLE); temp: per connection, never in the file.
        conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.item_terms"
            " USING fts5vocab(main, item_fts, 'row')"
        )
        conn.execute("CREATE TABLE IF NOT EXISTS temp.search_hits (id INTEGER PRIMARY KEY)")
    except BaseException:
        conn.close()
        raise
    return conn


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise describe(exc, path, "reading it") from exc
    if not header:
        return  # an empty file is an empty database
    if len(header) < 100 or not header.startswith(_HEADER):
        raise DamagedCache("the file does not start with an SQLite header")


def _check_version(conn: sqlite3.Connection, path: Path) -> None:
    try:
        version = _user_version(conn)
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise DamagedCache(str(exc)) from exc
        raise describe(exc, path, "opening it") from exc
    if version > SCHEMA_VERSION:
        raise CacheError(
            f"The history cache {path} was written by a newer GigaDesk (cache version "
            f"{version}; this version knows up to {SCHEMA_VERSION}). Update GigaDesk, or "
            "start with another data folder; the file was left untouched.",
            CacheProblem.TOO_NEW,
        )


def _configure(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute("PRAGMA journal_mode=WAL")  # readers never block the sync's writer
        conn.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; only the last commit may go
        # Foreign keys stay off: checking the parent of every item_raw and item_search row
        # cost a tenth of a sync's writing; delete_items removes the dependent rows itself.
        # 64 MB of pages per connection: a month of a large history touches many index pages.
        conn.execute("PRAGMA cache_size=-64000")
        conn.execute("PRAGMA temp_store=MEMORY")
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise DamagedCache(str(exc)) from exc
        raise describe(exc, path, "opening it") from exc


def _check_content(conn: sqlite3.Connection, path: Path) -> None:
    marker = damage_marker(path)
    full = marker.exists() or _size(path) <= FULL_CHECK_MAX_BYTES
    try:
        if full:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                raise DamagedCache("; ".join(str(problem) for problem in problems))
        else:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            if _has_table(conn, "items"):  # the last page of the table is read too
                conn.execute("SELECT max(id) FROM items").fetchone()
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise DamagedCache(str(exc)) from exc
        raise describe(exc, path, "checking it") from exc
    with contextlib.suppress(FileNotFoundError):
        marker.unlink()


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    found = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _check_length(path: Path) -> None:
    # A file cut short: the header's page count (when valid) says more than the file holds.
    # Skipped while a write-ahead log is pending, as a checkpoint may be half done.
    if _size(path.with_name(path.name + "-wal")) > 0 or _size(path) == 0:
        return
    with path.open("rb") as file:
        header = file.read(100)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    if valid and pages and _size(path) < pages * page_size:
        raise DamagedCache(f"the file is shorter than its {pages} pages")


def set_aside(path: Path) -> Path:
    """Move a damaged cache (and its -wal and -shm) to `<name>.corrupt-<UTC time>`."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    try:
        os.replace(path, target)
        for suffix in SIDE_FILES:
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError as exc:
        raise CacheError(
            f"The history cache {path} is damaged and could not be moved aside "
            f"({_reason(exc)}). Move it elsewhere by hand; GigaDesk then starts a fresh one.",
            CacheProblem.DAMAGED,
        ) from exc
    with contextlib.suppress(FileNotFoundError):
        damage_marker(path).unlink()
    return target


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    try:
        if _user_version(conn) == SCHEMA_VERSION:
            return  # the usual case: no write lock needed, so a running sync never blocks us
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another process may have migrated meanwhile.
            version = _user_version(conn)
            if version > SCHEMA_VERSION:
                raise CacheError(
                    f"The history cache {path} was upgraded by a newer GigaDesk.",
                    CacheProblem.TOO_NEW,
                )
            for step in MIGRATIONS[version:]:
                step(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        if is_damage(exc):
            raise DamagedCache(str(exc)) from exc
        raise describe(exc, path, "preparing it") from exc


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def no_such_index(exc: sqlite3.OperationalError) -> bool:
    """True when a statement named an index the cache lacks (an older cache, or a first sync
    that has not built it yet)."""
    return str(exc).startswith("no such index")
