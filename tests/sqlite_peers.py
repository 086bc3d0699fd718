"""Another process's connection to a cache file, for what one process leaves to the others."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_OPEN_READ_CLOSE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM items").fetchone()
conn.close()
"""


def open_and_close_elsewhere(path: Path) -> None:
    """Open the cache at `path` in another process, read it and close the connection: the
    last connection to close deletes the write-ahead log, unless another still holds it."""
    subprocess.run([sys.executable, "-c", _OPEN_READ_CLOSE, str(path)], check=True)
