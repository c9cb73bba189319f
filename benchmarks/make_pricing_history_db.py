"""A year of WhatsApp traffic in a fresh database, for the pricing history benchmarks.

Creates the schema through the app's own migrations, then writes rows with raw SQL in
large transactions (the ORM would take minutes): one WABA in Tokyo with two numbers,
CONTACTS customers in six markets, N messages from a year ago until now (about 40 %
inbound, some from ads; the rest replies and templates), their delivered/read statuses
and the ``pricing`` records Meta would send (about 0.8 per message at the default size).
Run: ``python benchmarks/make_pricing_history_db.py PATH [N_MESSAGES] [CONTACTS]``.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.models.db import Database
from desktop.services.pricing.markets import stored_country

WABA = "100000000000001"
NUMBERS = ("200000000000001", "200000000000002")
# Calling code -> a plausible subscriber number prefix (Japan, Brazil, India, US, Germany, UK).
PREFIXES = ("8190", "5511", "9198", "1650", "4915", "4475")
TEMPLATES = (
    ("order_update", "ja", "UTILITY"),
    ("delivery_notice", "en_US", "UTILITY"),
    ("spring_sale", "ja", "MARKETING"),
    ("newsletter", "en_US", "MARKETING"),
    ("login_code", "en_US", "AUTHENTICATION"),
)
NOW = "2026-01-01T00:00:00+00:00"


def make(path: Path, n_messages: int = 1_000_000, n_contacts: int = 50_000, seed: int = 7) -> None:
    if path.exists():
        path.unlink()
    db = Database(f"sqlite:///{path}")
    db.migrate_sync()
    db.close()
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("INSERT INTO business (id, name) VALUES ('biz', 'Benchmark shop')")
    con.execute(
        "INSERT INTO waba (id, business_id, name, currency, timezone, is_sandbox) "
        "VALUES (?, 'biz', 'Benchmark shop', 'USD', 'Asia/Tokyo', 0)",
        (WABA,),
    )
    for k, number in enumerate(NUMBERS):
        con.execute(
            "INSERT INTO phone_number (id, waba_id, display_phone_number, verified_name, "
            "is_test_number, throughput_mps, unknown, updated_at) VALUES (?, ?, ?, ?, 0, 80, 0, ?)",
            (number, WABA, f"8150000000{k}", "Benchmark shop", NOW),
        )
    for name, language, category in TEMPLATES:
        con.execute(
            "INSERT INTO template (waba_id, name, language, category, status, parameter_format, "
            "components, updated_at) VALUES (?, ?, ?, ?, 'APPROVED', 'POSITIONAL', '[]', ?)",
            (WABA, name, language, category, NOW),
        )
    numbers = [f"{PREFIXES[c % len(PREFIXES)]}{c:08d}" for c in range(n_contacts)]
    contacts = [  # each with the country ingest keeps for its number
        (c + 1, number, stored_country(number), f"Customer {c}", NOW)
        for c, number in enumerate(numbers)
    ]
    con.executemany(
        "INSERT INTO contact (id, wa_id, country, profile_name, created_at) VALUES (?, ?, ?, ?, ?)",
        contacts,
    )
    con.executemany(
        "INSERT INTO conversation (id, phone_number_id, contact_id, unread_count) "
        "VALUES (?, ?, ?, 0)",
        [(c + 1, NUMBERS[c % 2], c + 1) for c in range(n_contacts)],
    )
    end = int(time.time())
    start = end - 365 * 86_400
    times = sorted(rng.randrange(start, end) for _ in range(n_messages))
    messages, statuses, records = [], [], []
    template_payloads = [
        json.dumps({"template": {"name": n, "language": {"code": lang}}})
        for n, lang, _ in TEMPLATES
    ]
    referral = json.dumps({"referral": {"source_type": "ad", "source_id": "1"}})
    status_id = record_id = 0
    for m, t in enumerate(times, start=1):
        conv = rng.randrange(n_contacts) + 1
        number = NUMBERS[(conv - 1) % 2]
        wamid = f"wamid.HBgL{m:012d}FQIAERgSQkE2RjlGNTNBNzU2QzNFNjAA"
        roll = rng.random()
        if roll < 0.4:
            payload = referral if roll < 0.01 else "{}"
            messages.append(
                (m, conv, number, wamid, "in", "text", payload, None, None, None, t, NOW)
            )
            continue
        is_template = roll >= 0.7
        k = rng.randrange(len(TEMPLATES))
        payload = template_payloads[k] if is_template else "{}"
        kind = "template" if is_template else "text"
        delivered = t + rng.randrange(1, 30)
        read = rng.random() < 0.5
        last = "read" if read else "delivered"
        messages.append(
            (m, conv, number, wamid, "out", kind, payload, last, delivered, delivered, t, NOW)
        )  # delivered_at: the first delivered status, as ingest keeps it
        status_id += 1
        statuses.append((status_id, m, wamid, "delivered", delivered, number))
        if read:
            status_id += 1
            statuses.append((status_id, m, wamid, "read", delivered + 60, number))
        category = TEMPLATES[k][2].lower() if is_template else "service"
        billable = is_template and not (category == "utility" and rng.random() < 0.3)
        pricing_type = "regular" if billable else "free_customer_service"
        for st, at in (("sent", t), ("delivered", delivered)):
            if st == "sent" and rng.random() < 0.64:
                continue
            record_id += 1
            records.append(
                (record_id, wamid, st, at, WABA, number, billable, "PMP", pricing_type, category)
            )
        if len(messages) >= 100_000:
            _flush(con, messages, statuses, records)
    _flush(con, messages, statuses, records)
    con.commit()
    con.close()


def _flush(con: sqlite3.Connection, messages: list, statuses: list, records: list) -> None:  # type: ignore[type-arg]
    con.executemany(
        "INSERT INTO message (id, conversation_id, phone_number_id, wamid, direction, type, "
        "payload, status, status_ts, delivered_at, timestamp, created_at, attempts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        messages,
    )
    con.executemany(
        "INSERT INTO message_status (id, message_id, wamid, status, timestamp, phone_number_id, "
        "orphan) VALUES (?, ?, ?, ?, ?, ?, 0)",
        statuses,
    )
    con.executemany(
        "INSERT INTO billing_record (id, wamid, status, timestamp, waba_id, phone_number_id, "
        "billable, pricing_model, pricing_type, category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        records,
    )
    messages.clear()
    statuses.clear()
    records.clear()


def main() -> None:
    path = Path(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    contacts = int(sys.argv[3]) if len(sys.argv) > 3 else 50_000
    began = time.perf_counter()
    make(path, n, contacts)
    con = sqlite3.connect(path)
    counts = {
        t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("message", "message_status", "billing_record")
    }
    con.close()
    print(f"{path}: {counts} in {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
