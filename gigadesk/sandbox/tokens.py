"""Access tokens the sandbox hands out and checks: JWT-shaped, opaque, expiring."""

from __future__ import annotations

import base64
import hmac
import json
import secrets
import threading
import time


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class TokenBook:
    """Issued bearer tokens and when each one stops being accepted."""

    def __init__(self, ttl: int) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._expiry: dict[str, float] = {}

    def issue(self, subject: str) -> str:
        """A fresh token for `subject`, valid for `ttl` seconds from now."""
        issued = int(time.time())
        header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        claims = {"sub": subject, "iat": issued, "exp": issued + self.ttl}
        payload = _b64(json.dumps(claims).encode())
        token = f"{header}.{payload}.{_b64(secrets.token_bytes(32))}"
        with self._lock:
            self._expiry[token] = time.monotonic() + self.ttl
        return token

    def valid(self, token: str) -> bool:
        """True when `token` was issued here, is not expired and was not revoked."""
        with self._lock:
            expiry = self._expiry.get(token)
            if expiry is not None and expiry <= time.monotonic():
                del self._expiry[token]
                expiry = None
        return expiry is not None

    def expire_all(self) -> None:
        """Revoke every token issued so far."""
        with self._lock:
            self._expiry.clear()


def credentials_match(given: tuple[str, str], expected: tuple[str, str]) -> bool:
    """Constant-time comparison of a (client id, client secret) pair."""
    return hmac.compare_digest(given[0].encode(), expected[0].encode()) & hmac.compare_digest(
        given[1].encode(), expected[1].encode()
    )
