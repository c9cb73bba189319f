"""History replay on a sandbox-shaped database: bill, what-if per era, reconciliation, explain."""

from __future__ import annotations

import csv
import gc
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from app_harness import reply_and_send_a_utility_template
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.app import RunningApp
from desktop.models.db import Database
from desktop.models.entities import Message, PhoneNumber, Template, Waba
from desktop.services.directory import upsert_contact, upsert_conversation
from desktop.services.ingest.apply import apply_payload
from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.history import HistoryReport, price_history, read_history
from desktop.services.pricing.history_read import read_timelines
from desktop.ui.pricing.pricing_page import PricingPage

WABA = "102290129340398"
NUMBER = "106540352242922"
SATO = "819012345601"  # Japan: Rest of Asia Pacific
NELSON = "16505551234"  # United States: North America


@pytest.fixture(autouse=True)
def _collect_on_the_ui_thread():
    """Collect each test's Qt garbage here, on the UI thread, not later in a worker thread."""
    yield
    gc.collect()


def ts(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


def _envelope(value: dict[str, Any]) -> dict[str, Any]:
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": WABA,
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": "15550783881",
                                "phone_number_id": NUMBER,
                            },
                            **value,
                        },
                    }
                ],
            }
        ],
    }


def inbound(wa_id: str, name: str, wamid: str, at: int, text: str) -> dict[str, Any]:
    return _envelope(
        {
            "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
            "messages": [
                {
                    "from": wa_id,
                    "id": wamid,
                    "timestamp": str(at),
                    "type": "text",
                    "text": {"body": text},
                }
            ],
        }
    )


def status(
    wa_id: str, wamid: str, at: int, state: str, pricing: dict[str, Any] | None
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": wamid,
        "status": state,
        "timestamp": str(at),
        "recipient_id": wa_id,
    }
    if pricing is not None:
        item["pricing"] = pricing
    if state == "failed":
        item["errors"] = [{"code": 131026, "title": "Message undeliverable"}]
    return _envelope({"statuses": [item]})


def outbound(
    session: Any, wa_id: str, wamid: str, at: int, template: str | None, text: str = ""
) -> None:
    contact = upsert_contact(session, wa_id=wa_id)
    conversation = upsert_conversation(session, NUMBER, contact.id)
    if template:
        payload = {"type": "template", "template": {"name": template, "language": {"code": "ja"}}}
        kind = "template"
    else:
        payload = {"type": "text", "text": {"body": text}}
        kind = "text"
    session.add(
        Message(
            conversation_id=conversation.id,
            phone_number_id=NUMBER,
            wamid=wamid,
            direction="out",
            type=kind,
            text=text or template,
            payload=payload,
            status="sent",
            timestamp=at,
        )
    )
    session.flush()


REGULAR = {"billable": True, "pricing_model": "PMP", "type": "regular"}
FREE_CS = {"billable": False, "pricing_model": "PMP", "type": "free_customer_service"}


