"""gigadesk-cli refund: the workspace's verdict first, then its refund service (the last gate),
each outcome told with its exit code."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from gigadesk.cli_base import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_OUTCOME_UNKNOWN,
    EXIT_REFUSED_BY_SERVER,
    EXIT_REFUSED_LOCALLY,
    CliError,
    clock_note,
    find,
    say,
)
from gigadesk.cli_journal import confirm_resend
from gigadesk.domain.items import ActivatedItem
from gigadesk.services.refunds import RefundOutcome, RefundResult
from gigadesk.services.workspace_script import ScriptWorkspace
from gigadesk.terminal import safe

EXIT_CODES = {
    RefundOutcome.REFUNDED: EXIT_OK,
    RefundOutcome.REFUSED_LOCALLY: EXIT_REFUSED_LOCALLY,
    RefundOutcome.REFUSED_BY_SERVER: EXIT_REFUSED_BY_SERVER,
    RefundOutcome.UNKNOWN: EXIT_OUTCOME_UNKNOWN,
}


def refund_command(args: argparse.Namespace, script: ScriptWorkspace) -> int:
    """Refund one package once the rules and the reseller allow it; settle an unknown one."""
    if script.offline:
        raise CliError("refunds need a connection; run without --offline")
    uid = args.uid
    cache = script.workspace.cache
    earlier = cache.open_refund(uid)
    item = find(script.workspace, uid) if earlier is None else cache.get(uid)

    async def run() -> RefundResult | int:
        async with script.connected() as workspace:
            await script.learn_server_clock()
            clock_note(workspace)
            service = workspace.refunds
            assert service is not None
            if earlier is None and item is not None:
                verdict = workspace.verdict(item)
                if not verdict.refundable:
                    for reason in verdict.reasons:
                        say(f"not refundable: {reason.message}")
                    return EXIT_REFUSED_LOCALLY
                if not args.yes and not _confirm(item):
                    say("cancelled: nothing was sent")
                    return EXIT_ERROR
                return await service.refund(uid)
            # An earlier attempt has no known outcome: the service reads the package back and
            # settles it, or says what it found; only the reseller's explicit word resends.
            result = await service.refund(uid)
            if result.resendable and args.resend_unknown:
                say(f"gigadesk-cli: {result.message}")
                if not args.yes and not confirm_resend(result):
                    say("cancelled: nothing was sent")
                    return EXIT_OUTCOME_UNKNOWN
                result = await service.refund(uid, resend_unknown=True)
            return result

    try:
        result = asyncio.run(run())
    except KeyboardInterrupt:
        attempt = cache.open_refund(uid)
        if attempt is None or attempt.pid != os.getpid():
            raise
        # Stopped after this process journalled the attempt: it may have left.
        say(
            "gigadesk-cli: interrupted while the refund was under way: its outcome is unknown. "
            f"'gigadesk-cli refund {uid} --yes' reads it back (it sends nothing while the "
            "outcome is unknown)."
        )
        return EXIT_OUTCOME_UNKNOWN
    if isinstance(result, int):
        return result
    _tell(result, uid, args.resend_unknown)
    return EXIT_CODES[result.outcome]


def _tell(result: RefundResult, uid: str, resend_asked: bool) -> None:
    """The outcome: a refund on stdout, anything else on stderr with what may settle it."""
    if result.outcome is RefundOutcome.REFUNDED:
        print(safe(result.message))
        return
    say(f"gigadesk-cli: {result.message}")
    if result.outcome is not RefundOutcome.UNKNOWN:
        return
    say(
        f"gigadesk-cli: 'gigadesk-cli refund {uid} --yes' reads it back again and sends "
        "nothing while the outcome is unknown."
    )
    if result.resendable and not resend_asked:
        say(f"gigadesk-cli: to send it again anyway: gigadesk-cli refund {uid} --resend-unknown")


def _confirm(item: ActivatedItem) -> bool:
    credits = f" {item.purchase_price} in credits come back." if item.purchase_price else ""
    question = f"Refund {item.name} (Purchase ID {item.uid})?{credits} [y/N] "
    print(safe(question), end="", flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")
