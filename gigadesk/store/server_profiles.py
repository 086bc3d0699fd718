"""What GigaDesk learned of each server it talked to, kept per base URL beside the settings."""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from gigadesk.store.atomic import write_atomic
from gigadesk.store.paths import AppPaths

PROFILES_FILE = "server_profiles.json"


@dataclass(frozen=True, slots=True)
class ServerProfile:
    """The answers one server gave to the contract's open points (None: not learned yet).

    Never holds a secret, a token or customer data: only what the server speaks.
    """

    base_url: str
    refund_prefix: str | None = None  # "" (documented route) or "/gigastore"
    refund_route_source: str = ""  # "refund" (a refund used it) or "probe" (GET said 405)
    date_format: str | None = None  # "instant" or "date"
    max_window_days: int | None = None  # the longest window that worked after a refusal
    month_window_works: bool | None = None  # a calendar month was taken whole
    version: str | None = None
    token_lifetime: int | None = None  # seconds
    field_shares: dict[str, float] = field(default_factory=dict)  # share of items with a field
    items_seen: int = 0
    checked_at: str = ""  # when the doctor last looked (ISO UTC)

    def learned_anything(self) -> bool:
        """True when any open point has an answer."""
        blank = ServerProfile(self.base_url)
        return any(getattr(self, f.name) != getattr(blank, f.name) for f in fields(self))


def _key(base_url: str) -> str:
    return base_url.strip().rstrip("/").lower()


def _path(paths: AppPaths) -> Path:
    return paths.config_dir / PROFILES_FILE


def _read(paths: AppPaths) -> dict[str, Any]:
    try:
        document = json.loads(_path(paths).read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        # Missing or damaged (also nested too deeply, or a number too long to read):
        return {}  # everything is learned again, safely
    return document if isinstance(document, dict) else {}


def load_profile(paths: AppPaths, base_url: str) -> ServerProfile:
    """The profile of `base_url` (blank when nothing was learned or the file is damaged)."""
    entry = _read(paths).get(_key(base_url))
    profile = ServerProfile(base_url.strip().rstrip("/"))
    if not isinstance(entry, dict):
        return profile
    checked = {}
    for item in fields(ServerProfile):
        if item.name == "base_url" or item.name not in entry:
            continue
        value = entry[item.name]
        if _valid(item.name, value):
            checked[item.name] = value
    return replace(profile, **checked)


def _valid(name: str, value: object) -> bool:
    if name == "refund_prefix":
        return value in (None, "", "/gigastore")
    if name == "date_format":
        return value in (None, "instant", "date")
    if name in ("max_window_days", "token_lifetime"):
        return value is None or (type(value) is int and value > 0)
    if name == "month_window_works":
        return value is None or isinstance(value, bool)
    if name == "items_seen":
        return type(value) is int and value >= 0
    if name == "field_shares":
        return isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, int | float) for k, v in value.items()
        )
    return value is None or isinstance(value, str)


def save_profile(paths: AppPaths, profile: ServerProfile) -> None:
    """Remember `profile` for its base URL (atomically; a failure to write is not fatal:
    the facts are learned again next time)."""
    document = _read(paths)
    document[_key(profile.base_url)] = asdict(profile)
    _write(paths, document)


def forget_profile(paths: AppPaths, base_url: str) -> None:
    """Forget what was learned of `base_url`."""
    document = _read(paths)
    if document.pop(_key(base_url), None) is not None:
        _write(paths, document)


def _write(paths: AppPaths, document: dict[str, Any]) -> None:
    text = json.dumps(document, indent=2, sort_keys=True) + "\n"
    with contextlib.suppress(OSError):
        _path(paths).parent.mkdir(parents=True, exist_ok=True)
        write_atomic(_path(paths), text.encode("utf-8"))
