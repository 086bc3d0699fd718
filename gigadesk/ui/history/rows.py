"""One row of the history table: the item, its verdict judged once, its texts, and what the
table shows of it in each role."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt

from gigadesk.domain.eligibility import Verdict
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.ui.history.columns import (
    COL_EXPIRES,
    COL_PRICE,
    COL_VOLUME,
    HEADERS,
    display_text,
    header_text,
    muted_brush,
    refundable_icon,
    sort_value,
    tooltip,
)

_USER = Qt.ItemDataRole.UserRole.value
SORT_ROLE = _USER + 1  # plain Python values (bytes, Decimal, datetime): no 32-bit truncation
ITEM_ROLE = _USER + 2  # the row's ActivatedItem
VERDICT_ROLE = _USER + 3  # the row's refund Verdict
USED_FRACTION_ROLE = _USER + 4  # share of the allowance used, 0.0 to 1.0, for the bar

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ROLE = Qt.ItemDataRole
# Plain ints: reading an enum member is a descriptor call in Python 3.11, and data() compares
# roles some 1,500 times in a first paint.
DISPLAY = _ROLE.DisplayRole.value
TOOLTIP = _ROLE.ToolTipRole.value
DECORATION = _ROLE.DecorationRole.value
ALIGNMENT = _ROLE.TextAlignmentRole.value
FOREGROUND = _ROLE.ForegroundRole.value
_REFUNDED = Status.REFUNDED
# The pages a refresh during a sync reads again to spare their repaint: a window shows a few
# dozen rows, on at most two pages; one more in case the detail pane read a page after them.
PAGES_COMPARED = 3
HANDLED_ROLES = frozenset(
    {
        DISPLAY,
        TOOLTIP,
        DECORATION,
        ALIGNMENT,
        FOREGROUND,
        SORT_ROLE,
        ITEM_ROLE,
        VERDICT_ROLE,
        USED_FRACTION_ROLE,
    }
)


class Row:
    """One loaded row: the item, and its verdict and texts once a view asks for them."""

    __slots__ = ("_judge", "_verdict", "item", "texts")

    def __init__(self, item: ActivatedItem, judge: Callable[[ActivatedItem], Verdict]) -> None:
        self.item = item
        self._judge = judge
        self._verdict: Verdict | None = None
        self.texts: list[str] | None = None  # the display text of every column

    @property
    def judged(self) -> bool:
        """True once the verdict was asked for."""
        return self._verdict is not None

    @property
    def verdict(self) -> Verdict:
        """The refund verdict at the model's instant (judged on first use: most rows of a
        page are never shown)."""
        if self._verdict is None:
            self._verdict = self._judge(self.item)
        return self._verdict

    def rejudge(self) -> bool:
        """Judge again (the month's refunds changed); True when the table shows the row
        differently now. Only whether it is refundable shows: the reasons are tooltips."""
        if self._verdict is None:
            return False  # never shown: judged when it is
        was = self._verdict.refundable
        self._verdict = self._judge(self.item)
        return self._verdict.refundable != was


def unchanged(was: Row, now: Row, instant: datetime) -> bool:
    """True when a row loaded before shows what `now` would: the same item, and the same
    texts at the new `instant` (the verdict and the Expires column are the only ones that
    depend on it)."""
    if was.item != now.item:
        return False
    if not was.judged:
        return True  # nothing of it computed yet: it is computed afresh when shown
    if was.verdict != now.verdict:
        return False
    return was.texts is None or was.texts[COL_EXPIRES] == display_text(
        now.item, now.verdict, COL_EXPIRES, instant
    )


def alignment(column: int) -> Qt.AlignmentFlag:
    """Numbers right, text left."""
    return _RIGHT if column in (COL_VOLUME, COL_PRICE) else _LEFT


def header_cell(section: int, role: int) -> Any:
    """A column header's text or alignment (None for other roles)."""
    if role == DISPLAY:
        return header_text(section)
    if role == ALIGNMENT:
        return alignment(section)
    return None


def cell(found: Row, column: int, role: int, now: datetime) -> Any:
    """What the table shows of `found` in `column` for `role` (one of HANDLED_ROLES other
    than alignment), the texts of the whole row computed once."""
    if role == DISPLAY:
        if found.texts is None:
            verdict = found.verdict
            found.texts = [display_text(found.item, verdict, c, now) for c in range(len(HEADERS))]
        return found.texts[column]
    item, verdict = found.item, found.verdict
    if role == ITEM_ROLE:
        return item
    if role == VERDICT_ROLE:
        return verdict
    if role == SORT_ROLE:
        return sort_value(item, verdict, column, now)
    if role == USED_FRACTION_ROLE:
        return item.data.used_fraction
    if role == TOOLTIP:
        return tooltip(item, verdict, column)
    if role == DECORATION:
        return refundable_icon(verdict)
    if role == FOREGROUND and item.status is _REFUNDED:
        return muted_brush()
    return None


def same_pages(
    previous: Mapping[int, list[Row]], read: Callable[[int], list[Row]], instant: datetime
) -> set[int]:
    """Of the pages loaded before a refresh, those the view read last (PAGES_COMPARED) that
    `read` again shows the same at the new `instant`: their old rows need no repaint."""
    same: set[int] = set()
    for number in list(previous)[-PAGES_COMPARED:]:
        old, new = previous[number], read(number)
        if len(new) == len(old) and all(
            unchanged(was, now, instant) for was, now in zip(old, new, strict=True)
        ):
            same.add(number)
    return same


def find_row(
    row_at: Callable[[int], Row | None],
    count: int,
    page_size: int,
    uid: str,
    near: int,
    radius: int,
) -> int | None:
    """The row showing `uid` among the `count` rows, searched in the pages of `page_size`
    rows within `radius` pages of row `near` (not the whole history)."""
    first = max(0, near // page_size - radius)
    last = min((count - 1) // page_size, near // page_size + radius)
    for number in range(first, last + 1):
        start = number * page_size
        for offset in range(min(page_size, count - start)):
            found = row_at(start + offset)
            if found is not None and found.item.uid == uid:
                return start + offset
    return None


def rejudge(pages: Mapping[int, list[Row]], page_size: int) -> list[int]:
    """Judge the loaded rows again (the month's refunds changed); the rows that now show
    differently, their texts dropped so that they are made again."""
    changed = []
    for number, page in pages.items():
        for offset, row in enumerate(page):
            if row.rejudge():
                row.texts = None
                changed.append(number * page_size + offset)
    return changed
