"""Every era's bill from one shared pass equals the explained engine's, era by era."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.engine import BillingEngine
from desktop.services.pricing.era_pass import Timeline, bill_eras
from desktop.services.pricing.eras import AUTO, ERAS
from desktop.services.pricing.model import BillingSettings, BillLine, PricingEvent

COUNTRIES = ("JP", "BR", "IN", "US", "PL", "ZW", "BD", "DE", "HK")
DAY = 86_400


def ts(text: str) -> int:
    return int(datetime.fromisoformat(text).replace(tzinfo=UTC).timestamp())


def history(
    seed: int, n: int = 6000, waba: str = "w1", since: str = "2022-01-20"
) -> list[PricingEvent]:
    """Clustered traffic over every era: replies in and out of the window, every template
    category, failed sends, ads opening free entry points, and bursts at month ends (the
    free tier and the service allowance run out within a month)."""
    rng = random.Random(seed)
    starts = [rng.randrange(ts(since), ts("2027-01-10")) for _ in range(n // 25)]
    # Month ends in the WABA's zone (Tokyo, UTC+9) and era switches, give or take a day.
    for month_end in ("2023-05-31T15:00", "2024-10-31T15:00", "2025-06-30T15:00",
                      "2026-09-30T15:00", "2026-06-30T15:00", "2025-12-31T15:00"):  # fmt: skip
        if month_end < since:
            continue
        starts += [ts(month_end) - rng.randrange(2 * DAY) for _ in range(6)]
    events: list[PricingEvent] = []
    for base in sorted(starts):
        contact = f"c{rng.randrange(60)}"
        country = COUNTRIES[int(contact[1:]) % len(COUNTRIES)]
        for _ in range(25):
            base += rng.choice((0, 1, 60, 3600, 23 * 3600, DAY, DAY + 1, 30 * 3600))
            roll = rng.random()
            phone = rng.choice(("p1", "p2"))
            if roll < 0.3:
                entry = rng.choice(("ctwa", "page_cta")) if rng.random() < 0.15 else None
                events.append(PricingEvent(base, "in", "free_form", country, None, contact,
                                           entry, True, waba, phone))  # fmt: skip
            elif roll < 0.6:
                events.append(PricingEvent(base, "out", "free_form", country, None, contact,
                                           None, rng.random() > 0.05, waba, phone))  # fmt: skip
            else:
                cat = rng.choice(("marketing", "utility", "authentication", "MARKETING"))
                events.append(PricingEvent(base, "out", "template", country, cat, contact,
                                           None, rng.random() > 0.05, waba, phone))  # fmt: skip
    events.sort(key=lambda e: e.t)
    return events


def key(lines: list[BillLine]) -> list[tuple[str, ...]]:
    return sorted(
        (
            ln.month,
            ln.waba,
            ln.phone_number,
            ln.era,
            ln.card_id,
            ln.market,
            ln.category,
            str(ln.rate),
            str(ln.count),
        )
        for ln in lines
        if ln.count
    )


def timeline_of(events: list[PricingEvent], settings: BillingSettings) -> Timeline:
    timeline = Timeline("w1", settings)
    for ev in events:
        timeline.add_event(ev)
    return timeline


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("tz", ["Asia/Tokyo", "America/Sao_Paulo"])
def test_every_era_equals_the_explained_engine(seed: int, tz: str) -> None:
    book = load_bundled_cards()
    settings = BillingSettings(timezone=tz, currency="USD", free_tier_monthly=40,
                               service_free_monthly=30)  # fmt: skip
    events = history(seed)
    bills = bill_eras(book, timeline_of(events, settings))
    assert list(bills) == [AUTO, *ERAS]
    charged = 0
    for era, bill in bills.items():
        ref = BillingEngine(book, replace(settings, era=era)).bill(events, explain=True)
        assert key(bill.lines) == key(ref.lines), era
        assert bill.unverified_used == ref.unverified_used
        assert bill.currency == ref.currency
        charged += sum(ln.count for ln in bill.lines)
    assert charged > 1000


@pytest.mark.parametrize("tz", ["Asia/Tokyo", "America/Sao_Paulo"])
def test_per_message_years_equal_the_explained_engine(tz: str) -> None:
    """Only per-message days (the real bill takes each era's days from that era's own
    bill): service allowances that run out within a month, and the October 2026 switch."""
    book = load_bundled_cards()
    settings = BillingSettings(timezone=tz, currency="USD", service_free_monthly=3)
    events = history(5, since="2025-07-02")
    bills = bill_eras(book, timeline_of(events, settings))
    for era, bill in bills.items():
        ref = BillingEngine(book, replace(settings, era=era)).bill(events, explain=True)
        assert key(bill.lines) == key(ref.lines), era
    service = [ln for ln in bills[AUTO].lines if ln.category == "service" and ln.count]
    assert service and {ln.era for ln in bills[AUTO].lines} >= {"pmp-2025", "pmp-2026-10"}


def test_settings_the_pass_does_not_model_go_to_the_lean_loop() -> None:
    book = load_bundled_cards()
    settings = BillingSettings(auth_international=True, business_country="JP",
                               month_to_date_charged={"marketing": 5})  # fmt: skip
    events = history(4, n=1500)
    bills = bill_eras(book, timeline_of(events, settings), eras=("pmp-2026-10",))
    ref = BillingEngine(book, replace(settings, era="pmp-2026-10")).bill(events, explain=True)
    assert key(bills["pmp-2026-10"].lines) == key(ref.lines)
    assert sum((ln.amount for ln in ref.lines), Decimal(0)) > 0
