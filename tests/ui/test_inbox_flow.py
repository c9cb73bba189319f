"""The whole app in sandbox mode: a customer writes, we answer, the ticks reach read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from app_harness import parts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_TOKYO

pytestmark = pytest.mark.asyncio

SATO = "819012345601"


def shot(widget, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ.get("WABADESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / name))


async def test_customer_message_reply_and_read_ticks(
    app: RunningApp, qtbot: QtBot, tmp_path: Path
) -> None:
    import asyncio

    import qasync

    assert isinstance(asyncio.get_running_loop(), qasync.QEventLoop)
    services, inbox = parts(app)
    # The sandbox's accounts were synced: numbers are offered as filters.
    await until(lambda: inbox.number_filter.count() == 4, what="numbers synced")

    await services.sandbox.customer_says(
        NUMBER_TOKYO, SATO, "こんにちは、明日の席を予約できますか？"
    )
    model = inbox.conversations
    await until(lambda: model.rowCount() == 1, what="conversation listed")
    row = model.row_data(model.conversation_id(0))
    assert row is not None and row.contact_name == "佐藤 花子"
    assert row.unread_count == 1
    assert row.last_message_preview == "こんにちは、明日の席を予約できますか？"

    qtbot.mouseClick(
        inbox.conversation_view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=inbox.conversation_view.visualRect(model.index(0)).center(),
    )
    await until(lambda: inbox.messages.rowCount() == 1, what="thread loaded")
    first = inbox.messages.message_row(0)
    assert first is not None and first.direction == "in"
    assert inbox.composer.window_open and inbox.composer.editor.isEnabled()
    await until(
        lambda: (model.row_data(model.conversation_id(0)) or row).unread_count == 0,
        what="marked read",
    )

    # QTest can only type ASCII keys; Japanese input is covered by the bubble tests.
    qtbot.keyClicks(inbox.composer.editor, "Yes, a table at 18:00 is *reserved* for you.")
    qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)
    await until(lambda: inbox.messages.rowCount() == 2, what="reply listed")

    def reply_status() -> str | None:
        reply = inbox.messages.message_row(1)
        return reply.status if reply else None

    seen: list[str] = []

    def reached_read() -> bool:
        status = reply_status()
        if status and (not seen or seen[-1] != status):
            seen.append(status)
        return status == "read"

    await until(reached_read, timeout=15, what="ticks reach read")
    assert seen[-1] == "read"
    assert inbox.composer.editor.toPlainText() == ""
    shot(app.window, "inbox.png", tmp_path)


async def test_a_customers_photo_is_downloaded_and_shown(app: RunningApp) -> None:
    from desktop.services.media_cache import media_id_of, media_path
    from desktop.ui.chat import BUBBLE_SPEC_ROLE

    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_TOKYO, SATO, None, type="image")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    await until(lambda: inbox.messages.rowCount() == 1)
    row = inbox.messages.message_row(0)
    assert row is not None and row.type == "image"
    media_id = media_id_of("image", row.payload)
    assert media_id is not None
    await until(lambda: media_path(media_id).exists(), what="photo downloaded")

    def shows_picture() -> bool:
        spec = inbox.messages.data(inbox.messages.index(0), BUBBLE_SPEC_ROLE)
        return spec is not None and spec.header is not None and spec.header.pixmap is not None

    await until(shows_picture, what="bubble shows the photo")
    assert media_path(media_id).read_bytes().startswith(b"\x89PNG")


async def test_reply_quotes_the_message_and_reaction_lands_on_it(
    app: RunningApp, qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.ui.chat import BUBBLE_SPEC_ROLE

    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_TOKYO, SATO, "駐車場はありますか？")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    await until(lambda: inbox.messages.rowCount() == 1)
    question = inbox.messages.message_row(0)
    assert question is not None and question.wamid

    inbox.composer.set_reply(question.wamid, question.text)
    assert not inbox.composer.reply_bar.isHidden()
    qtbot.keyClicks(inbox.composer.editor, "Yes, 10 spaces behind the shop.")
    qtbot.mouseClick(inbox.composer.send_button, Qt.MouseButton.LeftButton)
    await until(lambda: inbox.messages.rowCount() == 2, what="reply listed")
    assert inbox.composer.reply_bar.isHidden()
    reply = inbox.messages.message_row(1)
    assert reply is not None and reply.context_wamid == question.wamid
    spec = inbox.messages.data(inbox.messages.index(1), BUBBLE_SPEC_ROLE)
    assert spec.reply_quote == "駐車場はありますか？"

    await inbox.react(conversation_id, question.wamid, "👍")

    def reacted() -> bool:
        spec = inbox.messages.data(inbox.messages.index(0), BUBBLE_SPEC_ROLE)
        return spec is not None and spec.reaction == "👍"

    await until(reacted, what="reaction shown on the customer's message")
    assert inbox.messages.rowCount() == 2  # the reaction is not a bubble of its own

    def reply_previewed() -> bool:
        # The list applies changes in coalesced batches, so the row catches up shortly after.
        listed = inbox.conversations.row_data(conversation_id)
        return listed is not None and listed.last_message_preview == (
            "Yes, 10 spaces behind the shop."
        )

    await until(reply_previewed, what="the reply as the chat's preview")
    shot(app.window, "inbox_reply_reaction.png", tmp_path)
