"""`export --format xlsx`: typed cells, frozen header, autofilter, no formula from server text."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gigadesk import cli
from gigadesk.sandbox import demo_data
from gigadesk.sandbox.server import SandboxServer

NOW = datetime(2026, 11, 21, 15, 30, tzinfo=UTC)
# Text a spreadsheet would run as a formula if it were written as one.
HOSTILE = ('=HYPERLINK("http://x","y")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR")


def _char(match: re.Match[str]) -> str:
    return chr(int(match[1], 16))


def _export(base_url: str, data_dir: Path, out: Path, file_format: str) -> None:
    common = ["--data-dir", str(data_dir), "--base-url", base_url]
    assert cli.main([*common, "sync"]) == 0
    assert cli.main([*common, "export", "--format", file_format, "--output", str(out)]) == 0


def _rows(path: Path) -> tuple[Any, list[dict[str, Any]]]:
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    header = [str(cell) for cell in values[0]]
    return sheet, [dict(zip(header, row, strict=True)) for row in values[1:]]


def test_the_workbook_holds_every_item_in_typed_columns(
    sandbox: SandboxServer, data_dir: Path, tmp_path: Path
) -> None:
    workbook, table = tmp_path / "history.xlsx", tmp_path / "history.csv"
    _export(sandbox.base_url, data_dir, workbook, "xlsx")
    _export(sandbox.base_url, data_dir, table, "csv")
    sheet, rows = _rows(workbook)
    by_uid = {row["uid"]: row for row in csv.DictReader(io.StringIO(table.read_text("utf-8")))}

    assert len(rows) == len(by_uid) == len(sandbox.items_json())
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:W{len(rows) + 1}"
    for row in rows:
        expected = by_uid[row["Purchase ID"]]
        assert isinstance(row["Sold (UTC)"], datetime)
        assert row["Sold (UTC)"].strftime("%Y-%m-%dT%H:%M:%SZ") == expected["sales_date"]
        assert row["Total bytes"] == int(expected["total_bytes"])
        assert row["Used (MB)"] == pytest.approx(int(expected["used_bytes"]) / 1_000_000)
        if expected["purchase_price"]:
            assert row["Price paid"] == pytest.approx(float(expected["purchase_price"]))
        assert row["Refundable"] == expected["refundable"]


def test_money_cells_carry_their_currency(
    sandbox: SandboxServer, data_dir: Path, tmp_path: Path
) -> None:
    workbook = tmp_path / "history.xlsx"
    _export(sandbox.base_url, data_dir, workbook, "xlsx")
    sheet = openpyxl.load_workbook(workbook).active
    assert sheet is not None
    cell = sheet["K2"]
    assert isinstance(cell.value, float)
    assert '"USD"' in cell.number_format


@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_server_text_is_never_written_as_a_formula(
    data_dir: Path, tmp_path: Path, file_format: str
) -> None:
    items = demo_data.generate(len(HOSTILE), now=NOW, seed=1)
    for item, text in zip(items, HOSTILE, strict=True):
        item["balance"]["name"] = text
        item["metatag"] = text
    out = tmp_path / f"history.{file_format}"
    with SandboxServer(items=items) as server:
        _export(server.base_url, data_dir, out, file_format)
    if file_format == "xlsx":
        book = openpyxl.load_workbook(out)
        sheet = book.active
        assert sheet is not None
        names = [sheet.cell(row, 2) for row in range(2, len(HOSTILE) + 2)]
        # OOXML stores a carriage return as _x000D_; Excel reads it back as the character.
        texts = [re.sub(r"_x([0-9A-F]{4})_", _char, str(cell.value)) for cell in names]
        assert sorted(texts) == sorted(HOSTILE)
        assert all(cell.data_type == "s" for cell in names)  # text, never a formula ("f")
    else:
        with out.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        for row in rows:
            for field in ("name", "metatag"):
                assert row[field][:1] == "'" and row[field][1:] in HOSTILE
