"""Closed months of the history, billed once and kept in the database, so opening History
bills only what is new: the current month (and any month closed since the last visit).

A month is closed once it has ended in the WABA's zone. Its lines under the real rules and
under every era are kept in ``pricing_month`` (shared by every PC on PostgreSQL), with a
``basis``: a fingerprint of the rate cards, the WABA's zone and currency and its template
categories. A row with another basis is billed again. ``pricing_watermark`` holds the
newest message, status and ``pricing`` record the kept months have seen; when newer rows
belong to a kept month (a late delivery status, a message synced late), that month and
every later one are dropped and billed again. Run these functions on the DB thread.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.models.entities import (
    BillingRecord,
    Message,
    MessageStatus,
    PricingMonth,
    PricingWatermark,
    Template,
    Waba,
)
from desktop.services.pricing.billing_core import zone
from desktop.services.pricing.cards import RateBook
from desktop.services.pricing.eras import month_bounds
from desktop.services.pricing.model import BillLine

# month -> era ("auto" or an era) -> (currency, lines)
MonthLines = dict[str, dict[str, tuple[str, list[BillLine]]]]
Watermark = tuple[int, int, int]  # newest message, status and billing record id seen


def book_fingerprint(book: RateBook) -> str:
    """Changes whenever any card, rate or override changes."""
    text = json.dumps([card.to_json() for card in book.cards], sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _line_json(line: BillLine) -> list[Any]:
    return [
        line.phone_number, line.era, line.card_id, line.market, line.category, str(line.rate),
        line.count,
    ]  # fmt: skip


def _line(month: str, waba: str, raw: list[Any]) -> BillLine:
    phone, era, card_id, market, category, rate, count = raw
    return BillLine(
        month, waba, str(phone), str(era), str(card_id), str(market), str(category),
        Decimal(str(rate)), int(count),
    )  # fmt: skip


@dataclass
class ClosedMonths:
    """Kept months in memory: ``{waba: MonthLines}`` and messages left out per month."""

    months: dict[str, MonthLines] = field(default_factory=dict)
    left_out: dict[tuple[str, str], int] = field(default_factory=dict)

    def kept(self, waba: str) -> MonthLines:
        return self.months.get(waba, {})

    def keep(self, waba: str, month: str, era: str, currency: str, lines: list[BillLine]) -> None:
        self.months.setdefault(waba, {}).setdefault(month, {})[era] = (currency, lines)

    def count(self) -> int:
        return sum(len(m) for m in self.months.values())


def is_closed(month_end: int, now: int) -> bool:
    """True once the month ending at ``month_end`` (Unix time) is over."""
    return month_end <= now


def utc_month_start(ts: int) -> int:
    """00:00 UTC on the day before the first of the month holding ``ts`` (a zone-free
    lower bound of the local month's start)."""
    day = datetime.fromtimestamp(ts, UTC)
    first = datetime(day.year, day.month, 1, tzinfo=UTC) - timedelta(days=1)
    return int(first.timestamp())


def waba_bases(session: Session, book: RateBook) -> dict[str, str]:
    """``{waba: basis}``: what a kept month of each WABA must have been billed with."""
    cards = book_fingerprint(book)
    templates: dict[str, list[tuple[str, str, str]]] = {}
    for waba_id, name, language, category in session.execute(
        select(Template.waba_id, Template.name, Template.language, Template.category)
    ):
        templates.setdefault(waba_id, []).append((name, language, category or ""))
    out: dict[str, str] = {}
    for wid, tz, cur in session.execute(select(Waba.id, Waba.timezone, Waba.currency)):
        text = json.dumps([cards, tz or "UTC", cur or "USD", sorted(templates.get(wid, []))])
        out[wid] = hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    return out


def current_watermark(session: Session) -> Watermark:
    """The newest ids now: take it before reading, store it with what was billed."""
    return (
        int(session.scalar(select(func.max(Message.id))) or 0),
        int(session.scalar(select(func.max(MessageStatus.id))) or 0),
        int(session.scalar(select(func.max(BillingRecord.id))) or 0),
    )


def _stored_watermark(session: Session) -> Watermark:
    row = session.get(PricingWatermark, 1)
    return (row.message_id, row.status_id, row.record_id) if row else (0, 0, 0)


def _earliest_touched(session: Session, since: Watermark) -> int | None:
    """The earliest message time that rows newer than ``since`` belong to (None: none)."""
    msg_id, status_id, record_id = since
    # "+ 0": the time is not looked up in its index, the new rows are found by id.
    earliest = func.min(Message.timestamp + 0)
    found = [
        session.scalar(select(earliest).where(Message.id > msg_id)),
        session.scalar(
            select(earliest).where(
                Message.id.in_(select(MessageStatus.message_id).where(MessageStatus.id > status_id))
            )
        ),
        session.scalar(
            select(earliest).where(
                Message.wamid.in_(select(BillingRecord.wamid).where(BillingRecord.id > record_id))
            )
        ),
    ]
    times = [int(t) for t in found if t is not None]
    return min(times) if times else None


def load_closed_months(session: Session, book: RateBook) -> tuple[ClosedMonths, Watermark]:
    """The kept months still valid for ``book`` and the data, and the watermark to store
    with months billed from now on. Invalid rows are deleted (and committed)."""
    bases = waba_bases(session, book)
    now_mark = current_watermark(session)
    kept = ClosedMonths()
    rows = list(session.scalars(select(PricingMonth)))
    if not rows:
        return kept, now_mark
    touched = _earliest_touched(session, _stored_watermark(session))
    stale: list[tuple[str, str]] = []
    for row in rows:
        if bases.get(row.waba_id) != row.basis:
            stale.append((row.waba_id, row.month))
            continue
        tz = zone(_zone_of(session, row.waba_id))
        _start, end = month_range(row.month, tz)
        if touched is not None and end > touched:
            stale.append((row.waba_id, row.month))
            continue
        try:
            data = json.loads(row.bills)
            for era, (currency, lines) in data.items():
                kept.keep(
                    row.waba_id, row.month, era, str(currency),
                    [_line(row.month, row.waba_id, raw) for raw in lines],
                )  # fmt: skip
        except (ValueError, TypeError, ArithmeticError):
            kept.months.get(row.waba_id, {}).pop(row.month, None)
            stale.append((row.waba_id, row.month))
            continue
        kept.left_out[(row.waba_id, row.month)] = row.left_out
    for waba, month in stale:
        session.execute(
            delete(PricingMonth).where(PricingMonth.waba_id == waba, PricingMonth.month == month)
        )
    if stale:
        session.commit()
    return kept, now_mark


def store_closed_months(
    session: Session, book: RateBook, kept: ClosedMonths, mark: Watermark
) -> int:
    """Write ``kept`` (replacing rows of the same months) and the watermark its data was
    read under; returns how many months were written. Another PC writing the same month
    at the same moment wins; nothing is lost, the month is billed the same."""
    bases = waba_bases(session, book)
    written = 0
    for waba, months in kept.months.items():
        basis = bases.get(waba)
        if basis is None:
            continue
        for month, eras in months.items():
            bills = {
                era: [currency, [_line_json(ln) for ln in lines if ln.count]]
                for era, (currency, lines) in eras.items()
            }
            session.execute(
                delete(PricingMonth).where(
                    PricingMonth.waba_id == waba, PricingMonth.month == month
                )
            )
            session.add(
                PricingMonth(
                    waba_id=waba,
                    month=month,
                    basis=basis,
                    bills=json.dumps(bills, separators=(",", ":")),
                    left_out=kept.left_out.get((waba, month), 0),
                )
            )
            written += 1
    row = session.get(PricingWatermark, 1)
    if row is None:
        session.add(
            PricingWatermark(id=1, message_id=mark[0], status_id=mark[1], record_id=mark[2])
        )
    else:
        row.message_id, row.status_id, row.record_id = mark
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return 0
    return written


def _zone_of(session: Session, waba: str) -> str:
    return str(session.scalar(select(Waba.timezone).where(Waba.id == waba)) or "UTC")


def month_range(month: str, tz: Any) -> tuple[int, int]:
    """Unix start and end of local ``month`` ("YYYY-MM")."""
    year, mon = (int(x) for x in month.split("-"))
    probe = int(datetime(year, mon, 15, tzinfo=UTC).timestamp())
    start, end, _key = month_bounds(probe, tz)
    return start, end
