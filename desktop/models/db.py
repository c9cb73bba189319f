"""The database: one engine, one thread that owns every Session, Alembic at start-up.

The UI thread must never wait on SQLite, and SQLAlchemy's asyncio extension is slow on the
qasync loop, so all ORM work runs in a single dedicated thread: ``await db.run(fn, ...)``
calls ``fn(session, ...)`` there inside a transaction and returns its (plain) result.

A long read-only scan (a count over every message at start-up) would hold that thread for a
second on a year of history, and every read queued behind it with it; ``await
db.read_aside(fn, ...)`` runs such a scan on a second thread and connection instead (SQLite's
WAL and PostgreSQL both let it read while the DB thread writes), and never commits.
"""

from __future__ import annotations

import asyncio
import functools
import os
import secrets
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.models.change_feed import register_origin

APP_NAME = "WABA Desk"
APP_SLUG = "wabadesk"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
WAL_AUTOCHECKPOINT_PAGES = 8000

P = ParamSpec("P")
T = TypeVar("T")


class DatabaseUnavailable(Exception):
    """The database cannot be opened or upgraded; the message says what to do.

    ``kind`` says which case it is, so the window can word it in the user's language and
    offer the right way out: ``"locked"`` (another program holds it), ``"damaged"``,
    ``"unwritable"``, ``"url"`` (not a database URL), ``"mode"`` (holds the other mode's
    data) or ``"other"``. ``where`` is the file (or the URL) concerned.
    """

    def __init__(
        self, message: str, kind: str = "other", where: str = "", detail: str = ""
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.where = where
        self.detail = detail  # for "mode": the mode whose data the database holds


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_SLUG, appauthor=False))


def default_db_url() -> str:
    """``WABADESK_DB`` if set, else SQLite in the user data folder."""
    env = os.environ.get("WABADESK_DB")
    if env:
        return env
    return f"sqlite:///{data_dir() / 'wabadesk.sqlite3'}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # The write that fills the WAL past this many pages copies them into the database file
    # (a checkpoint) before it returns. A batch of 64 webhook messages dirties about 120
    # pages (the message row, its indexes, the search index); at SQLite's default of 1,000
    # the DB thread checkpointed every eighth batch, rewriting the same hot index pages each
    # time. 8,000 pages (32 MB of WAL at most) write each of them once per ~4,000 events.
    cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUnavailable(
            f"'{url}' is not a database URL; use e.g. sqlite:///path/to/file.sqlite3",
            "url",
            url,
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A server that does not answer (a cable pulled) makes a connection attempt fail after
    # a few seconds instead of hanging the database thread; a URL may say otherwise.
    connect_args = {"connect_timeout": 5} if parsed.get_backend_name() == "postgresql" else {}
    if "connect_timeout" in parsed.query:
        connect_args = {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def sqlite_file_missing(url: str) -> str | None:
    """The path of a SQLite URL whose file does not exist (tools that only read refuse it)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    path = Path(parsed.database).expanduser()
    return None if path.exists() else str(path)


def upgrade_schema(engine: Engine) -> None:
    """Apply every Alembic migration up to head on ``engine``."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    # Alembic's config is a ConfigParser: a bare "%" (a folder called "50%", a URL-quoted
    # password) is read as interpolation and aborts start-up, so every "%" is doubled.
    config.set_main_option("script_location", _config_value(str(MIGRATIONS_DIR)))
    config.set_main_option(
        "sqlalchemy.url", _config_value(engine.url.render_as_string(hide_password=False))
    )
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _config_value(text: str) -> str:
    """``text`` escaped for a ConfigParser value (``%`` starts an interpolation there)."""
    return text.replace("%", "%%")


class Database:
    """Owns the engine and the single DB thread; see the module docstring."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or default_db_url()
        self.engine = create_db_engine(self.url)
        # Names this writer in the change notices other PCs hear (PostgreSQL only).
        self.origin = secrets.token_hex(8)
        register_origin(self.engine, self.origin)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._aside: ThreadPoolExecutor | None = None  # started on the first read_aside

    # -- lifecycle -------------------------------------------------------------------------
    def migrate_sync(self) -> None:
        """Refuse a database another program holds locked, then bring the schema to head."""
        from desktop.models.db_health import probe_write

        try:
            if not probe_write(self.engine):
                raise database_unavailable(self.url, RuntimeError("database is locked"))
            upgrade_schema(self.engine)
        except (OperationalError, DatabaseError) as exc:
            raise database_unavailable(self.url, exc) from exc

    async def migrate(self) -> None:
        await self.run_raw(self.migrate_sync)

    def sqlite_path(self) -> Path | None:
        """The file of a SQLite database (None for an in-memory or server database)."""
        parsed = make_url(self.url)
        if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
            return None
        return Path(parsed.database).expanduser()

    def close(self) -> None:
        self._executor.shutdown(wait=True)
        if self._aside is not None:
            self._aside.shutdown(wait=True)
        self.engine.dispose()

    # -- work ------------------------------------------------------------------------------
    def session(self) -> Session:
        return self._sessions()

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(session, ...)`` in one transaction on the calling thread (CLI, tests)."""
        with self._sessions.begin() as session:
            return fn(session, *args, **kwargs)

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(session, ...)`` in one transaction on the DB thread."""
        return await self.run_raw(self.call, fn, *args, **kwargs)

    def submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> asyncio.Future[T]:
        """Queue ``fn(session, ...)`` on the DB thread now; await the future for its result.

        :meth:`run` queues its work only when the caller's task first runs; a read that
        should go ahead of what the current event causes (a repaint, other reads) is
        submitted at once with this. Needs a running loop.
        """
        loop = asyncio.get_running_loop()
        return loop.run_in_executor(
            self._executor, functools.partial(self.call, fn, *args, **kwargs)
        )

    async def read_aside(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run the read-only ``fn(session, ...)`` on the scan thread, beside the DB thread.

        An in-memory SQLite database lives in one connection only: there it runs on the DB
        thread like :meth:`run`.
        """
        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
            return await self.run(fn, *args, **kwargs)
        if self._aside is None:
            self._aside = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-scan")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._aside, functools.partial(self._read, fn, *args, **kwargs)
        )

    def _read(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self._sessions() as session:
            try:
                return fn(session, *args, **kwargs)
            finally:
                session.rollback()  # a scan never writes

    async def run_raw(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args, **kwargs))


def database_place(url: str) -> str:
    """The file of a SQLite URL, else the URL without its password (for messages)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or url
    return parsed.render_as_string(hide_password=True)


def database_unavailable(url: str, exc: BaseException) -> DatabaseUnavailable:
    """``exc`` (a driver error) as a :class:`DatabaseUnavailable` of the right kind."""
    text = str(exc).lower()
    where = database_place(url)
    if "locked" in text or "busy" in text:
        return DatabaseUnavailable(
            f"The database {where} is in use by another program; close it and try again.",
            "locked",
            where,
        )
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return DatabaseUnavailable(
            f"The database {where} is damaged or not a WABA Desk database; move it aside "
            "(nothing is deleted) or start with --db pointing at another file.",
            "damaged",
            where,
        )
    if "unable to open" in text or "readonly" in text or "permission" in text:
        return DatabaseUnavailable(
            f"Cannot open the database {where}: check that its folder exists and is writable.",
            "unwritable",
            where,
        )
    return DatabaseUnavailable(f"Cannot use the database {where}: {exc}", "other", where)


def describe_db_error(url: str, exc: BaseException) -> str:
    return str(database_unavailable(url, exc))
