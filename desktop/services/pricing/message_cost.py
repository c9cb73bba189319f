"""What each sent message cost, for its bubble, and what a channel spent this month.

Meta's status webhooks carry a ``pricing`` object (stored as :class:`BillingRecord`): the
category it billed and whether it charged (``type`` ``regular``) or not. The amount is the
rate card's price for that category in the recipient's market on the delivery day, read
through the engine's own rate resolver. A message whose ``pricing`` has not arrived yet
(still queued or just sent) shows the billing engine's estimate instead, marked as such.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import (
    BillingRecord,
    Contact,
    Conversation,
    Message,
    PhoneNumber,
    Template,
    Waba,
)
from desktop.services.pricing.billing_core import PricingError, RateResolver
from desktop.services.pricing.cards import (
    RateBook,
    RateCardError,
    load_rate_book,
    normalise_category,
)
from desktop.services.pricing.eras import era_on, local_date, month_bounds
from desktop.services.pricing.markets import (
    UnknownCountry,
    country_for_number,
    market_for_country,
    usable_country,
)
from desktop.services.pricing.model import BillingSettings
from desktop.services.pricing.reply_price import (
    UNDELIVERED,
    has_allowance,
    service_messages_used,
)
from desktop.services.pricing.send_estimate import estimate_send

log = logging.getLogger(__name__)

BILLED_STATUSES = ("delivered", "read")  # Meta bills on delivery; read implies delivered
RECORD_ORDER = {"delivered": 0, "read": 1, "sent": 2}
# Estimates cost a few queries each; a page with more unpriced messages than this (an old
# import without statuses) shows no figure on the rest rather than slowing the thread.
MAX_ESTIMATES = 20


@dataclass(frozen=True)
class MessageCost:
    """``estimated``: no ``pricing`` from Meta yet, the engine's figure."""

    amount: Decimal
    currency: str
    charged: bool
    estimated: bool


@dataclass(frozen=True)
class _Account:
    zone: ZoneInfo
    currency: str | None
    waba_id: str


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo("UTC")


def _accounts(session: Session, numbers: set[str], book: RateBook) -> dict[str, _Account]:
    found: dict[str, _Account] = {}
    currencies = book.currencies()
    for number, waba, tz, currency in session.execute(
        select(PhoneNumber.id, PhoneNumber.waba_id, Waba.timezone, Waba.currency)
        .outerjoin(Waba, Waba.id == PhoneNumber.waba_id)
        .where(PhoneNumber.id.in_(numbers))
    ):
        found[number] = _Account(
            _zone(tz), currency if currency in currencies else None, waba or ""
        )
    return found


def rate_of(
    book: RateBook, category: str, country: str, ts: int, account: _Account
) -> tuple[Decimal, str] | None:
    """The card's price of one ``category`` message to ``country`` at ``ts`` (the engine's
    resolver: a market the card does not list yet is priced at its previous market)."""
    day = local_date(ts, account.zone)
    era = era_on(day)
    try:
        card = book.card_for(era, day, account.currency)
        resolver = RateResolver()
        resolver.use(card, era, day)
        market = market_for_country(country, day)
        return resolver.rate(market, normalise_category(category), country).value, card.currency
    except (RateCardError, PricingError, UnknownCountry):
        return None


class _Billed(Protocol):
    """The columns of a billing record a bubble's cost is worked out from."""

    wamid: str
    status: str
    category: str | None
    timestamp: int
    pricing_type: str | None
    billable: bool | None


def _records(session: Session, wamids: set[str]) -> dict[str, _Billed]:
    """The record Meta billed on per wamid: delivered, else read, else sent.

    Read as plain columns: a page of a thread reads its records on the way to the screen.
    """
    best: dict[str, _Billed] = {}
    if not wamids:
        return best
    query = select(
        BillingRecord.wamid,
        BillingRecord.status,
        BillingRecord.category,
        BillingRecord.timestamp,
        BillingRecord.pricing_type,
        BillingRecord.billable,
    ).where(BillingRecord.wamid.in_(wamids))
    for record in session.execute(query):
        have = best.get(record.wamid)
        if have is None or RECORD_ORDER.get(record.status, 9) < RECORD_ORDER.get(have.status, 9):
            best[record.wamid] = record
    return best


