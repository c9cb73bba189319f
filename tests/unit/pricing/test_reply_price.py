"""The composer's price of the next reply is the billing engine's bill for that message.

The database holds a month of service replies from one number; the price the composer would
show is compared with the lean engine's bill of the whole month replayed from its first day
(a different loop from the explaining one the price line uses), with and without the reply.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import insert

from desktop.models.db import Database
from desktop.models.entities import Message, Waba
from desktop.services.directory import ensure_phone_number, upsert_contact, upsert_conversation
from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.engine import BillingEngine
from desktop.services.pricing.model import BillingSettings, PricingEvent
from desktop.services.pricing.reply_price import price_reply, reply_facts

NUMBER = "1065"
WA_ID = "819012345601"  # Japan: Rest of Asia Pacific


def ts(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


NOW = ts("2026-11-25T10:00:00")
MONTH_START = ts("2026-11-01T00:00:00")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()
    yield database
    database.close()


def seed(db: Database, sent_before: int, *, failed: int = 0) -> int:
    """A conversation whose customer wrote an hour ago; ``sent_before`` delivered service
    replies (and ``failed`` refused ones) from the same number earlier this month, to other
    customers and in October (which must not count)."""

    def fill(session: Any) -> int:
        session.add(Waba(id="w1", name="Shop", currency="USD", timezone="UTC"))
        number = ensure_phone_number(session, NUMBER, "15550000001")
        number.waba_id = "w1"
        contact = upsert_contact(session, wa_id=WA_ID, profile_name="Hanako")
        conv = upsert_conversation(session, NUMBER, contact.id)
        conv.last_inbound_ts = NOW - 3600
        other = upsert_conversation(
            session, NUMBER, upsert_contact(session, wa_id="819012345602").id
        )
        session.flush()
        rows = [
            dict(
                conversation_id=other.id,
                phone_number_id=NUMBER,
                direction="out",
                type="text",
                text=f"reply {i}",
                payload={},
                status="failed" if i >= sent_before else "delivered",
                timestamp=MONTH_START + 60 * i,
            )
            for i in range(sent_before + failed)
        ]
        rows.append({**rows[0], "timestamp": MONTH_START - 3600} if rows else {})
        rows = [r for r in rows if r]
        if rows:
            session.execute(insert(Message), rows)
        return int(conv.id)

    return db.call(fill)


def engine_bill_of_reply(sent_before: int) -> Decimal:
    """The lean engine's bill for the reply: the month with it minus the month without it."""
    events: list[PricingEvent] = []
    for i in range(sent_before):
        t = MONTH_START + 60 * i
        events.append(
            PricingEvent(t - 1, "in", "free_form", "JP", contact="B", phone_number=NUMBER)
        )
        events.append(
            PricingEvent(t, "out", "free_form", "JP", contact="B", waba="w1", phone_number=NUMBER)
        )
    events.append(PricingEvent(NOW - 3600, "in", "free_form", "JP", phone_number=NUMBER))
    events.sort(key=lambda e: e.t)
    reply = PricingEvent(NOW, "out", "free_form", "JP", waba="w1", phone_number=NUMBER)
    engine = BillingEngine(load_bundled_cards(), BillingSettings(timezone="UTC"))
    return engine.bill([*events, reply]).total() - engine.bill(events).total()


@pytest.mark.parametrize("sent_before", [0, 998, 999, 1000, 1200])
def test_price_line_equals_the_engines_bill_in_and_out_of_the_allowance(
    db: Database, sent_before: int
) -> None:
    conversation = seed(db, sent_before, failed=3)
    facts = db.call(reply_facts, conversation, NOW)
    assert facts is not None and facts.service_used == sent_before
    price = price_reply(facts, NOW, load_bundled_cards())
    assert price is not None
    billed = engine_bill_of_reply(sent_before)
    assert price.amount == billed
    assert price.charged == (sent_before >= 1000)
    if sent_before < 1000:
        assert billed == 0 and price.free_left == 1000 - sent_before - 1
    else:
        assert billed > 0 and price.free_left == 0
        assert price.currency == "USD" and price.estimate.market == "Rest of Asia Pacific"


def test_closed_window_reply_is_refused_not_priced(db: Database) -> None:
    conversation = seed(db, 0)
    facts = db.call(reply_facts, conversation, NOW + 2 * 86_400)
    assert facts is not None
    price = price_reply(facts, NOW + 2 * 86_400, load_bundled_cards())
    assert price is not None and not price.estimate.delivered and not price.charged


def test_customer_message_last_month_keeps_this_months_allowance(db: Database) -> None:
    """A window opened on the last evening of October: the reply on 1 November still
    uses November's allowance as the database counts it."""
    conversation = seed(db, 1000)
    now = MONTH_START + 7200 + 60 * 1000

    def earlier(session: Any) -> None:
        from desktop.models.entities import Conversation

        session.get(Conversation, conversation).last_inbound_ts = MONTH_START - 3600

    db.call(earlier)
    facts = db.call(reply_facts, conversation, now)
    assert facts is not None and facts.service_used == 1000
    price = price_reply(facts, now, load_bundled_cards())
    assert price is not None and price.charged and price.amount > 0


