"""The real bill from the local database, Meta's billing flags beside it, and every era's
what-if: the History tab's use case, with progress and cancel.

Two steps, so the tab can show progress and stop between them:

1. :func:`read_history` on the DB thread reads only the columns billing needs, in batches
   (the delivery time and Meta's ``pricing`` object of each message are looked up by the
   database through its indexes), and turns rows into :class:`PricingEvent` s per WABA:
   outbound at their delivery time, failed sends marked undelivered.
2. :func:`price_history` in a worker thread bills them under the rules in force at each
   message and under every era, in one shared pass (``era_pass.py``). The explained bill,
   the charges and the reconciliation with Meta's flags are made per month, on demand
   (:meth:`HistoryReport.month_detail`), so a year of traffic never holds a million
   explanations at once.

A year at once (a million messages) is re-priced without events: :func:`reprice_year`
bills the plain columns ``history_read.read_timelines`` streams, into closed months that
``history_months`` keeps in the database.

No Qt here; the rules are the engine's.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

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
from desktop.services.pricing.billing_core import zone
from desktop.services.pricing.cards import RateBook, normalise_category
from desktop.services.pricing.engine import BillingEngine
from desktop.services.pricing.era_pass import HistoryCancelled, Timeline, bill_eras
from desktop.services.pricing.eras import AUTO, ERAS, month_bounds
from desktop.services.pricing.history_months import ClosedMonths, is_closed
from desktop.services.pricing.history_read import (
    TimelineRead,
    conversations_in,
    in_period,
    no_cyclic_gc,
)
from desktop.services.pricing.markets import usable_country
from desktop.services.pricing.model import (
    DAY,
    BillingSettings,
    BillLine,
    BillResult,
    Charge,
    PricingEvent,
)
from desktop.services.pricing.rules import CTX
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

DELIVERED = ("delivered", "read")
TEMPLATE_CATEGORIES = ("marketing", "utility", "authentication", "authentication_international")
BATCH = 20_000  # rows per fetch: progress and cancel are checked between batches
# A message can be decided by windows opened up to this long before it (a free entry point
# window lasts 72 h and opens up to 24 h after the ad), so a month is replayed with the
# days before it as context.
CONTEXT_SECONDS = 4 * DAY
MAX_ISSUES = 50  # issues kept as sentences; the rest are only counted
UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP(
    "Pricing", "Message {wamid}: the customer's country is unknown; it is left out."
)
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP(
    "Pricing",
    "Template message {wamid}: its category is unknown; sync templates and replay again.",
)

Progress = Callable[[int, int], None]


def _no_progress(done: int, total: int) -> None:
    return None


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise HistoryCancelled()


@dataclass(frozen=True, slots=True)
class MetaFlag:
    """What Meta's ``pricing`` object said about one message."""

    billable: bool | None
    pricing_model: str | None
    pricing_type: str | None
    category: str | None


@dataclass(frozen=True, slots=True)
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
    rule: str = ""
    template: str = ""


@dataclass
class WabaHistory:
    """One WABA's replayable events, Meta's flags by wamid, and its billing settings."""

    waba: str
    settings: BillingSettings
    events: list[PricingEvent] = field(default_factory=list)
    meta: dict[str, MetaFlag] = field(default_factory=dict)
    templates: dict[str, str] = field(default_factory=dict)  # wamid -> template name

    @property
    def zone(self) -> ZoneInfo:
        return zone(self.settings.timezone)


@dataclass(frozen=True)
class ContactChoice:
    key: str  # the engine's contact key (BSUID, else phone number, else row id)
    label: str
    waba: str


@dataclass
class StoredHistory:
    """What :func:`read_history` read: events per WABA, labels and what was left out."""

    histories: dict[str, WabaHistory]
    labels: dict[str, str] = field(default_factory=dict)  # contact key -> name and number
    names: dict[str, str] = field(default_factory=dict)  # WABA / number id -> readable name
    issues: list[Phrase] = field(default_factory=list)
    left_out: int = 0  # messages that cannot be billed (unknown country or category)
    since: int | None = None  # the first time read (None: from the beginning)