def _default_currency(book: RateBook) -> str:
    currencies = book.currencies()
    return "USD" if "USD" in currencies else currencies[0]


@lru_cache(maxsize=1)
def shared_rate_book() -> RateBook | None:
    """The bundled and imported cards, read once per process for the thread's bubbles
    (a card imported later shows in bubbles after a restart; the price line reads its own)."""
    try:
        return load_rate_book()
    except (OSError, ValueError):
        log.warning("rate cards not readable; bubbles show no cost", exc_info=True)
        return None


def _charged(record: _Billed) -> bool:
    if record.pricing_type:
        return record.pricing_type == "regular"
    return bool(record.billable)


def _template_category(session: Session, message: Message) -> str | None:
    payload = message.payload if isinstance(message.payload, dict) else {}
    sent = payload.get("template")
    name = sent.get("name") if isinstance(sent, dict) else None
    if not isinstance(name, str):
        return None
    category = session.scalar(
        select(Template.category)
        .join(PhoneNumber, PhoneNumber.waba_id == Template.waba_id)
        .where(PhoneNumber.id == message.phone_number_id, Template.name == name)
        .limit(1)
    )
    return normalise_category(category) if isinstance(category, str) else None


def _estimate(
    session: Session,
    message: Message,
    wa_id: str,
    account: _Account,
    book: RateBook,
) -> MessageCost | None:
    """The engine's bill for this message as the database knew things when it was sent."""
    ts = message.timestamp
    last_in = session.scalar(
        select(func.max(Message.timestamp)).where(
            Message.conversation_id == message.conversation_id,
            Message.direction == "in",
            Message.timestamp <= ts,
        )
    )
    kind, category = "free_form", None
    if message.type == "template":
        kind, category = "template", _template_category(session, message)
        if category is None:
            return None
    start, _end, _month = month_bounds(ts, account.zone)
    base = BillingSettings()
    used = 0
    if kind == "free_form":
        used = service_messages_used(session, message.phone_number_id, start, ts)
    estimate = estimate_send(
        now=ts,
        kind=kind,
        category=category,
        recipient_wa_id=wa_id,
        last_inbound_ts=last_in if isinstance(last_in, int) else None,
        book=book,
        settings=BillingSettings(
            timezone=account.zone.key,
            currency=account.currency,
            service_free_remaining_at_start=max(0, base.service_free_monthly - used),
        ),
        phone_number_id=message.phone_number_id,
        waba_id=account.waba_id,
        since=start,
    )
    if estimate is None or not estimate.delivered:
        return None
    return MessageCost(estimate.amount, estimate.currency, estimate.charged, True)


def message_costs(
    session: Session, messages: Iterable[Message], book: RateBook
) -> dict[int, MessageCost]:
    """The cost of each outbound message among ``messages`` that has one to show."""
    out = [
        m
        for m in messages
        if m.direction == "out" and m.status not in UNDELIVERED and m.status != "uncertain"
    ]
    if not out:
        return {}
    records = _records(session, {m.wamid for m in out if m.wamid})
    accounts = _accounts(session, {m.phone_number_id for m in out}, book)
    recipients = {
        conv_id: (wa_id, country)
        for conv_id, wa_id, country in session.execute(
            select(Conversation.id, Contact.wa_id, Contact.country)
            .join(Contact, Contact.id == Conversation.contact_id)
            .where(Conversation.id.in_({m.conversation_id for m in out}))
        )
    }
    costs: dict[int, MessageCost] = {}
    estimates = 0
    for message in out:
        wa_id, stored = recipients.get(message.conversation_id, (None, None))
        account = accounts.get(message.phone_number_id)
        if not wa_id or account is None:
            continue
        record = records.get(message.wamid) if message.wamid else None
        if record is not None:
            if not _charged(record):
                currency = account.currency or _default_currency(book)
                costs[message.id] = MessageCost(Decimal(0), currency, False, False)
                continue
            country = usable_country(stored, wa_id)
            if not country:
                continue
            priced = rate_of(book, record.category or "", country, record.timestamp, account)
            if priced is not None:
                costs[message.id] = MessageCost(priced[0], priced[1], True, False)
            continue
        if estimates >= MAX_ESTIMATES or not isinstance(message.timestamp, int):
            continue
        estimates += 1
        estimate = _estimate(session, message, wa_id, account, book)
        if estimate is not None:
            costs[message.id] = estimate
    return costs


