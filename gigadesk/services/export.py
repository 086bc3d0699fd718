"""Items as plain records (the CLI's JSON, CSV export), judged by the refund rules."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gigadesk.domain.eligibility import Reason, Verdict
from gigadesk.domain.items import ActivatedItem, Money, Status
from gigadesk.store.cache import Cache
from gigadesk.store.query import HistoryQuery

PAGE = 5000  # rows read from the cache at a time: a million rows never sit in memory


def iter_query(cache: Cache, query: HistoryQuery, chunk: int = PAGE) -> Iterator[ActivatedItem]:
    """Every item `query` matches, in its order, read `chunk` rows at a time."""
    offset = 0
    while True:
        items = cache.page(query, offset, chunk)
        yield from items
        if len(items) < chunk:
            return
        offset += chunk


CSV_COLUMNS: tuple[str, ...] = (
    "uid",
    "name",
    "status",
    "sales_date",
    "activated_at",
    "expires_at",
    "refunded_at",
    "total_bytes",
    "remaining_bytes",
    "used_bytes",
    "purchase_price",
    "purchase_currency",
    "retail_price",
    "retail_currency",
    "country_set",
    "iccid",
    "customer_email",
    "metatag",
    "activation_mode",
    "sales_channel",
    "refundable",
    "reasons",
)


def iso_utc(moment: datetime | None) -> str | None:
    """ISO-8601 in UTC ending in Z, or None."""
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _money(money: Money | None) -> dict[str, str] | None:
    if money is None:
        return None
    return {"amount": f"{money.amount:.2f}", "currency": money.currency}


def _reasons(reasons: Iterable[Reason]) -> list[dict[str, str]]:
    return [{"code": r.code, "message": r.message} for r in reasons]


def item_record(item: ActivatedItem, verdict: Verdict) -> dict[str, Any]:
    """One item as the CLI's JSON object (snake_case, exact amounts, UTC instants)."""
    return {
        "uid": item.uid,
        "name": item.name,
        "status": None if item.status is Status.UNKNOWN else item.status.value,
        "sales_date": iso_utc(item.sales_date),
        "activated_at": iso_utc(item.activated_at),
        "expires_at": iso_utc(item.expires_at),
        "refunded_at": iso_utc(item.refunded_at),
        "total_bytes": item.data.total_bytes,
        "remaining_bytes": item.data.remaining_bytes,
        "used_bytes": item.data.used_bytes,
        "purchase_price": _money(item.purchase_price),
        "retail_price": _money(item.retail_price),
        "country_set": item.country_set,
        "iccid": item.iccid,
        "customer_email": item.customer_email,
        "metatag": item.metatag,
        "activation_mode": item.activation_mode,
        "sales_channel": item.sales_channel,
        "eligibility": {
            "refundable": verdict.refundable,
            "reasons": _reasons(verdict.reasons),
            "warnings": _reasons(verdict.warnings),
        },
    }


def csv_row(record: dict[str, Any]) -> list[str]:
    """A record flattened to the CSV columns."""
    purchase = record["purchase_price"] or {}
    retail = record["retail_price"] or {}
    flat: dict[str, Any] = {
        **record,
        "purchase_price": purchase.get("amount"),
        "purchase_currency": purchase.get("currency"),
        "retail_price": retail.get("amount"),
        "retail_currency": retail.get("currency"),
        "refundable": "yes" if record["eligibility"]["refundable"] else "no",
        "reasons": "; ".join(r["code"] for r in record["eligibility"]["reasons"]),
    }
    return [_csv_cell(flat.get(column)) for column in CSV_COLUMNS]


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    # A cell starting with these is run as a formula by spreadsheets: keep it text.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def write_csv(records: Iterable[dict[str, Any]], output: io.TextIOBase | Any) -> int:
    """Write records as CSV with a header; returns the number of rows written."""
    writer = csv.writer(output)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for record in records:
        writer.writerow(csv_row(record))
        count += 1
    return count


def write_json(records: Iterable[dict[str, Any]], output: io.TextIOBase | Any) -> int:
    """Write records as one JSON array, streamed; returns the number of items written."""
    count = 0
    output.write("[")
    for record in records:
        output.write(",\n" if count else "\n")
        output.write(json.dumps(record, ensure_ascii=False))
        count += 1
    output.write("\n]\n" if count else "]\n")
    return count


EXPORT_FORMATS = ("csv", "json", "xlsx")


def export_file(records: Iterable[dict[str, Any]], path: Path, file_format: str) -> int:
    """Write records to `path` atomically (a half-written export never replaces a good file)."""
    if file_format not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {file_format!r}")
    directory = path.parent if str(path.parent) else Path(".")
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        if file_format == "xlsx":
            os.close(fd)
            from gigadesk.services.export_xlsx import write_xlsx  # only exports need it

            count = write_xlsx(records, Path(temp_name))
            _fsync_path(temp_name)
        else:
            writer = write_csv if file_format == "csv" else write_json
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                count = writer(records, handle)
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return count


def _fsync_path(name: str) -> None:
    with open(name, "rb") as handle:
        os.fsync(handle.fileno())
