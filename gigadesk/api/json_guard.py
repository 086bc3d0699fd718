"""Defensive JSON reading: numbers out of reach and huge texts become reasons, never crashes."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Any

# [ours] a free-text field (a name, an e-mail, a metatag) longer than this is cut to this
# length with a visible marker: a real one is a few dozen characters, and a 100 MB name
# once made a 315 MB cache and was printed whole.
MAX_TEXT_CHARS = 4096
CUT_MARK = "… [{} more characters cut]"
_SHOWN_DIGITS = 24  # of a bad number in a message


class BadNumber:
    """A JSON number that cannot be held (1E+99999999999999999999, 5,000 digits); kept as a
    short text so that the item it sits in can be skipped with its reason."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text if len(text) <= _SHOWN_DIGITS else text[: _SHOWN_DIGITS - 3] + "..."

    def __repr__(self) -> str:
        return self.text


def _float(text: str) -> Decimal | BadNumber:
    try:
        return Decimal(text)
    except (InvalidOperation, ValueError):
        # The exponent is beyond what Decimal can hold (about 10**18 digits).
        return BadNumber(text)


def _int(text: str) -> int | BadNumber:
    try:
        return int(text)
    except ValueError:
        # More digits than Python converts (sys.get_int_max_str_digits(), 4,300 by default).
        return BadNumber(text)


GUARDED = json.JSONDecoder(parse_float=_float, parse_int=_int)


def decode(text: str) -> Any:
    """Decode JSON text; numbers that cannot be held come out as BadNumber.

    Raises json.JSONDecodeError (a ValueError) or RecursionError like json.loads.
    """
    return GUARDED.decode(text)


def bad_number(value: object, path: str = "") -> str | None:
    """Where the first BadNumber inside `value` sits ("balance.size.sizeValue: 1E+99..."),
    or None when there is none."""
    if isinstance(value, BadNumber):
        return f"{path or 'value'}: the number {value.text} is out of range"
    if isinstance(value, dict):
        for key, inner in value.items():
            found = bad_number(inner, f"{path}.{key}" if path else str(key))
            if found is not None:
                return found
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found = bad_number(inner, f"{path}[{index}]")
            if found is not None:
                return found
    return None


def cut_texts(value: Any, limit: int = MAX_TEXT_CHARS) -> tuple[Any, list[str]]:
    """`value` with every string longer than `limit` cut (marked), and the paths cut.

    The value is returned as it was (the same object) when nothing needed cutting.
    """
    cut: list[str] = []
    result = _cut(value, limit, "", cut)
    return (result, cut) if cut else (value, cut)


def _cut(value: Any, limit: int, path: str, cut: list[str]) -> Any:
    if isinstance(value, str):
        if len(value) <= limit:
            return value
        cut.append(path or "value")
        return value[:limit] + CUT_MARK.format(f"{len(value) - limit:,}")
    if isinstance(value, dict):
        return {
            key: _cut(inner, limit, f"{path}.{key}" if path else str(key), cut)
            for key, inner in value.items()
        }
    if isinstance(value, list):
        return [_cut(inner, limit, f"{path}[{index}]", cut) for index, inner in enumerate(value)]
    return value
