"""failure_of: the one mapping from the lower layers' exceptions to a kind and a cause."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from gigadesk.api.errors import (
    ApiError,
    BadPayload,
    NotFound,
    Offline,
    OutcomeUnknown,
    RefundRefused,
    TooLarge,
    TooSlow,
    Transient,
    Unauthorized,
)
from gigadesk.services.session import Session, SessionOptions
from gigadesk.services.workspace import Cause, FailureKind, Link, failure_of
from gigadesk.store.cache import Cache, CacheError
from gigadesk.store.stats import read_insight


@pytest.mark.parametrize(
    ("error", "cause", "link"),
    [
        (Offline("cannot reach Gigastore at x (refused)"), Cause.UNREACHABLE, Link.OFFLINE),
        (
            TooSlow("Gigastore did not complete its answer within 30 s"),
            Cause.TOO_SLOW,
            Link.OFFLINE,
        ),
        (
            Transient("Gigastore did not answer properly after 4 attempts"),
            Cause.STRUGGLING,
            Link.OFFLINE,
        ),
        (Unauthorized("credentials rejected by Gigastore"), Cause.REJECTED, Link.REJECTED),
        (RefundRefused("Package already used", code="USED"), Cause.REFUSED, Link.ONLINE),
        (BadPayload("the server's answer is not valid JSON"), Cause.BAD_ANSWER, Link.ONLINE),
        (TooLarge("Gigastore's answer is larger than 50 MB"), Cause.BAD_ANSWER, Link.ONLINE),
        (OutcomeUnknown("no answer to the refund of u", uid="u"), Cause.ANSWER_LOST, Link.ONLINE),
        (NotFound("no such item"), Cause.SERVER_ERROR, Link.ONLINE),
        (ApiError("Gigastore answered HTTP 418: teapot"), Cause.SERVER_ERROR, Link.ONLINE),
    ],
)
def test_api_errors_keep_their_words_and_get_a_cause(
    error: ApiError, cause: Cause, link: Link
) -> None:
    failure = failure_of(error)
    assert (failure.cause, failure.kind, failure.link) == (cause, cause.kind, link)
    assert failure.message == error.message  # the English specifics, for details and the CLI


def test_a_damaged_cache_file_is_told_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"not a database at all" * 500)
    with pytest.raises(CacheError) as raised:
        read_insight(path, datetime(2026, 12, 6, tzinfo=UTC))
    failure = failure_of(raised.value)
    assert (failure.kind, failure.cause) == (FailureKind.LOCAL, Cause.CACHE_DAMAGED)
    assert str(path) in failure.message
    assert failure.link is None  # a cache says nothing of the connection


def test_a_cache_from_a_newer_version_is_told_as_such(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(CacheError) as raised:
        Cache.open(path)
    assert failure_of(raised.value).cause is Cause.CACHE_TOO_NEW


def test_what_the_settings_stop_is_a_setup_failure(tmp_path: Path) -> None:
    session = Session.start(SessionOptions(data_dir=tmp_path, offline=True))
    with pytest.raises(Exception) as raised:
        session.client(("id", "secret"))
    assert failure_of(raised.value).cause is Cause.NEEDS_NETWORK
    online = Session.start(SessionOptions(data_dir=tmp_path, base_url="http://203.0.113.9"))
    with pytest.raises(Exception) as raised:
        online.check_client()
    failure = failure_of(raised.value)
    assert (failure.kind, failure.cause) == (FailureKind.SETUP, Cause.INSECURE_ADDRESS)


def test_files_that_cannot_be_written_are_told_by_their_errno(tmp_path: Path) -> None:
    assert failure_of(OSError(28, "No space left on device")).cause is Cause.DISK_FULL
    assert failure_of(PermissionError(13, "Permission denied")).cause is Cause.NOT_WRITABLE
    missing = tmp_path / "no such folder" / "file.csv"
    with pytest.raises(OSError) as raised:
        missing.write_text("x")
    failure = failure_of(raised.value)
    assert (failure.kind, failure.cause) == (FailureKind.LOCAL, Cause.FILE_FAILED)
