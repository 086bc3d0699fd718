"""UI benchmark: start-up, search, sort and memory over a 1,000,000-item cache; sync stalls.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui.py [--keep DIR]
     [--items 1000000] [--sync-items 100000] [--runs 3]

* start-up: the real window (AppController, offline, the big cache) against a bare PySide6
  window with an empty QTableView, each in a fresh process, alternating, timed from the first
  line of the process to the first full paint (our sources byte-compiled first, as installed;
  when running a child alone: python -m compileall -q gigadesk); for reference, two more
  children in the same rounds: the floor (the bare window with a minimal Python model showing
  rows of text) and GigaDesk's table and model alone;
* search keystroke (after the 150 ms debounce) and sort: query, model reset and repaint;
* peak RSS of the window process;
* a sync of 100,000 items from a sandbox in another process, with a 10 ms heartbeat timer on
  the GUI thread: the longest gap between beats is the event loop's worst stall.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # before any import: start-up is timed from here

import argparse  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
HERE = Path(__file__).resolve().parent
BEAT_MS = 10


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _emit(result: dict[str, Any]) -> None:
    print("RESULT " + json.dumps(result), flush=True)


# --- children: each runs in a fresh process ---------------------------------------------------


def child_bare() -> None:
    """A bare window with an empty table: the yardstick for start-up."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(QStandardItemModel(0, 11, table))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    window.grab()  # the first full paint
    _emit({"shown_ms": _ms(time.perf_counter() - STARTED)})
    del app


def child_floor() -> None:
    """The bare window with a minimal Python model showing rows of text: what any PySide6 table
    with rows pays before its first paint (Qt's namespace enums, which PySide6 builds when a
    Python model first meets a Qt enum, and the drawing of the visible rows' text)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    display_role = 0  # Qt.ItemDataRole.DisplayRole, without touching Qt's enums here
    no_parent = QModelIndex()  # the models' usual default, made once

    class TextModel(QAbstractTableModel):
        """1,000 rows of 11 short texts, made up when asked for."""

        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = no_parent) -> int:
            return 0 if parent.isValid() else 1000

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = no_parent) -> int:
            return 0 if parent.isValid() else 11

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
            if role == display_role:
                return f"row {index.row()} column {index.column()}"
            return None

        def headerData(self, section: int, orientation: Any, role: int = 0) -> Any:
            return f"Column {section}" if role == display_role else None

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(TextModel(table))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    window.grab()
    _emit({"shown_ms": _ms(time.perf_counter() - STARTED)})
    del app


def child_table(data_dir: Path) -> None:
    """GigaDesk's table and model alone over the big cache: no toolbar, pane, menus or status
    bar, no settings or services (how much of the start-up the table itself takes)."""
    from PySide6.QtWidgets import QMainWindow

    from gigadesk.app import make_application
    from gigadesk.store.cache import Cache
    from gigadesk.store.paths import AppPaths
    from gigadesk.ui.history.model import HistoryModel
    from gigadesk.ui.history.view import HistoryTable

    app = make_application()
    window = QMainWindow()
    table = HistoryTable(window)
    model = HistoryModel(Cache.open(AppPaths.under(data_dir).cache_file), parent=table)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    window.grab()
    _emit({"shown_ms": _ms(time.perf_counter() - STARTED)})
    model.close()
    del app


def _bare_window() -> float:
    """Build, show and paint a bare window with an empty table; milliseconds."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    started = time.perf_counter()
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(QStandardItemModel(0, 11, table))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    window.grab()
    elapsed = _ms(time.perf_counter() - started)
    window.close()
    return elapsed


def child_side_by_side(data_dir: Path, rounds: int) -> None:
    """After the imports: a bare window, then GigaDesk's over the big cache, `rounds` times."""
    from PySide6.QtWidgets import QWidget

    from gigadesk.app import SandboxDemo, make_application
    from gigadesk.ui.runtime.controller import AppController, LaunchOptions

    app = make_application()
    warm = QWidget()  # one-off costs (style, fonts) are paid by neither side
    warm.show()
    warm.grab()
    warm.close()
    bare, ours = [], []
    for _ in range(rounds):
        bare.append(_bare_window())
        started = time.perf_counter()
        controller = AppController(LaunchOptions(data_dir=data_dir, offline=True), SandboxDemo())
        window = controller.open_window()  # settings, cache, model, first page, widgets
        window.resize(1280, 800)
        window.grab()
        ours.append(_ms(time.perf_counter() - started))
        assert window.model is not None
        window.model.close()
        window.hide()
        window.deleteLater()
        controller.opener.close()
        app.processEvents()
    _emit({"bare_ms": bare, "ours_ms": ours})


