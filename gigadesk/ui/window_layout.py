"""The window's widgets and where they sit: search box, welcome view, banner, table and pane."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gigadesk.ui.actions import Actions
from gigadesk.ui.backend import AppHooks
from gigadesk.ui.banner import Banner
from gigadesk.ui.dashboard import Dashboard
from gigadesk.ui.detail_pane import DetailPane
from gigadesk.ui.history_view import HistoryView
from gigadesk.ui.welcome_view import WelcomeView

SPLITTER_SIZES = (910, 350)  # table and pane at the default 1280-pixel width


@dataclass(frozen=True)
class Central:
    """The central area: a stack of the welcome view and the history page."""

    stack: QStackedWidget
    welcome: WelcomeView
    banner: Banner
    splitter: QSplitter
    history: HistoryView
    pane: DetailPane
    tabs: QTabWidget  # History (the splitter) and Dashboard
    dashboard: Dashboard


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


def build_central(parent: QWidget, commands: Actions, hooks: AppHooks) -> Central:
    """Welcome view (page 0) and the banner over table and pane (page 1)."""
    stack = QStackedWidget(parent)
    welcome = WelcomeView(hooks.test_connection)
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
    dashboard = Dashboard(tabs)
    tabs.addTab(dashboard, QCoreApplication.translate("Layout", "&Dashboard"))
    layout.addWidget(tabs, 1)
    stack.addWidget(page)
    for action in (commands.refund, commands.copy_uid, commands.copy_ticket):
        history.table.addAction(action)
    return Central(stack, welcome, banner, splitter, history, pane, tabs, dashboard)
