"""Texts for people: local times, statuses, expiry and money, shared by the table and the pane."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from gigadesk.domain.items import ActivatedItem, Money, Status, human_bytes, utc
from gigadesk.ui.i18n import QT_TRANSLATE_NOOP, arg

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

# English source texts; status_text() translates them when shown.
STATUS_TEXT: dict[Status, str] = {
    Status.PURCHASED: QT_TRANSLATE_NOOP("Formatting", "Purchased"),
    Status.ACTIVATED: QT_TRANSLATE_NOOP("Formatting", "Activated (stock)"),
    Status.REFUNDED: QT_TRANSLATE_NOOP("Formatting", "Refunded"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("Formatting", "Status unknown"),
}

# How a package was bought: the table's Bought column and the pane's first badge. Only a
# package bought with credits can be refunded, so a refunded one was bought with credits.
# Where it is in its life (not yet active, valid, expired, refunded) is the Validity column's.
BOUGHT_TEXT: dict[Status, str] = {
    Status.PURCHASED: QT_TRANSLATE_NOOP("Formatting", "with credits"),
    Status.ACTIVATED: QT_TRANSLATE_NOOP("Formatting", "from stock"),
    Status.REFUNDED: QT_TRANSLATE_NOOP("Formatting", "with credits"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("Formatting", "unknown"),
}
BOUGHT_BADGE: dict[Status, str] = {
    Status.PURCHASED: QT_TRANSLATE_NOOP("Formatting", "With credits"),
    Status.ACTIVATED: QT_TRANSLATE_NOOP("Formatting", "From stock"),
    Status.REFUNDED: QT_TRANSLATE_NOOP("Formatting", "With credits"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("Formatting", "Status unknown"),
}

# The API's activation modes [doc]; another word from the server is shown as given.
ACTIVATION_TEXT: dict[str, str] = {
    "NOW": QT_TRANSLATE_NOOP("Formatting", "starts now"),
    "FIRST_USE": QT_TRANSLATE_NOOP("Formatting", "starts on first use"),
    "ON_DEMAND": QT_TRANSLATE_NOOP("Formatting", "starts on demand"),
}

DASH = "—"


def _c_locale(locale: QLocale) -> bool:
    # The C locale (tests, LANG=C) has no user format: keep ISO dates and English numbers.
    return locale.language() is QLocale.Language.C


def _stamp(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(utc(moment).timestamp()))


def _date_format(locale: QLocale) -> str:
    # The locale's short date, but with the year in full ("22.11.2026", not "22.11.26").
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def _moment_text(moment: datetime | None, *, in_utc: bool, with_time: bool) -> str:
    """An instant's date (and time, to the minute) in UTC or the computer's time zone, in the
    user's format; ISO under the C locale."""
    if moment is None:
        return DASH
    locale = QLocale()
    if _c_locale(locale):
        shown = utc(moment) if in_utc else utc(moment).astimezone()
        return f"{shown:%Y-%m-%d %H:%M}" if with_time else f"{shown:%Y-%m-%d}"
    stamp = _stamp(moment).toUTC() if in_utc else _stamp(moment)
    pattern = _date_format(locale)
    if with_time:
        pattern += " " + locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(stamp, pattern)


def local_time(moment: datetime | None) -> str:
    """An instant in the computer's time zone, to the minute, in the user's date format."""
    return _moment_text(moment, in_utc=False, with_time=True)


def local_date(moment: datetime | None) -> str:
    """The calendar date of an instant in the computer's time zone, in the user's format."""
    return _moment_text(moment, in_utc=False, with_time=False)


def number_text(count: int) -> str:
    """A count with the user's thousands separator ('12,345', '12.345')."""
    locale = QLocale()
    return f"{count:,}" if _c_locale(locale) else locale.toString(count)


def bytes_text(count: int) -> str:
    """human_bytes with the user's decimal mark ('3.2 GB', '3,2 GB')."""
    return human_bytes(count).replace(".", QLocale().decimalPoint())


def utc_date(moment: datetime | None) -> str:
    """The calendar date of an instant in UTC (the refund rules' day), in the user's format:
    "06.12.2026" in German, never an ISO date among the German ones."""
    return _moment_text(moment, in_utc=True, with_time=False)


def utc_time(moment: datetime | None) -> str:
    """An instant in UTC (the refund rules' clock) to the minute, in the user's date format:
    "13.12.2026 14:21 UTC" in German."""
    if moment is None:
        return DASH
    return f"{_moment_text(moment, in_utc=True, with_time=True)} UTC"


def iso_utc_time(moment: datetime) -> str:
    """An instant in UTC as ISO, for texts read by Gigastore support in any language."""
    return f"{utc(moment):%Y-%m-%d %H:%M} UTC"


def status_text(status: Status) -> str:
    """The portal's name of a status, in the user's language."""
    return translate("Formatting", STATUS_TEXT[status])


