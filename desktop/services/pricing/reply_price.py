"""What the next reply in a conversation will cost, shown in the composer before it is sent.

Since October 2026 Meta bills service replies (after a reported monthly allowance of free
ones per business phone number) and utility templates inside the service window. The
composer's price line asks :func:`reply_facts` (DB thread: the recipient, the WABA's time
zone and currency, the customer's last message, and how many service messages this number
sent this month) and then :func:`price_reply`, which lets the billing engine decide: the
figure shown is the engine's bill for that message, never a second set of rules.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import Contact, Conversation, Message, PhoneNumber, Waba
from desktop.services.pricing.cards import RateBook, RateCardError, load_rate_book
from desktop.services.pricing.eras import PMP_2026_10, era_on, local_date, month_bounds
from desktop.services.pricing.model import BillingSettings
from desktop.services.pricing.send_estimate import SendEstimate, estimate_send, template_category
from desktop.services.text import Phrase

# Outbound messages that do not use the allowance: templates are billed by their category,
# and a send that failed was never delivered.
NOT_SERVICE_TYPES = ("template",)
UNDELIVERED = ("failed",)


@dataclass(frozen=True)
class ReplyFacts:
    """What billing needs to know about one conversation, read from the database."""

    conversation_id: int
    phone_number_id: str
    waba_id: str
    timezone: str
    currency: str | None
    recipient_wa_id: str | None
    last_inbound_ts: int | None
    # service (non-template) messages this number sent this month, before now
    service_used: int
    month_start: int
    # a free entry point still in force: the customer's message from an ad or a Page button,
    # and our first reply after it (which opened the free 72-hour window), if sent yet
    entry_point_ts: int | None = None
    first_reply_ts: int | None = None


@dataclass(frozen=True)
class ReplyPrice:
    """The next message's cost and why; ``free_left`` is the number's allowance left after
    this message (None when the era has no allowance)."""

    estimate: SendEstimate
    free_left: int | None
    free_monthly: int | None

    @property
    def amount(self) -> Decimal:
        return self.estimate.amount

    @property
    def currency(self) -> str:
        return self.estimate.currency

    @property
    def charged(self) -> bool:
        return self.estimate.charged

    @property
    def reason(self) -> Phrase:
        return self.estimate.reason


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo("UTC")


def service_messages_used(session: Session, phone_number_id: str, start: int, end: int) -> int:
    """Non-template messages number ``phone_number_id`` sent in ``[start, end)`` and that
    were not refused: each one used the month's allowance (or was charged)."""
    query = select(func.count(Message.id)).where(
        Message.direction == "out",
        Message.phone_number_id == phone_number_id,
        Message.type.not_in(NOT_SERVICE_TYPES),
        Message.timestamp >= start,
        Message.timestamp < end,
        (Message.status.is_(None)) | (Message.status.not_in(UNDELIVERED)),
    )
    return int(session.scalar(query) or 0)


def reply_facts(session: Session, conversation_id: int, now: int) -> ReplyFacts | None:
    """The facts :func:`price_reply` needs (DB thread); None for an unknown conversation."""
    row = session.execute(
        select(
            Conversation.phone_number_id,
            Conversation.last_inbound_ts,
            Contact.wa_id,
            PhoneNumber.waba_id,
            Waba.timezone,
            Waba.currency,
        )
        .join(Contact, Conversation.contact_id == Contact.id)
        .outerjoin(PhoneNumber, PhoneNumber.id == Conversation.phone_number_id)
        .outerjoin(Waba, Waba.id == PhoneNumber.waba_id)
        .where(Conversation.id == conversation_id)
    ).first()
    if row is None:
        return None
    phone, last_in, wa_id, waba_id, tz_name, currency = row
    start, _end, _month = month_bounds(now, _zone(tz_name))
    used = service_messages_used(session, phone, start, now + 1)
    entry_point, first_reply = free_entry_point(session, conversation_id, now)
    return ReplyFacts(
        conversation_id=conversation_id,
        phone_number_id=phone,
        waba_id=waba_id or "",
        timezone=tz_name or "UTC",
        currency=currency,
        recipient_wa_id=wa_id,
        last_inbound_ts=last_in if isinstance(last_in, int) else None,
        service_used=used,
        month_start=start,
        entry_point_ts=entry_point,
        first_reply_ts=first_reply,
    )


