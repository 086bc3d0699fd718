"""Runs the frozen GigaDesk with --smoke-test and checks it, then compares its start with source's.

Usage (from the repository root, after PyInstaller has built dist/):
    .venv/bin/python packaging/smoke_test.py [--runs 3] [--max-size-mib 120]

Each run gets a fresh temporary --data-dir and starts the demo sandbox (--demo), offscreen. A run
fails on a non-zero exit, on a time-out, on a stderr line outside ALLOWED_STDERR, or when one of
the app's self-checks (REQUIRED_CHECKS, the `smoke:` lines on stdout) is missing or not "ok".
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = "GigaDesk"
SMOKE_ARGS = ("--smoke-test", "--demo")

# The app's --smoke-test prints one line per self-check: "smoke: <check> ok <detail>" (or
# "smoke: <check> FAILED <reason>" and a non-zero exit). These are the ones a frozen build must
# prove; packaging/README.md ("The --smoke-test contract") says what each one checks.
REQUIRED_CHECKS = ("sqlite", "ssl", "keyring", "window")
# One more run in German, which must also print "smoke: translations ok ...".
GERMAN_CHECK = ("de", "translations")
SMOKE_LINE = re.compile(r"^smoke: (?P<check>[\w-]+) (?P<verdict>ok|FAILED)\b ?(?P<detail>.*)$")

# stderr lines that are known to be harmless; anything else fails the run.
ALLOWED_STDERR: tuple[tuple[str, str], ...] = (
    # The offscreen platform cannot resize a window to its size hints; nothing is shown anyway.
    (r"^This plugin does not support propagateSizeHints\(\)$", "offscreen platform"),
    (r"^This plugin does not support raise\(\)$", "offscreen platform"),
    # Qt times font loading on machines with few fonts (CI images); the text still renders.
    (r"^qt\.qpa\.fonts: Populating font family aliases took \d+ ms\.", "slow font scan"),
)


@dataclass(frozen=True)
class RunResult:
    """One --smoke-test run: wall time, exit code and what it printed."""

    seconds: float
    returncode: int
    stdout: str
    stderr: str


def frozen_binary(dist: Path) -> Path:
    """Where PyInstaller put the executable for this platform."""
    if sys.platform == "darwin":
        return dist / f"{APP}.app" / "Contents" / "MacOS" / APP
    if sys.platform == "win32":
        return dist / APP / f"{APP}.exe"
    return dist / APP / APP


def bundle_root(dist: Path) -> Path:
    """The folder (or .app) that an installer ships."""
    return dist / f"{APP}.app" if sys.platform == "darwin" else dist / APP


def tree_size(root: Path) -> tuple[int, int, int]:
    """Apparent bytes, bytes on disk (what `du` counts) and the number of files under root."""
    apparent = on_disk = files = 0
    for path in root.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        stat = path.lstat()
        apparent += stat.st_size
        on_disk += getattr(stat, "st_blocks", (stat.st_size + 511) // 512) * 512
        files += 1
    return apparent, on_disk, files


def smoke_env(runtime_dir: Path) -> dict[str, str]:
    """The environment of a run: offscreen Qt and a private runtime folder, nothing else changed."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_API"] = "pyside6"
    if sys.platform.startswith("linux"):
        # Qt warns on stderr when XDG_RUNTIME_DIR is unset (root in CI) or not 0700.
        env["XDG_RUNTIME_DIR"] = str(runtime_dir)
    return env


def run_once(command: list[str], timeout: float) -> RunResult:
    """One run of `command` plus a fresh data folder; a time-out counts as a failure."""
    with tempfile.TemporaryDirectory(prefix="gigadesk-smoke-") as tmp:
        data_dir = Path(tmp) / "data"
        runtime_dir = Path(tmp) / "runtime"
        runtime_dir.mkdir(mode=0o700)
        started = time.perf_counter()
        try:
            done = subprocess.run(
                [*command, *SMOKE_ARGS, "--data-dir", str(data_dir)],
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=timeout,
                env=smoke_env(runtime_dir),
                cwd=tmp,  # the frozen app must not lean on the checkout
                check=False,
            )
        except subprocess.TimeoutExpired as expired:
            return RunResult(
                timeout, -1, _text(expired.stdout), _text(expired.stderr) + "\n(time-out)"
            )
        return RunResult(time.perf_counter() - started, done.returncode, done.stdout, done.stderr)


def _text(data: str | bytes | None) -> str:
    if data is None:
        return ""
    return data.decode("utf-8", "replace") if isinstance(data, bytes) else data


def unexpected_stderr(stderr: str) -> list[str]:
    """The stderr lines that match no ALLOWED_STDERR pattern."""
    patterns = [re.compile(pattern) for pattern, _why in ALLOWED_STDERR]
    return [
        line
        for line in stderr.splitlines()
        if line.strip() and not any(pattern.search(line) for pattern in patterns)
    ]


