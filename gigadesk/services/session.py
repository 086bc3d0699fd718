"""One run of GigaDesk: folders, settings, credentials, the cache and the client, wired once."""

from __future__ import annotations

import enum
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gigadesk.api import transport
from gigadesk.api.errors import InsecureUrl
from gigadesk.services.clock import Clock
from gigadesk.services.server_profile import ProfileKeeper
from gigadesk.store.cache import Cache
from gigadesk.store.paths import AppPaths
from gigadesk.store.secrets import ENV_CLIENT_ID, ENV_CLIENT_SECRET, SecretStore
from gigadesk.store.settings import Settings, load_settings

if TYPE_CHECKING:
    from gigadesk.api.client import GigastoreClient


class NoticeKind(enum.Enum):
    """What a notice tells, for a screen to say it in the user's language."""

    SETTINGS_RESET = "settings_reset"  # the settings file could not be read: defaults apply
    CACHE_SET_ASIDE = "cache_set_aside"  # a damaged cache was moved aside; a sync rebuilds it


class Notice(str):
    """A notice to read once: the English sentence (what the CLI prints, what a screen shows
    as details), with its kind."""

    kind: NoticeKind

    def __new__(cls, text: str, kind: NoticeKind) -> Notice:
        notice = super().__new__(cls, text)
        notice.kind = kind
        return notice


class SessionError(Exception):
    """Something the user must fix before the command can run (credentials, offline)."""


class NoCredentials(SessionError):
    """No Client ID and secret are known for the account."""


class NeedsNetwork(SessionError):
    """Offline mode, and the command needs Gigastore."""


class InsecureAddress(SessionError):
    """The base URL would send the credentials unencrypted."""


@dataclass(frozen=True, slots=True)
class SessionOptions:
    """Command-line overrides of the settings."""

    data_dir: Path | None = None
    base_url: str | None = None
    refund_limit: int | None = None
    refund_limit_given: bool = False
    offline: bool = False


@dataclass
class Session:
    """The wiring of one run: what the CLI and the window share."""

    paths: AppPaths
    settings: Settings
    secrets: SecretStore
    offline: bool
    notices: list[Notice] = field(default_factory=list)
    clock: Clock = field(default_factory=Clock)
    _keeper: ProfileKeeper | None = None

    @classmethod
    def start(cls, options: SessionOptions) -> Session:
        """Make the folders, read the settings (a broken file is set aside) and apply options."""
        paths = AppPaths.under(options.data_dir) if options.data_dir else AppPaths.default()
        paths.ensure()
        settings, notice = load_settings(paths)
        if options.base_url:
            settings = replace(settings, base_url=options.base_url.rstrip("/"))
        if options.refund_limit_given:
            settings = replace(settings, monthly_refund_limit=options.refund_limit)
        session = cls(paths, settings, SecretStore(paths, settings), options.offline)
        if notice:
            session.notices.append(Notice(notice, NoticeKind.SETTINGS_RESET))
        return session

    @property
    def refund_limit(self) -> int | None:
        """The monthly refund limit in force (None: unknown)."""
        return self.settings.monthly_refund_limit

    @contextmanager
    def open_cache(self) -> Iterator[Cache]:
        """The cache, closed afterwards; a recovered corrupt file is told as a notice."""
        cache = Cache.open(self.paths.cache_file)
        if cache.recovered_from is not None:
            text = (
                f"The history cache was damaged and was set aside as {cache.recovered_from}; "
                "the next sync rebuilds it."
            )
            self.notices.append(Notice(text, NoticeKind.CACHE_SET_ASIDE))
        try:
            yield cache
        finally:
            cache.close()

    def credentials(self) -> tuple[str, str]:
        """The Client ID and secret, or a SessionError saying how to provide them."""
        found = self.secrets.credentials(self.settings.client_id)
        if found is None:
            raise NoCredentials(
                "no Gigastore credentials: set GIGASTORE_CLIENT_ID and GIGASTORE_CLIENT_SECRET, "
                "or connect your account in the GigaDesk window"
            )
        return found

    def server_profile(self) -> ProfileKeeper:
        """What was learned of the configured server (refund route, dates, windows, ...)."""
        base_url = self.settings.base_url.strip().rstrip("/")
        if self._keeper is None or self._keeper.profile.base_url != base_url:
            self._keeper = ProfileKeeper(self.paths, base_url)
        return self._keeper

    def client(self, credentials: tuple[str, str] | None = None, **options: Any) -> GigastoreClient:
        """A client for the configured base URL (use it as `async with`), using what was
        learned of that server and remembering what it learns."""
        if self.offline:
            raise NeedsNetwork("working offline: this needs a connection to Gigastore")
        problem = transport.base_url_problem(self.settings.base_url)
        if problem is not None:
            raise _insecure(problem)
        client_id, secret = credentials or self.credentials()
        # Imported here: httpx is slow to import, and an offline window never needs it.
        from gigadesk.api.client import GigastoreClient

        limits: dict[str, Any] = {
            "deadline": float(self.settings.request_deadline_seconds),
            "max_body_bytes": self.settings.max_answer_megabytes * 1_000_000,
        }
        try:
            client = GigastoreClient(
                self.settings.base_url,
                client_id,
                secret,
                **{**limits, **self.server_profile().client_options(), **options},
            )
        except InsecureUrl as exc:
            raise _insecure(exc.message) from None
        self.clock = Clock(lambda: client.server_clock_offset)
        return client

    def keychain_account(self) -> str | None:
        """The Client ID whose secret `secrets.credentials()` would ask the keychain for
        (importing keyring, which is slow); None when there is no account or the environment
        gives the secret."""
        if os.environ.get(ENV_CLIENT_SECRET):
            return None
        return os.environ.get(ENV_CLIENT_ID, "").strip() or self.settings.client_id or None

    def check_client(self) -> None:
        """Raise the SessionError that `client()` would for the settings, without making a
        client (nor importing httpx): what a window checks before its first paint."""
        if self.offline:
            raise NeedsNetwork("working offline: this needs a connection to Gigastore")
        problem = transport.base_url_problem(self.settings.base_url)
        if problem is not None:
            raise _insecure(problem)


def _insecure(problem: str) -> SessionError:
    return InsecureAddress(f"{problem} Change it in Settings or with --base-url.")
