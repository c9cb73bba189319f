"""The inbox from the keyboard: search, jump, step, next unread, Esc."""

from __future__ import annotations

import pytest
from app_harness import parts
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_async import until
from test_stable_selection import conversation_of, listed_ids

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO
from desktop.ui.shortcuts_sheet import shortcut_rows

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.mark.asyncio
async def test_keys_move_between_chats_and_search(app: RunningApp, qtbot: QtBot) -> None:
    services, inbox = parts(app)
    app.window.activateWindow()
    await services.sandbox.customer_says(NUMBER_TOKYO, "819012345601", "予約できますか？")
    await services.sandbox.customer_says(NUMBER_OSAKA, "447700900123", "Hello there")
    await services.sandbox.customer_says(NUMBER_TOKYO, "819012345602", "駐車場は？")
    await until(lambda: inbox.conversations.rowCount() == 3, what="three chats")
    order = listed_ids(inbox)
    suzuki = conversation_of(inbox, "鈴木 一郎")

    # Alt+Down from nothing open: the first chat; then the next one.
    editor = inbox.composer.editor
    inbox.search.setFocus()
    qtbot.keyClick(inbox.search, Qt.Key.Key_Down, ALT)
    await until(lambda: inbox.current_conversation_id == order[0], what="first chat")
    qtbot.keyClick(editor, Qt.Key.Key_Down, ALT)
    await until(lambda: inbox.current_conversation_id == order[1], what="next chat")
    qtbot.keyClick(editor, Qt.Key.Key_Up, ALT)
    await until(lambda: inbox.current_conversation_id == order[0], what="previous chat")

    # Ctrl+Shift+U: the next chat still unread (the first two were read when opened).
    def read(cid: int) -> bool:
        row = inbox.conversations.row_data(cid)
        return row is not None and row.unread_count == 0

    await until(lambda: read(order[0]) and read(order[1]), what="opened chats read")
    qtbot.keyClick(editor, Qt.Key.Key_U, CTRL | Qt.KeyboardModifier.ShiftModifier)
    await until(lambda: inbox.current_conversation_id == order[2], what="next unread")

    # Ctrl+F goes to the search box, never into the message being written.
    editor.setFocus()
    qtbot.keyClicks(editor, "draft")
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is inbox.search
    assert editor.toPlainText() == "draft"
    # Ctrl+K, a name and Enter: that chat opens, ready to type.
    qtbot.keyClick(inbox.search, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(inbox.search, "Oliver")
    await until(lambda: inbox.conversations.rowCount() == 1, what="search listed one")
    qtbot.keyClick(inbox.search, Qt.Key.Key_Return)
    oliver = conversation_of(inbox, "Oliver Brown")
    await until(lambda: inbox.current_conversation_id == oliver, what="jumped to the chat")
    assert QApplication.focusWidget() is editor
    # Esc closes the search.
    inbox.search.setFocus()
    qtbot.keyClick(inbox.search, Qt.Key.Key_Escape)
    assert inbox.search.text() == ""
    await until(lambda: inbox.conversations.rowCount() == 3, what="whole list again")

    # Esc cancels a reply.
    assert inbox.select_conversation(suzuki)
    await until(lambda: inbox.messages.rowCount() == 1, what="thread loaded")
    question = inbox.messages.message_row(0)
    assert question is not None
    inbox.composer.set_reply(question.wamid, question.text)
    assert inbox.composer.reply_wamid is not None
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert inbox.composer.reply_wamid is None and inbox.composer.reply_bar.isHidden()


def test_the_shortcuts_sheet_lists_the_inbox_keys(qapp: QApplication) -> None:
    described = dict(shortcut_rows(["Inbox"]))
    for keys in ("Ctrl+F", "Ctrl+K", "Esc", "Ctrl+Shift+U", "Ctrl+E"):
        assert any(keys in listed for listed in described), keys
    assert any("Alt+Up" in listed and "Alt+Down" in listed for listed in described)
