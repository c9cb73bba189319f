"""The database watch says once that the database stopped answering, and once that it
answers again (the PostgreSQL restart itself is drilled in tests/ui/test_database_cut.py)."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

from desktop.models.db import Database
from desktop.services.database_watch import DatabaseWatch
from desktop.services.events import DatabaseReachability, EventHub


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nobody listens there once it is closed


def test_a_server_that_does_not_answer_is_reported_once_in_words(tmp_path: Path) -> None:
    hub = EventHub()
    seen: list[DatabaseReachability] = []
    hub.subscribe(lambda e: seen.append(e) if isinstance(e, DatabaseReachability) else None)
    away = Database(f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/wabadesk")
    here = Database(f"sqlite:///{tmp_path / 'here.sqlite3'}")
    try:
        watch = DatabaseWatch(away, hub)

        async def checks() -> list[bool]:
            return [await watch.check(), await watch.check()]

        assert asyncio.run(checks()) == [False, False]
        assert len(seen) == 1 and not seen[0].ok
        assert "127.0.0.1" in seen[0].detail or "refused" in seen[0].detail.lower()

        back = DatabaseWatch(here, hub)
        back.reachable = False  # as it was left while the server was away
        assert asyncio.run(back.check()) is True
        assert [e.ok for e in seen] == [False, True]
    finally:
        away.close()
        here.close()
