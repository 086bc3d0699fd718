"""AppPaths: platform folders, --data-dir folders, and a clear error when one cannot be made."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from gigadesk.store.paths import AppPaths, PathsError


def test_under_puts_every_folder_below_the_root(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "portable")
    root = tmp_path / "portable"
    assert (paths.data_dir, paths.config_dir, paths.cache_dir, paths.log_dir) == (
        root / "data",
        root / "config",
        root / "cache",
        root / "logs",
    )
    assert paths.cache_file == root / "data" / "history.sqlite3"
    assert paths.settings_file == root / "config" / "settings.json"


def test_under_makes_a_relative_root_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    paths = AppPaths.under("here")
    assert paths.data_dir == tmp_path / "here" / "data"


def test_default_follows_platformdirs_for_gigadesk() -> None:
    paths = AppPaths.default()
    dirs = platformdirs.PlatformDirs("GigaDesk", "GigaDesk")
    assert paths.data_dir == dirs.user_data_path
    assert paths.config_dir == dirs.user_config_path
    assert paths.cache_dir == dirs.user_cache_path
    assert paths.log_dir == dirs.user_log_path
    assert "GigaDesk" in str(paths.data_dir)


def test_ensure_creates_the_folders_and_is_repeatable(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path / "root").ensure()
    for folder in (paths.data_dir, paths.config_dir, paths.cache_dir, paths.log_dir):
        assert folder.is_dir()
    assert paths.ensure() == paths


def test_ensure_says_which_folder_a_file_blocks(tmp_path: Path) -> None:
    (tmp_path / "root").mkdir()
    (tmp_path / "root" / "config").write_text("not a folder")
    with pytest.raises(PathsError, match="config") as caught:
        AppPaths.under(tmp_path / "root").ensure()
    assert "a file of that name is in the way" in str(caught.value)


def test_ensure_reports_a_folder_that_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("a file, not a folder")
    with pytest.raises(PathsError, match="cannot create the folder"):
        AppPaths.under(tmp_path / "blocker" / "inside").ensure()