def fill_history(url: str) -> Database:
    """Two customers in November 2026 (per-message pricing, Oct-2026 rules) and one in
    September 2026 (July-2025 rules), stored the way the sandbox stores them: inbound and
    status webhooks through ingest, outbound rows as the outbox writes them."""
    db = Database(url)
    db.migrate_sync()

    def setup(session: Any) -> None:
        session.add(Waba(id=WABA, name="Tokyo shop", currency="USD", timezone="UTC"))
        session.add(PhoneNumber(id=NUMBER, waba_id=WABA, display_phone_number="+81 3-1234-5678"))
        session.add(
            Template(waba_id=WABA, name="order_update", language="ja", category="UTILITY",
                     status="APPROVED")
        )  # fmt: skip
        session.add(
            Template(waba_id=WABA, name="spring_sale", language="ja", category="MARKETING",
                     status="APPROVED")
        )  # fmt: skip

    db.call(setup)

    def story(session: Any) -> None:
        # Sato, 2026-11-02: writes, gets a free-form reply and an in-window utility template.
        t0 = ts("2026-11-02T10:00:00")
        apply_payload(session, inbound(SATO, "佐藤 花子", "wamid.in.1", t0, "注文の状況は?"))
        outbound(session, SATO, "wamid.out.1", t0 + 300, None, "確認します")
        outbound(session, SATO, "wamid.out.2", t0 + 600, "order_update")
        # Sato, 2026-11-04: a marketing template outside any window.
        t1 = ts("2026-11-04T09:00:00")
        outbound(session, SATO, "wamid.out.3", t1, "spring_sale")
        # Nelson, 2026-11-03: marketing template; a second one fails.
        t2 = ts("2026-11-03T15:00:00")
        outbound(session, NELSON, "wamid.out.4", t2, "spring_sale")
        outbound(session, NELSON, "wamid.out.5", t2 + 60, "spring_sale")
        # Sato, 2026-09-10 (July-2025 rules): utility inside the window is free.
        t3 = ts("2026-09-10T08:00:00")
        apply_payload(session, inbound(SATO, "佐藤 花子", "wamid.in.2", t3, "届きました"))
        outbound(session, SATO, "wamid.out.6", t3 + 120, "order_update")
        session.flush()
        statuses = [
            (SATO, "wamid.out.1", t0 + 302, "delivered", {**FREE_CS, "category": "service"}),
            (SATO, "wamid.out.2", t0 + 602, "delivered", {**REGULAR, "category": "utility"}),
            (SATO, "wamid.out.3", t1 + 2, "delivered", {**REGULAR, "category": "marketing"}),
            # Meta calls this one free: a mismatch the reconciliation must list.
            (NELSON, "wamid.out.4", t2 + 2, "delivered", {**FREE_CS, "category": "marketing"}),
            (NELSON, "wamid.out.5", t2 + 62, "failed", None),
            (SATO, "wamid.out.6", t3 + 122, "delivered", {**FREE_CS, "category": "utility"}),
        ]
        for wa_id, wamid, at, state, pricing in statuses:
            apply_payload(session, status(wa_id, wamid, at, state, pricing))

    db.call(story)
    return db


def checked(report: HistoryReport) -> int:
    """Messages carrying Meta's pricing, over every month."""
    return sum(report.month_detail(m).checked for m in report.months())


def mismatches(report: HistoryReport) -> list[Any]:
    return [x for m in report.months() for x in report.mismatches(m)]


