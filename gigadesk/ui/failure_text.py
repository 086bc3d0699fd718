"""Failures from below the UI (services.failures) in the user's language: one sentence per
cause says what happened and what to do; the lower layers' English specifics stay as details
(a tooltip, a message box's Details, the log)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from gigadesk.services.workspace import Cause, Failure, Notice, NoticeKind, failure_of
from gigadesk.ui.i18n import QT_TRANSLATE_NOOP, arg

_CONTEXT = "FailureText"

# Every cause has its sentence (tests/ui/test_ui_failure_text.py holds each to a translation).
SENTENCES: dict[Cause, str] = {
    Cause.UNREACHABLE: QT_TRANSLATE_NOOP(
        "FailureText",
        "Gigastore cannot be reached: no connection could be made. Check this computer's "
        "network connection, then try again.",
    ),
    Cause.TOO_SLOW: QT_TRANSLATE_NOOP(
        "FailureText", "Gigastore did not answer in time. Try again in a few minutes."
    ),
    Cause.STRUGGLING: QT_TRANSLATE_NOOP(
        "FailureText",
        "Gigastore is having trouble: it answered with errors until GigaDesk gave up. Try "
        "again in a few minutes.",
    ),
    Cause.REJECTED: QT_TRANSLATE_NOOP(
        "FailureText", "Gigastore rejected the Client ID or secret. Check them in Settings."
    ),
    Cause.REFUSED: QT_TRANSLATE_NOOP("FailureText", "Gigastore refused: “%1”"),
    Cause.BAD_ANSWER: QT_TRANSLATE_NOOP(
        "FailureText",
        "Gigastore's answer could not be read. Try again later; if this persists, Help > "
        "Check the Connection makes a report for Gigastore support.",
    ),
    Cause.SERVER_ERROR: QT_TRANSLATE_NOOP(
        "FailureText",
        "Gigastore answered with an error. Try again later; if this persists, Help > Check "
        "the Connection makes a report for Gigastore support.",
    ),
    Cause.ANSWER_LOST: QT_TRANSLATE_NOOP(
        "FailureText",
        "Gigastore's answer was lost on the way, so it is not known whether the request was "
        "carried out. Sync (F5) to see the current state.",
    ),
    Cause.NO_CREDENTIALS: QT_TRANSLATE_NOOP(
        "FailureText", "No Client ID and secret are set. Connect your account in Settings."
    ),
    Cause.NEEDS_NETWORK: QT_TRANSLATE_NOOP(
        "FailureText",
        "GigaDesk runs in offline mode, and this needs a connection to Gigastore. Start "
        "GigaDesk without --offline.",
    ),
    Cause.INSECURE_ADDRESS: QT_TRANSLATE_NOOP(
        "FailureText",
        "The Gigastore address would send the secret unencrypted. Use an https:// address "
        "in Settings.",
    ),
    Cause.DISK_FULL: QT_TRANSLATE_NOOP(
        "FailureText",
        "The disk is full, so GigaDesk could not save. Nothing saved before was lost; free "
        "some space and try again.",
    ),
    Cause.NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "FailureText",
        "GigaDesk may not write there: the file or its folder is read-only or belongs to "
        "another user.",
    ),
    Cause.CACHE_BUSY: QT_TRANSLATE_NOOP(
        "FailureText",
        "The history cache on this computer is busy: another GigaDesk may be syncing. Try "
        "again in a moment.",
    ),
    Cause.CACHE_DAMAGED: QT_TRANSLATE_NOOP(
        "FailureText",
        "The history cache on this computer is damaged. GigaDesk sets it aside at the next "
        "start, and the next sync rebuilds it from Gigastore.",
    ),
    Cause.CACHE_TOO_NEW: QT_TRANSLATE_NOOP(
        "FailureText",
        "The history cache was written by a newer GigaDesk. Update GigaDesk, or start it "
        "with another data folder; the cache was left untouched.",
    ),
    Cause.CACHE_FAILED: QT_TRANSLATE_NOOP(
        "FailureText",
        "The history cache on this computer could not be read or written. Restart GigaDesk; "
        "if this persists, the details say what failed.",
    ),
    Cause.SETTINGS_FAILED: QT_TRANSLATE_NOOP(
        "FailureText", "The settings could not be saved; the details say why."
    ),
    Cause.FOLDER_FAILED: QT_TRANSLATE_NOOP(
        "FailureText",
        "GigaDesk cannot create its data folder. Check that the folder can be written, or "
        "start GigaDesk with --data-dir.",
    ),
    Cause.FILE_FAILED: QT_TRANSLATE_NOOP(
        "FailureText", "A file could not be read or written; the details say which and why."
    ),
}


# A few words, where there is room for little (the status bar): what happened.
HEADLINES: dict[Cause, str] = {
    Cause.UNREACHABLE: QT_TRANSLATE_NOOP("FailureText", "Gigastore cannot be reached"),
    Cause.TOO_SLOW: QT_TRANSLATE_NOOP("FailureText", "Gigastore did not answer in time"),
    Cause.STRUGGLING: QT_TRANSLATE_NOOP("FailureText", "Gigastore is having trouble"),
    Cause.REJECTED: QT_TRANSLATE_NOOP("FailureText", "Gigastore rejected the Client ID or secret"),
    Cause.REFUSED: QT_TRANSLATE_NOOP("FailureText", "Gigastore refused"),
    Cause.BAD_ANSWER: QT_TRANSLATE_NOOP("FailureText", "Gigastore's answer could not be read"),
    Cause.SERVER_ERROR: QT_TRANSLATE_NOOP("FailureText", "Gigastore answered with an error"),
    Cause.ANSWER_LOST: QT_TRANSLATE_NOOP("FailureText", "Gigastore's answer was lost"),
    Cause.NO_CREDENTIALS: QT_TRANSLATE_NOOP("FailureText", "No Client ID and secret are set"),
    Cause.NEEDS_NETWORK: QT_TRANSLATE_NOOP("FailureText", "GigaDesk runs in offline mode"),
    Cause.INSECURE_ADDRESS: QT_TRANSLATE_NOOP(
        "FailureText", "The Gigastore address is not encrypted"
    ),
    Cause.DISK_FULL: QT_TRANSLATE_NOOP("FailureText", "The disk is full"),
    Cause.NOT_WRITABLE: QT_TRANSLATE_NOOP("FailureText", "GigaDesk may not write there"),
    Cause.CACHE_BUSY: QT_TRANSLATE_NOOP("FailureText", "The history cache is busy"),
    Cause.CACHE_DAMAGED: QT_TRANSLATE_NOOP("FailureText", "The history cache is damaged"),
    Cause.CACHE_TOO_NEW: QT_TRANSLATE_NOOP(
        "FailureText", "The history cache is from a newer GigaDesk"
    ),
    Cause.CACHE_FAILED: QT_TRANSLATE_NOOP("FailureText", "The history cache could not be used"),
    Cause.SETTINGS_FAILED: QT_TRANSLATE_NOOP("FailureText", "The settings could not be saved"),
    Cause.FOLDER_FAILED: QT_TRANSLATE_NOOP("FailureText", "The data folder cannot be created"),
    Cause.FILE_FAILED: QT_TRANSLATE_NOOP("FailureText", "A file could not be read or written"),
}


# What a notice from opening the account says (its English sentence is the details).
NOTICES: dict[NoticeKind, str] = {
    NoticeKind.SETTINGS_RESET: QT_TRANSLATE_NOOP(
        "FailureText",
        "The settings file could not be read, so GigaDesk started with the default settings. "
        "The old file was kept; the details say where.",
    ),
    NoticeKind.CACHE_SET_ASIDE: QT_TRANSLATE_NOOP(
        "FailureText",
        "The history cache was damaged and was set aside; the next sync rebuilds it from "
        "Gigastore. The details say where the damaged file was kept.",
    ),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """A failure as a screen shows it: a sentence in the user's language, and the English
    specifics of the layer that failed (empty when the sentence says all)."""

    text: str
    details: str = ""
    headline: str = ""  # what happened in a few words (empty: the text is short enough)

    @property
    def short(self) -> str:
        """The headline, or the text when there is none."""
        return self.headline or self.text

    def tooltip(self) -> str:
        """The sentence with its details below, for a tooltip."""
        return with_details(self.text, self.details)


def with_details(text: str, details: str) -> str:
    """`text` with a failure's specifics below it (for a tooltip)."""
    return f"{text}\n\n{details}" if details else text


