"""History replay on a real SQLite file: the bill per month/WABA/number/category/market,
reconciliation against Meta's billable flags, what-if per era, CSV export."""

from __future__ import annotations

import csv
import io
import threading
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.db import Database
from desktop.models.entities import (
    BillingRecord,
    Business,
    Contact,
    Conversation,
    Message,
    MessageStatus,
    PhoneNumber,
    Template,
    Waba,
)
from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.eras import ERAS
from desktop.services.pricing.export import write_charges_csv
from desktop.services.pricing.history import (
    HistoryCancelled,
    HistoryReport,
    price_history,
    read_history,
)


def ts(text: str) -> int:
    return int(datetime.fromisoformat(text).astimezone(UTC).timestamp())


def seed(session: Session) -> None:
    session.add(Business(id="biz", name="Shop"))
    session.add(
        Waba(id="w1", business_id="biz", name="Shop JP", currency="USD", timezone="Asia/Tokyo")
    )
    session.add(PhoneNumber(id="p1", waba_id="w1", display_phone_number="81300000000"))
    session.add_all([
        Template(waba_id="w1", name="order_update", language="ja", category="UTILITY",
                 status="APPROVED"),
        Template(waba_id="w1", name="promo", language="ja", category="MARKETING",
                 status="APPROVED"),
    ])  # fmt: skip
    jp = Contact(wa_id="819012345678")
    br = Contact(wa_id="5511987654321")
    session.add_all([jp, br])
    session.flush()
    cj = Conversation(phone_number_id="p1", contact_id=jp.id)
    cb = Conversation(phone_number_id="p1", contact_id=br.id)
    session.add_all([cj, cb])
    session.flush()
    n = 0

    def out(
        conv: Conversation,
        when: str,
        kind: str,
        template: str | None,
        status: str | None,
        billing: dict[str, Any] | None,
    ) -> None:
        nonlocal n
        n += 1
        wamid = f"wamid.{n}"
        payload = {"template": {"name": template, "language": {"code": "ja"}}} if template else {}
        msg = Message(
            conversation_id=conv.id,
            phone_number_id="p1",
            wamid=wamid,
            direction="out",
            type=kind,
            payload=payload,
            status=status,
            timestamp=ts(when) - 5,
            delivered_at=ts(when) if status in ("delivered", "read") else None,  # as ingest
        )
        session.add(msg)
        session.flush()
        session.add(
            MessageStatus(message_id=msg.id, wamid=wamid, status="sent", timestamp=ts(when) - 3)
        )
        if status:
            session.add(
                MessageStatus(message_id=msg.id, wamid=wamid, status=status, timestamp=ts(when))
            )
        if billing:
            session.add(
                BillingRecord(
                    wamid=wamid,
                    status=status or "sent",
                    timestamp=ts(when),
                    waba_id="w1",
                    phone_number_id="p1",
                    **billing,
                )
            )

    def inbound(conv: Conversation, when: str) -> None:
        nonlocal n
        n += 1
        session.add(
            Message(
                conversation_id=conv.id,
                phone_number_id="p1",
                wamid=f"wamid.in{n}",
                direction="in",
                type="text",
                payload={},
                timestamp=ts(when),
            )
        )

    pmp = {"pricing_model": "PMP"}
    free_cs = {**pmp, "billable": False, "pricing_type": "free_customer_service"}
    regular = {**pmp, "billable": True, "pricing_type": "regular"}
    # Japan (Rest of Asia Pacific), August 2025 in Tokyo time.
    inbound(cj, "2025-08-04T10:00:00+09:00")
    out(cj, "2025-08-04T10:05:00+09:00", "text", None, "read", {**free_cs, "category": "service"})
    out(
        cj,
        "2025-08-04T11:00:00+09:00",
        "template",
        "order_update",
        "delivered",
        {**free_cs, "category": "utility"},
    )
    out(
        cj,
        "2025-08-10T09:00:00+09:00",
        "template",
        "promo",
        "delivered",
        {**regular, "category": "marketing"},
    )
    # Brazil.
    out(
        cb,
        "2025-08-05T12:00:00+09:00",
        "template",
        "promo",
        "delivered",
        {**regular, "category": "marketing"},
    )
    out(cb, "2025-08-06T12:00:00+09:00", "template", "promo", "failed", None)
    # Meta says free, our rules say charged (no window open): a mismatch to list.
    out(
        cb,
        "2025-08-20T12:00:00+09:00",
        "template",
        "order_update",
        "delivered",
        {**free_cs, "category": "utility"},
    )
    # 2025-08-31T16:00Z is already September in Tokyo.
    out(
        cb,
        "2025-08-31T16:00:00+00:00",
        "template",
        "promo",
        "delivered",
        {**regular, "category": "marketing"},
    )


@pytest.fixture
def db(db_url: str) -> Database:
    database = Database(db_url)
    database.migrate_sync()
    database.call(seed)
    yield database  # type: ignore[misc]
    database.close()


