"""Languages: German and Spanish catalogues load, the texts follow, numbers use the locale."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot
from ui_helpers import demo_items
from window_rig import WindowRig

from gigadesk.domain.eligibility import ALREADY_REFUNDED, assess
from gigadesk.domain.items import Money, Status
from gigadesk.store.query import QuickFilter
from gigadesk.store.secrets import PlaceKind, SecretPlace
from gigadesk.ui import formatting as fmt
from gigadesk.ui import i18n
from gigadesk.ui.account.connection_form import AccountValues
from gigadesk.ui.account.secret_place_text import secret_note
from gigadesk.ui.account.settings_dialog import SettingsDialog, SettingsValues
from gigadesk.ui.dashboard.view import money_label
from gigadesk.ui.detail.pane import month_text
from gigadesk.ui.detail.verdict_text import check_text, check_title
from gigadesk.ui.detail.widgets import section_title
from gigadesk.ui.history import columns as hc
from gigadesk.ui.history.columns import COL_REFUNDABLE, header_text, tooltip
from gigadesk.ui.refunds.bulk_dialogs import BulkRefundDialog
from gigadesk.ui.refunds.bulk_plan import plan_bulk
from gigadesk.ui.shell.connection import Connection, refund_blocker

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
    window.views.switch.show_view("dashboard")
    insight = rig.loop.run_until_complete(window.views.switch.refresh_dashboard())
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
    assert window.views.bulk.action.text() == "Reembolsar se&leccionados…"
    assert money_label(Decimal("7.9"), "USD") == "7,90 USD"


def test_an_unknown_language_keeps_english(qapp: QApplication, language: None) -> None:
    i18n.install_translators(qapp, "fi")
    assert QCoreApplication.translate("Actions", "&Refresh") == "&Refresh"


def test_arg_fills_placeholders_without_mixing_them_up() -> None:
    assert i18n.arg("%1 of %2 (%10)", "a", "b", *range(3, 10), "ten") == "a of b (ten)"


def _translatable_sources() -> list[str]:
    """Every UI module that hands texts to Qt's translation machinery."""
    markers = ("translate(", "self.tr(", "QT_TRANSLATE_NOOP(")
    folder = Path(i18n.__file__).parent
    return sorted(
        str(path)
        for path in folder.rglob("*.py")
        if path.name != "i18n.py" and any(m in path.read_text(encoding="utf-8") for m in markers)
    )


