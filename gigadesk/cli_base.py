"""What every gigadesk-cli command shares: the exit codes, the one-line error, stderr notes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from gigadesk.domain.items import ActivatedItem
from gigadesk.services.workspace import AccountWorkspace
from gigadesk.services.workspace_script import ScriptWorkspace
from gigadesk.terminal import safe

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_REFUSED_LOCALLY = 3
EXIT_REFUSED_BY_SERVER = 4
EXIT_OUTCOME_UNKNOWN = 5
EXIT_INTERRUPTED = 130

# One command: its arguments and the account's workspace in, the exit code out.
Command = Callable[[argparse.Namespace, ScriptWorkspace], int]


class CliError(Exception):
    """A failure to report as one line on stderr with an exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.code = code


def say(text: str) -> None:
    """One line on stderr; server text in it is shown escaped, never obeyed."""
    print(safe(text), file=sys.stderr)


def note(text: str) -> None:
    """A note on stderr: worth knowing, not a failure."""
    say(f"note: {text}")


def clock_note(workspace: AccountWorkspace) -> None:
    """Say when the refund rules are judged by the server's clock rather than ours."""
    notice = workspace.clock_notice()
    if notice:
        note(notice)


def one_line(exc: BaseException) -> str:
    """An exception's message on one line."""
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(text).split())


def find(workspace: AccountWorkspace, uid: str) -> ActivatedItem:
    """The cached item `uid`, or a CliError saying how to get it."""
    item = workspace.cache.get(uid)
    if item is None:
        raise CliError(f"no item {uid} in the cache; run 'gigadesk-cli sync' first")
    return item