def safe_message_costs(
    session: Session, messages: Iterable[Message], book: RateBook | None
) -> dict[int, MessageCost]:
    """:func:`message_costs`, or nothing: a bubble without its price beats no thread."""
    if book is None:
        return {}
    try:
        return message_costs(session, messages, book)
    except Exception:
        log.warning("message costs not read", exc_info=True)
        return {}


@dataclass(frozen=True)
class MonthSpend:
    """What one of our numbers spent this month (its WABA's calendar month) by Meta's
    ``pricing``: ``charged`` messages costing ``amount``; ``service_used`` of the month's
    ``service_free`` free service replies (None: the era has no allowance)."""

    phone_number_id: str
    amount: Decimal
    currency: str
    charged: int
    unpriced: int  # charged messages whose price cannot be told (no country, no card)
    service_used: int
    service_free: int | None


def _add_spend(
    totals: dict[str, list[Any]],
    book: RateBook,
    account: _Account,
    number: str,
    category: str | None,
    recipient: str | None,
    first_ts: int,
    count: int,
) -> None:
    entry = totals.setdefault(number, [Decimal(0), None, 0, 0])
    entry[2] += count
    priced = None
    if isinstance(recipient, str) and recipient.isdigit():
        try:
            country = country_for_number("+" + recipient)
            priced = rate_of(book, category or "", country, first_ts, account)
        except (UnknownCountry, ValueError):
            priced = None
    if priced is None:
        entry[3] += count
        return
    entry[0] += priced[0] * count
    entry[1] = entry[1] or priced[1]


#: A billing record of a message Meta charged: delivered (or read), billed as regular (or,
#: before ``pricing.type`` existed, marked billable).
_CHARGED = (
    BillingRecord.status.in_(BILLED_STATUSES),
    (BillingRecord.pricing_type == "regular")
    | (BillingRecord.pricing_type.is_(None) & BillingRecord.billable.is_(True)),
)