def check_results(stdout: str) -> dict[str, tuple[str, str]]:
    """The app's self-check lines: check name -> (verdict, detail)."""
    found: dict[str, tuple[str, str]] = {}
    for line in stdout.splitlines():
        match = SMOKE_LINE.match(line.strip())
        if match:
            found[match["check"]] = (match["verdict"], match["detail"])
    return found


def problems(result: RunResult, required: tuple[str, ...] = REQUIRED_CHECKS) -> list[str]:
    """Everything wrong with a frozen run, in words (empty when it passed)."""
    found: list[str] = []
    if result.returncode != 0:
        found.append(f"exit code {result.returncode}")
    found += [f"unexpected stderr: {line}" for line in unexpected_stderr(result.stderr)]
    checks = check_results(result.stdout)
    for name in required:
        if name not in checks:
            found.append(f"no 'smoke: {name} ok ...' line (see packaging/README.md)")
        elif checks[name][0] != "ok":
            found.append(f"self-check {name} failed: {checks[name][1]}")
    found += [
        f"self-check {name} failed: {detail}"
        for name, (verdict, detail) in checks.items()
        if verdict != "ok" and name not in required
    ]
    return found


def describe(label: str, times: list[float]) -> str:
    """A line such as "frozen: median 1.23 s (min 1.10, max 1.40, 3 runs)"."""
    return (
        f"{label}: median {statistics.median(times):.2f} s "
        f"(min {min(times):.2f}, max {max(times):.2f}, {len(times)} runs)"
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="PyInstaller's output")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each kind")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    parser.add_argument(
        "--max-size-mib",
        type=float,
        default=120.0 if sys.platform.startswith("linux") else 0.0,
        help="fail when the bundle is larger (0 = no limit; default 120 on Linux)",
    )
    parser.add_argument(
        "--no-source", action="store_true", help="skip the comparison with the start from source"
    )
    parser.add_argument(
        "--require",
        default=",".join(REQUIRED_CHECKS),
        help="comma-separated self-checks that must print 'ok' (default: %(default)s)",
    )
    return parser.parse_args(argv)


def report_failure(label: str, result: RunResult, found: list[str]) -> None:
    """Print what went wrong in a frozen run, with its stderr."""
    print(f"{label} FAILED:", *(f"  - {problem}" for problem in found), sep="\n")
    print("  stderr:", *(f"    {line}" for line in result.stderr.splitlines()), sep="\n")


def main(argv: list[str] | None = None) -> int:
    """Smoke-test the frozen app; 0 when every frozen run passed."""
    args = parse_args(argv)
    required = tuple(name for name in args.require.split(",") if name)
    binary = frozen_binary(args.dist)
    if not binary.is_file():
        print(f"smoke test: no frozen app at {binary}; build it first (make bundle)")
        return 2

    apparent, on_disk, files = tree_size(bundle_root(args.dist))
    mib = 1024 * 1024
    print(
        f"bundle: {bundle_root(args.dist)}: {on_disk / mib:.1f} MiB on disk "
        f"({apparent / 1e6:.1f} MB of content, {files} files)"
    )
    failed = bool(args.max_size_mib) and on_disk > args.max_size_mib * mib
    if failed:
        print(f"bundle too large: {on_disk / mib:.1f} MiB > {args.max_size_mib:.0f} MiB")

    # Frozen and source runs alternate, so a busy machine slows both alike.
    source = None if args.no_source else [sys.executable, str(ROOT / "main.py")]
    frozen_times: list[float] = []
    source_times: list[float] = []
    for index in range(max(1, args.runs)):
        result = run_once([str(binary)], args.timeout)
        if index == 0:
            print(*(f"  {line}" for line in result.stdout.splitlines() if line.strip()), sep="\n")
        found = problems(result, required)
        if found:
            report_failure(f"frozen run {index + 1}", result, found)
            failed = True
            break
        frozen_times.append(result.seconds)
        if source is None:
            continue
        result = run_once(source, args.timeout)
        if result.returncode == 0:
            source_times.append(result.seconds)
        else:  # the checkout's problem, not the bundle's: report it, time no more source runs
            print(f"source run exited {result.returncode}:", result.stderr[-2000:], sep="\n")
            source = None

    if not failed:
        # A German start: GigaDesk's catalogue and Qt's own (Cancel, Save, file dialogs)
        # must both be in the bundle and load ("smoke: translations ok ...").
        result = run_once([str(binary), "--language", GERMAN_CHECK[0]], args.timeout)
        found = problems(result, (*required, GERMAN_CHECK[1]))
        if found:
            report_failure("frozen German run", result, found)
            failed = True
        else:
            print(f"  {GERMAN_CHECK[1]}: {check_results(result.stdout)[GERMAN_CHECK[1]][1]}")

    if frozen_times:
        print(describe("frozen --smoke-test", frozen_times))
    if frozen_times and source_times:
        print(describe("source --smoke-test", source_times))
        ratio = statistics.median(frozen_times) / statistics.median(source_times)
        print(f"frozen / source: {ratio:.2f}x")
    print("smoke test:", "FAILED" if failed else "passed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
