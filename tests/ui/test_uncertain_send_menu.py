"""An uncertain send offers a check first, and "Send again" only when no report came."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from app_harness import parts, start_app, stop_app
from qt_async import until
from sqlalchemy import update

from desktop.models.entities import Message
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.services.outbox import UNCERTAIN_ADVICE

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"


def action_names(inbox, row: int) -> set[str]:  # type: ignore[no-untyped-def]
    menu = inbox.thread_menu(row)
    assert menu is not None
    return {a.objectName() for a in menu.actions() if a.objectName()}


async def test_uncertain_send_is_checked_before_it_can_be_sent_again(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = await start_app(tmp_path)
    try:
        services, inbox = parts(app)
        await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "在庫はありますか")
        await until(lambda: inbox.conversations.rowCount() == 1)
        conversation_id = inbox.conversations.conversation_id(0)
        assert conversation_id is not None and inbox.select_conversation(conversation_id)
        mid = await services.outbox.send_text(conversation_id, "確認します")
        await until(lambda: inbox.messages.rowCount() == 2)

        def lost_answer(session) -> None:  # type: ignore[no-untyped-def]
            # As after a crash mid-send, ten minutes ago, with no report from WhatsApp since.
            session.execute(
                update(Message)
                .where(Message.id == mid)
                .values(
                    status="uncertain",
                    wamid=None,
                    error_details=UNCERTAIN_ADVICE,
                    status_ts=int(time.time() - 600),
                )
            )

        await until(lambda: inbox.messages.message_row(1) is not None)
        await services.db.run(lost_answer)
        await inbox.messages.refresh(frozenset({mid}))
        await until(lambda: inbox.messages.message_row(1).status == "uncertain")
        names = action_names(inbox, 1)
        assert "checkDelivery" in names and "sendAgain" not in names

        menu = inbox.thread_menu(1)
        assert menu is not None
        next(a for a in menu.actions() if a.objectName() == "checkDelivery").trigger()
        await until(lambda: inbox.notice.isVisible(), what="the check's outcome")
        assert "has not reported this message" in inbox.notice.text()
        await until(lambda: "sendAgain" in action_names(inbox, 1), what="Send again offered")
        assert "checkDelivery" not in action_names(inbox, 1)
    finally:
        await stop_app(app)
