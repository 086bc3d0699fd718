"""Shared test set-up: offscreen Qt, PySide6 for qasync, and the loopback sandbox."""

from __future__ import annotations

import os

# Before anything imports Qt or qasync: offscreen rendering and the PySide6 binding.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
