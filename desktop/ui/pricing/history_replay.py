"""The real bill from the local database: messages in, billing engine, Meta's flags beside it.

:func:`load_history` runs on the DB thread (``await db.run(load_history, ...)``) and turns
stored messages into :class:`PricingEvent` s; :func:`replay_history` bills them (explained,
under each message's own era), bills them again under every era for the "what if", and
compares each outbound message's decision with the ``pricing`` object Meta's status webhook
carried. No Qt here: the history tab runs both off the UI thread and shows the result.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import (
    BillingRecord,
    Contact,
    Conversation,
    Message,
    PhoneNumber,
    Template,
    Waba,
)
from desktop.services.pricing.cards import RateBook
from desktop.services.pricing.engine import BillingEngine
from desktop.services.pricing.eras import AUTO, ERAS, month_bounds
from desktop.services.pricing.markets import UnknownCountry, country_for_number
from desktop.services.pricing.model import BillingSettings, BillResult, Decision, PricingEvent

DELIVERED = frozenset({"delivered", "read", "played"})
Progress = Callable[[int, int, str], None]


class ReplayCancelled(Exception):
    """The user cancelled the replay; nothing was changed."""


@dataclass(frozen=True)
class ContactChoice:
    key: str  # the contact id as text (the engine's contact key)
    label: str
    country: str


@dataclass
class MetaFlag:
    """What Meta's status webhooks said about one outbound message."""

    billable: bool | None
    category: str | None
    pricing_model: str | None
    pricing_type: str | None


@dataclass
class HistoryData:
    events: list[PricingEvent]
    flags: dict[str, MetaFlag]  # wamid -> Meta's pricing
    contacts: list[ContactChoice]
    timezone: str = "UTC"
    currency: str = "USD"
    skipped: int = 0  # messages whose customer has no usable phone number
    assumed_category: int = 0  # templates whose category was unknown (billed as marketing)


@dataclass(frozen=True)
class Mismatch:
    wamid: str
    t: int
    contact: str
    ours_billable: bool
    ours_category: str | None
    ours_rule: str
    meta_billable: bool | None
    meta_category: str | None
    meta_type: str | None


@dataclass
class HistoryReport:
    bill: BillResult
    what_if: dict[str, BillResult]
    mismatches: list[Mismatch] = field(default_factory=list)
    checked: int = 0
    data: HistoryData | None = None


def _category_name(name: str | None) -> str | None:
    if not name:
        return None
    return name.strip().lower().replace("-", "_")


def load_history(session: Session, start: int | None = None, end: int | None = None) -> HistoryData:
    """Every stored message (optionally in ``[start, end)``) as billing events, in time order."""
    wabas = session.execute(select(Waba.id, Waba.timezone, Waba.currency)).all()
    timezone = wabas[0].timezone if wabas else "UTC"
    currency = wabas[0].currency if wabas else "USD"
    number_waba = dict(session.execute(select(PhoneNumber.id, PhoneNumber.waba_id)).all())
    templates: dict[tuple[str, str], str] = {}
    for waba_id, name, category in session.execute(
        select(Template.waba_id, Template.name, Template.category)
    ):
        templates[(waba_id, name)] = category
    flags: dict[str, MetaFlag] = {}
    order = {"sent": 0, "delivered": 1, "read": 2}
    ranks: dict[str, int] = {}
    for rec in session.execute(select(BillingRecord).order_by(BillingRecord.id)).scalars():
        rank = order.get(rec.status, 0)
        if rec.wamid in flags and ranks[rec.wamid] > rank:
            continue
        ranks[rec.wamid] = rank
        flags[rec.wamid] = MetaFlag(
            rec.billable, _category_name(rec.category), rec.pricing_model, rec.pricing_type
        )
    stmt = (
        select(
            Message.wamid,
            Message.direction,
            Message.type,
            Message.payload,
            Message.status,
            Message.timestamp,
            Message.phone_number_id,
            Contact.id,
            Contact.wa_id,
            Contact.profile_name,
        )
        .join(Conversation, Conversation.id == Message.conversation_id)
        .join(Contact, Contact.id == Conversation.contact_id)
        .order_by(Message.timestamp, Message.id)
    )
    if start is not None:
        stmt = stmt.where(Message.timestamp >= start)
    if end is not None:
        stmt = stmt.where(Message.timestamp < end)
    events: list[PricingEvent] = []
    countries: dict[int, str | None] = {}
    labels: dict[int, str] = {}
    skipped = assumed = 0
    for row in session.execute(stmt):
        contact_id = row[7]
        if contact_id not in countries:
            try:
                countries[contact_id] = country_for_number(row.wa_id) if row.wa_id else None
            except UnknownCountry:
                countries[contact_id] = None
            name = row.profile_name or ""
            number = f"+{row.wa_id}" if row.wa_id else ""
            labels[contact_id] = f"{name} {number}".strip() or f"#{contact_id}"
        country = countries[contact_id]
        if country is None:
            skipped += 1
            continue
        payload: dict[str, Any] = row.payload or {}
        kind = "template" if row.type == "template" else "free_form"
        category = None
        waba = number_waba.get(row.phone_number_id) or ""
        if row.direction == "out" and kind == "template":
            name = str((payload.get("template") or {}).get("name") or "")
            category = _category_name(templates.get((waba, name)))
            if category is None and row.wamid in flags:
                category = flags[row.wamid].category
            if category is None or category not in (
                "marketing",
                "utility",
                "authentication",
                "authentication_international",
            ):
                category = "marketing"
                assumed += 1
        entry_point = None
        if row.direction == "in":
            referral = payload.get("referral") if isinstance(payload, dict) else None
            if referral:
                source = str(referral.get("source_type") or "").lower()
                entry_point = "page_cta" if source == "post" else "ctwa"
        delivered = row.direction == "in" or (row.status or "") in DELIVERED
        events.append(
            PricingEvent(
                t=int(row.timestamp),
                direction=row.direction,
                kind=kind,
                country=country,
                category=category,
                contact=str(contact_id),
                entry_point=entry_point,
                delivered=delivered,
                waba=waba,
                phone_number=row.phone_number_id,
                ref=row.wamid or "",
            )
        )
    contacts = [
        ContactChoice(str(cid), labels[cid], countries[cid] or "")
        for cid in sorted(labels, key=lambda c: labels[c].lower())
        if countries[cid]
    ]
    return HistoryData(events, flags, contacts, timezone, currency, skipped, assumed)


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ReplayCancelled()