def month_spend(session: Session, book: RateBook, now: int) -> dict[str, MonthSpend]:
    """This month's spend of every number (DB thread): a grouped read of the month's
    billing records (on their time index), priced on the card in force. Volume-tier
    discounts are not applied (Meta's pricing object does not say the tier)."""
    numbers = set(session.scalars(select(PhoneNumber.id)))
    if not numbers:
        return {}
    accounts = _accounts(session, numbers, book)
    starts = {n: month_bounds(now, a.zone)[0] for n, a in accounts.items()}
    totals: dict[str, list[Any]] = {}
    # One grouped read per month start (numbers of WABAs in one time zone share it).
    for start in set(starts.values()):
        group = [n for n, s in starts.items() if s == start]
        # The customer's number from our conversation (Meta may name a BSUID instead).
        who = func.coalesce(Contact.wa_id, BillingRecord.recipient_id)
        query = (
            select(
                BillingRecord.phone_number_id,
                BillingRecord.category,
                who,
                func.min(BillingRecord.timestamp),
                func.count(func.distinct(BillingRecord.wamid)),
            )
            .outerjoin(Message, Message.wamid == BillingRecord.wamid)
            .outerjoin(Conversation, Conversation.id == Message.conversation_id)
            .outerjoin(Contact, Contact.id == Conversation.contact_id)
            .where(
                BillingRecord.timestamp >= start,
                BillingRecord.phone_number_id.in_(group),
                *_CHARGED,
            )
            .group_by(BillingRecord.phone_number_id, BillingRecord.category, who)
        )
        for number, category, recipient, first_ts, count in session.execute(query):
            if number in accounts:
                _add_spend(
                    totals, book, accounts[number], number, category, recipient, first_ts, count
                )
    result: dict[str, MonthSpend] = {}
    for number, account in accounts.items():
        amount, currency, charged, unpriced = totals.get(number, [Decimal(0), None, 0, 0])
        allowance = has_allowance(now, account.zone.key)
        result[number] = MonthSpend(
            phone_number_id=number,
            amount=amount,
            currency=currency or account.currency or _default_currency(book),
            charged=charged,
            unpriced=unpriced,
            service_used=service_messages_used(session, number, starts[number], now + 1),
            service_free=BillingSettings().service_free_monthly if allowance else None,
        )
    return result


def contact_month_spend(
    session: Session, book: RateBook, contact_id: int, now: int
) -> dict[str, MonthSpend]:
    """What one customer cost this month, per our number (DB thread). Read from the
    customer's conversations (on their time index), so it stays quick on a year of history;
    priced as :func:`month_spend` prices a channel."""
    numbers = set(
        session.scalars(
            select(Conversation.phone_number_id).where(Conversation.contact_id == contact_id)
        )
    )
    if not numbers:
        return {}
    accounts = _accounts(session, numbers, book)
    starts = {n: month_bounds(now, a.zone)[0] for n, a in accounts.items()}
    totals: dict[str, list[Any]] = {}
    for start in set(starts.values()):
        group = [n for n, s in starts.items() if s == start]
        query = (
            select(
                BillingRecord.phone_number_id,
                BillingRecord.category,
                func.coalesce(Contact.wa_id, BillingRecord.recipient_id),
                func.min(BillingRecord.timestamp),
                func.count(func.distinct(BillingRecord.wamid)),
            )
            .select_from(Conversation)
            .join(Contact, Contact.id == Conversation.contact_id)
            .join(Message, Message.conversation_id == Conversation.id)
            .join(BillingRecord, BillingRecord.wamid == Message.wamid)
            .where(
                Conversation.contact_id == contact_id,
                Conversation.phone_number_id.in_(group),
                # sent at most a day before the month began: delivered (billed) within it
                Message.timestamp >= start - 86_400,
                BillingRecord.timestamp >= start,
                *_CHARGED,
            )
            .group_by(BillingRecord.phone_number_id, BillingRecord.category, Contact.wa_id)
        )
        for number, category, recipient, first_ts, count in session.execute(query):
            if number in accounts:
                _add_spend(
                    totals, book, accounts[number], number, category, recipient, first_ts, count
                )
    return {
        number: MonthSpend(
            phone_number_id=number,
            amount=entry[0],
            currency=entry[1] or accounts[number].currency or _default_currency(book),
            charged=entry[2],
            unpriced=entry[3],
            service_used=0,
            service_free=None,
        )
        for number, entry in totals.items()
    }


class MonthSpendMeter:
    """The inbox's use case: this month's spend per number, read on the DB thread."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock

    async def read(self) -> dict[str, MonthSpend]:
        book = shared_rate_book()
        if book is None:
            return {}
        return await self._db.run(month_spend, book, int(self._clock()))

    async def for_contact(self, contact_id: int) -> dict[str, MonthSpend]:
        """What one customer cost this month, per our number they wrote to."""
        book = shared_rate_book()
        if book is None:
            return {}
        return await self._db.run(contact_month_spend, book, contact_id, int(self._clock()))
