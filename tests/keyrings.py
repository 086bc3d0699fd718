"""In-memory keychains for tests: the OS keychain is the one real part that cannot run here."""

from __future__ import annotations

import keyring.backend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keychain in a dict."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class LockedKeyring(MemoryKeyring):
    """A keychain that exists but refuses every write (a locked or denied keychain)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keychain is locked")
