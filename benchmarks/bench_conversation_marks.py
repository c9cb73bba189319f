"""What the row marks cost: a list page with channel and failed-send marks, against one without.

Reads the 1,000,000-message database of ``make_inbox_db.py`` (opened read-only, so it is
left as it is) and measures, best of several runs each:

* a 100-row page of the conversation list as the inbox reads it (ids and rows), with the
  channel of each number and "our last send failed" read along (what the list shows now),
  against the same page with both marks stubbed out (the baseline, measured in this run);
* the unread count per channel for the chooser, against counting unread conversations once
  (``conversation_count`` of the "Unread" view: the baseline).

Ends with one JSON line of the figures.

    python benchmarks/bench_conversation_marks.py [--db /tmp/wabadesk-inbox-1m.sqlite3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, event  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from desktop.services import conversation_marks, inbox  # noqa: E402

DEFAULT_DB = Path("/tmp/wabadesk-inbox-1m.sqlite3")
RUNS = 7


def best_ms(work: Callable[[], Any], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} is missing: build it with benchmarks/make_inbox_db.py first")
        return 2
    engine = create_engine(f"sqlite:///file:{args.db}?mode=ro&uri=true")

    @event.listens_for(engine, "connect")
    def _read_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only = 1")

    flt = inbox.ConversationFilter()
    with Session(engine) as session:
        first = inbox.conversation_page(session, flt, limit=100)
        deep = inbox.conversation_page(session, flt, limit=20_000)
        after = deep.next_after

        def page(at: inbox.PageKey | None) -> Callable[[], Any]:
            return lambda: inbox.conversation_page_rows(session, flt, at, 100)

        marked_first = best_ms(page(None))
        marked_deep = best_ms(page(after))
        real = (inbox.channels_by_number, inbox.failed_last_sends)
        inbox.channels_by_number = lambda _s: {}  # type: ignore[assignment]
        inbox.failed_last_sends = lambda _s, _ids: set()  # type: ignore[assignment]
        try:
            plain_first = best_ms(page(None))
            plain_deep = best_ms(page(after))
        finally:
            inbox.channels_by_number, inbox.failed_last_sends = real
        marks_alone = best_ms(
            lambda: (
                conversation_marks.channels_by_number(session),
                conversation_marks.failed_last_sends(session, first.ids),
            )
        )
        unread_channels = best_ms(lambda: conversation_marks.unread_by_number(session))
        unread_once = best_ms(
            lambda: inbox.conversation_count(session, inbox.ConversationFilter(unread_only=True))
        )
    print(f"list page of 100, top:        {marked_first:7.1f} ms  (no marks {plain_first:.1f} ms)")
    print(f"list page of 100, row 20,000: {marked_deep:7.1f} ms  (no marks {plain_deep:.1f} ms)")
    print(f"the marks alone for 100 rows: {marks_alone:7.1f} ms")
    print(
        f"unread per channel:           {unread_channels:7.1f} ms"
        f"  (one unread count {unread_once:.1f} ms)"
    )
    print(
        json.dumps(
            {
                "page_ms": round(marked_first, 2),
                "page_baseline_ms": round(plain_first, 2),
                "deep_page_ms": round(marked_deep, 2),
                "deep_page_baseline_ms": round(plain_deep, 2),
                "marks_ms": round(marks_alone, 2),
                "unread_per_channel_ms": round(unread_channels, 2),
                "unread_count_baseline_ms": round(unread_once, 2),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
