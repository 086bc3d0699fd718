"""Run the sandbox Gigastore by hand: python -m gigadesk.sandbox --port 8765 --items 5000."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence

from gigadesk.sandbox.dialect import (
    DATE_FORMAT_CHOICES,
    DIALECT_NAMES,
    ROUTE_CHOICES,
    Dialect,
    dialect_named,
)
from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, SandboxServer


def _limit(text: str) -> int | None:
    if text.strip().lower() in ("none", "unlimited"):
        return None
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("the refund limit cannot be negative")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive whole number")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m gigadesk.sandbox",
        description="A local Gigastore with demo data, on 127.0.0.1. Ctrl+C stops it.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8765, help="port (0 picks a free one)")
    parser.add_argument("--items", type=int, default=5000, help="demo items to generate")
    parser.add_argument("--seed", type=int, default=7, help="demo data seed")
    parser.add_argument(
        "--refund-limit", type=_limit, default=5, help="refunds per month, or 'none'"
    )
    parser.add_argument(
        "--max-window-days", type=_positive, default=None, help="refuse longer windows"
    )
    parser.add_argument(
        "--dialect",
        choices=DIALECT_NAMES,
        default="sandbox",
        help="how open points of the contract are read ('seed': the documents literally)",
    )
    parser.add_argument(
        "--refund-route", choices=ROUTE_CHOICES, help="which refund route(s) to serve"
    )
    parser.add_argument(
        "--date-format", choices=DATE_FORMAT_CHOICES, help="the from/to format taken"
    )
    parser.add_argument(
        "--no-status", action="store_true", help="leave status and refundedAt out of items"
    )
    return parser


def _dialect(args: argparse.Namespace) -> Dialect:
    return dialect_named(args.dialect).with_knobs(
        refund_route=args.refund_route, date_format=args.date_format, no_status=args.no_status
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Serve until Ctrl+C (or SIGTERM); exit status 0."""
    args = _parser().parse_args(argv)
    if args.items < 0:
        print("--items cannot be negative", file=sys.stderr)
        return 2
    try:
        return _serve(args)
    except KeyboardInterrupt:  # Ctrl+C while the demo data is still being generated
        print("Sandbox stopped.")
        return 0


def _serve(args: argparse.Namespace) -> int:
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    print(f"Generating {args.items} demo items...", flush=True)
    server = SandboxServer(
        item_count=args.items,
        seed=args.seed,
        refund_limit=args.refund_limit,
        max_window_days=args.max_window_days,
        dialect=_dialect(args),
        host=args.host,
        port=args.port,
    )
    try:
        base_url = server.start()
    except OSError as exc:
        print(f"Cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    limit = "unlimited" if args.refund_limit is None else args.refund_limit
    print(f"Gigastore sandbox serving at {base_url}")
    print(f"  client id:     {DEMO_CLIENT_ID}")
    print(f"  client secret: {DEMO_CLIENT_SECRET}  (demo credentials, not a real secret)")
    print(f"  refund limit:  {limit} per month")
    print(f"  dialect:       {_describe(_dialect(args), args.max_window_days)}")
    print("Press Ctrl+C to stop.", flush=True)
    try:
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    print("Sandbox stopped.")
    return 0


def _describe(dialect: Dialect, max_window_days: int | None) -> str:
    window = f"windows up to {max_window_days} days" if max_window_days else "any window"
    status = "status sent" if dialect.send_status else "no status"
    return (
        f"{dialect.name} (refund route {dialect.refund_route}, {dialect.date_format} dates, "
        f"{window}, {status})"
    )


if __name__ == "__main__":
    raise SystemExit(main())