def bought_text(status: Status) -> str:
    """How the package was bought, for the table's Bought column ('with credits')."""
    return translate("Formatting", BOUGHT_TEXT[status])


def bought_badge(status: Status) -> str:
    """How the package was bought, as the pane's badge ('With credits')."""
    return translate("Formatting", BOUGHT_BADGE[status])


def portal_status_text(status: Status) -> str:
    """The portal's own word for the status, for tooltips (support conversations use it)."""
    if status is Status.UNKNOWN:
        return translate("Formatting", "Gigastore sent no status for this package.")
    return arg(translate("Formatting", "Status in the Gigastore portal: %1"), status_text(status))


def money_text(money: Money | None) -> str:
    """An amount with two decimals in the user's number format and its currency, or a dash."""
    if money is None:
        return DASH
    return f"{QLocale().toString(float(money.amount), 'f', 2)} {money.currency}"


def days_text(days: int) -> str:
    """'1 day' / '12 days'."""
    if days == 1:
        return arg(translate("Formatting", "%1 day"), days)
    return arg(translate("Formatting", "%1 days"), number_text(days))


def expiry_text(item: ActivatedItem, now: datetime) -> str:
    """The Expires column: the end date with days left, 'expired', or the activation deadline."""
    end = item.validity_end()
    if item.status is Status.REFUNDED:
        return arg(translate("Formatting", "refunded %1"), local_date(item.refunded_at))
    if end is None:
        return translate("Formatting", "unknown")
    if item.is_expired(now):
        return arg(translate("Formatting", "expired %1"), local_date(end))
    if not item.is_activated and item.expires_at is not None and now < item.expires_at:
        return arg(translate("Formatting", "auto-activates by %1"), local_date(item.expires_at))
    return f"{local_date(end)} ({left_text(item, now)})"


def used_percent_text(fraction: float) -> str:
    """The share of data used: any use shows as more than nothing ('<1%'), and anything short
    of all of it as less than everything ('>99%')."""
    if 0 < fraction < 0.005:
        return "<1%"
    if 0.995 <= fraction < 1:
        return ">99%"
    return f"{round(fraction * 100)}%"


def left_text(item: ActivatedItem, now: datetime) -> str:
    """'12 days left', or 'under a day left' on the last day."""
    days = item.days_left(now) or 0
    if not days:
        return translate("Formatting", "under a day left")
    return arg(translate("Formatting", "%1 left"), days_text(days))


def validity_text(item: ActivatedItem) -> str:
    """'30 days · first use' : how long the package runs and how it starts."""
    validity = item.validity
    if validity is None:
        length = DASH
    elif validity.unit.strip().upper() in ("DAY", "DAYS"):
        length = days_text(validity.size)
    else:
        length = str(validity)
    if item.activation_mode:
        known = ACTIVATION_TEXT.get(item.activation_mode.strip().upper())
        if known is not None:
            return f"{length} · {translate('Formatting', known)}"
        mode = item.activation_mode.replace("_", " ").lower()  # the server's word, as given
        return arg(translate("Formatting", "%1 · starts %2"), length, mode)
    return length


def usage_text(item: ActivatedItem) -> str:
    """'1.8 GB of 5 GB used'."""
    data = item.data
    used, total = bytes_text(data.used_bytes), bytes_text(data.total_bytes)
    return arg(translate("Formatting", "%1 of %2 used"), used, total)


def ago_text(moment: datetime | None, now: datetime) -> str:
    """How long ago, roughly: 'just now', '5 min ago', '3 h ago', else the local time."""
    if moment is None:
        return translate("Formatting", "never")
    delta = utc(now) - utc(moment)
    if delta < timedelta(minutes=1):
        return translate("Formatting", "just now")
    if delta < timedelta(hours=1):
        return arg(translate("Formatting", "%1 min ago"), int(delta.total_seconds() // 60))
    if delta < timedelta(hours=24):
        return arg(translate("Formatting", "%1 h ago"), int(delta.total_seconds() // 3600))
    return local_time(moment)


def customer_text(item: ActivatedItem) -> str:
    """The Customer / ICCID column: the e-mail when known, else the ICCID."""
    return item.customer_email or item.iccid or DASH


def support_ticket_text(item: ActivatedItem) -> str:
    """A ready-to-paste support request for a package taken from stock.

    Deliberately English and with UTC/ISO times: it is read by Gigastore support, not the user.
    """
    data = item.data
    used = f"{human_bytes(data.used_bytes)} of {human_bytes(data.total_bytes)} used"
    return (
        "Hello Gigastore support,\n\n"
        "please refund the following eSIM data package. It was taken from inventory stock "
        "(status Activated), so it cannot be refunded through the API or the portal.\n\n"
        f"Purchase ID: {item.uid}\n"
        f"Package: {item.name}\n"
        f"Sold: {iso_utc_time(item.sales_date)}\n"
        f"ICCID: {item.iccid or 'unknown'}\n"
        f"Data used: {used}\n\n"
        "Thank you."
    )