@dataclass
class MonthDetail:
    """One month explained: every charge, the per-WABA explained bills, the mismatches."""

    month: str
    bills: dict[str, BillResult]
    charges: list[Charge]
    mismatches: list[Mismatch]
    checked: int  # outbound messages of the month that carried Meta's pricing


@dataclass
class HistoryReport:
    """The replayed history of every WABA (each in its own currency)."""

    book: RateBook
    stored: StoredHistory
    bills: dict[str, BillResult]  # waba -> totals under the rules in force at each message
    what_if: dict[str, dict[str, BillResult]]  # era -> waba -> totals under that era
    notices: list[Phrase] = field(default_factory=list)  # e.g. a currency without a card
    contacts: list[ContactChoice] = field(default_factory=list)
    kept: ClosedMonths = field(default_factory=ClosedMonths)
    _details: dict[str, MonthDetail] = field(default_factory=dict)

    def covers(self, month: str) -> bool:
        """True when every event that decides ``month`` was read (it can be explained)."""
        since = self.stored.since
        if since is None:
            return True
        return all(
            month_range(month, hist.zone)[0] - CONTEXT_SECONDS >= since
            for hist in self.histories.values()
        )

    @property
    def histories(self) -> dict[str, WabaHistory]:
        return self.stored.histories

    @property
    def issues(self) -> list[Phrase]:
        return self.stored.issues

    @property
    def names(self) -> dict[str, str]:
        return self.stored.names

    def name(self, ident: str) -> str:
        """A WABA's or number's readable name (the id when unknown)."""
        return self.stored.names.get(ident, ident)

    @property
    def events(self) -> int:
        return sum(len(h.events) for h in self.histories.values())

    @property
    def unverified_used(self) -> bool:
        return any(b.unverified_used for b in self.bills.values())

    def months(self) -> list[str]:
        """Every month with messages or charges (kept or read), oldest first."""
        out = {month for months in self.kept.months.values() for month in months}
        for hist in self.histories.values():
            if hist.events:
                out.update(m for m in months_of(hist.events, hist.zone) if self.covers(m))
        return sorted(out)

    def lines(self, month: str, era: str = AUTO) -> list[tuple[str, BillLine]]:
        """``(currency, line)`` of ``month`` (``era`` "auto": the real bill); a kept closed
        month's lines come from the store."""
        out: list[tuple[str, BillLine]] = []
        bills = self.bills if era == AUTO else self.what_if.get(era, {})
        for waba in {*bills, *self.kept.months}:
            kept = self.kept.kept(waba).get(month)
            if kept is not None:
                currency, lines = kept.get(era, ("", []))
                out.extend((currency, ln) for ln in lines if ln.count)
            elif waba in bills:
                bill = bills[waba]
                out.extend(
                    (bill.currency, ln) for ln in bill.lines if ln.month == month and ln.count
                )
        return out

    def totals(self, month: str, era: str = AUTO) -> dict[str, Decimal]:
        """``{currency: amount}`` of ``month`` under ``era``."""
        out: dict[str, Decimal] = {}
        for currency, ln in self.lines(month, era):
            out[currency] = out.get(currency, Decimal(0)) + ln.amount
        return out

    def month_detail(self, month: str) -> MonthDetail:
        """``month`` explained and reconciled (made on first use, a few months kept)."""
        found = self._details.get(month)
        if found is None:
            found = explain_month(self.book, self.histories, month)
            if len(self._details) >= 3:
                self._details.pop(next(iter(self._details)))
            self._details[month] = found
        return found

    def charges(self, month: str) -> list[Charge]:
        """Every charge and explained free conversation of ``month``."""
        return self.month_detail(month).charges

    def mismatches(self, month: str) -> list[Mismatch]:
        return self.month_detail(month).mismatches

    def for_contact(self, key: str) -> tuple[list[PricingEvent], BillResult] | None:
        """The events of ``key``'s WABA and its explained bill, for the explain timeline."""
        for hist in self.histories.values():
            if any(ev.contact == key for ev in hist.events):
                bill = BillingEngine(self.book, hist.settings).bill(hist.events, explain=True)
                return hist.events, bill
        return None


