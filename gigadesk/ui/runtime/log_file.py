"""The app's log file: rotated, in the data folder's log directory; it never holds a secret."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

# gigadesk.logs (and logging.handlers, socket, pickle behind it) is imported only when the file
# is opened: until the window's first paint, records wait in memory (see LogFile.hold).
LOG_FILE = "gigadesk.log"  # the name gigadesk.logs gives the file
MAX_HELD = 1000  # records kept while the file waits; later ones are dropped

log = logging.getLogger(__name__)


class _Held(logging.Handler):
    """Keeps records in memory until the log file is opened."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < MAX_HELD:
            self.records.append(record)


class LogFile:
    """Points the `gigadesk` loggers at one file at a time (the folder changes with the demo)."""

    def __init__(self) -> None:
        self.handler: RotatingFileHandler | None = None
        self._held: _Held | None = None
        self._folder: Path | None = None

    def hold(self) -> None:
        """Keep records in memory rather than open the file, until `release` (start-up)."""
        if self._held is None:
            self._held = _Held()
            root = logging.getLogger("gigadesk")
            root.addHandler(self._held)
            root.setLevel(logging.INFO)

    def release(self) -> None:
        """Open the file `use` asked for and write the records held until now."""
        held, self._held = self._held, None
        if held is None:
            return
        logging.getLogger("gigadesk").removeHandler(held)
        self._open(self._folder)
        if self.handler is not None:
            for record in held.records:
                self.handler.handle(record)

    def use(self, folder: Path | None) -> None:
        """Log to `folder`/gigadesk.log from now on; None stops logging to a file."""
        self._folder = folder
        if folder is None and self._held is not None:
            logging.getLogger("gigadesk").removeHandler(self._held)  # the end: nothing to keep
            self._held = None
        if self._held is None:
            self._open(folder)

    def _open(self, folder: Path | None) -> None:
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
        from gigadesk import logs

        try:
            # Rotating, and redacting: a secret or token never reaches the file.
            handler = logs.rotating_handler(path.parent)
        except OSError as exc:
            log.warning("no log file: %s", exc)
            return
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        self.handler = handler
