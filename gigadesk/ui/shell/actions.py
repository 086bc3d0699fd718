"""The window's actions (with shortcuts), its menu bar and its toolbar."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLineEdit,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolBar,
    QWidget,
)

from gigadesk.ui import icons, theme

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate


# A NamedTuple, not a dataclass: it is built at start-up, where a dataclass's generated
# methods cost over a millisecond each class.
class Actions(NamedTuple):
    """Every command of the main window, shared by menus, toolbar, pane and context menu."""

    refresh: QAction
    cancel_sync: QAction
    refund: QAction
    copy_uid: QAction
    copy_ticket: QAction
    export: QAction
    settings: QAction
    find: QAction
    quit: QAction
    check_connection: QAction
    reset_demo: QAction
    about: QAction


def _icon(window: QWidget, theme_name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    return QIcon.fromTheme(theme_name, window.style().standardIcon(fallback))


def make_actions(window: QMainWindow) -> Actions:
    """Create the actions, parented to `window` so their shortcuts work window-wide."""
    pixmap = QStyle.StandardPixmap

    def action(text: str, *keys: QKeySequence.StandardKey | str, tip: str = "") -> QAction:
        made = QAction(text, window)
        sequences: list[QKeySequence] = []
        for key in keys:
            for sequence in (
                QKeySequence.keyBindings(key)
                if isinstance(key, QKeySequence.StandardKey)
                else [QKeySequence(key)]
            ):
                if sequence not in sequences:
                    sequences.append(sequence)
        made.setShortcuts(sequences)
        if tip:
            made.setToolTip(tip)
            made.setStatusTip(tip)
        return made

    refresh = action(
        translate("Actions", "&Refresh"),
        QKeySequence.StandardKey.Refresh,
        "F5",
        tip=translate("Actions", "Sync the sales history with Gigastore now (F5)"),
    )
    refresh.setIcon(_icon(window, "view-refresh", pixmap.SP_BrowserReload))
    # Not Ctrl+R: that is Refresh on macOS and GNOME, and a refund must never be a slip.
    refund = action(
        translate("Actions", "Re&fund…"),
        "Ctrl+Shift+R",
        tip=translate("Actions", "Refund the selected package (Ctrl+Shift+R)"),
    )
    refund.setIcon(icons.refund_icon(theme.colors().info))
    export = action(
        translate("Actions", "&Export…"),
        "Ctrl+E",
        tip=translate("Actions", "Save the rows shown as an Excel workbook or a CSV file (Ctrl+E)"),
    )
    export.setIcon(_icon(window, "document-save-as", pixmap.SP_DialogSaveButton))
    settings = action(
        translate("Actions", "&Settings…"),
        QKeySequence.StandardKey.Preferences,
        "Ctrl+,",
        tip=translate("Actions", "Account, refund limit and refresh interval"),
    )
    settings.setIcon(_icon(window, "preferences-system", pixmap.SP_FileDialogDetailedView))
    settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    quit_action = action(
        translate("Actions", "&Quit"),
        QKeySequence.StandardKey.Quit,
        tip=translate("Actions", "Quit GigaDesk"),
    )
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    about = action(translate("Actions", "&About GigaDesk"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    return Actions(
        refresh=refresh,
        cancel_sync=action(
            translate("Actions", "&Cancel Sync"), tip=translate("Actions", "Stop the running sync")
        ),
        refund=refund,
        copy_uid=action(
            translate("Actions", "Copy &Purchase ID"),
            "Ctrl+Shift+C",
            tip=translate("Actions", "Copy the Purchase ID"),
        ),
        copy_ticket=action(
            translate("Actions", "Copy Support &Ticket Text"),
            tip=translate("Actions", "Copy a support request quoting the Purchase ID"),
        ),
        export=export,
        settings=settings,
        find=action(
            translate("Actions", "&Find"),
            QKeySequence.StandardKey.Find,
            tip=translate("Actions", "Search the history (Ctrl+F)"),
        ),
        quit=quit_action,
        check_connection=action(
            translate("Actions", "Check the &Connection…"),
            tip=translate(
                "Actions", "Learn what the Gigastore server speaks, with safe requests only"
            ),
        ),
        reset_demo=action(
            translate("Actions", "&Reset Demo…"),
            tip=translate("Actions", "Start the demo over: a fresh history, its refunds forgotten"),
        ),
        about=about,
    )


def build_menus(window: QMainWindow, actions: Actions) -> None:
    """File, Edit, View, Sale and Help menus."""
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("Actions", "&File"))
    file_menu.setObjectName("menu-file")
    file_menu.addAction(actions.export)
    file_menu.addSeparator()
    file_menu.addAction(actions.settings)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu(translate("Actions", "&Edit"))
    edit_menu.setObjectName("menu-edit")
    edit_menu.addAction(actions.find)
    edit_menu.addAction(actions.copy_uid)
    view_menu = bar.addMenu(translate("Actions", "&View"))
    view_menu.setObjectName("menu-view")
    view_menu.addAction(actions.refresh)
    view_menu.addAction(actions.cancel_sync)
    sale_menu = bar.addMenu(translate("Actions", "&Sale"))
    sale_menu.setObjectName("menu-sale")
    sale_menu.addAction(actions.refund)
    sale_menu.addAction(actions.copy_ticket)
    help_menu = bar.addMenu(translate("Actions", "&Help"))
    help_menu.setObjectName("menu-help")
    help_menu.addAction(actions.check_connection)
    help_menu.addAction(actions.reset_demo)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)


def add_view_commands(
    window: QMainWindow,
    actions: Actions,
    table: QWidget,
    *,
    views: tuple[QAction, QAction],
    export_selection: QAction,
    copy_rows: QAction,
    refund_selected: QAction,
    columns: QMenu,
) -> None:
    """Put the commands built after the first paint in the menus: File > Export Selection
    (before Settings), Edit > Copy Rows, View > History and Dashboard (before Refresh) and
    Columns (last), Sale > Refund Selected (before the ticket text); and the selection's
    commands in the table's context menu."""
    menus = {menu.objectName(): menu for menu in window.menuBar().findChildren(QMenu)}
    menus["menu-file"].insertAction(actions.settings, export_selection)
    menus["menu-edit"].addAction(copy_rows)
    view = menus["menu-view"]
    first = view.actions()[0]  # Refresh: the views come before it
    for action in views:
        view.insertAction(first, action)
    view.insertSeparator(first)
    view.addSeparator()
    view.addMenu(columns)
    menus["menu-sale"].insertAction(actions.copy_ticket, refund_selected)
    for action in (copy_rows, refund_selected, export_selection):
        table.addAction(action)


def build_toolbar(window: QMainWindow, actions: Actions, search: QLineEdit) -> QToolBar:
    """Refresh, Refund, Export, Settings, then the search box on the right."""
    toolbar = QToolBar(translate("Actions", "Main"), window)
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addAction(actions.refresh)
    toolbar.addAction(actions.refund)
    toolbar.addSeparator()
    toolbar.addAction(actions.export)
    toolbar.addAction(actions.settings)
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(search)
    window.addToolBar(toolbar)
    return toolbar
