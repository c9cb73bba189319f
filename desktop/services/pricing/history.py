"""The real bill from the local database, reconciled against Meta's billable flags.

Reads messages, their statuses and the ``pricing`` objects status webhooks carried, turns
them into :class:`PricingEvent` s (outbound at their delivery time, failed sends marked
undelivered) and replays them per WABA in its time zone and currency. Gives the bill per
month, WABA, number, category and market; every message where our rules and Meta's
``billable`` flag disagree; and what each month would have cost under every era.

Run it on the DB thread: ``await db.run(replay_history, book, month="2025-08")``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import (
    BillingRecord,
    Contact,
    Conversation,
    Message,
    MessageStatus,
    PhoneNumber,
    Template,
    Waba,
)
from desktop.services.pricing.cards import RateBook, RateCardError, normalise_category
from desktop.services.pricing.engine import BillingEngine
from desktop.services.pricing.eras import AUTO, ERAS, month_bounds
from desktop.services.pricing.markets import UnknownCountry, country_for_number
from desktop.services.pricing.model import BillingSettings, BillLine, BillResult, PricingEvent
from desktop.services.pricing.rules import CTX
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

DELIVERED = ("delivered", "read")
TEMPLATE_CATEGORIES = ("marketing", "utility", "authentication", "authentication_international")


@dataclass(frozen=True)
class Mismatch:
    """A message where our rules and Meta's ``pricing`` object disagree."""

    wamid: str
    t: int
    waba: str
    phone_number: str
    contact: str
    ours_billable: bool
    meta_billable: bool | None
    ours_category: str | None
    meta_category: str | None
    meta_pricing_model: str | None
    reason: Phrase


@dataclass
class WabaHistory:
    """One WABA's replayable events and its billing settings."""

    waba: str
    settings: BillingSettings
    events: list[PricingEvent] = field(default_factory=list)
    meta: dict[str, BillingRecord] = field(default_factory=dict)
    issues: list[Phrase] = field(default_factory=list)


@dataclass
class HistoryReport:
    """The replayed bill of every WABA (in each WABA's currency) and the reconciliation."""

    bills: dict[str, BillResult]
    mismatches: list[Mismatch]
    issues: list[Phrase]

    def lines(self) -> list[tuple[str, BillLine]]:
        """``(currency, line)`` for every WABA."""
        return [(bill.currency, line) for bill in self.bills.values() for line in bill.lines]

    def by(self, *keys: str) -> dict[tuple[str, ...], tuple[int, Decimal]]:
        """Counts and amounts grouped by BillLine fields plus the currency, e.g.
        ``by("month", "waba", "phone_number", "category", "market")``."""
        out: dict[tuple[str, ...], tuple[int, Decimal]] = {}
        for currency, line in self.lines():
            key = (*(str(getattr(line, k)) for k in keys), currency)
            count, amount = out.get(key, (0, Decimal(0)))
            out[key] = (count + line.count, amount + line.amount)
        return out


def _ts(value: int | None) -> int | None:
    return None if value is None else int(value)


def _month_range(month: str, tz_name: str) -> tuple[int, int]:
    from zoneinfo import ZoneInfo

    year, mon = (int(x) for x in month.split("-"))
    probe = int(datetime(year, mon, 15, tzinfo=UTC).timestamp())
    start, end, _key = month_bounds(probe, ZoneInfo(tz_name))
    return start, end


