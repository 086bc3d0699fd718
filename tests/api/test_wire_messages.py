"""wire: error bodies in the server's words, tokens, the version probe and instant text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gigadesk.api.errors import BadPayload
from gigadesk.api.wire import (
    DEFAULT_TOKEN_LIFETIME,
    MAX_MESSAGE_CHARS,
    error_message,
    format_instant,
    parse_instant,
    parse_token,
    parse_version,
)

NGINX_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        (
            "application/json",
            b'{"message": "The package has been used.", "code": "USED"}',
            ("The package has been used.", "USED"),
        ),
        (
            "application/problem+json",
            b'{"type": "about:blank", "title": "Refund refused", "status": 409,'
            b' "detail": "Refund limit for this month reached.", "code": "REFUND_LIMIT_EXCEEDED"}',
            ("Refund limit for this month reached.", "REFUND_LIMIT_EXCEEDED"),
        ),
        (
            "application/problem+json; charset=utf-8",
            b'{"title": "Not Found", "status": 404}',
            ("Not Found", None),
        ),
        (
            "application/json",
            b'{"timestamp": "x", "status": 400, "error": "Bad Request", "path": "/a"}',
            ("Bad Request", None),
        ),
        (
            "application/json",
            b'{"message": "  spread\\n over   lines  "}',
            ("spread over lines", None),
        ),
        ("application/json", b'{"message": "Expired.", "code": 17}', ("Expired.", "17")),
        ("application/json", b'{"message": "Expired.", "code": ""}', ("Expired.", None)),
        ("application/json", b'"just a string"', ("just a string", None)),
        ("text/plain", b"Service unavailable\n", ("Service unavailable", None)),
        ("text/html", NGINX_502, ("502 Bad Gateway nginx", None)),
        ("", b"<p>Refund &amp; money: <b>no</b></p>", ("Refund & money: no", None)),
        (
            "text/html",
            b"<html><head><title>Maintenance</title><style>p{}</style></head></html>",
            ("Maintenance", None),
        ),
        ("application/json", b"", ("HTTP 503 Service Unavailable", None)),
        ("application/json", b"{not json", ("{not json", None)),
        ("application/json", b'{"errorText": "odd shape"}', ('{"errorText": "odd shape"}', None)),
    ],
)
def test_error_message_in_the_servers_words(
    content_type: str, body: bytes, expected: tuple[str, str | None]
) -> None:
    status = 503 if not body else 409
    assert error_message(status, content_type, body) == expected


def test_error_message_of_an_empty_body_names_the_status() -> None:
    assert error_message(429, "", b"") == ("HTTP 429 Too Many Requests", None)
    assert error_message(599, "text/plain", b"  ") == ("HTTP 599", None)


def test_error_message_is_shortened_to_something_readable() -> None:
    body = b"<html><body>" + b"<div>Something went wrong. </div>" * 200 + b"</body></html>"
    message, code = error_message(500, "text/html", body)
    assert len(message) <= MAX_MESSAGE_CHARS
    assert message.startswith("Something went wrong.")
    assert message.endswith("…")
    assert "<" not in message
    assert code is None


@settings(max_examples=150, deadline=None)
@given(st.integers(100, 599), st.text(max_size=20), st.binary(max_size=300))
def test_error_message_never_fails(status: int, content_type: str, body: bytes) -> None:
    message, code = error_message(status, content_type, body)
    assert message.strip()
    assert len(message) <= MAX_MESSAGE_CHARS
    assert code is None or code.strip()


def test_parse_token() -> None:
    body = (
        b'{"accessToken": "eyJ.abc.def", "expiresIn": 86400, "tokenType": "Bearer",'
        b' "refreshToken": null, "refreshExpiresIn": 0, "idToken": null}'
    )
    assert parse_token(body) == ("eyJ.abc.def", 86400)
    assert parse_token(b'{"accessToken": "t", "expiresIn": 59.9}') == ("t", 59)
    assert parse_token(b'{"accessToken": "t"}') == ("t", DEFAULT_TOKEN_LIFETIME)


@pytest.mark.parametrize(
    "body",
    [
        b"[]",
        b"{}",
        b'{"accessToken": ""}',
        b'{"accessToken": 5}',
        b'{"accessToken": "secret-token-value", "expiresIn": "soon"}',
        b'{"accessToken": "secret-token-value", "expiresIn": -1}',
        b'{"accessToken": "secret-token-value", "expiresIn": 1e99}',
        b"<html>login</html>",
    ],
)
def test_parse_token_rejects_bad_answers_without_echoing_them(body: bytes) -> None:
    with pytest.raises(BadPayload) as caught:
        parse_token(body)
    assert "secret-token-value" not in str(caught.value)
    assert "authentication" in str(caught.value) or "JSON" in str(caught.value)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"version": "1.4.2"}', "1.4.2"),
        (b'{"buildVersion": 7}', "7"),
        (b'"2.0.0"', "2.0.0"),
        (b"3.1.0\n", "3.1.0"),
        (b"1.5", "1.5"),
    ],
)
def test_parse_version(body: bytes, expected: str) -> None:
    assert parse_version(body) == expected


@pytest.mark.parametrize("body", [b"", b"{}", b"[1]", b"true"])
def test_parse_version_rejects_empty_answers(body: bytes) -> None:
    with pytest.raises(BadPayload, match="version"):
        parse_version(body)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 10, 1, tzinfo=UTC), "2026-10-01T00:00:00Z"),
        (datetime(2026, 10, 1, 2, 0, tzinfo=timezone(timedelta(hours=2))), "2026-10-01T00:00:00Z"),
        (datetime(2026, 10, 1), "2026-10-01T00:00:00Z"),
        (datetime(2026, 10, 1, 0, 0, 0, 1500, tzinfo=UTC), "2026-10-01T00:00:00.001500Z"),
    ],
)
def test_format_instant(moment: datetime, expected: str) -> None:
    assert format_instant(moment) == expected


@settings(max_examples=100, deadline=None)
@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(8999, 1, 1)))
def test_format_and_parse_instant_round_trip(moment: datetime) -> None:
    aware = moment.replace(tzinfo=UTC)
    assert parse_instant(format_instant(aware)) == aware
