"""The database at start-up: is it sound, is a backup due, and what to tell the user if not.

``quick_check`` reads the whole file (about 2.7 s for a year of a busy shop, see
``benchmarks/bench_db_health.py``), too slow to hold the window at "Starting…", so the app
starts and the check runs beside it on its own connection; a damaged file then closes the
services before they write more into it, and the window says what to do. The daily backup
follows a sound check. The words for each problem are here, as :class:`Phrase`, so the
window and the command line say the same thing.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from desktop.models.db import Database, DatabaseUnavailable, create_db_engine
from desktop.models.db_health import quick_check
from desktop.services.backup import Backup, backup_due, list_backups, take_backup
from desktop.services.export import export_readable
from desktop.services.text import QT_TRANSLATE_NOOP, Phrase

log = logging.getLogger(__name__)

CTX = "Database"


async def check_and_back_up(
    db: Database, now: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> list[str]:
    """``quick_check``'s problems ([] if sound); a sound file gets its daily backup if due."""
    try:
        problems = await asyncio.to_thread(quick_check, db.engine)
    except SQLAlchemyError:  # busy right now: the next start checks again
        log.warning("database check skipped", exc_info=True)
        return []
    if problems:
        log.error("database %s is damaged: %s", db.url, "; ".join(problems))
        return problems
    path = db.sqlite_path()
    if path is not None and backup_due(path, now()):
        try:
            backup = await asyncio.to_thread(take_backup, db.engine, path, now())
            log.info("database backed up to %s", backup.path)
        except (OSError, SQLAlchemyError):
            log.warning("daily database backup failed", exc_info=True)
    return []


def latest_backup(db: Database) -> Backup | None:
    path = db.sqlite_path()
    backups = list_backups(path) if path is not None else []
    return backups[0] if backups else None


def damaged(where: str, problems: list[str], backup: Backup | None) -> DatabaseUnavailable:
    """The exception start-up raises for a file ``quick_check`` found damaged."""
    detail = problems[0] if problems else "quick_check failed"
    then = (
        f"then restore the backup of {backup.taken_at:%Y-%m-%d %H:%M} UTC from {backup.path.parent}"
        if backup
        else "no automatic backup exists yet"
    )
    return DatabaseUnavailable(
        f"The database {where} is damaged ({detail}): export what can still be read with "
        f"`wabadesk export --readable-only`; {then}.",
        "damaged",
        where,
    )


def mode_mismatch(where: str, mode: str, held: str) -> DatabaseUnavailable:
    """The exception start-up raises when ``mode`` would mix with the other mode's data."""
    if held == "live":
        message = (
            f"The database {where} holds live WhatsApp data, so the sandbox will not start on "
            "it (its demo accounts and simulated customers would mix with the real inbox); "
            "start without --sandbox, or give the sandbox another --db."
        )
    else:
        message = (
            f"The database {where} holds the sandbox's demo data, so live mode will not use "
            "it; give --db another file (or none, for the default live database)."
        )
    return DatabaseUnavailable(message, "mode", where, held)


def explain(problem: DatabaseUnavailable, backup: Backup | None) -> Phrase:
    """What is wrong with the database and what to do, in words for the window."""
    where = {"where": problem.where}
    if problem.kind == "mode" and problem.detail == "live":
        return Phrase(
            CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {where} holds live WhatsApp data, so WABA Desk will not start "
                "the sandbox on it: its demo accounts, templates and simulated customers would "
                "mix with your real inbox. Start without --sandbox, or give the sandbox another "
                "database with --db.",
            ),
            where,
        )
    if problem.kind == "mode":
        return Phrase(
            CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {where} holds the sandbox's demo data, so live mode will not use "
                "it: demo customers would appear as real ones. Give --db another database, or "
                "leave it out to use the default live database.",
            ),
            where,
        )
    if problem.kind == "locked":
        return Phrase(
            CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {where} is in use by another program (another WABA Desk "
                "window, a backup or sync tool). Close that program; WABA Desk tries again "
                "every few seconds.",
            ),
            where,
        )
    if problem.kind == "damaged" and backup is not None:
        return Phrase(
            CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {where} is damaged, so WABA Desk stopped using it. Restore the "
                "automatic backup of {date} (the damaged file is kept beside it), or first "
                "export what can still be read.",
            ),
            {**where, "date": backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")},
        )
    if problem.kind == "damaged":
        return Phrase(
            CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "The database {where} is damaged, so WABA Desk stopped using it, and there is "
                "no automatic backup yet. Export what can still be read, then move the file "
                "aside and start again.",
            ),
            where,
        )
    if problem.kind == "unwritable":
        return Phrase(
            CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "Cannot open the database {where}: check that its folder exists and that you "
                "may write to it, then try again.",
            ),
            where,
        )
    if problem.kind == "url":
        return Phrase(
            CTX,
            QT_TRANSLATE_NOOP(
                "Database",
                "{where} is not a database address. Give --db a SQLite file "
                "(sqlite:///path/to/file.sqlite3) or a PostgreSQL URL.",
            ),
            where,
        )
    return Phrase(
        CTX,
        QT_TRANSLATE_NOOP("Database", "Cannot use the database {where}: {reason}"),
        {**where, "reason": str(problem)},
    )


def save_readable(db_path: Path, now: datetime) -> tuple[Path, int, int]:
    """Export what a damaged file still holds to JSON beside it: (file, threads, lost)."""
    target = db_path.with_name(f"{db_path.stem}-readable-{now.astimezone(UTC):%Y%m%d-%H%M%S}.json")
    engine = create_db_engine(f"sqlite:///{db_path}")
    try:
        data, lost = export_readable(engine)
    finally:
        engine.dispose()
    partial = target.with_name(target.name + ".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, target)
    return target, len(data["conversations"]), lost


def saved_readable(target: Path, count: int, lost: int) -> Phrase:
    return Phrase(
        CTX,
        QT_TRANSLATE_NOOP(
            "Database",
            "Saved {count} conversations to {file}; {lost} could not be read.",
        ),
        {"count": count, "file": str(target), "lost": lost},
    )


def restored(backup: Backup, aside: Path) -> Phrase:
    return Phrase(
        CTX,
        QT_TRANSLATE_NOOP(
            "Database",
            "Restored the backup of {date}. The damaged file was kept as {aside}.",
        ),
        {"date": backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"), "aside": str(aside)},
    )
