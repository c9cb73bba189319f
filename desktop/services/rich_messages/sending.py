"""Queue a finished draft in the outbox, like a typed reply (stored first, then sent)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.services.outbox import OutboxRefused
from desktop.services.rich_messages.drafts import Draft

if TYPE_CHECKING:
    from desktop.services.outbox import Outbox


class RichMessageSending:
    """Sends reply buttons, lists, locations and contact cards through the outbox."""

    def __init__(self, outbox: Outbox) -> None:
        self._outbox = outbox

    async def send(self, conversation_id: int, draft: Draft, *, reply_to: str | None = None) -> int:
        """Store ``draft`` as a queued message; returns its row id.

        Raises :class:`OutboxRefused` with the first problem when the draft breaks a limit
        (the form prevents that; this is the last guard), or when the window is closed.
        """
        problems = draft.problems()
        if problems:
            raise OutboxRefused(problems[0].phrase)
        return await self._outbox.enqueue(
            conversation_id, draft.message_type, draft.content(), reply_to=reply_to
        )
