"""Which base URLs may carry the credentials: https anywhere, plain http only to loopback."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1 (traffic that never leaves this machine)."""
    name = host.strip().strip("[]").rstrip(".").lower()
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def base_url_problem(url: str) -> str | None:
    """Why `url` must not be used as the Gigastore base URL, or None when it is fine.

    The secret goes out in the first request, so a plain http:// address is allowed only
    when it points at this machine (a local test server); anything else must be https://.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return f"The base URL {text!r} is not a valid address."
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host:
        return "The base URL must start with https:// (or http:// for a local test server)."
    if parts.username or parts.password:
        return "The base URL must not carry a user name or password."
    if scheme == "http" and not is_loopback(host):
        return (
            f"The base URL {text!r} uses plain http:// to another machine, which would send "
            "the secret unencrypted. Use https:// (plain http:// is only for a test server "
            "on this computer: localhost, 127.0.0.1 or ::1)."
        )
    return None


def plain_http_to_another_machine(url: str) -> str | None:
    """The refusal for an http:// URL whose host is not loopback, else None.

    Only this rule is enforced when a client is made; other malformed URLs surface, with
    their own message, at the first request.
    """
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:
        return None
    if parts.scheme.lower() == "http" and host and not is_loopback(host):
        return base_url_problem(url)
    return None