@pytest.mark.parametrize("code", ["de", "es"])
def test_the_catalogue_holds_every_text_of_the_sources(code: str, tmp_path: Path) -> None:
    """Re-extracting the texts into a copy finds nothing new: no text was left out of the .ts."""
    copy = tmp_path / f"gigadesk_{code}.ts"
    shutil.copy(i18n.translations_dir() / f"gigadesk_{code}.ts", copy)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = _translatable_sources()
    assert any(s.endswith("detail/pane.py") for s in sources)
    assert any(s.endswith("status_bar.py") for s in sources)
    done = subprocess.run(
        [str(lupdate), "-locations", "none", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "(0 new " in done.stdout, done.stdout
    for message in ET.parse(copy).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None, message.findtext("source")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (
            message.findtext("source")
        )
        assert (translation.text or "").strip(), message.findtext("source")


def test_german_detail_pane_status_bar_and_dates(
    rig: WindowRig, qapp: QApplication, language: None
) -> None:
    i18n.install_translators(qapp, "de")
    window = rig.synced_window()
    window.select_row(0)
    pane = window.pane
    assert pane.item is not None and pane.currentIndex() == 1
    assert pane.copy_uid_button.text() == "Kopieren"
    assert pane.ticket_button.text() == "Support-Ticket-Text kopieren"
    assert pane.refundable_badge.text() in (
        "Jetzt erstattbar",
        "Erstattbar, sobald online",
        "Nicht erstattbar",
    )
    sold = pane.timeline.events[0]
    assert sold.title == "Verkauft"
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}", sold.detail), sold.detail
    assert "Stand des letzten Abgleichs" in pane.usage_label.text()
    labels = {label.text() for label in pane.findChildren(QLabel)}
    assert {"Bezahltes Guthaben:", "Vertriebskanal:", "Gültigkeit:"} <= labels
    paid = pane.fields["Credits paid"].text()
    assert re.fullmatch(r"\d+,\d{2} [A-Z]{3}", paid), paid  # German decimal comma
    # The API's activation modes in German too (not "beginnt: now").
    assert pane.item.activation_mode in fmt.ACTIVATION_TEXT
    starts = pane.fields["Validity"].text().split(" · ")[-1]
    assert starts in ("beginnt sofort", "beginnt bei der ersten Nutzung", "beginnt bei Bedarf")
    status = window.status
    assert status.state_label.text() == "Online"
    assert status.as_of_label.text().startswith("Historie vom Stand ")
    assert status.cancel_button.text() == "Abbrechen"
    assert status.clock_label.text() == "Uhrzeit von Gigastore wird verwendet"
    status.show_progress(2, 18, 12345)
    assert status.progress.format() == "Abgleich: 12.345 Einträge"
    status.hide_progress()


def test_spanish_texts_and_numbers_in_the_pane_helpers(qapp: QApplication, language: None) -> None:
    i18n.install_translators(qapp, "es")
    assert fmt.status_text(Status.PURCHASED) == "Comprado"
    assert fmt.days_text(1) == "1 día" and fmt.days_text(12) == "12 días"
    assert fmt.bytes_text(1_500_000_000) == "1,5 GB"
    assert month_text(2, 5) == "2 de 5 reembolsos usados este mes"
    assert refund_blocker(Connection.OFFLINE) == (
        "Los reembolsos necesitan conexión con Gigastore, al que ahora no se puede acceder."
    )


def test_c_locale_keeps_iso_dates_and_english_numbers(qapp: QApplication, language: None) -> None:
    QLocale.setDefault(QLocale.c())
    moment = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", fmt.local_time(moment))
    assert fmt.number_text(12345) == "12,345"
    assert fmt.money_text(Money(Decimal("1234.5"), "EUR")) == "1234.50 EUR"
    QLocale.setDefault(QLocale("de_DE"))
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", fmt.local_date(moment))
    assert fmt.number_text(12345) == "12.345"
    assert fmt.money_text(Money(Decimal("1234.5"), "EUR")) == "1.234,50 EUR"


def test_the_settings_dialog_offers_the_languages(qtbot: QtBot) -> None:
    account = AccountValues("reseller", "", "https://api.example.test")
    dialog = SettingsDialog(
        SettingsValues(account, 5, 15, "es"), None, secret_note="", secret_stored=True
    )
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["System default", "English", "Deutsch", "Español"]
    assert combo.currentText() == "Español" and dialog.values().language == "es"
    combo.setCurrentIndex(names.index("Deutsch"))
    assert dialog.values().language == "de"
    combo.setCurrentIndex(0)
    assert dialog.values().language == ""
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert "A new language applies the next time GigaDesk starts." in notes
    unknown = SettingsDialog(
        SettingsValues(account, None, 15, "xx"), None, secret_note="", secret_stored=True
    )
    qtbot.addWidget(unknown)
    assert unknown.values().language == ""  # a hand-edited code falls back to the system's


def test_german_refund_rules_in_the_checklist_and_tooltip(
    qapp: QApplication, language: None
) -> None:
    i18n.install_translators(qapp, "de")
    now = datetime(2026, 11, 22, tzinfo=UTC)
    stock = next(i for i in demo_items(200) if i.status is Status.ACTIVATED)
    verdict = assess(stock, now, 5, 5)
    lines = [(check_title(c), check_text(c, stock, verdict)) for c in verdict.checks]
    assert lines[0][0] == "Aus dem Lagerbestand"
    assert "Lagerbestand" in lines[0][1] and stock.uid in lines[0][1]
    assert lines[3] == (
        "Monatslimit erreicht",
        "Die Erstattungen dieses Monats sind aufgebraucht (5 von 5).",
    )
    assert "Erstattungen dieses Monats" in (tooltip(stock, verdict, COL_REFUNDABLE) or "")
    assert header_text(COL_REFUNDABLE) == "Erstattbar"
    # A refund's day is the rules' (UTC) day, written as German dates are, not in ISO.
    bought = next(i for i in demo_items(200) if i.status is Status.PURCHASED)
    late = datetime(2026, 11, 21, 23, 30, tzinfo=UTC)
    refunded = dataclasses.replace(bought, status=Status.REFUNDED, refunded_at=late)
    judged = assess(refunded, now, 1, 5)
    check = next(c for c in judged.checks if c.code == ALREADY_REFUNDED)
    assert check_title(check, refunded) == "Erstattet am 21.11.2026"
    assert fmt.utc_time(late) == "21.11.2026 23:30 UTC"  # the rules' sentences say so too
    valid = assess(bought, now, 1, 5)
    sentences = " ".join(check_text(c, bought, valid) for c in valid.checks)
    sentences += " ".join(check_text(c, refunded, judged) for c in judged.checks)
    assert re.search(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2} UTC", sentences), sentences
    assert not re.search(r"\d{4}-\d{2}-\d{2}", sentences), sentences
    ticket = fmt.support_ticket_text(refunded)  # read by Gigastore support: ISO on purpose
    assert re.search(r"Sold: \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", ticket)


def test_counts_are_translated_with_their_plural_forms(qapp: QApplication, language: None) -> None:
    from gigadesk.ui.history.view import count_text

    assert count_text(1, 1) == "1 item"  # English: singular for one, plural otherwise
    assert count_text(2000, 2000) == "2,000 items"
    assert count_text(0, 1) == "0 of 1 item"
    i18n.install_translators(qapp, "de")
    assert count_text(2000, 2000) == "2.000 Einträge"
    assert count_text(1, 1) == "1 Eintrag"
    assert count_text(12, 2000) == "12 von 2.000 Einträgen"
    assert count_text(5, 2000, exact=False) == "wird gezählt… von 2.000 Einträgen"
    i18n.install_translators(qapp, "es")
    assert count_text(2000, 2000) == "2000 elementos"


def test_the_smoke_tests_translation_check(qapp: QApplication, language: None) -> None:
    from gigadesk.ui.runtime.automation import translation_check

    assert translation_check() is None  # English: the source texts, nothing to load
    i18n.install_translators(qapp, "de")
    check = translation_check()
    assert check is not None and check.ok, check
    assert "gigadesk_de, qtbase_de" in check.detail and "'Abbrechen'" in check.detail
    qapp.removeTranslator(i18n._installed[-1])  # as a bundle without qtbase_de.qm
    i18n._installed.pop()
    broken = translation_check()
    assert broken is not None and not broken.ok


def test_a_refunds_outcome_reads_in_german(qapp: QApplication, language: None) -> None:
    from gigadesk.services.refunds import RefundOutcome, RefundResult
    from gigadesk.ui.refunds.flow import outcome_text

    item = next(i for i in demo_items(50) if i.purchase_price is not None)
    done = RefundResult(RefundOutcome.REFUNDED, item.uid, "Refunded (English)", None, item)
    assert outcome_text(done).startswith(f"Refunded {item.name} ({item.uid}).")
    i18n.install_translators(qapp, "de")
    text = outcome_text(done)
    assert text.startswith(f"{item.name} ({item.uid}) erstattet.")
    assert "Guthaben gehen an Ihr Konto zurück" in text and "English" not in text


def test_a_refund_the_rules_stop_says_why_in_german(qapp: QApplication, language: None) -> None:
    from gigadesk.domain.eligibility import assess
    from gigadesk.services.refunds import RefundOutcome, RefundResult
    from gigadesk.ui.refunds.flow import outcome_text

    stock = next(i for i in demo_items(200) if i.status is Status.ACTIVATED)
    verdict = assess(stock, datetime(2026, 11, 22, tzinfo=UTC), 0, 5)
    message = " ".join(reason.message for reason in verdict.reasons)
    refused = RefundResult(RefundOutcome.REFUSED_LOCALLY, stock.uid, message, verdict, stock)
    i18n.install_translators(qapp, "de")
    text = outcome_text(refused)
    assert "Lagerbestand" in text and "inventory stock" not in text


def test_an_unknown_outcome_reads_in_german(qapp: QApplication, language: None) -> None:
    from gigadesk.services.refunds import RefundOutcome, RefundResult
    from gigadesk.ui.refunds.flow import outcome_text

    item = demo_items(5)[0]
    lost = RefundResult(RefundOutcome.UNKNOWN, item.uid, "The answer was lost.", None, item)
    i18n.install_translators(qapp, "de")
    text = outcome_text(lost)
    assert text.startswith(f"Es ist nicht bekannt, ob die Erstattung von {item.name}")
    assert "lost" not in text
    # A package the cache does not hold (settled from the banner) is named by its ID.
    unseen = RefundResult(RefundOutcome.UNKNOWN, "c0a8-9999", "The answer was lost.", None, None)
    assert outcome_text(unseen).startswith("Es ist nicht bekannt, ob die Erstattung von c0a8-9999")
    done = RefundResult(RefundOutcome.REFUNDED, "c0a8-9999", "Refunded c0a8-9999.", None, None)
    assert outcome_text(done) == "c0a8-9999 erstattet."


def test_german_columns_up_to_refundable_fit_at_1280_and_the_status_names_the_package(
    rig: WindowRig, qapp: QApplication, language: None
) -> None:
    i18n.install_translators(qapp, "de")
    window = rig.synced_window()
    window.resize(1280, 800)
    qapp.processEvents()
    table, header = window.table, window.table.horizontalHeader()
    refundable = header.sectionViewportPosition(hc.COL_REFUNDABLE)
    right = refundable + header.sectionSize(hc.COL_REFUNDABLE)
    assert right <= table.viewport().width(), (right, table.viewport().width())
    likely = table.fontMetrics().horizontalAdvance("Vermutlich")
    assert header.sectionSize(hc.COL_REFUNDABLE) > likely + 24  # the mark and the word
    assert header.sectionSize(hc.COL_PACKAGE) < table.columnWidth(hc.COL_SOLD) * 2
    # Wider, the package's name takes its room back; a column the reseller sizes stays so.
    window.resize(1700, 900)
    qapp.processEvents()
    natural = header.sectionSize(hc.COL_PACKAGE)
    assert natural > table.fontMetrics().horizontalAdvance("Global 10 GB 30 days")
    header.resizeSection(hc.COL_PACKAGE, natural + 40)  # as a drag of its edge does
    window.resize(1280, 800)
    qapp.processEvents()
    assert header.sectionSize(hc.COL_PACKAGE) == natural + 40

    window.select_row(0)
    item = window.current.item
    assert item is not None
    assert window.current_status.full_text.startswith(f"{item.name} (Kauf-ID {item.uid}) · ")


def test_capital_umlauts_of_the_pane_s_section_titles_keep_their_dots(qtbot: QtBot) -> None:
    # The titles are upper case in a smaller font, whose ascent the dots of Ü rise above:
    # clipped at the label's top edge, "GÜLTIGKEIT" read "GULTIGKEIT" (seen on Xvfb).
    label = section_title("Gültigkeit")
    qtbot.addWidget(label)
    label.show()
    image = label.grab().toImage()
    background = image.pixel(image.width() - 1, image.height() - 1)
    top_row = {image.pixel(x, 0) for x in range(image.width())}
    assert top_row == {background}, "the dots touch the edge: they are cut off"
    inked = [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y) != background for x in range(image.width()))
    ]
    assert inked and inked[0] >= 1


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "es_ES"])
def test_the_sale_time_and_validity_fit_their_columns_in_each_locale(
    rig: WindowRig, qapp: QApplication, language: None, locale: str
) -> None:
    # Seen on Xvfb in US English: "12/6/2026 11:51 …", the column sized for ISO times.
    i18n.install_translators(qapp, locale.split("_")[0])
    QLocale.setDefault(QLocale(locale))
    window = rig.synced_window()
    model, table = window.model, window.table
    assert model is not None
    metrics = table.fontMetrics()
    for column in (hc.COL_SOLD, hc.COL_EXPIRES, hc.COL_STATUS):
        widest = max(
            metrics.horizontalAdvance(str(model.index(row, column).data()))
            for row in range(min(model.rowCount(), 200))
        )
        assert widest + 8 <= table.columnWidth(column), (locale, column, widest)


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_the_welcome_view_shows_its_words_whole_and_no_package_line(
    rig: WindowRig, qapp: QApplication, language: None, code: str
) -> None:
    # Seen on Xvfb in German: the private-file checkbox was cut ("…Computer aufbewah"), and
    # the status bar said "no package selected" where no history can be chosen from.
    i18n.install_translators(qapp, code)
    window = rig.window(rig.workspace(account=None))
    window.resize(1280, 800)
    form = window.welcome.form
    window.welcome.prefill(rig.hooks.settings_values().account, "", True)  # no keychain
    qapp.processEvents()
    box = form.file_checkbox
    assert box.isVisible() and box.width() >= box.sizeHint().width(), (box.text(), box.width())
    assert not window.current_status.isVisible()
    window.status.showMessage("a passing message")
    window.status.clearMessage()
    assert not window.current_status.isVisible()  # a message going does not bring it back


