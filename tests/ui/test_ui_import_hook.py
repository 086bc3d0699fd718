"""PySide6's import hook with GigaDesk's cheaper test: the same answers, from the file's bytes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import gigadesk.app  # noqa: F401 (installs the faster test, as every start does)
from gigadesk.ui import theme
from gigadesk.ui.runtime import import_hook


def hook() -> Callable[[ModuleType], bool]:
    feature = sys.modules.get(import_hook.HOOK_MODULE)
    if feature is None or not hasattr(feature, import_hook.HOOK_FUNCTION):
        pytest.skip("this PySide6 has no such import hook")
    found: Callable[[ModuleType], bool] = getattr(feature, import_hook.HOOK_FUNCTION)
    return found


def test_the_app_installs_it_once() -> None:
    installed = hook()
    assert getattr(installed, import_hook.MARK, None) is not None
    assert import_hook.install()
    assert hook() is installed  # a second install changes nothing


def test_it_answers_as_pyside6_does(tmp_path: Path) -> None:
    installed = hook()
    original = getattr(installed, import_hook.MARK)
    mentions = tmp_path / "mentions.py"
    mentions.write_text('"""Draws with PySide6."""\n', encoding="utf-8")
    silent = tmp_path / "silent.py"
    silent.write_text('"""Draws nothing."""\n', encoding="utf-8")
    made = []
    for path in (mentions, silent, tmp_path / "missing.py"):
        module = ModuleType(path.stem)
        module.__file__ = str(path)
        made.append(module)
    for module in (theme, json, sys, *made):
        assert installed(module) == original(module), module
    assert [installed(m) for m in made] == [True, False, False]
