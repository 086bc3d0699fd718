"""The detail pane's sections: the validity timeline's events and one refund rule's line."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from gigadesk.domain.eligibility import RuleCheck, Verdict
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.ui import formatting as fmt
from gigadesk.ui import icons, theme
from gigadesk.ui.detail.verdict_text import check_text, check_title
from gigadesk.ui.detail.widgets import TimelineEvent
from gigadesk.ui.i18n import arg

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


def timeline_events(item: ActivatedItem, now: datetime) -> list[TimelineEvent]:
    """Sold, activated (or the auto-activation deadline), expiry with days left."""
    sold = translate("DetailPane", "Sold")
    events = [TimelineEvent(sold, fmt.local_time(item.sales_date), True)]
    if item.activated_at is not None:
        activated = translate("DetailPane", "Activated")
        events.append(TimelineEvent(activated, fmt.local_time(item.activated_at), True))
    elif _refunded_unactivated(item):
        pass  # refunded before it activated: it never will, so no deadline is promised
    elif item.auto_activated_by(now) and item.expires_at is not None:
        # The deadline passed without an activation in the cache: by the rules it started
        # then at the latest (the cache is as of the last sync).
        when = arg(
            translate("DetailPane", "by %1\n(auto-activation)"), fmt.local_time(item.expires_at)
        )
        events.append(TimelineEvent(translate("DetailPane", "Activated"), when, True))
    elif item.expires_at is not None:
        deadline = arg(
            translate("DetailPane", "auto-activates by\n%1"), fmt.local_time(item.expires_at)
        )
        events.append(TimelineEvent(translate("DetailPane", "Not yet active"), deadline, False))
    end = item.validity_end()
    expires = translate("DetailPane", "Expires")
    if item.status is Status.REFUNDED:
        # A refunded package has no validity left: its last event is the refund.
        when = fmt.local_time(item.refunded_at) if item.refunded_at else fmt.DASH
        events.append(TimelineEvent(translate("DetailPane", "Refunded"), when, True))
    elif end is None:
        events.append(TimelineEvent(expires, translate("DetailPane", "unknown"), False))
    elif item.is_expired(now):
        events.append(TimelineEvent(translate("DetailPane", "Expired"), fmt.local_time(end), True))
    else:
        when = fmt.local_time(end)
        if not item.is_activated:
            when = arg(translate("DetailPane", "at the latest %1"), when)
        events.append(TimelineEvent(expires, f"{when}\n{fmt.left_text(item, now)}", False))
    return events


def _refunded_unactivated(item: ActivatedItem) -> bool:
    """Refunded before the auto-activation deadline, with no activation seen."""
    if item.status is not Status.REFUNDED or item.activated_at is not None:
        return False
    refunded, deadline = item.refunded_at, item.expires_at
    return refunded is None or deadline is None or refunded <= deadline


class CheckLine(QWidget):
    """One refund rule: a tick, cross or question mark, its title and its sentence."""

    def __init__(
        self,
        check: RuleCheck,
        item: ActivatedItem,
        verdict: Verdict,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.check = check
        colors = theme.colors()
        if check.passed is True:
            kind, color, word = icons.GLYPH_OK, colors.ok, translate("DetailPane", "passed")
        elif check.passed is False:
            kind, color, word = icons.GLYPH_NO, colors.bad, translate("DetailPane", "failed")
        else:
            kind, color = icons.GLYPH_UNKNOWN, colors.neutral
            word = translate("DetailPane", "not known")
        glyph = QLabel(self)
        glyph.setPixmap(icons.glyph_icon(kind, color).pixmap(16, 16))
        glyph.setAlignment(Qt.AlignmentFlag.AlignTop)
        glyph.setAccessibleName(word)
        title, text = _escape(check_title(check, item)), _escape(check_text(check, item, verdict))
        self.text_label = QLabel(f"<b>{title}</b><br>{text}", self)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(glyph)
        layout.addWidget(self.text_label, 1)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
