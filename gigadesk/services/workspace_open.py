"""Opening an account's workspace: the session, the cache, the keychain, the client and the
services, made in that order so that a window can paint the cache before the network stack
loads. No Qt: the window's controller asks, this module does."""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from gigadesk.api.errors import ApiError, Offline, Unauthorized
from gigadesk.services.failures import OPEN_FAILURES, Failure, failure_of
from gigadesk.services.session import NoCredentials, Session, SessionError, SessionOptions
from gigadesk.services.workspace import (
    AccountWorkspace,
    CheckOutcome,
    ConnectionCheck,
    Link,
)
from gigadesk.store.cache import Cache
from gigadesk.store.secrets import SecretPlace
from gigadesk.store.settings import Settings, SettingsError, save_settings

if TYPE_CHECKING:
    from gigadesk.api.client import GigastoreClient
    from gigadesk.services.doctor import DoctorReport
    from gigadesk.services.refunds import RefundService
    from gigadesk.services.sync import SyncService

CLOSE_TIMEOUT = 5.0
TEST_TIMEOUT = 15.0


class DemoServer(Protocol):
    """The built-in demo Gigastore (the sandbox), started on demand by the composition root."""

    refund_limit: int | None

    @property
    def client_id(self) -> str:
        """The demo account's Client ID."""
        ...

    @property
    def client_secret(self) -> str:
        """The demo account's secret."""
        ...

    def start(self, state_dir: Path) -> str:
        """Serve on a free loopback port, keeping the demo's state (its history's instant and
        its refunds) in `state_dir` across restarts; returns the base URL."""
        ...

    def reset(self, state_dir: Path) -> None:
        """Stop serving and forget the state kept in `state_dir`: the next start is fresh."""
        ...

    def stop(self) -> None:
        """Stop serving (prompt, idempotent)."""
        ...

    def data_dir(self) -> Path:
        """The demo's own data folder (kept apart from a real account's)."""
        ...


@dataclass(frozen=True, slots=True)
class OpenOptions:
    """The command line's part in opening a workspace."""

    demo: bool = False
    data_dir: Path | None = None
    base_url: str | None = None
    offline: bool = False
    smoke_test: bool = False


