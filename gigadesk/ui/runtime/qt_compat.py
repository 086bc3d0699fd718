"""Refuse a Qt binding build that corrupts reference counts (PySide6 6.12.0 on CPython 3.11).

That build returns None, True and False from C++ calls (every void method, `emit()`,
`disconnect()`) without owning a reference. On CPython 3.11, where those objects are not
immortal, each call takes one reference away until the interpreter aborts ("none_dealloc",
"bool_dealloc"), mid-run or at exit. It cannot be patched around call by call, so the app and
the tests check once at start and say what to install instead.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QObject

PROBE_CALLS = 32


def loses_references() -> bool:
    """True when calling a void Qt method drops a reference to None."""
    if sys.version_info >= (3, 12):
        return False  # None, True and False are immortal there: nothing can go wrong
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
    lost = before - sys.getrefcount(None)
    return lost >= PROBE_CALLS


def binding_problem() -> str | None:
    """A sentence for the user when this Qt binding cannot run GigaDesk, else None."""
    if not loses_references():
        return None
    return (
        f"PySide6 {PYSIDE_VERSION} corrupts Python {sys.version_info.major}."
        f"{sys.version_info.minor}'s reference counts and would crash GigaDesk. Install "
        "another release, for example: pip install 'pyside6-essentials<6.12'."
    )
