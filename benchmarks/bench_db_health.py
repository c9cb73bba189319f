"""What the start-up health check and the daily backup cost on a year of a busy shop.

Builds (once, or reuses with ``--db``) a database of 1,000,000 messages in 50,000
conversations through the app's own migrations, filled with raw SQL inserts, then times:

- ``PRAGMA quick_check`` (what start-up runs; O(N) in the file size, skips index checks),
- ``PRAGMA integrity_check`` (the full check, for comparison),
- ``VACUUM INTO`` (the daily backup),

against a baseline measured in the same run: reading the whole file once from the page
cache (what any check must at least do). The ratio says how close to "just reading the
file" the check is; the absolute figure decides whether start-up may wait for it.

    python benchmarks/bench_db_health.py [--messages 1000000] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.models.db import Database
from desktop.models.db_health import quick_check

NUMBER_ID = "106540352242922"
WORDS = ["こんにちは", "予約", "ありがとう", "hello", "order", "delivery", "tomorrow", "thanks"]


def build(path: Path, messages: int, conversations: int) -> None:
    db = Database(f"sqlite:///{path}")
    db.migrate_sync()
    db.close()
    rng = random.Random(7)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    with con:
        con.execute(
            "INSERT INTO phone_number (id, display_phone_number, is_test_number, "
            "throughput_mps, unknown, updated_at) VALUES (?, '15550783881', 0, 80, 0, "
            "'2026-01-01 00:00:00')",
            (NUMBER_ID,),
        )
        con.executemany(
            "INSERT INTO contact (id, wa_id, profile_name, created_at) "
            "VALUES (?, ?, ?, '2026-01-01 00:00:00')",
            ((i, f"81{i:010d}", f"Customer {i}") for i in range(1, conversations + 1)),
        )
        con.executemany(
            "INSERT INTO conversation (id, phone_number_id, contact_id, unread_count) "
            "VALUES (?, ?, ?, 0)",
            ((i, NUMBER_ID, i) for i in range(1, conversations + 1)),
        )

    def rows(start: int, end: int):  # type: ignore[no-untyped-def]
        for i in range(start, end):
            inbound = i % 2 == 0
            text = " ".join(rng.choices(WORDS, k=rng.randint(3, 14)))
            payload = json.dumps({"type": "text", "text": {"body": text}}, ensure_ascii=False)
            yield (
                i,
                rng.randint(1, conversations),
                NUMBER_ID,
                f"wamid.HBgLODE5MDEyMzQ1Njc4FQIAEhgg{i:020d}",
                "in" if inbound else "out",
                "text",
                text,
                payload,
                None if inbound else "read",
                1_735_689_600 + i * 30,
                0,
                "2026-01-01 00:00:00",
            )

    step = 100_000
    for start in range(1, messages + 1, step):
        with con:
            con.executemany(
                "INSERT INTO message (id, conversation_id, phone_number_id, wamid, direction, "
                "type, text, payload, status, timestamp, attempts, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows(start, min(start + step, messages + 1)),
            )
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def read_file(path: Path) -> None:
    with path.open("rb") as f:
        while f.read(1 << 20):
            pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--conversations", type=int, default=50_000)
    parser.add_argument("--db", type=Path, help="reuse (or build once at) this path")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "year.sqlite3"
        if not path.exists():
            took = timed(lambda: build(path, args.messages, args.conversations))
            print(f"built {args.messages:,} messages in {took:.1f} s")
        size = path.stat().st_size
        read_file(path)  # warm the page cache, as a recently used DB is
        baseline = min(timed(lambda: read_file(path)) for _ in range(3))
        url = f"sqlite:///{path}"
        db = Database(url)
        problems: list[str] = []

        def check() -> None:
            problems[:] = quick_check(db.engine)

        quick = min(timed(check) for _ in range(3))
        assert not problems, problems
        with db.engine.connect() as conn:
            full = timed(lambda: conn.exec_driver_sql("PRAGMA integrity_check").all())
        backup = Path(tmp) / "backup.sqlite3"
        with db.engine.connect() as conn:
            vacuum = timed(lambda: conn.exec_driver_sql(f"VACUUM INTO '{backup}'"))
        db.close()
        print(f"database: {size / 1e6:.0f} MB, {args.messages:,} messages")
        print(f"baseline  read the file once:  {baseline * 1000:8.0f} ms")
        print(f"quick_check (start-up):        {quick * 1000:8.0f} ms  ({quick / baseline:.1f}x)")
        print(f"integrity_check (full):        {full * 1000:8.0f} ms  ({full / baseline:.1f}x)")
        print(f"VACUUM INTO (daily backup):    {vacuum * 1000:8.0f} ms  ({vacuum / baseline:.1f}x)")


if __name__ == "__main__":
    main()
