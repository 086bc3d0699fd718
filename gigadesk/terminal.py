"""Server text made safe for a terminal: control characters shown escaped, never obeyed."""

from __future__ import annotations

import re

# C0 controls, DEL and C1 controls (ESC starts a sequence that can set the title, clear the
# screen or move the cursor; CR and LF inside a field forge table rows; 0x9B is a one-byte
# CSI on some terminals), the bidirectional overrides and isolates (which reorder what
# follows, "gnp.exe"), and the Unicode line and paragraph separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# The same less C0, which json.dumps escapes itself inside strings (and JSON's own line
# breaks between values must stay).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escape(found: re.Match[str]) -> str:
    char = found.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def safe(text: object) -> str:
    """`text` as one line a terminal shows as written: every control character escaped."""
    return _UNSAFE.sub(_escape, str(text))


def json_safe(text: str) -> str:
    """JSON text with the C1 controls and bidi characters written as \\u escapes.

    json.dumps(ensure_ascii=False) escapes only C0 controls; the escaped form is the same
    JSON data, so a parser reads the exact value while a terminal shows it harmlessly.
    These characters can only occur inside JSON strings, so replacing them is safe.
    """
    return _UNSAFE_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
