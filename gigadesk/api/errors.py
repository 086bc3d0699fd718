"""The typed family of errors the Gigastore client raises; texts never carry secrets."""

from __future__ import annotations


class ApiError(Exception):
    """Any failure talking to Gigastore; `message` is safe to show to the reseller."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class InsecureUrl(ApiError):
    """The base URL would send the credentials unencrypted (plain http:// off this machine)."""


class Unauthorized(ApiError):
    """The credentials were rejected (after one fresh authentication)."""


class NotFound(ApiError):
    """The server does not know the item."""


class BadRequest(ApiError):
    """The server refused the request as malformed (for example a window too long)."""


class RefundRefused(ApiError):
    """The server refused a refund; `code` is the server's code when it sent one."""

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None) -> None:
        super().__init__(message, status=status)
        self.code = code


class Transient(ApiError):
    """The server or the network failed in a way that may pass (after retries ran out)."""


class TooSlow(Transient):
    """An answer did not complete within the deadline of one request (a trickling server)."""


class Offline(Transient):
    """The server could not be reached at all (connection refused, DNS, time-out)."""


class BadPayload(ApiError):
    """The server answered with something that is not the JSON the contract describes."""


class TooLarge(BadPayload):
    """An answer was larger than the client accepts; reading stopped at the cap."""


class OutcomeUnknown(ApiError):
    """A refund POST got no answer (time-out, dropped connection): read `uid` back."""

    def __init__(self, message: str, *, uid: str, status: int | None = None) -> None:
        super().__init__(message, status=status)
        self.uid = uid