def test_replay_bills_each_month_and_lists_mismatches(tmp_path: Path) -> None:
    db = fill_history(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    try:
        stored = db.call(read_history)
        book = load_bundled_cards()
        report = price_history(book, stored)
    finally:
        db.close()
    assert report.events == 8  # two customer messages, six sends
    assert report.issues == []
    assert report.months() == ["2026-09", "2026-11"]
    card = book.card_for("pmp-2026-10", datetime(2026, 11, 1).date(), "USD")
    apac_utility = card.rate("Rest of Asia Pacific", "utility")
    apac_marketing = card.rate("Rest of Asia Pacific", "marketing")
    na_marketing = card.rate("North America", "marketing")
    assert apac_utility and apac_marketing and na_marketing
    november = {(ln.market, ln.category): ln.count for _cur, ln in report.lines("2026-11")}
    # Free-form reply: inside the 1,000 free service messages; utility in the window:
    # charged from October 2026; two delivered marketing templates; the failed one is free.
    assert november == {
        ("Rest of Asia Pacific", "utility"): 1,
        ("Rest of Asia Pacific", "marketing"): 1,
        ("North America", "marketing"): 1,
    }
    assert report.totals("2026-11") == {"USD": apac_utility + apac_marketing + na_marketing}
    # September under July-2025 rules: the in-window utility template was free.
    assert report.lines("2026-09") == []
    # What if: under July-2025 rules November's in-window utility would have been free.
    assert report.totals("2026-11", "pmp-2025")["USD"] == apac_marketing + na_marketing
    # Reconciliation: five delivered outbound messages carried pricing; one disagrees.
    assert checked(report) == 5
    assert [m.wamid for m in mismatches(report)] == ["wamid.out.4"]
    assert report.mismatches("2026-11")[0].ours_billable
    assert report.mismatches("2026-11")[0].meta_billable is False
    labels = {c.label for c in report.contacts}
    assert labels == {"佐藤 花子 +819012345601", "+16505551234"}


@pytest.mark.asyncio
async def test_history_tab_replays_off_the_ui_thread_and_exports(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db = fill_history(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    try:
        page = PricingPage(db)
        qtbot.addWidget(page)
        page.resize(1300, 800)
        page.show()
        tab = page.history_tab
        report = await tab.replay()
        assert report is not None
        await until(lambda: tab.month_box.count() == 2)
        assert tab.current_month() == "2026-11"
        # The bill shows first; the month's check against Meta's flags follows.
        await until(lambda: tab.mismatch_table.rowCount() == 1, what="mismatches listed")
        # The customer and the template as people know them; the wamid in the tooltip.
        assert tab.mismatch_table.item(0, 1).text() == "+16505551234 · spring_sale"
        assert tab.mismatch_table.item(0, 1).toolTip() == "wamid.out.4"
        last = tab.bill_table.rowCount() - 1
        assert tab.bill_table.item(last, 7).text().startswith("USD ")
        # What-if rows: as billed + the five eras, each with an amount.
        assert tab.what_if_table.rowCount() == 6
        assert all(tab.what_if_table.item(r, 1).text() for r in range(6))
        out = tmp_path / "charges.csv"
        assert tab.export_csv(out) == 3
        rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
        assert {r["message"] for r in rows} == {"wamid.out.2", "wamid.out.3", "wamid.out.4"}
        assert tab.save_csv(tmp_path / "again.csv")  # what the Export CSV button runs
        assert "3 rows saved to" in tab.export_status.text()
        assert not tab.save_csv(tmp_path / "no such folder" / "x.csv")
        assert "could not be written" in tab.export_status.text()
        pdf = tmp_path / "bill.pdf"
        tab.export_pdf(pdf)
        assert pdf.read_bytes().startswith(b"%PDF")
        # The explain tab now offers both customers, and draws Sato's November story.
        explain = page.explain_tab
        assert explain.contact_box.count() == 2
        sato = next(
            i
            for i in range(explain.contact_box.count())
            if "佐藤" in explain.contact_box.itemText(i)
        )
        explain.contact_box.setCurrentIndex(sato)
        explain.from_history.setChecked(True)
        from PySide6.QtCore import QDate

        explain.day_from.setDate(QDate(2026, 11, 2))
        explain.days.setValue(3)
        await explain.show_history()
        data = explain.timeline.data
        # Nov 2 - Nov 4: the message, the reply, the utility template, the marketing one.
        assert data is not None and len(data.events) == 4
        assert [c.category for c in data.charged] == ["utility", "marketing"]
        assert "Service reply" in explain.steps.item(1).text()
    finally:
        db.close()


@pytest.mark.asyncio
async def test_replay_can_be_cancelled(qtbot: QtBot, tmp_path: Path) -> None:
    db = fill_history(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    try:
        page = PricingPage(db)
        qtbot.addWidget(page)
        tab = page.history_tab
        original = db.run

        async def slow_run(fn: Any, *args: Any, **kwargs: Any) -> Any:
            result = await original(fn, *args, **kwargs)
            tab.cancel()  # the user presses Cancel while messages are read
            return result

        db.run = slow_run  # type: ignore[method-assign]
        assert await tab.replay() is None
        assert "cancelled" in tab.status.text()
        assert tab.report is None and tab.replay_button.isEnabled()
    finally:
        db.run = original  # type: ignore[method-assign]
        db.close()


@pytest.mark.asyncio
async def test_cancel_while_the_year_is_re_priced_keeps_this_month(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db = fill_history(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    try:
        page = PricingPage(db)
        qtbot.addWidget(page)
        tab = page.history_tab
        original = db.run

        async def run(fn: Any, *args: Any, **kwargs: Any) -> Any:
            if fn is read_timelines:
                tab.cancel()  # the user presses Cancel once the year is being read
            return await original(fn, *args, **kwargs)

        db.run = run  # type: ignore[method-assign]
        report = await tab.replay()
        assert report is not None and tab.report is report
        assert tab.current_month() == "2026-11" and tab.month_box.count() == 1
        assert "cancelled" in tab.status.text() and tab.replay_button.isEnabled()
        assert not tab.cancel_button.isEnabled()
    finally:
        db.run = original  # type: ignore[method-assign]
        db.close()


def test_without_database_history_is_disabled_with_a_hint(qtbot: QtBot) -> None:
    page = PricingPage(None)
    qtbot.addWidget(page)
    assert not page.history_tab.replay_button.isEnabled()
    assert "database" in page.history_tab.status.text()
    assert not page.explain_tab.from_history.isEnabled()
    assert page.explain_tab.from_file.isChecked()
    assert [page.tabs.tabText(i) for i in range(4)] == [
        "Scenario",
        "History",
        "Explain",
        "Rate cards",
    ]


@pytest.mark.asyncio
async def test_replay_of_the_whole_app_in_sandbox_mode(app: RunningApp, qtbot: QtBot) -> None:
    """A customer writes to the sandbox's Tokyo number (a JPY account), we reply and send a
    utility template; the Pricing page replays what the app stored."""
    db = app.services.db
    await reply_and_send_a_utility_template(app, SATO)
    page = PricingPage(db)
    qtbot.addWidget(page)
    report = await page.history_tab.replay()
    assert report is not None
    assert report.events == 3 and checked(report) == 2
    # Sakura Cafe bills in JPY, for which Meta publishes no card: said, and shown in USD.
    assert any("JPY" in n.render() for n in report.notices)
    assert "JPY" in page.history_tab.status.text()
    assert all(b.currency == "USD" for b in report.bills.values())
    # The sandbox bills as Meta does today: a fresh sandbox reconciles with no mismatch.
    assert mismatches(report) == []
    assert page.explain_tab.contact_box.count() == 1


@pytest.mark.asyncio
async def test_history_loads_by_itself_and_then_reads_only_new_months(
    qtbot, tmp_path: Path
) -> None:
    db = fill_history(f"sqlite:///{tmp_path / 'history.sqlite3'}")
    try:
        first = PricingPage(db)
        qtbot.addWidget(first)
        first.show()
        first.tabs.setCurrentWidget(first.history_tab)  # no click on "Replay history"
        await until(lambda: first.history_tab.report is not None, what="history loaded")
        report = first.history_tab.report
        # Nothing kept yet: last month and this one are shown first (their events held for
        # explanations), then the year is streamed and every closed month kept.
        assert report is not None and report.events == 6
        assert first.history_tab.current_month() == "2026-11"
        await until(lambda: first.history_tab.mismatch_table.rowCount() == 1)
        await until(
            lambda: (
                first.history_tab.month_box.count() == 2
                and first.history_tab.replay_button.isEnabled()
            ),
            what="the year re-priced",
        )
        assert first.history_tab.current_month() == "2026-11"  # the month shown stays
        assert report.months() == ["2026-09", "2026-11"]
        # Closed months are kept: the next opening reads only what came after them.
        second = PricingPage(db)
        qtbot.addWidget(second)
        second.show()
        second.tabs.setCurrentWidget(second.history_tab)
        await until(lambda: second.history_tab.report is not None, what="history reopened")
        again = second.history_tab.report
        assert again is not None and again.events == 0
        assert again.months() == report.months()
        for month in report.months():
            assert again.totals(month) == report.totals(month)
            assert again.totals(month, "pmp-2025") == report.totals(month, "pmp-2025")
    finally:
        db.close()
