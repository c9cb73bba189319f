"""Replay 1,000,000 billing events (100,000 contacts, every era) and compare with iteration.

Prints events/s, seconds, and the ratio to a baseline measured in the same run: a loop that
merely iterates the same events and reads every field the engine reads. Goal: <= 3 s and
<= 4x the baseline. Each figure is the median and the best of BENCH_RUNS (default 5)
interleaved runs, as wall time and as this process's CPU time (the machine may be shared).
Run: ``python benchmarks/bench_pricing.py [N_EVENTS] [N_CONTACTS]``.
"""

from __future__ import annotations

import os
import random
import statistics
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

    # Interleaved runs, so a busy machine hurts both alike. Wall time (perf_counter) and
    # CPU time of this process (process_time: not inflated when other jobs steal the CPU).
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    base_wall: list[float] = []
    base_cpu: list[float] = []
    took_wall: list[float] = []
    took_cpu: list[float] = []
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        baseline(events)
        base_cpu.append(time.process_time() - c0)
        base_wall.append(time.perf_counter() - w0)
        w0, c0 = time.perf_counter(), time.process_time()
        result = engine.bill(events)
        took_cpu.append(time.process_time() - c0)
        took_wall.append(time.perf_counter() - w0)

    # The same events arriving as rows (how a history replay reads them from the database):
    # the baseline builds and reads each event, the replay builds and bills them.
    rows = [
        (e.t, e.direction, e.kind, e.country, e.category, e.contact, e.entry_point) for e in events
    ]
    row_base: list[float] = []
    row_took: list[float] = []
    for _ in range(3):
        c0 = time.process_time()
        baseline(list(PricingEvent(*row) for row in rows))
        row_base.append(time.process_time() - c0)
        c0 = time.process_time()
        engine.bill(PricingEvent(*row) for row in rows)
        row_took.append(time.process_time() - c0)

    charged = sum(line.count for line in result.lines)
    med = statistics.median
    print(f"events:            {n:,} ({n_contacts:,} contacts, eras cbp-2022..pmp-2026-10)")
    print(f"charges:           {charged:,}  total {result.total()} {result.currency}")
    print(f"runs:              {runs}, interleaved (median / best)")
    print(f"baseline iterate:  wall {med(base_wall):.3f} / {min(base_wall):.3f} s,"
          f"  cpu {med(base_cpu):.3f} / {min(base_cpu):.3f} s")  # fmt: skip
    print(f"engine replay:     wall {med(took_wall):.3f} / {min(took_wall):.3f} s,"
          f"  cpu {med(took_cpu):.3f} / {min(took_cpu):.3f} s"
          f"  ({n / med(took_wall):,.0f} events/s)")  # fmt: skip
    print(f"ratio to baseline: wall {med(took_wall) / med(base_wall):.2f}x"
          f" / {min(took_wall) / min(base_wall):.2f}x,"
          f"  cpu {med(took_cpu) / med(base_cpu):.2f}x / {min(took_cpu) / min(base_cpu):.2f}x"
          "  (goal <= 4x, <= 3 s)")  # fmt: skip
    print("from rows (events built while iterating), cpu, median of 3:")
    print(f"  baseline build+iterate: {med(row_base):.3f} s")
    print(f"  build+replay:           {med(row_took):.3f} s  ({n / med(row_took):,.0f} events/s)")
    print(f"  ratio to baseline:      {med(row_took) / med(row_base):.2f}x")


if __name__ == "__main__":
    main()
