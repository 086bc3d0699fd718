"""Self-checks for --smoke-test: SQLite, TLS certificates and the keychain load and work."""

from __future__ import annotations

import importlib
import sqlite3
import ssl
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import certifi
import keyring

from gigadesk.domain.items import ActivatedItem, DataAllowance, Status
from gigadesk.store.cache import Cache
from gigadesk.store.query import HistoryQuery
from gigadesk.store.secrets import keychain_description

# The keychain backend each platform must be able to load in a frozen build.
NATIVE_BACKENDS: dict[str, str] = {
    "darwin": "keyring.backends.macOS",
    "win32": "keyring.backends.Windows",
    "linux": "keyring.backends.SecretService",
}


@dataclass(frozen=True, slots=True)
class Check:
    """One self-check's name, verdict and a detail for the log."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        """The `smoke: <name> ok|FAILED <detail>` line that packaging/smoke_test.py reads."""
        return f"smoke: {self.name} {'ok' if self.ok else 'FAILED'} {self.detail}".rstrip()


def check_sqlite(folder: Path) -> Check:
    """A real cache file in `folder`: WAL, one item written and read back."""
    try:
        with tempfile.TemporaryDirectory(dir=folder, prefix=".selfcheck-") as scratch:
            cache = Cache.open(Path(scratch) / "selfcheck.sqlite3")
            try:
                now = datetime.now(UTC)
                item = ActivatedItem(
                    "selfcheck", "self-check", Status.PURCHASED, now, DataAllowance(1, 1)
                )
                cache.upsert_item(item)
                found = cache.page(HistoryQuery(now=now), 0, 1)
            finally:
                cache.close()
        if [i.uid for i in found] != ["selfcheck"]:
            return Check("sqlite", False, "an item written could not be read back")
        return Check("sqlite", True, f"{sqlite3.sqlite_version} wal")
    except Exception as exc:
        return Check("sqlite", False, f"{type(exc).__name__}: {exc}")


def check_ssl() -> Check:
    """The OS trust store is used for TLS (truststore is in the build), and the bundled CA
    file, its fallback, loads and holds certificates."""
    from gigadesk.api.network import OS_TRUST_STORE, tls_context

    try:
        _, store = tls_context()
        context = ssl.create_default_context(cafile=certifi.where())
        authorities = context.cert_store_stats()["x509_ca"]
    except Exception as exc:
        return Check("ssl", False, f"{type(exc).__name__}: {exc}")
    if store != OS_TRUST_STORE:
        return Check("ssl", False, "the OS trust store cannot be used (truststore missing)")
    if authorities <= 0:
        return Check("ssl", False, "no certificate authorities loaded")
    return Check("ssl", True, f"{ssl.OPENSSL_VERSION}, OS trust store, {authorities} bundled CAs")


def check_keyring(platform: str = sys.platform) -> Check:
    """The platform's keychain backend imports (whether a keychain runs here or not)."""
    module_name = NATIVE_BACKENDS.get(platform)
    try:
        if module_name is not None:
            importlib.import_module(module_name)
        backend = keyring.get_keyring()
    except Exception as exc:
        return Check("keyring", False, f"{type(exc).__name__}: {exc}")
    where = keychain_description(backend) or "no keychain here: secrets kept for the session"
    return Check("keyring", True, f"{type(backend).__name__} ({where})")


def run_checks(folder: Path) -> list[Check]:
    """Every self-check that does not need a window."""
    return [check_sqlite(folder), check_ssl(), check_keyring()]