def cause_sentence(cause: Cause) -> str:
    """What happened and what to do, in the user's language (REFUSED: %1 is the server's
    words)."""
    return QCoreApplication.translate(_CONTEXT, SENTENCES[cause])


def failure_sentence(failure: Failure) -> str:
    """What happened and what to do, in the user's language."""
    text = cause_sentence(failure.cause)
    return arg(text, failure.message) if failure.cause is Cause.REFUSED else text


def notice_problem(notice: Notice) -> Problem:
    """A notice from opening the account in the user's language, its English words as
    details."""
    return Problem(QCoreApplication.translate(_CONTEXT, NOTICES[notice.kind]), str(notice))


def start_failure_text(exc: BaseException) -> str:
    """Why GigaDesk cannot start (one of services.failures.OPEN_FAILURES), for stderr and the
    log: the sentence in the user's language, then the specifics."""
    problem = problem_of(exc)
    text = arg(QCoreApplication.translate("FailureText", "GigaDesk cannot start: %1"), problem.text)
    return f"{text}\n{problem.details}" if problem.details else text


def problem_of(failure: Failure | BaseException) -> Problem:
    """`failure` (or an exception of services.failures' families) as a Problem; the server's
    own refusal is quoted in the sentence, so it has no details."""
    if isinstance(failure, BaseException):
        failure = failure_of(failure)
    details = "" if failure.cause is Cause.REFUSED else failure.message
    headline = QCoreApplication.translate(_CONTEXT, HEADLINES[failure.cause])
    return Problem(failure_sentence(failure), details, headline)
