"""SecretStore: keychain first, the environment over all, session-only without a keychain,
a private file only when chosen, and the secret never written where it must not be."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null
from keyrings import LockedKeyring, MemoryKeyring
from store_helpers import make_item

from gigadesk.store.cache import Cache
from gigadesk.store.paths import AppPaths
from gigadesk.store.secrets import (
    FROM_ENVIRONMENT,
    SESSION_BY_CHOICE,
    SESSION_NO_KEYCHAIN,
    SESSION_REFUSED,
    PlaceKind,
    SecretPlace,
    SecretStore,
    keychain_description,
)
from gigadesk.store.settings import Settings, save_settings

SECRET = "s3cr3t-Value-4711"


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path).ensure()


def store(paths: AppPaths, **settings: object) -> SecretStore:
    return SecretStore(paths, Settings(**settings))  # type: ignore[arg-type]


# keyring's own "no keychain here" backends (its fail and null keyrings).
FAIL: keyring.backend.KeyringBackend = fail.Keyring()  # type: ignore[no-untyped-call]
NULL: keyring.backend.KeyringBackend = null.Keyring()  # type: ignore[no-untyped-call]


def no_keychain(backend: keyring.backend.KeyringBackend | None = None) -> None:
    keyring.set_keyring(backend or FAIL)


def test_the_secret_goes_to_the_keychain_and_survives_a_restart(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    where = store(paths).set_secret("reseller-1", SECRET, remember=True)
    assert memory_keyring.passwords == {("GigaDesk", "reseller-1"): SECRET}
    assert where.startswith("in the system keyring (") and "MemoryKeyring" in where
    restarted = store(paths, client_id="reseller-1")
    assert restarted.get_secret("reseller-1") == SECRET
    assert restarted.where == where
    assert restarted.credentials() == ("reseller-1", SECRET)
    assert not restarted.secret_file.exists()


def test_platform_keychains_are_named_plainly() -> None:
    class Fake(MemoryKeyring):
        pass

    Fake.__module__ = "keyring.backends.macOS"
    assert keychain_description(Fake()) == "in the macOS Keychain"
    Fake.__module__ = "keyring.backends.Windows"
    assert keychain_description(Fake()) == "in Windows Credential Manager"
    assert keychain_description(FAIL) is None
    assert keychain_description(NULL) is None


@pytest.mark.parametrize("backend", [FAIL, NULL])
def test_without_a_keychain_the_secret_is_kept_for_the_session_only(
    paths: AppPaths, backend: keyring.backend.KeyringBackend
) -> None:
    no_keychain(backend)
    secrets = store(paths, client_id="reseller-1")
    assert secrets.where == SESSION_NO_KEYCHAIN  # said before anything is stored
    assert secrets.set_secret("reseller-1", SECRET, remember=True) == SESSION_NO_KEYCHAIN
    assert secrets.where == "for this session only: no keychain was found"
    assert secrets.place == SecretPlace(PlaceKind.SESSION_NO_KEYCHAIN)  # for the window's words
    assert secrets.get_secret("reseller-1") == SECRET
    assert secrets.credentials() == ("reseller-1", SECRET)
    assert store(paths, client_id="reseller-1").credentials() is None  # gone after a restart
    assert sorted(p.name for p in paths.config_dir.iterdir()) == []  # nothing written


def test_a_private_file_is_used_only_when_chosen_and_no_keychain_exists(paths: AppPaths) -> None:
    no_keychain()
    secrets = store(paths, client_id="reseller-1", secret_in_file=True)
    where = secrets.set_secret("reseller-1", SECRET, remember=True)
    path = paths.config_dir / "secret"
    assert where == f"in a file only you can read: {path}"
    assert secrets.place == SecretPlace(PlaceKind.FILE, str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    restarted = store(paths, client_id="reseller-1", secret_in_file=True)
    assert restarted.credentials() == ("reseller-1", SECRET)
    assert restarted.where == where
    # Without the choice in the settings the file is not read.
    assert store(paths, client_id="reseller-1").get_secret("reseller-1") is None


def test_a_widened_secret_file_is_made_private_again(paths: AppPaths) -> None:
    no_keychain()
    secrets = store(paths, secret_in_file=True)
    secrets.set_secret("r", SECRET, remember=True)
    path = paths.config_dir / "secret"
    path.chmod(0o644)
    assert store(paths, secret_in_file=True).get_secret("r") == SECRET
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_keychain_wins_over_the_file_choice(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    secrets = store(paths, secret_in_file=True)
    assert secrets.set_secret("r", SECRET, remember=True).startswith("in the system keyring")
    assert not (paths.config_dir / "secret").exists()
    assert memory_keyring.passwords[("GigaDesk", "r")] == SECRET


def test_moving_to_the_keychain_removes_the_plain_copy(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    no_keychain()
    store(paths, secret_in_file=True).set_secret("r", SECRET, remember=True)
    assert (paths.config_dir / "secret").exists()
    keyring.set_keyring(memory_keyring)
    store(paths, secret_in_file=True).set_secret("r", SECRET, remember=True)
    assert not (paths.config_dir / "secret").exists()


def test_a_locked_keychain_falls_back_to_the_session(paths: AppPaths) -> None:
    keyring.set_keyring(LockedKeyring())
    secrets = store(paths)
    assert secrets.set_secret("r", SECRET, remember=True) == SESSION_REFUSED
    assert secrets.get_secret("r") == SECRET
    # If the user chose a private file, that is where it goes instead.
    chose_file = store(paths, secret_in_file=True)
    assert chose_file.set_secret("r", SECRET, remember=True).startswith("in a file only you")


def test_not_remembering_keeps_it_for_the_session_and_removes_stored_copies(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    store(paths).set_secret("r", "old-secret", remember=True)
    secrets = store(paths)
    assert secrets.set_secret("r", SECRET, remember=False) == SESSION_BY_CHOICE
    assert secrets.get_secret("r") == SECRET
    assert memory_keyring.passwords == {}
    assert store(paths).get_secret("r") is None


def test_delete_forgets_the_secret_everywhere(
    paths: AppPaths, memory_keyring: MemoryKeyring
) -> None:
    secrets = store(paths, secret_in_file=True)
    secrets.set_secret("r", SECRET, remember=True)
    secrets.delete("r")
    assert secrets.get_secret("r") is None
    assert memory_keyring.passwords == {}
    secrets.delete("never-stored")  # harmless


def test_empty_values_are_refused_without_echoing_them(paths: AppPaths) -> None:
    with pytest.raises(ValueError, match="both the Client ID and the secret") as caught:
        store(paths).set_secret("r", "", remember=True)
    assert SECRET not in str(caught.value)
    with pytest.raises(ValueError):
        store(paths).set_secret("", SECRET, remember=True)


def test_the_environment_wins_over_everything(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    secrets = store(paths, client_id="from-settings")
    secrets.set_secret("from-settings", "stored-secret", remember=True)
    monkeypatch.setenv("GIGASTORE_CLIENT_ID", "from-env")
    monkeypatch.setenv("GIGASTORE_CLIENT_SECRET", "env-secret")
    found = secrets.credentials()
    assert found == ("from-env", "env-secret")
    assert found is not None and found.source == FROM_ENVIRONMENT
    assert secrets.where == FROM_ENVIRONMENT
    client_id, secret = found  # usable as a plain pair
    assert (client_id, secret) == (found.client_id, found.secret)


def test_either_variable_alone_combines_with_the_rest(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    secrets = store(paths, client_id="from-settings")
    secrets.set_secret("from-settings", "stored-secret", remember=True)
    secrets.set_secret("other-id", "other-secret", remember=True)
    monkeypatch.setenv("GIGASTORE_CLIENT_SECRET", "env-secret")
    assert secrets.credentials() == ("from-settings", "env-secret")
    monkeypatch.delenv("GIGASTORE_CLIENT_SECRET")
    monkeypatch.setenv("GIGASTORE_CLIENT_ID", "other-id")
    assert secrets.credentials() == ("other-id", "other-secret")
    monkeypatch.setenv("GIGASTORE_CLIENT_ID", "unknown-id")
    assert secrets.credentials() is None


def test_no_credentials_without_a_client_id(paths: AppPaths) -> None:
    assert store(paths).credentials() is None
    assert store(paths).get_secret("") is None


def test_an_explicit_client_id_is_used(paths: AppPaths) -> None:
    secrets = store(paths, client_id="settings-id")
    secrets.set_secret("given-id", SECRET, remember=True)
    assert secrets.credentials("given-id") == ("given-id", SECRET)


def test_the_secret_never_reaches_settings_cache_logs_or_reprs(
    paths: AppPaths, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = Settings(client_id="reseller-1")
    save_settings(paths, settings)
    secrets = SecretStore(paths, settings)
    secrets.set_secret("reseller-1", SECRET, remember=True)
    keyring.set_keyring(LockedKeyring())
    secrets.set_secret("reseller-1", SECRET, remember=True)  # logs the refusal
    no_keychain()
    secrets.get_secret("other")
    with Cache.open(paths.cache_file) as cache:
        cache.upsert_item(make_item())
    found = secrets.credentials()
    assert found is not None
    assert SECRET not in repr(found) and SECRET not in str(found)
    assert SECRET not in caplog.text
    for path in paths.config_dir.rglob("*"):
        assert SECRET.encode() not in path.read_bytes(), path
    for path in paths.data_dir.rglob("*"):
        assert SECRET.encode() not in path.read_bytes(), path
