"""Fault knobs that make the sandbox misbehave on purpose, and the record of requests seen."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace

FAIL = "fail"
DROP = "drop"
MALFORMED = "malformed"
STALL = "stall"
DEFER = "defer"


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request the sandbox saw and the status it sent (0 when the connection was dropped)."""

    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    status: int = 0
    # Which knob hit it: fail, drop, malformed, truncated, stall, defer; "replayed" when the
    # first answer to its Idempotency-Key was sent again.
    fault: str | None = None
    idempotency_key: str | None = None  # the request's Idempotency-Key header, if any


@dataclass(frozen=True, slots=True)
class Fault:
    """One armed knob: what to do, to which requests, and how many more times."""

    kind: str
    remaining: int
    path_contains: str | None = None
    method: str | None = None
    status: int = 503
    retry_after: float | None = None
    body: str | None = None
    content_type: str = "application/json"
    mid_body: bool = False
    truncated: bool = False
    seconds: float = 0.0
    apply: bool = True

    def matches(self, method: str, path: str) -> bool:
        """True when this knob is meant for a request with `method` on `path`."""
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path_contains is None or self.path_contains in path


class Faults:
    """Thread-safe fault knobs; each armed knob hits the next `count` matching requests.

    Knobs are consumed in the order they were armed, one knob per request. `latency`
    (seconds) is added to every answer and is not consumed.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._armed: list[Fault] = []
        self.latency: float = 0.0
        # Seconds added to the Date header only (a server clock that disagrees with ours).
        self.clock_offset: float = 0.0
        # Answer a POST that repeats an Idempotency-Key with the first answer to that key,
        # without carrying it out again (as some servers do; the contract says nothing).
        self.honour_idempotency: bool = False

    def fail_next(
        self,
        count: int,
        status: int = 503,
        *,
        retry_after: float | None = None,
        path_contains: str | None = None,
        method: str | None = None,
        body: str | None = None,
        content_type: str = "application/json",
    ) -> None:
        """Answer the next `count` matching requests with `status` (nothing is carried out).

        `retry_after` becomes a Retry-After header; `body` replaces the default JSON message,
        sent as `content_type` (for example an HTML error page from a proxy).
        """
        if not 100 <= status <= 599:
            raise ValueError(f"not an HTTP status: {status}")
        self._arm(
            Fault(
                FAIL,
                count,
                path_contains,
                method,
                status=status,
                retry_after=retry_after,
                body=body,
                content_type=content_type,
            )
        )

    def drop_next(
        self,
        count: int,
        *,
        path_contains: str | None = None,
        method: str | None = None,
        mid_body: bool = False,
        apply: bool = True,
    ) -> None:
        """Close the connection of the next `count` matching requests without a full answer.

        With `mid_body` the status line, headers and half the body go out first. With `apply`
        (or `mid_body`) the request, a refund included, is carried out before the drop.
        """
        self._arm(Fault(DROP, count, path_contains, method, mid_body=mid_body, apply=apply))

    def malformed_next(
        self,
        count: int,
        *,
        path_contains: str | None = None,
        truncated: bool = False,
        method: str | None = None,
    ) -> None:
        """Garble the body of the next `count` matching answers: invalid JSON, or cut in half.

        The request is carried out and the status kept; Content-Length matches what is sent.
        """
        self._arm(Fault(MALFORMED, count, path_contains, method, truncated=truncated))

    def stall_next(
        self,
        count: int,
        seconds: float,
        *,
        path_contains: str | None = None,
        method: str | None = None,
        apply: bool = True,
    ) -> None:
        """Hold the next `count` matching answers back for `seconds`.

        With `apply` the request (a refund included) is carried out before the stall;
        without it the server sleeps first and then carries it out.
        """
        if seconds < 0:
            raise ValueError("a stall cannot be negative")
        self._arm(Fault(STALL, count, path_contains, method, seconds=seconds, apply=apply))

    def defer_next(
        self,
        count: int,
        seconds: float,
        *,
        path_contains: str | None = None,
        method: str | None = None,
    ) -> None:
        """Drop the connection of the next `count` matching requests at once and carry each
        out `seconds` later: the answer is lost, and reads show the old state until then (a
        refund taken by a queue, or reads that lag behind)."""
        if seconds < 0:
            raise ValueError("a deferral cannot be negative")
        self._arm(Fault(DEFER, count, path_contains, method, seconds=seconds))

    def reset(self) -> None:
        """Disarm every knob and remove the latency, the clock offset and idempotency."""
        with self._lock:
            self._armed.clear()
            self.latency = 0.0
            self.clock_offset = 0.0
            self.honour_idempotency = False

    @property
    def armed(self) -> int:
        """How many requests the armed knobs will still hit, all knobs together."""
        with self._lock:
            return sum(fault.remaining for fault in self._armed)

    def take(self, method: str, path: str) -> Fault | None:
        """Consume one use of the first armed knob that matches this request."""
        with self._lock:
            for index, fault in enumerate(self._armed):
                if fault.matches(method, path):
                    if fault.remaining <= 1:
                        del self._armed[index]
                    else:
                        self._armed[index] = replace(fault, remaining=fault.remaining - 1)
                    return fault
        return None

    def _arm(self, fault: Fault) -> None:
        if fault.remaining < 0:
            raise ValueError("count cannot be negative")
        if fault.remaining == 0:
            return
        with self._lock:
            self._armed.append(fault)
