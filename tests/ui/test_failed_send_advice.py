"""A send Meta refuses shows its advice once in the bubble, with Meta's details in it.

Before: the outbox stores the rendered advice as the row's details, and the bubble filled the
catalog advice's ``{details}`` slot with it, so the sentence appeared twice, nested.
"""

from __future__ import annotations

import pytest
from app_harness import parts
from qt_async import until

from desktop.app import RunningApp
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.ui.chat import BUBBLE_SPEC_ROLE

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"


async def test_refused_send_shows_advice_once(app: RunningApp) -> None:
    services, inbox = parts(app)
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "where is the shop?")
    await until(lambda: inbox.conversations.rowCount() == 1)
    conversation_id = inbox.conversations.conversation_id(0)
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    assert services.outbox is not None
    # Meta answers 131008 "Required parameter is missing" at once (no latitude).
    await services.outbox.enqueue(conversation_id, "location", {"longitude": 135.5})
    await until(lambda: inbox.messages.rowCount() == 2)

    def failed() -> bool:
        row = inbox.messages.message_row(1)
        return row is not None and row.status == "failed"

    await until(failed, timeout=15, what="send refused")
    row = inbox.messages.message_row(1)
    assert row is not None and row.error_code == 131008
    spec = inbox.messages.data(inbox.messages.index(1), BUBBLE_SPEC_ROLE)
    assert spec.error is not None
    assert spec.error.count("A required parameter is missing") == 1, spec.error
    assert spec.error.count("Complete the message and send again") == 1, spec.error
    assert "location['latitude']" in spec.error  # Meta's own details are kept
