"""The rotating log file and the redaction that keeps secrets and tokens out of every text."""

from __future__ import annotations

import logging
import re
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "gigadesk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MASK = "***"
MIN_HIDDEN = 4  # shorter strings would mask ordinary words

# Credentials by their shape, for texts that carry one this process never registered
# (an exception of a library, a server echoing a header back).
_PATTERNS = (
    re.compile(r"(?i)\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=-]{4,}"),
    re.compile(
        r"(?i)([\"']?(?:access_?token|client_?secret|secret|password|authorization)[\"']?"
        r"\s*[:=]\s*[\"']?)[^\s\"',}]+"
    ),
)

_lock = threading.Lock()
_hidden: set[str] = set()


def hide(*texts: str | None) -> None:
    """Remember `texts` (a secret, a token) so that `redact` masks them from now on."""
    with _lock:
        _hidden.update(text for text in texts if text and len(text) >= MIN_HIDDEN)


def redact(text: str) -> str:
    """`text` with every remembered secret and anything shaped like a credential masked."""
    with _lock:
        hidden = sorted(_hidden, key=len, reverse=True)  # longest first: no partial leftovers
    for secret in hidden:
        if secret in text:
            text = text.replace(secret, MASK)
    text = _PATTERNS[0].sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    return _PATTERNS[1].sub(lambda m: f"{m.group(1)}{MASK}", text)


class RedactingFilter(logging.Filter):
    """Masks secrets in a record's message and traceback before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg, record.args = redact(message), None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class QuietRotatingFileHandler(RotatingFileHandler):
    """A rotating log file whose write failures (a full disk) drop the line silently: the
    standard handler would print a traceback into the user's terminal instead."""

    def handleError(self, record: logging.LogRecord) -> None:
        """Lose this line; the program goes on."""


def rotating_handler(folder: Path) -> RotatingFileHandler:
    """A redacting, rotating handler for `folder`/gigadesk.log (OSError when it cannot open)."""
    handler = QuietRotatingFileHandler(
        folder / LOG_FILE, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter())
    return handler


def log_to(folder: Path, level: int = logging.INFO) -> RotatingFileHandler | None:
    """Send the `gigadesk` loggers to `folder`'s rotating log; None (and a warning) if not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = rotating_handler(folder)
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file in %s: %s", folder, exc)
        return None
    root = logging.getLogger("gigadesk")
    root.addHandler(handler)
    root.setLevel(min(level, root.level) if root.level else level)
    return handler


def stop_logging_to(handler: RotatingFileHandler | None) -> None:
    """Detach and close a handler made by `log_to`."""
    if handler is not None:
        logging.getLogger("gigadesk").removeHandler(handler)
        handler.close()
