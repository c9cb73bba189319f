"""The open conversation stays open: views, re-sorts and searches never pull it away."""

from __future__ import annotations

import pytest
from app_harness import parts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_async import next_emit, until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO
from desktop.ui.inbox.inbox_page import InboxPage

pytestmark = pytest.mark.asyncio

SATO = "819012345601"  # 佐藤 花子, on the Tokyo number
OLIVER = "447700900123"  # Oliver Brown, on the Osaka number


def listed_ids(inbox: InboxPage) -> list[int]:
    model = inbox.conversations
    return [cid for r in range(model.rowCount()) if (cid := model.conversation_id(r)) is not None]


def selected_id(inbox: InboxPage) -> int | None:
    current = inbox.conversation_view.selectionModel().currentIndex()
    return inbox.conversations.conversation_id(current.row()) if current.isValid() else None


def conversation_of(inbox: InboxPage, name: str) -> int:
    for cid in listed_ids(inbox):
        row = inbox.conversations.row_data(cid)
        if row is not None and row.contact_name == name:
            return cid
    raise AssertionError(f"{name} is not listed")


def click_row(qtbot: QtBot, inbox: InboxPage, conversation_id: int) -> None:
    row = inbox.conversations.row_of(conversation_id)
    assert row is not None
    rect = inbox.conversation_view.visualRect(inbox.conversations.index(row))
    qtbot.mouseClick(
        inbox.conversation_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )


async def test_the_unread_view_lets_you_reply(app: RunningApp, qtbot: QtBot) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "明日の予約はできますか？")
    await services.sandbox.customer_says(NUMBER_OSAKA, OLIVER, "Are you open on Sunday?")
    await until(lambda: inbox.conversations.rowCount() == 2, what="both listed")
    sato, oliver = (conversation_of(inbox, name) for name in ("佐藤 花子", "Oliver Brown"))

    inbox.view_filter.setCurrentIndex(inbox.view_filter.findData("unread"))
    await next_emit(inbox.conversations.reloaded)  # the unread view is listed
    assert sorted(listed_ids(inbox)) == sorted([sato, oliver])

    click_row(qtbot, inbox, sato)
    await until(lambda: inbox.messages.rowCount() == 1, what="thread loaded")

    def read_and_listed() -> bool:
        row = inbox.conversations.row_data(sato)
        return row is not None and row.unread_count == 0

    await until(read_and_listed, what="marked read, still listed")
    # Read, so the view would leave it out; it stays, selected, while it is open.
    assert sato in listed_ids(inbox)
    assert selected_id(inbox) == sato
    assert inbox.title.text() != inbox.tr("No conversation selected")
    assert "佐藤 花子" in inbox.title.text()
    assert inbox.composer.editor.isEnabled() and inbox.composer.window_open

    qtbot.keyClicks(inbox.composer.editor, "Yes, we have a table for you tomorrow.")
    qtbot.keyClick(inbox.composer.editor, Qt.Key.Key_Return)
    await until(lambda: inbox.messages.rowCount() == 2, what="reply listed")
    reply = inbox.messages.message_row(1)
    assert reply is not None and reply.direction == "out"
    assert reply.text == "Yes, we have a table for you tomorrow."
    assert reply.conversation_id == sato
    assert inbox.composer.editor.toPlainText() == ""
    assert selected_id(inbox) == sato and "佐藤 花子" in inbox.title.text()

    # Leaving it lets the view drop it: only the unread chat (now open) is listed.
    click_row(qtbot, inbox, oliver)
    await until(lambda: listed_ids(inbox) == [oliver], what="read chat left the view")
    assert selected_id(inbox) == oliver and "Oliver Brown" in inbox.title.text()


async def test_a_search_that_leaves_the_open_chat_out_keeps_it_open(
    app: RunningApp, qtbot: QtBot
) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "駐車場はありますか？")
    await until(lambda: inbox.conversations.rowCount() == 1, what="listed")
    sato = listed_ids(inbox)[0]
    assert inbox.select_conversation(sato)
    await until(lambda: inbox.messages.rowCount() == 1, what="thread loaded")

    inbox.search.setText("zzzz nobody")
    await until(lambda: inbox.conversations.rowCount() == 0, what="search ran")
    await until(lambda: inbox.empty_label.isVisible(), what="empty state")
    assert "No conversations match" in inbox.empty_label.text()
    assert "zzzz nobody" in inbox.empty_label.text()
    assert "yet" not in inbox.empty_label.text()
    # The thread on screen is still named, and a reply still goes to it.
    assert "佐藤 花子" in inbox.title.text()
    assert inbox.composer.editor.isEnabled()
    qtbot.keyClicks(inbox.composer.editor, "Yes, 10 spaces.")
    qtbot.keyClick(inbox.composer.editor, Qt.Key.Key_Return)
    await until(lambda: inbox.messages.rowCount() == 2, what="reply listed")

    inbox.search.clear()
    await until(lambda: selected_id(inbox) == sato, what="selected again in the full list")
    assert not inbox.empty_label.isVisible()


async def test_the_empty_inbox_and_an_empty_view_say_which_they_are(app: RunningApp) -> None:
    _services, inbox = parts(app)
    await until(lambda: inbox.empty_label.isVisible(), what="empty inbox")
    assert "No open or pending conversations" in inbox.empty_label.text()
    inbox.view_filter.setCurrentIndex(inbox.view_filter.findData("unread"))
    await until(lambda: "this view" in inbox.empty_label.text(), what="empty view")
