"""Where the Client Secret is kept, said in the user's language (the store says it in English
for the command line, and as a kind with a detail for the window)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gigadesk.store.secrets import PlaceKind, SecretPlace
from gigadesk.ui.i18n import QT_TRANSLATE_NOOP, arg

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

# %1 is the place's detail: the keychain's name, a file, an environment variable.
_NOTES: dict[PlaceKind, str] = {
    PlaceKind.MACOS_KEYCHAIN: QT_TRANSLATE_NOOP(
        "SecretPlace", "The Client Secret is kept in the macOS Keychain."
    ),
    PlaceKind.WINDOWS_CREDENTIALS: QT_TRANSLATE_NOOP(
        "SecretPlace", "The Client Secret is kept in Windows Credential Manager."
    ),
    PlaceKind.KEYRING: QT_TRANSLATE_NOOP(
        "SecretPlace", "The Client Secret is kept in the system's keychain (%1)."
    ),
    PlaceKind.FILE: QT_TRANSLATE_NOOP(
        "SecretPlace", "The Client Secret is kept in a file only you can read: %1"
    ),
    PlaceKind.ENVIRONMENT: QT_TRANSLATE_NOOP(
        "SecretPlace", "The Client Secret comes from the environment (%1)."
    ),
    PlaceKind.SESSION_NO_KEYCHAIN: QT_TRANSLATE_NOOP(
        "SecretPlace", "The Client Secret is kept for this session only: no keychain was found."
    ),
    PlaceKind.SESSION_BY_CHOICE: QT_TRANSLATE_NOOP(
        "SecretPlace", "The Client Secret is kept for this session only, as you chose."
    ),
    PlaceKind.SESSION_REFUSED: QT_TRANSLATE_NOOP(
        "SecretPlace",
        "The Client Secret is kept for this session only: the keychain did not accept it.",
    ),
    PlaceKind.SESSION_FILE_FAILED: QT_TRANSLATE_NOOP(
        "SecretPlace",
        "The Client Secret is kept for this session only: the file %1 could not be written.",
    ),
}
_UNKNOWN = QT_TRANSLATE_NOOP("SecretPlace", "The Client Secret is kept in the system keychain.")


def secret_note(place: SecretPlace | None) -> str:
    """One sentence: where the secret is (or will be) kept."""
    if place is None:
        return translate("SecretPlace", _UNKNOWN)
    text = translate("SecretPlace", _NOTES[place.kind])
    return arg(text, place.detail) if "%1" in text else text
