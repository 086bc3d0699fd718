"""The window's log file: held in memory until the first paint, then written, still redacted."""

from __future__ import annotations

import logging
from pathlib import Path

from gigadesk import logs
from gigadesk.ui.runtime.log_file import LOG_FILE, LogFile


def test_the_file_name_is_the_logs_module_one() -> None:
    assert LOG_FILE == logs.LOG_FILE


def test_records_held_at_start_up_reach_the_file_once_released(tmp_path: Path) -> None:
    log_file = LogFile()
    logger = logging.getLogger("gigadesk.test.held")
    secret = "held-secret-1234"
    logs.hide(secret)
    try:
        log_file.hold()
        log_file.use(tmp_path)
        logger.warning("before the paint, with %s", secret)
        assert not (tmp_path / LOG_FILE).exists()  # nothing opened before the first paint
        log_file.release()
        logger.warning("after the paint")
        assert log_file.handler is not None
        log_file.handler.flush()
        text = (tmp_path / LOG_FILE).read_text(encoding="utf-8")
        assert "before the paint, with ***" in text
        assert "after the paint" in text
        assert secret not in text
    finally:
        log_file.use(None)
    assert log_file.handler is None


def test_a_session_ended_while_held_leaves_no_handler_behind(tmp_path: Path) -> None:
    root = logging.getLogger("gigadesk")
    before = list(root.handlers)
    log_file = LogFile()
    log_file.hold()
    log_file.use(tmp_path)
    log_file.use(None)
    assert root.handlers == before
    assert not (tmp_path / LOG_FILE).exists()
