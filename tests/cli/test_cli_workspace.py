"""gigadesk-cli and the window act through one account workspace: the same verdicts, the same
limit at the refund service's gate, and the network only for the commands that need it."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

from cli_helpers import Gd, listed, posts

from gigadesk.domain.eligibility import REFUND_LIMIT_REACHED
from gigadesk.sandbox.server import DEMO_CLIENT_ID, SandboxServer
from gigadesk.services.export import item_record
from gigadesk.services.refunds import RefundOutcome
from gigadesk.services.session import Session, SessionOptions
from gigadesk.services.workspace import AccountWorkspace
from gigadesk.services.workspace_open import OpenOptions, WorkspaceOpener
from gigadesk.services.workspace_script import open_script_workspace
from gigadesk.store.settings import save_settings


class NoDemo:
    """The window's demo server, which opening a real account never touches."""

    client_id = client_secret = ""
    refund_limit: int | None = None

    def start(self, state_dir: Path) -> str:
        raise AssertionError("a real account started the demo")

    def reset(self, state_dir: Path) -> None:
        raise AssertionError("a real account reset the demo")

    def stop(self) -> None:
        pass

    def data_dir(self) -> Path:
        raise AssertionError("a real account asked for the demo's folder")


def save_limit(data_dir: Path, limit: int) -> None:
    """Set the monthly refund limit in the settings, as the window's Settings dialog does."""
    session = Session.start(SessionOptions(data_dir=data_dir))
    save_settings(session.paths, dataclasses.replace(session.settings, monthly_refund_limit=limit))


def window_workspace(
    data_dir: Path, sandbox: SandboxServer
) -> tuple[WorkspaceOpener, AccountWorkspace]:
    """The workspace the window opens on this data folder (its own opener, no CLI code)."""
    opener = WorkspaceOpener(OpenOptions(data_dir=data_dir, base_url=sandbox.base_url), NoDemo())
    return opener, opener.open(demo=False)


def codes(eligibility: object) -> tuple[bool, list[str]]:
    assert isinstance(eligibility, dict)
    return eligibility["refundable"], [r["code"] for r in eligibility["reasons"]]


def test_show_and_list_judge_each_package_as_the_window_does(
    gd: Gd, sandbox: SandboxServer, data_dir: Path
) -> None:
    assert gd("sync").code == 0
    with open_script_workspace(SessionOptions(data_dir=data_dir)) as script:
        used = script.workspace.refunds_this_month()  # the sandbox's history refunds some
    save_limit(data_dir, used + 1)
    refundable = [str(i["uid"]) for i in listed(gd, "--refundable")]
    assert len(refundable) >= 2
    done = gd("refund", refundable[0], "--yes")
    assert done.code == 0, done.err

    # One more refund uses the month's limit up, for the CLI and the window alike.
    shown = json.loads(gd("show", refundable[1], "--json").out)
    listing = listed(gd)
    assert listed(gd, "--refundable") == []
    opener, workspace = window_workspace(data_dir, sandbox)
    try:
        assert workspace.monthly_limit == workspace.refunds_this_month() == used + 1
        item = workspace.cache.get(refundable[1])
        assert item is not None
        window = item_record(item, workspace.verdict(item))["eligibility"]
        assert window == shown["eligibility"]
        assert codes(window) == (False, [REFUND_LIMIT_REACHED])
        for record in listing:
            cached = workspace.cache.get(str(record["uid"]))
            assert cached is not None
            theirs = item_record(cached, workspace.verdict(cached))["eligibility"]
            assert codes(record["eligibility"]) == codes(theirs), record["uid"]
    finally:
        opener.close()
        asyncio.run(WorkspaceOpener.aclose_client(opener.client))


def test_the_refund_limit_option_reaches_the_refund_services_gate(
    gd: Gd, sandbox: SandboxServer, data_dir: Path
) -> None:
    assert gd("sync").code == 0
    uid = str(listed(gd, "--refundable")[0]["uid"])
    options = SessionOptions(
        data_dir=data_dir, base_url=sandbox.base_url, refund_limit=0, refund_limit_given=True
    )

    async def refund() -> tuple[int | None, int | None, RefundOutcome, tuple[str, ...]]:
        with open_script_workspace(options) as script:
            async with script.connected() as workspace:
                assert workspace.refunds is not None and workspace.sync is not None
                # The service itself, past any check of the CLI's: its gate has the limit.
                result = await workspace.refunds.refund(uid)
                assert result.verdict is not None
                return (
                    workspace.monthly_limit,
                    workspace.refunds.monthly_limit,
                    result.outcome,
                    result.verdict.codes,
                )

    workspace_limit, gate_limit, outcome, verdict_codes = asyncio.run(refund())
    assert workspace_limit == gate_limit == 0
    assert outcome is RefundOutcome.REFUSED_LOCALLY
    assert verdict_codes == (REFUND_LIMIT_REACHED,)
    assert posts(sandbox) == 0
    # And the command line's refund says the same, sending nothing.
    limited = gd("--refund-limit", "0", "refund", uid, "--yes")
    assert limited.code == 3 and "used up" in limited.err
    assert posts(sandbox) == 0


BROWSE = """
import sys
from gigadesk import cli
data_dir = sys.argv[1]
for command in (["list"], ["show", sys.argv[2]], ["journal"],
                ["export", "--format", "csv", "--output", sys.argv[3]]):
    code = cli.main(["--data-dir", data_dir, *command])
    assert code == 0, (command, code)
print(sorted(m for m in ("httpx", "keyring", "gigadesk.api.client") if m in sys.modules))
"""


def test_browsing_commands_ask_no_keychain_and_load_no_network_stack(
    gd: Gd, sandbox: SandboxServer, data_dir: Path, tmp_path: Path
) -> None:
    assert gd("sync").code == 0
    uid = str(listed(gd)[0]["uid"])
    # An account whose secret would be in the keychain: browsing must not ask for it.
    session = Session.start(SessionOptions(data_dir=data_dir))
    save_settings(session.paths, dataclasses.replace(session.settings, client_id=DEMO_CLIENT_ID))
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIGASTORE_CLIENT")}
    browse = subprocess.run(
        [sys.executable, "-c", BROWSE, str(data_dir), uid, str(tmp_path / "out.csv")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert browse.returncode == 0, browse.stderr
    assert browse.stdout.strip().splitlines()[-1] == "[]", browse.stdout[-300:]
