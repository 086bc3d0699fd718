"""What the frozen bundle carries and leaves out: Qt modules, plugins, translations, host libraries.

Used by packaging/gigadesk.spec; kept apart from it so the rules can be unit-tested.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

# The Qt modules GigaDesk imports (tests/packaging checks this against the source). Every other
# PySide6 module is excluded, so its hook never runs and its libraries, plugins and translations
# stay out of the bundle.
QT_USED = frozenset({"QtCore", "QtGui", "QtWidgets", "QtSvg"})

# Imported by name at run time, so PyInstaller's import graph cannot see them.
HIDDEN_IMPORTS = (
    # keyring picks its backend through entry points; every backend we may meet on a desktop.
    "keyring.backends.macOS",
    "keyring.backends.macOS.api",
    "keyring.backends.Windows",
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    # TLS verification through the OS trust store, imported inside a function.
    "truststore",
    # qasync imports the Qt binding with importlib.
    "qasync",
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
)

EXCLUDES = (
    # other Qt bindings that qasync mentions: PyInstaller refuses to mix bindings
    "PyQt5",
    "PyQt6",
    "PySide2",
    # development tools that may sit in the same environment
    "PyInstaller",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "pip",
    "setuptools",
    "pkg_resources",
    "distutils",
    "IPython",
    # httpx's optional command-line client (pygments alone is ~4.5 MB of lexers)
    "httpx._main",
    "pygments",
    "click",
    "rich",
    # stdlib parts the app never uses
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
)

# Qt plugins kept, by plugin folder; None keeps the whole folder. Folders not listed are dropped
# (tls, networkinformation, sqldrivers, generic, egldeviceintegrations, qmltooling, ...).
KEEP_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset(
        {
            # Linux: X11, which Wayland desktops also serve through XWayland. Native Wayland
            # would add libQt6WaylandClient and its shell, decoration and graphics plugins
            # (~2 MB, the margin under the 120 MB goal) for no feature the app uses.
            "qxcb",
            "qoffscreen",  # headless: CI, --smoke-test, --screenshot
            "qwindows",
            "qdirect2d",
            "qcocoa",
        }
    ),
    "platformthemes": frozenset({"qxdgdesktopportal"}),  # not gtk3: it would drag GTK in
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "imageformats": frozenset({"qsvg"}),  # PNG is built into QtGui; no JPEG, ICO, GIF... read
    "iconengines": None,
    "styles": None,  # the native Windows 11 and macOS styles
    # Not xcbglintegrations: a widgets window without OpenGL content never loads them.
}

# Windows: Qt's software OpenGL fallback (~20 MB); the app draws no OpenGL.
SKIP_BINARIES = frozenset({"opengl32sw.dll"})

# Qt's own texts (Cancel, Save, file dialogs Qt draws) in each language GigaDesk ships a
# catalogue for (resources/translations/gigadesk_<lang>.qm); Qt's other catalogues stay out.
SHIPPED_LANGUAGES: tuple[str, ...] = tuple(
    sorted(
        path.stem.removeprefix("gigadesk_")
        for path in (Path(__file__).resolve().parents[1] / "resources" / "translations").glob(
            "gigadesk_*.qm"
        )
    )
)
KEEP_TRANSLATIONS: tuple[str, ...] = tuple(f"qtbase_{lang}." for lang in SHIPPED_LANGUAGES)

# Linux only: libraries that Qt takes from the desktop, exactly as it does when run from source
# (the PySide6 wheel does not ship them either; the C++ runtime is one the manylinux policy
# expects on every host). A copy frozen from the build machine would fight the user's X server,
# fonts configuration, D-Bus and GPU driver; the host's own are there.
HOST_LIBS = frozenset(
    {
        "libstdc++",
        "libgcc_s",
        "libX11",
        "libX11-xcb",
        "libXau",
        "libXdmcp",
        "libxkbcommon",
        "libxkbcommon-x11",
        "libEGL",
        "libGL",
        "libGLX",
        "libOpenGL",
        "libGLdispatch",
        "libdrm",
        "libgbm",
        "libwayland-client",
        "libwayland-cursor",
        "libwayland-egl",
        "libfontconfig",
        "libfreetype",
        "libpng16",
        "libbrotlidec",
        "libbrotlicommon",
        "libharfbuzz",
        "libgraphite2",
        "libglib-2.0",
        "libgthread-2.0",
        "libgobject-2.0",
        "libgio-2.0",
        "libgmodule-2.0",
        "libpcre2-8",
        "libdbus-1",
        "libsystemd",
        "libgcrypt",
        "libgpg-error",
        "liblz4",
        "libzstd",
        "libcap",
        "libbsd",
        "libmd",
    }
)


def unused_qt_modules(pyside_dir: Path) -> list[str]:
    """PySide6.Qt* extension modules in the installed wheel that GigaDesk does not import."""
    names = {
        path.name.split(".")[0]
        for path in pyside_dir.iterdir()
        if path.name.startswith("Qt") and path.suffix in {".so", ".pyd"}
    }
    return sorted(f"PySide6.{name}" for name in names - QT_USED)


def qt_subfolder(dest: str, name: str) -> tuple[str, ...] | None:
    """The parts of `dest` after Qt's folder `name` ("plugins", "translations"), else None."""
    parts = Path(dest).parts
    for index in range(1, len(parts) - 1):
        if parts[index] == name and parts[index - 1] in {"Qt", "PySide6"}:
            return parts[index + 1 :]
    return None


