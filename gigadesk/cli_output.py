"""The CLI's views of cached records on a terminal: the table, one item, JSON; server text in
them is shown escaped (gigadesk.terminal), never obeyed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from gigadesk.domain.items import human_bytes
from gigadesk.terminal import json_safe, safe

TABLE_COLUMNS = (("Sold", 10), ("Status", 9), ("Used", 17), ("Expires", 10), ("Refund", 6))


def write_table(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    """One line per record under a header, then the count."""
    out.write(f"{'Purchase ID':<36}  " + "  ".join(f"{t:<{w}}" for t, w in TABLE_COLUMNS))
    out.write("  Package\n")
    shown = 0
    for r in records:
        used = f"{human_bytes(r['used_bytes'])}/{human_bytes(r['total_bytes'])}"
        cells = (
            (r["sales_date"] or "")[:10],
            r["status"] or "?",
            used,
            (r["expires_at"] or "-")[:10],
            "yes" if r["eligibility"]["refundable"] else "no",
        )
        line = "  ".join(f"{safe(c):<{w}}" for c, (_, w) in zip(cells, TABLE_COLUMNS, strict=True))
        out.write(f"{safe(r['uid']):<36}  {line}  {safe(r['name'])}\n")
        shown += 1
    out.write(f"{shown} items\n")


def item_lines(record: dict[str, Any]) -> Iterator[str]:
    """One item as `show` prints it: a field a line, then the verdict with its reasons."""
    for key, value in record.items():
        if key == "eligibility":
            continue
        if isinstance(value, dict):
            value = f"{value['amount']} {value['currency']}"
        yield f"{key:>16}: {safe('' if value is None else value)}"
    verdict = record["eligibility"]
    yield f"{'refundable':>16}: {'yes' if verdict['refundable'] else 'no'}"
    for reason in verdict["reasons"]:
        yield f"{'':>16}  x {safe(reason['message'])}"
    for warning in verdict["warnings"]:
        yield f"{'':>16}  ! {safe(warning['message'])}"


def safe_lines(text: str) -> str:
    """A multi-line text (a report) with each line escaped; the line breaks stay."""
    return "".join(safe(line) + "\n" for line in text.splitlines())


class JsonSafeWriter:
    """A text stream that writes JSON with C1 and bidi controls escaped (the same data)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, text: str) -> int:
        """Write `text` (JSON) with those characters as \\u escapes."""
        return self._out.write(json_safe(text))
