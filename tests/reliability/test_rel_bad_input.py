"""Bad local input: a damaged settings file, a data folder that is a file, broken base URLs;
each a one-line message (or a notice), never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rel_helpers import run_cli

from gigadesk.store.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]
DAMAGE = {
    "deeply nested": "[" * 100_000 + "]" * 100_000,
    "5,000-digit number": '{"refresh_minutes": ' + "1" * 5000 + "}",
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_settings_are_set_aside_for_the_cli_and_the_window(
    data_dir: Path, damage: str
) -> None:
    path = AppPaths.under(data_dir).settings_file
    path.parent.mkdir(parents=True)
    path.write_text(DAMAGE[damage])
    done = run_cli("--data-dir", str(data_dir), "--offline", "list")
    assert done.code == 0 and "Traceback" not in done.err
    bad = path.with_name("settings.json.bad")
    assert f"was kept as {bad}" in done.err and bad.read_text() == DAMAGE[damage]
    expected = "nested too deeply" if damage == "deeply nested" else "a number too long"
    assert expected in done.err
    # The window, before its first paint too (the language is read from the settings).
    path.write_text(DAMAGE[damage])
    command = [sys.executable, "main.py", "--smoke-test", "--offline", "--data-dir", str(data_dir)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6"}
    smoke = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=90)
    assert smoke.returncode == 0, smoke.stderr
    assert "Traceback" not in smoke.stderr
    assert path.with_name("settings.json.bad.1").read_text() == DAMAGE[damage]


def test_a_data_dir_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("x")
    done = run_cli("--data-dir", str(afile), "--offline", "list")
    assert done.code == 1 and "Traceback" not in done.err
    assert done.err.count("\n") == 1 and "not a directory" in done.err


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://127.0.0.1:99999", "not a valid address"),
        ("http://[::1", "not a valid address"),
        ("http://user:pw@127.0.0.1:9", "must not carry a user name or password"),
        ("https://user@api.giga.store", "must not carry a user name or password"),
    ],
)
def test_broken_base_urls_are_one_line_before_any_request(
    data_dir: Path, url: str, words: str
) -> None:
    done = run_cli("--data-dir", str(data_dir), "--base-url", url, "sync")
    assert done.code == 1 and "Traceback" not in done.err
    assert done.err.count("\n") == 1 and words in done.err


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_side_files_are_read_as_empty(data_dir: Path, damage: str) -> None:
    """The learned server profiles, the secret file and the saved history view (text inside
    the settings) fail soft the same way."""
    from gigadesk.store.secrets import SecretStore
    from gigadesk.store.server_profiles import load_profile
    from gigadesk.store.settings import Settings
    from gigadesk.ui.history.saved_views import ViewState, from_text

    paths = AppPaths.under(data_dir).ensure()
    (paths.config_dir / "server_profiles.json").write_text(DAMAGE[damage])
    assert load_profile(paths, "https://api.giga.store").base_url == "https://api.giga.store"
    store = SecretStore(paths, Settings(secret_in_file=True))
    store.secret_file.write_text(DAMAGE[damage])
    assert store._read_file() == {}
    assert from_text(DAMAGE[damage], 5) == ViewState()
