"""CLI test helpers: one run's outcome, the POSTs a sandbox saw, JSON listings."""

from __future__ import annotations

import json
from collections.abc import Callable

from gigadesk.sandbox.server import SandboxServer


class Run:
    """One CLI run's exit code and output."""

    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


Gd = Callable[..., Run]


def posts(server: SandboxServer) -> int:
    return sum(1 for r in server.requests if r.method == "POST" and r.path.endswith("/refund"))


def listed(gd: Gd, *args: str) -> list[dict[str, object]]:
    run = gd("list", "--format", "json", *args)
    assert run.code == 0, run.err
    return json.loads(run.out)
