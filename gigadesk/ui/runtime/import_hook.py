"""A cheaper test in PySide6's import hook, which otherwise slows down every later import.

Once PySide6 is loaded, its hook asks of every module imported whether the module's source
mentions "PySide6" (to support `from __feature__ import ...`). It finds out through
inspect.getsource, which reads the file into linecache and splits it into lines: about 0.2 ms
a module, some 25 ms over the modules the window imports before its first paint. Reading the
file's bytes answers the same question in a fraction of that.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

HOOK_MODULE = "shibokensupport.feature"  # where PySide6 keeps the hook's helpers
HOOK_FUNCTION = "_mod_uses_pyside"
MARK = "gigadesk_original"  # set on our test: PySide6's own, which it stands in for


def uses_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """True when `module`'s source file mentions PySide6 (`fallback` for other kinds)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)  # built in, an extension, frozen or zipped: PySide6's way
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False  # what PySide6's own test says of a module without a readable source


def install() -> bool:
    """Use the faster test from now on (after PySide6 is imported); False when this PySide6
    has no such hook (then nothing is changed)."""
    feature = sys.modules.get(HOOK_MODULE)
    original = getattr(feature, HOOK_FUNCTION, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, MARK, None) is not None:
        return True  # installed already

    def faster(module: ModuleType) -> bool:
        return uses_pyside(module, original)

    setattr(faster, MARK, original)
    setattr(feature, HOOK_FUNCTION, faster)
    return True
