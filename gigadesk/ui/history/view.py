"""The history table with its quick-filter buttons and the 'N of M items' count."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gigadesk.domain.items import Status
from gigadesk.store.query import QuickFilter
from gigadesk.ui import formatting as fmt
from gigadesk.ui.formatting import number_text
from gigadesk.ui.history import columns as hc
from gigadesk.ui.history.delegates import UsedBarDelegate
from gigadesk.ui.history.empty_state import EmptyState, empty_reason
from gigadesk.ui.history.filter_button import FilterButton
from gigadesk.ui.history.model import HistoryModel
from gigadesk.ui.i18n import arg, counted

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate (in `context`); HistoryView translates it when shown."""
    return text


FILTERS: tuple[tuple[QuickFilter, str, str], ...] = (
    (
        QuickFilter.ALL,
        QT_TRANSLATE_NOOP("HistoryView", "All"),
        QT_TRANSLATE_NOOP("HistoryView", "Every sale in the cache"),
    ),
    (
        QuickFilter.REFUNDABLE,
        QT_TRANSLATE_NOOP("HistoryView", "Refundable now"),
        QT_TRANSLATE_NOOP("HistoryView", "Purchased, still valid, unused, limit not reached"),
    ),
    (
        QuickFilter.ACTIVE,
        QT_TRANSLATE_NOOP("HistoryView", "Active"),
        QT_TRANSLATE_NOOP("HistoryView", "Activated and still valid"),
    ),
    (
        QuickFilter.NOT_YET_ACTIVE,
        QT_TRANSLATE_NOOP("HistoryView", "Not yet active"),
        QT_TRANSLATE_NOOP("HistoryView", "Waiting for first use or on-demand start"),
    ),
    (
        QuickFilter.EXPIRED,
        QT_TRANSLATE_NOOP("HistoryView", "Expired"),
        QT_TRANSLATE_NOOP("HistoryView", "Validity over"),
    ),
    (
        QuickFilter.REFUNDED,
        QT_TRANSLATE_NOOP("HistoryView", "Refunded"),
        QT_TRANSLATE_NOOP("HistoryView", "Refunded packages"),
    ),
    (
        QuickFilter.FROM_STOCK,
        QT_TRANSLATE_NOOP("HistoryView", "From stock"),
        QT_TRANSLATE_NOOP("HistoryView", "Taken from inventory stock (status Activated)"),
    ),
)

# Typical content of each column: widths come from these, never from measuring rows.
COLUMN_SAMPLES: dict[int, str] = {
    hc.COL_PACKAGE: "Global 10 GB 30 days",
    hc.COL_REGION: "Region",
    hc.COL_VOLUME: "500 MB",
    hc.COL_USED: "_______ 100%",
    hc.COL_PRICE: "100.00 USD",
    hc.COL_CUSTOMER: "someone.name@example.com",
    hc.COL_PURCHASE_ID: "00000000-0000-0000-0000-000000000000",
}
ICON_ROOM = 24  # the Refundable column's tick or cross before its word
PACKAGE_AT_LEAST = "Global 10 GB"  # the package column gives up room down to this much


def translated_samples() -> dict[int, list[str]]:
    """The texts of the columns whose width the user's language and locale decide (German's
    words are longest, the US time format with AM/PM too): every one must fit, or the cell
    reads 'mit Guth…'."""
    # Two-digit days and months: "12/28/2027" is as wide as dates get in every locale.
    day = fmt.local_date(datetime(2027, 12, 28, 12, tzinfo=UTC))
    lefts = [arg(translate("Formatting", "%1 left"), fmt.days_text(364))]
    lefts.append(translate("Formatting", "under a day left"))
    # The locale decides the sale's time too: "12/28/2026 10:58 PM" is wider than ISO.
    late_in_year = datetime(2026, 12, 28, 22, 58, tzinfo=UTC)
    return {
        hc.COL_SOLD: [fmt.local_time(late_in_year)],
        hc.COL_EXPIRES: [
            arg(translate("Formatting", "auto-activates by %1"), day),
            arg(translate("Formatting", "refunded %1"), day),
            arg(translate("Formatting", "expired %1"), day),
            *(f"{day} ({left})" for left in lefts),
        ],
        hc.COL_STATUS: [fmt.bought_text(status) for status in Status],
        hc.COL_REFUNDABLE: [translate("HistoryColumns", word) for word in ("Yes", "No", "Likely")],
    }