def months_of(events: list[PricingEvent], tz: ZoneInfo) -> list[str]:
    """Every "YYYY-MM" holding one of the time-ordered ``events`` (a zone lookup per month,
    and a bisection to the next month's first event, not a lookup per event)."""
    out: list[str] = []
    i = 0
    while i < len(events):
        _start, end, key = month_bounds(events[i].t, tz)
        out.append(key)
        i = bisect_left(events, end, i + 1, key=_event_time)
    return out


def month_range(month: str, tz: ZoneInfo) -> tuple[int, int]:
    """Unix start and end of local ``month`` ("YYYY-MM")."""
    year, mon = (int(x) for x in month.split("-"))
    probe = int(datetime(year, mon, 15, tzinfo=UTC).timestamp())
    start, end, _key = month_bounds(probe, tz)
    return start, end


# -- reading ---------------------------------------------------------------------------


FLAG_COLUMNS = ("billable", "pricing_model", "pricing_type", "category")


def _record_of(record: Any, status: str) -> Any:
    """Join condition: ``record`` is the outbound message's record of ``status``."""
    return (
        (Message.direction == "out") & (record.wamid == Message.wamid) & (record.status == status)
    )


def _first_record(name: str, *records: Any) -> Any:
    """Column ``name`` of the first of ``records`` that exists."""
    return case(
        *((record.id.is_not(None), getattr(record, name)) for record in records[:-1]),
        else_=getattr(records[-1], name),
    )


def _message_rows(since: int | None, until: int | None = None) -> Any:
    """The columns billing needs, one row per message, in id order: the delivery time (an
    index lookup per outbound message) and Meta's ``pricing`` record of the delivered
    status, else the read one, else the sent one (joins on the (wamid, status) index)."""
    out = Message.direction == "out"
    delivered_at = (
        select(func.min(MessageStatus.timestamp))
        .where(MessageStatus.message_id == Message.id, MessageStatus.status.in_(DELIVERED))
        .correlate(Message)
        .scalar_subquery()
    )
    on_delivery, on_read, on_send = (aliased(BillingRecord) for _ in range(3))
    payload = Message.payload
    is_template = Message.type == "template"
    query = (
        select(
            Message.id,
            Message.conversation_id,
            Message.phone_number_id,
            Message.wamid,
            Message.direction,
            Message.type,
            Message.status,
            Message.status_ts,
            Message.timestamp,
            case((out, delivered_at), else_=None),
            case((is_template, payload[("template", "name")].as_string()), else_=None),
            case((is_template, payload[("template", "language", "code")].as_string()), else_=None),
            case((out, None), else_=payload["referral"].as_string()),
            *(_first_record(name, on_delivery, on_read, on_send) for name in FLAG_COLUMNS),
        )
        .outerjoin(on_delivery, _record_of(on_delivery, "delivered"))
        .outerjoin(on_read, _record_of(on_read, "read"))
        .outerjoin(on_send, _record_of(on_send, "sent"))
        .order_by(Message.id)
    )
    return query.where(*in_period(since, until))


def read_history(
    session: Session,
    *,
    since: int | None = None,
    until: int | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    batch: int = BATCH,
) -> StoredHistory:
    """Every WABA's events of [since, until) (None: unbounded); run it on the DB thread."""
    report = progress or _no_progress
    count_query = select(func.count(Message.id))
    if since is not None:
        count_query = count_query.where(Message.timestamp >= since)
    if until is not None:
        count_query = count_query.where(Message.timestamp < until)
    total = int(session.scalar(count_query) or 0)
    report(0, total)
    with no_cyclic_gc():
        return _read(session, since, until, total, report, cancel, batch)


def _read(
    session: Session,
    since: int | None,
    until: int | None,
    total: int,
    report: Progress,
    cancel: threading.Event | None,
    batch: int,
) -> StoredHistory:
    reader = _HistoryReader(session, since, until)
    # Core rows through the session's connection: no ORM bookkeeping per row.
    result = session.connection().execute(
        _message_rows(since, until).execution_options(stream_results=True)
    )
    done = 0
    for rows in result.partitions(batch):
        _check(cancel)
        for row in rows:
            reader.add(row)
        done += len(rows)
        report(done, total)
    return reader.finish()


