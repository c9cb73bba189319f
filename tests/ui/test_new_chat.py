"""New chat (Ctrl+N): a number in any format or a contact, a channel, then the template.

A new number's chat starts with a template (its window is closed); once sent, the chat is
listed and selected. An invalid number is refused with words, and nothing is made for it.
"""

from __future__ import annotations

import asyncio

import pytest
from app_harness import parts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_async import until
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.app import RunningApp
from desktop.models.entities import Conversation
from desktop.sandbox.seed import NUMBER_OSAKA, NUMBER_TOKYO
from desktop.ui.inbox.inbox_page import InboxPage
from desktop.ui.inbox.new_chat import NewChatDialog
from desktop.ui.inbox.template_send_dialog import TemplateSendDialog

pytestmark = pytest.mark.asyncio

OLIVER = "447700900123"
NEW_NUMBER = "+81 90-9876-5432"  # nobody in the sandbox has it
NEW_WA_ID = "819098765432"


def conversation_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Conversation)) or 0)


async def open_dialog(inbox: InboxPage, qtbot: QtBot) -> NewChatDialog:
    inbox.search.setFocus()
    qtbot.keyClick(inbox.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: inbox.new_chat.dialog is not None and inbox.new_chat.dialog.isVisible())
    dialog = inbox.new_chat.dialog
    assert dialog is not None
    await until(lambda: dialog.channel.count() >= 3, what="channels offered")
    return dialog


async def test_new_number_starts_with_a_template_and_is_selected(
    app: RunningApp, qtbot: QtBot
) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, OLIVER, "Hello")
    await until(lambda: inbox.conversations.rowCount() == 1)
    before = await services.db.run(conversation_count)

    dialog = await open_dialog(inbox, qtbot)
    assert not inbox.search.text()  # Ctrl+N typed nothing
    dialog.channel.setCurrentIndex(dialog.channel.findData(NUMBER_TOKYO))

    # An invalid number is refused with the reason; the dialog stays.
    qtbot.keyClicks(dialog.number, "12345")
    dialog.continue_button.click()
    await until(lambda: dialog.problem.isVisible(), what="invalid number refused")
    assert "is not a valid phone number" in dialog.problem.text()
    assert "12345" in dialog.problem.text()
    assert dialog.isVisible()
    assert await services.db.run(conversation_count) == before

    dialog.number.setText(NEW_NUMBER)
    assert not dialog.problem.isVisible()  # typing again clears the complaint
    dialog.continue_button.click()
    await until(lambda: inbox.new_chat.template_dialog is not None, what="template form")
    template = inbox.new_chat.template_dialog
    assert isinstance(template, TemplateSendDialog) and template.isVisible()
    await until(lambda: template.templates.count() > 0, what="approved templates listed")
    assert template.choose("order_confirmation", "ja")
    template.field("body:1").setText("Kenji")
    template.field("body:2").setText("A-2001")
    # Its price, before sending: a template to a Japanese number outside any window.
    await until(lambda: "USD" in template.cost.text(), what="price shown")
    assert "Rest of Asia Pacific" in template.cost.text()
    new_id = template.conversation_id
    assert new_id is not None
    template.send_button.click()

    await until(lambda: inbox.current_conversation_id == new_id, what="new chat open")
    await until(lambda: inbox.conversations.row_of(new_id) is not None, what="listed")
    current = inbox.conversation_view.selectionModel().currentIndex()
    assert current.isValid() and inbox.conversations.conversation_id(current.row()) == new_id
    row = inbox.conversations.row_data(new_id)
    assert row is not None and row.contact_wa_id == NEW_WA_ID
    assert row.phone_number_id == NUMBER_TOKYO
    await until(lambda: inbox.messages.rowCount() == 1, what="the template in the thread")
    assert inbox.messages.message_row(0).type == "template"


async def test_giving_up_on_the_template_leaves_no_empty_chat(
    app: RunningApp, qtbot: QtBot
) -> None:
    services, inbox = parts(app)
    before = await services.db.run(conversation_count)
    dialog = await open_dialog(inbox, qtbot)
    dialog.number.setText("0081 90 1111 2222")  # 00 for the international prefix
    dialog.continue_button.click()
    await until(lambda: inbox.new_chat.template_dialog is not None, what="template form")
    template = inbox.new_chat.template_dialog
    assert template is not None
    assert await services.db.run(conversation_count) == before + 1
    template.reject()
    for _ in range(500):  # the drop runs on the DB thread once the form is closed
        if await services.db.run(conversation_count) == before:
            break
        await asyncio.sleep(0.02)
    assert await services.db.run(conversation_count) == before


async def test_picking_a_contact_with_an_open_window_opens_its_chat(
    app: RunningApp, qtbot: QtBot
) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, OLIVER, "Are you open?")
    await until(lambda: inbox.conversations.rowCount() == 1)
    oliver = inbox.conversations.conversation_id(0)
    dialog = await open_dialog(inbox, qtbot)
    dialog.channel.setCurrentIndex(dialog.channel.findData(NUMBER_OSAKA))
    qtbot.keyClicks(dialog.number, "Oliver")
    await until(lambda: dialog.contacts.count() == 1, what="contact found by name")
    assert dialog.choose_contact(OLIVER)
    dialog.continue_button.click()
    await until(lambda: inbox.current_conversation_id == oliver, what="existing chat open")
    assert inbox.new_chat.template_dialog is None  # the window is open: no template needed
