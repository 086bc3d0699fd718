"""Small charts drawn with QPainter (grouped bars per month here), each also as text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from gigadesk.ui import theme

# Each series and share also has its own fill pattern, so no value is told by colour alone.
PATTERNS: tuple[Qt.BrushStyle, ...] = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.FDiagPattern,
)
MARGIN = 8
LEGEND_SWATCH = 12


@dataclass(frozen=True, slots=True)
class Series:
    """One row of values (one per category) with the texts to show for them."""

    name: str
    values: list[float]
    texts: list[str]


def series_colors(palette: QPalette) -> list[QColor]:
    """The fill colours of the series and shares, readable on `palette`."""
    colors = theme.colors(palette)
    return [
        QColor(c) for c in (colors.bar_fill, colors.warn, colors.ok, colors.neutral, colors.bad)
    ]


def pattern_brush(palette: QPalette, number: int) -> QBrush:
    color = series_colors(palette)[number % len(PATTERNS)]
    return QBrush(color, PATTERNS[number % len(PATTERNS)])


def outline_pen(palette: QPalette, number: int) -> QPen:
    return QPen(series_colors(palette)[number % len(PATTERNS)], 1.2)


class ChartBase(QWidget):
    """Keyboard-focusable chart: arrows move between parts, whose text is announced."""

    current_changed = Signal(str)  # the text of the part now current

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.setMouseTracking(True)
        self.current = -1

    def part_count(self) -> int:
        """How many parts (bars or shares) the arrows walk through."""
        return 0

    def part_text(self, number: int) -> str:
        """The full text of one part, as its tooltip and announcement."""
        return ""

    def part_at(self, point: QPointF) -> int:
        """The part under `point`, or -1."""
        return -1

    def summary(self) -> str:
        """Every value of the chart as sentences (the accessible description)."""
        return "\n".join(self.part_text(n) for n in range(self.part_count()))

    def _changed(self) -> None:
        self.setAccessibleDescription(self.summary())
        self.setToolTip("")
        if self.current >= self.part_count():
            self.current = self.part_count() - 1
        self.update()

    def select_part(self, number: int) -> None:
        """Make part `number` current (highlighted and announced)."""
        count = self.part_count()
        if not count:
            return
        self.current = max(0, min(count - 1, number))
        text = self.part_text(self.current)
        self.setAccessibleDescription(f"{text}\n\n{self.summary()}")
        self.current_changed.emit(text)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        moves: dict[Qt.Key, int] = {
            Qt.Key.Key_Left: self.current - 1,
            Qt.Key.Key_Up: self.current - 1,
            Qt.Key.Key_Right: self.current + 1,
            Qt.Key.Key_Down: self.current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: self.part_count() - 1,
        }
        if key in moves and self.part_count():
            self.select_part(moves[key])
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current < 0 and self.part_count():
            self.select_part(self.part_count() - 1)  # the latest month first
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        number = self.part_at(event.position())
        if number >= 0:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select_part(number)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            number = self.part_at(QPointF(event.pos()))
            if number >= 0:
                QToolTip.showText(event.globalPos(), self.part_text(number), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _text_pen(self) -> QPen:
        return QPen(self.palette().color(QPalette.ColorRole.WindowText))

    def _muted_pen(self) -> QPen:
        return QPen(self.palette().color(QPalette.ColorRole.PlaceholderText))

    def _draw_focus(self, painter: QPainter, rect: QRectF) -> None:
        if self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))


class BarChart(ChartBase):
    """Grouped vertical bars per category, a legend of the series and an optional limit line."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.limit: float | None = None
        self.limit_text = ""
        self.limit_legend: QRectF | None = None  # where the legend names the limit line
        self.setMinimumSize(QSize(320, 180))

    def set_data(
        self,
        categories: list[str],
        series: list[Series],
        *,
        limit: float | None = None,
        limit_text: str = "",
    ) -> None:
        """Show `series` over `categories`; `limit` draws a dashed line labelled `limit_text`."""
        for one in series:
            if len(one.values) != len(categories) or len(one.texts) != len(categories):
                raise ValueError(f"series {one.name!r} does not match the categories")
        self.categories, self.series = list(categories), list(series)
        self.limit, self.limit_text = limit, limit_text
        self._changed()

    def part_count(self) -> int:
        return len(self.categories)

    def part_text(self, number: int) -> str:
        if not 0 <= number < len(self.categories):
            return ""
        values = "; ".join(f"{one.name}: {one.texts[number]}" for one in self.series)
        text = f"{self.categories[number]}: {values}"
        if self.limit is not None and self.limit_text:
            text += f" ({self.limit_text})"
        return text

    def _plot(self) -> QRectF:
        metrics = self.fontMetrics()
        legend = metrics.height() + 6 if self.series else 0
        return QRectF(self.rect()).adjusted(
            MARGIN, MARGIN + legend + metrics.height(), -MARGIN, -(MARGIN + metrics.height() + 4)
        )

    def _slot(self, plot: QRectF, number: int) -> QRectF:
        width = plot.width() / max(1, len(self.categories))
        return QRectF(plot.left() + number * width, plot.top(), width, plot.height())

    def part_at(self, point: QPointF) -> int:
        plot = self._plot()
        if not self.categories or not plot.adjusted(0, -20, 0, 20).contains(point):
            return -1
        width = plot.width() / len(self.categories)
        return min(len(self.categories) - 1, int((point.x() - plot.left()) // width))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        self._draw_legend(painter)
        plot = self._plot()
        top = max([v for one in self.series for v in one.values] + [self.limit or 0, 1.0])
        top *= 1.1
        painter.setPen(self._muted_pen())
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        count = max(1, len(self.categories))
        label_every = max(
            1, int(metrics.horizontalAdvance("Mmm 00") * 1.2 * count // plot.width()) + 1
        )
        for number, category in enumerate(self.categories):
            slot = self._slot(plot, number)
            if number == self.current:
                painter.fillRect(slot, palette.color(QPalette.ColorRole.AlternateBase))
            inner = slot.adjusted(slot.width() * 0.15, 0, -slot.width() * 0.15, 0)
            bar_width = inner.width() / max(1, len(self.series))
            for index, one in enumerate(self.series):
                height = plot.height() * one.values[number] / top
                bar = QRectF(
                    inner.left() + index * bar_width, plot.bottom() - height, bar_width, height
                )
                painter.setPen(outline_pen(palette, index))
                painter.setBrush(pattern_brush(palette, index))
                painter.drawRect(bar)
                if (
                    len(self.series) == 1
                    and metrics.horizontalAdvance(one.texts[number]) <= slot.width()
                ):
                    painter.setPen(self._text_pen())
                    painter.drawText(
                        QRectF(
                            slot.left(),
                            bar.top() - metrics.height() - 1,
                            slot.width(),
                            metrics.height(),
                        ),
                        Qt.AlignmentFlag.AlignCenter,
                        one.texts[number],
                    )
            if number % label_every == (len(self.categories) - 1) % label_every:
                painter.setPen(self._text_pen())
                painter.drawText(
                    QRectF(
                        slot.left() - 20, plot.bottom() + 2, slot.width() + 40, metrics.height()
                    ),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    category,
                )
        if self.limit is not None:
            y = plot.bottom() - plot.height() * self.limit / top
            painter.setPen(_limit_pen(palette))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            # Its words are in the legend: on the line they hid the newest month's value.
        self._draw_focus(painter, plot)
        painter.end()

    def _draw_legend(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        x = float(MARGIN)
        palette = self.palette()
        for index, one in enumerate(self.series):
            swatch = QRectF(x, MARGIN + 2, LEGEND_SWATCH, LEGEND_SWATCH)
            painter.setPen(outline_pen(palette, index))
            painter.setBrush(pattern_brush(palette, index))
            painter.drawRect(swatch)
            painter.setPen(self._text_pen())
            width = metrics.horizontalAdvance(one.name) + 4
            painter.drawText(
                QRectF(swatch.right() + 4, MARGIN, width, metrics.height() + 4),
                Qt.AlignmentFlag.AlignVCenter,
                one.name,
            )
            x = swatch.right() + 4 + width + 14
        if self.limit is not None and self.limit_text:
            y = MARGIN + 2 + LEGEND_SWATCH / 2
            painter.setPen(_limit_pen(palette))
            painter.drawLine(QPointF(x, y), QPointF(x + 2 * LEGEND_SWATCH, y))
            painter.setPen(self._text_pen())
            width = metrics.horizontalAdvance(self.limit_text) + 4
            painter.drawText(
                QRectF(x + 2 * LEGEND_SWATCH + 4, MARGIN, width, metrics.height() + 4),
                Qt.AlignmentFlag.AlignVCenter,
                self.limit_text,
            )
            self.limit_legend = QRectF(x, MARGIN, 2 * LEGEND_SWATCH + 4 + width, LEGEND_SWATCH)


def _limit_pen(palette: QPalette) -> QPen:
    """The dashed pen of the limit line, in the chart and in its legend."""
    pen = QPen(QColor(theme.colors(palette).bad), 1.5)
    pen.setStyle(Qt.PenStyle.DashLine)
    return pen
