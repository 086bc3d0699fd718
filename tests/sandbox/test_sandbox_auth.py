"""Sandbox authentication over loopback: Basic for a token, Bearer for everything else."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import httpx
import pytest
from sandbox_helpers import ITEMS, NOW, make_item, plain, window

from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer

AUTH = "/reseller/authenticate"
Serve = Callable[..., SandboxServer]
Connect = Callable[..., httpx.Client]


def test_demo_credentials_get_the_contract_token(serve: Serve) -> None:
    server = serve([make_item("a")], token_ttl=3600)
    with plain(server) as client:
        response = client.post(AUTH, auth=(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {
        "accessToken",
        "expiresIn",
        "tokenType",
        "refreshToken",
        "refreshExpiresIn",
        "idToken",
    }
    assert body["expiresIn"] == 3600
    assert body["tokenType"] == "Bearer"
    assert (body["refreshToken"], body["refreshExpiresIn"], body["idToken"]) == (None, 0, None)
    assert body["accessToken"].count(".") == 2  # JWT-shaped, opaque to the client


def test_a_token_opens_the_other_endpoints(serve: Serve, connect: Connect) -> None:
    server = serve([make_item("a")])
    client = connect(server)
    listed = window(client, NOW - timedelta(days=1), NOW + timedelta(days=1)).json()
    assert [item["uid"] for item in listed] == ["a"]
    assert client.get(f"{ITEMS}/a").json()["uid"] == "a"


def test_custom_credentials_replace_the_demo_ones(serve: Serve) -> None:
    server = serve([], client_id="acme", client_secret="s3cret")
    with plain(server) as client:
        assert client.post(AUTH, auth=("acme", "s3cret")).status_code == 200
        assert client.post(AUTH, auth=(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)).status_code == 401


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Basic !!!not-base64!!!"},
        {"Authorization": "Basic ZGVtby1yZXNlbGxlcg=="},  # "demo-reseller", no colon
        {"Authorization": "Bearer something"},
    ],
    ids=["missing", "not-base64", "no-password", "wrong-scheme"],
)
def test_missing_or_malformed_credentials_get_401(serve: Serve, headers: dict[str, str]) -> None:
    server = serve([])
    with plain(server) as client:
        response = client.post(AUTH, headers=headers)
    assert response.status_code == 401
    assert response.json()["message"]


@pytest.mark.parametrize(
    "credentials",
    [(DEMO_CLIENT_ID, "wrong"), ("someone", DEMO_CLIENT_SECRET), ("", "")],
    ids=["wrong-secret", "wrong-id", "empty"],
)
def test_wrong_credentials_get_401_without_echoing_them(
    serve: Serve, credentials: tuple[str, str]
) -> None:
    server = serve([])
    with plain(server) as client:
        response = client.post(AUTH, auth=credentials)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/json"
    assert "credentials" in response.json()["message"]
    assert DEMO_CLIENT_SECRET not in response.text
    assert DEMO_CLIENT_SECRET not in repr(server.requests)


@pytest.mark.parametrize(
    "authorization", [None, "Bearer", "Bearer not-a-token", "Basic abc"], ids=str
)
def test_calls_without_a_valid_token_get_401(serve: Serve, authorization: str | None) -> None:
    server = serve([make_item("a")])
    headers = {} if authorization is None else {"Authorization": authorization}
    with plain(server, headers=headers) as client:
        for response in (
            client.get(
                ITEMS, params={"from": "2026-01-01T00:00:00Z", "to": "2026-02-01T00:00:00Z"}
            ),
            client.get(f"{ITEMS}/a"),
            client.post(f"{ITEMS}/a/refund"),
        ):
            assert response.status_code == 401
            assert response.json()["message"]
    assert server.item_json("a")["status"] == "PURCHASED"


def test_expire_tokens_revokes_every_issued_token(serve: Serve, connect: Connect) -> None:
    server = serve([make_item("a")])
    first, second = connect(server), connect(server)
    assert first.get(f"{ITEMS}/a").status_code == 200
    server.expire_tokens()
    assert first.get(f"{ITEMS}/a").status_code == 401
    assert second.get(f"{ITEMS}/a").status_code == 401
    assert connect(server).get(f"{ITEMS}/a").status_code == 200


def test_tokens_expire_after_their_ttl(serve: Serve, connect: Connect) -> None:
    server = serve([make_item("a")], token_ttl=0)
    response = connect(server).get(f"{ITEMS}/a")
    assert response.status_code == 401
    assert "expired" in response.json()["message"]


def test_version_needs_no_token(serve: Serve) -> None:
    server = serve([])
    with plain(server) as client:
        response = client.get("/gigastore/version")
    assert response.status_code == 200
    assert response.json()["version"].startswith("sandbox-")


def test_authenticate_only_takes_post(serve: Serve) -> None:
    server = serve([])
    with plain(server) as client:
        response = client.get(AUTH, auth=(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET))
    assert response.status_code == 405
    assert response.headers["allow"] == "POST"
