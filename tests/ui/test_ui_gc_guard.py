"""Garbage is collected on the GUI thread only, by the collector's timer."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QApplication

from gigadesk.ui.runtime.gc_guard import MainThreadCollector


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


def test_the_first_tick_freezes_what_exists_and_stop_unfreezes_it(qapp: QApplication) -> None:
    collector = MainThreadCollector()
    collector.start()
    try:
        long_lived = [[] for _ in range(100)]  # like the window's objects at the first tick
        assert gc.get_freeze_count() == 0
        collector._tick()
        assert gc.get_freeze_count() >= len(long_lived), "full collections skip them"
        node = Node()
        node.partner = node  # made after the freeze: still collected
        watch = weakref.ref(node)
        del node
        gc.collect()
        assert watch() is None
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.get_freeze_count() == 0, "stop() hands everything back to the collector"
