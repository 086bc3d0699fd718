"""A command a feature adds to the window: an action with its keys and its tip."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def command(parent: QObject, text: str, keys: str | QKeySequence.StandardKey, tip: str) -> QAction:
    """An action parented to `parent` (window-wide shortcuts when that is the window), its tip
    shown as tooltip and in the status bar."""
    made = QAction(text, parent)
    made.setShortcut(QKeySequence(keys))
    made.setToolTip(tip)
    made.setStatusTip(tip)
    return made
