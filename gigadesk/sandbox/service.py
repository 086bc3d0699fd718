"""The sandbox Gigastore's endpoints: authentication, sales history, one item, refunds."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

from gigadesk.sandbox import rules
from gigadesk.sandbox.dialect import DATE, INSTANT, SANDBOX, Dialect
from gigadesk.sandbox.instants import format_instant, now_utc, parse_date, parse_instant
from gigadesk.sandbox.itemstore import SORT_FIELDS, ItemStore, encode
from gigadesk.sandbox.tokens import TokenBook, credentials_match

SANDBOX_VERSION = "sandbox-1.0"
REFUSAL_STATUS = HTTPStatus.CONFLICT  # every refund refusal; the body's `code` says which rule

JSON = "application/json"
PROBLEM_JSON = "application/problem+json"

_ITEMS = "/gigastore/activations/activated-items"
_ITEM = re.compile(r"^/gigastore/activations/activated-items/(?P<uid>[^/]+)$")
# The documented refund path has no /gigastore prefix; every other path has one. Which of
# the two is served is the dialect's choice.
_REFUND = re.compile(r"^(?P<prefix>/gigastore)?/activations/activated-items/(?P<uid>[^/]+)/refund$")


@dataclass(slots=True)
class Response:
    """An answer before it goes on the wire."""

    status: int
    body: bytes
    content_type: str = JSON
    headers: dict[str, str] = field(default_factory=dict)


def json_response(status: int, payload: object, content_type: str = JSON) -> Response:
    """A JSON answer."""
    return Response(status, json.dumps(payload).encode(), content_type)


def message_response(status: int, message: str, code: str | None = None) -> Response:
    """A JSON error with a message (and a code when the sandbox has one)."""
    payload = {"message": message} if code is None else {"message": message, "code": code}
    return json_response(status, payload)


def spring_not_found(path: str, message: str = "") -> Response:
    """A 404 as a Spring Boot server writes it (no `code`, often no message)."""
    payload = {
        "timestamp": now_utc().strftime("%Y-%m-%dT%H:%M:%S.000+00:00"),
        "status": HTTPStatus.NOT_FOUND.value,
        "error": "Not Found",
        "message": message,
        "path": path,
    }
    return json_response(HTTPStatus.NOT_FOUND, payload)


def not_found_problem(uid: str) -> Response:
    """RFC 7807 problem details for an unknown item."""
    problem = {
        "type": "about:blank",
        "title": "Not Found",
        "status": HTTPStatus.NOT_FOUND.value,
        "detail": f"No activated item with uid {uid}.",
        "code": rules.NOT_FOUND,
    }
    return json_response(HTTPStatus.NOT_FOUND, problem, PROBLEM_JSON)


class GigastoreService:
    """Answers requests as Gigastore would, from an ItemStore, under the contract's rules."""

    def __init__(
        self,
        store: ItemStore,
        tokens: TokenBook,
        credentials: tuple[str, str],
        *,
        refund_limit: int | None,
        max_window_days: int | None,
        dialect: Dialect = SANDBOX,
    ) -> None:
        self.store = store
        self.tokens = tokens
        self.refund_limit = refund_limit
        self.max_window_days = max_window_days
        self.dialect = dialect
        self._credentials = credentials

    def handle(
        self, method: str, path: str, query: Mapping[str, str], authorization: str | None
    ) -> Response:
        """The answer to one request."""
        if len(path) > 1:
            path = path.rstrip("/")
        if path == "/gigastore/version":
            return self._only(method, "GET") or json_response(200, {"version": SANDBOX_VERSION})
        if path == "/reseller/authenticate":
            return self._only(method, "POST") or self._authenticate(authorization)
        refund, item = _REFUND.match(path), _ITEM.match(path)
        if refund is not None and (refund["prefix"] or "") not in self.dialect.refund_prefixes:
            refund = None  # a route this dialect does not serve
        if path != _ITEMS and refund is None and item is None:
            if self.dialect.spring_not_found:
                return spring_not_found(path)
            return message_response(HTTPStatus.NOT_FOUND, f"No such endpoint: {path}")
        denied = self._check_bearer(authorization)
        if denied is not None:
            return denied
        if refund is not None:
            return self._only(method, "POST") or self._refund(unquote(refund["uid"]), path)
        if item is not None:
            return self._only(method, "GET") or self._item(unquote(item["uid"]), path)
        return self._only(method, "GET") or self._items(query)

    def _authenticate(self, authorization: str | None) -> Response:
        given = _basic_credentials(authorization)
        if given is None or not credentials_match(given, self._credentials):
            response = message_response(HTTPStatus.UNAUTHORIZED, "Invalid client credentials.")
            response.headers["WWW-Authenticate"] = 'Basic realm="gigastore"'
            return response
        token = {
            "accessToken": self.tokens.issue(given[0]),
            "expiresIn": self.tokens.ttl,
            "tokenType": "Bearer",
            "refreshToken": None,
            "refreshExpiresIn": 0,
            "idToken": None,
        }
        return json_response(HTTPStatus.OK, token)

    def _check_bearer(self, authorization: str | None) -> Response | None:
        scheme, _, token = (authorization or "").strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            message = "A bearer access token is required."
        elif not self.tokens.valid(token.strip()):
            message = "The access token is invalid or has expired."
        else:
            return None
        response = message_response(HTTPStatus.UNAUTHORIZED, message)
        response.headers["WWW-Authenticate"] = 'Bearer error="invalid_token"'
        return response

    def _items(self, query: Mapping[str, str]) -> Response:
        form = self.dialect.date_format
        start, end = _bound(query, "from", form), _bound(query, "to", form)
        if isinstance(start, Response):
            return start
        if isinstance(end, Response):
            return end
        if start >= end:
            return message_response(HTTPStatus.BAD_REQUEST, "'from' must be before 'to'.")
        limit = self.max_window_days
        if limit is not None and end - start > timedelta(days=limit):
            return message_response(
                HTTPStatus.BAD_REQUEST,
                f"The window from {format_instant(start)} to {format_instant(end)} is longer "
                f"than {limit} days; ask for shorter windows.",
            )
        sort_by = query.get("sort_by", "DATE").strip().upper()
        sort_dir = query.get("sort_dir", "DESC").strip().upper()
        if sort_by not in SORT_FIELDS:
            return message_response(
                HTTPStatus.BAD_REQUEST, f"sort_by must be one of {', '.join(SORT_FIELDS)}."
            )
        if sort_dir not in ("ASC", "DESC"):
            return message_response(HTTPStatus.BAD_REQUEST, "sort_dir must be ASC or DESC.")
        body = self.store.window(start, end, sort_by, sort_dir == "DESC")
        if not self.dialect.send_status:
            body = encode_array([_silent(item) for item in json.loads(body)])
        return Response(HTTPStatus.OK, body)

    def _item(self, uid: str, path: str) -> Response:
        item = self.store.get(uid)
        if item is None:
            return self._unknown_item(uid, path)
        return Response(HTTPStatus.OK, self._item_body(item))

    def _refund(self, uid: str, path: str) -> Response:
        item, refused = self.store.refund(uid, now_utc(), self.refund_limit)
        if item is None:
            return self._unknown_item(uid, path)
        if refused is not None:
            code, message = refused
            if not self.dialect.refusal_codes:
                return message_response(HTTPStatus.BAD_REQUEST, message)
            return message_response(REFUSAL_STATUS, message, code)
        if not self.dialect.refund_body:
            return Response(HTTPStatus.OK, b"")
        return Response(HTTPStatus.OK, self._item_body(item))

    def _item_body(self, item: dict[str, Any]) -> bytes:
        item = _with_customer(item)
        return encode(item if self.dialect.send_status else _silent(item))

    def _unknown_item(self, uid: str, path: str) -> Response:
        if self.dialect.spring_not_found:
            return spring_not_found(path, f"No activated item with uid {uid}.")
        return not_found_problem(uid)

    @staticmethod
    def _only(method: str, allowed: str) -> Response | None:
        if method == allowed:
            return None
        response = message_response(
            HTTPStatus.METHOD_NOT_ALLOWED, f"{method} is not allowed here; use {allowed}."
        )
        response.headers["Allow"] = allowed
        return response


