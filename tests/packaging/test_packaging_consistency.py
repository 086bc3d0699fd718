"""The spec, the Inno Setup script, the macOS script and the workflow agree with the project."""

from __future__ import annotations

import ast
import importlib.util
import plistlib
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = (PACKAGING / "gigadesk.spec").read_text(encoding="utf-8")
ISS = (PACKAGING / "windows" / "gigadesk.iss").read_text(encoding="utf-8")
DMG_SCRIPT = PACKAGING / "macos" / "build_dmg.sh"
WORKFLOW = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


# --- version and metadata: pyproject.toml is the only place that holds them ---------------------


def test_version_and_publisher_are_read_from_pyproject(release_info: ModuleType) -> None:
    assert release_info.version() == PYPROJECT["version"]
    assert release_info.publisher() == PYPROJECT["authors"][0]["name"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("2", (2, 0, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("1.2.3rc1", (1, 2, 3, 0)),
        ("10.20.30.post2", (10, 20, 30, 0)),
    ],
)
def test_numeric_version(release_info: ModuleType, text: str, expected: tuple[int, ...]) -> None:
    assert release_info.numeric_version(text) == expected


def test_numeric_version_rejects_text_without_a_number(release_info: ModuleType) -> None:
    with pytest.raises(ValueError, match="does not start with a number"):
        release_info.numeric_version("next")


def test_info_plist_carries_the_pyproject_version(release_info: ModuleType) -> None:
    plist = release_info.info_plist(release_info.version())
    major, minor, patch, _ = release_info.numeric_version(PYPROJECT["version"])
    assert plist["CFBundleShortVersionString"] == f"{major}.{minor}.{patch}"
    assert plist["CFBundleIdentifier"] == "com.gigadesk.app"
    assert plist["NSHighResolutionCapable"] is True
    # Must serialise: PyInstaller writes it with plistlib.
    assert b"com.gigadesk.app" in plistlib.dumps(plist)


def test_spec_passes_the_version_and_plist_to_the_bundle() -> None:
    assert "VERSION = release_info.version(ROOT)" in SPEC
    assert "info_plist=release_info.info_plist(VERSION)" in SPEC
    assert "bundle_identifier=release_info.BUNDLE_ID" in SPEC
    assert 'icon=str(RESOURCES / "gigadesk.icns")' in SPEC


def _record(kind: str) -> Any:
    return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}


def test_windows_version_resource_holds_the_pyproject_version(release_info: ModuleType) -> None:
    names = (
        "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo VarStruct"
    )
    namespace = {name: _record(name) for name in names.split()}
    # PyInstaller eval()s this text with its own classes of the same names.
    info = eval(release_info.windows_version_text(), namespace)
    numbers = release_info.numeric_version(PYPROJECT["version"])
    assert info["ffi"]["filevers"] == numbers
    assert info["ffi"]["prodvers"] == numbers
    table = info["kids"][0]["args"][0][0]["args"][1]
    strings = dict(entry["args"] for entry in table)
    assert strings["ProductVersion"] == PYPROJECT["version"]
    assert strings["CompanyName"] == PYPROJECT["authors"][0]["name"]
    assert strings["OriginalFilename"] == "GigaDesk.exe"


# --- the Inno Setup script -------------------------------------------------------------------


def test_iss_reads_version_and_publisher_from_the_built_exe() -> None:
    assert not re.search(r"^\s*AppVersion=\d", ISS, re.MULTILINE), "no hard-coded version"
    assert 'GetStringFileInfo(AppExe, "ProductVersion")' in ISS
    assert 'GetStringFileInfo(AppExe, "CompanyName")' in ISS
    assert "AppVersion={#AppVersion}" in ISS
    assert "AppPublisher={#AppPublisher}" in ISS


def test_iss_installs_per_user_with_a_start_menu_entry(release_info: ModuleType) -> None:
    assert re.search(r"^PrivilegesRequired=lowest$", ISS, re.MULTILINE)
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\", ISS, re.MULTILINE)
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"', ISS, re.MULTILINE)
    assert f'#define AppName "{release_info.APP_NAME}"' in ISS
    assert '#define AppExeName "GigaDesk.exe"' in ISS


def test_iss_paths_point_at_real_files() -> None:
    iss_dir = PACKAGING / "windows"
    icon = re.search(r"^SetupIconFile=(.+)$", ISS, re.MULTILINE)
    assert icon is not None
    assert (iss_dir / icon.group(1).replace("\\", "/")).resolve() == ROOT / "resources" / (
        "gigadesk.ico"
    )
    # The bundle folder the spec writes: dist/<APP>/<APP>.exe.
    assert '"..\\..\\dist\\" + AppName' in ISS
    assert "name=APP," in SPEC