def load_history(
    session: Session, *, waba_id: str | None = None, month: str | None = None
) -> dict[str, WabaHistory]:
    """Every WABA's events from the database (optionally one WABA, one "YYYY-MM" month).

    A month keeps the 24 h before it too (as context: windows opened then still count).
    """
    numbers = {p.id: p for p in session.scalars(select(PhoneNumber))}
    wabas = {w.id: w for w in session.scalars(select(Waba))}
    templates: dict[tuple[str, str, str], str] = {}
    for tpl in session.scalars(select(Template)):
        templates[(tpl.waba_id, tpl.name, tpl.language)] = normalise_category(tpl.category)
        templates.setdefault((tpl.waba_id, tpl.name, ""), normalise_category(tpl.category))
    contacts: dict[int, tuple[str, str | None]] = {}
    rows = session.execute(
        select(Conversation.id, Contact.id, Contact.wa_id, Contact.user_id).join(
            Contact, Conversation.contact_id == Contact.id
        )
    )
    for conv_id, contact_id, wa_id, user_id in rows:
        contacts[conv_id] = (str(user_id or wa_id or contact_id), wa_id)
    delivered_at: dict[int, int] = {}
    for message_id, status, ts in session.execute(
        select(MessageStatus.message_id, MessageStatus.status, MessageStatus.timestamp)
    ):
        if message_id is None:
            continue
        if status in DELIVERED:
            prev = delivered_at.get(message_id)
            delivered_at[message_id] = int(ts) if prev is None else min(prev, int(ts))
    meta: dict[str, BillingRecord] = {}
    for rec in session.scalars(select(BillingRecord).order_by(BillingRecord.timestamp)):
        # Keep the record of the delivered/read status when there are several.
        if rec.wamid not in meta or rec.status in DELIVERED:
            meta[rec.wamid] = rec

    out: dict[str, WabaHistory] = {}

    def history_for(waba: str) -> WabaHistory:
        found = out.get(waba)
        if found is None:
            w = wabas.get(waba)
            settings = BillingSettings(
                era=AUTO,
                timezone=(w.timezone if w else None) or "UTC",
                currency=(w.currency if w else None) or "USD",
            )
            found = out[waba] = WabaHistory(waba, settings)
        return found

    query = select(Message).order_by(Message.timestamp, Message.id)
    ranges: dict[str, tuple[int, int]] = {}
    for msg in session.scalars(query):
        number = numbers.get(msg.phone_number_id)
        waba = (number.waba_id if number else None) or ""
        if waba_id is not None and waba != waba_id:
            continue
        hist = history_for(waba)
        if month is not None:
            window = ranges.get(waba) or _month_range(month, hist.settings.timezone)
            ranges[waba] = window
            if not (window[0] - 86_400 <= msg.timestamp < window[1]):
                continue
        contact_key, wa_id = contacts.get(msg.conversation_id, (f"conv{msg.conversation_id}", None))
        try:
            country = country_for_number(wa_id) if wa_id else ""
        except UnknownCountry:
            country = ""
        if not country:
            hist.issues.append(
                Phrase(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "Pricing",
                        "Message {wamid}: the customer's country is unknown; it is left out.",
                    ),
                    {"wamid": msg.wamid or msg.id},
                )
            )
            continue
        if msg.direction == "in":
            referral = (msg.payload or {}).get("referral")
            hist.events.append(
                PricingEvent(
                    t=int(msg.timestamp),
                    direction="in",
                    kind="free_form",
                    country=country,
                    contact=contact_key,
                    entry_point="ctwa" if referral else None,
                    waba=waba,
                    phone_number=msg.phone_number_id,
                    ref=msg.wamid or f"message:{msg.id}",
                )
            )
            continue
        t = delivered_at.get(msg.id)
        if t is None and msg.status in DELIVERED:
            t = int(msg.status_ts or msg.timestamp)
        delivered = t is not None
        kind = "template" if msg.type == "template" else "free_form"
        category = None
        record = meta.get(msg.wamid or "")
        if kind == "template":
            sent: dict[str, Any] = (msg.payload or {}).get("template") or {}
            name = str(sent.get("name", ""))
            lang = str((sent.get("language") or {}).get("code", ""))
            category = templates.get((waba, name, lang)) or templates.get((waba, name, ""))
            if category is None and record is not None and record.category:
                meta_cat = normalise_category(record.category)
                if meta_cat in TEMPLATE_CATEGORIES:
                    category = meta_cat
            if category is None:
                hist.issues.append(
                    Phrase(
                        CTX,
                        QT_TRANSLATE_NOOP(
                            "Pricing",
                            "Template message {wamid}: its category is unknown; sync templates "
                            "and replay again.",
                        ),
                        {"wamid": msg.wamid or msg.id},
                    )
                )
                continue
        ts = t if t is not None else int(msg.timestamp)
        hist.events.append(
            PricingEvent(
                t=ts,
                direction="out",
                kind=kind,
                country=country,
                category=category,
                contact=contact_key,
                delivered=bool(delivered),
                waba=waba,
                phone_number=msg.phone_number_id,
                ref=msg.wamid or f"message:{msg.id}",
            )
        )
        if record is not None and msg.wamid:
            hist.meta[msg.wamid] = record
    for hist in out.values():
        hist.events.sort(key=lambda e: e.t)
    return out