def report_of(db: Database) -> HistoryReport:
    """The History tab's path: read on the DB thread, then bill."""
    return price_history(load_bundled_cards(), db.call(read_history))


def by_line(report: HistoryReport, month: str) -> dict[tuple[str, ...], tuple[int, Decimal]]:
    out: dict[tuple[str, ...], tuple[int, Decimal]] = {}
    for currency, ln in report.lines(month):
        key = (ln.waba, ln.phone_number, ln.category, ln.market, currency)
        count, amount = out.get(key, (0, Decimal(0)))
        out[key] = (count + ln.count, amount + ln.amount)
    return out


def test_real_bill_of_a_month_by_waba_number_category_market(db: Database) -> None:
    report = report_of(db)
    assert by_line(report, "2025-08") == {
        ("w1", "p1", "marketing", "Rest of Asia Pacific", "USD"): (1, Decimal("0.0732")),
        ("w1", "p1", "marketing", "Brazil", "USD"): (1, Decimal("0.0625")),
        ("w1", "p1", "utility", "Brazil", "USD"): (1, Decimal("0.0068")),
    }
    assert report.totals("2025-08") == {"USD": Decimal("0.1425")}
    assert report.totals("2025-09") == {"USD": Decimal("0.0625")}  # the Tokyo month boundary
    assert report.months() == ["2025-08", "2025-09"]


def test_reconciliation_lists_each_mismatch(db: Database) -> None:
    detail = report_of(db).month_detail("2025-08")
    assert len(detail.mismatches) == 1
    mismatch = detail.mismatches[0]
    assert mismatch.ours_billable is True and mismatch.meta_billable is False
    assert mismatch.ours_category == "utility"
    assert mismatch.template == "order_update" and mismatch.rule == "pmp_template_charged"
    assert "Meta marked it free" in mismatch.reason.render()
    # Five messages carried pricing (the first reply on its read status, found too).
    assert detail.checked == 5


def test_month_under_every_era(db: Database) -> None:
    report = report_of(db)
    assert set(report.what_if) == set(ERAS)
    assert report.totals("2025-08") == {"USD": Decimal("0.1425")}
    assert report.totals("2025-08", "pmp-2025") == {"USD": Decimal("0.1425")}
    # Oct 2026 rules: the utility template inside the window is charged too.
    assert report.totals("2025-08", "pmp-2026-10") == {"USD": Decimal("0.1538")}
    assert report.totals("2025-08", "cbp-2023") != report.totals("2025-08", "pmp-2025")


def test_csv_export_of_every_charge(db: Database) -> None:
    charges = report_of(db).charges("2025-08")
    buffer = io.StringIO()
    count = write_charges_csv(buffer, charges)
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert count == len(rows) == 3
    assert sum(Decimal(r["amount"]) for r in rows) == Decimal("0.1425")
    assert {r["market"] for r in rows} == {"Rest of Asia Pacific", "Brazil"}
    assert all(r["rule"] and r["explanation"] for r in rows)


def test_waba_without_a_card_in_its_currency_is_said_and_shown_in_usd(db: Database) -> None:
    def to_jpy(session: Session) -> None:
        waba = session.get(Waba, "w1")
        assert waba is not None
        waba.currency = "JPY"

    db.call(to_jpy)
    report = report_of(db)
    assert any("JPY" in notice.render() for notice in report.notices)
    assert report.totals("2025-08") == {"USD": Decimal("0.1425")}


def test_reading_can_be_cancelled_and_reports_progress(db: Database) -> None:
    import threading

    seen: list[tuple[int, int]] = []
    stored = db.call(read_history, progress=lambda d, t: seen.append((d, t)), batch=3)
    assert seen == [(0, 8), (3, 8), (6, 8), (8, 8)]
    assert sum(len(h.events) for h in stored.histories.values()) == 8
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(HistoryCancelled):
        db.call(read_history, cancel=cancel)


def _keep(db: Database, now: int) -> int:
    """Bill everything, keep the months closed at ``now`` in the database."""
    from desktop.services.pricing.history import keep_closed_months, waba_settings
    from desktop.services.pricing.history_months import (
        ClosedMonths,
        load_closed_months,
        store_closed_months,
    )

    book = load_bundled_cards()
    _kept, mark = db.call(load_closed_months, book)
    fresh = ClosedMonths()
    keep_closed_months(report_of(db), fresh, db.call(waba_settings), now)
    return db.call(store_closed_months, book, fresh, mark)


def test_closed_months_are_kept_and_only_new_months_are_read(db: Database) -> None:
    from desktop.services.pricing.history import resume_from, waba_settings
    from desktop.services.pricing.history_months import load_closed_months

    book = load_bundled_cards()
    full = report_of(db)
    # On 2025-09-20 August is closed (it ended in Tokyo), September is not.
    assert _keep(db, ts("2025-09-20T00:00:00+00:00")) == 1
    loaded, _mark = db.call(load_closed_months, book)
    since = resume_from(loaded, db.call(waba_settings))
    assert since is not None and since > ts("2025-08-25T00:00:00+09:00")
    stored = db.call(read_history, since=since)
    assert sum(len(h.events) for h in stored.histories.values()) == 1  # September's only
    opened = price_history(book, stored, kept=loaded)
    assert opened.months() == ["2025-08", "2025-09"]
    for era in ("auto", *ERAS):
        assert opened.totals("2025-08", era) == full.totals("2025-08", era)
        assert opened.totals("2025-09", era) == full.totals("2025-09", era)
    assert not opened.covers("2025-08") and opened.covers("2025-09")


