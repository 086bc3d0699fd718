"""The app's log file: rotated, in the data folder's log directory; it never holds a secret."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from gigadesk import logs

LOG_FILE = logs.LOG_FILE

log = logging.getLogger(__name__)


class LogFile:
    """Points the `gigadesk` loggers at one file at a time (the folder changes with the demo)."""

    def __init__(self) -> None:
        self.handler: RotatingFileHandler | None = None

    def use(self, folder: Path | None) -> None:
        """Log to `folder`/gigadesk.log from now on; None stops logging to a file."""
        root = logging.getLogger("gigadesk")
        path = folder / LOG_FILE if folder is not None else None
        if self.handler is not None:
            if path is not None and Path(self.handler.baseFilename) == path:
                return
            root.removeHandler(self.handler)
            self.handler.close()
            self.handler = None
        if path is None:
            return
        try:
            # Rotating, and redacting: a secret or token never reaches the file.
            handler = logs.rotating_handler(path.parent)
        except OSError as exc:
            log.warning("no log file: %s", exc)
            return
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        self.handler = handler
