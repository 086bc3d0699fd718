"""GigastoreClient: one httpx.AsyncClient, a shared token, retried reads, refunds sent once."""

from __future__ import annotations

import asyncio
import base64
import random
import ssl
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from types import TracebackType
from urllib.parse import quote

import httpx

from gigadesk import __version__, logs
from gigadesk.api import network, transport, wire
from gigadesk.api.errors import (
    ApiError,
    BadPayload,
    BadRequest,
    InsecureUrl,
    NotFound,
    Offline,
    OutcomeUnknown,
    RefundRefused,
    TooLarge,
    TooSlow,
    Transient,
    Unauthorized,
)
from gigadesk.api.wire import SkippedItem
from gigadesk.domain.items import ActivatedItem, human_bytes, uid_problem, utc

AUTH_PATH = "/reseller/authenticate"
VERSION_PATH = "/gigastore/version"
ITEMS_PATH = "/gigastore/activations/activated-items"
# The refund route's two candidates: the documented path has no prefix [doc]; every other
# documented path has /gigastore, so the prefixed one is the other reading [ours].
DOCUMENTED_PREFIX = ""
OTHER_PREFIX = "/gigastore"
REFUND_PREFIXES = (DOCUMENTED_PREFIX, OTHER_PREFIX)

# 500 too: on a read, an internal error is as likely to pass as a 503 (never on a refund).
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_AFTER_CAP = 60.0  # a server asking for a longer pause gets a clear error instead
# httpx's time-outs apply to each read of the socket, so a server that trickles a byte
# every few seconds would never time out: every request (all its attempts and the pauses
# between them) ends by this deadline. 4 pauses of RETRY_AFTER_CAP fit in it.
DEADLINE = 300.0
# [ours] the largest answer read: the busiest plausible month is a few tens of MB of JSON.
MAX_BODY_BYTES = 256_000_000
TOKEN_MARGIN = 60.0  # renew this long before the token runs out
IDEMPOTENCY_KEY_MAX = 64
BIG_BODY = 256 * 1024  # bodies above this are parsed in a worker thread

CREDENTIALS_REJECTED = "credentials rejected by Gigastore: check the client ID and secret"

WaitReporter = Callable[[float, int | None], None]
NOTICEABLE_WAIT = 1.0  # shorter pauses are not told, except when Gigastore asked for them
# Told before a pause between attempts (seconds, and the HTTP status that caused it, 429
# for "slow down"). A context variable rather than an attribute: a sync sets it for its own
# task and the requests it makes, not for a refund running beside it on the same client.
wait_reporter: ContextVar[WaitReporter | None] = ContextVar("gigadesk_wait_reporter", default=None)


Learned = Callable[[str, object], None]  # (fact, value): what a caller may want to remember


@dataclass(frozen=True)
class ItemsPage:
    """One window of the sales history, with what could not be parsed and the server's time."""

    items: list[ActivatedItem]
    skipped: list[SkippedItem]
    server_date: datetime | None


