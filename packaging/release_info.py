"""Release metadata for the installers, read from pyproject.toml: the version lives there only."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

APP_NAME = "GigaDesk"
BUNDLE_ID = "com.gigadesk.app"
COPYRIGHT = "Copyright © the GigaDesk team"
ROOT = Path(__file__).resolve().parents[1]


def project_table(root: Path = ROOT) -> dict[str, Any]:
    """The [project] table of pyproject.toml."""
    with (root / "pyproject.toml").open("rb") as handle:
        table: dict[str, Any] = tomllib.load(handle)["project"]
    return table


def version(root: Path = ROOT) -> str:
    """The project's version string, e.g. "0.1.0"."""
    return str(project_table(root)["version"])


def publisher(root: Path = ROOT) -> str:
    """The first author's name, shown as publisher/company by Windows."""
    authors = project_table(root).get("authors") or [{"name": APP_NAME}]
    return str(authors[0]["name"])


def description(root: Path = ROOT) -> str:
    """The one-line project description."""
    return str(project_table(root)["description"])


def numeric_version(text: str) -> tuple[int, int, int, int]:
    """The four numbers Windows and macOS want: "1.2.3rc1" -> (1, 2, 3, 0)."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", text)
    if match is None:
        raise ValueError(f"version {text!r} does not start with a number")
    parts = [int(part) if part is not None else 0 for part in match.groups()]
    return (parts[0], parts[1], parts[2], parts[3])


def info_plist(text: str) -> dict[str, Any]:
    """The Info.plist keys GigaDesk.app adds to PyInstaller's defaults."""
    short = ".".join(str(part) for part in numeric_version(text)[:3])
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": short,
        "CFBundleVersion": short,
        "NSHighResolutionCapable": True,
        # Follow the system's light/dark appearance (the app ships both palettes).
        "NSRequiresAquaSystemAppearance": False,
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHumanReadableCopyright": COPYRIGHT,
    }


def windows_version_text(root: Path = ROOT) -> str:
    """The EXE version resource in PyInstaller's text format (read by the Inno Setup script)."""
    text = version(root)
    numbers = numeric_version(text)
    strings = {
        "CompanyName": publisher(root),
        "FileDescription": APP_NAME,
        "FileVersion": text,
        "InternalName": APP_NAME,
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": text,
    }
    table = ",\n".join(f"          StringStruct({key!r}, {val!r})" for key, val in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3F, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('040904B0', [\n"
        f"{table}\n"
        "      ])\n"
        "    ]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])]),\n"
        "  ],\n"
        ")\n"
    )
