"""In the running app: edits, deletions and shared contacts from the sandbox, and what a
person can do with them from the message's context menu."""

from __future__ import annotations

import pytest
from app_harness import parts
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.ui.chat import BUBBLE_SPEC_ROLE

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"


def shown_texts(inbox: QWidget) -> str:
    """What the open "shown text" dialogs say."""
    return "\n".join(
        box.toPlainText()
        for dialog in inbox.findChildren(QDialog, "shownText")
        for box in dialog.findChildren(QPlainTextEdit)
    )


def close_shown(inbox: QWidget) -> None:
    for dialog in inbox.findChildren(QDialog, "shownText"):
        dialog.close()


async def test_edit_revoke_and_contacts_from_the_context_menu(app: RunningApp) -> None:
    services, inbox = parts(app)
    sandbox = services.sandbox
    await sandbox.customer_says(NUMBER_OSAKA, TANAKA, "明日3人で予約できますか")
    await sandbox.customer_says(NUMBER_OSAKA, TANAKA, "明日4人で予約できますか", type="edit")
    await sandbox.customer_says(NUMBER_OSAKA, TANAKA, "間違えました")
    await sandbox.customer_says(NUMBER_OSAKA, TANAKA, type="revoke")
    await sandbox.customer_says(NUMBER_OSAKA, TANAKA, type="contacts")
    await sandbox.flush_webhooks()
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None
    await until(lambda: inbox.select_conversation(conversation_id), what="selected")
    await until(lambda: inbox.messages.conversation_id == conversation_id, what="opened")

    def bodies() -> list[str]:
        return [
            inbox.messages.index(r).data(BUBBLE_SPEC_ROLE).body
            for r in range(inbox.messages.rowCount())
        ]

    # Three bubbles: the edited question, the deleted one and the contact card.
    await until(lambda: len(bodies()) == 3 and "Lucía" in bodies()[-1], what="thread")
    await until(lambda: bodies()[0] == "明日4人で予約できますか", what="edit shown")
    await until(lambda: bodies()[1].startswith("🚫"), what="revoke shown")

    edited = inbox.thread_menu(0)
    assert edited is not None
    earlier = next(a for a in edited.actions() if a.objectName() == "showEarlier")
    earlier.trigger()
    assert "明日3人で予約できますか" in shown_texts(inbox)
    close_shown(inbox)

    deleted = inbox.thread_menu(1)
    assert deleted is not None
    said = next(a for a in deleted.actions() if a.objectName() == "showDeleted")
    said.trigger()
    assert "間違えました" in shown_texts(inbox)
    close_shown(inbox)

    card = inbox.thread_menu(2)
    assert card is not None
    names = {a.objectName() for a in card.actions()}
    assert {"messageContact", "copyNumber", "showRaw", "copyRaw"} <= names
    copy = next(a for a in card.actions() if a.objectName() == "copyNumber")
    copy.trigger()
    assert QGuiApplication.clipboard().text() == "+1 (983) 555-2319"
    write = next(a for a in card.actions() if a.objectName() == "messageContact")
    write.trigger()
    # The shared contact gets a chat of their own on the same number, and it opens.
    await until(lambda: inbox.conversations.rowCount() == 2, what="new chat")
    await until(lambda: inbox.current_conversation_id not in (None, conversation_id))
    new_chat = inbox.current_conversation_id
    await until(lambda: inbox.messages.conversation_id == new_chat, what="new chat opened")
    assert inbox.messages.rowCount() == 0  # nothing written to them yet
    assert app.window.status.unshown_label.isHidden()  # every type here can be shown


async def test_a_customers_marketing_choice_shows_in_their_details(app: RunningApp) -> None:
    services, inbox = parts(app)
    sandbox = services.sandbox
    await sandbox.customer_says(NUMBER_OSAKA, TANAKA, "こんにちは")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    panel = inbox.contact_panel
    assert panel is not None
    inbox.contact_button.setChecked(True)
    await until(lambda: panel.details is not None, what="details loaded")
    assert panel.marketing.text().startswith("Received")
    customer = sandbox.sim.world.find_customer(TANAKA)
    number = sandbox.sim.world.numbers[NUMBER_OSAKA]
    sandbox.sim.customer_chooses_marketing(number, customer, stop=True)  # Meta's webhook
    await until(
        lambda: panel.marketing.text().startswith("Stopped by the customer"),
        what="choice shown",
    )
