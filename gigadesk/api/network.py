"""The office network: TLS checked against the OS trust store, and the system's proxy."""

from __future__ import annotations

import ssl
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from gigadesk.api.transport import is_loopback

OS_TRUST_STORE = "the operating system's trust store"
BUNDLED_CAS = "the certificate authorities bundled with GigaDesk (certifi)"


def tls_context() -> tuple[ssl.SSLContext, str]:
    """A TLS context that verifies certificates, and which trust store it uses.

    The operating system's store (through truststore) first: an office whose inspecting proxy
    re-signs traffic with its own root certificate has put that root there, on Windows and
    macOS alike. The bundled authorities are the fallback where truststore cannot work.
    """
    try:
        import truststore

        context: ssl.SSLContext = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return context, OS_TRUST_STORE
    except (ImportError, OSError, ssl.SSLError, NotImplementedError):
        import httpx

        return httpx.create_ssl_context(), BUNDLED_CAS


@dataclass(frozen=True, slots=True)
class ProxyChoice:
    """The proxy requests to one base URL go through (None: direct), and where it came from."""

    url: str | None
    source: str

    def describe(self) -> str:
        """Safe to show and to copy into a report: never the proxy's user name or password."""
        if self.url is None:
            return f"direct connection ({self.source})"
        return f"{redact_proxy(self.url)} ({self.source})"


def choose_proxy(base_url: str) -> ProxyChoice:
    """The system's proxy for `base_url`: environment variables (HTTPS_PROXY, NO_PROXY, ...)
    and, on Windows and macOS, the system proxy settings, as the standard library reads them.
    Loopback addresses never go through a proxy."""
    parts = urlsplit(base_url.strip())
    host = parts.hostname or ""
    if not host or is_loopback(host):
        return ProxyChoice(None, "loopback address")
    proxies = urllib.request.getproxies()
    scheme = (parts.scheme or "https").lower()
    proxy = proxies.get(scheme) or proxies.get("all")
    if not proxy:
        return ProxyChoice(None, "no system proxy")
    try:
        bypassed = bool(urllib.request.proxy_bypass(host))
    except (OSError, ValueError):
        bypassed = False
    if bypassed:
        return ProxyChoice(None, "the system proxy is bypassed for this host")
    if "://" not in proxy:
        proxy = f"http://{proxy}"  # the Windows registry lists host:port only
    return ProxyChoice(proxy, "system proxy settings")


def redact_proxy(url: str) -> str:
    """A proxy URL without its user name and password."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}"
