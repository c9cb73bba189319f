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
import os
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
from desktop.services.pricing.era_pass import HistoryCancelled
from desktop.services.pricing.history import (
    _message_rows,
    price_history,
    read_history,
    reprice_year,
    resume_from,
    waba_settings,
)
from desktop.services.pricing.history_months import (
    current_watermark,
    load_closed_months,
    store_closed_months,
)
from desktop.services.pricing.history_read import driver_batches, read_timelines, timeline_rows

DEFAULT_DB = Path(tempfile.gettempdir()) / "wabadesk-history-bench.sqlite3"


def _times() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _since(t0: tuple[float, float]) -> tuple[float, float]:
    return time.perf_counter() - t0[0], time.process_time() - t0[1]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(step: str, db_path: str) -> dict[str, float]:
    """One measured step, in its own process."""
    db = Database(f"sqlite:///{db_path}")
    book = load_bundled_cards()
    out: dict[str, float] = {}
    if step == "read-all":
        t0 = _times()
        out["rows"] = db.call(_count_rows, timeline_rows())
        out["wall"], out["cpu"] = _since(t0)
    elif step == "full":
        cancel = threading.Event()
        seen: list[int] = []
        t0 = _times()
        mark = db.call(current_watermark)
        read = db.call(read_timelines, progress=lambda d, t: seen.append(d), cancel=cancel)
        out["read_wall"], out["read_cpu"] = _since(t0)
        now = int(time.time())
        kept = reprice_year(book, read, now, progress=lambda d, t: seen.append(d), cancel=cancel)
        out["wall"], out["cpu"] = _since(t0)
        out["progress_reports"] = len(seen)
        out["events"] = sum(len(t) for t in read.timelines.values())
        out["kept_months"] = kept.count()
        db.call(store_closed_months, book, kept, mark)
    elif step == "cancel":
        # Cancel as the first batch is read: how long until the replay has stopped.
        cancel = threading.Event()
        t0 = _times()
        try:
            db.call(read_timelines, progress=lambda d, t: d and cancel.set(), cancel=cancel)
        except HistoryCancelled:
            pass
        out["wall"], out["cpu"] = _since(t0)
    elif step in ("open", "read-open"):
        t0 = _times()
        settings = db.call(waba_settings)
        kept, _mark = db.call(load_closed_months, book)
        since = resume_from(kept, settings)
        if step == "read-open":
            out["rows"] = db.call(_count_rows, _message_rows(since))
        else:
            stored = db.call(read_history, since=since)
            report = price_history(book, stored, kept=kept)
            month = report.months()[-1]
            out["amount"] = float(sum(ln.amount for _cur, ln in report.lines(month)))
            out["events"] = report.events
            out["months"] = len(report.months())
        out["wall"], out["cpu"] = _since(t0)
    out["peak_mb"] = _peak_mb()
    db.close()
    return out


def _count_rows(session: object, query: object) -> int:
    """Merely read the rows a step reads: fetch them in batches and drop them."""
    return sum(len(rows) for rows in driver_batches(session, query, 20_000))  # type: ignore[arg-type]


def run(step: str, db_path: Path) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", step, str(db_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3])))
        return
    db_path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DB
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    if not db_path.exists() or _messages(db_path) != n:
        from make_pricing_history_db import make

        make(db_path, n)
    Database(f"sqlite:///{db_path}").migrate_sync()  # a database made before 0021
    _forget_kept_months(db_path)
    counts = {t: _count(db_path, t) for t in ("message", "message_status", "billing_record")}
    print(f"database: {db_path} {counts}")
    print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores, shared)")
    read_all = run("read-all", db_path)
    full = run("full", db_path)
    stop = run("cancel", db_path)
    read_open = run("read-open", db_path)
    opened = run("open", db_path)
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
    print(f"cancel while reading: stopped after wall {stop['wall']:.2f} s")
    print(
        f"read the open rows:  wall {read_open['wall']:.2f} s, cpu {read_open['cpu']:.2f} s"
        f"  ({read_open['rows']:,.0f} rows)"
    )
    print(
        f"open current month:  wall {opened['wall']:.2f} s, cpu {opened['cpu']:.2f} s,"
        f" peak {opened['peak_mb']:.0f} MB ({opened['events']:,.0f} events billed,"
        f" {opened['months']:.0f} months listed)"
        f"  ratio to reading: cpu {opened['cpu'] / max(read_open['cpu'], 1e-9):.2f}x"
        "  (goal <= 1 s)"
    )
    print(f"load average after: {os.getloadavg()[0]:.2f}")


def _forget_kept_months(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("DELETE FROM pricing_month")
        con.execute("DELETE FROM pricing_watermark")
        con.commit()
    finally:
        con.close()


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
