"""The History tab's replay, in two steps so the UI can show progress and cancel between them.

1. :func:`read_history` on the DB thread (``await db.run(read_history)``): every WABA's
   events from :func:`desktop.services.pricing.history.load_history`, plus readable labels
   for the contacts (name and number) for the explain picker.
2. :func:`replay` in a worker thread: per WABA the explained bill under the rules in force
   at each message, the reconciliation with Meta's flags, and the bill under every era;
   progress is reported after each step and a set ``cancel`` event stops it.

No Qt here; the rules and the reconciliation are the pricing service's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import Contact, PhoneNumber, Waba
from desktop.services.pricing.cards import RateBook
from desktop.services.pricing.engine import BillingEngine
from desktop.services.pricing.eras import AUTO, ERAS, month_bounds
from desktop.services.pricing.history import Mismatch, WabaHistory, _reconcile, load_history
from desktop.services.pricing.model import BillLine, BillResult, Charge, PricingEvent
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

Progress = Callable[[int, int], None]
CTX = "PricingHistory"


class ReplayCancelled(Exception):
    """The user cancelled the replay; nothing was changed."""


@dataclass(frozen=True)
class ContactChoice:
    key: str  # the engine's contact key (BSUID, else phone number, else row id)
    label: str
    waba: str


@dataclass
class StoredHistory:
    """What :func:`read_history` read: events per WABA and the contacts' labels."""

    histories: dict[str, WabaHistory]
    labels: dict[str, str]
    names: dict[str, str] = field(default_factory=dict)  # WABA / number id -> readable name


@dataclass
class HistoryReport:
    """The replayed history of every WABA (each in its own currency)."""

    histories: dict[str, WabaHistory]
    bills: dict[str, BillResult]  # waba -> explained bill, rules in force at each message
    what_if: dict[str, dict[str, BillResult]]  # era -> waba -> bill under that era
    mismatches: list[Mismatch]
    issues: list[Phrase]
    contacts: list[ContactChoice] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    notices: list[Phrase] = field(default_factory=list)  # e.g. a currency without a card

    def name(self, ident: str) -> str:
        """A WABA's or number's readable name (the id when unknown)."""
        return self.names.get(ident, ident)

    @property
    def checked(self) -> int:
        """Outbound messages that carried Meta's ``pricing`` object."""
        return sum(len(h.meta) for h in self.histories.values())

    @property
    def events(self) -> int:
        return sum(len(h.events) for h in self.histories.values())

    @property
    def unverified_used(self) -> bool:
        return any(b.unverified_used for b in self.bills.values())

    def months(self) -> list[str]:
        """Every month with messages or charges, oldest first."""
        out = {ln.month for b in self.bills.values() for ln in b.lines}
        for hist in self.histories.values():
            try:
                zone: ZoneInfo | None = ZoneInfo(hist.settings.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                zone = None
            out.update(month_bounds(ev.t, zone)[2] for ev in hist.events)
        return sorted(out)

    def lines(self, month: str, era: str = AUTO) -> list[tuple[str, BillLine]]:
        """``(currency, line)`` of ``month`` (``era`` "auto": the real bill)."""
        bills = self.bills if era == AUTO else self.what_if.get(era, {})
        return [
            (bill.currency, ln)
            for bill in bills.values()
            for ln in bill.lines
            if ln.month == month and ln.count
        ]

    def totals(self, month: str, era: str = AUTO) -> dict[str, Decimal]:
        """``{currency: amount}`` of ``month`` under ``era``."""
        out: dict[str, Decimal] = {}
        for currency, ln in self.lines(month, era):
            out[currency] = out.get(currency, Decimal(0)) + ln.amount
        return out

    def charges(self, month: str | None = None) -> list[Charge]:
        """Every charge and explained free conversation (optionally of one month)."""
        out: list[Charge] = []
        for waba, bill in self.bills.items():
            hist = self.histories.get(waba)
            zone = ZoneInfo(hist.settings.timezone) if hist else None
            out.extend(
                c for c in bill.charges if month is None or month_bounds(c.t, zone)[2] == month
            )
        return sorted(out, key=lambda c: c.t)

    def for_contact(self, key: str) -> tuple[list[PricingEvent], BillResult] | None:
        """The events and explained bill of the WABA where ``key`` wrote or was written to."""
        for waba, hist in self.histories.items():
            if any(ev.contact == key for ev in hist.events):
                return hist.events, self.bills[waba]
        return None


def read_history(session: Session) -> StoredHistory:
    """Every WABA's events and the contacts' labels (run on the DB thread)."""
    histories = load_history(session)
    labels: dict[str, str] = {}
    for cid, wa_id, user_id, name, username in session.execute(
        select(Contact.id, Contact.wa_id, Contact.user_id, Contact.profile_name, Contact.username)
    ):
        key = str(user_id or wa_id or cid)
        number = f"+{wa_id}" if wa_id else (f"@{username}" if username else "")
        labels[key] = " ".join(x for x in (name or "", number) if x) or f"#{cid}"
    names: dict[str, str] = {}
    for waba_id, name in session.execute(select(Waba.id, Waba.name)):
        names[waba_id] = name or waba_id
    for number_id, display, verified in session.execute(
        select(PhoneNumber.id, PhoneNumber.display_phone_number, PhoneNumber.verified_name)
    ):
        names[number_id] = " ".join(x for x in (verified or "", display or "") if x) or number_id
    return StoredHistory(histories, labels, names)


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ReplayCancelled()


def replay(
    book: RateBook,
    stored: StoredHistory,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> HistoryReport:
    """Bill, reconcile and what-if every WABA's history (run in a worker thread)."""
    report_progress = progress or (lambda done, total: None)
    histories = stored.histories
    steps = max(len(histories), 1) * (1 + len(ERAS))
    done = 0
    report_progress(done, steps)
    bills: dict[str, BillResult] = {}
    what_if: dict[str, dict[str, BillResult]] = {era: {} for era in ERAS}
    mismatches: list[Mismatch] = []
    issues: list[Phrase] = []
    notices: list[Phrase] = []
    currencies = book.currencies()
    for waba, hist in histories.items():
        if hist.settings.currency not in currencies:
            # Meta has no card in some billing currencies (JPY): show the USD list price.
            fallback = "USD" if "USD" in currencies else currencies[0]
            notices.append(
                Phrase(
                    CTX,
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
        bill = BillingEngine(book, hist.settings).bill(hist.events, explain=True)
        bills[waba] = bill
        mismatches.extend(_reconcile(hist, bill))
        issues.extend(hist.issues)
        done += 1
        report_progress(done, steps)
        _check(cancel)
        for era in ERAS:
            engine = BillingEngine(book, replace(hist.settings, era=era))
            what_if[era][waba] = engine.bill(hist.events)
            done += 1
            report_progress(done, steps)
            _check(cancel)
    contacts: dict[str, ContactChoice] = {}
    for waba, hist in histories.items():
        for ev in hist.events:
            if ev.contact not in contacts:
                label = stored.labels.get(ev.contact, ev.contact)
                contacts[ev.contact] = ContactChoice(ev.contact, label, waba)
    ordered = sorted(contacts.values(), key=lambda c: c.label.lower())
    mismatches.sort(key=lambda m: m.t)
    return HistoryReport(
        histories, bills, what_if, mismatches, issues, ordered, stored.names, notices
    )
