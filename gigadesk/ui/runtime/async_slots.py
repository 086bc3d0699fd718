"""The one decorator that runs a coroutine from a Qt signal, keeps its task alive, reports errors.

qasync's own `asyncSlot` keeps no strong reference to its task (the task can be collected
mid-flight) and fails on some PySide6 signal signatures, so the project uses this instead.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

# asyncio is imported where a task starts: the window's first paint (which decorates its
# slots with async_slot) does not wait for it.

log = logging.getLogger(__name__)

ErrorHandler = Callable[[BaseException], None]
AsyncFunction = Callable[..., Coroutine[Any, Any, Any]]

# Strong references: a task only referenced by the loop may be garbage collected.
_tasks: set[asyncio.Task[Any]] = set()
_error_handler: ErrorHandler | None = None


def set_error_handler(handler: ErrorHandler | None) -> None:
    """Where failures of slot coroutines go (the window shows them); None: the log only."""
    global _error_handler
    _error_handler = handler


def start(coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
    """Run `coro` as a tracked task: kept alive until done, its exception reported."""
    import asyncio

    task: asyncio.Task[Any] = asyncio.ensure_future(coro)
    _tasks.add(task)
    task.add_done_callback(_finished)
    return task


def _finished(task: asyncio.Task[Any]) -> None:
    _tasks.discard(task)
    if task.cancelled():
        return
    error = task.exception()
    if error is None:
        return
    log.error("background task failed", exc_info=error)
    if _error_handler is not None:
        try:
            _error_handler(error)
        except Exception:  # the reporter itself must never take the loop down
            log.exception("error handler failed")


def running_tasks() -> frozenset[asyncio.Task[Any]]:
    """The tracked tasks not yet done."""
    return frozenset(task for task in _tasks if not task.done())


async def cancel_all(grace: float = 5.0) -> None:
    """Cancel every tracked task and wait (at most `grace` seconds) for them to end."""
    import asyncio

    current = asyncio.current_task()
    pending = [task for task in _tasks if not task.done() and task is not current]
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending, timeout=grace)


def _positional_limit(fn: AsyncFunction) -> int | None:
    """How many positional arguments `fn` accepts (None: any number)."""
    limit = 0
    for parameter in inspect.signature(fn).parameters.values():
        if parameter.kind is inspect.Parameter.VAR_POSITIONAL:
            return None
        if parameter.kind in (
            inspect.Parameter.POSITIONAL_ONLY,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
        ):
            limit += 1
    return limit


def async_slot(fn: AsyncFunction) -> Callable[..., asyncio.Task[Any]]:
    """Decorate a coroutine function (method or free) so a Qt signal can start it.

    Signal arguments beyond those the coroutine takes (such as `clicked`'s `checked`)
    are dropped, as Qt does for ordinary slots.
    """
    limit = _positional_limit(fn)

    @functools.wraps(fn)
    def wrapper(*args: Any) -> asyncio.Task[Any]:
        if limit is not None:
            args = args[:limit]
        return start(fn(*args))

    return wrapper
