"""Webhooks about numbers and accounts change the stored numbers, and leave history."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.models.db import Database
from desktop.models.entities import Business, NumberQualityPoint, PhoneNumber, Waba
from desktop.services.ingest.apply import IngestResult, apply_payload
from desktop.services.numbers.history import is_drop, quality_history, record_reading
from desktop.services.numbers.listing import list_numbers

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "webhooks"
WABA_ID = "102290129340398"
OTHER_WABA = "102290129340399"
NUMBER_ID = "106540352242922"
OTHER_NUMBER = "106540352242923"


def body(field: str, value: dict[str, Any], waba_id: str = WABA_ID) -> dict[str, Any]:
    return {
        "object": "whatsapp_business_account",
        "entry": [{"id": waba_id, "time": 1, "changes": [{"field": field, "value": value}]}],
    }


@pytest.fixture
def db(db_url: str) -> Any:
    database = Database(db_url)
    database.migrate_sync()

    def seed(session: Any) -> None:
        session.add(Business(id="b1", name="Lucky Shrub"))
        session.flush()
        session.add(Waba(id=WABA_ID, name="Shop", business_id="b1"))
        session.add(Waba(id=OTHER_WABA, name="Cafe", business_id="b1"))
        session.flush()
        session.add(
            PhoneNumber(
                id=NUMBER_ID,
                waba_id=WABA_ID,
                display_phone_number="+1 555-078-3881",
                quality_rating="GREEN",
                messaging_limit_tier="TIER_2K",
            )
        )
        session.add(
            PhoneNumber(
                id=OTHER_NUMBER,
                waba_id=OTHER_WABA,
                display_phone_number="+81 3-4567-0001",
                quality_rating="GREEN",
                messaging_limit_tier="TIER_2K",
            )
        )

    database.call(seed)
    yield database
    database.close()


@pytest.fixture
def ingest(db: Database) -> Callable[[dict[str, Any]], IngestResult]:
    return lambda payload: db.call(apply_payload, payload, json.dumps(payload))


def number(db: Database, number_id: str = NUMBER_ID) -> PhoneNumber:
    return db.call(lambda s: s.get(PhoneNumber, number_id))


def test_flagged_quality_shows_red_in_the_listing_and_in_history(
    db: Database, ingest: Callable[..., IngestResult]
) -> None:
    result = ingest(
        body(
            "phone_number_quality_update",
            {"display_phone_number": "15550783881", "event": "FLAGGED"},
        )
    )
    assert result.processed and NUMBER_ID in result.phone_number_ids
    rows = {r.phone_number_id: r for r in db.call(list_numbers)}
    assert rows[NUMBER_ID].quality_rating == "RED"
    history = db.call(quality_history, NUMBER_ID)
    assert [(p.quality_rating, p.source, p.event) for p in history] == [
        ("RED", "webhook", "FLAGGED")
    ]


def test_unflagged_lifts_red_to_unknown_until_the_next_sync(
    db: Database, ingest: Callable[..., IngestResult]
) -> None:
    flag = {"display_phone_number": "15550783881", "event": "FLAGGED"}
    ingest(body("phone_number_quality_update", flag))
    ingest(body("phone_number_quality_update", {**flag, "event": "UNFLAGGED"}))
    assert number(db).quality_rating == "UNKNOWN"


@pytest.mark.parametrize(
    ("value", "tier"),
    [
        ({"max_daily_conversations_per_business": "TIER_10K"}, "TIER_10K"),
        ({"max_daily_conversation_per_phone": 100000}, "TIER_100K"),
    ],
)
def test_capability_update_sets_the_portfolio_limit_on_every_number(
    db: Database, ingest: Callable[..., IngestResult], value: dict[str, Any], tier: str
) -> None:
    result = ingest(
        body("business_capability_update", {**value, "max_phone_numbers_per_business": 20})
    )
    assert result.phone_number_ids == {NUMBER_ID, OTHER_NUMBER}
    assert number(db).messaging_limit_tier == tier
    assert number(db, OTHER_NUMBER).messaging_limit_tier == tier  # shared by the portfolio
    business = db.call(lambda s: s.get(Business, "b1"))
    assert (business.messaging_limit_tier, business.max_phone_numbers) == (tier, 20)
    assert [p.event for p in db.call(quality_history, OTHER_NUMBER)] == ["LIMIT_CHANGE"]


def test_account_restriction_is_stored_on_the_waba(
    db: Database, ingest: Callable[..., IngestResult]
) -> None:
    result = ingest(
        body(
            "account_update",
            {
                "event": "ACCOUNT_RESTRICTION",
                "restriction_info": [
                    {
                        "restriction_type": "RESTRICTED_BIZ_INITIATED_MESSAGING",
                        "expiration": 1767225600,
                    }
                ],
            },
        )
    )
    assert result.processed and result.phone_number_ids == {NUMBER_ID}
    waba = db.call(lambda s: s.get(Waba, WABA_ID))
    assert waba.restrictions == [
        {"type": "RESTRICTED_BIZ_INITIATED_MESSAGING", "expires": 1767225600}
    ]
    ingest(
        body(
            "account_update",
            {"event": "ACCOUNT_VIOLATION", "violation_info": {"violation_type": "SCAM"}},
        )
    )
    ingest(
        body(
            "account_update",
            {
                "event": "DISABLED_UPDATE",
                "ban_info": {
                    "waba_ban_state": "SCHEDULE_FOR_DISABLE",
                    "waba_ban_date": "2026-12-24",
                },
            },
        )
    )
    waba = db.call(lambda s: s.get(Waba, WABA_ID))
    assert (waba.violation_type, waba.ban_state, waba.ban_date) == (
        "SCAM",
        "SCHEDULE_FOR_DISABLE",
        "2026-12-24",
    )
    ingest(
        body(
            "account_update",
            {"event": "DISABLED_UPDATE", "ban_info": {"waba_ban_state": "REINSTATE"}},
        )
    )
    assert db.call(lambda s: s.get(Waba, WABA_ID)).ban_state is None


def test_account_review_decision_is_stored(
    db: Database, ingest: Callable[..., IngestResult]
) -> None:
    ingest(body("account_review_update", {"decision": "REJECTED"}))
    assert db.call(lambda s: s.get(Waba, WABA_ID)).account_review_status == "REJECTED"


def test_account_update_for_another_waba_is_kept_raw_with_a_note(
    ingest: Callable[..., IngestResult],
) -> None:
    result = ingest(body("account_update", {"event": "VERIFIED_ACCOUNT"}, waba_id="999"))
    assert result.processed and "not ours" in (result.error or "")


def test_repeated_identical_readings_are_stored_once(db: Database) -> None:
    def read_twice(session: Any) -> list[bool]:
        n = session.get(PhoneNumber, NUMBER_ID)
        first = record_reading(session, n, "sync")
        second = record_reading(session, n, "sync")
        n.quality_rating = "YELLOW"
        third = record_reading(session, n, "sync")
        return [first, second, third]

    assert db.call(read_twice) == [True, False, True]
    count = db.call(lambda s: len(s.scalars(select(NumberQualityPoint)).all()))
    assert count == 2


def test_a_drop_is_only_a_move_to_a_worse_known_rating() -> None:
    assert is_drop("GREEN", "YELLOW") and is_drop("YELLOW", "RED") and is_drop("GREEN", "RED")
    assert not is_drop("RED", "GREEN") and not is_drop("GREEN", "GREEN")
    assert not is_drop(None, "RED") and not is_drop("UNKNOWN", "RED")
