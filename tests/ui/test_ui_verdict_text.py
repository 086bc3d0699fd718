"""The UI's verdict sentences: in English, word for word what the domain says."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from ui_helpers import demo_items

from gigadesk.domain.eligibility import assess
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.ui.detail.verdict_text import check_text, check_title, reason_text

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
COUNTS: tuple[tuple[int, int | None], ...] = ((0, 5), (3, 5), (5, 5), (9, 5), (0, None), (12, None))


def odd_items(base: ActivatedItem) -> list[ActivatedItem]:
    """Items the demo data rarely or never has: missing dates, no data allowance, unknown status."""
    return [
        dataclasses.replace(base, status=Status.REFUNDED, refunded_at=None),
        dataclasses.replace(base, status=Status.REFUNDED, refunded_at=NOW - timedelta(days=3)),
        dataclasses.replace(base, status=Status.UNKNOWN),
        dataclasses.replace(base, status=Status.PURCHASED, expires_at=None),
        dataclasses.replace(base, data=dataclasses.replace(base.data, total_bytes=0)),
        dataclasses.replace(base, status=Status.ACTIVATED),
        # Contradictory data: more left than the total, a refund date on a Purchased package.
        dataclasses.replace(
            base, data=dataclasses.replace(base.data, remaining_bytes=base.data.total_bytes + 1)
        ),
        dataclasses.replace(base, status=Status.PURCHASED, refunded_at=NOW),
        dataclasses.replace(
            base,
            status=Status.PURCHASED,
            refunded_at=NOW,
            data=dataclasses.replace(base.data, total_bytes=10**9, remaining_bytes=5 * 10**9),
        ),
    ]


@pytest.fixture
def c_locale() -> Iterator[None]:
    """The C locale: ISO dates, as the domain writes them (an English locale writes its own)."""
    before = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("qapp", "c_locale")
def test_english_texts_match_the_domain_for_every_rule_outcome() -> None:
    items = demo_items(300)
    items += odd_items(items[0])
    seen: set[tuple[str, bool | None]] = set()
    for item in items:
        for used, limit in COUNTS:
            verdict = assess(item, NOW, used, limit)
            for check in verdict.checks:
                seen.add((check.code, check.passed))
                assert check_title(check) == check.title
                assert check_text(check, item, verdict) == check.message
            for reason in (*verdict.reasons, *verdict.warnings):
                seen.add((reason.code, None))
                assert reason_text(reason, item, verdict) == reason.message
    # Every outcome of every rule was compared (not just the common ones).
    assert len(seen) >= 14, sorted(seen, key=str)


def test_an_unknown_code_keeps_the_domain_sentence(qapp: QApplication) -> None:
    item = demo_items(1)[0]
    verdict = assess(item, NOW, 0, 5)
    check = dataclasses.replace(verdict.checks[0], code="NEW_RULE")
    assert check_text(check, item, verdict) == check.message
    assert check_title(check) == check.title
