"""The client secret: in the OS keychain, else for this session only, else (if chosen) a
private file; the environment wins over all of them."""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import stat
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gigadesk import APP_NAME
from gigadesk.store.atomic import write_atomic
from gigadesk.store.paths import AppPaths
from gigadesk.store.settings import Settings

if TYPE_CHECKING:
    import keyring.backend

# keyring is imported where it is used: it is slow to import, and a window opened offline
# never asks the keychain.

log = logging.getLogger(__name__)

SERVICE = APP_NAME  # the keychain entry: service "GigaDesk", user name = the client ID
ENV_CLIENT_ID = "GIGASTORE_CLIENT_ID"
ENV_CLIENT_SECRET = "GIGASTORE_CLIENT_SECRET"


class PlaceKind(enum.Enum):
    """Where a secret is kept, as a kind a window can word in its own language."""

    MACOS_KEYCHAIN = "macos_keychain"
    WINDOWS_CREDENTIALS = "windows_credentials"
    KEYRING = "keyring"  # detail: the backend's name
    FILE = "file"  # detail: the file
    ENVIRONMENT = "environment"  # detail: the variable
    SESSION_NO_KEYCHAIN = "session_no_keychain"
    SESSION_BY_CHOICE = "session_by_choice"
    SESSION_REFUSED = "session_refused"
    SESSION_FILE_FAILED = "session_file_failed"  # detail: the file; reason: why


@dataclass(frozen=True, slots=True)
class SecretPlace:
    """Where the secret is kept: a kind, a detail (a name or a path), and the English phrase
    the command line shows."""

    kind: PlaceKind
    detail: str = ""
    reason: str = ""  # the system's words, when keeping it failed

    @property
    def text(self) -> str:
        """The end of an English sentence ("… is kept in the macOS Keychain")."""
        return _PHRASES[self.kind].format(detail=self.detail, reason=self.reason)


_PHRASES: dict[PlaceKind, str] = {
    PlaceKind.MACOS_KEYCHAIN: "in the macOS Keychain",
    PlaceKind.WINDOWS_CREDENTIALS: "in Windows Credential Manager",
    PlaceKind.KEYRING: "in the system keyring ({detail})",
    PlaceKind.FILE: "in a file only you can read: {detail}",
    PlaceKind.ENVIRONMENT: "from the environment ({detail})",
    PlaceKind.SESSION_NO_KEYCHAIN: "for this session only: no keychain was found",
    PlaceKind.SESSION_BY_CHOICE: "for this session only: you chose not to remember it",
    PlaceKind.SESSION_REFUSED: "for this session only: the keychain did not accept it",
    PlaceKind.SESSION_FILE_FAILED: "for this session only: the file {detail} failed ({reason})",
}
IN_ENVIRONMENT = SecretPlace(PlaceKind.ENVIRONMENT, ENV_CLIENT_SECRET)
SESSION_NO_KEYCHAIN = SecretPlace(PlaceKind.SESSION_NO_KEYCHAIN).text
SESSION_BY_CHOICE = SecretPlace(PlaceKind.SESSION_BY_CHOICE).text
SESSION_REFUSED = SecretPlace(PlaceKind.SESSION_REFUSED).text
FROM_ENVIRONMENT = IN_ENVIRONMENT.text


class Credentials(tuple[str, str]):
    """A (client ID, secret) pair that also says where it came from; repr hides the secret."""

    source: str

    def __new__(cls, client_id: str, secret: str, source: str) -> Credentials:
        pair = super().__new__(cls, (client_id, secret))
        pair.source = source
        return pair

    @property
    def client_id(self) -> str:
        """The Client ID."""
        return self[0]

    @property
    def secret(self) -> str:
        """The Client Secret."""
        return self[1]

    def __repr__(self) -> str:
        return f"Credentials(client_id={self[0]!r}, secret=<hidden>, source={self.source!r})"

    __str__ = __repr__


def keychain_description(backend: keyring.backend.KeyringBackend) -> str | None:
    """Where `backend` keeps secrets, as the end of a sentence; None when it keeps none."""
    place = keychain_place(backend)
    return place.text if place is not None else None


