"""Daily copies of the SQLite database (``VACUUM INTO``), the last seven kept.

A damaged file (a disk error, the OS dying mid-write, a sync tool touching the file) cannot
be repaired in place; what saves the user's history is a recent sound copy. ``VACUUM INTO``
writes a compact, consistent copy while the app keeps working (in WAL mode it is only a read
transaction), so it runs in the background once a day, and only after ``quick_check`` found
the file sound: a damaged file must never push the good copies out of the rotation. The copy
is written under a temporary name and renamed, so a half-written copy is never offered.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

KEEP = 7
EVERY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC


def backup_folder(db_path: Path) -> Path:
    """``backups/<db name>/`` beside the database file."""
    return db_path.parent / "backups" / db_path.stem


def list_backups(db_path: Path) -> list[Backup]:
    """The finished copies of ``db_path``, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{db_path.stem}-*.sqlite3"):
        stamp = path.name[len(db_path.stem) + 1 : -len(".sqlite3")]
        try:
            taken = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(Backup(path, taken))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def backup_due(db_path: Path, now: datetime, every: timedelta = EVERY) -> bool:
    backups = list_backups(db_path)
    return not backups or now - backups[0].taken_at >= every


def take_backup(engine: Engine, db_path: Path, now: datetime, keep: int = KEEP) -> Backup:
    """Write a copy of the database as of ``now`` and drop all but the newest ``keep``."""
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{db_path.stem}-{now.astimezone(UTC).strftime(_STAMP)}.sqlite3"
    partial = final.with_name(final.name + ".partial")
    partial.unlink(missing_ok=True)
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("VACUUM INTO ?", (str(partial),))
    os.replace(partial, final)
    for old in list_backups(db_path)[keep:]:
        old.path.unlink(missing_ok=True)
    return Backup(final, now)


def set_aside(db_path: Path, now: datetime) -> Path:
    """Move a (damaged) database and its WAL files out of the way; nothing is deleted."""
    aside = db_path.with_name(f"{db_path.name}.damaged-{now.astimezone(UTC).strftime(_STAMP)}")
    for suffix in ("", "-wal", "-shm"):
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            os.replace(source, aside.with_name(aside.name + suffix))
    return aside


def restore_backup(backup: Backup, db_path: Path, now: datetime) -> Path:
    """Put ``backup`` in place of ``db_path`` (closed); returns where the old file went."""
    aside = set_aside(db_path, now)
    partial = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup.path, partial)
    os.replace(partial, db_path)
    return aside
