"""The app icon (SVG source -> PNG, ICO, ICNS) and the small painted status glyphs.

Run `python -m gigadesk.ui.icons` to regenerate resources/ from resources/gigadesk.svg.
"""

from __future__ import annotations

import functools
import struct
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

# The image, buffer and SVG classes only regenerate the icon files: imported there, since each
# class PySide6 loads costs start-up time (its enums are built then).

ICON_NAME = "gigadesk"
PNG_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x types reuse the same pixels).
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def resources_dir() -> Path:
    """Where the icon files live: the frozen bundle's folder, else the source checkout's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def render_svg(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent square image of `size` pixels."""
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot read the icon source {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """An image encoded as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 takes the format as str at run time, though its stubs say bytes.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ValueError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (Windows Vista and later read these)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(pngs[size] for size in sizes)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose elements are PNG data."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def build_icon_files(directory: Path | None = None) -> list[Path]:
    """Render the SVG into every PNG size plus .ico and .icns; returns the files written."""
    directory = directory or resources_dir()
    svg = directory / f"{ICON_NAME}.svg"
    pngs = {size: png_bytes(render_svg(svg, size)) for size in PNG_SIZES}
    written: list[Path] = []
    for size, data in pngs.items():
        path = directory / f"{ICON_NAME}-{size}.png"
        path.write_bytes(data)
        written.append(path)
    ico = directory / f"{ICON_NAME}.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = directory / f"{ICON_NAME}.icns"
    icns.write_bytes(icns_bytes(pngs))
    return [*written, ico, icns]


@functools.cache
def app_icon() -> QIcon:
    """The application icon from the rendered PNGs (an empty icon when they are missing)."""
    icon = QIcon()
    directory = resources_dir()
    for size in PNG_SIZES:
        path = directory / f"{ICON_NAME}-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon


GLYPH_OK = "ok"
GLYPH_NO = "no"
GLYPH_UNKNOWN = "unknown"


@functools.cache
def glyph_icon(kind: str, color: str, size: int = 16) -> QIcon:
    """A tick, cross or question mark in a circle: shape carries the meaning, not colour alone."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(ratio, ratio)
    base = QColor(color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(base)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    pen = QPen(QColor("white"), max(1.6, size / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    s = size
    if kind == GLYPH_OK:
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.72, s * 0.36))
        painter.drawPath(path)
    elif kind == GLYPH_NO:
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
    else:
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(int(s * 0.7))
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, s, s), Qt.AlignmentFlag.AlignCenter, "?")
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)


@functools.cache
def refund_icon(color: str, size: int = 18) -> QIcon:
    """A coin with an arrow turning back around it: credits coming back."""
    ratio = 2
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(ratio, ratio)
    s = float(size)
    pen = QPen(QColor(color), s / 10)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # An open ring from the top, counter-clockwise round to the right side.
    ring = QRectF(s * 0.12, s * 0.12, s * 0.76, s * 0.76)
    painter.drawArc(ring, 100 * 16, 290 * 16)
    head = QPainterPath(QPointF(s * 0.30, s * 0.02))
    head.lineTo(QPointF(s * 0.47, s * 0.13))
    head.lineTo(QPointF(s * 0.32, s * 0.27))
    painter.drawPath(head)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(QRectF(s * 0.36, s * 0.36, s * 0.28, s * 0.28))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)


def main() -> int:
    """Regenerate the icon files in resources/."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in build_icon_files():
        print(path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