class _HistoryReader:
    """Turns message rows into events per WABA (shared strings: a year holds millions)."""

    def __init__(self, session: Session, since: int | None, until: int | None) -> None:
        self.stored = StoredHistory({}, since=since)
        self.wabas = {
            wid: (name or wid, tz or "UTC", cur or "USD")
            for wid, name, tz, cur in session.execute(
                select(Waba.id, Waba.name, Waba.timezone, Waba.currency)
            )
        }
        names = self.stored.names
        names.update({wid: name for wid, (name, _tz, _cur) in self.wabas.items()})
        self.waba_of: dict[str, str] = {}
        for number_id, waba_id, display, verified in session.execute(
            select(
                PhoneNumber.id,
                PhoneNumber.waba_id,
                PhoneNumber.display_phone_number,
                PhoneNumber.verified_name,
            )
        ):
            self.waba_of[number_id] = waba_id or ""
            names[number_id] = (
                " ".join(x for x in (verified or "", display or "") if x) or number_id
            )
        self.templates: dict[tuple[str, str, str], str] = {}
        for waba_id, name, language, category in session.execute(
            select(Template.waba_id, Template.name, Template.language, Template.category)
        ):
            cat = normalise_category(category or "")
            self.templates[(waba_id, name, language)] = cat
            self.templates.setdefault((waba_id, name, ""), cat)
        # conversation id -> (contact key, WhatsApp number, stored country); the country is
        # settled on first use (parsed from the number where none is stored).
        self.conversations: dict[int, tuple[str, str | None, str | None]] = {}
        self.contacts: dict[int, tuple[str, str]] = {}  # conversation id -> (key, country)
        labels = self.stored.labels
        for conv_id, contact_id, wa_id, user_id, profile, username, country in session.execute(
            select(
                Conversation.id,
                Contact.id,
                Contact.wa_id,
                Contact.user_id,
                Contact.profile_name,
                Contact.username,
                Contact.country,
            )
            .join(Contact, Conversation.contact_id == Contact.id)
            .where(*conversations_in(since, until))
        ):
            key = str(user_id or wa_id or contact_id)
            self.conversations[conv_id] = (key, wa_id, country)
            number = f"+{wa_id}" if wa_id else (f"@{username}" if username else "")
            labels[key] = " ".join(x for x in (profile or "", number) if x) or f"#{contact_id}"
        self.flags: dict[tuple[Any, ...], MetaFlag] = {}  # one object per distinct flag

    def history(self, waba: str) -> WabaHistory:
        found = self.stored.histories.get(waba)
        if found is None:
            _name, tz, currency = self.wabas.get(waba, (waba, "UTC", "USD"))
            settings = BillingSettings(era=AUTO, timezone=tz, currency=currency)
            found = self.stored.histories[waba] = WabaHistory(waba, settings)
        return found

    def leave_out(self, text: str, wamid: str) -> None:
        self.stored.left_out += 1
        if len(self.stored.issues) < MAX_ISSUES:
            self.stored.issues.append(Phrase(CTX, text, {"wamid": wamid}))

    def contact(self, conv_id: int) -> tuple[str, str]:
        """The contact key and country ("" when unknown) of a conversation."""
        key, wa_id, stored = self.conversations.get(conv_id, (f"conv{conv_id}", None, None))
        country = usable_country(stored, wa_id)
        self.contacts[conv_id] = (key, country)
        return key, country

    def add(self, row: Any) -> None:
        """One message row (see :func:`_message_rows`) as an event of its WABA."""
        (msg_id, conv_id, phone, wamid, direction, mtype, status, status_ts, ts, delivered_at,
         tpl_name, tpl_lang, referral, billable, pricing_model, pricing_type,
         meta_category) = row  # fmt: skip
        contact, country = self.contacts.get(conv_id) or self.contact(conv_id)
        if not country:
            self.leave_out(UNKNOWN_COUNTRY, wamid or f"message:{msg_id}")
            return
        waba = self.waba_of.get(phone, "")
        hist = self.stored.histories.get(waba) or self.history(waba)
        if direction == "in":
            entry = "ctwa" if referral else None
            hist.events.append(
                PricingEvent(ts, "in", "free_form", country, None, contact, entry, True, waba,
                             phone, wamid or f"message:{msg_id}")
            )  # fmt: skip
            return
        t = delivered_at
        if t is None and status in DELIVERED:
            t = status_ts or ts
        category = None
        if mtype == "template":
            category = self.template_category(waba, tpl_name, tpl_lang, meta_category)
            if category is None:
                self.leave_out(UNKNOWN_CATEGORY, wamid or f"message:{msg_id}")
                return
            if wamid and tpl_name:
                hist.templates[wamid] = tpl_name
        kind = "template" if mtype == "template" else "free_form"
        hist.events.append(
            PricingEvent(t if t is not None else ts, "out", kind, country, category, contact,
                         None, t is not None, waba, phone, wamid or f"message:{msg_id}")
        )  # fmt: skip
        if wamid and (billable is not None or pricing_type or meta_category):
            key = (billable, pricing_model, pricing_type, meta_category)
            flag = self.flags.get(key)
            if flag is None:
                flag = self.flags[key] = MetaFlag(*key)
            hist.meta[wamid] = flag

    def template_category(
        self, waba: str, name: str | None, language: str | None, meta_category: str | None
    ) -> str | None:
        """Our template's category, else the one Meta billed it as."""
        found = self.templates.get((waba, name or "", language or "")) or self.templates.get(
            (waba, name or "", "")
        )
        if found is None and meta_category:
            meta_cat = normalise_category(meta_category)
            found = meta_cat if meta_cat in TEMPLATE_CATEGORIES else None
        return found

    def finish(self) -> StoredHistory:
        for hist in self.stored.histories.values():
            hist.events.sort(key=_event_time)  # nearly sorted already: one pass
        return self.stored