def count_text(shown: int, total: int, exact: bool = True) -> str:
    """'1,234 of 20,000 items' (or '20,000 items' when nothing is filtered out); a negative
    `total` is not counted yet."""
    if total < 0:
        if not exact:
            return translate("HistoryView", "counting…")
        one, many = translate("HistoryView", "%1 item"), translate("HistoryView", "%1 items")
        return counted(shown, one, many, number_text(shown))
    if not exact:
        one = translate("HistoryView", "counting… of %1 item")
        return counted(
            total, one, translate("HistoryView", "counting… of %1 items"), number_text(total)
        )
    if shown == total:
        one, many = translate("HistoryView", "%1 item"), translate("HistoryView", "%1 items")
        return counted(total, one, many, number_text(total))
    one, many = (
        translate("HistoryView", "%1 of %2 item"),
        translate("HistoryView", "%1 of %2 items"),
    )
    return counted(total, one, many, number_text(shown), number_text(total))


class HistoryTable(QTableView):
    """A table tuned for a million rows: fixed row height, no per-row measuring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # What the next layout of the rows is for (see doItemsLayout).
        self._appended_below = False
        self._other_change = False
        # The package column follows the table's width until the reseller sizes columns.
        self._fitting = False
        self._own_resize = False
        self._package_natural = 0
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Extended: Shift/Ctrl-click and Shift+arrows select several rows for bulk work.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.sectionResized.connect(self._section_resized)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setItemDelegateForColumn(hc.COL_USED, UsedBarDelegate(self))
        self.setAccessibleName(self.tr("Sales history"))

    def setModel(self, model: QAbstractItemModel | None) -> None:  # Qt override
        previous = self.model()
        if previous is not None:
            previous.rowsInserted.disconnect(self._rows_inserted)
            for signal in _relayout_signals(previous):
                signal.disconnect(self._rows_changed)
        super().setModel(model)
        self._appended_below = self._other_change = False
        if model is not None:
            model.rowsInserted.connect(self._rows_inserted)
            for signal in _relayout_signals(model):
                signal.connect(self._rows_changed)

    def _rows_inserted(
        self, _parent: QModelIndex | QPersistentModelIndex, first: int, last: int
    ) -> None:
        model = self.model()
        shown_last = self.rowAt(self.viewport().height() - 1)  # -1: the rows end above it
        at_end = model is not None and last == model.rowCount() - 1
        if at_end and 0 <= shown_last < first:
            self._appended_below = True
        else:
            self._other_change = True

    def _rows_changed(self) -> None:
        self._other_change = True

    def doItemsLayout(self) -> None:  # Qt override
        # Qt lays the rows out again after any change of their count, and repaints every row
        # shown. A sync appends older months below the rows shown every few seconds: then
        # only the scroll bar changes, and repainting a full table (30-50 ms) would make the
        # window stutter.
        quiet = self._appended_below and not self._other_change
        self._appended_below = self._other_change = False
        if quiet:
            self.updateGeometries()
        else:
            super().doItemsLayout()

    def apply_column_widths(self) -> None:
        """Set each column's width from its typical content."""
        metrics = self.fontMetrics()
        for column, sample in COLUMN_SAMPLES.items():
            self.setColumnWidth(column, metrics.horizontalAdvance(sample) + 14)
        header = self.horizontalHeader().fontMetrics()
        for column, samples in translated_samples().items():
            room = ICON_ROOM if column == hc.COL_REFUNDABLE else 0
            widest = max(metrics.horizontalAdvance(text) + room for text in samples)
            title = header.horizontalAdvance(hc.header_text(column)) + 24  # and the sort arrow
            self.setColumnWidth(column, max(widest + 14, title))
        # These widths are ours (their resizes just now did not come from the reseller).
        self._package_natural = self.columnWidth(hc.COL_PACKAGE)
        self._fitting = True
        self._fit_key_columns()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit_key_columns()

    def _fit_key_columns(self) -> None:
        """The columns up to Refundable fit the table's width: the package's name gives up
        room (the pane shows it whole) and takes it back as the table widens. In German at
        1280 px the Refundable column was cut at the edge. Once the reseller resizes a
        column, their widths stand."""
        header = self.horizontalHeader()
        last, package = header.visualIndex(hc.COL_REFUNDABLE), hc.COL_PACKAGE
        if not self._fitting or header.isSectionHidden(package):
            return
        if header.visualIndex(package) > last or self.viewport().width() < 200:
            return  # moved behind, or not laid out yet
        others = sum(
            header.sectionSize(column)
            for column in (header.logicalIndex(visual) for visual in range(last + 1))
            if column != package
        )
        least = self.fontMetrics().horizontalAdvance(PACKAGE_AT_LEAST) + 14
        room = self.viewport().width() - others
        width = max(least, min(self._package_natural, room))
        if width != header.sectionSize(package):
            self._own_resize = True
            try:
                self.setColumnWidth(package, width)
            finally:
                self._own_resize = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        header = self.horizontalHeader()
        visible = [header.logicalIndex(v) for v in range(header.count())]
        stretched = [c for c in visible if not header.isSectionHidden(c)][-1:]
        if not self._own_resize and column not in stretched:
            self._fitting = False  # the reseller's own widths from now on


