"""Reading a conversation clears its unread badge and tells Meta (blue ticks for the customer)."""

from __future__ import annotations

import logging

from desktop.models.db import Database
from desktop.services.cloud_api import CloudApiClient, CloudApiError
from desktop.services.events import ConversationsChanged, EventHub
from desktop.services.inbox import mark_read

log = logging.getLogger(__name__)


class ReadReceipts:
    def __init__(self, db: Database, hub: EventHub, client: CloudApiClient) -> None:
        self._db = db
        self._hub = hub
        self._client = client

    async def mark_conversation_read(self, conversation_id: int) -> None:
        """Clear the unread count; send the read receipt for the last inbound message."""
        target = await self._db.run(mark_read, conversation_id)
        if target is None:
            return
        self._hub.publish(ConversationsChanged(frozenset({conversation_id})))
        phone_number_id, wamid = target
        try:
            await self._client.mark_read(phone_number_id, wamid)
        except CloudApiError as exc:  # the badge is cleared either way; Meta may miss one tick
            log.info("mark as read failed: %s", exc.message)
