"""History at scale: a year of traffic (1,000,000 messages), opened and re-priced.

Prints, each beside the time of merely reading the same rows in the same run (the query
the history reads, rows fetched and dropped):

* open: the current month's bill when the closed months are kept (goal <= 1 s);
* full re-price: every message read and billed under the real rules and every era, with
  progress and cancel (goal <= 5 s and <= 500 MB peak RSS).

Each figure runs in a fresh process, so peak RSS is that step's own. The database is made
once by make_pricing_history_db.py (about 4 minutes on a busy machine) and reused.
Run: ``python benchmarks/bench_pricing_history.py [DB_PATH] [N_MESSAGES]``.
"""

from __future__ import annotations

import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.models.db import Database
from desktop.services.pricing.cards import load_bundled_cards
from desktop.services.pricing.history import (
    _message_rows,
    keep_closed_months,
    price_history,
    read_history,
    resume_from,
    waba_settings,
)
from desktop.services.pricing.history_months import ClosedMonths

DEFAULT_DB = Path(tempfile.gettempdir()) / "wabadesk-history-bench.sqlite3"


def _times() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(t0: tuple[float, float]) -> tuple[float, float]:
    return time.perf_counter() - t0[0], time.process_time() - t0[1]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(step: str, db_path: str, store: str) -> dict[str, float]:
    """One measured step, in its own process."""
    db = Database(f"sqlite:///{db_path}")
    book = load_bundled_cards()
    out: dict[str, float] = {}
    if step == "read-all":
        t0 = _times()
        rows = db.call(_count_rows, None)
        out["wall"], out["cpu"] = _since(t0)
        out["rows"] = rows
    elif step == "full":
        cancel = threading.Event()
        seen: list[int] = []
        t0 = _times()
        stored = db.call(read_history, progress=lambda d, t: seen.append(d), cancel=cancel)
        out["read_wall"], out["read_cpu"] = _since(t0)
        report = price_history(book, stored, progress=lambda d, t: seen.append(d), cancel=cancel)
        out["wall"], out["cpu"] = _since(t0)
        out["progress_reports"] = len(seen)
        out["events"] = report.events
        settings = db.call(waba_settings)
        kept = ClosedMonths(Path(store))
        out["kept_months"] = keep_closed_months(report, kept, settings, int(time.time()))
        kept.save(book, settings)
    elif step in ("open", "read-open"):
        t0 = _times()
        settings = db.call(waba_settings)
        kept = ClosedMonths.load(Path(store), book, settings)
        since = resume_from(kept, settings)
        if step == "read-open":
            out["rows"] = db.call(_count_rows, since)
        else:
            stored = db.call(read_history, since=since)
            report = price_history(book, stored, eras=(), kept=kept)
            month = report.months()[-1]
            out["amount"] = float(sum(ln.amount for _cur, ln in report.lines(month)))
            out["events"] = report.events
        out["wall"], out["cpu"] = _since(t0)
    out["peak_mb"] = _peak_mb()
    db.close()
    return out


def _count_rows(session: object, since: int | None) -> int:
    """Merely read the rows the history reads: fetch and drop them."""
    result = session.connection().execute(  # type: ignore[attr-defined]
        _message_rows(since).execution_options(stream_results=True)
    )
    return sum(len(rows) for rows in result.partitions(20_000))


def run(step: str, db_path: Path, store: Path) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", step, str(db_path), str(store)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3], sys.argv[4])))
        return
    db_path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DB
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    if not db_path.exists() or _messages(db_path) != n:
        from make_pricing_history_db import make

        make(db_path, n)
    counts = {t: _count(db_path, t) for t in ("message", "message_status", "billing_record")}
    print(f"database: {db_path} {counts}")
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "months.json"
        read_all = run("read-all", db_path, store)
        full = run("full", db_path, store)
        read_open = run("read-open", db_path, store)
        opened = run("open", db_path, store)
    print(
        f"read the same rows:  wall {read_all['wall']:.2f} s, cpu {read_all['cpu']:.2f} s"
        f"  ({read_all['rows']:,.0f} rows)"
    )
    print(
        f"full re-price:       wall {full['wall']:.2f} s, cpu {full['cpu']:.2f} s"
        f" (reading {full['read_cpu']:.2f} s cpu), peak {full['peak_mb']:.0f} MB,"
        f" {full['progress_reports']:.0f} progress reports, every era"
        f"  ratio to reading: cpu {full['cpu'] / read_all['cpu']:.2f}x"
        "  (goal <= 5 s, <= 500 MB)"
    )
    print(f"  closed months kept: {full['kept_months']:.0f}")
    print(
        f"read the open rows:  wall {read_open['wall']:.2f} s, cpu {read_open['cpu']:.2f} s"
        f"  ({read_open['rows']:,.0f} rows)"
    )
    print(
        f"open current month:  wall {opened['wall']:.2f} s, cpu {opened['cpu']:.2f} s,"
        f" peak {opened['peak_mb']:.0f} MB ({opened['events']:,.0f} events billed)"
        f"  ratio to reading: cpu {opened['cpu'] / max(read_open['cpu'], 1e-9):.2f}x"
        "  (goal <= 1 s)"
    )


def _messages(path: Path) -> int:
    try:
        return _count(path, "message")
    except sqlite3.Error:
        return -1


def _count(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        con.close()


if __name__ == "__main__":
    main()