def child_app(data_dir: Path) -> None:
    """The real window over the big cache: start-up, search, sort, scroll, memory."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from gigadesk.app import SandboxDemo, make_application
    from gigadesk.ui.runtime.controller import AppController, LaunchOptions

    app = make_application()
    controller = AppController(LaunchOptions(data_dir=data_dir, offline=True), SandboxDemo())
    window = controller.open_window()
    window.resize(1280, 800)
    window.grab()  # the first full paint: rows read from the cache and drawn
    shown = _ms(time.perf_counter() - STARTED)
    model = window.model
    assert model is not None and isinstance(app, QApplication)
    result: dict[str, Any] = {"shown_ms": shown}
    table = window.table
    app.processEvents()  # the window is exposed: from now on repaint() really paints
    while not model.count_exact:  # every item is counted in the background, after the paint
        app.processEvents()
        time.sleep(0.001)
    result["rows"] = model.total

    def timed(action: Any) -> float:
        started = time.perf_counter()
        action()
        table.executeDelayedItemsLayout()  # the view's pending layout (after a reset, a scroll)
        table.viewport().repaint()  # paints now: the rows the user sees are read and drawn
        return _ms(time.perf_counter() - started)

    def counted(started: float) -> float:
        while not model.count_exact:  # the background count arrives as a queued signal
            app.processEvents()
            time.sleep(0.001)
        return _ms(time.perf_counter() - started)

    searches: dict[str, Any] = {}
    uid = model.item(1234)
    terms = ["e", "eu", "eur", "euro", "europe", "novak17", "order 4242", "@inbox.example"]
    terms += [uid.uid[:8] if uid else "abc", "zzzz-nothing", ""]
    for term in terms:

        def search(term: str = term) -> None:
            window.search_edit.setText(term)
            window.apply_search()  # what the 150 ms debounce timer calls

        started = time.perf_counter()
        shown_ms = timed(search)
        searches[term or "(cleared)"] = {
            "ms": shown_ms,
            "count_ms": counted(started),
            "rows": model.rowCount(),
        }
    result["search"] = searches
    sorts: dict[str, float] = {}
    header = window.table.horizontalHeader()
    for column in (3, 1, 8, 5, 9, 7, 0):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            name = f"{model.headerData(column, Qt.Orientation.Horizontal)} "
            name += "asc" if order == Qt.SortOrder.AscendingOrder else "desc"
            started = time.perf_counter()
            shown_ms = timed(lambda c=column, o=order: header.setSortIndicator(c, o))
            sorts[name] = {"ms": shown_ms, "count_ms": counted(started)}
    result["sort"] = sorts
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    result["scroll"] = {
        "middle": timed(lambda: window.table.scrollTo(model.index(model.rowCount() // 2, 0))),
        "bottom": timed(window.table.scrollToBottom),
        "top": timed(window.table.scrollToTop),
    }
    result["loaded_rows"] = model.loaded_rows
    result["peak_rss_mb"] = _peak_rss_mb()
    _emit(result)


def child_sync(items: int) -> None:
    """Sync `items` from a sandbox process while a 10 ms heartbeat watches the GUI thread."""
    sandbox = subprocess.Popen(
        [sys.executable, "-m", "gigadesk.sandbox", "--port", "0", "--items", str(items)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        base_url = _wait_for_url(sandbox)
        _sync_with_heartbeat(base_url, items)
    finally:
        sandbox.terminate()
        sandbox.wait(10)


def _wait_for_url(sandbox: subprocess.Popen[str]) -> str:
    assert sandbox.stdout is not None
    for line in sandbox.stdout:
        if "serving at" in line:
            return line.rsplit(" ", 1)[-1].strip()
    raise RuntimeError("the sandbox did not start")


def _sync_with_heartbeat(base_url: str, items: int) -> None:
    import asyncio

    import qasync
    from PySide6.QtCore import QTimer

    from gigadesk.app import SandboxDemo, make_application, preload_network_modules
    from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
    from gigadesk.ui.runtime import automation
    from gigadesk.ui.runtime.controller import AppController, LaunchOptions
    from gigadesk.ui.runtime.gc_guard import MainThreadCollector

    os.environ["GIGASTORE_CLIENT_ID"] = DEMO_CLIENT_ID
    os.environ["GIGASTORE_CLIENT_SECRET"] = DEMO_CLIENT_SECRET
    app = make_application()
    loop = qasync.QEventLoop(app)
    collector = MainThreadCollector()  # as gigadesk.app.main does: GC on the GUI thread only
    collector.start()
    folder = Path(tempfile.mkdtemp(prefix="gigadesk-bench-sync-"))
    controller = AppController(
        LaunchOptions(data_dir=folder, base_url=base_url),
        SandboxDemo(),
        preload=preload_network_modules,
    )
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(BEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))

    async def run() -> dict[str, Any]:
        window = controller.open_window()
        window.resize(1280, 800)
        window.grab()
        await asyncio.sleep(0.5)  # the first paint is start-up, not sync
        window.finish_startup()  # as AppController.run does before its first sync
        heartbeat.start()
        assert controller.preload is not None
        await asyncio.to_thread(controller.preload)  # as AppController.run does
        started = time.perf_counter()
        window.start_sync()
        await window.sync_flow.wait()
        seconds = time.perf_counter() - started
        await automation.wait_first_sync(window)  # and the rows shown are counted
        heartbeat.stop()
        rows = window.model.rowCount() if window.model else 0
        error = window.sync_flow.last_error
        await controller.shutdown()
        return {"seconds": round(seconds, 1), "rows": rows, "error": error}

    outcome = loop.run_until_complete(run())
    loop.close()
    collector.stop()
    pairs = list(itertools.pairwise(beats))
    gaps = sorted(_ms(b - a) for a, b in pairs)
    if os.environ.get("BENCH_GAPS"):  # where the long gaps fall, for finding their cause
        print([(_ms(a - beats[0]), _ms(b - a)) for a, b in pairs if b - a > 0.05])
        print(f"first beat at perf_counter {beats[0]!r}" if beats else "no beats")
    outcome |= {
        "items": items,
        "beats": len(beats),
        "max_gap_ms": gaps[-1] if gaps else None,
        "p99_gap_ms": gaps[int(len(gaps) * 0.99)] if gaps else None,
        "gaps_over_50ms": sum(gap > 50 for gap in gaps),
        "peak_rss_mb": _peak_rss_mb(),
    }
    _emit(outcome)


# --- the parent: builds the cache, runs the children, prints the report ------------------------


def _child(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", *args],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            parsed: dict[str, Any] = json.loads(line[len("RESULT ") :])
            return parsed
    raise RuntimeError(f"child {args} failed:\n{done.stdout}\n{done.stderr}")


def compile_sources() -> None:
    """Byte-compile GigaDesk as an installed copy is (pip and the bundle ship .pyc files).

    With PYTHONDONTWRITEBYTECODE set, as on the project's machines, every start would compile
    our sources again while PySide6 loads its installed .pyc files: a cost no user pays."""
    import compileall

    compileall.compile_dir(HERE.parent / "gigadesk", quiet=1)


def ensure_cache(folder: Path, items: int) -> None:
    """A data folder whose cache holds `items` items (built once, reused with --keep)."""
    sys.path.insert(0, str(HERE))
    from bench_cache import build  # the cache benchmark's generator: one month per write

    cache = folder / "data" / "history.sqlite3"
    if not cache.exists():
        cache.parent.mkdir(parents=True, exist_ok=True)
        build(cache, items, 36, 7)
    settings = folder / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    # An account name, so that the offline window shows the history, not the welcome view.
    settings.write_text(json.dumps({"client_id": "bench-reseller"}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build (or reuse) the big cache here")
    parser.add_argument("--items", type=int, default=1_000_000)
    parser.add_argument("--sync-items", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind = args.child[0]
        if kind == "bare":
            child_bare()
        elif kind == "floor":
            child_floor()
        elif kind == "table":
            child_table(Path(args.child[1]))
        elif kind == "side":
            child_side_by_side(Path(args.child[1]), int(args.child[2]))
        elif kind == "app":
            child_app(Path(args.child[1]))
        else:
            child_sync(int(args.child[1]))
        return 0

    folder = args.keep or Path(tempfile.mkdtemp(prefix="gigadesk-bench-ui-"))
    ensure_cache(folder, args.items)
    compile_sources()
    bare, floor, table, ours = [], [], [], []
    app_result: dict[str, Any] = {}
    for _ in range(args.runs):  # alternating: the machine's drift touches each alike
        bare.append(_child("bare")["shown_ms"])
        floor.append(_child("floor")["shown_ms"])
        table.append(_child("table", str(folder))["shown_ms"])
        app_result = _child("app", str(folder))
        ours.append(app_result["shown_ms"])
    bare_ms, ours_ms = statistics.median(bare), statistics.median(ours)
    floor_ms, table_ms = statistics.median(floor), statistics.median(table)
    side = _child("side", str(folder), str(args.runs))
    side_bare, side_ours = statistics.median(side["bare_ms"]), statistics.median(side["ours_ms"])
    print("window shown and table painted, side by side in one process after the imports")
    print(f"(median of {args.runs}; target <= 1.5x):")
    print(f"  bare PySide6 window, empty QTableView: {side_bare:8.1f} ms   runs {side['bare_ms']}")
    print(
        f"  GigaDesk, {app_result['rows']:,} cached items: {side_ours:8.1f} ms"
        f"   runs {side['ours_ms']}"
    )
    print(f"  ratio: {side_ours / side_bare:.2f}x")
    print(f"cold start, process start to first full paint (median of {args.runs}):")
    print(f"  bare PySide6 window, empty QTableView: {bare_ms:8.1f} ms   runs {bare}")
    print(f"  GigaDesk, {app_result['rows']:,} cached items: {ours_ms:8.1f} ms   runs {ours}")
    print(f"  ratio: {ours_ms / bare_ms:.2f}x (imports: PySide6 and the modules the paint needs)")
    print("  for reference, each against the bare window:")
    print(
        f"    floor, a minimal Python model showing rows: {floor_ms:8.1f} ms"
        f" ({floor_ms / bare_ms:.2f}x)   runs {floor}"
    )
    print(
        f"    GigaDesk's table and model alone:           {table_ms:8.1f} ms"
        f" ({table_ms / bare_ms:.2f}x)   runs {table}"
    )
    print("search keystroke -> table updated (after the 150 ms debounce; target < 100 ms),")
    print("then the background count of all matches arriving:")
    for term, found in app_result["search"].items():
        print(
            f"  {term!r:<18} rows shown {found['ms']:7.1f} ms   counted {found['count_ms']:7.1f} ms"
            f"  {found['rows']:>9,} rows"
        )
    print("sort by clicking a header (target < 500 ms):")
    for name, sort in app_result["sort"].items():
        print(f"  {name:<28} rows shown {sort['ms']:7.1f} ms   counted {sort['count_ms']:7.1f} ms")
    print("scroll:", ", ".join(f"{k} {v} ms" for k, v in app_result["scroll"].items()))
    print(f"rows held in memory after all that: {app_result['loaded_rows']:,}")
    print(f"peak RSS of the window process: {app_result['peak_rss_mb']} MB (target < 400 MB)")
    sync = _child("sync", str(args.sync_items))
    print(
        f"sync of {sync['items']:,} items from a sandbox process ({sync['seconds']} s, "
        f"{sync['rows']:,} rows, error: {sync['error']}):"
    )
    print(
        f"  heartbeat every {BEAT_MS} ms: {sync['beats']:,} beats, longest gap "
        f"{sync['max_gap_ms']} ms, p99 {sync['p99_gap_ms']} ms, "
        f"gaps over 50 ms: {sync['gaps_over_50ms']} (target: none)"
    )
    print(f"  peak RSS during the sync: {sync['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