class WorkspaceOpener:
    """Owns the session, the client and the open cache of the workspace in use."""

    def __init__(
        self,
        options: OpenOptions,
        demo_server: DemoServer,
        on_session: Callable[[Session], None] | None = None,
    ) -> None:
        self.options = options
        self._on_session = on_session  # told each new session first (the log folder follows)
        self.demo = options.demo
        self.demo_server = demo_server
        self.session: Session | None = None
        self.client: GigastoreClient | None = None
        self._stack = ExitStack()
        # The keychain (keyring) is asked, and the client and the services (httpx) are made,
        # after the window's first paint: the account or credentials wait here until then.
        self._deferred: tuple[str, str] | None = None
        self._deferred_lookup: str | None = None

    @property
    def deferred(self) -> bool:
        """True when open(defer_services=True) left work for attach_services."""
        return self._deferred is not None or self._deferred_lookup is not None

    @property
    def needs_keychain(self) -> bool:
        """True when attach_services will ask the keychain."""
        return self._deferred_lookup is not None

    def session_options(self, demo: bool) -> SessionOptions:
        """The session's options for the real account or the demo."""
        offline = self.options.offline or (self.options.smoke_test and not demo)
        if demo:
            base_url = None if offline else self.demo_server.start(self._demo_folder())
            return SessionOptions(data_dir=self._demo_folder(), base_url=base_url, offline=offline)
        return SessionOptions(
            data_dir=self.options.data_dir, base_url=self.options.base_url, offline=offline
        )

    def _demo_folder(self) -> Path:
        """--demo --data-dir uses that folder; a switch to the demo keeps a real one apart."""
        chosen = self.options.data_dir
        if chosen is None:
            return self.demo_server.data_dir()
        return chosen if self.options.demo else chosen / "demo"

    def open(
        self,
        demo: bool,
        credentials: tuple[str, str] | None = None,
        *,
        defer_services: bool = False,
    ) -> AccountWorkspace:
        """Open the session and its cache as a workspace (the previous one's cache closes).

        `defer_services`: the keychain lookup, the client and the services wait for
        attach_services."""
        session = Session.start(self.session_options(demo))
        if self._on_session is not None:
            self._on_session(session)
        if demo and session.settings.monthly_refund_limit is None:
            # The demo server's limit is known: show it rather than "limit unknown".
            limit = self.demo_server.refund_limit
            session.settings = dataclasses.replace(session.settings, monthly_refund_limit=limit)
        stack = ExitStack()
        cache = stack.enter_context(session.open_cache())
        if demo:
            credentials = (self.demo_server.client_id, self.demo_server.client_secret)
        lookup: str | None = None
        if not demo and credentials is None and not session.offline:
            # Offline, no secret is needed: the keychain is not even asked. At start-up it is
            # asked after the first paint, which shows the account's history meanwhile.
            lookup = session.keychain_account() if defer_services else None
            if lookup is not None and _refused(session):
                lookup = None  # no client could be made: decided now, as without deferring
            if lookup is None:
                credentials = session.secrets.credentials(session.settings.client_id)
        online = (bool(credentials) or lookup is not None) and not session.offline
        deferred = credentials if online and defer_services else None
        if deferred is not None:
            session.check_client()  # what making the client would refuse, refused now
        client = session.client(credentials) if credentials and online and not deferred else None
        account = credentials[0] if credentials else (lookup or session.settings.client_id or None)
        if online:
            state = Link.CONNECTING
        else:
            state = Link.OFFLINE_MODE if session.offline else Link.NOT_CONFIGURED
        workspace = account_workspace(
            session,
            cache,
            account=account if account and (online or session.offline) else None,
            state=state,
            demo=demo,
        )
        if client is not None:
            give_services(workspace, session, client)
        self.session, self.client, self.demo = session, client, demo
        self._deferred, self._deferred_lookup = deferred, lookup
        self._stack.close()
        self._stack = stack
        return workspace

    def attach_services(self, workspace: AccountWorkspace) -> bool | None:
        """Make what open(defer_services=True) left: True when the services were given to
        `workspace`, False when the keychain had no secret after all (the window then shows
        the welcome view), None when nothing was left to do."""
        credentials, self._deferred = self._deferred, None
        lookup, self._deferred_lookup = self._deferred_lookup, None
        session = self.session
        if session is None:
            return None
        if lookup is not None:
            credentials = session.secrets.credentials(session.settings.client_id)
            if credentials is None:
                workspace.account, workspace.state = None, Link.NOT_CONFIGURED
                return False
        if credentials is None:
            return None
        client = session.client(credentials)  # checked already by session.check_client
        give_services(workspace, session, client)
        self.client = client
        return True

    def reset_demo(self, workspace: AccountWorkspace) -> None:
        """Start the demo over: its sandbox forgets the refunds and history it kept, and the
        demo's cache (`workspace`'s) is emptied; reopening syncs the fresh history."""
        if not self.demo:
            return
        self.demo_server.reset(self._demo_folder())
        workspace.cache.clear()

    def close(self) -> None:
        """Close the cache in use (the client is closed by aclose_client)."""
        self._stack.close()

    @staticmethod
    async def aclose_client(client: GigastoreClient | None) -> None:
        """Close `client` within CLOSE_TIMEOUT; a failure to close is no failure to report."""
        if client is None:
            return
        import asyncio

        with contextlib.suppress(TimeoutError, ApiError, OSError):
            await asyncio.wait_for(client.aclose(), CLOSE_TIMEOUT)

    async def check_connection(self) -> DoctorReport | None:
        """Safe requests only (never a refund): what the server speaks, as a report whose
        text() is redacted; what is learned is kept and used by this workspace's client at
        once. None when no client is open (offline, or no account yet)."""
        if self.session is None or self.client is None:
            return None
        from gigadesk.services.doctor import check_connection

        return await check_connection(self.client, self.session.server_profile())

    def forget_learned(self) -> None:
        """Forget what was learned of the configured server; it is learned again, safely."""
        if self.session is not None:
            self.session.server_profile().forget()
        if self.client is not None:
            self.client.forget_learned()

    # --- the account's credentials and settings ---------------------------------------------

    def secret_place(self) -> SecretPlace | None:
        """Where the secret is kept (None: no session)."""
        return self.session.secrets.place if self.session is not None else None

    def keychain_missing(self) -> bool:
        """True when there is no OS keychain."""
        return self.session is not None and self.session.secrets.keychain() is None

    def secret_stored(self) -> bool:
        """True when a secret is known for the configured account."""
        if self.session is None or self.demo:
            return self.demo
        return self.session.secrets.credentials(self.session.settings.client_id) is not None

    def stored_secret(self, client_id: str) -> str | None:
        """The secret kept for `client_id` (the demo's own for the demo account)."""
        if self.demo and client_id == self.demo_server.client_id:
            return self.demo_server.client_secret
        assert self.session is not None
        found = self.session.secrets.credentials(client_id)
        return found.secret if found else None

    async def test_connection(self, client_id: str, secret: str, base_url: str) -> ConnectionCheck:
        """Authenticate with these credentials against `base_url`, saving nothing."""
        assert self.session is not None
        secret = secret or self.stored_secret(client_id) or ""
        if not secret:
            return ConnectionCheck(CheckOutcome.NO_SECRET)
        settings = dataclasses.replace(self.session.settings, base_url=base_url)
        probe = dataclasses.replace(self.session, settings=settings, offline=False)
        client = probe.client((client_id, secret), timeout=TEST_TIMEOUT, max_attempts=1)
        try:
            await client.authenticate()
            version = await client.version()
        except Unauthorized:
            return ConnectionCheck(CheckOutcome.REJECTED)
        except Offline as exc:
            return ConnectionCheck(CheckOutcome.UNREACHABLE, exc.message, failure_of(exc))
        except ApiError as exc:
            return ConnectionCheck(CheckOutcome.FAILED, exc.message, failure_of(exc))
        finally:
            await self.aclose_client(client)
        return ConnectionCheck(CheckOutcome.CONNECTED, str(version))

    def store_account(
        self, client_id: str, secret: str, base_url: str, keep_in_file: bool
    ) -> Failure | None:
        """Keep the secret and save the account's settings; what failed, if anything."""
        session = self.session if not self.demo else Session.start(self.session_options(False))
        assert session is not None
        settings = dataclasses.replace(
            session.settings,
            client_id=client_id,
            base_url=base_url,
            secret_in_file=keep_in_file or session.settings.secret_in_file,
        )
        session.secrets.settings = settings
        if not client_id or not secret:
            return failure_of(NoCredentials("both the Client ID and the secret are needed"))
        try:
            session.secrets.set_secret(client_id, secret, remember=True)
            save_settings(session.paths, settings)
        except SettingsError as exc:
            return failure_of(exc)
        return None

    def save_settings(self, settings: Settings) -> Failure | None:
        """Save `settings` as the session's; what failed, if anything."""
        session = self.session
        assert session is not None
        try:
            save_settings(session.paths, settings)
        except SettingsError as exc:
            return failure_of(exc)
        session.settings = settings
        return None