def free_entry_point(
    session: Session, conversation_id: int, now: int
) -> tuple[int | None, int | None]:
    """The customer's latest message from an ad or a Page button and our first reply after
    it, when the free entry point they open may still apply now; else ``(None, None)``.

    Reads the conversation's last four days on its time index (a reply must come within a
    day of the entry point, and the free window then lasts three days).
    """
    lengths = BillingSettings()
    horizon = now - lengths.fep_reply_seconds - lengths.fep_seconds
    entry_ts = session.scalar(
        select(Message.timestamp)
        .where(
            Message.conversation_id == conversation_id,
            Message.timestamp >= horizon,
            Message.timestamp <= now,
            Message.direction == "in",
            Message.payload["referral"].as_string().is_not(None),
        )
        .order_by(Message.timestamp.desc())
        .limit(1)
    )
    if not isinstance(entry_ts, int):
        return None, None
    reply_ts = session.scalar(
        select(func.min(Message.timestamp)).where(
            Message.conversation_id == conversation_id,
            Message.timestamp >= entry_ts,
            Message.timestamp <= now,
            Message.direction == "out",
            (Message.status.is_(None)) | (Message.status.not_in(UNDELIVERED)),
        )
    )
    reply = reply_ts if isinstance(reply_ts, int) else None
    if reply is not None and reply - entry_ts >= lengths.fep_reply_seconds:
        return None, None  # answered too late: no free window was opened
    if reply is None and now - entry_ts >= lengths.fep_reply_seconds:
        return None, None  # a reply now is too late to open one
    if reply is not None and now - reply >= lengths.fep_seconds:
        return None, None  # the free window is over
    return entry_ts, reply


def billing_settings(
    facts: ReplyFacts, book: RateBook, monthly: int | None = None
) -> BillingSettings:
    """The engine's settings for this number: its WABA's zone and currency (when a card in
    that currency exists), and the allowance left this month."""
    base = BillingSettings()
    limit = base.service_free_monthly if monthly is None else monthly
    currency = facts.currency if facts.currency in book.currencies() else None
    return BillingSettings(
        timezone=facts.timezone if _zone(facts.timezone).key == facts.timezone else "UTC",
        currency=currency,
        service_free_monthly=limit,
        service_free_remaining_at_start=max(0, limit - facts.service_used),
    )


def has_allowance(now: int, timezone: str) -> bool:
    """Whether the era in force has a monthly allowance of free service messages."""
    return era_on(local_date(now, _zone(timezone))) == PMP_2026_10


def price_reply(
    facts: ReplyFacts,
    now: int,
    book: RateBook,
    *,
    kind: str = "free_form",
    category: str | None = None,
    monthly: int | None = None,
) -> ReplyPrice | None:
    """What the engine bills for the next message of this conversation, sent ``now``."""
    settings = billing_settings(facts, book, monthly)
    estimate = estimate_send(
        now=now,
        kind=kind,
        category=category,
        recipient_wa_id=facts.recipient_wa_id,
        last_inbound_ts=facts.last_inbound_ts,
        book=book,
        settings=settings,
        phone_number_id=facts.phone_number_id,
        waba_id=facts.waba_id,
        since=facts.month_start,
        entry_point_ts=facts.entry_point_ts,
        first_reply_ts=facts.first_reply_ts,
    )
    if estimate is None:
        return None
    if kind != "free_form" or not has_allowance(now, settings.timezone):
        return ReplyPrice(estimate, None, None)
    left = settings.service_free_remaining_at_start or 0
    if estimate.delivered and not estimate.charged:
        left -= 1
    return ReplyPrice(estimate, max(0, left), settings.service_free_monthly)


def price_template_in_conversation(
    facts: ReplyFacts, now: int, book: RateBook, category: str
) -> SendEstimate | None:
    """A template sent now in this conversation, as the engine bills it: in the WABA's time
    zone and currency, with the service window and any free entry point in force."""
    kind = template_category(category)
    if kind is None:
        return None
    price = price_reply(facts, now, book, kind="template", category=kind)
    return None if price is None else price.estimate


class ReplyPricer:
    """The inbox's use case: the price of the next reply in a conversation, now.

    Holds the rate book (read once, on first use, on the DB thread) so asking again for
    every conversation opened costs one small query and a two-event replay.
    """

    def __init__(
        self,
        db: Database,
        load_book: Callable[[], RateBook] = load_rate_book,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._db = db
        self._load_book = load_book
        self._clock = clock
        self._book: RateBook | None = None

    def _price(self, session: Session, conversation_id: int, now: int) -> ReplyPrice | None:
        if self._book is None:
            self._book = self._load_book()
        facts = reply_facts(session, conversation_id, now)
        return None if facts is None else price_reply(facts, now, self._book)

    async def price(self, conversation_id: int) -> ReplyPrice | None:
        """None when it cannot be told (no phone number, unknown country, no card)."""
        now = int(self._clock())
        try:
            return await self._db.run(self._price, conversation_id, now)
        except RateCardError:
            return None