def replay_history(
    book: RateBook,
    data: HistoryData,
    *,
    currency: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> HistoryReport:
    """The real bill (each message under its own era), the bill under every era, reconciliation."""
    use_currency = currency or data.currency
    if use_currency not in book.currencies():
        use_currency = book.cards[0].currency
    settings = BillingSettings(era=AUTO, timezone=data.timezone, currency=use_currency)
    steps = 2 + len(ERAS)
    report_progress = progress or (lambda done, total, what: None)
    report_progress(0, steps, "bill")
    bill = BillingEngine(book, settings).bill(data.events, explain=True)
    _check(cancel)
    report_progress(1, steps, "reconcile")
    mismatches, checked = reconcile(data, bill.decisions)
    _check(cancel)
    what_if: dict[str, BillResult] = {}
    for n, era in enumerate(ERAS, start=2):
        report_progress(n, steps, era)
        what_if[era] = BillingEngine(book, replace(settings, era=era)).bill(data.events)
        _check(cancel)
    report_progress(steps, steps, "done")
    return HistoryReport(bill, what_if, mismatches, checked, data)


def reconcile(data: HistoryData, decisions: list[Decision]) -> tuple[list[Mismatch], int]:
    """Our decision for every outbound message with a ``pricing`` webhook vs Meta's flags."""
    out: list[Mismatch] = []
    checked = 0
    for d in decisions:
        ev = data.events[d.index]
        if ev.direction != "out" or not ev.ref:
            continue
        flag = data.flags.get(ev.ref)
        if flag is None or flag.billable is None:
            continue
        checked += 1
        ours_cat = _category_name(d.category)
        meta_cat = flag.category
        same_billable = bool(flag.billable) == d.billable
        same_cat = not d.billable or meta_cat is None or meta_cat == ours_cat
        if same_billable and same_cat:
            continue
        out.append(
            Mismatch(
                ev.ref,
                ev.t,
                ev.contact,
                d.billable,
                ours_cat,
                d.rule,
                flag.billable,
                meta_cat,
                flag.pricing_type,
            )
        )
    return out, checked


def months_of(bill: BillResult, data: HistoryData | None = None) -> list[str]:
    """Months with charges, plus (given ``data``) every month with messages, oldest first."""
    months = {line.month for line in bill.lines}
    if data is not None and data.events:
        try:
            zone: ZoneInfo | None = ZoneInfo(data.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            zone = None
        months.update(month_bounds(ev.t, zone)[2] for ev in data.events)
    return sorted(months)


def month_total(bill: BillResult, month: str) -> Decimal:
    return sum((line.amount for line in bill.lines if line.month == month), Decimal(0))
