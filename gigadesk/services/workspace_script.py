"""An account's workspace for one command of a script (gigadesk-cli): made as the window's is
(workspace_open), with the keychain, the client and the services only for a command that
needs the network, and everything closed after the command. No Qt."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TYPE_CHECKING

from gigadesk.services.session import Session, SessionOptions
from gigadesk.services.workspace import FAILURES, AccountWorkspace, Link
from gigadesk.services.workspace_open import account_workspace, give_services

if TYPE_CHECKING:
    from gigadesk.api.client import GigastoreClient
    from gigadesk.services.doctor import DoctorReport


class ScriptWorkspace:
    """One command's account workspace, and its connection while the command needs one."""

    def __init__(self, session: Session, workspace: AccountWorkspace) -> None:
        self.session = session
        self.workspace = workspace
        self._client: GigastoreClient | None = None

    @property
    def offline(self) -> bool:
        """True with --offline: nothing may touch the network."""
        return self.session.offline

    @asynccontextmanager
    async def connected(self) -> AsyncIterator[AccountWorkspace]:
        """The workspace with its refund and sync services, acting through a client made now
        and closed afterwards (`async with client`, as the CLI always has). SessionError,
        before the keychain is asked, when working offline or with an insecure base URL;
        then when there are no credentials."""
        self.session.check_client()
        credentials = self.session.credentials()
        client = self.session.client(credentials)
        give_services(self.workspace, self.session, client)
        self.workspace.account, self.workspace.state = credentials[0], Link.CONNECTING
        self._client = client
        try:
            async with client:
                yield self.workspace
        finally:
            self._client = self.workspace.refunds = self.workspace.sync = None

    async def learn_server_clock(self) -> None:
        """Authenticate now, inside connected(): the token is needed anyway, and its answer
        tells the server's clock, by which the refund rules are judged when ours is off. A
        failure is not told here: it shows again at the request that needs the token."""
        if self._client is not None:
            with contextlib.suppress(*FAILURES):
                await self._client.authenticate()

    async def check_connection(self) -> DoctorReport:
        """Safe requests only (never a refund): what the server speaks, learned and kept for
        this server's next clients."""
        from gigadesk.services.doctor import check_connection

        async with self.connected():
            assert self._client is not None
            return await check_connection(self._client, self.session.server_profile())


@contextmanager
def open_script_workspace(
    options: SessionOptions, on_session: Callable[[Session], None] | None = None
) -> Iterator[ScriptWorkspace]:
    """Start the session (told to `on_session` first: the log follows it) and open its cache
    as a workspace, closed afterwards. Neither the keychain nor the network stack is touched
    here: commands that browse the cache work offline and without credentials."""
    session = Session.start(options)
    if on_session is not None:
        on_session(session)
    with session.open_cache() as cache:
        state = Link.OFFLINE_MODE if session.offline else Link.NOT_CONFIGURED
        workspace = account_workspace(
            session, cache, account=session.settings.client_id or None, state=state
        )
        yield ScriptWorkspace(session, workspace)