def test_kept_months_are_dropped_when_cards_or_settings_change(db: Database) -> None:
    from desktop.services.pricing.history_months import load_closed_months

    book = load_bundled_cards()
    assert _keep(db, ts("2026-01-01T00:00:00+00:00")) == 2
    assert db.call(load_closed_months, book)[0].kept("w1")
    card = book.cards[-1].with_overrides({("India", "marketing"): "0.5"})
    assert not db.call(load_closed_months, book.with_card(card))[0].kept("w1")
    assert _keep(db, ts("2026-01-01T00:00:00+00:00")) == 2

    def move_to_utc(session: Session) -> None:
        session.get(Waba, "w1").timezone = "UTC"  # type: ignore[union-attr]
        session.commit()

    db.call(move_to_utc)
    assert not db.call(load_closed_months, book)[0].kept("w1")


def test_late_status_for_a_kept_month_bills_it_again(db: Database) -> None:
    """A delivery status that arrives after August was kept drops August (and later
    months); a status of a message of the open month keeps it."""
    from desktop.services.pricing.history_months import load_closed_months

    book = load_bundled_cards()
    assert _keep(db, ts("2026-01-01T00:00:00+00:00")) == 2
    assert set(db.call(load_closed_months, book)[0].kept("w1")) == {"2025-08", "2025-09"}

    def late_status(session: Session, wamid: str, status: str) -> None:
        msg = session.scalars(select(Message).where(Message.wamid == wamid)).one()
        session.add(MessageStatus(message_id=msg.id, wamid=wamid, status=status,
                                  timestamp=msg.timestamp + 60))  # fmt: skip
        if status in ("delivered", "read") and msg.delivered_at is None:
            msg.delivered_at = msg.timestamp + 60  # as ingest keeps it
        session.commit()

    db.call(late_status, "wamid.8", "read")  # the September message
    assert set(db.call(load_closed_months, book)[0].kept("w1")) == {"2025-08"}
    db.call(late_status, "wamid.5", "read")  # an August message: August goes too
    assert db.call(load_closed_months, book)[0].kept("w1") == {}


def test_year_re_price_equals_the_explained_history(db: Database) -> None:
    """The streamed re-price (plain columns, one pass per era) bills every closed month as
    the event-by-event history does, under every era."""
    from desktop.services.pricing.history import reprice_year
    from desktop.services.pricing.history_read import read_timelines

    book = load_bundled_cards()
    full = report_of(db)
    seen: list[int] = []
    read = db.call(read_timelines, progress=lambda d, t: seen.append(d), batch=4)
    assert seen[0] == 0 and len(seen) > 2
    year = reprice_year(book, read, ts("2026-01-01T00:00:00+00:00"))
    assert set(year.kept("w1")) == {"2025-08", "2025-09"}
    for month in ("2025-08", "2025-09"):
        for era in ("auto", *ERAS):
            currency, lines = year.kept("w1")[month][era]
            assert currency == "USD"
            mine = sorted((ln.phone_number, ln.market, ln.category, ln.rate, ln.count)
                          for ln in lines if ln.count)  # fmt: skip
            theirs = sorted((ln.phone_number, ln.market, ln.category, ln.rate, ln.count)
                            for _c, ln in full.lines(month, era))  # fmt: skip
            assert mine == theirs, (month, era)
    assert any(full.lines("2025-08", era) for era in ERAS)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(HistoryCancelled):
        db.call(read_timelines, cancel=cancel)


@pytest.mark.postgres
def test_year_re_price_and_kept_months_on_postgresql(pg_url: str) -> None:
    """The streamed read (a server-side cursor there) and the kept months on PostgreSQL."""
    from desktop.services.pricing.history import reprice_year
    from desktop.services.pricing.history_months import load_closed_months, store_closed_months
    from desktop.services.pricing.history_read import read_timelines

    database = Database(pg_url)
    try:
        database.migrate_sync()
        database.call(seed)
        book = load_bundled_cards()
        full = report_of(database)
        _kept, mark = database.call(load_closed_months, book)
        read = database.call(read_timelines, batch=3)
        year = reprice_year(book, read, ts("2026-01-01T00:00:00+00:00"))
        assert database.call(store_closed_months, book, year, mark) == 2
        loaded, _mark = database.call(load_closed_months, book)
        for month in ("2025-08", "2025-09"):
            currency, lines = loaded.kept("w1")[month]["auto"]
            assert currency == "USD"
            assert sum(ln.amount for ln in lines) == full.totals(month)["USD"]
    finally:
        database.close()
