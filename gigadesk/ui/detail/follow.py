"""The detail pane follows the one current package, and nothing else."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from gigadesk.domain.items import ActivatedItem
from gigadesk.store.cache import SyncedWindow
from gigadesk.ui.current import CurrentPackage
from gigadesk.ui.detail.pane import DetailPane


@dataclass(frozen=True, slots=True)
class Moment:
    """What the pane shows besides the package: when, the month's refunds, the connection."""

    now: datetime  # the instant the package's row was judged at
    refunds_used: int
    monthly_limit: int | None
    online: bool


class PaneFollower:
    """Shows the current package (its row's data and verdict) in the pane, or an empty pane."""

    def __init__(self, pane: DetailPane, current: CurrentPackage, moment: Callable[[], Moment]):
        self._pane, self._current, self._moment = pane, current, moment
        self.windows: Sequence[SyncedWindow] = ()  # the synced months, for "as of"

    def show(self) -> None:
        """Show the current package as it is now."""
        item, verdict, moment = self._current.item, self._current.verdict, self._moment()
        if item is None or verdict is None:
            self._pane.show_item(None, now=moment.now)
            return
        self._pane.show_item(
            item,
            verdict,
            now=moment.now,
            refunds_used=moment.refunds_used,
            monthly_limit=moment.monthly_limit,
            as_of=self._as_of(item),
            online=moment.online,
        )

    def _as_of(self, item: ActivatedItem) -> datetime | None:
        """When the month `item` was sold in was last synced."""
        for window in self.windows:
            if window.start <= item.sales_date < window.end:
                return window.synced_at
        return None
