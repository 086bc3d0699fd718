"""Settings: defaults, round trip, damaged files kept aside with a notice, atomic writes."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

import pytest

from gigadesk.store.paths import AppPaths
from gigadesk.store.settings import Settings, SettingsError, load_settings, save_settings


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path).ensure()


def test_missing_file_gives_defaults_and_no_notice(paths: AppPaths) -> None:
    settings, notice = load_settings(paths)
    assert settings == Settings()
    assert settings.base_url == "https://api.giga.store"
    assert settings.monthly_refund_limit is None
    assert settings.refresh_minutes == 15
    assert notice is None
    assert not paths.settings_file.exists()


def test_saved_settings_load_back_equal_as_pretty_json(paths: AppPaths) -> None:
    chosen = Settings(
        base_url="http://127.0.0.1:8765",
        monthly_refund_limit=5,
        refresh_minutes=30,
        client_id="reseller-7",
        secret_in_file=True,
        window_geometry="AdnQywADAAA=",
        splitter_state="AAAA/wAAAAE=",
        language="de",
    )
    save_settings(paths, chosen)
    assert load_settings(paths) == (chosen, None)
    text = paths.settings_file.read_text(encoding="utf-8")
    assert text.startswith("{\n  ")
    assert json.loads(text)["monthly_refund_limit"] == 5


def test_settings_hold_no_secret_field() -> None:
    names = {field.name for field in fields(Settings)}
    assert not {name for name in names if "secret" in name} - {"secret_in_file"}
    assert not {name for name in names if "password" in name or "token" in name}


def test_unknown_keys_are_ignored_without_a_notice(paths: AppPaths) -> None:
    paths.settings_file.write_text(
        json.dumps({"client_id": "r-1", "from_the_future": [1, 2], "client_secret": "x"}),
        encoding="utf-8",
    )
    settings, notice = load_settings(paths)
    assert settings == Settings(client_id="r-1")
    assert notice is None
    assert not paths.settings_file.with_name("settings.json.bad").exists()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"client_id": "r-1",', "not valid JSON at line 1"),
        (b"", "not valid JSON"),
        (b"[1, 2, 3]", "does not hold a JSON object"),
        (b'"just text"', "does not hold a JSON object"),
        (b'{"client_id": "\xff\xfe"}', "not UTF-8"),
    ],
)
def test_damaged_file_is_set_aside_with_a_notice(
    paths: AppPaths, content: bytes, reason: str
) -> None:
    paths.settings_file.write_bytes(content)
    settings, notice = load_settings(paths)
    assert settings == Settings()
    assert notice is not None
    assert reason in notice
    kept = paths.settings_file.with_name("settings.json.bad")
    assert str(kept) in notice
    assert kept.read_bytes() == content  # never deleted, byte for byte
    assert not paths.settings_file.exists()
    # The next start is quiet: the defaults, no notice.
    assert load_settings(paths) == (Settings(), None)


def test_an_unreadable_settings_path_is_set_aside(paths: AppPaths) -> None:
    paths.settings_file.mkdir()  # a folder where the file should be
    (paths.settings_file / "inside.txt").write_text("kept")
    settings, notice = load_settings(paths)
    assert settings == Settings()
    assert notice is not None and "could not be read" in notice
    assert (paths.config_dir / "settings.json.bad" / "inside.txt").read_text() == "kept"


def test_existing_bad_copies_are_never_overwritten(paths: AppPaths) -> None:
    bad = paths.config_dir / "settings.json.bad"
    bad.write_text("first")
    (paths.config_dir / "settings.json.bad.1").write_text("second")
    paths.settings_file.write_text("third {")
    _, notice = load_settings(paths)
    assert bad.read_text() == "first"
    assert (paths.config_dir / "settings.json.bad.1").read_text() == "second"
    assert (paths.config_dir / "settings.json.bad.2").read_text() == "third {"
    assert notice is not None and "settings.json.bad.2" in notice


def test_wrong_typed_fields_fall_back_alone_and_the_file_is_repaired(paths: AppPaths) -> None:
    original = {
        "client_id": "r-1",
        "base_url": "http://127.0.0.1:9000",
        "refresh_minutes": "often",
        "monthly_refund_limit": True,
        "secret_in_file": "yes",
        "language": "es",
    }
    paths.settings_file.write_text(json.dumps(original), encoding="utf-8")
    settings, notice = load_settings(paths)
    assert settings == Settings(client_id="r-1", base_url="http://127.0.0.1:9000", language="es")
    assert notice is not None
    for name in ("refresh_minutes", "monthly_refund_limit", "secret_in_file"):
        assert name in notice
    kept = paths.config_dir / "settings.json.bad"
    assert json.loads(kept.read_text(encoding="utf-8")) == original
    # The repaired file was written, so the next start keeps the good values quietly.
    assert load_settings(paths) == (settings, None)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("base_url", "ftp://example.org"),
        ("base_url", 42),
        ("monthly_refund_limit", -1),
        ("monthly_refund_limit", 2.5),
        ("refresh_minutes", 0),
        ("client_id", None),
        ("window_geometry", ["x"]),
    ],
)
def test_each_invalid_value_is_reset_to_its_default(
    paths: AppPaths, name: str, value: object
) -> None:
    paths.settings_file.write_text(json.dumps({name: value, "language": "de"}), encoding="utf-8")
    settings, notice = load_settings(paths)
    assert getattr(settings, name) == getattr(Settings(), name)
    assert settings.language == "de"
    assert notice is not None and name in notice


def test_save_replaces_the_file_whole_for_a_concurrent_reader(paths: AppPaths) -> None:
    save_settings(paths, Settings(client_id="start"))
    seen: list[str] = []
    failures: list[str] = []
    done = threading.Event()

    def read_repeatedly() -> None:
        while not done.is_set():
            text = paths.settings_file.read_text(encoding="utf-8")
            try:
                seen.append(json.loads(text)["client_id"])
            except (ValueError, KeyError):
                failures.append(text)

    reader = threading.Thread(target=read_repeatedly)
    reader.start()
    try:
        for number in range(150):
            save_settings(paths, Settings(client_id=f"client-{number}", window_geometry="x" * 5000))
    finally:
        done.set()
        reader.join()
    assert failures == []  # never an empty or half-written file
    assert seen
    assert load_settings(paths)[0].client_id == "client-149"
    leftovers = [p.name for p in paths.config_dir.iterdir() if p.name != "settings.json"]
    assert leftovers == []  # no temporary files left behind


def test_save_into_an_unwritable_place_raises_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "config").write_text("a file where the config folder should be")
    paths = AppPaths.under(tmp_path)
    with pytest.raises(SettingsError, match="could not be saved"):
        save_settings(paths, Settings(client_id="x"))


def test_a_failed_save_keeps_the_previous_file_whole(
    paths: AppPaths, make_read_only: Callable[[Path], None]
) -> None:
    save_settings(paths, Settings(client_id="kept"))
    before = paths.settings_file.read_bytes()
    make_read_only(paths.config_dir)
    with pytest.raises(SettingsError, match="could not be saved") as caught:
        save_settings(paths, Settings(client_id="lost"))
    assert str(paths.settings_file) in str(caught.value)
    assert paths.settings_file.read_bytes() == before
    assert sorted(p.name for p in paths.config_dir.iterdir()) == ["settings.json"]


def test_a_damaged_file_in_a_read_only_folder_is_left_where_it_is(
    paths: AppPaths, make_read_only: Callable[[Path], None]
) -> None:
    paths.settings_file.write_text("{ broken")
    make_read_only(paths.config_dir)
    settings, notice = load_settings(paths)
    assert settings == Settings()
    assert notice is not None and "could not be set aside" in notice
    assert paths.settings_file.read_text() == "{ broken"
