"""`python -m gigadesk.sandbox`: serves until Ctrl+C and exits cleanly."""

from __future__ import annotations

import signal
import subprocess
import sys

import httpx
import pytest

from gigadesk.sandbox.server import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET


def run(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "gigadesk.sandbox", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_serves_the_demo_and_stops_cleanly(stop: signal.Signals) -> None:
    process = run("--port", "0", "--items", "60", "--refund-limit", "none")
    try:
        assert process.stdout is not None
        # Read up to the last line of the banner: communicate() later reads the pipe itself
        # and would miss lines already buffered by readline().
        lines = [process.stdout.readline()]
        while lines[-1] and not lines[-1].startswith("Press Ctrl+C"):
            lines.append(process.stdout.readline())
        url = lines[1].rsplit(" ", 1)[1].strip()
        assert url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=url, verify=False, timeout=5) as client:
            credentials = (DEMO_CLIENT_ID, DEMO_CLIENT_SECRET)
            assert client.post("/reseller/authenticate", auth=credentials).status_code == 200
        process.send_signal(stop)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert "Traceback" not in err
    printed = "".join(lines) + out
    assert DEMO_CLIENT_ID in printed and DEMO_CLIENT_SECRET in printed
    assert "unlimited" in printed
    assert "Sandbox stopped." in out


@pytest.mark.parametrize(
    "args", [["--refund-limit", "-1"], ["--max-window-days", "0"], ["--port", "x"]]
)
def test_bad_arguments_exit_2_with_a_message(args: list[str]) -> None:
    process = run(*args)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 2
    assert "usage:" in err and "Traceback" not in err