def keychain_place(backend: keyring.backend.KeyringBackend) -> SecretPlace | None:
    """Where `backend` keeps secrets; None when it keeps none."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        return keychain_place(chained[0]) if chained else None
    module = type(backend).__module__
    if module.endswith(".macOS"):
        return SecretPlace(PlaceKind.MACOS_KEYCHAIN)
    if module.endswith(".Windows"):
        return SecretPlace(PlaceKind.WINDOWS_CREDENTIALS)
    return SecretPlace(PlaceKind.KEYRING, str(backend.name))


class SecretStore:
    """Keeps the client secret where the user can be told plainly (see `where`)."""

    def __init__(
        self,
        paths: AppPaths,
        settings: Settings,
        *,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._paths = paths
        self.settings = settings  # replace it when the user changes the settings
        self._environ: Mapping[str, str] = os.environ if environ is None else environ
        self._session: MutableMapping[str, str] = {}
        self._where: SecretPlace | None = None  # where the last secret set or found is kept

    @property
    def secret_file(self) -> Path:
        """The private file used only when there is no keychain and the user chose it."""
        return self._paths.config_dir / "secret"

    def keychain(self) -> SecretPlace | None:
        """The keychain in use; None when there is none."""
        import keyring

        try:
            return keychain_place(keyring.get_keyring())
        except Exception as exc:  # a broken backend must not stop the app
            log.warning("the keychain cannot be used: %s", type(exc).__name__)
            return None

    @property
    def where(self) -> str:
        """Where the secret is kept (or would be), as the end of an English sentence."""
        return self.place.text

    @property
    def place(self) -> SecretPlace:
        """Where the secret is kept (or would be)."""
        if self._environ.get(ENV_CLIENT_SECRET):
            return IN_ENVIRONMENT
        if self._where is not None:
            return self._where
        return self._prospect()

    def _prospect(self) -> SecretPlace:
        found = self.keychain()
        if found is not None:
            return found
        if self.settings.secret_in_file:
            return self._in_file()
        return SecretPlace(PlaceKind.SESSION_NO_KEYCHAIN)

    def _in_file(self) -> SecretPlace:
        return SecretPlace(PlaceKind.FILE, str(self.secret_file))

    # --- the secret ---------------------------------------------------------------------------

    def get_secret(self, client_id: str) -> str | None:
        """The stored secret of `client_id` (session, keychain, then the chosen file)."""
        if not client_id:
            return None
        if client_id in self._session:
            return self._session[client_id]
        place = self.keychain()
        if place is not None:
            import keyring

            try:
                found = keyring.get_password(SERVICE, client_id)
            except Exception as exc:  # locked, denied, or a broken backend
                log.warning("reading the keychain failed: %s", type(exc).__name__)
                found = None
            if found:
                self._where = place
                return found
        if self.settings.secret_in_file:
            found = self._read_file().get(client_id)
            if found:
                self._where = self._in_file()
                return found
        return None

    def set_secret(self, client_id: str, secret: str, *, remember: bool) -> str:
        """Keep `secret` for `client_id` and return `where` it went.

        remember=False keeps it for this session only and removes any stored copy. With
        remember=True it goes to the keychain; with no keychain it stays for this session,
        or goes to a private file when the user chose that in the settings.
        """
        if not client_id or not secret:
            raise ValueError("both the Client ID and the secret are needed")
        self._session[client_id] = secret
        if not remember:
            self._forget_stored(client_id)
            self._where = SecretPlace(PlaceKind.SESSION_BY_CHOICE)
            return self._where.text
        place = self.keychain()
        fallback = SecretPlace(PlaceKind.SESSION_NO_KEYCHAIN)
        if place is not None:
            import keyring

            try:
                keyring.set_password(SERVICE, client_id, secret)
            except Exception as exc:  # locked, denied, or a broken backend
                log.warning("the keychain refused the secret: %s", type(exc).__name__)
                place, fallback = None, SecretPlace(PlaceKind.SESSION_REFUSED)
            else:
                self._remove_from_file(client_id)  # no plain copy once the keychain has it
        if place is None and self.settings.secret_in_file:
            try:
                self._write_file(client_id, secret)
            except OSError as exc:
                reason = (exc.strerror or type(exc).__name__).lower()
                failed = PlaceKind.SESSION_FILE_FAILED
                self._where = SecretPlace(failed, str(self.secret_file), reason)
                return self._where.text
            place = self._in_file()
        self._where = place or fallback
        return self._where.text

    def delete(self, client_id: str) -> None:
        """Forget the secret of `client_id` everywhere it may be kept."""
        self._session.pop(client_id, None)
        self._forget_stored(client_id)
        self._where = None

    def credentials(self, client_id: str | None = None) -> Credentials | None:
        """The Client ID and secret to use, or None.

        GIGASTORE_CLIENT_ID and GIGASTORE_CLIENT_SECRET win over the settings and the stored
        secret; either may be given alone.
        """
        env_id = self._environ.get(ENV_CLIENT_ID, "").strip()
        env_secret = self._environ.get(ENV_CLIENT_SECRET, "")
        chosen = env_id or client_id or self.settings.client_id
        if not chosen:
            return None
        if env_secret:
            return Credentials(chosen, env_secret, FROM_ENVIRONMENT)
        secret = self.get_secret(chosen)
        if secret is None:
            return None
        return Credentials(chosen, secret, self.where)

    # --- stored copies ------------------------------------------------------------------------

    def _forget_stored(self, client_id: str) -> None:
        if self.keychain() is not None:
            import keyring

            try:
                keyring.delete_password(SERVICE, client_id)
            except Exception as exc:  # PasswordDeleteError when there was none
                log.debug("nothing removed from the keychain: %s", type(exc).__name__)
        self._remove_from_file(client_id)

    def _read_file(self) -> dict[str, str]:
        path = self.secret_file
        try:
            if os.name == "posix" and path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
                os.chmod(path, 0o600)  # someone widened it: make it private again
            document = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, RecursionError) as exc:
            log.warning("the secret file %s cannot be read: %s", path, type(exc).__name__)
            return {}
        if not isinstance(document, dict):
            return {}
        return {str(key): value for key, value in document.items() if isinstance(value, str)}

    def _write_file(self, client_id: str, secret: str) -> None:
        stored = self._read_file()
        stored[client_id] = secret
        self._save_file(stored)

    def _remove_from_file(self, client_id: str) -> None:
        stored = self._read_file()
        if client_id not in stored:
            return
        del stored[client_id]
        if stored:
            self._save_file(stored)
        else:
            with contextlib.suppress(FileNotFoundError):
                self.secret_file.unlink()

    def _save_file(self, stored: Mapping[str, str]) -> None:
        path = self.secret_file
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(dict(stored)).encode("utf-8"), mode=0o600)