def test_iss_uninstaller_keeps_user_data_unless_asked() -> None:
    code = ISS.split("[Code]", 1)[1]
    assert "DeleteUserData := False;" in code
    assert "Box.Checked := False;" in code
    assert "UninstallSilent()" in code
    # The only DelTree runs after uninstall, guarded by the user's tick.
    assert code.count("DelTree(") == 1
    guard = code.index("(CurUninstallStep = usPostUninstall) and DeleteUserData")
    assert guard < code.index("DelTree(")
    assert "{localappdata}\\{#AppName}" in code
    assert "{userappdata}\\{#AppName}" in code


def test_installer_icons_exist_and_are_real_icon_files() -> None:
    assert (ROOT / "resources" / "gigadesk.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ROOT / "resources" / "gigadesk.icns").read_bytes()[:4] == b"icns"


# --- what the bundle carries ------------------------------------------------------------------


def _qt_modules_imported_by_the_app() -> set[str]:
    found: set[str] = set()
    for path in [ROOT / "main.py", *(ROOT / "gigadesk").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    found.add(parts[1])
    return found


def test_every_qt_module_the_app_imports_is_kept(bundle_filters: ModuleType) -> None:
    used = _qt_modules_imported_by_the_app()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    missing = used - bundle_filters.QT_USED
    assert not missing, f"add {sorted(missing)} to QT_USED in packaging/bundle_filters.py"


def test_unused_qt_modules_are_excluded(bundle_filters: ModuleType) -> None:
    import PySide6

    excluded = set(bundle_filters.unused_qt_modules(Path(PySide6.__file__).parent))
    assert {"PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork"} <= excluded
    assert not {f"PySide6.{name}" for name in bundle_filters.QT_USED} & excluded


def test_hidden_imports_name_real_modules(bundle_filters: ModuleType) -> None:
    for name in bundle_filters.HIDDEN_IMPORTS:
        assert importlib.util.find_spec(name) is not None, name
    backends = {n for n in bundle_filters.HIDDEN_IMPORTS if n.startswith("keyring.backends.")}
    for backend in ("macOS", "Windows", "SecretService", "kwallet", "chainer", "fail", "null"):
        assert f"keyring.backends.{backend}" in backends


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("certifi/cacert.pem", True),
        ("somepkg/plugins/thing.so", True),
    ],
)
def test_plugin_filter(bundle_filters: ModuleType, dest: str, kept: bool) -> None:
    assert bundle_filters.plugin_kept(dest) is kept


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux plugin names")
def test_qt_plugin_collection_is_filtered_before_dependencies(bundle_filters: ModuleType) -> None:
    qt = pytest.importorskip("PyInstaller.utils.hooks.qt")  # the [bundle] extra
    assert bundle_filters.skip_unwanted_qt_plugins()
    assert bundle_filters.skip_unwanted_qt_plugins()  # a second call does not wrap twice
    info = qt.QtLibraryInfo("PySide6")
    platforms = {Path(src).name for src, _dst in info.collect_plugins("platforms")}
    assert "libqxcb.so" in platforms
    assert "libqoffscreen.so" in platforms
    assert "libqeglfs.so" not in platforms
    assert info.collect_plugins("tls") == []


def test_qt_translations_kept_only_for_shipped_languages(bundle_filters: ModuleType) -> None:
    assert bundle_filters.SHIPPED_LANGUAGES == ("de", "es")
    assert bundle_filters.keep_data(("PySide6/Qt/translations/qtbase_de.qm", "", "DATA"))
    assert bundle_filters.keep_data(("PySide6/Qt/translations/qtbase_es.qm", "", "DATA"))
    assert not bundle_filters.keep_data(("PySide6/Qt/translations/qtbase_fr.qm", "", "DATA"))
    assert not bundle_filters.keep_data(("PySide6/Qt/translations/qt_help_de.qm", "", "DATA"))
    assert not bundle_filters.keep_data(("PySide6/translations/qt_fr.qm", "", "DATA"))
    assert bundle_filters.keep_data(("resources/gigadesk-256.png", "", "DATA"))
    assert bundle_filters.keep_data(("babel/translations/x.qm", "", "DATA"))


