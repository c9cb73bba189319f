"""Is the database file sound, and can we write to it? Checked at start-up, before any write.

A file with a damaged page opens without complaint: SQLite only fails when a query touches
the page. Left alone, the receiver would answer 200 to webhooks it may not be able to keep,
and the window would start as if nothing were wrong. ``PRAGMA quick_check`` reads every page
once (it skips the index-to-table cross-check of ``integrity_check``), which on a year of a
busy shop costs about as much as reading the file (``benchmarks/bench_db_health.py``).

Another program holding a write lock makes every write wait ``busy_timeout`` and then fail;
:func:`probe_write` finds that out at once, so start-up can say so and retry.
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError

#: Problems listed at most (a badly damaged file reports thousands).
MAX_PROBLEMS = 10


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def quick_check(engine: Engine) -> list[str]:
    """The problems ``PRAGMA quick_check`` finds ([] when the file is sound, or not SQLite)."""
    if not is_sqlite(engine):
        return []
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql(f"PRAGMA quick_check({MAX_PROBLEMS})").scalars().all()
    except OperationalError as exc:
        if _is_lock_error(exc):
            raise
        return [str(exc.orig)]
    except DatabaseError as exc:  # "database disk image is malformed", "not a database"
        return [str(exc.orig)]
    problems = [str(row) for row in rows]
    return [] if problems == ["ok"] else problems


def probe_write(engine: Engine, timeout_ms: int = 1000) -> bool:
    """Whether a write transaction can start now (False: another program holds the lock)."""
    if not is_sqlite(engine):
        return True
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        previous = raw.execute("PRAGMA busy_timeout").fetchone()[0]
        raw.execute(f"PRAGMA busy_timeout={int(timeout_ms)}")
        try:
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("ROLLBACK")
        except Exception as exc:  # sqlite3.OperationalError: database is locked
            if "locked" in str(exc) or "busy" in str(exc):
                return False
            raise
        finally:
            raw.execute(f"PRAGMA busy_timeout={int(previous)}")
    return True


def _is_lock_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text
