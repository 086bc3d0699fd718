"""The write-ahead refund journal in the cache: reserve before the POST, settle after."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gigadesk.store import cache_schema
from gigadesk.store.cache import Attempt, Cache, JournalEntry
from gigadesk.store.cache_rows import to_micros
from gigadesk.store.refund_journal import PENDING, REFUNDED, UNKNOWN

NOW = datetime(2026, 9, 14, 12, 0, tzinfo=UTC)


def attempt(uid: str, number: int = 1, at: datetime = NOW) -> Attempt:
    return Attempt(f"attempt-{uid}-{number}", uid, at, PENDING, "sent", "/r", 4242, 1, at, None)


def test_one_unsettled_attempt_per_package_across_connections(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with Cache.open(path) as first, Cache.open(path) as second:
        taken = first.reserve_refund(attempt("a"), None)
        assert taken.attempt is not None and taken.attempt.outcome == PENDING
        blocked = second.reserve_refund(attempt("a", 2), None)
        assert blocked.attempt is None and blocked.blocked_by == taken.attempt
        # Unknown still blocks; settled by a read-back, the package is free again.
        second.settle_refund(taken.attempt.id, UNKNOWN, "no answer", NOW)
        assert first.reserve_refund(attempt("a", 3), None).blocked_by is not None
        second.settle_refund(taken.attempt.id, REFUNDED, "read back", NOW, only_unsettled=True)
        assert first.unsettled_refunds() == []
        # Once refunded, an "unsettled only" settlement by a late reader changes nothing.
        assert not first.settle_refund(taken.attempt.id, UNKNOWN, "late", NOW, only_unsettled=True)


def test_unsettled_attempts_take_the_months_slots(tmp_path: Path) -> None:
    with Cache.open(tmp_path / "history.sqlite3") as cache:
        cache.add_journal(JournalEntry("done", NOW, REFUNDED, "ok"))
        assert cache.reserve_refund(attempt("x"), 3).attempt is not None
        assert cache.reserve_refund(attempt("y"), 3).attempt is not None
        assert cache.refunds_in_month(NOW) == 3
        full = cache.reserve_refund(attempt("z"), 3)
        assert full.attempt is None and full.limit_reached and full.month_count == 3
        # An unknown attempt of last month still counts until it is settled.
        assert cache.refunds_in_month(NOW + timedelta(days=31)) == 2


def test_a_resend_keeps_the_attempts_id_and_slot(tmp_path: Path) -> None:
    with Cache.open(tmp_path / "history.sqlite3") as cache:
        first = cache.reserve_refund(attempt("a"), 1).attempt
        assert first is not None
        cache.settle_refund(first.id, UNKNOWN, "no answer", NOW)
        later = NOW + timedelta(minutes=10)
        again = cache.reserve_refund(attempt("a", 2, later), 1, resend=first.id).attempt
        assert again is not None
        assert (again.id, again.sends, again.outcome, again.sent_at) == (
            first.id,
            2,
            PENDING,
            later,
        )
        assert cache.refunds_in_month(NOW) == 1


def test_migration_keeps_only_the_last_unanswered_attempt_of_a_package_open(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    for step in cache_schema.MIGRATIONS[:3]:
        step(conn)
    rows = [
        ("a", NOW, "unknown"),
        ("a", NOW + timedelta(minutes=1), "refunded"),
        ("b", NOW, "unknown"),
        ("b", NOW + timedelta(minutes=1), "unknown"),
    ]
    conn.executemany(
        "INSERT INTO journal (uid, at, outcome, message) VALUES (?, ?, ?, 'old')",
        [(uid, to_micros(at), outcome) for uid, at, outcome in rows],
    )
    conn.execute("PRAGMA user_version = 3")
    conn.execute("COMMIT")
    conn.close()
    with Cache.open(path) as cache:
        unsettled = cache.unsettled_refunds()
        assert [(a.uid, a.at, a.outcome) for a in unsettled] == [
            ("b", NOW + timedelta(minutes=1), "unknown")
        ]
        assert [e.outcome for e in cache.journal()] == [
            "superseded",
            "superseded",
            "refunded",
            "unknown",
        ]
        assert cache.reserve_refund(attempt("b"), None).blocked_by == unsettled[0]


def test_a_pending_attempt_is_never_resent_by_a_second_process(tmp_path: Path) -> None:
    with Cache.open(tmp_path / "history.sqlite3") as cache:
        first = cache.reserve_refund(attempt("a"), None).attempt
        assert first is not None
        # Pending: being sent. Even naming it, a resend is blocked until it is unknown.
        assert cache.reserve_refund(attempt("a", 2), None, resend=first.id).attempt is None
        cache.settle_refund(first.id, UNKNOWN, "no answer", NOW)
        assert cache.reserve_refund(attempt("a", 3), None, resend=first.id).attempt is not None
        assert cache.reserve_refund(attempt("a", 4), None, resend=first.id).attempt is None
