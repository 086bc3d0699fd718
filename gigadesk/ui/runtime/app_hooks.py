"""What only the composition root can do for the window (credentials, settings, demo, quitting).

The account itself (cache, services, verdicts) is services.workspace.AccountWorkspace."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from gigadesk.services.doctor import DoctorReport

    # Types only: the services (and httpx behind them) load after the window's first paint.
    from gigadesk.ui.account.connection_form import AccountValues, TestOutcome
    from gigadesk.ui.account.settings_dialog import SettingsValues
    from gigadesk.ui.failure_text import Problem


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

    async def connect_account(self, values: AccountValues) -> Problem | None:
        """Save the credentials and reconfigure the window; what failed, if anything."""
        ...

    async def apply_settings(self, values: SettingsValues) -> Problem | None:
        """Save edited settings and reconfigure; what failed, if anything."""
        ...

    async def check_connection(self) -> DoctorReport | None:
        """Check the connection with safe requests only: the report (None: there is no
        account to check)."""
        ...

    def forget_learned(self) -> None:
        """Forget what was learned of the configured server."""
        ...

    async def start_demo(self) -> Problem | None:
        """Switch to demo mode (the built-in sandbox); what failed, if anything."""
        ...

    async def reset_demo(self) -> Problem | None:
        """Start the demo over with a fresh history; what failed, if anything."""
        ...

    def save_window_state(self, geometry: bytes, splitter: bytes) -> None:
        """Remember the window's geometry and splitter sizes."""
        ...

    def request_quit(self) -> None:
        """Run the ordered shutdown (the window was closed or Quit chosen)."""
        ...
