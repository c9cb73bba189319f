"""Outside the 24-hour window the composer offers templates; the sent one looks like it."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from app_harness import parts, set_last_inbound
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_TOKYO
from desktop.ui.chat import BUBBLE_SPEC_ROLE
from desktop.ui.inbox.template_send_dialog import TemplateSendDialog

pytestmark = pytest.mark.asyncio
SUZUKI = "819012345602"


async def test_template_reaches_a_quiet_customer(
    app: RunningApp, qtbot: QtBot, tmp_path: Path
) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_TOKYO, SUZUKI, "注文した件です")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    await set_last_inbound(services, conversation_id, hours_ago=30)
    services.sandbox.expire_window(NUMBER_TOKYO, SUZUKI)
    await inbox.conversations.reload()
    await until(lambda: not inbox.composer.editor.isEnabled())
    assert inbox.composer.template_button.isEnabled()

    qtbot.mouseClick(inbox.composer.template_button, Qt.MouseButton.LeftButton)
    await until(lambda: bool(inbox.findChildren(TemplateSendDialog)), what="dialog open")
    dialog = inbox.findChildren(TemplateSendDialog)[-1]
    await until(lambda: dialog.templates.count() > 0, what="approved templates listed")
    names = {dialog.templates.item(i).text() for i in range(dialog.templates.count())}
    assert not any("REJECTED" in n or "flash_promo" in n for n in names)
    # categories in words, as the designer shows them
    assert any(n.endswith(" · Utility") for n in names), names
    assert not any("UTILITY" in n or "MARKETING" in n for n in names), names
    assert dialog.choose("order_confirmation", "ja")

    assert not dialog.send_button.isEnabled()  # two values missing
    assert dialog.problems.text()
    dialog.field("body:1").setText("鈴木")
    dialog.field("body:2").setText("A-1042\nline two")
    assert not dialog.send_button.isEnabled()  # newlines are refused before any call
    dialog.field("body:2").setText("A-1042")
    assert dialog.send_button.isEnabled() and dialog.problems.text() == ""
    # The price of this send, before sending: a utility template outside the window, to
    # a Japanese number, after October 2026, is charged at the Rest of Asia Pacific rate.
    assert "Rest of Asia Pacific" in dialog.cost.text()
    assert "USD" in dialog.cost.text()
    assert "鈴木様" in dialog.preview.spec().body
    folder = Path(os.environ.get("WABADESK_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    await asyncio.sleep(0.1)  # let Qt show the freshly added form rows
    dialog.grab().save(str(folder / "template_send.png"))

    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    await until(lambda: dialog.sent_message_id is not None, what="template queued")
    await until(lambda: inbox.messages.rowCount() == 2, what="template in thread")

    def delivered() -> bool:
        row = inbox.messages.message_row(1)
        return row is not None and row.status in ("delivered", "read")

    await until(delivered, timeout=15, what="template delivered")
    spec = inbox.messages.data(inbox.messages.index(1), BUBBLE_SPEC_ROLE)
    assert spec.body == "こんにちは、鈴木様。ご注文 A-1042 を承りました。本日発送いたします。"
    assert [b.label for b in spec.buttons] == ["配送状況", "配信停止"]
    row = inbox.messages.message_row(1)
    assert row is not None and row.type == "template"
