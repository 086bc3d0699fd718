"""The app icon: rendered from the SVG into PNG sizes, a valid .ico and .icns."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from gigadesk.ui import icons

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_icon_files_are_rebuilt_from_the_svg(tmp_path: Path, qtbot: QtBot) -> None:
    shutil.copy(icons.resources_dir() / "gigadesk.svg", tmp_path)
    written = icons.build_icon_files(tmp_path)
    assert {path.name for path in written} >= {"gigadesk-256.png", "gigadesk.ico", "gigadesk.icns"}
    image = QImage(str(tmp_path / "gigadesk-256.png"))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(128, 128).alpha() == 255  # the tile is opaque in the middle
    assert image.pixelColor(1, 1).alpha() == 0  # and transparent outside its round corners

    ico = (tmp_path / "gigadesk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for number, size in enumerate(icons.ICO_SIZES):
        width, _h, _c, _r, _p, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * number
        )
        assert width == (0 if size == 256 else size) and bits == 32
        assert ico[offset : offset + 8] == PNG_SIGNATURE
        assert offset + length <= len(ico)

    icns = (tmp_path / "gigadesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    position, kinds = 8, []
    while position < len(icns):
        kind_bytes, length = (
            icns[position : position + 4],
            struct.unpack(">I", icns[position + 4 : position + 8])[0],
        )
        assert icns[position + 8 : position + 16] == PNG_SIGNATURE
        kinds.append(kind_bytes)
        position += length
    assert position == len(icns)
    assert kinds == [kind for kind, _size in icons.ICNS_TYPES]


def test_checked_in_icons_match_the_svg_sizes(qtbot: QtBot) -> None:
    for size in icons.PNG_SIZES:
        image = QImage(str(icons.resources_dir() / f"gigadesk-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert not icons.app_icon().isNull()
