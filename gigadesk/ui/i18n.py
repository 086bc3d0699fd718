"""The user's language: Qt translators for GigaDesk and Qt's own texts, from settings or system."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from gigadesk.store.paths import AppPaths, PathsError
from gigadesk.store.settings import load_settings
from gigadesk.ui.icons import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

log = logging.getLogger(__name__)

CATALOG = "gigadesk"
LANGUAGES: tuple[str, ...] = ("en", "de", "es")  # English is the source language

# Kept alive here: a translator removed by the garbage collector stops translating.
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """Where the compiled .qm catalogues are (also inside the frozen bundle)."""
    return resources_dir() / "translations"


def loaded_catalogues() -> list[str]:
    """The names of the catalogues translating the texts now ('gigadesk_de', 'qtbase_de')."""
    return [Path(translator.filePath()).stem for translator in _installed]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for pyside6-lupdate without translating it yet (Qt's own is typed `object`)."""
    del context  # only lupdate reads it
    return text


def arg(text: str, *values: object) -> str:
    """Fill Qt-style placeholders %1, %2, ... of a translated text in one pass (so %1 never
    eats the start of %10, and a value that itself contains %2 is left as it is)."""

    def fill(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, text)


_PLACEHOLDER = re.compile(r"%(\d+)")


def counted(count: int, one: str, many: str, *values: object) -> str:
    """`one` or `many` (both already translated, both marked for lupdate at the call) chosen
    by `count`, with %1, %2... filled from `values`. German and Spanish, like English, use the
    singular for exactly one; a language with other plural rules would need Qt's numerus forms.
    """
    return arg(one if count == 1 else many, *values)


def choose_locale(language: str = "") -> QLocale:
    """The locale for `language` ("de", "es_MX", ...), or the system's when it is empty."""
    return QLocale(language) if language.strip() else QLocale.system()


def settings_language(data_dir: Path | None) -> str:
    """Settings.language from the settings file GigaDesk will use ("" when none is set)."""
    try:
        paths = AppPaths.under(data_dir) if data_dir is not None else AppPaths.default()
        # A peek: a damaged file is set aside (and said so) when the session starts.
        settings, _notice = load_settings(paths, peek=True)
    except (PathsError, OSError) as exc:
        log.warning("the language setting could not be read: %s", exc)
        return ""
    return settings.language


def install_translators(app: QCoreApplication, language: str = "") -> QLocale:
    """Translate GigaDesk and Qt's standard texts into `language` (or the system's); the locale
    chosen becomes the default, so numbers and dates follow it too. Returns that locale."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = choose_locale(language)
    QLocale.setDefault(locale)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return locale  # the source texts are English
    from PySide6.QtCore import QLibraryInfo, QTranslator  # only for another language

    ours = QTranslator(app)
    if ours.load(locale, CATALOG, "_", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.info("no GigaDesk translation for %s; English texts are used", locale.name())
    qt_texts = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_texts.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt_texts)
        _installed.append(qt_texts)
    return locale