def _event_time(ev: PricingEvent) -> int:
    return ev.t


# -- billing ---------------------------------------------------------------------------


def price_history(
    book: RateBook,
    stored: StoredHistory,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    eras: tuple[str, ...] = ERAS,
    kept: ClosedMonths | None = None,
) -> HistoryReport:
    """Bill every WABA's history under the rules of each message's day and under each of
    ``eras`` (run in a worker thread; ``cancel`` is checked after each bill). ``kept``:
    closed months billed before, which ``stored`` need not hold."""
    report = progress or _no_progress
    histories = stored.histories
    steps = max(len(histories), 1) * (2 + len(eras))
    report(0, steps)
    bills: dict[str, BillResult] = {}
    what_if: dict[str, dict[str, BillResult]] = {era: {} for era in eras}
    notices = _settle_currencies(book, stored)
    per_waba = 2 + len(eras)
    for n, (waba, hist) in enumerate(histories.items()):
        _check(cancel)
        timeline = Timeline(waba, hist.settings)
        for ev in hist.events:
            timeline.add_event(ev)
        billed = _bill_waba(book, timeline, eras, _offset(report, n * per_waba, steps), cancel)
        bills[waba] = billed[AUTO]
        for era in eras:
            what_if[era][waba] = billed[era]
    report(steps, steps)
    return HistoryReport(
        book, stored, bills, what_if, notices, _contact_choices(stored), kept or ClosedMonths()
    )


def _bill_waba(
    book: RateBook,
    timeline: Timeline,
    eras: tuple[str, ...],
    progress: Progress,
    cancel: threading.Event | None,
    months_out: set[str] | None = None,
) -> dict[str, BillResult]:
    """One WABA's bills under each day's rules ("auto") and each of ``eras``."""
    with no_cyclic_gc():  # hundreds of thousands of small tuples, no cycles
        return bill_eras(
            book, timeline, (AUTO, *eras), progress=progress, cancel=cancel, months_out=months_out
        )


def _offset(report: Progress, base: int, steps: int) -> Progress:
    """Progress of one WABA's steps as part of ``steps`` (``base`` done before it)."""

    def forward(done: int, _total: int) -> None:
        report(base + done, steps)

    return forward


