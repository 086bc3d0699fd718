"""The window's geometry and splitter as kept in the settings: Qt's bytes as base64 text."""

from __future__ import annotations

import base64
import binascii


def encode(state: bytes) -> str:
    """Qt's saved state as text for the settings file."""
    return base64.b64encode(state).decode("ascii")


def decode(text: str) -> bytes | None:
    """The saved state back; None when there is none or it was edited by hand (the window
    then opens with its default layout)."""
    try:
        return base64.b64decode(text, validate=True) if text else None
    except (binascii.Error, ValueError):
        return None
