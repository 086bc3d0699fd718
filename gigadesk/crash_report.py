"""A redacted, copyable report of an unexpected failure, written into the log folder."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

from gigadesk import __version__, logs
from gigadesk.store.atomic import write_atomic

log = logging.getLogger(__name__)

REPORT_PREFIX = "crash-"
MAX_REPORTS = 20  # older reports are removed so the folder cannot fill up


def build(error: BaseException, context: str = "") -> str:
    """The report: what failed, where, and on which system; secrets and tokens masked."""
    stack = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    lines = [
        f"GigaDesk {__version__} - unexpected error",
        f"Time: {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"Python {platform.python_version()} on {platform.platform()}",
    ]
    if context:
        lines.append(f"Context: {context}")
    lines += ["", stack.rstrip()]
    return logs.redact("\n".join(lines)) + "\n"


def write(folder: Path, report: str) -> Path | None:
    """Save `report` as crash-<UTC time>.txt in `folder`; None when that is impossible."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / f"{REPORT_PREFIX}{stamp}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(path, logs.redact(report).encode("utf-8"), mode=0o600)
    except OSError as exc:
        log.warning("the crash report could not be saved in %s: %s", folder, exc)
        return None
    _prune(folder)
    return path


def _prune(folder: Path) -> None:
    reports = sorted(folder.glob(f"{REPORT_PREFIX}*.txt"))
    for old in reports[:-MAX_REPORTS]:
        try:
            old.unlink()
        except OSError:
            continue


def excepthook_text(kind: type[BaseException], error: BaseException) -> str:
    """One line for stderr when there is no window to show the report in."""
    return logs.redact(f"{kind.__name__}: {error}")


def stderr_line(text: str) -> None:
    """Print to stderr when there is one (a windowed build on Windows has none)."""
    if sys.stderr is not None:
        print(text, file=sys.stderr, flush=True)
