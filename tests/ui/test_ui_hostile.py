"""The window against a hostile or busy server: waits told in the status bar."""

from __future__ import annotations

import pytest
from window_rig import WindowRig

from gigadesk.services.sync import SyncProgress

# The offscreen platform says so when a layout grows (here: the longer progress text).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
ITEMS = "/gigastore/activations/activated-items"


def test_a_429_storm_shows_how_long_the_sync_waits(rig: WindowRig) -> None:
    rig.sandbox.faults.fail_next(1, 429, retry_after=0.05, path_contains=ITEMS)
    window = rig.window()
    seen: list[tuple[SyncProgress, str]] = []
    # Connected after the window's own slot, so the status bar has already taken it in.
    window.sync_flow.progress.connect(
        lambda progress: seen.append((progress, window.status.progress.format()))
    )
    window.start_sync()
    rig.loop.run_until_complete(window.sync_flow.wait())
    rig.settle(window)
    assert window.sync_flow.last_error is None
    waits = [(p, text) for p, text in seen if p.waiting_seconds is not None]
    assert [(p.waiting_status, text) for p, text in waits] == [
        (429, "Waiting 1 s: Gigastore asked to slow down")
    ]
    assert seen[-1][1].startswith("Syncing")  # the next step replaces it
