"""An uncertain send offers a check first, and "Send again" only when no report came."""

from __future__ import annotations

import time

import pytest
from app_harness import parts
from qt_async import until
from sqlalchemy.orm import Session

from desktop.app import RunningApp
from desktop.models.entities import Message
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.services.events import MessagesChanged
from desktop.services.outbox import UNCERTAIN_ADVICE

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"


def action_names(inbox, row: int) -> set[str]:
    menu = inbox.thread_menu(row)
    assert menu is not None
    return {a.objectName() for a in menu.actions() if a.objectName()}


async def test_uncertain_send_is_checked_before_it_can_be_sent_again(app: RunningApp) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "在庫はありますか")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    await until(lambda: inbox.messages.rowCount() == 1)

    def lost_answer(session: Session) -> int:
        # As after a crash mid-send ten minutes ago: no answer, and no report since.
        message = Message(
            conversation_id=conversation_id,
            phone_number_id=NUMBER_OSAKA,
            direction="out",
            type="text",
            text="確認します",
            payload={"type": "text", "biz_opaque_callback_data": "wabadesk:999:ab12"},
            status="uncertain",
            status_ts=int(time.time() - 600),
            timestamp=int(time.time()) + 1,
            error_details=UNCERTAIN_ADVICE,
        )
        session.add(message)
        session.flush()
        return int(message.id)

    mid = await services.db.run(lost_answer)
    services.hub.publish(MessagesChanged(frozenset({conversation_id}), frozenset({mid})))
    await until(lambda: inbox.messages.rowCount() == 2)
    await until(lambda: (r := inbox.messages.message_row(1)) is not None and r.id == mid)
    names = action_names(inbox, 1)
    assert "checkDelivery" in names and "sendAgain" not in names

    menu = inbox.thread_menu(1)
    assert menu is not None
    next(a for a in menu.actions() if a.objectName() == "checkDelivery").trigger()
    await until(lambda: inbox.notice.isVisible(), what="the check's outcome")
    assert "has not reported this message" in inbox.notice.text()
    await until(lambda: "sendAgain" in action_names(inbox, 1), what="Send again offered")
    assert "checkDelivery" not in action_names(inbox, 1)
