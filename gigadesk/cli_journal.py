"""gigadesk-cli's side of the refund journal: the start-up note, `journal`, the resend question."""

from __future__ import annotations

import argparse
import sys

from gigadesk.services.refund_attempts import ago, unsettled_notice
from gigadesk.services.refunds import RefundResult
from gigadesk.services.workspace import AccountWorkspace
from gigadesk.services.workspace_script import ScriptWorkspace
from gigadesk.terminal import safe


def unsettled_note(workspace: AccountWorkspace) -> None:
    """Tell at every start about refunds whose outcome nobody knows (a lost answer, a crash)."""
    now = workspace.clock()
    attempts = workspace.cache.unsettled_refunds(now)
    notice = unsettled_notice(attempts, now)
    if notice is None:
        return
    first = attempts[0].uid
    text = (
        f"note: {notice} 'gigadesk-cli refund {first} --yes' reads it back and settles it "
        "(it sends nothing while the outcome is unknown); 'gigadesk-cli journal' lists them."
    )
    print(safe(text), file=sys.stderr)


def confirm_resend(result: RefundResult) -> bool:
    """Ask before sending again a refund whose first answer was lost."""
    attempt = result.attempt
    sent = "" if attempt is None else f" (first sent {attempt.sent_at:%Y-%m-%d %H:%M} UTC)"
    print(
        safe(
            f"Send the refund of {result.uid} again{sent}? If the first request went through, "
            "Gigastore may refund it twice or refuse it. [y/N] "
        ),
        end="",
        flush=True,
    )
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def journal_command(args: argparse.Namespace, script: ScriptWorkspace) -> int:
    """List the refund attempts whose outcome is unknown (or, with --all, every one)."""
    cache = script.workspace.cache
    now = script.workspace.clock()
    if args.all:
        for entry in cache.journal():
            line = f"{entry.at:%Y-%m-%d %H:%M:%S}  {entry.uid}  {entry.outcome}  {entry.message}"
            print(safe(line))
        return 0
    attempts = cache.unsettled_refunds(now)
    if not attempts:
        print("every refund attempt has a known outcome")
        return 0
    print(safe(unsettled_notice(attempts, now)))
    for attempt in attempts:
        sends = f", sent {attempt.sends} times" if attempt.sends > 1 else ""
        print(
            safe(
                f"{attempt.uid}  {attempt.outcome}  first sent {attempt.at:%Y-%m-%d %H:%M:%S} UTC"
                f" ({ago(attempt.sent_at, now)}) by process {attempt.pid}{sends}: {attempt.message}"
            )
        )
    print(
        "Settle one with 'gigadesk-cli refund UID --yes' (reads it back; sends nothing while "
        "the outcome is unknown) or, if it still shows unrefunded, 'gigadesk-cli refund UID "
        "--resend-unknown'."
    )
    return 0