def reprice_year(
    book: RateBook,
    read: TimelineRead,
    now: int,
    *,
    eras: tuple[str, ...] = ERAS,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ClosedMonths:
    """Every closed month of ``read`` billed under each day's rules and every era (in a
    worker thread; ``cancel`` is checked between steps). The months still open are left
    to the opening replay, which holds their events for explanations."""
    report = progress or _no_progress
    timelines = read.timelines
    per_waba = 2 + len(eras)
    steps = max(len(timelines), 1) * per_waba
    report(0, steps)
    kept = ClosedMonths()
    currencies = book.currencies()
    for n, (waba, timeline) in enumerate(timelines.items()):
        _check(cancel)
        if timeline.settings.currency not in currencies:
            fallback = "USD" if "USD" in currencies else currencies[0]
            timeline.settings = replace(timeline.settings, currency=fallback)
        months: set[str] = set()  # every local month holding an event
        forward = _offset(report, n * per_waba, steps)
        billed = _bill_waba(book, timeline, eras, forward, cancel, months)
        tz = zone(timeline.settings.timezone)
        closed: dict[str, bool] = {}
        for era, bill in billed.items():
            by_month: dict[str, list[BillLine]] = {}
            for ln in bill.lines:
                by_month.setdefault(ln.month, []).append(ln)
            for month in months | set(by_month):
                if month not in closed:
                    closed[month] = is_closed(month_range(month, tz)[1], now)
                if closed[month]:
                    kept.keep(waba, month, era, bill.currency, by_month.get(month, []))
    report(steps, steps)
    return kept


def waba_settings(session: Session) -> dict[str, str]:
    """``{waba: "zone currency"}``: what kept months were billed with (DB thread)."""
    return {
        wid: f"{tz or 'UTC'} {cur or 'USD'}"
        for wid, tz, cur in session.execute(select(Waba.id, Waba.timezone, Waba.currency))
    }


def resume_from(kept: ClosedMonths, settings: dict[str, str]) -> int | None:
    """Where reading must start so that every month after the kept ones is billed whole
    (None: some WABA has nothing kept, read everything)."""
    starts: list[int] = []
    for waba, value in settings.items():
        months = kept.kept(waba)
        if not months:
            return None
        tz = zone(value.split(" ")[0])
        _start, end = month_range(max(months), tz)
        starts.append(end - CONTEXT_SECONDS)
    return min(starts) if starts else None


def keep_closed_months(
    report: HistoryReport, kept: ClosedMonths, settings: dict[str, str], now: int
) -> int:
    """Store every closed month the report billed whole; returns how many were added."""
    added = 0
    for waba, hist in report.histories.items():
        if waba not in settings or not hist.events:
            continue
        for month in months_of(hist.events, hist.zone):
            if month in kept.kept(waba) or not report.covers(month):
                continue
            _start, end = month_range(month, hist.zone)
            if not is_closed(end, now):
                continue
            for era in (AUTO, *report.what_if):
                bill = report.bills[waba] if era == AUTO else report.what_if[era][waba]
                lines = [ln for ln in bill.lines if ln.month == month]
                kept.keep(waba, month, era, bill.currency, lines)
            added += 1
    return added


def _settle_currencies(book: RateBook, stored: StoredHistory) -> list[Phrase]:
    """A WABA billed in a currency with no card (JPY) is shown at the USD list price."""
    notices: list[Phrase] = []
    currencies = book.currencies()
    for waba, hist in stored.histories.items():
        if hist.settings.currency in currencies:
            continue
        fallback = "USD" if "USD" in currencies else currencies[0]
        notices.append(
            Phrase(
                "PricingHistory",
                QT_TRANSLATE_NOOP(
                    "PricingHistory",
                    "{waba} is billed in {currency}, which has no rate card here; its "
                    "figures are in {fallback}. Import Meta's {currency} card for exact "
                    "amounts.",
                ),
                {
                    "waba": stored.names.get(waba, waba),
                    "currency": hist.settings.currency,
                    "fallback": fallback,
                },
            )
        )
        hist.settings = replace(hist.settings, currency=fallback)
    return notices


def _contact_choices(stored: StoredHistory) -> list[ContactChoice]:
    contacts: dict[str, ContactChoice] = {}
    for waba, hist in stored.histories.items():
        for ev in hist.events:
            if ev.contact not in contacts:
                label = stored.labels.get(ev.contact, ev.contact)
                contacts[ev.contact] = ContactChoice(ev.contact, label, waba)
    return sorted(contacts.values(), key=lambda c: c.label.lower())


def _month_events(events: list[PricingEvent], start: int, end: int) -> Iterator[PricingEvent]:
    """The events of [start - CONTEXT_SECONDS, end) (time-ordered input)."""
    lo = bisect_left(events, start - CONTEXT_SECONDS, key=_event_time)
    hi = bisect_left(events, end, lo, key=_event_time)
    return iter(events[lo:hi])


def explain_month(book: RateBook, histories: dict[str, WabaHistory], month: str) -> MonthDetail:
    """``month`` explained per WABA (with the days before it as context) and reconciled."""
    bills: dict[str, BillResult] = {}
    charges: list[Charge] = []
    mismatches: list[Mismatch] = []
    checked = 0
    for waba, hist in histories.items():
        start, end = month_range(month, hist.zone)
        bill = BillingEngine(book, hist.settings).bill(
            _month_events(hist.events, start, end), explain=True
        )
        in_month = [c for c in bill.charges if start <= c.t < end]
        bill.lines = [ln for ln in bill.lines if ln.month == month]
        bills[waba] = bill
        charges.extend(in_month)
        found, n = reconcile(hist, bill, start, end)
        mismatches.extend(found)
        checked += n
    charges.sort(key=lambda c: c.t)
    mismatches.sort(key=lambda m: m.t)
    return MonthDetail(month, bills, charges, mismatches, checked)


def reconcile(
    hist: WabaHistory, bill: BillResult, start: int, end: int
) -> tuple[list[Mismatch], int]:
    """Our decision against Meta's ``billable`` flag for each outbound message of
    [start, end) (PMP: per message; CBP: the message that opened a conversation); also
    how many messages carried a flag. ``bill`` is explained and its decisions index the
    events it was given, which are ``hist.events`` from the month's context start."""
    out: list[Mismatch] = []
    checked = 0
    offset = bisect_left(hist.events, start - CONTEXT_SECONDS, key=_event_time)
    for d in bill.decisions:
        if not start <= d.t < end:
            continue
        ev = hist.events[offset + d.index]
        flag = hist.meta.get(ev.ref)
        if ev.direction != "out" or flag is None:
            continue
        checked += 1
        reason = _disagreement(flag, d.rule, d.billable, d.category, d.pricing_model)
        if reason is not None:
            meta_billable, meta_cat, why = reason
            out.append(
                Mismatch(
                    wamid=ev.ref, t=ev.t, waba=ev.waba, phone_number=ev.phone_number,
                    contact=ev.contact, ours_billable=d.billable or d.rule == "free_tier",
                    meta_billable=meta_billable, ours_category=d.category,
                    meta_category=meta_cat, meta_pricing_model=flag.pricing_model,
                    reason=why, rule=d.rule, template=hist.templates.get(ev.ref, ""),
                )
            )  # fmt: skip
    return out, checked


def _disagreement(
    flag: MetaFlag, rule: str, billable: bool, category: str | None, model: str | None
) -> tuple[bool | None, str | None, Phrase] | None:
    """Meta's billable flag and category, and why they differ from ours (None: they agree)."""
    meta_billable = flag.billable
    meta_cat = normalise_category(flag.category) if flag.category else None
    if flag.pricing_type:
        # PMP webhooks: "regular" is charged, the free_* types are not.
        meta_billable = flag.pricing_type == "regular"
    if flag.pricing_model == "CBP" and model == "CBP":
        if rule not in ("conversation_opened", "free_tier"):
            return None  # CBP flags describe the conversation, not this message
        meta_billable = meta_billable and meta_cat != "referral_conversion"
    ours = billable or rule == "free_tier"
    if meta_billable is not None and bool(meta_billable) != ours:
        return (
            meta_billable,
            meta_cat,
            Phrase(
                CTX,
                QT_TRANSLATE_NOOP(
                    "Pricing", "Meta marked it {meta}, our rules say {ours} ({rule})."
                ),
                {
                    "meta": "billable" if meta_billable else "free",
                    "ours": "billable" if ours else "free",
                    "rule": rule,
                },
            ),
        )
    if (
        ours
        and meta_cat
        and category
        and meta_cat != category
        and meta_cat not in ("user_initiated", "business_initiated")
    ):
        return (
            meta_billable,
            meta_cat,
            Phrase(
                CTX,
                QT_TRANSLATE_NOOP("Pricing", "Meta charged it as {meta}, our rules as {ours}."),
                {"meta": meta_cat, "ours": category},
            ),
        )
    return None