def import_services(keychain: bool) -> None:
    """Import what attach_services needs (httpx behind the client; the keychain when asked),
    in a worker thread, so that the window stays responsive meanwhile."""
    _refund_service()
    _sync_service()
    import gigadesk.api.client  # noqa: F401

    if keychain:
        import keyring  # noqa: F401


def account_workspace(
    session: Session, cache: Cache, *, account: str | None, state: Link, demo: bool = False
) -> AccountWorkspace:
    """The workspace of `session` showing `cache`, its limit and clock the session's; its
    services come with a client (give_services). The window and gigadesk-cli both open theirs
    here, so that neither can judge by another limit or clock."""
    return AccountWorkspace(
        cache=cache,
        cache_path=session.paths.cache_file,
        account=account,
        monthly_limit=session.refund_limit,
        state=state,
        demo=demo,
        refresh_minutes=session.settings.refresh_minutes,
        # The session's clock at each call: making the client later swaps it for one that
        # knows the server's.
        clock=lambda: session.clock.now(),
        notices=list(session.notices),
        clock_notice=lambda: session.clock.notice(),
        history_view=session.settings.history_view,
    )


def give_services(workspace: AccountWorkspace, session: Session, client: GigastoreClient) -> None:
    """Give `workspace` the refund and sync services acting through `client`, with the
    session's limit and clock (the one composition of them, for the window and the CLI)."""
    workspace.refunds = _refund_service()(
        client, workspace.cache, session.refund_limit, clock=session.clock
    )
    workspace.sync = _sync_service()(client, session.paths.cache_file)


def _refused(session: Session) -> bool:
    """True when the session's settings would make no client (an insecure base URL)."""
    try:
        session.check_client()
    except SessionError:
        return True
    return False


def _refund_service() -> type[RefundService]:
    from gigadesk.services.refunds import RefundService

    return RefundService


def _sync_service() -> type[SyncService]:
    from gigadesk.services.sync import SyncService

    return SyncService


__all__ = [
    "CLOSE_TIMEOUT",
    "OPEN_FAILURES",
    "TEST_TIMEOUT",
    "DemoServer",
    "OpenOptions",
    "WorkspaceOpener",
    "import_services",
]
