"""A reply typed while the database is busy stays in the composer until it is stored.

Before: the composer emptied the editor before the outbox had stored the row, and a
``database is locked`` error was only logged: with the database locked by another program,
the words vanished, nothing was stored and the window said nothing. Here another connection
really holds the write lock on the app's SQLite file (longer than the app waits for it).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from app_harness import parts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"
SUZUKI = "819012345605"
REPLY = "We open at ten tomorrow."


def outgoing_count(database: str) -> int:
    with sqlite3.connect(database) as reader:
        return int(
            reader.execute("SELECT count(*) FROM message WHERE direction='out'").fetchone()[0]
        )


async def test_reply_survives_a_locked_database_and_is_sent_on_retry(
    app: RunningApp, qtbot: QtBot, tmp_path: Path
) -> None:
    database = str(tmp_path / "app.sqlite3")
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, SUZUKI, "hi")
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "are you open tomorrow?")
    await until(lambda: inbox.conversations.rowCount() == 2)
    first = inbox.conversations.conversation_id(0)
    second = inbox.conversations.conversation_id(1)
    assert first is not None and second is not None
    assert inbox.select_conversation(first)
    await until(lambda: inbox.composer.editor.isEnabled())

    locker = sqlite3.connect(database, isolation_level=None)
    locker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    qtbot.keyClicks(inbox.composer.editor, REPLY)
    qtbot.keyClick(inbox.composer.editor, Qt.Key.Key_Return)
    # The words stay while the outbox waits for the database, and cannot be sent twice.
    assert inbox.composer.editor.toPlainText() == REPLY
    assert inbox.composer.busy and not inbox.composer.send_button.isEnabled()
    # Looking at another conversation meanwhile keeps them in this one's draft.
    assert inbox.select_conversation(second)
    assert inbox.composer.editor.toPlainText() == ""
    assert inbox.select_conversation(first)
    assert inbox.composer.editor.toPlainText() == REPLY

    await until(lambda: not inbox.notice.isHidden(), timeout=30, what="failure shown")
    assert "database is busy" in inbox.notice.text()
    assert not inbox.notice_retry.isHidden()
    assert inbox.composer.editor.toPlainText() == REPLY
    assert not inbox.composer.busy
    assert outgoing_count(database) == 0

    locker.execute("ROLLBACK")
    locker.close()
    qtbot.mouseClick(inbox.notice_retry, Qt.MouseButton.LeftButton)
    await until(lambda: outgoing_count(database) == 1, timeout=15, what="reply stored")
    await until(lambda: inbox.composer.editor.toPlainText() == "", what="composer emptied")
    assert inbox.notice.isHidden()
    await until(lambda: inbox.messages.rowCount() == 2, what="reply listed")
    row = inbox.messages.message_row(1)
    assert row is not None and row.text == REPLY
