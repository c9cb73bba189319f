"""Which customer messages ring, and the unread counts that badges show.

A front desk works on Templates or Pricing half the day; a message arriving there must still
be seen. This service turns stored inbound messages into :class:`ArrivalNotice` events and
keeps :class:`UnreadCountsChanged` current; the UI decides how to show them (tray, desktop
notification, sound, rail badge, window title). Nothing rings for the business's own echoes
or for history imported after the fact (messages older than :data:`STALE_AFTER`), and a
muted channel or quiet hours keep a notice silent while the badges still count it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from types import MappingProxyType
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.models.entities import Contact, Conversation, Message, PhoneNumber
from desktop.services.events import (
    ArrivalNotice,
    ConversationsChanged,
    CustomerMessagesArrived,
    Event,
    EventHub,
    MessagesChanged,
    UnreadCountsChanged,
)
from desktop.services.inbox import contact_display_name
from desktop.services.ingest.plan import HISTORY_STATUS
from desktop.services.message_text import AMENDING_TYPES, readable_text
from desktop.services.settings import NotificationSettings
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

if TYPE_CHECKING:
    from desktop.models.db import Database

#: A message stored longer than this after it was written is history, not news.
STALE_AFTER = 10 * 60
#: How long arrivals are gathered before one check (a burst rings once).
COALESCE_SECONDS = 0.25
PREVIEW_CHARS = 120


def preview_text(message_type: str, payload: object, text: str | None) -> Phrase:
    """What a notification shows: the text, else a word for the kind of message."""
    readable = text or (readable_text(message_type, payload) if isinstance(payload, dict) else None)
    if readable:
        flat = " ".join(readable.split())
        flat = flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"
        return Phrase(CONTEXT, "{text}", MappingProxyType({"text": flat}))
    return Phrase(CONTEXT, KIND_WORDS.get(message_type, KIND_WORDS["unknown"]))


CONTEXT = "Notifications"
KIND_WORDS: dict[str, str] = {
    "image": QT_TRANSLATE_NOOP("Notifications", "Photo"),
    "video": QT_TRANSLATE_NOOP("Notifications", "Video"),
    "audio": QT_TRANSLATE_NOOP("Notifications", "Voice message"),
    "document": QT_TRANSLATE_NOOP("Notifications", "Document"),
    "sticker": QT_TRANSLATE_NOOP("Notifications", "Sticker"),
    "location": QT_TRANSLATE_NOOP("Notifications", "Location"),
    "contacts": QT_TRANSLATE_NOOP("Notifications", "Contact card"),
    "order": QT_TRANSLATE_NOOP("Notifications", "Order"),
    "reaction": QT_TRANSLATE_NOOP("Notifications", "Reaction"),
    "unknown": QT_TRANSLATE_NOOP("Notifications", "New message"),
}


def new_arrivals(
    session: Session, message_ids: Sequence[int], after_id: int, now: float
) -> list[tuple[int, int, str, str, str, str, str | None, object]]:
    """Inbound, recent messages among ``message_ids`` above the watermark ``after_id``."""
    wanted = sorted(i for i in message_ids if i > after_id)
    if not wanted:
        return []
    query = (
        select(
            Message.id,
            Message.conversation_id,
            Message.phone_number_id,
            func.coalesce(PhoneNumber.verified_name, PhoneNumber.display_phone_number),
            Message.type,
            Contact,
            Message.text,
            Message.payload,
            Message.direction,
        )
        .join(Conversation, Conversation.id == Message.conversation_id)
        .join(Contact, Contact.id == Conversation.contact_id)
        .outerjoin(PhoneNumber, PhoneNumber.id == Message.phone_number_id)
        # By id only: a condition on ``direction`` lets SQLite pick the outbox index and
        # walk every inbound message of the year (~150 ms on 1M) instead of a few ids.
        .where(Message.id.in_(wanted))
        # Imported history and edits or deletions of earlier messages are not news.
        .where(or_(Message.status.is_(None), Message.status != HISTORY_STATUS))
        .where(Message.type.not_in(AMENDING_TYPES))
        .where(Message.timestamp >= int(now) - STALE_AFTER)
        .order_by(Message.id)
    )
    return [
        (
            mid,
            conv,
            number_id,
            label or number_id,
            kind,
            contact_display_name(contact),
            text,
            payload,
        )
        for mid, conv, number_id, label, kind, contact, text, payload, direction in (
            session.execute(query)
        )
        if direction == "in"
    ]


def unread_counts(session: Session, numbers: frozenset[str] | None = None) -> UnreadCountsChanged:
    """Unread messages per number, of the ``numbers`` the desk sees (None: every one)."""
    query = (
        select(Conversation.phone_number_id, func.sum(Conversation.unread_count))
        .where(Conversation.unread_count > 0)
        .group_by(Conversation.phone_number_id)
    )
    per = tuple(
        sorted(
            (number, int(count or 0))
            for number, count in session.execute(query)
            if numbers is None or number in numbers
        )
    )
    return UnreadCountsChanged(total=sum(count for _, count in per), per_channel=per)


def max_message_id(session: Session) -> int:
    return int(session.scalar(select(func.max(Message.id))) or 0)


class ArrivalNotifier:
    """Watches stored messages and publishes arrivals and unread counts, coalesced.

    :meth:`use_settings` applies a change made in Settings to the next message;
    :meth:`use_scope` limits notices and counts to the channels the person at the desk sees.
    """

    def __init__(
        self,
        db: Database,
        hub: EventHub,
        settings: NotificationSettings | None = None,
        *,
        clock: Callable[[], float] = time.time,
        local_now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._db = db
        self._hub = hub
        self.settings = settings or NotificationSettings()
        self._clock = clock
        self._local_now = local_now
        self._watermark = 0
        self._pending_ids: set[int] = set()
        self._counts_due = False
        self._scheduled: asyncio.TimerHandle | None = None
        self._running: asyncio.Task[None] | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.last_counts = UnreadCountsChanged(total=0)
        self._scope: Callable[[], frozenset[str] | None] = lambda: None

    async def start(self) -> None:
        """Begin after what is already stored: a restart never rings for old messages."""
        self._watermark = await self._db.run(max_message_id)
        self._unsubscribe = self._hub.subscribe(self._on_event)
        await self._check()

    def use_settings(self, settings: NotificationSettings) -> None:
        self.settings = settings

    def use_scope(self, scope: Callable[[], frozenset[str] | None]) -> None:
        """Tell of (and count) only the numbers ``scope()`` names (None: every number);
        call again when what it names changed, so the counts follow at once."""
        self._scope = scope
        self._counts_due = True
        if self._scheduled is None and self._unsubscribe is not None:  # started, not closed
            self._scheduled = asyncio.get_running_loop().call_later(0, self._kick)

    async def aclose(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self._scheduled is not None:
            self._scheduled.cancel()
            self._scheduled = None
        if self._running is not None:
            self._running.cancel()
            await asyncio.gather(self._running, return_exceptions=True)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, MessagesChanged):
            self._pending_ids |= event.message_ids
            self._counts_due = True
        elif isinstance(event, ConversationsChanged):
            self._counts_due = True
        else:
            return
        if self._scheduled is None:
            loop = asyncio.get_running_loop()
            self._scheduled = loop.call_later(COALESCE_SECONDS, self._kick)

    def _kick(self) -> None:
        self._scheduled = None
        if self._running is not None and not self._running.done():
            # Still checking: look again when it ends.
            self._running.add_done_callback(lambda _t: self._kick_if_due())
            return
        self._running = asyncio.get_running_loop().create_task(self._check())

    def _kick_if_due(self) -> None:
        if (self._pending_ids or self._counts_due) and self._scheduled is None:
            self._kick()

    async def _check(self) -> None:
        ids, self._pending_ids = sorted(self._pending_ids), set()
        self._counts_due = False
        scope = self._scope()
        rows = await self._db.run(new_arrivals, ids, self._watermark, self._clock())
        counts = await self._db.run(unread_counts, scope)
        if scope is not None:  # a channel this desk does not see never rings here
            rows = [row for row in rows if row[2] in scope]
        if ids:
            self._watermark = max(self._watermark, max(ids))
        if rows:
            prefs = self.settings
            quiet = prefs.is_quiet(self._local_now())
            muted = set(prefs.muted_channels)
            notices = tuple(
                ArrivalNotice(
                    conversation_id=conv,
                    message_id=mid,
                    sender=sender,
                    channel=channel,
                    phone_number_id=number_id,
                    preview=preview_text(kind, payload, text),
                    silent=quiet or number_id in muted,
                )
                for mid, conv, number_id, channel, kind, sender, text, payload in rows
            )
            self._hub.publish(CustomerMessagesArrived(notices))
        if counts != self.last_counts:
            self.last_counts = counts
            self._hub.publish(counts)
