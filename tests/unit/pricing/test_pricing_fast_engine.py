"""The lean totals loop gives exactly the bill of the explaining loop, on random traffic."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.engine import BillingEngine
from desktop.services.pricing.eras import ERAS
from desktop.services.pricing.model import BillingSettings, PricingEvent

COUNTRIES = ("JP", "BR", "IN", "US", "PL", "ZW", "BD", "DE")


def random_events(seed: int, n: int = 4000) -> list[PricingEvent]:
    rng = random.Random(seed)
    start = int(datetime(2022, 2, 1, tzinfo=UTC).timestamp())
    end = int(datetime(2027, 1, 1, tzinfo=UTC).timestamp())
    # Clustered times so windows, conversations and FEPs really overlap.
    times = sorted(rng.randrange(start, end) for _ in range(n // 20))
    events = []
    for base in times:
        contact = f"c{rng.randrange(40)}"
        country = COUNTRIES[hash(contact) % len(COUNTRIES)]
        for _ in range(20):
            base += rng.randrange(0, 30 * 3600)
            roll = rng.random()
            if roll < 0.3:
                events.append(PricingEvent(base, "in", "free_form", country, None, contact,
                                           "ctwa" if rng.random() < 0.1 else None,
                                           waba=rng.choice(("w1", "w2"))))  # fmt: skip
            elif roll < 0.55:
                events.append(PricingEvent(base, "out", "free_form", country, None, contact,
                                           phone_number=rng.choice(("p1", "p2"))))  # fmt: skip
            else:
                cat = rng.choice(("marketing", "utility", "authentication"))
                events.append(PricingEvent(base, "out", "template", country, cat, contact,
                                           delivered=rng.random() > 0.05))  # fmt: skip
    events.sort(key=lambda e: e.t)
    return events


@pytest.mark.parametrize("era", ["auto", *ERAS])
@pytest.mark.parametrize("seed", [1, 2])
def test_fast_and_explained_bills_are_identical(era: str, seed: int) -> None:
    events = random_events(seed)
    settings = BillingSettings(era=era, timezone="America/Sao_Paulo", free_tier_monthly=5,
                               service_free_monthly=3, auth_international=True)  # fmt: skip
    engine = BillingEngine(load_bundled_cards(), settings)
    explained = engine.bill(events, explain=True)
    fast = engine.bill(events)
    assert sum(line.count for line in fast.lines) > 50  # not vacuous
    assert sorted(map(repr, fast.lines)) == sorted(map(repr, explained.lines))
    assert fast.total() == explained.total()
    assert len([c for c in explained.charges if c.charged]) == sum(
        line.count for line in explained.lines
    )
