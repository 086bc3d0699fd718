"""Small painted widgets of the detail pane: status badge, validity timeline, usage bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

from gigadesk.ui import theme

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent  # importing an event type builds QEvent's enums


class Badge(QLabel):
    """A rounded pill with a short status text; its colour only repeats what the text says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = theme.colors().neutral
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setContentsMargins(10, 2, 10, 2)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_badge(self, text: str, color: str) -> None:
        """Show `text` on a pill of `color`."""
        self._color = color
        self.setText(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor(self._color)
        fill = QColor(color)
        fill.setAlphaF(0.16)
        painter.setPen(QPen(color, 1))
        painter.setBrush(fill)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(color if not theme.is_dark() else color.lighter(115))
        painter.setFont(self.font())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.text())
        painter.end()


# A NamedTuple, not a dataclass: it is built at start-up, where a dataclass's generated
# methods cost over a millisecond each class.
class TimelineEvent(NamedTuple):
    """One point of the validity timeline."""

    title: str
    detail: str
    reached: bool


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


class Timeline(QWidget):
    """A horizontal timeline: sold, activated (or the activation deadline), expires."""

    LINES = 4  # title plus up to three lines of detail

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[TimelineEvent] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_events(self, events: list[TimelineEvent]) -> None:
        """Show these events, left to right."""
        self.events = events
        self.setAccessibleDescription(
            "; ".join(f"{event.title}: {event.detail}" for event in events)
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, self.heightForWidth(300))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(200))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Tall enough for the longest detail wrapped in its column: a narrow pane or a longer
        # language ("weniger als ein Tag übrig") needs a fourth line.
        line = self.fontMetrics().lineSpacing()
        details = max(self._detail_height(width), (self.LINES - 1) * line)
        return 22 + self._title_height(width) + details

    def _column(self, width: float) -> int:
        return max(1, int(width) // max(1, len(self.events)) - 8)

    def _title_height(self, width: float) -> int:
        # A title wraps rather than being cut: "Noch nicht aktiv" lost its last word.
        metrics = QFontMetrics(self._bold())
        column, line = self._column(width), metrics.lineSpacing()
        return max(
            (
                metrics.boundingRect(QRect(0, 0, column, 10_000), _WRAP, e.title).height()
                for e in self.events
            ),
            default=line,
        )

    def _detail_height(self, width: int) -> int:
        column = self._column(width)
        metrics = self.fontMetrics()
        return max(
            (
                metrics.boundingRect(QRect(0, 0, column, 10_000), _WRAP, event.detail).height()
                for event in self.events
            ),
            default=0,
        )

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.events:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        accent = QColor(theme.colors().info)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        text = palette.color(QPalette.ColorRole.WindowText)
        count = len(self.events)
        width = self.width() / count
        y = 7.0
        painter.setPen(QPen(muted, 2))
        painter.drawLine(QPointF(7, y), QPointF(width * (count - 1) + 7, y))
        bold = self._bold()
        title_height = self._title_height(self.width())
        detail_height = self.height() - 18 - title_height
        for number, item in enumerate(self.events):
            x = number * width
            painter.setPen(QPen(accent if item.reached else muted, 2))
            painter.setBrush(accent if item.reached else palette.color(QPalette.ColorRole.Window))
            painter.drawEllipse(QPointF(x + 7, y), 5, 5)
            painter.setPen(text)
            painter.setFont(bold)
            painter.drawText(QRectF(x, 18, width - 8, title_height), _WRAP, item.title)
            painter.setFont(self.font())
            painter.setPen(text if item.reached else muted)
            below = QRectF(x, 18 + title_height, width - 8, detail_height)
            painter.drawText(below, _WRAP, item.detail)
        painter.end()


class UsageBar(QWidget):
    """A thin horizontal bar: the share of the data allowance used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fraction = 0.0
        self.setFixedHeight(10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_fraction(self, fraction: float) -> None:
        """Fill this share (0.0 to 1.0) of the bar."""
        self.fraction = max(0.0, min(1.0, fraction))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = theme.colors()
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setBrush(QColor(colors.bar_bg))
        painter.drawRoundedRect(rect, radius, radius)
        if self.fraction > 0:
            filled = QRectF(rect)
            filled.setWidth(max(rect.height(), rect.width() * self.fraction))
            painter.setBrush(QColor(colors.bar_fill))
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


def section_title(text: str, parent: QWidget | None = None) -> QLabel:
    """A small bold heading that starts a section of the pane."""
    label = QLabel(text.upper(), parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    # Capital umlauts rise above the small font's ascent: "GÜLTIGKEIT" lost its dots.
    metrics = label.fontMetrics()
    above = -metrics.boundingRect(label.text()).top() - metrics.ascent()
    label.setContentsMargins(0, max(0, above) + 1, 0, 0)  # and a pixel of air
    return label


def separator(parent: QWidget | None = None) -> QFrame:
    """A thin horizontal line between sections."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
