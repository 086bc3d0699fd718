"""packaging/smoke_test.py judges a frozen run correctly (driven with a stand-in app)."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

GOOD_STDOUT = """\
smoke: sqlite ok 3.40.1 wal
smoke: ssl ok OpenSSL 3.0, 140 CA certificates from certifi
smoke: keyring ok keyring.backends.fail.Keyring; native SecretService unavailable here
smoke: window ok offscreen 2000 rows
"""


def result(smoke: ModuleType, stdout: str = GOOD_STDOUT, stderr: str = "", code: int = 0) -> object:
    return smoke.RunResult(seconds=1.0, returncode=code, stdout=stdout, stderr=stderr)


def test_a_clean_run_passes(smoke: ModuleType) -> None:
    assert smoke.problems(result(smoke)) == []


def test_allowed_stderr_lines_pass_and_others_fail(smoke: ModuleType) -> None:
    stderr = (
        "This plugin does not support propagateSizeHints()\n"
        "\n"
        "qt.qpa.fonts: Populating font family aliases took 212 ms. Replace uses of missing font\n"
        "Traceback (most recent call last):\n"
        "QFont::fromString: invalid description\n"
    )
    assert smoke.unexpected_stderr(stderr) == [
        "Traceback (most recent call last):",
        "QFont::fromString: invalid description",
    ]
    found = smoke.problems(result(smoke, stderr=stderr))
    assert found == [
        "unexpected stderr: Traceback (most recent call last):",
        "unexpected stderr: QFont::fromString: invalid description",
    ]


def test_exit_code_and_missing_or_failed_checks_are_reported(smoke: ModuleType) -> None:
    stdout = (
        "smoke: sqlite ok 3.40.1 wal\n"
        "smoke: ssl FAILED no CA certificates loaded\n"
        "smoke: window ok offscreen\n"
        "smoke: sync FAILED sandbox did not answer\n"
        "smoke test ok: 10 items shown\n"
    )
    found = smoke.problems(result(smoke, stdout=stdout, code=3))
    assert found == [
        "exit code 3",
        "self-check ssl failed: no CA certificates loaded",
        "no 'smoke: keyring ok ...' line (see packaging/README.md)",
        "self-check sync failed: sandbox did not answer",
    ]


def test_check_lines_are_parsed_with_their_detail(smoke: ModuleType) -> None:
    checks = smoke.check_results("noise\n  smoke: sqlite ok 3.45.0 wal  \nsmoke: x-y FAILED why\n")
    assert checks == {"sqlite": ("ok", "3.45.0 wal"), "x-y": ("FAILED", "why")}


def _stand_in_app(tmp_path: Path, body: str) -> list[str]:
    script = tmp_path / "fake_app.py"
    script.write_text(textwrap.dedent(body), encoding="utf-8")
    return [sys.executable, str(script)]


def test_run_once_passes_the_smoke_options_and_a_fresh_data_dir(
    smoke: ModuleType, tmp_path: Path
) -> None:
    command = _stand_in_app(
        tmp_path,
        """
        import os, sys
        from pathlib import Path
        args = sys.argv[1:]
        data_dir = Path(args[args.index("--data-dir") + 1])
        print("args", " ".join(a for a in args if a.startswith("--")))
        print("fresh", not data_dir.exists(), data_dir.parent.is_dir())
        print("platform", os.environ["QT_QPA_PLATFORM"])
        print("cwd-is-temp", Path.cwd() == data_dir.parent)
        sys.stderr.write("complaint\\n")
        sys.exit(4)
        """,
    )
    run = smoke.run_once(command, timeout=30)
    lines = run.stdout.splitlines()
    assert lines[0] == "args --smoke-test --demo --data-dir"
    assert lines[1] == "fresh True True"
    assert lines[2] == "platform " + smoke.smoke_env(tmp_path)["QT_QPA_PLATFORM"]
    assert lines[3] == "cwd-is-temp True"
    assert run.returncode == 4
    assert run.stderr == "complaint\n"
    assert run.seconds > 0


def test_a_hanging_app_is_stopped_and_fails(smoke: ModuleType, tmp_path: Path) -> None:
    command = _stand_in_app(tmp_path, "import time\nprint('started', flush=True)\ntime.sleep(30)\n")
    run = smoke.run_once(command, timeout=1.5)
    assert run.returncode == -1
    assert "(time-out)" in run.stderr
    assert "exit code -1" in smoke.problems(run)


def test_bundle_size_counts_files_once_and_skips_symlinks(
    smoke: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "a.so").write_bytes(b"x" * 5000)
    (tmp_path / "b.txt").write_bytes(b"y" * 100)
    (tmp_path / "link.so").symlink_to(tmp_path / "lib" / "a.so")
    apparent, on_disk, files = smoke.tree_size(tmp_path)
    assert (apparent, files) == (5100, 2)
    assert on_disk >= apparent


def test_frozen_binary_location_follows_pyinstaller_layout(smoke: ModuleType) -> None:
    dist = Path("dist")
    binary = smoke.frozen_binary(dist)
    if sys.platform == "darwin":
        assert binary == dist / "GigaDesk.app" / "Contents" / "MacOS" / "GigaDesk"
    elif sys.platform == "win32":
        assert binary == dist / "GigaDesk" / "GigaDesk.exe"
    else:
        assert binary == dist / "GigaDesk" / "GigaDesk"


# What a German start adds (--language de): the catalogues loaded.
GERMAN = (
    "if '--language' in sys.argv:\n    print('smoke: translations ok gigadesk_de, qtbase_de')\n"
)


def _fake_bundle(tmp_path: Path, body: str) -> Path:
    """dist/GigaDesk/GigaDesk as an executable stand-in for the frozen app."""
    dist = tmp_path / "dist"
    binary = dist / "GigaDesk" / "GigaDesk"
    binary.parent.mkdir(parents=True)
    binary.write_text(f"#!{sys.executable}\n" + textwrap.dedent(body), encoding="utf-8")
    binary.chmod(0o755)
    return dist


linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the stand-in uses the Linux bundle layout"
)


@linux_only
def test_main_passes_a_good_app_and_reports_size_and_times(
    smoke: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = _fake_bundle(tmp_path, f"import sys\nprint({GOOD_STDOUT!r})\n{GERMAN}")
    code = smoke.main(["--dist", str(dist), "--runs", "2", "--no-source"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "bundle: " in out and "1 files)" in out
    assert "frozen --smoke-test: median" in out and "2 runs" in out
    assert "translations: gigadesk_de, qtbase_de" in out
    assert out.rstrip().endswith("smoke test: passed")


@linux_only
def test_main_fails_a_bundle_without_qts_german_texts(
    smoke: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The app's own check fails when qtbase_de.qm is missing from the bundle.
    missing = GERMAN.replace("ok gigadesk_de, qtbase_de", "FAILED gigadesk_de")
    dist = _fake_bundle(tmp_path, f"import sys\nprint({GOOD_STDOUT!r})\n{missing}")
    code = smoke.main(["--dist", str(dist), "--runs", "1", "--no-source"])
    out = capsys.readouterr().out
    assert code == 1
    assert "frozen German run FAILED" in out and "self-check translations failed" in out


@linux_only
def test_main_fails_on_a_broken_app_and_on_an_oversized_bundle(
    smoke: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = _fake_bundle(
        tmp_path, f"import sys\nprint({GOOD_STDOUT!r})\nsys.stderr.write('boom\\n')\n"
    )
    code = smoke.main(
        ["--dist", str(dist), "--runs", "3", "--no-source", "--max-size-mib", "0.0001"]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert "bundle too large" in out
    assert "frozen run 1 FAILED:\n  - unexpected stderr: boom" in out
    assert "frozen --smoke-test" not in out  # no timing from a failed run
    assert out.rstrip().endswith("smoke test: FAILED")


def test_main_says_when_nothing_was_built(
    smoke: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert smoke.main(["--dist", str(tmp_path / "nowhere")]) == 2
    assert "build it first" in capsys.readouterr().out
