"""A share bar drawn with QPainter: one whole split into parts, with a legend in words."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QWidget

from gigadesk.ui.dashboard.charts import (
    LEGEND_SWATCH,
    MARGIN,
    ChartBase,
    outline_pen,
    pattern_brush,
)


@dataclass(frozen=True, slots=True)
class Share:
    """One part of a whole: its name, count and the text shown for it."""

    name: str
    count: int


class ShareBar(ChartBase):
    """One horizontal bar split into shares, with a legend that gives each count and percent."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.shares: list[Share] = []
        self.setMinimumSize(QSize(320, 110))

    def set_shares(self, shares: list[Share]) -> None:
        """Show `shares` (counts of the same whole)."""
        self.shares = list(shares)
        self._changed()

    @property
    def whole(self) -> int:
        """The sum of the shares."""
        return sum(share.count for share in self.shares)

    def percent(self, count: int) -> float:
        """`count` as a percentage of the whole (0 when the whole is empty)."""
        return 100.0 * count / self.whole if self.whole else 0.0

    def part_count(self) -> int:
        return len(self.shares)

    def part_text(self, number: int) -> str:
        if not 0 <= number < len(self.shares):
            return ""
        share = self.shares[number]
        locale = QLocale()
        percent = locale.toString(self.percent(share.count), "f", 0)
        return f"{share.name}: {locale.toString(share.count)} ({percent}%)"

    def _bar(self) -> QRectF:
        return QRectF(MARGIN, MARGIN, self.width() - 2 * MARGIN, 28)

    def _segments(self) -> list[QRectF]:
        bar = self._bar()
        x, found = bar.left(), []
        for share in self.shares:
            width = bar.width() * share.count / self.whole if self.whole else 0.0
            found.append(QRectF(x, bar.top(), width, bar.height()))
            x += width
        return found

    def _legend_rects(self) -> list[QRectF]:
        metrics = self.fontMetrics()
        columns = 2
        width = (self.width() - 2 * MARGIN) / columns
        top = self._bar().bottom() + 10
        return [
            QRectF(
                MARGIN + (n % columns) * width,
                top + (n // columns) * (metrics.height() + 6),
                width,
                metrics.height() + 4,
            )
            for n in range(len(self.shares))
        ]

    def part_at(self, point: QPointF) -> int:
        for number, rect in enumerate(self._segments()):
            if rect.contains(point):
                return number
        for number, rect in enumerate(self._legend_rects()):
            if rect.contains(point):
                return number
        return -1

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        bar = self._bar()
        painter.setPen(self._muted_pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)
        for number, rect in enumerate(self._segments()):
            painter.setPen(outline_pen(palette, number))
            painter.setBrush(pattern_brush(palette, number))
            painter.drawRect(rect)
        for number, rect in enumerate(self._legend_rects()):
            if number == self.current:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            swatch = QRectF(
                rect.left(), rect.center().y() - LEGEND_SWATCH / 2, LEGEND_SWATCH, LEGEND_SWATCH
            )
            painter.setPen(outline_pen(palette, number))
            painter.setBrush(pattern_brush(palette, number))
            painter.drawRect(swatch)
            painter.setPen(self._text_pen())
            painter.drawText(
                rect.adjusted(LEGEND_SWATCH + 6, 0, 0, 0),
                Qt.AlignmentFlag.AlignVCenter,
                self.part_text(number),
            )
        self._draw_focus(painter, bar)
        painter.end()
