"""A sent message's cost: from Meta's ``pricing`` record when stored, else the engine's
estimate (marked), and nothing for a failed send or a customer's message."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from desktop.models.db import Database
from desktop.models.entities import BillingRecord, Conversation, Message, Waba
from desktop.services import inbox
from desktop.services.directory import ensure_phone_number, upsert_contact, upsert_conversation
from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.message_cost import contact_month_spend, message_costs, month_spend
from desktop.services.pricing.reply_price import price_reply, reply_facts

NUMBER = "1065"


def ts(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


NOW = ts("2026-11-25T10:00:00")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    database.migrate_sync()
    yield database
    database.close()


def seed(db: Database) -> dict[str, int]:
    """A Japanese customer who wrote; four replies: priced by Meta as charged, priced as
    free, not priced yet, failed."""

    def fill(session: Any) -> dict[str, int]:
        session.add(Waba(id="w1", name="Shop", currency="USD", timezone="UTC"))
        number = ensure_phone_number(session, NUMBER, "15550000001")
        number.waba_id = "w1"
        contact = upsert_contact(session, wa_id="819012345601", profile_name="Hanako")
        conv = upsert_conversation(session, NUMBER, contact.id)
        conv.last_inbound_ts = NOW - 3600
        session.flush()

        def msg(direction: str, t: int, wamid: str | None, status: str | None) -> Message:
            m = Message(
                conversation_id=conv.id,
                phone_number_id=NUMBER,
                wamid=wamid,
                direction=direction,
                type="text",
                text="x",
                payload={},
                status=status,
                timestamp=t,
            )
            session.add(m)
            return m

        msg("in", NOW - 3600, "wamid.in", None)
        ids = {
            "charged": msg("out", NOW - 600, "wamid.a", "delivered"),
            "free": msg("out", NOW - 500, "wamid.b", "delivered"),
            "pending": msg("out", NOW - 400, None, "queued"),
            "failed": msg("out", NOW - 300, "wamid.d", "failed"),
        }
        for wamid, kind in (("wamid.a", "regular"), ("wamid.b", "free_customer_service")):
            for status in ("sent", "delivered"):
                session.add(
                    BillingRecord(
                        wamid=wamid,
                        status=status,
                        timestamp=NOW - 450,
                        phone_number_id=NUMBER,
                        billable=kind == "regular",
                        pricing_model="PMP",
                        pricing_type=kind,
                        category="service",
                    )
                )
        session.flush()
        return {k: m.id for k, m in ids.items()} | {"conversation": conv.id}

    return db.call(fill)


def test_bubble_costs_from_pricing_records_else_the_estimate(db: Database) -> None:
    ids = seed(db)
    book = load_bundled_cards()

    def costs(session: Any) -> Any:
        messages = session.query(Message).all()
        return message_costs(session, messages, book)

    found = db.call(costs)
    charged, free, pending = found[ids["charged"]], found[ids["free"]], found[ids["pending"]]
    # Meta said "regular, service": the card's service rate for Japan (Rest of Asia Pacific).
    assert charged.charged and not charged.estimated and charged.amount > 0
    assert charged.currency == "USD"
    assert not free.charged and not free.estimated and free.amount == Decimal(0)
    # Not priced by Meta yet: the engine's figure, marked as an estimate. The number has
    # used 3 of its 1,000 free service replies, so the estimate says free.
    assert pending.estimated and not pending.charged and pending.amount == Decimal(0)
    assert ids["failed"] not in found and len(found) == 3


def test_the_charged_rate_is_what_the_price_line_showed(db: Database) -> None:
    """Out of allowance, the price line's figure and Meta's charged record agree."""
    ids = seed(db)
    book = load_bundled_cards()
    facts = db.call(reply_facts, ids["conversation"], NOW)
    assert facts is not None
    price = price_reply(facts, NOW, book, monthly=0)  # no allowance: charged at the rate
    assert price is not None and price.charged
    found = db.call(lambda s: message_costs(s, s.query(Message).all(), book))
    assert found[ids["charged"]].amount == price.amount


def test_message_rows_carry_the_cost(db: Database) -> None:
    ids = seed(db)
    rows = db.call(inbox.message_rows, list(ids.values()))
    assert rows[ids["charged"]].cost is not None
    assert rows[ids["failed"]].cost is None


def test_month_spend_counts_what_meta_charged_this_month(db: Database) -> None:
    ids = seed(db)
    book = load_bundled_cards()
    spends = db.call(month_spend, book, NOW)
    spend = spends[NUMBER]
    found = db.call(lambda s: message_costs(s, s.query(Message).all(), book))
    # One message Meta charged (its sent and delivered records count once).
    assert spend.charged == 1 and spend.unpriced == 0
    assert spend.amount == found[ids["charged"]].amount and spend.currency == "USD"
    # Three replies went out this month (the failed one is not counted).
    assert spend.service_used == 3 and spend.service_free == 1000
    # Next month starts from nothing.
    assert db.call(month_spend, book, NOW + 31 * 86_400)[NUMBER].charged == 0


def test_a_customers_month_is_the_channels_month_for_that_customer_only(db: Database) -> None:
    ids = seed(db)
    book = load_bundled_cards()

    def other_customer(session: Any) -> int:
        """Someone else on the same number, charged too: never part of Hanako's month."""
        contact = upsert_contact(session, wa_id="819099999999", profile_name="Taro")
        conv = upsert_conversation(session, NUMBER, contact.id)
        session.flush()
        session.add(
            Message(
                conversation_id=conv.id,
                phone_number_id=NUMBER,
                wamid="wamid.other",
                direction="out",
                type="text",
                text="x",
                payload={},
                status="delivered",
                timestamp=NOW - 200,
            )
        )
        session.add(
            BillingRecord(
                wamid="wamid.other",
                status="delivered",
                timestamp=NOW - 100,
                phone_number_id=NUMBER,
                billable=True,
                pricing_model="PMP",
                pricing_type="regular",
                category="marketing",
            )
        )
        return contact.id

    taro = db.call(other_customer)
    hanako = db.call(lambda s: s.get_one(Conversation, ids["conversation"]).contact_id)
    channel = db.call(month_spend, book, NOW)[NUMBER]
    mine = db.call(contact_month_spend, book, hanako, NOW)[NUMBER]
    theirs = db.call(contact_month_spend, book, taro, NOW)[NUMBER]
    assert mine.charged == 1 and theirs.charged == 1 and channel.charged == 2
    assert mine.amount + theirs.amount == channel.amount
    assert (
        mine.amount
        == db.call(lambda s: message_costs(s, s.query(Message).all(), book))[ids["charged"]].amount
    )
    assert db.call(contact_month_spend, book, hanako, NOW + 31 * 86_400) == {}
    assert db.call(contact_month_spend, book, 999_999, NOW) == {}