@pytest.mark.parametrize(
    ("dest", "platform", "host"),
    [
        ("libX11.so.6", "linux", True),
        ("libxcb-icccm.so.4", "linux", True),
        ("libfontconfig.so.1", "linux", True),
        ("libstdc++.so.6", "linux", True),
        ("libssl.so.3", "linux", False),  # Python's _ssl needs the version it was built with
        ("libsqlite3.so.0", "linux", False),
        ("libpython3.11.so.1.0", "linux", False),
        ("libicudata.so.73", "linux", False),
        ("PySide6/Qt/lib/libX11.so.6", "linux", False),
        ("libX11.so.6", "darwin", False),
        ("libX11.so.6", "win32", False),
    ],
)
def test_host_library_filter(
    bundle_filters: ModuleType, dest: str, platform: str, host: bool
) -> None:
    assert bundle_filters.host_lib(dest, platform) is host


def test_binary_filter_drops_software_opengl_and_host_libs(bundle_filters: ModuleType) -> None:
    assert not bundle_filters.keep_binary(("PySide6/opengl32sw.dll", "", "BINARY"))
    assert not bundle_filters.keep_binary(
        ("PySide6/Qt/plugins/tls/libqcertonlybackend.so", "", "BINARY")
    )
    assert bundle_filters.keep_binary(("PySide6/Qt/lib/libQt6Core.so.6", "", "BINARY"))
    assert bundle_filters.keep_binary(("libpython3.11.so.1.0", "", "BINARY"))


def test_spec_carries_resources_and_the_whole_app() -> None:
    assert 'datas=[(str(RESOURCES), "resources")]' in SPEC
    assert 'collect_submodules("gigadesk")' in SPEC
    assert "upx=False" in SPEC
    assert "exclude_binaries=True" in SPEC  # onedir


def test_frozen_resources_folder_matches_what_the_app_looks_for() -> None:
    from gigadesk.ui import icons

    # From source the app reads the checkout's resources/, frozen it reads
    # sys._MEIPASS/resources: the folder the spec copies resources/ to.
    assert icons.resources_dir() == ROOT / "resources"
    assert "_MEIPASS" in Path(icons.__file__).read_text(encoding="utf-8")


# --- macOS script, workflow, Makefile ----------------------------------------------------------


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_dmg_script_parses_and_keeps_symlinks() -> None:
    subprocess.run(["bash", "-n", str(DMG_SCRIPT)], check=True)
    script = DMG_SCRIPT.read_text(encoding="utf-8")
    commands = [line.strip() for line in script.splitlines() if not line.lstrip().startswith("#")]
    assert not any(re.match(r"^zip\b", line) for line in commands), "use ditto, never zip"
    assert "ditto -c -k --sequesterRsrc --keepParent" in script
    assert 'ln -s /Applications "$staging/Applications"' in script
    assert "hdiutil create" in script
    assert "notarytool submit" in script and "--wait" in script
    assert 'stapler staple "$APP"' in script and 'stapler staple "$DMG"' in script


def test_entitlements_are_a_valid_plist() -> None:
    data = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert data == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


def test_workflow_builds_and_smoke_tests_on_both_systems() -> None:
    for runner in ("runs-on: windows-latest", "runs-on: macos-latest"):
        assert runner in WORKFLOW
    assert WORKFLOW.count("packaging/smoke_test.py") == 2
    assert WORKFLOW.count("packaging/gigadesk.spec") == 2
    assert "packaging\\windows\\gigadesk.iss" in WORKFLOW
    assert "packaging/macos/build_dmg.sh" in WORKFLOW
    assert "actions/upload-artifact" in WORKFLOW


FORBIDDEN = re.compile(r"pypi|pythonhosted|index-url|find-links|https?://[^\s\"']*simple", re.I)


@pytest.mark.parametrize(
    "path",
    [
        ".github/workflows/release.yml",
        "packaging/README.md",
        "packaging/gigadesk.spec",
        "packaging/windows/gigadesk.iss",
        "packaging/macos/build_dmg.sh",
        "Makefile",
    ],
)
def test_no_package_index_is_named(path: str) -> None:
    assert not FORBIDDEN.search((ROOT / path).read_text(encoding="utf-8"))


def test_make_bundle_installs_the_bundle_extra_then_smoke_tests() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    target = makefile.split("\nbundle:", 1)[1].split("\n\n", 1)[0]
    assert "packaging/gigadesk.spec" in target
    assert "packaging/smoke_test.py" in target
    assert "-e '.[test,bundle]'" in makefile
    bundle_extra = PYPROJECT["optional-dependencies"]["bundle"]
    assert any(dep.startswith("pyinstaller") for dep in bundle_extra)
    # pyside6-essentials only: the pyside6 meta-package drags QML and WebEngine in.
    assert not any(re.match(r"pyside6(?![-_\w])", dep, re.I) for dep in PYPROJECT["dependencies"])
    assert any(dep.startswith("pyside6-essentials") for dep in PYPROJECT["dependencies"])
