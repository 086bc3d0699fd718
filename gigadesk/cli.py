"""gigadesk-cli: sync, list, show, refund and export from the command line, no Qt. Every
command acts through the account workspace the window uses (services.workspace_script)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from gigadesk import __version__, logs
from gigadesk.cli_base import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    CliError,
    Command,
    find,
    note,
    one_line,
    say,
)
from gigadesk.cli_journal import journal_command, unsettled_note
from gigadesk.cli_output import JsonSafeWriter, item_lines, safe_lines, write_table
from gigadesk.cli_refund import refund_command
from gigadesk.cli_sync import sync_command
from gigadesk.domain.eligibility import Verdict
from gigadesk.domain.items import ActivatedItem, Status
from gigadesk.services.export import (
    EXPORT_FORMATS,
    export_file,
    item_record,
    iter_query,
    write_csv,
    write_json,
)
from gigadesk.services.session import Session, SessionOptions
from gigadesk.services.workspace import FAILURES, AccountWorkspace
from gigadesk.services.workspace_open import OPEN_FAILURES
from gigadesk.services.workspace_script import ScriptWorkspace, open_script_workspace
from gigadesk.store.query import HistoryQuery, QuickFilter
from gigadesk.terminal import json_safe

log = logging.getLogger(__name__)

# What a command may fail with and still be told in one line (anything else is a bug).
ERRORS: tuple[type[Exception], ...] = (*OPEN_FAILURES, *FAILURES)


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
    log_file: RotatingFileHandler | None = None

    def log_to(session: Session) -> None:
        nonlocal log_file
        log_file = logs.log_to(session.paths.log_dir)  # rotating and redacted

    try:
        with open_script_workspace(options, on_session=log_to) as script:
            for notice in script.workspace.notices:
                note(notice)
            if args.command != "journal":
                unsettled_note(script.workspace)
            return COMMANDS[args.command](args, script)
    except CliError as exc:
        say(f"gigadesk-cli: {exc}")
        return exc.code
    except BrokenPipeError:
        # The reader went away (`gigadesk-cli list | head`): stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except ERRORS as exc:
        say(f"gigadesk-cli: {one_line(exc)}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        say("gigadesk-cli: interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:
        # A bug or a case nobody foresaw: one line here, the traceback in the log file.
        log.exception("gigadesk-cli failed")
        where = "the log folder" if log_file is None else "the log file"
        say(f"gigadesk-cli: unexpected error ({type(exc).__name__}: {one_line(exc)}); see {where}")
        return EXIT_ERROR
    finally:
        logs.stop_logging_to(log_file)


def _records(
    workspace: AccountWorkspace, query: HistoryQuery, judge: Callable[[ActivatedItem], Verdict]
) -> Iterator[dict[str, Any]]:
    return (item_record(item, judge(item)) for item in iter_query(workspace.cache, query))


def _month(workspace: AccountWorkspace) -> tuple[datetime, int]:
    """Now, and this month's refunds by then: one state of the data, judged as the window does."""
    now = workspace.clock()
    return now, workspace.refunds_this_month(now)


def _list(args: argparse.Namespace, script: ScriptWorkspace) -> int:
    workspace = script.workspace
    now, used = _month(workspace)
    query = HistoryQuery(
        now=now,
        limit_reached=workspace.limit_reached(used),
        search=args.search,
        status=args.status,
        quick_filter=QuickFilter.REFUNDABLE if args.refundable else QuickFilter.ALL,
    )
    records = _records(workspace, query, workspace.judge(now, used))
    if args.format == "csv":
        write_csv(records, sys.stdout)
    elif args.format == "json":
        write_json(records, JsonSafeWriter(sys.stdout))
    else:
        write_table(records, sys.stdout)
    return EXIT_OK


def _show(args: argparse.Namespace, script: ScriptWorkspace) -> int:
    workspace = script.workspace
    item = find(workspace, args.uid)
    record = item_record(item, workspace.verdict(item))
    if args.json:
        print(json_safe(json.dumps(record, indent=2, ensure_ascii=False)))
        return EXIT_OK
    for line in item_lines(record):
        print(line)
    return EXIT_OK


def _doctor(args: argparse.Namespace, script: ScriptWorkspace) -> int:
    report = asyncio.run(script.check_connection())
    print(safe_lines(report.text()), end="")
    return EXIT_OK if report.healthy else EXIT_ERROR


def _export(args: argparse.Namespace, script: ScriptWorkspace) -> int:
    workspace = script.workspace
    now, used = _month(workspace)
    records = _records(workspace, HistoryQuery(), workspace.judge(now, used))
    count = export_file(records, args.output, args.format)
    say(f"exported {count} items to {args.output}")
    return EXIT_OK


COMMANDS: dict[str, Command] = {
    "sync": sync_command,
    "list": _list,
    "show": _show,
    "refund": refund_command,
    "journal": journal_command,
    "export": _export,
    "doctor": _doctor,
}


if __name__ == "__main__":
    raise SystemExit(main())
