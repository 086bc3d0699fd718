"""What the demo sandbox keeps between starts: when its history was made, and its refunds."""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)

STATE_VERSION = 1


class DemoState:
    """A small JSON file beside the demo's cache: the instant the history was generated at (so
    sale times stay put) and every refund made, replayed at the next start."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self.created: datetime | None = None
        self.refunds: dict[str, str] = {}  # uid -> refundedAt (ISO, UTC)
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            created = datetime.fromisoformat(data["created"]).astimezone(UTC)
            refunds = {str(uid): str(when) for uid, when in dict(data["refunds"]).items()}
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
            # A damaged file only costs the demo its history: it starts over, and says so.
            log.warning("the demo's saved state could not be read (%s); starting over", exc)
            return
        self.created, self.refunds = created, refunds

    def start(self, now: datetime) -> datetime:
        """The instant the demo history is generated at: the first start's, kept ever after."""
        if self.created is None:
            self.created = now.astimezone(UTC)
            self._save()
        return self.created

    def record_refund(self, uid: str, when: datetime) -> None:
        """Remember a refund the sandbox carried out (called from its request threads)."""
        with self._lock:
            self.refunds[uid] = when.astimezone(UTC).isoformat()
            self._save()

    def refund_times(self) -> list[tuple[str, datetime]]:
        """The refunds to replay, oldest first."""
        found = [(uid, datetime.fromisoformat(when)) for uid, when in self.refunds.items()]
        return sorted(found, key=lambda pair: pair[1])

    def _save(self) -> None:
        data = {
            "version": STATE_VERSION,
            "created": self.created.isoformat() if self.created else None,
            "refunds": self.refunds,
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".demo-state.", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.path)
        except OSError as exc:
            log.warning("the demo's state could not be saved: %s", exc)
