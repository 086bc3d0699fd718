"""What a sync, a refund, a connection test or opening an account may fail with, as a kind, a
finer cause and the lower layers' English specifics; the one mapping from exceptions. No Qt."""

from __future__ import annotations

import enum
import errno
from dataclasses import dataclass

from gigadesk.api.errors import (
    ApiError,
    BadPayload,
    InsecureUrl,
    Offline,
    OutcomeUnknown,
    RefundRefused,
    TooSlow,
    Transient,
    Unauthorized,
)
from gigadesk.services.session import InsecureAddress, NeedsNetwork, SessionError
from gigadesk.store.cache import CacheError, CacheProblem
from gigadesk.store.paths import PathsError
from gigadesk.store.settings import SettingsError

# What a sync, a refund or a connection test may fail with and still be told in one sentence;
# anything else is a bug and goes to the crash report.
FAILURES: tuple[type[Exception], ...] = (ApiError, CacheError)
# What opening a workspace may fail with, each told as one sentence too.
OPEN_FAILURES: tuple[type[Exception], ...] = (
    SessionError,
    CacheError,
    PathsError,
    SettingsError,
    OSError,
)


class Link(enum.Enum):
    """Whether Gigastore can be reached right now, as far as the workspace knows."""

    NOT_CONFIGURED = "not_configured"  # no credentials yet
    CONNECTING = "connecting"  # started, first contact not answered yet
    ONLINE = "online"  # the last contact succeeded
    OFFLINE = "offline"  # the last contact failed (no network, a 5xx storm)
    OFFLINE_MODE = "offline_mode"  # --offline: no network at all
    REJECTED = "rejected"  # the server rejected the credentials


class FailureKind(enum.Enum):
    """What a failure means for the reseller."""

    OFFLINE = "offline"  # Gigastore did not answer (network, time-outs, a 5xx storm)
    REJECTED = "rejected"  # the credentials were rejected
    REFUSED = "refused"  # the server refused, in its own words
    SERVER = "server"  # the server answered, just not usefully
    SETUP = "setup"  # the account's settings stop it (no credentials, offline mode, http://)
    LOCAL = "local"  # a file on this computer (cache, settings, export) failed


class Cause(enum.Enum):
    """What exactly failed: fine enough for a screen to say something true and what to do.
    Each cause belongs to one kind (`Cause.kind`)."""

    UNREACHABLE = "unreachable"  # no connection could be made (network, DNS, refused)
    TOO_SLOW = "too_slow"  # no complete answer within the deadline
    STRUGGLING = "struggling"  # errors (5xx, 429) until the retries ran out
    REJECTED = "rejected"  # the Client ID or secret
    REFUSED = "refused"  # the server's own words say why
    BAD_ANSWER = "bad_answer"  # an answer that could not be read (not JSON, too large)
    SERVER_ERROR = "server_error"  # an error status GigaDesk has no better word for
    ANSWER_LOST = "answer_lost"  # a request went out and its answer was lost
    NO_CREDENTIALS = "no_credentials"
    NEEDS_NETWORK = "needs_network"  # offline mode
    INSECURE_ADDRESS = "insecure_address"  # the base URL would send the secret unencrypted
    DISK_FULL = "disk_full"
    NOT_WRITABLE = "not_writable"  # read-only, not permitted
    CACHE_BUSY = "cache_busy"  # another process holds the cache
    CACHE_DAMAGED = "cache_damaged"
    CACHE_TOO_NEW = "cache_too_new"  # written by a newer GigaDesk
    CACHE_FAILED = "cache_failed"  # the cache failed otherwise
    SETTINGS_FAILED = "settings_failed"  # the settings file could not be written
    FOLDER_FAILED = "folder_failed"  # a data folder could not be made
    FILE_FAILED = "file_failed"  # another file (an export) could not be written

    @property
    def kind(self) -> FailureKind:
        """The coarse kind this cause belongs to."""
        return _KINDS[self]


