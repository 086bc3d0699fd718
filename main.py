"""Thin launcher for GigaDesk: `python main.py [options]`."""

import multiprocessing

if __name__ == "__main__":
    # First of all: in a frozen build, a sync worker process starts as this program and must
    # become the worker here. The app (and Qt) is imported after, so workers never load it.
    multiprocessing.freeze_support()
    from gigadesk.app import main

    raise SystemExit(main())
