"""gigadesk-cli: sync, list, show, refund and export from the command line, no Qt."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from gigadesk import __version__, logs
from gigadesk.api.errors import ApiError
from gigadesk.cli_journal import confirm_resend, journal_command, unsettled_note
from gigadesk.cli_output import JsonSafeWriter, item_lines, safe_lines, write_table
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.services.export import (
    EXPORT_FORMATS,
    export_file,
    item_record,
    iter_query,
    write_csv,
    write_json,
)
from gigadesk.services.refunds import RefundOutcome, RefundResult, RefundService
from gigadesk.services.session import Session, SessionError, SessionOptions
from gigadesk.services.sync import SyncProgress, SyncService
from gigadesk.store.cache import Cache, CacheError
from gigadesk.store.paths import PathsError
from gigadesk.store.query import HistoryQuery, QuickFilter
from gigadesk.store.settings import SettingsError
from gigadesk.terminal import json_safe, safe

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REFUSED_LOCALLY = 3
EXIT_REFUSED_BY_SERVER = 4
EXIT_OUTCOME_UNKNOWN = 5
SKIPPED_SHOWN = 50  # a hostile answer can hold a million unreadable items: not a line each


class CliError(Exception):
    """A failure to report as one line on stderr with an exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with the global options and every command."""
    parser = argparse.ArgumentParser(
        prog="gigadesk-cli", description="GigaDesk for scripts: the sales history and refunds."
    )
    parser.add_argument("--version", action="version", version=f"gigadesk-cli {__version__}")
    parser.add_argument("--data-dir", type=Path, help="keep the cache, settings and logs here")
    parser.add_argument("--base-url", help="the Gigastore API address (overrides the setting)")
    parser.add_argument(
        "--refund-limit",
        type=_limit,
        default=argparse.SUPPRESS,
        help="monthly refund limit (a number, or 'unknown'); overrides the setting",
    )
    parser.add_argument("--offline", action="store_true", help="never touch the network")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser("sync", help="bring the cached history up to date")

    listing = commands.add_parser("list", help="list cached items (works offline)")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    listing.add_argument("--search", default="", help="part of a name, Purchase ID, ICCID, ...")
    listing.add_argument("--status", type=_status, help="PURCHASED, ACTIVATED or REFUNDED")
    listing.add_argument("--refundable", action="store_true", help="only refundable now")

    show = commands.add_parser("show", help="one item with its refund verdict (works offline)")
    show.add_argument("uid")
    show.add_argument("--json", action="store_true")

    refund = commands.add_parser("refund", help="refund one package")
    refund.add_argument("uid")
    refund.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    refund.add_argument(
        "--resend-unknown",
        action="store_true",
        help="send again an earlier refund of this package whose outcome stayed unknown "
        "(only after a read-back still shows it unrefunded; asks unless --yes)",
    )

    journal = commands.add_parser(
        "journal", help="refund attempts whose outcome is unknown (works offline)"
    )
    journal.add_argument("--all", action="store_true", help="every recorded refund attempt")

    commands.add_parser(
        "doctor",
        help="check the connection and learn what the server speaks (never refunds anything)",
    )

    export = commands.add_parser("export", help="write the cached history to a file")
    export.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    export.add_argument("--output", type=Path, required=True)
    return parser


def _limit(text: str) -> int | None:
    if text.strip().lower() in ("unknown", "none"):
        return None
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a whole number or 'unknown'") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the limit cannot be negative")
    return value


def _status(text: str) -> Status:
    status = Status.parse(text)
    if status is Status.UNKNOWN:
        raise argparse.ArgumentTypeError("expected PURCHASED, ACTIVATED or REFUNDED")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit code says how it went."""
    args = build_parser().parse_args(argv)
    options = SessionOptions(
        data_dir=args.data_dir,
        base_url=args.base_url,
        refund_limit=getattr(args, "refund_limit", None),
        refund_limit_given=hasattr(args, "refund_limit"),
        offline=args.offline,
    )
    log_file = None
    try:
        session = Session.start(options)
        log_file = logs.log_to(session.paths.log_dir)  # rotating and redacted
        with session.open_cache() as cache:
            for notice in session.notices:
                _note(notice)
            if args.command != "journal":
                unsettled_note(session, cache)
            return _dispatch(args, session, cache)
    except CliError as exc:
        _say(f"gigadesk-cli: {exc}")
        return exc.code
    except BrokenPipeError:
        # The reader went away (`gigadesk-cli list | head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (SessionError, CacheError, ApiError, PathsError, SettingsError, OSError) as exc:
        _say(f"gigadesk-cli: {_one_line(exc)}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _say("gigadesk-cli: interrupted")
        return 130
    except Exception as exc:
        # A bug or a case nobody foresaw: one line here, the traceback in the log file.
        log.exception("gigadesk-cli failed")
        where = "the log folder" if log_file is None else "the log file"
        _say(
            f"gigadesk-cli: unexpected error ({type(exc).__name__}: {_one_line(exc)}); see {where}"
        )
        return EXIT_ERROR
    finally:
        logs.stop_logging_to(log_file)


def _say(text: str) -> None:
    """One line on stderr; server text in it is shown escaped, never obeyed."""
    print(safe(text), file=sys.stderr)


def _note(text: str) -> None:
    _say(f"note: {text}")


def _clock_note(session: Session) -> None:
    notice = session.clock.notice()
    if notice:
        _note(notice)


def _one_line(exc: BaseException) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(text).split())


