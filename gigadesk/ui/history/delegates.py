"""Item delegates of the history table: the Used column as a small bar with its percentage."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gigadesk.ui import theme
from gigadesk.ui.history.rows import USED_FRACTION_ROLE

BAR_WIDTH = 46
BAR_HEIGHT = 6


class UsedBarDelegate(QStyledItemDelegate):
    """Paints the share of data used as a bar, followed by the percentage text."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        fraction = index.data(USED_FRACTION_ROLE)
        if not isinstance(fraction, float):
            super().paint(painter, option, index)
            return
        # Only the two roles this cell shows are asked for (not initStyleOption's eight):
        # every call into the model is a round trip into Python during a paint.
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        opt = QStyleOptionViewItem(option)
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:  # the selection and focus background, without text
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        colors = theme.colors(opt.palette)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        track, fill = QColor(colors.bar_bg), QColor(colors.bar_fill)
        if selected:
            # On the highlight the light track would read as a full bar: draw it faint and
            # the used part in the highlighted text colour.
            fill = opt.palette.color(role)
            track = QColor(fill)
            track.setAlphaF(0.3)
        rect = opt.rect.adjusted(6, 0, -4, 0)
        bar = QRectF(rect.left(), rect.center().y() - BAR_HEIGHT / 2 + 1, BAR_WIDTH, BAR_HEIGHT)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        if fraction > 0:
            filled = QRectF(bar)
            filled.setWidth(max(BAR_HEIGHT, bar.width() * fraction))
            painter.setBrush(fill)
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(opt.palette.color(role))
        text_rect = rect.adjusted(BAR_WIDTH + 6, 0, 0, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()
