"""What the window is given by the composition root: the cache, the services and the hooks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from gigadesk.store.cache import Cache
from gigadesk.ui.shell.connection import Connection

if TYPE_CHECKING:
    # Types only: the services (and httpx behind them) load after the window's first paint.
    from gigadesk.services.refunds import RefundService
    from gigadesk.services.sync import SyncService
    from gigadesk.ui.account.connection_form import AccountValues, TestOutcome
    from gigadesk.ui.account.settings_dialog import SettingsValues


def utc_now() -> datetime:
    """The local clock in UTC."""
    return datetime.now(UTC)


@dataclass
class Backend:
    """One configuration of the window: which cache it shows and which services act."""

    cache: Cache
    cache_path: Path
    account: str | None  # the Client ID; None shows the welcome view
    sync: SyncService | None = None
    refunds: RefundService | None = None
    monthly_limit: int | None = None
    state: Connection = Connection.NOT_CONFIGURED
    demo: bool = False
    refresh_minutes: int = 15
    clock: Callable[[], datetime] = utc_now
    notices: list[str] = field(default_factory=list)
    # Says when refund rules are judged by the server's clock (see services.clock.Clock).
    clock_notice: Callable[[], str | None] = lambda: None
    history_view: str = ""  # Settings.history_view: the saved search, filter, sort, columns


class AppHooks(Protocol):
    """What only the composition root can do: credentials, settings, demo, quitting."""

    @property
    def secret_note(self) -> str:
        """Where the secret is kept, said plainly."""
        ...

    def settings_values(self) -> SettingsValues:
        """The current settings for the dialog."""
        ...

    def secret_stored(self) -> bool:
        """True when a secret is already stored for the configured account."""
        ...

    def keychain_missing(self) -> bool:
        """True when there is no OS keychain (a private file may be offered instead)."""
        ...

    async def test_connection(self, values: AccountValues) -> TestOutcome:
        """Try the credentials against the server without saving them."""
        ...

    async def connect_account(self, values: AccountValues) -> str | None:
        """Save the credentials and reconfigure the window; an error text when that failed."""
        ...

    async def apply_settings(self, values: SettingsValues) -> str | None:
        """Save edited settings and reconfigure; an error text when that failed."""
        ...

    async def start_demo(self) -> str | None:
        """Switch to demo mode (the built-in sandbox); an error text when that failed."""
        ...

    def save_window_state(self, geometry: bytes, splitter: bytes) -> None:
        """Remember the window's geometry and splitter sizes."""
        ...

    def request_quit(self) -> None:
        """Run the ordered shutdown (the window was closed or Quit chosen)."""
        ...
