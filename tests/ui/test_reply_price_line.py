"""The composer's price of the next reply equals what the billing engine bills for it.

Over real HTTP against the sandbox: the reply shown as free (inside the number's monthly
allowance) and as charged (allowance used up) is sent from the composer; after Meta's
statuses arrive the whole local history is replayed by the pricing engine, and its bill for
that message must be the figure the composer showed before the send.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from app_harness import parts
from qt_async import until
from sqlalchemy import insert, select

from desktop.app import RunningApp
from desktop.models.entities import BillingRecord, Message
from desktop.runtime.app_services import AppServices
from desktop.sandbox.seed import NUMBER_OSAKA
from desktop.services.directory import upsert_contact, upsert_conversation
from desktop.services.pricing.cards import load_rate_book
from desktop.services.pricing.eras import month_bounds
from desktop.services.pricing.history import price_history, read_history
from desktop.ui.chat import BUBBLE_SPEC_ROLE
from desktop.ui.inbox.inbox_page import InboxPage
from desktop.ui.pricing.labels import format_rate

pytestmark = pytest.mark.asyncio

TANAKA = "819012345604"
WATANABE = "819012345605"


async def use_allowance(services: AppServices, count: int) -> None:
    """``count`` service replies this month from the Osaka number, inside a window that
    Watanabe opened at the start of the month: in our database and in Meta's (sandbox) count."""
    start, _end, month = month_bounds(int(time.time()), None)

    def fill(session: Any) -> None:
        contact = upsert_contact(session, wa_id=WATANABE, profile_name="渡辺 さくら")
        conv = upsert_conversation(session, NUMBER_OSAKA, contact.id)
        session.flush()
        base = dict(conversation_id=conv.id, phone_number_id=NUMBER_OSAKA, payload={})
        rows = [dict(base, direction="in", type="text", text="hi", timestamp=start)]
        rows += [
            dict(
                base,
                direction="out",
                type="text",
                text=f"answer {i}",
                status="delivered",
                status_ts=start + 1 + i,
                timestamp=start + 1 + i,
            )
            for i in range(count)
        ]
        session.execute(insert(Message), rows)

    await services.db.run(fill)
    assert services.sandbox is not None
    services.sandbox.world.service_used[(NUMBER_OSAKA, month)] = count


async def open_tanaka(services: AppServices, inbox: InboxPage) -> int:
    assert services.sandbox is not None
    await services.sandbox.customer_says(NUMBER_OSAKA, TANAKA, "予約できますか")

    def tanaka() -> int | None:
        for row in range(inbox.conversations.rowCount()):
            cid = inbox.conversations.conversation_id(row)
            data = inbox.conversations.row_data(cid) if cid is not None else None
            if data is not None and data.contact_wa_id == TANAKA:
                return cid
        return None

    await until(lambda: tanaka() is not None, what="Tanaka's conversation listed")
    conversation_id = tanaka()
    assert conversation_id is not None and inbox.select_conversation(conversation_id)
    await until(lambda: inbox.composer.editor.isEnabled(), what="window open")
    await until(lambda: inbox.composer.price_line.price is not None, what="price shown")
    return conversation_id


async def send_and_bill(services: AppServices, inbox: InboxPage, text: str) -> Any:
    """Send ``text`` from the composer; once Meta says it was delivered, the engine's
    charge for it over the whole stored history (None: not charged)."""
    inbox.composer.editor.setPlainText(text)
    inbox.composer.submit()

    def wamid(session: Any) -> str | None:
        return session.scalar(
            select(Message.wamid).where(Message.text == text, Message.wamid.is_not(None))
        )

    found: list[str] = []

    async def delivered() -> bool:
        w = await services.db.run(wamid)
        if w is None:
            return False
        records = await services.db.run(
            lambda s: s.scalars(select(BillingRecord.status).where(BillingRecord.wamid == w)).all()
        )
        if any(r in ("delivered", "read") for r in records):
            found.append(w)
            return True
        return False

    deadline = time.monotonic() + 15
    while not await delivered():
        assert time.monotonic() < deadline, "no delivered status with pricing"
        await asyncio.sleep(0.05)
    stored = await services.db.run(read_history)
    report = price_history(load_rate_book(), stored)
    month = month_bounds(int(time.time()), None)[2]
    charges = [c for c in report.charges(month) if c.ref == found[0] and c.charged]
    return charges[0] if charges else None


async def test_price_line_is_the_engines_bill_inside_the_allowance(app: RunningApp) -> None:
    services, inbox = parts(app)
    await use_allowance(services, 10)
    await open_tanaka(services, inbox)
    price = inbox.composer.price_line.price
    assert price is not None and not price.charged and price.amount == 0
    assert price.free_left == 1000 - 10 - 1
    assert "989" in inbox.composer.price_line.text()
    assert inbox.composer.price_line.isVisible()
    charge = await send_and_bill(services, inbox, "はい、承ります")
    assert charge is None  # the engine bills nothing for it either


async def test_price_line_is_the_engines_bill_after_the_allowance(app: RunningApp) -> None:
    services, inbox = parts(app)
    await use_allowance(services, 1000)
    await open_tanaka(services, inbox)
    price = inbox.composer.price_line.price
    assert price is not None and price.charged and price.amount > 0
    assert price.free_left == 0
    assert price.currency in inbox.composer.price_line.text()
    charge = await send_and_bill(services, inbox, "明日の10時でいかがですか")
    assert charge is not None and charge.rate == price.amount
    assert charge.currency == price.currency

    # The bubble shows what it cost, from Meta's pricing (no "est." once that arrived).
    expected = format_rate(price.amount, price.currency)

    def bubble_time() -> str:
        for row in range(inbox.messages.rowCount()):
            data = inbox.messages.message_row(row)
            if data is not None and data.text == "明日の10時でいかがですか":
                spec = inbox.messages.index(row).data(BUBBLE_SPEC_ROLE)
                return str(spec.time)
        return ""

    await until(lambda: bubble_time().startswith(expected + " · "), what=bubble_time())

    # The channel's "this month" meter counts it at the same price.
    inbox.refresh_month_meter()
    meter = inbox.month_meter
    await until(lambda: NUMBER_OSAKA in meter.spends and meter.spends[NUMBER_OSAKA].charged == 1)
    assert meter.spends[NUMBER_OSAKA].amount == price.amount
    assert meter.spends[NUMBER_OSAKA].service_used == 1000 + 1
    assert price.currency in meter.text()
