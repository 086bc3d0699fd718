"""What only the composition root can do for the window (credentials, settings, demo, quitting).

The account itself (cache, services, verdicts) is services.workspace.AccountWorkspace."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    # Types only: the services (and httpx behind them) load after the window's first paint.
    from gigadesk.ui.account.connection_form import AccountValues, TestOutcome
    from gigadesk.ui.account.settings_dialog import SettingsValues


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

    async def check_connection(self) -> tuple[bool, str]:
        """Check the connection with safe requests only: (True, the redacted report), or
        (False, why it could not be checked)."""
        ...

    def forget_learned(self) -> None:
        """Forget what was learned of the configured server."""
        ...

    async def start_demo(self) -> str | None:
        """Switch to demo mode (the built-in sandbox); an error text when that failed."""
        ...

    async def reset_demo(self) -> str | None:
        """Start the demo over with a fresh history; an error text when that failed."""
        ...

    def save_window_state(self, geometry: bytes, splitter: bytes) -> None:
        """Remember the window's geometry and splitter sizes."""
        ...

    def request_quit(self) -> None:
        """Run the ordered shutdown (the window was closed or Quit chosen)."""
        ...
