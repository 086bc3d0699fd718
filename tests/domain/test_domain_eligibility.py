"""The four refund rules, each alone and all together, with hypothesis properties."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


def test_fresh_purchase_is_refundable() -> None:
    verdict = el.assess(make_item(), NOW, refunds_this_month=1, monthly_limit=5)
    assert verdict.refundable
    assert verdict.reasons == ()
    assert verdict.warnings == ()
    assert [c.passed for c in verdict.checks] == [True, True, True, True]
    assert verdict.checks[3].message == "1 of 5 used this month."


def test_refunded_item_shows_only_already_refunded() -> None:
    item = make_item(
        status=Status.REFUNDED,
        refunded_at=NOW - timedelta(days=3),
        data=DataAllowance(5 * GB, GB),
        expires_at=NOW - timedelta(days=1),
    )
    verdict = el.assess(item, NOW, refunds_this_month=9, monthly_limit=5)
    assert not verdict.refundable
    assert verdict.codes == (el.ALREADY_REFUNDED,)
    assert "2026-11-18" in verdict.reasons[0].message


def test_stock_item_tells_reseller_to_open_a_ticket_with_the_purchase_id() -> None:
    verdict = el.assess(make_item(status=Status.ACTIVATED), NOW, 0, 5)
    assert verdict.codes == (el.NOT_PURCHASED_WITH_CREDITS,)
    assert "support ticket" in verdict.reasons[0].message
    assert "c0a8-42" in verdict.reasons[0].message


def test_every_failing_rule_is_listed() -> None:
    item = make_item(
        status=Status.ACTIVATED,
        data=DataAllowance(5 * GB, 4 * GB),
        expires_at=NOW - timedelta(seconds=1),
    )
    verdict = el.assess(item, NOW, refunds_this_month=5, monthly_limit=5)
    assert verdict.codes == (
        el.NOT_PURCHASED_WITH_CREDITS,
        el.EXPIRED,
        el.USED,
        el.REFUND_LIMIT_REACHED,
    )
    assert "1 GB of 5 GB already used" in verdict.reasons[2].message


def test_expiry_is_exclusive_at_the_instant() -> None:
    item = make_item(expires_at=NOW)
    assert el.assess(item, NOW - timedelta(seconds=1), 0, 5).refundable
    assert el.assess(item, NOW, 0, 5).codes == (el.EXPIRED,)


def test_not_yet_active_package_is_not_expired_before_its_deadline() -> None:
    item = make_item(activated_at=None, expires_at=NOW + timedelta(days=3))
    verdict = el.assess(item, NOW, 0, 5)
    assert verdict.refundable
    assert "auto-activates by" in verdict.checks[1].message


def test_missing_expiry_blocks() -> None:
    verdict = el.assess(make_item(expires_at=None), NOW, 0, 5)
    assert verdict.codes == (el.EXPIRED,)


def test_a_single_used_byte_blocks() -> None:
    verdict = el.assess(make_item(data=DataAllowance(5 * GB, 5 * GB - 1)), NOW, 0, 5)
    assert verdict.codes == (el.USED,)


def test_unknown_limit_warns_instead_of_blocking() -> None:
    verdict = el.assess(make_item(), NOW, refunds_this_month=40, monthly_limit=None)
    assert verdict.refundable
    assert [w.code for w in verdict.warnings] == [el.LIMIT_UNKNOWN]
    assert verdict.checks[3].passed is None


def test_unknown_status_warns_and_leaves_the_word_to_the_server() -> None:
    verdict = el.assess(make_item(status=Status.UNKNOWN), NOW, 0, 5)
    assert verdict.refundable
    assert [w.code for w in verdict.warnings] == [el.STATUS_UNKNOWN]


def test_month_is_the_utc_calendar_month() -> None:
    assert el.in_month(datetime(2026, 11, 1, 0, 0, tzinfo=UTC), NOW)
    assert not el.in_month(datetime(2026, 10, 31, 23, 59, 59, tzinfo=UTC), NOW)
    assert not el.in_month(datetime(2026, 12, 1, tzinfo=UTC), NOW)
    assert not el.in_month(None, NOW)


statuses = st.sampled_from(list(Status))
offsets = st.integers(min_value=-400 * 86400, max_value=400 * 86400).map(
    lambda s: timedelta(seconds=s)
)


@given(
    status=statuses,
    total=st.integers(min_value=0, max_value=10**13),
    used=st.integers(min_value=0, max_value=10**13),
    activated=st.booleans(),
    expiry=st.one_of(st.none(), offsets),
    refunds=st.integers(min_value=0, max_value=50),
    limit=st.one_of(st.none(), st.integers(min_value=0, max_value=50)),
)
def test_refundable_exactly_when_all_four_rules_hold(
    status: Status,
    total: int,
    used: int,
    activated: bool,
    expiry: timedelta | None,
    refunds: int,
    limit: int | None,
) -> None:
    item = make_item(
        status=status,
        data=DataAllowance(total, max(0, total - used)),
        activated_at=NOW - timedelta(days=1) if activated else None,
        expires_at=None if expiry is None else NOW + expiry,
    )
    verdict = el.assess(item, NOW, refunds, limit)
    expected = (
        status in (Status.PURCHASED, Status.UNKNOWN)
        and expiry is not None
        and not item.is_expired(NOW)
        and total > 0
        and used == 0
        and (limit is None or refunds < limit)
    )
    assert verdict.refundable is expected
    assert verdict.refundable == (not verdict.reasons)
    if status is Status.REFUNDED:
        assert verdict.codes == (el.ALREADY_REFUNDED,)
    else:
        assert len(set(verdict.codes)) == len(verdict.codes)
        assert set(verdict.codes) <= set(el.RULE_CODES)


# Contradictory items (more left than the total, a refund date on a Purchased package).


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
