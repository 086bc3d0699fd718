"""The history table's columns: their titles, sort keys, texts, sort values and tooltips."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtGui import QBrush, QColor, QIcon

from gigadesk.domain.eligibility import Verdict
from gigadesk.domain.items import ActivatedItem, human_bytes
from gigadesk.store.query import SortKey
from gigadesk.ui import formatting as fmt
from gigadesk.ui import icons, theme

(
    COL_SOLD,
    COL_PACKAGE,
    COL_REGION,
    COL_VOLUME,
    COL_USED,
    COL_EXPIRES,
    COL_STATUS,
    COL_REFUNDABLE,
    COL_PRICE,
    COL_CUSTOMER,
    COL_PURCHASE_ID,
) = range(11)

HEADERS: tuple[str, ...] = (
    "Sold",
    "Package",
    "Region",
    "Volume",
    "Used",
    "Expires / days left",
    "Status",
    "Refundable",
    "Price",
    "Customer / ICCID",
    "Purchase ID",
)
SORT_KEYS: tuple[SortKey, ...] = (
    SortKey.SOLD,
    SortKey.PACKAGE,
    SortKey.REGION,
    SortKey.VOLUME,
    SortKey.USED,
    SortKey.EXPIRES,
    SortKey.STATUS,
    SortKey.REFUNDABLE,
    SortKey.PRICE,
    SortKey.CUSTOMER,
    SortKey.PURCHASE_ID,
)


def display_text(item: ActivatedItem, verdict: Verdict, column: int, now: datetime) -> str:
    """The text a column shows for `item`."""
    if column == COL_SOLD:
        return fmt.local_time(item.sales_date)
    if column == COL_PACKAGE:
        return item.name
    if column == COL_REGION:
        return item.country_set or fmt.DASH
    if column == COL_VOLUME:
        return human_bytes(item.data.total_bytes)
    if column == COL_USED:
        return f"{round(item.data.used_fraction * 100)}%"
    if column == COL_EXPIRES:
        return fmt.expiry_text(item, now)
    if column == COL_STATUS:
        return fmt.status_text(item.status)
    if column == COL_REFUNDABLE:
        return "Yes" if verdict.refundable else "No"
    if column == COL_PRICE:
        return fmt.money_text(item.purchase_price)
    if column == COL_CUSTOMER:
        return fmt.customer_text(item)
    return item.uid


def sort_value(item: ActivatedItem, verdict: Verdict, column: int, now: datetime) -> Any:
    """A Python value to order a column by (bytes, Decimal, datetime: never truncated)."""
    if column == COL_SOLD:
        return item.sales_date
    if column == COL_VOLUME:
        return item.data.total_bytes
    if column == COL_USED:
        return item.data.used_bytes
    if column == COL_EXPIRES:
        return item.validity_end()
    if column == COL_STATUS:
        return item.status.value
    if column == COL_REFUNDABLE:
        return verdict.refundable
    if column == COL_PRICE:
        return item.purchase_price.amount if item.purchase_price else None
    return display_text(item, verdict, column, now)


def tooltip(item: ActivatedItem, verdict: Verdict, column: int) -> str | None:
    """The tooltip of a cell, where one helps."""
    if column == COL_SOLD:
        return fmt.utc_time(item.sales_date)
    if column == COL_USED:
        return fmt.usage_text(item)
    if column == COL_EXPIRES:
        return f"Valid until {fmt.utc_time(item.validity_end())}"
    if column == COL_REFUNDABLE:
        if verdict.refundable:
            notes = [w.message for w in verdict.warnings]
            return "\n".join(["Refundable now.", *notes])
        return "\n".join(reason.message for reason in verdict.reasons)
    if column == COL_CUSTOMER:
        return f"E-mail: {item.customer_email or fmt.DASH}\nICCID: {item.iccid or fmt.DASH}"
    if column == COL_PRICE and item.retail_price is not None:
        return f"Retail price {item.retail_price}"
    return None


def refundable_icon(verdict: Verdict) -> QIcon:
    """A tick when refundable now, a cross otherwise (with the Yes/No text beside it)."""
    palette = theme.colors()
    if verdict.refundable:
        return icons.glyph_icon(icons.GLYPH_OK, palette.ok)
    return icons.glyph_icon(icons.GLYPH_NO, palette.neutral)


def muted_brush() -> QBrush:
    """The text colour of refunded rows (their Status column says so too)."""
    return QBrush(QColor(theme.colors().neutral))
