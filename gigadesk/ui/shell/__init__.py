"""The main window: menus and actions, layout, status bar, banner, sync and view switching."""
