"""Thin launcher for GigaDesk: `python main.py [options]`."""

from gigadesk.app import main

if __name__ == "__main__":
    raise SystemExit(main())
