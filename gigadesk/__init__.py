"""GigaDesk: a desktop application for Gigastore eSIM resellers."""

__version__ = "0.1.0"
APP_NAME = "GigaDesk"
