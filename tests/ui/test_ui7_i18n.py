"""Languages: German and Spanish catalogues load, the texts follow, numbers use the locale."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMenu
from window_rig import WindowRig

from gigadesk.store.query import QuickFilter
from gigadesk.ui import i18n
from gigadesk.ui.dashboard import money_label

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def language(qapp: QApplication) -> Iterator[None]:
    """Whatever language a test installs, English and the old default locale come back after."""
    before = QLocale()
    yield
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(before)


@pytest.mark.parametrize("code", ["de", "es"])
def test_every_text_of_the_catalogue_is_translated_and_compiled(code: str) -> None:
    folder = i18n.translations_dir()
    source = folder / f"gigadesk_{code}.ts"
    compiled = folder / f"gigadesk_{code}.qm"
    assert compiled.is_file() and compiled.stat().st_size > 1000
    messages = list(ET.parse(source).getroot().iter("message"))
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None
        text, original = translation.text or "", message.findtext("source") or ""
        assert text.strip(), original
        # Placeholders survive translation, so arg() fills every one.
        for number in range(1, 4):
            assert (f"%{number}" in original) == (f"%{number}" in text), (original, text)


def test_german_menus_filters_and_dashboard(
    rig: WindowRig, qapp: QApplication, language: None
) -> None:
    locale = i18n.install_translators(qapp, "de")
    assert locale.language() is QLocale.Language.German
    assert QCoreApplication.translate("Actions", "&Refresh") == "&Aktualisieren"
    window = rig.synced_window()
    titles = [
        m.title()
        for m in window.menuBar().findChildren(QMenu)
        if m.objectName().startswith("menu-")
    ]
    assert titles == ["&Datei", "&Bearbeiten", "&Ansicht", "&Verkauf", "&Hilfe"]
    assert window.history.filter_buttons[QuickFilter.REFUNDABLE].text() == "Jetzt erstattbar"
    assert window.tabs.tabText(1) == "&Dashboard" and window.tabs.tabText(0) == "&Historie"
    window.workspace.show_view("dashboard")
    insight = rig.loop.run_until_complete(window.workspace.refresh_dashboard())
    assert insight is not None
    summary = window.dashboard.summary_label.text()
    assert "Pakete im Speicher" in summary and "Erstattungen diesen Monat genutzt" in summary
    assert money_label(Decimal("1234.5"), "EUR") == "1.234,50 EUR"  # German number format


def test_spanish_from_the_settings_language(
    rig: WindowRig, qapp: QApplication, language: None, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from gigadesk.store.paths import AppPaths
    from gigadesk.store.settings import Settings, save_settings

    save_settings(AppPaths.under(tmp_path), Settings(language="es"))
    assert i18n.settings_language(tmp_path) == "es"
    i18n.install_translators(qapp, i18n.settings_language(tmp_path))
    window = rig.synced_window()
    assert window.commands.refresh.text() == "&Actualizar"
    assert window.workspace.actions.refund_selected.text() == "Reembolsar se&leccionados…"
    assert money_label(Decimal("7.9"), "USD") == "7,90 USD"


def test_an_unknown_language_keeps_english(qapp: QApplication, language: None) -> None:
    i18n.install_translators(qapp, "fi")
    assert QCoreApplication.translate("Actions", "&Refresh") == "&Refresh"


def test_arg_fills_placeholders_without_mixing_them_up() -> None:
    assert i18n.arg("%1 of %2 (%10)", "a", "b", *range(3, 10), "ten") == "a of b (ten)"