def plugin_kept(dest: str) -> bool:
    """Whether a collected file under Qt's plugins/<folder>/<file> stays (others always do)."""
    rest = qt_subfolder(dest, "plugins")
    if rest is None or len(rest) < 2:
        return True
    folder, filename = rest[0], rest[-1]
    if folder not in KEEP_PLUGINS:
        return False
    wanted = KEEP_PLUGINS[folder]
    return wanted is None or filename.split(".")[0].removeprefix("lib") in wanted


def translation_kept(dest: str) -> bool:
    """Whether a Qt translation catalogue stays (other data files always do)."""
    rest = qt_subfolder(dest, "translations")
    return rest is None or rest[-1].startswith(KEEP_TRANSLATIONS)


def host_lib(dest: str, platform: str = sys.platform) -> bool:
    """Whether a top-level shared library is one the Linux desktop provides (see HOST_LIBS)."""
    path = Path(dest)
    if not platform.startswith("linux") or len(path.parts) != 1 or ".so" not in path.name:
        return False
    stem = path.name.split(".so")[0]
    return stem in HOST_LIBS or stem.startswith("libxcb")


def keep_binary(entry: tuple[str, ...]) -> bool:
    """Filter for Analysis.binaries (entries are (dest, source, typecode))."""
    dest = entry[0]
    return plugin_kept(dest) and not host_lib(dest) and Path(dest).name not in SKIP_BINARIES


def keep_data(entry: tuple[str, ...]) -> bool:
    """Filter for Analysis.datas."""
    return plugin_kept(entry[0]) and translation_kept(entry[0])


def skip_unwanted_qt_plugins() -> bool:
    """Makes PyInstaller's Qt hooks skip unwanted plugins before it follows their library
    dependencies (the gtk3 theme alone would pull in GTK, cairo and pango). This patches an
    internal API: if it moves, keep_binary still drops the plugins, only the bundle grows, and
    this returns False so the spec can say so."""
    try:
        from PyInstaller.utils.hooks.qt import QtLibraryInfo  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return False
    original = getattr(QtLibraryInfo, "collect_plugins", None)
    if original is None or getattr(original, "_gigadesk_filtered", False):
        return original is not None

    def collect_plugins(self: Any, plugin_type: str) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = original(self, plugin_type)
        return [(src, dst) for src, dst in found if plugin_kept(str(Path(dst) / Path(src).name))]

    collect_plugins._gigadesk_filtered = True  # type: ignore[attr-defined]
    QtLibraryInfo.collect_plugins = collect_plugins
    return True
