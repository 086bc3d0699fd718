"""Export records as an Excel workbook: typed columns, a frozen header row and an autofilter."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

SHEET = "Sales history"
MEGABYTE = 1_000_000  # sizes are decimal, as Gigastore counts them
_ISO = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class _Column:
    """One worksheet column: its header, its kind of cell, its width and how to read it."""

    header: str
    kind: str  # text | date | money | megabytes | integer | flag
    width: float
    value: Callable[[dict[str, Any]], Any]


def _field(name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda record: record.get(name)


def _reasons(record: dict[str, Any]) -> str:
    return "; ".join(r["message"] for r in record["eligibility"]["reasons"])


COLUMNS: tuple[_Column, ...] = (
    _Column("Purchase ID", "text", 38, _field("uid")),
    _Column("Package", "text", 28, _field("name")),
    _Column("Status", "text", 11, _field("status")),
    _Column("Sold (UTC)", "date", 17, _field("sales_date")),
    _Column("Activated (UTC)", "date", 17, _field("activated_at")),
    _Column("Expires (UTC)", "date", 17, _field("expires_at")),
    _Column("Refunded (UTC)", "date", 17, _field("refunded_at")),
    _Column("Total (MB)", "megabytes", 11, _field("total_bytes")),
    _Column("Left (MB)", "megabytes", 11, _field("remaining_bytes")),
    _Column("Used (MB)", "megabytes", 11, _field("used_bytes")),
    _Column("Price paid", "money", 13, _field("purchase_price")),
    _Column("Retail price", "money", 13, _field("retail_price")),
    _Column("Region", "text", 10, _field("country_set")),
    _Column("ICCID", "text", 22, _field("iccid")),
    _Column("Customer e-mail", "text", 28, _field("customer_email")),
    _Column("Metatag", "text", 16, _field("metatag")),
    _Column("Activation", "text", 11, _field("activation_mode")),
    _Column("Sales channel", "text", 18, _field("sales_channel")),
    _Column("Refundable", "flag", 11, lambda record: record["eligibility"]["refundable"]),
    _Column("Why not", "text", 40, _reasons),
    # Exact byte counts for scripts and sums that must not round.
    _Column("Total bytes", "integer", 14, _field("total_bytes")),
    _Column("Left bytes", "integer", 14, _field("remaining_bytes")),
    _Column("Used bytes", "integer", 14, _field("used_bytes")),
)


class _Cells:
    """Writes one typed cell at a time, with one cell format per kind (and per currency)."""

    def __init__(self, book: xlsxwriter.Workbook, sheet: Worksheet) -> None:
        self._book = book
        self._sheet = sheet
        self._date = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        self._megabytes = book.add_format({"num_format": "#,##0.00"})
        self._integer = book.add_format({"num_format": "0"})
        self._money: dict[str, Format] = {}

    def write(self, row: int, col: int, kind: str, value: Any) -> None:
        if value is None:
            return
        sheet = self._sheet
        if kind == "date":
            sheet.write_datetime(row, col, datetime.strptime(value, _ISO), self._date)
        elif kind == "megabytes":
            sheet.write_number(row, col, value / MEGABYTE, self._megabytes)
        elif kind == "integer":
            sheet.write_number(row, col, value, self._integer)
        elif kind == "money":
            sheet.write_number(row, col, float(value["amount"]), self._currency(value["currency"]))
        elif kind == "flag":
            sheet.write_string(row, col, "yes" if value else "no")
        else:
            # write_string never turns text into a formula, whatever it starts with.
            sheet.write_string(row, col, str(value))

    def _currency(self, code: str) -> Format:
        known = self._money.get(code)
        if known is None:
            quoted = code.replace('"', "")
            known = self._book.add_format({"num_format": f'#,##0.00 "{quoted}"'})
            self._money[code] = known
        return known


def write_xlsx(records: Iterable[dict[str, Any]], path: Path) -> int:
    """Write records to an .xlsx workbook at `path`; returns the number of rows written."""
    options = {
        "constant_memory": True,  # rows go to disk as written: a million rows stay small
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    }
    book = xlsxwriter.Workbook(str(path), options)
    try:
        sheet = book.add_worksheet(SHEET)
        header = book.add_format({"bold": True, "bottom": 1})
        for col, column in enumerate(COLUMNS):
            sheet.set_column(col, col, column.width)
            sheet.write_string(0, col, column.header, header)
        sheet.freeze_panes(1, 0)
        cells = _Cells(book, sheet)
        count = 0
        for count, record in enumerate(records, start=1):
            for col, column in enumerate(COLUMNS):
                cells.write(count, col, column.kind, column.value(record))
        sheet.autofilter(0, 0, max(count, 1), len(COLUMNS) - 1)
    finally:
        book.close()
    return count
