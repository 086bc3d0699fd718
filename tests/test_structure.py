"""The code's shape: no import cycle, the layers' arrows point down, small UI modules."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "gigadesk"
MAX_UI_LINES = 400


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imported(path: Path) -> Iterator[str]:
    """Every module `path` imports: at the top, in functions, and for types only (an import
    under TYPE_CHECKING is a dependency all the same)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            for alias in node.names:
                full = f"{base}.{alias.name}"
                yield full if full in MODULES else base


def graph() -> dict[str, set[str]]:
    return {
        name: {other for other in imported(path) if other in MODULES and other != name}
        for name, path in MODULES.items()
    }


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in edges:
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_in_gigadesk() -> None:
    assert len(MODULES) > 50  # the package was found
    assert cycles(graph()) == []


def third_party(path: Path) -> set[str]:
    return {name.split(".")[0] for name in imported(path)}


def project(path: Path) -> set[str]:
    return {name for name in imported(path) if name.startswith("gigadesk")}


def under(prefix: str) -> list[Path]:
    return [path for name, path in MODULES.items() if name.startswith(prefix)]


def test_the_ui_acts_through_services_never_the_wire_or_the_files() -> None:
    ui = under("gigadesk.ui")
    assert ui
    for path in ui:
        assert not {"httpx", "sqlite3", "keyring"} & third_party(path), path
        assert not {n for n in project(path) if n.startswith("gigadesk.api")}, path
        # Issue 16's check, word for word: `grep -rn "gigadesk.api\|keyring" gigadesk/ui`
        # finds nothing (not even a mention that could hide a lazy import).
        text = path.read_text(encoding="utf-8")
        assert "gigadesk.api" not in text and "keyring" not in text, path


@pytest.mark.parametrize("layer", ["gigadesk.services", "gigadesk.api", "gigadesk.store"])
def test_lower_layers_know_no_qt_and_no_ui(layer: str) -> None:
    for path in under(layer):
        assert "PySide6" not in third_party(path), path
        assert not {n for n in project(path) if n.startswith(("gigadesk.ui", "gigadesk.cli"))}


def test_the_domain_imports_nothing_of_the_project() -> None:
    for path in under("gigadesk.domain"):
        assert not {n for n in project(path) if not n.startswith("gigadesk.domain")}, path


def test_the_sandbox_shares_no_wire_code() -> None:
    for path in under("gigadesk.sandbox"):
        wire = {n for n in project(path) if n.startswith(("gigadesk.api", "gigadesk.services"))}
        assert not wire, path


def test_no_ui_module_is_over_400_lines() -> None:
    long = {
        name: lines
        for name, path in MODULES.items()
        if name.startswith("gigadesk.ui")
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_UI_LINES
    }
    assert long == {}


# The main window as a whole: AppWindow and the mixin it is built from.
MAIN_WINDOW = {"gigadesk.ui.shell.app_window", "gigadesk.ui.shell.parts"}
# Outside the shell only these hold the whole window: the app's lifetime creates it and the
# automation (screenshot, smoke test) drives it from outside, as a user would.
WINDOW_OWNERS = {"gigadesk.ui.runtime.controller", "gigadesk.ui.runtime.automation"}


def qt_names(path: Path) -> set[str]:
    """The names `path` imports from PySide6."""
    return {
        alias.name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")
        for alias in node.names
    }


def test_features_get_narrow_inputs_never_the_main_window() -> None:
    features = {
        name: path
        for name, path in MODULES.items()
        if name.startswith("gigadesk.ui.")
        and not name.startswith("gigadesk.ui.shell")
        and name not in WINDOW_OWNERS
    }
    assert "gigadesk.ui.dashboard.switch" in features  # the feature folders were found
    for name, path in features.items():
        assert not project(path) & (MAIN_WINDOW | WINDOW_OWNERS), name
        assert "QMainWindow" not in qt_names(path), name
    knowing = {name for name, path in MODULES.items() if project(path) & MAIN_WINDOW}
    assert {name for name in knowing if not name.startswith("gigadesk.ui.shell")} <= WINDOW_OWNERS
