"""The start-up checks of the database file: damage, another program's lock, backups."""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.models.db import Database, DatabaseUnavailable
from desktop.models.db_health import probe_write, quick_check
from desktop.models.entities import Contact
from desktop.services.backup import (
    backup_due,
    list_backups,
    restore_backup,
    take_backup,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from damaged_db import make_damaged_db, make_history_db

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_quick_check_finds_garbage_in_the_middle_of_the_file(tmp_path: Path) -> None:
    sound = Database(make_history_db(tmp_path / "sound.sqlite3"))
    damaged = Database(make_damaged_db(tmp_path / "damaged.sqlite3"))
    try:
        assert quick_check(sound.engine) == []
        damaged.migrate_sync()  # the header is intact: opening alone notices nothing
        assert quick_check(damaged.engine) != []
    finally:
        sound.close()
        damaged.close()


def test_a_database_locked_by_another_program_is_named_as_such(db_url: str) -> None:
    db = Database(db_url)
    db.migrate_sync()
    other = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert probe_write(db.engine, timeout_ms=50) is False
        with pytest.raises(DatabaseUnavailable) as caught:
            db.migrate_sync()
        assert caught.value.kind == "locked"
        assert "in use by another program" in str(caught.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert probe_write(db.engine) is True
    db.migrate_sync()
    db.close()


def test_backups_are_daily_and_the_newest_seven_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "wabadesk.sqlite3"
    db = Database(make_history_db(path))
    assert backup_due(path, T0)
    for day in range(9):
        take_backup(db.engine, path, T0 + timedelta(days=day))
    assert not backup_due(path, T0 + timedelta(days=8, hours=23))
    assert backup_due(path, T0 + timedelta(days=9))
    backups = list_backups(path)
    assert [b.taken_at for b in backups] == [T0 + timedelta(days=d) for d in range(8, 1, -1)]
    assert not list(backups[0].path.parent.glob("*.partial"))
    copy = sqlite3.connect(backups[0].path)
    assert copy.execute("PRAGMA quick_check").fetchone() == ("ok",)
    copy.close()
    db.close()


def test_restoring_a_backup_keeps_the_damaged_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "wabadesk.sqlite3"
    db = Database(make_history_db(path))
    backup = take_backup(db.engine, path, T0)
    db.close()
    from damaged_db import damage

    damage(path)
    aside = restore_backup(backup, path, T0 + timedelta(days=1))
    assert aside.exists() and aside != path
    db = Database(f"sqlite:///{path}")
    assert quick_check(db.engine) == []
    assert db.call(lambda s: s.scalar(select(func.count(Contact.id)))) == 120
    db.close()
