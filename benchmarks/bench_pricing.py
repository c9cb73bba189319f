"""Replay 1,000,000 billing events (100,000 contacts, every era) and compare with iteration.

Prints events/s, seconds, and the ratio to a baseline measured in the same run: a loop that
merely iterates the same events and reads every field the engine reads. Goal: <= 3 s and
<= 4x the baseline. Run: ``python benchmarks/bench_pricing.py [N_EVENTS] [N_CONTACTS]``.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.engine import BillingEngine
from desktop.services.pricing.model import BillingSettings, PricingEvent

COUNTRIES = ("JP", "US", "BR", "IN", "DE", "GB", "ID", "MX", "FR", "ZA", "PL", "KE", "AU")
CATEGORIES = ("marketing", "utility", "utility", "authentication")


def make_events(n: int, n_contacts: int, seed: int = 7) -> list[PricingEvent]:
    rng = random.Random(seed)
    start = int(datetime(2022, 2, 1, tzinfo=UTC).timestamp())
    end = int(datetime(2027, 3, 1, tzinfo=UTC).timestamp())
    times = sorted(rng.randrange(start, end) for _ in range(n))
    country_of = [rng.choice(COUNTRIES) for _ in range(n_contacts)]
    names = [f"c{i}" for i in range(n_contacts)]
    events = []
    for t in times:
        c = rng.randrange(n_contacts)
        roll = rng.random()
        if roll < 0.35:
            ev = PricingEvent(
                t, "in", "free_form", country_of[c], None, names[c], "ctwa" if roll < 0.02 else None
            )
        elif roll < 0.65:
            ev = PricingEvent(t, "out", "free_form", country_of[c], None, names[c])
        else:
            ev = PricingEvent(t, "out", "template", country_of[c], rng.choice(CATEGORIES), names[c])
        events.append(ev)
    return events


def baseline(events: list[PricingEvent]) -> int:
    """Merely iterate the events: read every field the engine may read, decide nothing."""
    n = 0
    for ev in events:
        t = ev.t
        contact = ev.contact
        direction = ev.direction
        kind = ev.kind
        category = ev.category
        country = ev.country
        entry_point = ev.entry_point
        delivered = ev.delivered
        waba = ev.waba
        phone = ev.phone_number
        market = ev.market
        n += 1
    del t, contact, direction, kind, category, country, entry_point, delivered, waba, phone
    del market
    return n


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    n_contacts = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    events = make_events(n, n_contacts)
    book = load_bundled_cards()
    engine = BillingEngine(book, BillingSettings(era="auto"))
    engine.bill(events[:10_000])  # warm caches and imports

    # Best of three of each, interleaved, so a busy machine hurts both alike.
    base = took = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        baseline(events)
        base = min(base, time.perf_counter() - t0)
        t0 = time.perf_counter()
        result = engine.bill(events)
        took = min(took, time.perf_counter() - t0)

    # The same events arriving as rows (how a history replay reads them from the database):
    # the baseline builds and reads each event, the replay builds and bills them.
    rows = [
        (e.t, e.direction, e.kind, e.country, e.category, e.contact, e.entry_point) for e in events
    ]
    row_base = row_took = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        baseline(list(PricingEvent(*row) for row in rows))
        row_base = min(row_base, time.perf_counter() - t0)
        t0 = time.perf_counter()
        engine.bill(PricingEvent(*row) for row in rows)
        row_took = min(row_took, time.perf_counter() - t0)

    charged = sum(line.count for line in result.lines)
    print(f"events:            {n:,} ({n_contacts:,} contacts, eras cbp-2022..pmp-2026-10)")
    print(f"charges:           {charged:,}  total {result.total()} {result.currency}")
    print(f"baseline iterate:  {base:.3f} s")
    print(f"engine replay:     {took:.3f} s  ({n / took:,.0f} events/s)")
    print(f"ratio to baseline: {took / base:.2f}x  (goal <= 4x, <= 3 s)")
    print("from rows (events built while iterating):")
    print(f"  baseline build+iterate: {row_base:.3f} s")
    print(f"  build+replay:           {row_took:.3f} s  ({n / row_took:,.0f} events/s)")
    print(f"  ratio to baseline:      {row_took / row_base:.2f}x")


if __name__ == "__main__":
    main()
