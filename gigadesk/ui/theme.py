"""Light and dark palettes that follow the system, and the few status colours the UI paints."""

from __future__ import annotations

import sys
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


# A NamedTuple, not a dataclass: it is built at start-up, where a dataclass's generated
# methods cost over a millisecond each class.
class Colors(NamedTuple):
    """Semantic colours for badges, glyphs, bars and the offline banner."""

    ok: str
    bad: str
    warn: str
    neutral: str
    info: str
    banner_bg: str
    banner_fg: str
    bar_bg: str
    bar_fill: str


LIGHT = Colors(
    ok="#15803d",
    bad="#b91c1c",
    warn="#b45309",
    neutral="#64748b",
    info="#1d4ed8",
    banner_bg="#fef3c7",
    banner_fg="#78350f",
    bar_bg="#e2e8f0",
    bar_fill="#2563eb",
)
DARK = Colors(
    ok="#4ade80",
    bad="#f87171",
    warn="#fbbf24",
    neutral="#94a3b8",
    info="#60a5fa",
    banner_bg="#422006",
    banner_fg="#fde68a",
    bar_bg="#334155",
    bar_fill="#60a5fa",
)


# Read once: an enum member read costs a descriptor call, and cells ask for colours often.
_WINDOW = QPalette.ColorRole.Window


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the palette in use has light text on a dark window."""
    palette = palette or QGuiApplication.palette()
    return palette.color(_WINDOW).lightness() < 128


def colors(palette: QPalette | None = None) -> Colors:
    """The status colours that read well on `palette` (default: the application's)."""
    return DARK if is_dark(palette) else LIGHT


def system_prefers_dark() -> bool:
    """True when the operating system asks for a dark appearance."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    """A dark palette for styles that do not bring their own (Fusion on Linux)."""
    palette = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    base = {
        role.Window: "#202329",
        role.WindowText: "#e5e7eb",
        role.Base: "#17191d",
        role.AlternateBase: "#1d2025",
        role.ToolTipBase: "#2b2f36",
        role.ToolTipText: "#e5e7eb",
        role.PlaceholderText: "#8b93a1",
        role.Text: "#e5e7eb",
        role.Button: "#2b2f36",
        role.ButtonText: "#e5e7eb",
        role.BrightText: "#ffffff",
        role.Light: "#3a3f47",
        role.Midlight: "#30343b",
        role.Mid: "#26292f",
        role.Dark: "#121417",
        role.Shadow: "#000000",
        role.Highlight: "#2f6fd6",
        role.HighlightedText: "#ffffff",
        role.Link: "#60a5fa",
        role.LinkVisited: "#a78bfa",
    }
    for which, value in base.items():
        palette.setColor(which, QColor(value))
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, which, QColor("#6b7280"))
    return palette


def _style_follows_system() -> bool:
    # The native styles of Windows 11 and macOS switch with the system themselves.
    return sys.platform in ("win32", "darwin")


def apply_theme(app: QApplication) -> None:
    """Use the system's light or dark appearance, and follow it when it changes."""
    if _style_follows_system():
        return
    app.setStyle("Fusion")
    _apply_palette(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply_palette(app))


def _apply_palette(app: QApplication) -> None:
    style = app.style()
    app.setPalette(dark_palette() if system_prefers_dark() else style.standardPalette())