def _reconcile(hist: WabaHistory, bill: BillResult) -> list[Mismatch]:
    """Our per-message decision against Meta's ``billable`` flag (PMP: per message; CBP:
    the message that opened a conversation)."""
    out: list[Mismatch] = []
    for d in bill.decisions:
        ev = hist.events[d.index]
        rec = hist.meta.get(ev.ref)
        if ev.direction != "out" or rec is None:
            continue
        meta_billable = rec.billable
        meta_cat = normalise_category(rec.category) if rec.category else None
        if rec.pricing_type:
            # PMP webhooks: "regular" is charged, the free_* types are not.
            meta_billable = rec.pricing_type == "regular"
        if rec.pricing_model == "CBP" and d.pricing_model == "CBP":
            if d.rule not in ("conversation_opened", "free_tier"):
                continue  # CBP flags describe the conversation, not this message
            meta_billable = meta_billable and meta_cat != "referral_conversion"
        ours = d.billable or d.rule == "free_tier"
        reason = None
        if meta_billable is not None and bool(meta_billable) != ours:
            reason = Phrase(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Pricing", "Meta marked it {meta}, our rules say {ours} ({rule})."
                ),
                {
                    "meta": "billable" if meta_billable else "free",
                    "ours": "billable" if ours else "free",
                    "rule": d.rule,
                },
            )
        elif (
            ours
            and meta_cat
            and d.category
            and meta_cat != d.category
            and meta_cat not in ("user_initiated", "business_initiated")
        ):
            reason = Phrase(
                CTX,
                QT_TRANSLATE_NOOP("Pricing", "Meta charged it as {meta}, our rules as {ours}."),
                {"meta": meta_cat, "ours": d.category},
            )
        if reason is not None:
            out.append(
                Mismatch(
                    ev.ref,
                    ev.t,
                    ev.waba,
                    ev.phone_number,
                    ev.contact,
                    ours,
                    meta_billable,
                    d.category,
                    meta_cat,
                    rec.pricing_model,
                    reason,
                )
            )
    return out


def replay_history(
    session: Session,
    book: RateBook,
    *,
    month: str | None = None,
    waba_id: str | None = None,
    era: str = AUTO,
) -> HistoryReport:
    """The bill of the stored history (``era="auto"``: the rules in force at each message)."""
    histories = load_history(session, waba_id=waba_id, month=month)
    bills: dict[str, BillResult] = {}
    mismatches: list[Mismatch] = []
    issues: list[Phrase] = []
    for waba, hist in histories.items():
        settings = replace(hist.settings, era=era)
        try:
            bill = BillingEngine(book, settings).bill(hist.events, explain=True)
        except RateCardError:
            issues.append(_no_card(waba, settings.currency))
            continue
        if month is not None:
            bill.lines = [line for line in bill.lines if line.month == month]
            bill.charges = [c for c in bill.charges if _month_of(c.t, settings) == month]
        bills[waba] = bill
        if era == AUTO:
            mismatches.extend(_reconcile(hist, bill))
        issues.extend(hist.issues)
    return HistoryReport(bills, mismatches, issues)


def _no_card(waba: str, currency: str | None) -> Phrase:
    return Phrase(
        CTX,
        QT_TRANSLATE_NOOP(
            "Pricing",
            "WABA {waba} is billed in {currency} and no {currency} rate card is loaded: "
            "import Meta's {currency} card (Pricing > Rate cards) and replay again.",
        ),
        {"waba": waba, "currency": currency or "?"},
    )


def _month_of(ts: int, settings: BillingSettings) -> str:
    from zoneinfo import ZoneInfo

    return month_bounds(ts, ZoneInfo(settings.timezone))[2]


def month_under_every_era(
    session: Session, book: RateBook, month: str, *, waba_id: str | None = None
) -> dict[str, dict[str, tuple[str, Decimal]]]:
    """``{era: {waba: (currency, total)}}``: what ``month`` would have cost under each era
    (and ``"auto"``, the rules really in force)."""
    histories = load_history(session, waba_id=waba_id, month=month)
    out: dict[str, dict[str, tuple[str, Decimal]]] = defaultdict(dict)
    for era in (AUTO, *ERAS):
        for waba, hist in histories.items():
            try:
                bill = BillingEngine(book, replace(hist.settings, era=era)).bill(hist.events)
            except RateCardError:
                continue  # replay_history reports the missing card
            total = sum((ln.amount for ln in bill.lines if ln.month == month), Decimal(0))
            out[era][waba] = (bill.currency, total)
    return dict(out)


def history_summary(report: HistoryReport) -> list[dict[str, Any]]:
    """Rows for a table: month, WABA, number, category, market, count, amount, currency."""
    rows = []
    for (month, waba, phone, category, market, currency), (count, amount) in sorted(
        report.by("month", "waba", "phone_number", "category", "market").items()
    ):
        rows.append(
            {
                "month": month,
                "waba": waba,
                "phone_number": phone,
                "category": category,
                "market": market,
                "count": count,
                "amount": str(amount),
                "currency": currency,
            }
        )
    return rows