def test_template_price_in_the_window_is_charged_since_october_2026(db: Database) -> None:
    conversation = seed(db, 0)
    facts = db.call(reply_facts, conversation, NOW)
    assert facts is not None
    price = price_reply(facts, NOW, load_bundled_cards(), kind="template", category="utility")
    assert price is not None and price.charged and price.free_left is None


HOUR = 3600


def add_entry_point(db: Database, conversation: int, entry_ago: int, reply_ago: int | None) -> None:
    """The customer came from an ad ``entry_ago`` seconds before NOW (and wrote again an hour
    ago, as :func:`seed` stored); our first reply after it ``reply_ago`` seconds before NOW."""

    def fill(session: Any) -> None:
        rows = [
            dict(
                conversation_id=conversation,
                phone_number_id=NUMBER,
                direction="in",
                type="text",
                text="I saw your ad",
                payload={"referral": {"source_type": "ad", "ctwa_clid": "x"}},
                timestamp=NOW - entry_ago,
            )
        ]
        if reply_ago is not None:
            rows.append(
                dict(
                    conversation_id=conversation,
                    phone_number_id=NUMBER,
                    direction="out",
                    type="text",
                    text="Welcome!",
                    payload={},
                    status="delivered",
                    timestamp=NOW - reply_ago,
                )
            )
        session.execute(insert(Message), rows)

    db.call(fill)


def engine_bill_with_entry_point(entry_ago: int, reply_ago: int | None) -> Decimal:
    """The lean engine's bill for the reply at NOW after the whole month is replayed (the
    allowance used up first, so only the free entry point can make it free)."""
    events = [
        PricingEvent(MONTH_START + i, "out", "free_form", "JP", contact="B", phone_number=NUMBER)
        for i in range(1000)
    ]
    events += [
        PricingEvent(MONTH_START + i - 1, "in", "free_form", "JP", contact="B") for i in range(1000)
    ]
    events.append(
        PricingEvent(
            NOW - entry_ago, "in", "free_form", "JP", entry_point="ctwa", phone_number=NUMBER
        )
    )
    if reply_ago is not None:
        events.append(PricingEvent(NOW - reply_ago, "out", "free_form", "JP", phone_number=NUMBER))
    if entry_ago > HOUR:
        events.append(PricingEvent(NOW - HOUR, "in", "free_form", "JP", phone_number=NUMBER))
    events.sort(key=lambda e: (e.t, e.direction != "in"))
    reply = PricingEvent(NOW, "out", "free_form", "JP", phone_number=NUMBER)
    engine = BillingEngine(load_bundled_cards(), BillingSettings(timezone="UTC"))
    return engine.bill([*events, reply]).total() - engine.bill(events).total()


@pytest.mark.parametrize(
    ("entry_ago", "reply_ago", "free"),
    [
        (2 * HOUR, None, True),  # the first reply opens the free window
        (20 * HOUR, 10 * HOUR, True),  # inside the 72-hour window our first reply opened
        (30 * HOUR, None, False),  # a day has passed: too late to open it
        (60 * HOUR, 30 * HOUR, False),  # answered after a day: no window was opened
        (90 * HOUR, 80 * HOUR, False),  # the 72-hour window is over
    ],
)
def test_price_line_counts_the_free_entry_point_as_the_engine_does(
    db: Database, entry_ago: int, reply_ago: int | None, free: bool
) -> None:
    conversation = seed(db, 1000)  # this month's free replies are all used
    add_entry_point(db, conversation, entry_ago, reply_ago)
    facts = db.call(reply_facts, conversation, NOW)
    assert facts is not None
    price = price_reply(facts, NOW, load_bundled_cards())
    assert price is not None
    billed = engine_bill_with_entry_point(entry_ago, reply_ago)
    assert price.amount == billed
    assert (billed == 0) is free and price.charged is not free


def test_a_template_in_the_conversation_is_priced_with_its_facts(db: Database) -> None:
    """The template form prices with the conversation's facts: in-window utility is charged
    since October 2026, and a free entry point makes even marketing free."""
    from desktop.services.pricing.reply_price import price_template_in_conversation

    conversation = seed(db, 0)
    book = load_bundled_cards()
    facts = db.call(reply_facts, conversation, NOW)
    assert facts is not None
    utility = price_template_in_conversation(facts, NOW, book, "UTILITY")
    assert utility is not None and utility.charged and utility.amount > 0
    assert price_template_in_conversation(facts, NOW, book, "SOMETHING_NEW") is None
    add_entry_point(db, conversation, 2 * HOUR, None)
    facts = db.call(reply_facts, conversation, NOW)
    assert facts is not None and facts.entry_point_ts == NOW - 2 * HOUR
    marketing = price_template_in_conversation(facts, NOW, book, "MARKETING")
    assert marketing is not None and not marketing.charged and marketing.amount == 0
