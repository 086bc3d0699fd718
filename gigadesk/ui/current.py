"""The one current package: the table's highlight, the detail pane, the Refund action and the
status bar follow this object and nothing else."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gigadesk.domain.eligibility import Verdict
from gigadesk.domain.items import ActivatedItem


class CurrentPackage(QObject):
    """The current package by Purchase ID, with the item and verdict of the row showing it.

    The verdict is the row's (judged once per state of the data by the history model); it is
    carried here, never judged again by whoever shows it."""

    changed = Signal()  # the package, its data or its verdict changed (or there is none now)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._item: ActivatedItem | None = None
        self._verdict: Verdict | None = None

    @property
    def uid(self) -> str | None:
        """The current package's Purchase ID (None: there is no current package)."""
        return self._item.uid if self._item is not None else None

    @property
    def item(self) -> ActivatedItem | None:
        """The current package as its row shows it."""
        return self._item

    @property
    def verdict(self) -> Verdict | None:
        """The current package's verdict as its row carries it."""
        return self._verdict

    def set(self, item: ActivatedItem, verdict: Verdict) -> None:
        """Make `item` (judged `verdict`) current, or refresh it when it is already."""
        if item == self._item and verdict == self._verdict:
            return
        self._item, self._verdict = item, verdict
        self.changed.emit()

    def clear(self) -> None:
        """No current package: nothing in the pane, nothing for Refund to act on."""
        if self._item is None:
            return
        self._item, self._verdict = None, None
        self.changed.emit()
