"""Small builders for engine tests: one market, one card, events written as text."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from desktop.services.pricing.cards import RateBook, card_from_json
from desktop.services.pricing.engine import BillingEngine
from desktop.services.pricing.model import BillingSettings, BillResult, PricingEvent

RATES = {
    "business_initiated": "0.0500",
    "user_initiated": "0.0300",
    "marketing": "0.0625",
    "utility": "0.0068",
    "authentication": "0.0068",
    "authentication_international": "0.0300",
    "service": "0.0100",
}


def book(tiers: dict[str, Any] | None = None, **rates: str) -> RateBook:
    data: dict[str, Any] = {
        "id": "test",
        "currency": "USD",
        "effective": "2000-01-01",
        "rates": {"Brazil": {**RATES, **rates}},
    }
    if tiers:
        data["tiers"] = {"Brazil": tiers}
    return RateBook([card_from_json(data)])


def t(text: str) -> int:
    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC).timestamp())


def ev(when: str, direction: str, kind: str = "free_form", category: str | None = None,
       contact: str = "A", **kw: Any) -> PricingEvent:  # fmt: skip
    return PricingEvent(t(when), direction, kind, "BR", category, contact, **kw)


def bill(events: list[PricingEvent], era: str, card: RateBook | None = None,
         **settings: Any) -> BillResult:  # fmt: skip
    engine = BillingEngine(card or book(), BillingSettings(era=era, **settings))
    explained = engine.bill(events, explain=True)
    fast = engine.bill(events)
    # The lean loop and the explaining loop must always agree.
    assert sorted(map(repr, fast.lines)) == sorted(map(repr, explained.lines))
    return explained


def totals(result: BillResult) -> dict[str, tuple[int, Decimal]]:
    return result.by_category()
