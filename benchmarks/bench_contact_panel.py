"""What opening the contact panel costs on a year of history (goal: ≤ 50 ms).

Reads the 1,000,000-message database of ``make_inbox_db.py`` (opened read-only) and, for a
sample of customers (the busiest ones included: a few hundred-message threads and the
10,000-message ones), times what the panel reads when it opens:

* the card: :func:`contact_details` (names, number in every format, channels, number and id
  changes) plus this month's cost, :func:`contact_month_spend`;
* the baseline, measured in the same run: reading the customer's row and their
  conversations, the least any panel must read.

And, opened with the same chat, the facts of the composer's price line
(:func:`reply_facts`: the window, this month's free replies used by the number, a free entry
point), against the same baseline.

Prints the median, 95th percentile and worst of each, their ratio, and one JSON line.

    python benchmarks/bench_contact_panel.py [--db /tmp/wabadesk-inbox-1m.sqlite3]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, event, func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from desktop.models.entities import Contact, Conversation, Message  # noqa: E402
from desktop.services.contacts import contact_details  # noqa: E402
from desktop.services.pricing.cards import load_bundled_cards  # noqa: E402
from desktop.services.pricing.message_cost import contact_month_spend  # noqa: E402
from desktop.services.pricing.reply_price import reply_facts  # noqa: E402

DEFAULT_DB = Path("/tmp/wabadesk-inbox-1m.sqlite3")
GOAL_MS = 50.0


def timed_ms(work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "median_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 2),
        "max_ms": round(ordered[-1], 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--sample", type=int, default=200)
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} is missing: build it with benchmarks/make_inbox_db.py first")
        return 2
    engine = create_engine(f"sqlite:///file:{args.db}?mode=ro&uri=true")

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only = 1")

    book = load_bundled_cards()
    with Session(engine) as session:
        now = int(session.scalar(select(func.max(Message.timestamp))) or time.time())
        ids = list(session.scalars(select(Contact.id)))
        busiest = list(
            session.scalars(
                select(Conversation.contact_id)
                .join(Message, Message.conversation_id == Conversation.id)
                .group_by(Conversation.id)
                .order_by(func.count().desc())
                .limit(10)
            )
        )
        rng = random.Random(7)
        sample = busiest + rng.sample(ids, min(args.sample, len(ids)))
        contact_details(session, sample[0], "ja")  # the geocoder loads once, as in the app

        def baseline(contact_id: int) -> None:
            session.get(Contact, contact_id)
            session.scalars(select(Conversation).where(Conversation.contact_id == contact_id)).all()

        def card(contact_id: int) -> None:
            contact_details(session, contact_id, "ja")
            contact_month_spend(session, book, contact_id, now)

        def price_facts(contact_id: int) -> None:
            for conversation_id in session.scalars(
                select(Conversation.id).where(Conversation.contact_id == contact_id).limit(1)
            ):
                reply_facts(session, conversation_id, now)

        base_times, card_times, price_times = [], [], []
        for contact_id in sample:  # take turns, so a busy moment slows all alike
            session.expire_all()
            base_times.append(timed_ms(lambda c=contact_id: baseline(c)))
            session.expire_all()
            card_times.append(timed_ms(lambda c=contact_id: card(c)))
            session.expire_all()
            price_times.append(timed_ms(lambda c=contact_id: price_facts(c)))
    base, panel, price = summary(base_times), summary(card_times), summary(price_times)
    print(f"customers: {len(sample)} (the 10 busiest and {len(sample) - 10} at random)")
    print(
        f"baseline (customer row + conversations): median {base['median_ms']} ms, "
        f"p95 {base['p95_ms']} ms, worst {base['max_ms']} ms"
    )
    print(
        f"contact panel (card + this month's cost): median {panel['median_ms']} ms, "
        f"p95 {panel['p95_ms']} ms, worst {panel['max_ms']} ms"
    )
    print(
        f"price line facts (window, free replies used, entry point): median "
        f"{price['median_ms']} ms, p95 {price['p95_ms']} ms, worst {price['max_ms']} ms"
    )
    ratio = panel["p95_ms"] / base["p95_ms"] if base["p95_ms"] else float("inf")
    verdict = "PASS" if panel["max_ms"] <= GOAL_MS else "FAIL"
    print(f"p95 ratio to baseline {ratio:.1f}x; worst against the {GOAL_MS:.0f} ms goal: {verdict}")
    print(
        json.dumps(
            {"baseline": base, "panel": panel, "price_line": price, "p95_ratio": round(ratio, 2)}
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