_EXAMPLES = {
    INSTANT: "an ISO-8601 UTC instant such as 2026-10-01T00:00:00Z",
    DATE: "a date such as 2026-10-01",
}


def _bound(query: Mapping[str, str], name: str, form: str) -> datetime | Response:
    text = query.get(name)
    example = _EXAMPLES.get(form, f"{_EXAMPLES[INSTANT]} or {_EXAMPLES[DATE]}")
    if text is None or not text.strip():
        message = f"Query parameter '{name}' is required: {example}."
        return message_response(HTTPStatus.BAD_REQUEST, message)
    moment = None if form == DATE else parse_instant(text)
    if moment is None and form != INSTANT:
        moment = parse_date(text)
    if moment is None:
        return message_response(
            HTTPStatus.BAD_REQUEST, f"Query parameter '{name}' must be {example}, not {text!r}."
        )
    return moment


def _basic_credentials(authorization: str | None) -> tuple[str, str] | None:
    scheme, _, encoded = (authorization or "").strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, colon, password = decoded.partition(":")
    return (user, password) if colon else None


def encode_array(items: list[dict[str, Any]]) -> bytes:
    """A JSON array of items in the store's compact form."""
    return b"[" + b",".join(encode(item) for item in items) + b"]"


def _silent(item: dict[str, Any]) -> dict[str, Any]:
    # The seed documents show no status and no refundedAt: the server keeps them to itself.
    item.pop("status", None)
    item.pop("refundedAt", None)
    return item


def _with_customer(item: dict[str, Any]) -> dict[str, Any]:
    # The single-item answer always carries a customer object (null when there is none).
    item.setdefault("customer", None)
    return item
