"""The window's notice of refunds whose outcome is unknown, with the way to settle them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gigadesk.store.cache import Attempt
from gigadesk.ui.formatting import number_text
from gigadesk.ui.i18n import counted

translate = QCoreApplication.translate  # the texts are found by pyside6-lupdate

BANNER_KIND = "refunds"
SETTLE_ACTION = "settle"


def unsettled_banner(attempts: list[Attempt]) -> tuple[str, str, str, str] | None:
    """The banner for refunds whose outcome is unknown (None when there are none)."""
    if not attempts:
        return None
    uids = ", ".join(attempt.uid for attempt in attempts[:3])
    text = counted(
        len(attempts),
        translate(
            "Unsettled",
            "%1 refund has an unknown outcome (%2): its answer was lost, or GigaDesk stopped "
            "while waiting for it. Nothing more is sent for it until it is checked.",
        ),
        translate(
            "Unsettled",
            "%1 refunds have an unknown outcome (%2): their answers were lost, or GigaDesk "
            "stopped while waiting for them. Nothing more is sent for them until they are "
            "checked.",
        ),
        number_text(len(attempts)),
        uids,
    )
    return (BANNER_KIND, text, translate("Unsettled", "Check…"), SETTLE_ACTION)
