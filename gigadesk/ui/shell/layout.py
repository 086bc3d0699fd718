"""The window's widgets and where they sit: search box, welcome view, banner, table and pane."""

from __future__ import annotations

import itertools
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gigadesk.ui.detail.pane import DetailPane
from gigadesk.ui.history.view import HistoryView
from gigadesk.ui.shell.actions import Actions
from gigadesk.ui.shell.banner import Banner

SPLITTER_SIZES = (890, 370)  # table and pane at 1280 pixels: a Purchase ID fits on one line


# A NamedTuple, not a dataclass: it is built at start-up, where a dataclass's generated
# methods cost over a millisecond each class.
class Central(NamedTuple):
    """The central area: a stack of the welcome view and the history page."""

    stack: QStackedWidget
    welcome: QWidget  # a placeholder for the welcome view, built when first needed
    banner: Banner
    splitter: QSplitter
    history: HistoryView
    pane: DetailPane
    tabs: QTabWidget  # History (the splitter) and Dashboard
    dashboard_page: QWidget  # the Dashboard tab until its content is built (after the paint)


def window_title(account: str | None, demo: bool) -> str:
    """The account first, the app's name last ("Document — App"): Linux window managers are
    given the title with the app's name appended unless it already ends with it."""
    title = account or ""
    if demo:
        title += QCoreApplication.translate("AppWindow", " (demo)")
    return f"{title.strip()} — GigaDesk" if title else "GigaDesk"


def make_search_edit(parent: QWidget) -> QLineEdit:
    """The toolbar's search box."""
    edit = QLineEdit(parent)
    edit.setPlaceholderText(
        QCoreApplication.translate("Layout", "Search package, Purchase ID, ICCID, e-mail, metatag")
    )
    edit.setClearButtonEnabled(True)
    edit.setMinimumWidth(320)
    edit.setAccessibleName(QCoreApplication.translate("Layout", "Search"))
    return edit


def replace_tab(tabs: QTabWidget, old: QWidget, new: QWidget) -> None:
    """Put `new` in `old`'s tab (same text, same place, still current if it was), quietly."""
    index = tabs.indexOf(old)
    current = tabs.currentIndex()
    text = tabs.tabText(index)
    tabs.blockSignals(True)  # the same tab stays current: nothing changed for the listeners
    try:
        tabs.removeTab(index)
        tabs.insertTab(index, new, text)
        tabs.setCurrentIndex(current)
    finally:
        tabs.blockSignals(False)
    old.deleteLater()


def replace_page(stack: QStackedWidget, old: QWidget, new: QWidget) -> None:
    """Put `new` in `old`'s place in `stack` (still current if it was), quietly."""
    index = stack.indexOf(old)
    current = stack.currentIndex()
    stack.blockSignals(True)  # the same page stays current: nothing changed for the listeners
    try:
        stack.insertWidget(index, new)
        stack.removeWidget(old)
        stack.setCurrentIndex(current)
    finally:
        stack.blockSignals(False)
    old.deleteLater()


def chain_focus(search: QWidget, history: HistoryView, pane: DetailPane) -> None:
    """Tab and Shift+Tab walk the search, the quick filters, the table and the pane's
    buttons; inside the table the arrow keys move (Tab no longer walks its cells)."""
    history.table.setTabKeyNavigation(False)
    chain: list[QWidget] = [search, *history.filter_buttons.values(), history.table]
    chain += [pane.refund_button, pane.ticket_button, pane.copy_uid_button]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def build_central(parent: QWidget, commands: Actions) -> Central:
    """Welcome view (page 0) and the banner over table and pane (page 1)."""
    stack = QStackedWidget(parent)
    welcome = QWidget(stack)  # see replace_page
    stack.addWidget(welcome)
    page = QWidget(stack)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(6, 6, 6, 0)
    banner = Banner(page)
    layout.addWidget(banner)
    tabs = QTabWidget(page)
    tabs.setDocumentMode(True)
    tabs.setAccessibleName(QCoreApplication.translate("Layout", "Views"))
    tabs.tabBar().setAccessibleName(QCoreApplication.translate("Layout", "Views"))
    splitter = QSplitter(Qt.Orientation.Horizontal, tabs)
    history = HistoryView(splitter)
    pane = DetailPane(commands.refund, splitter)
    splitter.addWidget(history)
    splitter.addWidget(pane)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes(list(SPLITTER_SIZES))
    splitter.setChildrenCollapsible(False)
    tabs.addTab(splitter, QCoreApplication.translate("Layout", "&History"))
    dashboard_page = QWidget(tabs)  # a placeholder: see replace_tab
    tabs.addTab(dashboard_page, QCoreApplication.translate("Layout", "&Dashboard"))
    layout.addWidget(tabs, 1)
    stack.addWidget(page)
    for action in (commands.refund, commands.copy_uid, commands.copy_ticket):
        history.table.addAction(action)
    return Central(stack, welcome, banner, splitter, history, pane, tabs, dashboard_page)
