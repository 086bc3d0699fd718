"""Garbage is collected on the GUI thread only, by the collector's timer."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QApplication

from gigadesk.ui.gc_guard import MainThreadCollector


class Node:
    """One half of a reference cycle."""

    partner: Node | None = None


def test_cycles_are_freed_by_the_timer_not_by_allocation(qapp: QApplication) -> None:
    thresholds = gc.get_threshold()
    collector = MainThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        gc.set_threshold(5, 10, 10)
        node = Node()
        node.partner = node
        watch = weakref.ref(node)
        del node
        junk = [[] for _ in range(50)]  # would have set off an automatic collection
        assert watch() is not None, "nothing collects behind the GUI thread's back"
        collector.collect_due()  # the timer's tick, on this (the GUI) thread
        assert watch() is None
        del junk
    finally:
        gc.set_threshold(*thresholds)
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled()
