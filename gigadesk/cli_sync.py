"""gigadesk-cli sync: the workspace's sync service, its progress on stderr."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import TYPE_CHECKING

from gigadesk.cli_base import EXIT_OK, CliError, clock_note, one_line, say
from gigadesk.services.workspace import FAILURES, FailureKind, failure_of
from gigadesk.services.workspace_script import ScriptWorkspace

if TYPE_CHECKING:
    from gigadesk.services.sync import SyncProgress

SKIPPED_SHOWN = 50  # a hostile answer can hold a million unreadable items: not a line each


def sync_command(args: argparse.Namespace, script: ScriptWorkspace) -> int:
    """Bring the cached history up to date, telling the progress on stderr."""
    # On a terminal the progress line is redrawn in place; in a log, one line per step.
    interactive = sys.stderr.isatty()

    months_done = 0
    drawn = 0  # the length of the line on the terminal, blanked when a shorter one follows

    def progress(p: SyncProgress) -> None:
        nonlocal months_done, drawn
        months_done = p.windows_done
        text = f"syncing: {p.windows_done}/{p.windows_total} months, {p.items_so_far} items"
        if p.waiting_seconds is not None:
            text = f"waiting {_seconds(p.waiting_seconds)} s: {_wait_reason(p.waiting_status)}"
        if interactive:
            print(f"\r{text:<{drawn}}", end="", file=sys.stderr, flush=True)
            drawn = len(text)
        else:
            print(text, file=sys.stderr, flush=True)

    async def run() -> int:
        async with script.connected() as workspace:
            assert workspace.sync is not None
            try:
                result = await workspace.sync.run(progress)
            except FAILURES as exc:
                if interactive:
                    print(file=sys.stderr)
                # What the server's answers brought stays in the cache; a local failure may not.
                local = failure_of(exc).kind is FailureKind.LOCAL
                kept = (
                    f"; the {months_done} month{'s' if months_done != 1 else ''} read before"
                    " are kept"
                    if months_done and not local
                    else ""
                )
                raise CliError(f"{one_line(exc)}{kept}") from None
        if interactive:
            print(file=sys.stderr)
        clock_note(workspace)
        for skipped in result.skipped[:SKIPPED_SHOWN]:
            say(f"skipped {skipped.uid or '(no uid)'}: {skipped.reason}")
        if len(result.skipped) > SKIPPED_SHOWN:
            say(f"skipped {len(result.skipped) - SKIPPED_SHOWN} more, not listed here")
        print(
            f"synced {result.items} items in {result.windows} months "
            f"in {result.seconds:.1f} s ({len(result.skipped)} skipped)"
        )
        return EXIT_OK

    return asyncio.run(run())


def _seconds(value: float) -> str:
    return f"{value:.0f}" if value >= 1 else f"{value:.1f}"


def _wait_reason(status: int | None) -> str:
    if status == 429:
        return "Gigastore asked to slow down"
    return f"Gigastore answered HTTP {status}; trying again"
