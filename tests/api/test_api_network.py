"""The office network: the system's proxy settings and the OS trust store."""

from __future__ import annotations

import ssl

import pytest

from gigadesk.api import network
from gigadesk.api.client import GigastoreClient


@pytest.fixture(autouse=True)
def no_proxy_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def test_the_environments_proxy_is_used_and_shown_without_its_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://office:pa55word@proxy.example.com:3128")
    choice = network.choose_proxy("https://api.giga.store")
    assert choice.url == "http://office:pa55word@proxy.example.com:3128"
    assert choice.describe() == "http://proxy.example.com:3128 (system proxy settings)"
    assert "pa55word" not in choice.describe()
    client = GigastoreClient("https://api.giga.store", "id", "secret")
    assert client.proxy == choice


def test_no_proxy_and_loopback_go_direct(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example.com:3128")
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.example.com:3128")
    monkeypatch.setenv("NO_PROXY", "internal.example.com")
    assert network.choose_proxy("https://internal.example.com").url is None
    local = network.choose_proxy("http://127.0.0.1:8765")
    assert local.url is None and "loopback" in local.describe()


def test_without_a_proxy_the_connection_is_direct() -> None:
    choice = network.choose_proxy("https://api.giga.store")
    assert choice.url is None and choice.describe().startswith("direct connection")


def test_the_tls_context_verifies_against_the_os_trust_store() -> None:
    context, name = network.tls_context()
    assert name == network.OS_TRUST_STORE
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
