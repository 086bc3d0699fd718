"""Contradictory items (more left than the total, a refund date on a Purchased package)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from gigadesk.domain import eligibility as el
from gigadesk.domain.items import ActivatedItem, DataAllowance, Status, Validity, uid_problem

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
GB = 10**9


def make_item(**changes: object) -> ActivatedItem:
    fields: dict[str, object] = {
        "uid": "c0a8-42",
        "name": "eSIM Europe 5 GB",
        "status": Status.PURCHASED,
        "sales_date": NOW - timedelta(days=1),
        "data": DataAllowance(5 * GB, 5 * GB),
        "activated_at": NOW - timedelta(days=1),
        "expires_at": NOW + timedelta(days=29),
        "validity": Validity(30, "days"),
    }
    fields.update(changes)
    return ActivatedItem(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"data": DataAllowance(5 * GB, 7 * GB)}, "7 GB left of a 5 GB package."),
        ({"refunded_at": NOW - timedelta(hours=2)}, "A refund date (2026-11-21)"),
        ({"status": Status.UNKNOWN, "refunded_at": NOW}, "not marked refunded"),
    ],
)
def test_contradictory_data_blocks_the_refund_with_its_reason(
    changes: dict[str, object], words: str
) -> None:
    assert el.assess(make_item(), NOW, 0, 5).refundable  # the same item, consistent
    verdict = el.assess(make_item(**changes), NOW, 0, 5)
    assert not verdict.refundable
    assert verdict.codes[0] == el.CONTRADICTORY_DATA
    reason = verdict.reasons[0].message
    assert reason.startswith("The server's data contradicts itself: ") and words in reason
    assert verdict.checks[0].title == "Contradictory data" and verdict.checks[0].passed is False


def test_both_contradictions_are_named_in_one_check() -> None:
    item = make_item(data=DataAllowance(GB, 2 * GB), refunded_at=NOW)
    verdict = el.assess(item, NOW, 0, None)
    [check] = [c for c in verdict.checks if c.code == el.CONTRADICTORY_DATA]
    assert "2 GB left of a 1 GB package." in check.message and "refund date" in check.message


@pytest.mark.parametrize("uid", ["", " ", ".", "..", "a/b", "/", "a\\b", "x" * 257])
def test_uids_that_are_no_plain_path_segment_have_a_problem(uid: str) -> None:
    assert uid_problem(uid)


@pytest.mark.parametrize("uid", ["c0a80101-0001", "a.b", "...", "pkg 01 #?&%2F", "x" * 256])
def test_plain_uids_have_none(uid: str) -> None:
    assert uid_problem(uid) is None
