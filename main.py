"""Thin launcher for GigaDesk: `python main.py [options]`."""

import time

STARTED = time.perf_counter()  # before any other import: the start-up log counts from here

import sys  # noqa: E402

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # First of all: in a frozen build, a sync worker process starts as this program and
        # must become the worker here. The app (and Qt) is imported after, so workers never
        # load it. (Unfrozen, freeze_support does nothing: multiprocessing is not paid for.)
        import multiprocessing

        multiprocessing.freeze_support()
    from gigadesk.app import main

    raise SystemExit(main(started=STARTED))
