"""The history table's columns: their titles, sort keys, texts, sort values and tooltips."""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon

from gigadesk.domain.eligibility import STATUS_UNKNOWN, Verdict
from gigadesk.domain.items import ActivatedItem
from gigadesk.store.query import SortKey
from gigadesk.ui import formatting as fmt
from gigadesk.ui import icons, theme
from gigadesk.ui.detail.verdict_text import reason_text, warning_texts
from gigadesk.ui.i18n import QT_TRANSLATE_NOOP, arg

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

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

# English source texts; header_text() translates them when shown.
HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("HistoryColumns", "Sold"),
    QT_TRANSLATE_NOOP("HistoryColumns", "Package"),
    QT_TRANSLATE_NOOP("HistoryColumns", "Region"),
    QT_TRANSLATE_NOOP("HistoryColumns", "Volume"),
    QT_TRANSLATE_NOOP("HistoryColumns", "Used"),
    QT_TRANSLATE_NOOP("HistoryColumns", "Validity"),
    QT_TRANSLATE_NOOP("HistoryColumns", "Bought"),
    QT_TRANSLATE_NOOP("HistoryColumns", "Refundable"),
    QT_TRANSLATE_NOOP("HistoryColumns", "Price"),
    QT_TRANSLATE_NOOP("HistoryColumns", "Customer / ICCID"),
    QT_TRANSLATE_NOOP("HistoryColumns", "Purchase ID"),
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


def header_text(column: int) -> str:
    """The title of a column, in the user's language."""
    return translate("HistoryColumns", HEADERS[column])


def display_text(item: ActivatedItem, verdict: Verdict, column: int, now: datetime) -> str:
    """The text a column shows for `item`."""
    if column == COL_SOLD:
        return fmt.local_time(item.sales_date)
    if column == COL_PACKAGE:
        return item.name
    if column == COL_REGION:
        return item.country_set or fmt.DASH
    if column == COL_VOLUME:
        return fmt.bytes_text(item.data.total_bytes)
    if column == COL_USED:
        return fmt.used_percent_text(item.data.used_fraction)
    if column == COL_EXPIRES:
        return fmt.expiry_text(item, now)
    if column == COL_STATUS:
        return fmt.bought_text(item.status)
    if column == COL_REFUNDABLE:
        if verdict.refundable and server_decides(verdict):
            return translate("HistoryColumns", "Likely")
        if verdict.refundable:
            return translate("HistoryColumns", "Yes")
        return translate("HistoryColumns", "No")
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
    if column == COL_STATUS:
        return fmt.portal_status_text(item.status)
    if column == COL_EXPIRES:
        return arg(translate("HistoryColumns", "Valid until %1"), fmt.utc_time(item.validity_end()))
    if column == COL_REFUNDABLE:
        if verdict.refundable and server_decides(verdict):
            first = translate(
                "HistoryColumns",
                "Every rule GigaDesk can check holds, but the server did not say how this "
                "package was bought: Gigastore decides when you refund it.",
            )
            return "\n".join([first, *warning_texts(verdict, item)])
        if verdict.refundable:
            notes = warning_texts(verdict, item)
            return "\n".join([translate("HistoryColumns", "Refundable now."), *notes])
        return "\n".join(reason_text(reason, item, verdict) for reason in verdict.reasons)
    if column == COL_CUSTOMER:
        text = translate("HistoryColumns", "E-mail: %1\nICCID: %2")
        return arg(text, item.customer_email or fmt.DASH, item.iccid or fmt.DASH)
    if column == COL_PRICE and item.retail_price is not None:
        price = fmt.money_text(item.retail_price)
        return arg(translate("HistoryColumns", "Retail price %1"), price)
    return None


def server_decides(verdict: Verdict) -> bool:
    """True when the verdict rests on a status the server did not send (it has the last word)."""
    return any(warning.code == STATUS_UNKNOWN for warning in verdict.warnings)


def refundable_icon(verdict: Verdict) -> QIcon:
    """A tick when refundable now, a question mark when the server decides, a cross otherwise
    (with the Yes/Likely/No text beside it)."""
    palette = theme.colors()
    if verdict.refundable and server_decides(verdict):
        return icons.glyph_icon(icons.GLYPH_UNKNOWN, palette.warn)
    if verdict.refundable:
        return icons.glyph_icon(icons.GLYPH_OK, palette.ok)
    return icons.glyph_icon(icons.GLYPH_NO, palette.neutral)


def muted_brush() -> QBrush:
    """The text colour of refunded rows (their Status column says so too)."""
    return _solid_brush(theme.colors().neutral)


@functools.cache
def _solid_brush(color: str) -> QBrush:
    # Not QBrush(QColor): matching that call against QBrush's overloads makes PySide6 build
    # QGradient's 180 enum members first, about 9 ms in the middle of the first paint.
    brush = QBrush()
    brush.setColor(QColor(color))
    brush.setStyle(Qt.BrushStyle.SolidPattern)
    return brush