def _dispatch(args: argparse.Namespace, session: Session, cache: Cache) -> int:
    handlers: dict[str, Callable[[argparse.Namespace, Session, Cache], int]] = {
        "sync": _sync,
        "list": _list,
        "show": _show,
        "refund": _refund,
        "journal": journal_command,
        "export": _export,
        "doctor": _doctor,
    }
    return handlers[args.command](args, session, cache)


def _sync(args: argparse.Namespace, session: Session, cache: Cache) -> int:
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
        async with session.client() as client:
            try:
                result = await SyncService(client, session.paths.cache_file).run(progress)
            except ApiError as exc:
                if interactive:
                    print(file=sys.stderr)
                kept = (
                    f"; the {months_done} month{'s' if months_done != 1 else ''} read before"
                    " are kept"
                    if months_done
                    else ""
                )
                raise CliError(f"{_one_line(exc)}{kept}") from None
        if interactive:
            print(file=sys.stderr)
        _clock_note(session)
        for skipped in result.skipped[:SKIPPED_SHOWN]:
            _say(f"skipped {skipped.uid or '(no uid)'}: {skipped.reason}")
        if len(result.skipped) > SKIPPED_SHOWN:
            _say(f"skipped {len(result.skipped) - SKIPPED_SHOWN} more, not listed here")
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


def _records(session: Session, cache: Cache, query: HistoryQuery) -> Iterator[dict[str, Any]]:
    judge = session.judge(cache)
    return (item_record(item, judge(item)) for item in iter_query(cache, query))


def _list(args: argparse.Namespace, session: Session, cache: Cache) -> int:
    query = session.query(
        cache,
        search=args.search,
        status=args.status,
        quick_filter=QuickFilter.REFUNDABLE if args.refundable else QuickFilter.ALL,
    )
    records = _records(session, cache, query)
    if args.format == "csv":
        write_csv(records, sys.stdout)
    elif args.format == "json":
        write_json(records, JsonSafeWriter(sys.stdout))
    else:
        write_table(records, sys.stdout)
    return EXIT_OK


def _find(session: Session, cache: Cache, uid: str) -> ActivatedItem:
    item = cache.get(uid)
    if item is None:
        raise CliError(f"no item {uid} in the cache; run 'gigadesk-cli sync' first")
    return item


