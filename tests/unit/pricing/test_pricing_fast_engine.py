"""The lean totals loop gives exactly the bill of the explaining loop, on random traffic."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from pricing_helpers import book

from desktop.services.pricing import fast_engine
from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.engine import BillingEngine, PricingError
from desktop.services.pricing.eras import ERAS
from desktop.services.pricing.model import BillingSettings, PricingEvent

COUNTRIES = ("JP", "BR", "IN", "US", "PL", "ZW", "BD", "DE")


def random_events(
    seed: int, n: int = 4000, countries: tuple[str, ...] = COUNTRIES, max_gap: int = 30 * 3600
) -> list[PricingEvent]:
    rng = random.Random(seed)
    start = int(datetime(2022, 2, 1, tzinfo=UTC).timestamp())
    end = int(datetime(2027, 1, 1, tzinfo=UTC).timestamp())
    # Clustered times so windows, conversations and FEPs really overlap.
    times = sorted(rng.randrange(start, end) for _ in range(n // 20))
    events = []
    for base in times:
        contact = f"c{rng.randrange(40)}"
        country = countries[int(contact[1:]) % len(countries)]
        for _ in range(20):
            base += rng.randrange(0, max_gap)
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
                                           delivered=rng.random() > 0.05,
                                           waba=rng.choice(("w1", "w2")),
                                           phone_number=rng.choice(("p1", "p2"))))  # fmt: skip
    events.sort(key=lambda e: e.t)
    return events


@pytest.mark.parametrize("era", ["auto", *ERAS])
@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("prune_slack", [None, -1])
def test_fast_and_explained_bills_are_identical(
    era: str, seed: int, prune_slack: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if prune_slack is not None:
        # Drop ended windows at every day instead of only when the dicts have grown.
        monkeypatch.setattr(fast_engine, "_PRUNE_GROWTH", 0)
        monkeypatch.setattr(fast_engine, "_PRUNE_SLACK", prune_slack)
    events = random_events(seed)
    # Seed 2: a time zone with daylight saving (23- and 25-hour days), closed windows, and a
    # free entry point window shorter than a conversation (so closing those is visible).
    zone = "America/Sao_Paulo" if seed == 1 else "Europe/Berlin"
    settings = BillingSettings(era=era, timezone=zone, free_tier_monthly=5,
                               service_free_monthly=3, auth_international=True,
                               closed_windows=seed == 2,
                               fep_seconds=3 * 86_400 if seed == 1 else 43_200)  # fmt: skip
    engine = BillingEngine(load_bundled_cards(), settings)
    explained = engine.bill(events, explain=True)
    fast = engine.bill(events)
    assert engine.bill(tuple(events)).lines == fast.lines
    assert engine.bill(iter(events)).lines == fast.lines
    assert sum(line.count for line in fast.lines) > 50  # not vacuous
    assert sorted(map(repr, fast.lines)) == sorted(map(repr, explained.lines))
    assert fast.total() == explained.total()
    assert len([c for c in explained.charges if c.charged]) == sum(
        line.count for line in explained.lines
    )


@pytest.mark.parametrize("era", ["auto", *ERAS])
def test_fast_and_explained_bills_agree_with_volume_tiers(era: str) -> None:
    tiers = {
        "utility": [[3, "0.0068"], [6, "0.0060"], [None, "0.0050"]],
        "authentication": [[2, "0.0068"], [None, "0.0055"]],
    }
    events = random_events(3, countries=("BR",))
    settings = BillingSettings(era=era, timezone="Asia/Tokyo", free_tier_monthly=4,
                               month_to_date_charged={"utility": 2})  # fmt: skip
    engine = BillingEngine(book(tiers=tiers), settings)
    explained = engine.bill(events, explain=True)
    fast = engine.bill(events)
    assert sorted(map(repr, fast.lines)) == sorted(map(repr, explained.lines))
    if era.startswith("pmp") or era == "auto":
        rates = {str(line.rate) for line in fast.lines if line.category == "utility"}
        assert {"0.0060", "0.0050"} <= rates  # the tiers really were reached


def error_of(
    engine: BillingEngine, events: list[PricingEvent], explain: bool
) -> tuple[object, ...]:
    with pytest.raises(PricingError) as info:
        engine.bill(events, explain=explain)
    return (info.value.index, info.value.field, str(info.value))


@pytest.mark.parametrize("seed", range(6))
def test_bad_input_gives_the_same_error_in_both_loops(seed: int) -> None:
    rng = random.Random(seed)
    events = random_events(seed, n=600)
    engine = BillingEngine(load_bundled_cards(), BillingSettings(era="auto"))
    spoiled = list(events)
    k = rng.randrange(50, len(spoiled) - 50)
    how = seed % 3
    if how == 0:  # an event from days later sits early: the day bisection cannot be trusted
        spoiled.insert(k, spoiled.pop(k + 40))
    elif how == 1:  # an event from the past sits late
        spoiled.insert(k + 40, spoiled.pop(k))
    else:  # a direction nobody knows
        e = spoiled[k]
        spoiled[k] = PricingEvent(e.t, "sideways", e.kind, e.country, e.category, e.contact)
    assert error_of(engine, spoiled, True) == error_of(engine, spoiled, False)


def dense_events(seed: int, start: datetime, days: int) -> list[PricingEvent]:
    """30 contacts, each writing or written to every ~5 hours."""
    rng = random.Random(seed)
    t = int(start.timestamp())
    events = []
    for _ in range(days * 24 * 6):
        t += rng.randrange(0, 1200)
        contact = f"c{rng.randrange(30)}"
        country = COUNTRIES[int(contact[1:]) % len(COUNTRIES)]
        roll = rng.random()
        if roll < 0.35:
            entry = "ctwa" if rng.random() < 0.3 else None
            events.append(PricingEvent(t, "in", "free_form", country, None, contact, entry))
        elif roll < 0.6:
            events.append(PricingEvent(t, "out", "free_form", country, None, contact))
        else:
            cat = rng.choice(("marketing", "utility", "authentication"))
            events.append(PricingEvent(t, "out", "template", country, cat, contact))
    return events


@pytest.mark.parametrize("era", ["auto", *ERAS])
def test_dense_traffic_across_midnights_with_windows_dropped_every_day(
    era: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Drop ended windows at every day.
    monkeypatch.setattr(fast_engine, "_PRUNE_GROWTH", 0)
    monkeypatch.setattr(fast_engine, "_PRUNE_SLACK", -1)
    # Across the switch to per-message pricing (auto) and a month end.
    events = dense_events(5, datetime(2025, 6, 10, tzinfo=UTC), days=40)
    # Windows of two hours or less end all day long, also just after the day's last event.
    settings = BillingSettings(era=era, timezone="Asia/Tokyo", free_tier_monthly=5,
                               service_free_monthly=5, csw_seconds=7200,
                               conversation_seconds=7200, fep_seconds=3600,
                               fep_reply_seconds=5400)  # fmt: skip
    engine = BillingEngine(load_bundled_cards(), settings)
    explained = engine.bill(events, explain=True)
    fast = engine.bill(events)
    assert sum(line.count for line in fast.lines) > 50  # not vacuous
    assert sorted(map(repr, fast.lines)) == sorted(map(repr, explained.lines))


def test_the_two_loops_do_not_import_each_other() -> None:
    """Both take their vocabulary from billing_core; the lean loop never needs engine.py."""
    import subprocess
    import sys

    code = (
        "import sys, desktop.services.pricing.fast_engine as f\n"
        "assert 'desktop.services.pricing.engine' not in sys.modules, 'cycle'\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
