"""Typed settings in a readable JSON file; a broken file is kept aside, never deleted."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from gigadesk.store.atomic import write_atomic
from gigadesk.store.paths import AppPaths

PRODUCTION_URL = "https://api.giga.store"


class SettingsError(Exception):
    """The settings could not be saved; the message says why."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user chose. Never holds a secret: that lives with SecretStore."""

    base_url: str = PRODUCTION_URL
    monthly_refund_limit: int | None = None  # None: the limit is unknown
    refresh_minutes: int = 15
    client_id: str = ""
    secret_in_file: bool = False  # the user chose a private file where no keychain exists
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    splitter_state: str = ""  # base64 of QSplitter.saveState()
    language: str = ""  # "" follows the system
    history_view: str = ""  # JSON of the history's search, filter, sort and columns (ui)
    # A hostile or broken server can neither hang nor flood: the seconds one request may
    # take (all its attempts together) and the size of the largest answer read.
    request_deadline_seconds: int = 300
    max_answer_megabytes: int = 256


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)  # JSON true is not 1


def _text(value: object) -> str | None:
    return None if isinstance(value, str) else "expected text"


def _url(value: object) -> str | None:
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return None
    return "expected an address starting with https:// or http://"


def _limit(value: object) -> str | None:
    if value is None or (_whole(value) and isinstance(value, int) and value >= 0):
        return None
    return "expected a whole number of refunds (0 or more) or null"


def _minutes(value: object) -> str | None:
    if _whole(value) and isinstance(value, int) and value >= 1:
        return None
    return "expected a whole number of minutes (1 or more)"


def _bounded(low: int, high: int, what: str) -> Callable[[object], str | None]:
    def check(value: object) -> str | None:
        if _whole(value) and isinstance(value, int) and low <= value <= high:
            return None
        return f"expected a whole number of {what} from {low} to {high}"

    return check


def _flag(value: object) -> str | None:
    return None if isinstance(value, bool) else "expected true or false"


_CHECKS: Mapping[str, Callable[[object], str | None]] = {
    "base_url": _url,
    "monthly_refund_limit": _limit,
    "refresh_minutes": _minutes,
    "client_id": _text,
    "secret_in_file": _flag,
    "window_geometry": _text,
    "splitter_state": _text,
    "language": _text,
    "history_view": _text,
    "request_deadline_seconds": _bounded(1, 3600, "seconds"),
    "max_answer_megabytes": _bounded(1, 4096, "megabytes"),
}
assert set(_CHECKS) == {f.name for f in fields(Settings)}, "every setting needs a check"


def load_settings(paths: AppPaths, *, peek: bool = False) -> tuple[Settings, str | None]:
    """The settings, and a notice for the user when a broken file was set aside.

    A missing file gives the defaults. An unreadable or damaged file is renamed to
    `settings.json.bad` (or `.bad.1`, ...) and the defaults are used. Single fields of the
    wrong type fall back to their defaults; the rest is kept, the original is set aside
    and the repaired settings are written. Unknown keys are ignored. With `peek` nothing is
    renamed or written and no notice is given (a look before the session starts, which
    then sets the damage aside and tells it).
    """
    path = paths.settings_file
    try:
        document = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return Settings(), None
    except (OSError, ValueError, RecursionError) as exc:
        # ValueError: not UTF-8, not JSON, or a number with more digits than Python reads;
        # RecursionError: nested deeper than the decoder goes.
        return Settings(), None if peek else _damaged(path, _why(exc))
    if not isinstance(document, dict):
        return Settings(), None if peek else _damaged(path, "it does not hold a JSON object")

    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, check in _CHECKS.items():
        if name in document:
            problem = check(document[name])
            if problem is None:
                values[name] = document[name]
            else:
                problems.append(f"{name} ({problem})")
    settings = Settings(**values)
    if not problems or peek:
        return settings, None
    kept = _set_aside(path)
    if kept is not None:
        # If this fails the settings still hold for this session; the notice says where the
        # original went, and the next start reads the defaults.
        with contextlib.suppress(SettingsError):
            save_settings(paths, settings)
    return settings, (
        "Some settings were not valid and were reset to their defaults: "
        f"{'; '.join(problems)}. {_kept_sentence(path, kept)}"
    )


def save_settings(paths: AppPaths, settings: Settings) -> None:
    """Write the settings atomically as pretty JSON; SettingsError when it cannot."""
    path = paths.settings_file
    text = json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        raise SettingsError(f"The settings could not be saved to {path}: {_why(exc)}.") from exc


def _why(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
    if isinstance(exc, UnicodeDecodeError):
        return "it is not UTF-8 text"
    if isinstance(exc, RecursionError):
        return "it is nested too deeply"
    if isinstance(exc, ValueError):
        return "it holds a number too long to read"
    if isinstance(exc, OSError):
        return (exc.strerror or str(exc)).lower()
    return str(exc)


def _damaged(path: Path, reason: str) -> str:
    kept = _set_aside(path)
    return (
        f"Your settings file could not be read ({reason}), so GigaDesk started with the "
        f"default settings. {_kept_sentence(path, kept)}"
    )


def _kept_sentence(path: Path, kept: Path | None) -> str:
    if kept is None:
        return f"The file {path} could not be set aside and was left as it was."
    return f"The original file was kept as {kept}."


def _set_aside(path: Path) -> Path | None:
    """Rename `path` to the first free `.bad`, `.bad.1`, ... name; None when it cannot."""
    target = path.with_name(path.name + ".bad")
    number = 0
    while target.exists() or target.is_symlink():
        number += 1
        target = path.with_name(f"{path.name}.bad.{number}")
    try:
        os.rename(path, target)
    except OSError:
        return None
    return target
