from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from desktop.models.db import Database, DatabaseUnavailable, default_db_url
from desktop.models.entities import Contact


def test_migrations_create_every_table(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    tables = set(inspect(db.engine).get_table_names())
    assert {
        "business",
        "waba",
        "phone_number",
        "business_profile",
        "contact",
        "conversation",
        "message",
        "message_status",
        "billing_record",
        "template",
        "webhook_event",
    } <= tables
    # Running the migrations again is a no-op, as at every start-up.
    db.migrate_sync()
    db.close()


def test_sqlite_runs_in_wal_mode(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        # Ingest's batches checkpoint every few thousand events, not every eighth batch.
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 8000
    db.close()


def test_run_executes_on_the_db_thread(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()

    def add(session: Session, wa_id: str):
        import threading

        session.add(Contact(wa_id=wa_id))
        return threading.current_thread().name

    async def go() -> str:
        return await db.run(add, "819012345678")

    assert asyncio.run(go()).startswith("db")
    assert db.call(lambda s: s.scalar(select(Contact.wa_id))) == "819012345678"
    db.close()


def test_default_url_is_in_the_user_data_dir(tmp_path: Path) -> None:
    assert str(tmp_path / "xdg-data") in default_db_url()


def test_corrupt_file_gives_a_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    db = Database(f"sqlite:///{bad}")
    with pytest.raises(DatabaseUnavailable, match="damaged"):
        db.migrate_sync()
    db.close()
    assert bad.read_bytes().startswith(b"this is not sqlite")


def test_bad_url_is_refused() -> None:
    with pytest.raises(DatabaseUnavailable, match="not a database URL"):
        Database("no such scheme")


def test_a_percent_sign_in_the_path_is_not_interpolation(tmp_path: Path) -> None:
    folder = tmp_path / "50%" / "%(here)s"
    db = Database(f"sqlite:///{folder / 'wabadesk.sqlite3'}")
    db.migrate_sync()
    assert "message" in inspect(db.engine).get_table_names()
    db.close()
    assert (folder / "wabadesk.sqlite3").is_file()


def test_a_scan_reads_beside_the_db_thread_and_never_writes(db_url: str) -> None:
    import threading

    db = Database(db_url)
    db.migrate_sync()
    db.call(lambda s: s.add(Contact(wa_id="15550001")))

    def scan(session: Session) -> tuple[str, int]:
        session.add(Contact(wa_id="15550002"))  # a scan that tries to write: rolled back
        session.flush()
        return threading.current_thread().name, len(session.scalars(select(Contact)).all())

    async def go() -> tuple[tuple[str, int], str]:
        aside = await db.read_aside(scan)
        main = await db.run(lambda _s: threading.current_thread().name)
        return aside, main

    try:
        (aside_thread, seen), main_thread = asyncio.run(go())
        assert aside_thread.startswith("db-scan") and main_thread.startswith("db")
        assert aside_thread != main_thread and seen == 2
        assert db.call(lambda s: len(s.scalars(select(Contact)).all())) == 1
    finally:
        db.close()
