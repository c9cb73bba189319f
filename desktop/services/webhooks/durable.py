"""Commit webhook batches with SQLite's ``synchronous=FULL``: a 200 must survive power loss.

The database runs ``synchronous=NORMAL`` in WAL mode, which survives a crash of the app but
not of the machine: the last commits may still be in the OS's cache when the power goes.
That is fine for a read marker; it is not for a webhook we answered 200, because Meta will
never send it again. So the receiver's transactions (and only those) are committed with
``FULL``, which syncs the WAL at every commit. Group commit keeps the cost to one sync per
batch (``benchmarks/bench_webhook_ingest.py`` prints it against NORMAL). Other databases
are left as configured (PostgreSQL commits durably by default).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

T = TypeVar("T")

FULL = 2


def commit_durably(engine: Engine, fn: Callable[..., T], *args: Any) -> T:
    """Run ``fn(session, *args)`` in one transaction, committed with ``synchronous=FULL``."""
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        before = None
        if sqlite:
            # The safety level can only change outside a transaction, so before any work.
            before = conn.exec_driver_sql("PRAGMA synchronous").scalar()
            conn.exec_driver_sql(f"PRAGMA synchronous={FULL}")
            conn.commit()
        try:
            with Session(bind=conn, expire_on_commit=False) as session:
                result = fn(session, *args)
                session.commit()
            return result
        finally:
            if sqlite and before is not None and before != FULL:
                conn.rollback()
                conn.exec_driver_sql(f"PRAGMA synchronous={int(before)}")
                conn.commit()