class GigastoreClient:
    """The Gigastore reseller API over one httpx.AsyncClient, created inside the running loop."""

    def __init__(
        self,
        base_url: str,
        client_id: str,
        client_secret: str,
        *,
        refund_prefix: str | None = None,
        date_format: str = wire.INSTANT,
        max_window_days: int | None = None,
        on_learn: Learned | None = None,
        timeout: float = 30.0,
        max_attempts: int = 5,
        backoff_base: float = 0.5,
        backoff_cap: float = 8.0,
        deadline: float = DEADLINE,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if timeout <= 0 or deadline <= 0:
            raise ValueError("timeout and deadline must be positive")
        if max_body_bytes < 1:
            raise ValueError("max_body_bytes must be positive")
        insecure = transport.plain_http_to_another_machine(base_url)
        if insecure is not None:
            raise InsecureUrl(insecure)  # before the secret could ever go out unencrypted
        self._base_url = base_url.strip().rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        # None: not known for this server yet; the documented route goes first.
        self.refund_prefix = None if refund_prefix is None else _prefix(refund_prefix)
        self.date_format = date_format
        # The longest from/to window the server took after refusing a longer one (None: a
        # calendar month is fine, as far as anyone knows). The sync plans its reads with it.
        self.max_window_days = max_window_days
        self._on_learn = on_learn
        self._timeout = httpx.Timeout(timeout)
        self._max_attempts = max_attempts
        self._backoff_base = backoff_base
        self._backoff_cap = backoff_cap
        self._deadline = deadline
        self._max_body = max_body_bytes
        self._http: httpx.AsyncClient | None = None
        self.proxy = network.choose_proxy(self._base_url)  # the system's, for this host
        self.trust_store = ""  # which trust store verifies TLS: known once the pool exists
        self.token_lifetime: int | None = None  # seconds, from the last authentication
        self._loop: asyncio.AbstractEventLoop | None = None
        self._auth_lock: asyncio.Lock | None = None
        self._token: str | None = None
        self._token_deadline = 0.0
        basic = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode()
        # Everything that must never show up in an error text, scrubbed before raising.
        self._hidden: set[str] = {text for text in (client_secret, basic) if len(text) >= 3}
        logs.hide(client_secret, basic)  # the log file and crash reports mask them too
        self.server_clock_offset: timedelta | None = None

    def __repr__(self) -> str:
        return f"GigastoreClient({self._display_url()!r})"

    @property
    def base_url(self) -> str:
        """The server's address, without any credentials."""
        return self._display_url()

    async def __aenter__(self) -> GigastoreClient:
        await self._ready()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool; a later call opens a new one in the loop then running."""
        http, self._http, self._loop, self._auth_lock = self._http, None, None, None
        if http is not None:
            await http.aclose()

    async def authenticate(self) -> None:
        """Get a fresh access token now (a "test connection" button uses this)."""
        async with await self._lock():
            await self._authenticate_locked()

    async def version(self) -> str:
        """The service version; needs no token, so it probes reachability alone."""
        response = await self._with_retries("GET", VERSION_PATH)
        if not response.is_success:
            raise self._read_error(response)
        return wire.parse_version(response.content)

    @property
    def deadline(self) -> float:
        """The seconds one request may take, all attempts and pauses together."""
        return self._deadline

    async def items(self, start: datetime, end: datetime) -> ItemsPage:
        """The items sold in [start, end), with the ones that could not be parsed."""
        response = await self._items_response(start, end)
        body = response.content
        if len(body) > BIG_BODY:
            # Parsing a big window takes long enough to stall a GUI's event loop.
            items, skipped = await asyncio.to_thread(wire.parse_items, body)
        else:
            items, skipped = wire.parse_items(body)
        return ItemsPage(items, skipped, _server_date(response))

    async def items_payload(self, start: datetime, end: datetime) -> bytes:
        """The unparsed JSON body of `items` (for a caller that parses it elsewhere, with
        `wire.parse_items`)."""
        return (await self._items_response(start, end)).content

    async def _items_response(self, start: datetime, end: datetime) -> httpx.Response:
        if utc(end) <= utc(start):
            raise ValueError("a window must end after it starts")
        try:
            return await self._get(
                ITEMS_PATH, params=wire.window_query(start, end, self.date_format)
            )
        except (TooLarge, TooSlow) as exc:
            # Which window, so the reseller knows what is missing (the months before stay).
            window = f"the sales from {utc(start):%Y-%m-%d} to {utc(end):%Y-%m-%d}"
            raise type(exc)(f"{exc.message}; it was {window}", status=exc.status) from None

    async def item(self, uid: str) -> ActivatedItem:
        """One item as the server sees it now; NotFound when it does not know the uid."""
        response = await self._get(f"{ITEMS_PATH}/{_segment(uid)}")
        return wire.parse_item_payload(response.content)

    def refund_route(self, uid: str) -> str:
        """The path a refund of `uid` is POSTed to first (recorded with each attempt)."""
        prefix = DOCUMENTED_PREFIX if self.refund_prefix is None else self.refund_prefix
        return _refund_path(prefix, uid)

    async def refund(self, uid: str, *, idempotency_key: str | None = None) -> None:
        """Ask for a refund: one POST, never retried after it may have reached the server.

        Two exceptions, both answers that prove nothing happened: a 401 (refused before the
        server looked at the call) is sent once more with a fresh token, and a 404 while the
        item itself reads fine (the route is wrong, not the item) is sent once to the other
        refund route. Never after a time-out, a dropped connection, a 5xx or a 2xx.
        `idempotency_key` (at most 64 characters) goes out as the `Idempotency-Key` header
        of every send: a server that honours it answers a repeated key with its first answer
        instead of refunding twice. Any answer other than a success, 401, 404, 429 or another
        4xx (a redirect, a 5xx) raises OutcomeUnknown: whoever answered may have passed the
        request on.
        """
        headers = _idempotency_header(idempotency_key)
        prefix = DOCUMENTED_PREFIX if self.refund_prefix is None else self.refund_prefix
        response = await self._post_refund(prefix, uid, headers)
        if response.status_code == 404 and await self._item_exists(uid):
            prefix = _other(prefix)
            response = await self._post_refund(prefix, uid, headers)
        if response.is_success or _route_answered(response.status_code):
            self.learn("refund_prefix", prefix)
        if response.is_success:
            return
        status = response.status_code
        words, code = self._words(response)
        if status == 404:
            raise NotFound(words, status=status)
        if status == 429:
            raise Transient(f"Gigastore is busy and did not take the refund: {words}", status=429)
        if 400 <= status < 500:
            raise RefundRefused(words, status=status, code=code)
        # A redirect is never followed (it could send the POST elsewhere), but whoever
        # answered it may have passed the request on: as unknown as a 5xx.
        raise OutcomeUnknown(
            f"Gigastore answered HTTP {status} to the refund of {uid} ({words}); read the"
            " package back to learn whether it went through",
            uid=uid,
            status=status,
        )

    async def probe_refund_routes(self, uid: str) -> dict[str, int]:
        """The HTTP status a GET gets on each refund route (405: it exists, POST only; 404:
        it does not). A GET never refunds anything; `uid` need not be refundable."""
        found: dict[str, int] = {}
        for prefix in REFUND_PREFIXES:
            path = _refund_path(prefix, uid)
            token = await self._bearer()
            response = await self._with_retries("GET", path, token=token)
            if response.status_code == 401:
                response = await self._with_retries("GET", path, token=await self._renew(token))
            found[prefix] = response.status_code
        return found

    def learn(self, fact: str, value: object) -> None:
        """Take a fact learned about the server into use (refund_prefix, date_format,
        max_window_days), and tell whoever remembers facts (any fact) about it."""
        if fact in ("refund_prefix", "date_format", "max_window_days"):
            setattr(self, fact, value)
        if self._on_learn is not None:
            self._on_learn(fact, value)

    def forget_learned(self) -> None:
        """Back to assuming nothing: the documented route first, ISO instants, month windows."""
        self.refund_prefix = None
        self.date_format = wire.INSTANT
        self.max_window_days = None

    async def _post_refund(self, prefix: str, uid: str, headers: dict[str, str]) -> httpx.Response:
        path = _refund_path(prefix, uid)
        token = await self._bearer()
        response = await self._refund_once(path, token, uid, headers)
        if response.status_code == 401:
            response = await self._refund_once(path, await self._renew(token), uid, headers)
            if response.status_code == 401:
                raise Unauthorized(CREDENTIALS_REJECTED, status=401)
        return response

    async def _item_exists(self, uid: str) -> bool:
        """True when the item reads fine: a 404 to its refund was then the route's."""
        try:
            await self._get(f"{ITEMS_PATH}/{_segment(uid)}")
        except ApiError:
            return False  # unknown item, or no way to tell: the 404 stands as the answer
        return True

    # -- tokens -------------------------------------------------------------------------

    async def _lock(self) -> asyncio.Lock:
        await self._ready()
        assert self._auth_lock is not None
        return self._auth_lock

    def _valid_token(self) -> str | None:
        if self._token is not None and time.monotonic() < self._token_deadline:
            return self._token
        return None

    async def _bearer(self) -> str:
        token = self._valid_token()
        if token is not None:
            return token
        async with await self._lock():
            # Another caller may have authenticated while this one waited for the lock.
            return self._valid_token() or await self._authenticate_locked()

    async def _renew(self, stale: str) -> str:
        """A fresh token after `stale` got a 401; concurrent callers share one renewal."""
        async with await self._lock():
            token = self._valid_token()
            if token is not None and token != stale:
                return token
            return await self._authenticate_locked()

    async def _authenticate_locked(self) -> str:
        self._token = None
        auth = httpx.BasicAuth(self._client_id, self._client_secret)
        response = await self._with_retries("POST", AUTH_PATH, auth=auth)
        if response.status_code in (401, 403):
            words, _ = self._words(response)
            raise Unauthorized(f"{CREDENTIALS_REJECTED} ({words})", status=response.status_code)
        if not response.is_success:
            raise self._read_error(response)
        token, lifetime = wire.parse_token(response.content)
        self._hidden.add(token)
        logs.hide(token)
        self.token_lifetime = lifetime
        margin = min(TOKEN_MARGIN, lifetime / 2)
        self._token, self._token_deadline = token, time.monotonic() + lifetime - margin
        return token

    # -- transport ----------------------------------------------------------------------

    async def _ready(self) -> httpx.AsyncClient:
        """The connection pool, made once TLS is set up (off the loop: see _tls_context)."""
        if self._http is None:
            await _tls_context()
        return self._client()

    def _client(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        if self._http is not None and self._loop is not loop:
            raise RuntimeError("GigastoreClient is in use by another event loop; aclose() it first")
        if self._http is None:
            context, self.trust_store = _TLS or network.tls_context()
            self._http = httpx.AsyncClient(
                base_url=self._base_url,
                timeout=self._timeout,
                # TLS certificates are always checked; there is no switch.
                verify=context,
                # The proxy is chosen here from the system's settings (which the standard
                # library reads on every platform), not left to httpx's reading of the
                # environment alone; plain http:// only ever reaches this machine.
                proxy=self.proxy.url,
                trust_env=False,
                follow_redirects=False,
                headers={"Accept": "application/json", "User-Agent": f"GigaDesk/{__version__}"},
            )
            self._loop = loop
            self._auth_lock = asyncio.Lock()
        return self._http

    async def _send_once(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        token: str | None = None,
        auth: httpx.Auth | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """One request; transport failures come out as httpx.TransportError.

        The body is streamed and reading stops at the cap (TooLarge): an endless answer
        never fills the memory.
        """
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        headers.update(extra_headers or {})
        http = await self._ready()
        try:
            request = http.build_request(
                method, path, params=params, headers=headers, timeout=self._timeout
            )
            response = await http.send(request, auth=auth, stream=True)
            try:
                body = await self._read_capped(response)
            finally:
                await response.aclose()
        except (httpx.InvalidURL, httpx.UnsupportedProtocol, OverflowError):
            # OverflowError: a port out of range (http://127.0.0.1:99999) reaches the socket.
            raise ApiError(f"the base URL {self._display_url()!r} cannot be used") from None
        except httpx.DecodingError:
            raise BadPayload("the server's answer could not be decoded") from None
        self._note_clock(response)
        # The body is decoded already: the copy must not claim an encoding it no longer has.
        kept = [
            (name, value)
            for name, value in response.headers.multi_items()
            if name.lower() not in ("content-encoding", "transfer-encoding", "content-length")
        ]
        return httpx.Response(response.status_code, headers=kept, content=body, request=request)

    async def _read_capped(self, response: httpx.Response) -> bytes:
        cap = self._max_body
        declared = response.headers.get("Content-Length", "").strip()
        if declared.isdigit() and len(declared) < 20 and int(declared) > cap:
            raise TooLarge(self._too_large(int(declared)), status=response.status_code)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > cap:
                raise TooLarge(self._too_large(None), status=response.status_code)
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_large(self, declared: int | None) -> str:
        size = f" ({human_bytes(declared)})" if declared is not None else ""
        return (
            f"Gigastore's answer{size} is larger than the {human_bytes(self._max_body)}"
            " accepted for one answer, so reading it stopped"
        )

    async def _with_retries(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        token: str | None = None,
        auth: httpx.Auth | None = None,
    ) -> httpx.Response:
        """Send an idempotent request, retrying transient failures with capped back-off,
        all within the deadline."""
        reached = False
        problem = ""
        status: int | None = None
        delay = 0.0
        ends = time.monotonic() + self._deadline
        for attempt in range(self._max_attempts):
            if attempt:
                if time.monotonic() + delay >= ends:
                    raise TooSlow(self._past_deadline(problem), status=status)
                report = wait_reporter.get()
                # Told after an answer (a 429, a 5xx), not after a network failure: "cannot
                # reach Gigastore" follows soon enough.
                told = status == 429 or (status is not None and delay >= NOTICEABLE_WAIT)
                if report is not None and told:
                    report(delay, status)
                await asyncio.sleep(delay)
            delay = self._backoff(attempt)
            try:
                async with asyncio.timeout_at(_loop_time(ends)):
                    response = await self._send_once(
                        method, path, params=params, token=token, auth=auth
                    )
            except TimeoutError:
                raise TooSlow(self._past_deadline(problem), status=status) from None
            except httpx.TransportError as exc:
                reached = reached or not isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
                problem = self._describe(exc)
                status = None
                continue
            reached = True
            if response.status_code not in RETRYABLE_STATUSES:
                return response
            status = response.status_code
            words, _ = self._words(response)
            problem = f"HTTP {status}: {words}"
            wait = _retry_after(response)
            if wait is not None:
                if wait > RETRY_AFTER_CAP:
                    raise Transient(
                        f"Gigastore asks to wait {wait:.0f} s before trying again ({problem})",
                        status=status,
                    )
                delay = wait
        attempts = f"{self._max_attempts} attempt{'s' if self._max_attempts > 1 else ''}"
        if not reached:
            raise Offline(f"cannot reach Gigastore at {self._display_url()} ({problem})")
        raise Transient(
            f"Gigastore did not answer properly after {attempts} ({problem})", status=status
        )

    def _past_deadline(self, problem: str) -> str:
        why = f" ({problem})" if problem else ""
        return (
            f"Gigastore did not complete its answer within {self._deadline:g} s, the most one"
            f" request may take{why}"
        )

    def _backoff(self, attempt: int) -> float:
        """Full jitter: a random pause up to the capped exponential step."""
        ceiling = min(self._backoff_cap, self._backoff_base * 2**attempt)
        return random.uniform(0.0, max(0.0, ceiling))

    async def _get(self, path: str, params: dict[str, str] | None = None) -> httpx.Response:
        """An authenticated read: retried, and renewed once on a 401."""
        token = await self._bearer()
        response = await self._with_retries("GET", path, params=params, token=token)
        if response.status_code == 401:
            token = await self._renew(token)
            response = await self._with_retries("GET", path, params=params, token=token)
        if not response.is_success:
            raise self._read_error(response)
        return response

    async def _refund_once(
        self, path: str, token: str, uid: str, headers: dict[str, str]
    ) -> httpx.Response:
        try:
            async with asyncio.timeout(self._deadline):
                return await self._send_once("POST", path, token=token, extra_headers=headers)
        except (TimeoutError, TooLarge) as exc:
            # The POST left; whether it was carried out is not known.
            why = (
                f"no complete answer within {self._deadline:g} s"
                if isinstance(exc, TimeoutError)
                else exc.message
            )
            raise OutcomeUnknown(
                f"no usable answer to the refund of {uid} ({why}); read the package back to"
                " learn whether it went through",
                uid=uid,
            ) from None
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            # No connection was made, so the request never left this machine.
            raise Offline(
                f"cannot reach Gigastore at {self._display_url()} ({self._describe(exc)});"
                " the refund was not sent"
            ) from None
        except httpx.TransportError as exc:
            raise OutcomeUnknown(
                f"no answer to the refund of {uid} ({self._describe(exc)}); read the package"
                " back to learn whether it went through",
                uid=uid,
            ) from None

    # -- errors and headers -------------------------------------------------------------

    def _read_error(self, response: httpx.Response) -> ApiError:
        status = response.status_code
        words, _ = self._words(response)
        if status == 401:
            return Unauthorized(f"{CREDENTIALS_REJECTED} ({words})", status=status)
        if status == 404:
            return NotFound(words, status=status)
        if status in (400, 422):
            return BadRequest(f"Gigastore refused the request: {words}", status=status)
        return ApiError(f"Gigastore answered HTTP {status}: {words}", status=status)

    def _words(self, response: httpx.Response) -> tuple[str, str | None]:
        content_type = response.headers.get("Content-Type", "")
        words, code = wire.error_message(response.status_code, content_type, response.content)
        return self._scrub(words), code

    def _scrub(self, text: str) -> str:
        for hidden in self._hidden:
            text = text.replace(hidden, "***")
        return text

    def _describe(self, exc: httpx.TransportError) -> str:
        seconds = f"{self._timeout.read or 0:g}"
        if isinstance(exc, httpx.ConnectTimeout):
            return "the connection timed out"
        if isinstance(exc, httpx.ConnectError) and "CERTIFICATE_VERIFY_FAILED" in str(exc):
            return "the server's TLS certificate could not be verified"
        if isinstance(exc, httpx.ConnectError):
            return "connection refused or host unreachable"
        if isinstance(exc, httpx.ReadTimeout):
            return f"no answer within {seconds} s"
        if isinstance(exc, httpx.TimeoutException):
            return f"timed out after {seconds} s"
        if isinstance(exc, httpx.RemoteProtocolError):
            return "the connection dropped before a complete answer"
        if isinstance(exc, httpx.NetworkError):
            return "the connection broke"
        return f"network failure ({type(exc).__name__})"

    def _display_url(self) -> str:
        try:
            url = httpx.URL(self._base_url)
        except httpx.InvalidURL:
            return "(invalid URL)"
        return str(url.copy_with(username=None, password=None, query=None, fragment=None))

    def _note_clock(self, response: httpx.Response) -> None:
        server = _server_date(response)
        if server is not None:
            self.server_clock_offset = server - datetime.now(UTC)


def _prefix(text: str) -> str:
    stripped = text.strip().strip("/")
    return f"/{stripped}" if stripped else ""


def _other(prefix: str) -> str:
    return OTHER_PREFIX if prefix == DOCUMENTED_PREFIX else DOCUMENTED_PREFIX


def _refund_path(prefix: str, uid: str) -> str:
    return f"{prefix}/activations/activated-items/{_segment(uid)}/refund"


def _route_answered(status: int) -> bool:
    """True for a refusal that only a refund route gives (a missing route says 404/405)."""
    return 400 <= status < 500 and status not in (401, 403, 404, 405, 429)


def _segment(uid: str) -> str:
    """The uid as one path segment; refused before any request when it is not a plain one
    ('..' would turn a refund into a POST on another address)."""
    problem = uid_problem(uid)
    if problem is not None:
        shown = uid if len(uid) <= 60 else uid[:57] + "..."
        raise BadRequest(f"the Purchase ID {shown!r} {problem}; nothing was sent")
    return quote(uid, safe="")


def _idempotency_header(key: str | None) -> dict[str, str]:
    if key is None:
        return {}
    if not 0 < len(key) <= IDEMPOTENCY_KEY_MAX or not key.isascii() or not key.isprintable():
        raise ValueError("an idempotency key is 1 to 64 printable ASCII characters")
    return {"Idempotency-Key": key}


def _loop_time(deadline: float) -> float:
    """A time.monotonic() deadline on the running loop's clock."""
    loop = asyncio.get_running_loop()
    return loop.time() + (deadline - time.monotonic())


def _server_date(response: httpx.Response) -> datetime | None:
    header = response.headers.get("Date")
    if not header:
        return None
    try:
        return utc(parsedate_to_datetime(header))
    except (TypeError, ValueError, OverflowError, IndexError):
        return None


def _retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds (delta-seconds or an HTTP date), or None when absent or odd."""
    header = response.headers.get("Retry-After", "").strip()
    if not header:
        return None
    try:
        seconds = float(header)
    except ValueError:
        try:
            moment = utc(parsedate_to_datetime(header))
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
        reference = _server_date(response) or datetime.now(UTC)
        seconds = (moment - reference).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


# The verifying TLS context (the OS trust store, see network.tls_context) and its name, made
# once per process. Loading certificates takes 40-60 ms: done by httpx.AsyncClient() on the
# event loop, that is a stall of the window, so it is made in a thread before the first pool.
_TLS: tuple[ssl.SSLContext, str] | None = None


async def _tls_context() -> tuple[ssl.SSLContext, str]:
    global _TLS
    if _TLS is None:
        made = await asyncio.to_thread(network.tls_context)
        _TLS = _TLS or made
    return _TLS
