"""gigadesk.terminal: every control character shown escaped; JSON stays the same data."""

from __future__ import annotations

import json

import pytest

from gigadesk.terminal import json_safe, safe


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),
        ("a\r\nb\tc", "a\\r\\nb\\tc"),
        ("\x00\x7f\x85\x9b", "\\x00\\x7f\\x85\\x9b"),
        ("\u202egnp.exe\u2066x\u2069", "\\u202egnp.exe\\u2066x\\u2069"),
        ("line\u2028sep", "line\\u2028sep"),
        ("Europa 5 GB – ñ ü 日本 🙂", "Europa 5 GB – ñ ü 日本 🙂"),  # printable text untouched
    ],
)
def test_safe_escapes_control_characters_only(raw: str, shown: str) -> None:
    assert safe(raw) == shown


def test_json_safe_keeps_the_data_and_the_line_breaks() -> None:
    value = {"name": "x\x1b[2J\x9b\u202e\r\n", "n": 1}
    text = json.dumps(value, ensure_ascii=False, indent=2)
    escaped = json_safe(text)
    assert json.loads(escaped) == value
    assert "\x9b" not in escaped and "\u202e" not in escaped
    assert escaped.count("\n") == text.count("\n")