def _relayout_signals(model: QAbstractItemModel) -> tuple[SignalInstance, ...]:
    """The changes of `model` after which every row shown is laid out and painted again."""
    return (
        model.rowsRemoved,
        model.rowsMoved,
        model.modelReset,
        model.layoutChanged,
        model.columnsInserted,
        model.columnsRemoved,
    )


class HistoryView(QWidget):
    """Quick filters and the count above the table."""

    filter_changed = Signal(object)  # QuickFilter
    clear_search_requested = Signal()  # the empty view's "Clear the search"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 2)
        bar.setSpacing(4)
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[QuickFilter, FilterButton] = {}
        for number, (quick, text, tip) in enumerate(FILTERS):
            button = FilterButton(self)
            button.setText(self.tr(text))
            button.setToolTip(self.tr(tip))
            button.setAccessibleDescription(self.tr(tip))
            button.setChecked(quick is QuickFilter.ALL)
            self.filter_group.addButton(button, number)
            self.filter_buttons[quick] = button
            bar.addWidget(button)
        self.filter_group.idClicked.connect(self._filter_clicked)
        bar.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Items shown"))
        bar.addWidget(self.count_label)
        layout.addLayout(bar)
        self.table = HistoryTable(self)
        layout.addWidget(self.table, 1)
        self.empty_state = EmptyState(self.table.viewport())
        self.empty_state.clear_search_requested.connect(self.clear_search_requested)
        self.empty_state.show_all_requested.connect(lambda: self.select_filter(QuickFilter.ALL))

    def _filter_clicked(self, number: int) -> None:
        self.filter_changed.emit(FILTERS[number][0])

    def select_filter(self, quick: QuickFilter) -> None:
        """Check the button of `quick` and announce the change."""
        self.filter_buttons[quick].setChecked(True)
        self.filter_changed.emit(quick)

    def set_counts(self, shown: int, total: int, exact: bool = True) -> None:
        """Show how many items match of how many are cached."""
        self.count_label.setText(count_text(shown, total, exact))
        model = self.table.model()
        if shown or not exact or not isinstance(model, HistoryModel):
            self.empty_state.show_reason(None)
            return
        query = model.query
        name = next(text for quick, text, _tip in FILTERS if quick is query.quick_filter)
        reason = empty_reason(
            query,
            translate("HistoryView", name),
            total=total if total >= 0 else 1,  # not counted yet: not known to be empty
            refunds_used=model.refunds_used,
            monthly_limit=model.monthly_limit,
            now=model.now,
        )
        self.empty_state.show_reason(reason)
