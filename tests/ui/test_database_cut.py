"""The shared database goes away while a desk is open (PostgreSQL restarted for a few
seconds): the window says so, what is typed stays, and it reconnects by itself.

Needs the PostgreSQL of ``.ci/run`` (``WABADESK_TEST_PG_URL`` and ``WABADESK_PG_DIR``).
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from app_harness import fast_options, parts, stop_app
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_async import until
from sqlalchemy import func, select

from desktop.app import make_application, start_services_into
from desktop.models.entities import Message
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.ui.main_window import MainWindow
from desktop.ui.theme import apply_theme

pytestmark = [pytest.mark.asyncio, pytest.mark.postgres]

REPO_ROOT = Path(__file__).resolve().parents[2]
TANAKA = "819011112222"
REPLY = "Yes, we open at 9 tomorrow."


async def test_the_window_says_the_database_is_away_keeps_the_reply_and_reconnects(
    qtbot: QtBot, tmp_path: Path, pg_url: str
) -> None:
    if not os.environ.get("WABADESK_PG_DIR"):
        pytest.skip("WABADESK_PG_DIR is not set (the PostgreSQL of .ci/run can be restarted)")
    apply_theme(make_application(), "light")
    window = MainWindow()
    window.show()
    options = replace(fast_options(tmp_path), db_url=pg_url, database_interval=0.3)
    app = await start_services_into(window, options)
    try:
        services, inbox = parts(app)
        away = window.status.database_label
        await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "are you open tomorrow?")
        await until(lambda: inbox.conversations.rowCount() == 1, timeout=30, what="listed")
        conversation = inbox.conversations.conversation_id(0)
        assert conversation is not None and inbox.select_conversation(conversation)
        await until(lambda: inbox.composer.editor.isEnabled(), what="composer ready")
        qtbot.keyClicks(inbox.composer.editor, REPLY)

        restart = subprocess.Popen([str(REPO_ROOT / ".ci" / "postgres"), "restart", "4"])
        try:
            await until(lambda: not away.isHidden(), timeout=30, what="the window says so")
            assert "unreachable" in away.text()
            assert inbox.composer.editor.toPlainText() == REPLY  # nothing typed is lost
            await until(lambda: away.isHidden(), timeout=60, what="reconnected by itself")
        finally:
            assert restart.wait(60) == 0
        assert "answers again" in window.status.currentMessage()

        qtbot.keyClick(inbox.composer.editor, Qt.Key.Key_Return)  # and the reply goes out

        def outgoing() -> int:
            query = select(func.count()).where(Message.text == REPLY)
            return int(services.db.call(lambda s: s.scalar(query)) or 0)

        await until(lambda: outgoing() == 1, timeout=30, what="the reply is stored")
        await until(lambda: inbox.composer.editor.toPlainText() == "", what="composer emptied")
    finally:
        await stop_app(app)
