"""Helpers for the issue-7 UI tests: the widgets a keyboard reaches and what they are called."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (the explicit one, else what Qt derives: a button's
    text, a label's buddy, a tab's title)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    derived = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (widget.accessibleName() or derived or "").strip()


def focusable_widgets(root: QWidget) -> list[QWidget]:
    """Every visible, enabled widget under `root` (and `root`) that the Tab key can reach."""
    found = [root, *root.findChildren(QWidget)]
    return [
        widget
        for widget in found
        if widget.isVisibleTo(root) or widget is root
        if widget.isEnabled()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def unnamed(root: QWidget) -> list[str]:
    """The focusable widgets under `root` without an accessible name, described for a message."""
    return [
        f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
        for widget in focusable_widgets(root)
        if not accessible_name(widget)
    ]