def _show(args: argparse.Namespace, session: Session, cache: Cache) -> int:
    item = _find(session, cache, args.uid)
    record = item_record(item, session.judge(cache)(item))
    if args.json:
        print(json_safe(json.dumps(record, indent=2, ensure_ascii=False)))
        return EXIT_OK
    for line in item_lines(record):
        print(line)
    return EXIT_OK


def _refund(args: argparse.Namespace, session: Session, cache: Cache) -> int:
    if session.offline:
        raise CliError("refunds need a connection; run without --offline")
    uid = args.uid
    earlier = cache.open_refund(uid)
    item = _find(session, cache, uid) if earlier is None else cache.get(uid)

    async def run() -> RefundResult | int:
        async with session.client() as client:
            # The token is needed anyway; its answer tells the server's clock, by which the
            # rules are judged when ours is off. A failure shows again at the refund itself.
            with contextlib.suppress(ApiError):
                await client.authenticate()
            _clock_note(session)
            service = RefundService(client, cache, session.refund_limit)
            if earlier is None and item is not None:
                verdict = session.judge(cache)(item)
                if not verdict.refundable:
                    for reason in verdict.reasons:
                        _say(f"not refundable: {reason.message}")
                    return EXIT_REFUSED_LOCALLY
                if not args.yes and not _confirm(item):
                    _say("cancelled: nothing was sent")
                    return EXIT_ERROR
                return await service.refund(uid)
            # An earlier attempt has no known outcome: the service reads the package back and
            # settles it, or says what it found; only the reseller's explicit word resends.
            result = await service.refund(uid)
            if result.resendable and args.resend_unknown:
                _say(f"gigadesk-cli: {result.message}")
                if not args.yes and not confirm_resend(result):
                    _say("cancelled: nothing was sent")
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
        _say(
            "gigadesk-cli: interrupted while the refund was under way: its outcome is unknown. "
            f"'gigadesk-cli refund {uid} --yes' reads it back (it sends nothing while the "
            "outcome is unknown)."
        )
        return EXIT_OUTCOME_UNKNOWN
    if isinstance(result, int):
        return result
    if result.outcome is RefundOutcome.REFUNDED:
        print(safe(result.message))
        return EXIT_OK
    _say(f"gigadesk-cli: {result.message}")
    if result.outcome is RefundOutcome.UNKNOWN:
        _say(
            f"gigadesk-cli: 'gigadesk-cli refund {uid} --yes' reads it back again and sends "
            "nothing while the outcome is unknown."
        )
        if result.resendable and not args.resend_unknown:
            _say(
                f"gigadesk-cli: to send it again anyway: gigadesk-cli refund {uid} --resend-unknown"
            )
    return {
        RefundOutcome.REFUSED_LOCALLY: EXIT_REFUSED_LOCALLY,
        RefundOutcome.REFUSED_BY_SERVER: EXIT_REFUSED_BY_SERVER,
        RefundOutcome.UNKNOWN: EXIT_OUTCOME_UNKNOWN,
    }[result.outcome]


def _doctor(args: argparse.Namespace, session: Session, cache: Cache) -> int:
    from gigadesk.services.doctor import check_connection

    async def run() -> int:
        keeper = session.server_profile()
        async with session.client() as client:
            report = await check_connection(client, keeper)
        print(safe_lines(report.text()), end="")
        return EXIT_OK if report.healthy else EXIT_ERROR

    return asyncio.run(run())


def _confirm(item: ActivatedItem) -> bool:
    credits = f" {item.purchase_price} in credits come back." if item.purchase_price else ""
    question = f"Refund {item.name} (Purchase ID {item.uid})?{credits} [y/N] "
    print(safe(question), end="", flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")


def _export(args: argparse.Namespace, session: Session, cache: Cache) -> int:
    query = HistoryQuery()
    count = export_file(_records(session, cache, query), args.output, args.format)
    _say(f"exported {count} items to {args.output}")
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