_KINDS = {
    Cause.UNREACHABLE: FailureKind.OFFLINE,
    Cause.TOO_SLOW: FailureKind.OFFLINE,
    Cause.STRUGGLING: FailureKind.OFFLINE,
    Cause.REJECTED: FailureKind.REJECTED,
    Cause.REFUSED: FailureKind.REFUSED,
    Cause.BAD_ANSWER: FailureKind.SERVER,
    Cause.SERVER_ERROR: FailureKind.SERVER,
    Cause.ANSWER_LOST: FailureKind.SERVER,
    Cause.NO_CREDENTIALS: FailureKind.SETUP,
    Cause.NEEDS_NETWORK: FailureKind.SETUP,
    Cause.INSECURE_ADDRESS: FailureKind.SETUP,
    Cause.DISK_FULL: FailureKind.LOCAL,
    Cause.NOT_WRITABLE: FailureKind.LOCAL,
    Cause.CACHE_BUSY: FailureKind.LOCAL,
    Cause.CACHE_DAMAGED: FailureKind.LOCAL,
    Cause.CACHE_TOO_NEW: FailureKind.LOCAL,
    Cause.CACHE_FAILED: FailureKind.LOCAL,
    Cause.SETTINGS_FAILED: FailureKind.LOCAL,
    Cause.FOLDER_FAILED: FailureKind.LOCAL,
    Cause.FILE_FAILED: FailureKind.LOCAL,
}


@dataclass(frozen=True, slots=True)
class Failure:
    """One failure: its kind, its cause, and the lower layer's English words (what failed,
    where; never a secret), which a screen shows as details and the CLI as its line."""

    kind: FailureKind
    message: str
    cause: Cause

    @property
    def link(self) -> Link | None:
        """The connection state this failure shows (None: it says nothing about it)."""
        return {
            FailureKind.OFFLINE: Link.OFFLINE,
            FailureKind.REJECTED: Link.REJECTED,
            FailureKind.REFUSED: Link.ONLINE,
            FailureKind.SERVER: Link.ONLINE,
            FailureKind.SETUP: None,
            FailureKind.LOCAL: None,
        }[self.kind]


def failure_of(exc: BaseException) -> Failure:
    """The outcome to show for one of FAILURES or OPEN_FAILURES (anything else reads as a
    local failure)."""
    cause = _cause(exc)
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return Failure(cause.kind, str(message), cause)


def _cause(exc: BaseException) -> Cause:
    if isinstance(exc, CacheError):
        return _CACHE_CAUSES[exc.problem]
    for family, cause in _CLASS_CAUSES:
        if isinstance(exc, family):
            return cause
    os_error = exc if isinstance(exc, OSError) else exc.__cause__
    if isinstance(os_error, OSError):
        if os_error.errno in (errno.ENOSPC, errno.EDQUOT):
            return Cause.DISK_FULL
        if os_error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return Cause.NOT_WRITABLE
    if isinstance(exc, SettingsError):
        return Cause.SETTINGS_FAILED
    if isinstance(exc, PathsError):
        return Cause.FOLDER_FAILED
    return Cause.FILE_FAILED


# The first family an exception belongs to decides (subclasses before their parents).
_CLASS_CAUSES: tuple[tuple[type[Exception], Cause], ...] = (
    (Unauthorized, Cause.REJECTED),
    (Offline, Cause.UNREACHABLE),
    (TooSlow, Cause.TOO_SLOW),
    (Transient, Cause.STRUGGLING),
    (RefundRefused, Cause.REFUSED),
    (InsecureUrl, Cause.INSECURE_ADDRESS),
    (BadPayload, Cause.BAD_ANSWER),
    (OutcomeUnknown, Cause.ANSWER_LOST),
    (ApiError, Cause.SERVER_ERROR),
    (NeedsNetwork, Cause.NEEDS_NETWORK),
    (InsecureAddress, Cause.INSECURE_ADDRESS),
    (SessionError, Cause.NO_CREDENTIALS),
)

_CACHE_CAUSES = {
    CacheProblem.DISK_FULL: Cause.DISK_FULL,
    CacheProblem.NOT_WRITABLE: Cause.NOT_WRITABLE,
    CacheProblem.BUSY: Cause.CACHE_BUSY,
    CacheProblem.DAMAGED: Cause.CACHE_DAMAGED,
    CacheProblem.TOO_NEW: Cause.CACHE_TOO_NEW,
    CacheProblem.OTHER: Cause.CACHE_FAILED,
}
