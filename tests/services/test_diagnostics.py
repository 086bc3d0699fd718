"""The smoke test's self-checks pass here and report a failure as FAILED with a reason."""

from __future__ import annotations

from pathlib import Path

from gigadesk.services import diagnostics


def test_every_check_passes_on_this_machine(tmp_path: Path) -> None:
    checks = diagnostics.run_checks(tmp_path)
    assert [c.name for c in checks] == ["sqlite", "ssl", "keyring"]
    assert all(c.ok for c in checks), [c.line() for c in checks]
    assert checks[0].line().startswith("smoke: sqlite ok ")
    assert list(tmp_path.iterdir()) == [], "the scratch cache is removed"


def test_an_unwritable_folder_fails_the_sqlite_check(tmp_path: Path) -> None:
    missing = tmp_path / "not-there"
    check = diagnostics.check_sqlite(missing)
    assert not check.ok
    assert check.line().startswith("smoke: sqlite FAILED ")


def test_a_missing_keychain_backend_fails_the_keyring_check() -> None:
    diagnostics.NATIVE_BACKENDS["test-os"] = "keyring.backends.NoSuchBackend"
    try:
        check = diagnostics.check_keyring("test-os")
    finally:
        del diagnostics.NATIVE_BACKENDS["test-os"]
    assert not check.ok and "NoSuchBackend" in check.detail