def test_where_the_secret_is_kept_reads_in_the_user_s_language(
    qapp: QApplication, language: None
) -> None:
    # Seen on Xvfb in German: "Das Client Secret wird aufbewahrt: for this session only: no
    # keychain was found." The store now says where as a kind; the window words it.
    i18n.install_translators(qapp, "de")
    place = SecretPlace(PlaceKind.SESSION_NO_KEYCHAIN)
    assert secret_note(place) == (
        "Das Client Secret gilt nur für diese Sitzung: Es wurde kein Schlüsselbund gefunden."
    )
    for kind in PlaceKind:
        place = SecretPlace(kind, "/home/x/secret", "permission denied")
        note = secret_note(place)
        assert note.startswith("Das Client Secret"), (kind, note)
        assert place.text not in note and "permission" not in note  # no English inside


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("code", ["de", "es"])
def test_the_settings_dialog_opens_tall_enough_for_its_wrapped_notes(
    qtbot: QtBot, qapp: QApplication, language: None, code: str
) -> None:
    # Seen on Xvfb in German: opened at its minimum height, the fields were squeezed to a few
    # pixels and the notes were cut.
    i18n.install_translators(qapp, code)
    account = AccountValues("reseller-1", "", "https://api.giga.store", False)
    note = secret_note(SecretPlace(PlaceKind.SESSION_NO_KEYCHAIN))
    dialog = SettingsDialog(
        SettingsValues(account, 5, 15, code),
        None,
        secret_note=note,
        secret_stored=True,
        offer_file=True,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    layout = dialog.layout()
    assert layout is not None
    assert dialog.height() >= layout.totalHeightForWidth(dialog.width())
    field = dialog.form.client_id_edit
    assert field.height() >= field.sizeHint().height()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_bulk_refund_list_shows_every_column_whole_in_german(
    qtbot: QtBot, qapp: QApplication, language: None
) -> None:
    # Seen on Xvfb: the list scrolled sideways and cut "Nicht gesendet: über dem Limit …".
    i18n.install_translators(qapp, "de")
    now = datetime(2026, 11, 22, tzinfo=UTC)
    bought = [i for i in demo_items(300) if assess(i, now, 0, None).refundable][:6]
    dialog = BulkRefundDialog(plan_bulk(bought, 2, 5, now))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.plan.over_limit  # some are over the limit: their long words are shown
    tree, header = dialog.list, dialog.list.header()
    wide_as_allowed = dialog.width() >= int(dialog.screen().availableGeometry().width() * 0.9)
    assert header.length() <= tree.viewport().width() or wide_as_allowed
    # Whatever the screen, the words saying what happens to each package show whole.
    will_be = 3
    assert header.sectionPosition(will_be) + header.sectionSize(will_be) <= tree.viewport().width()
