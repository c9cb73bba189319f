"""The other PCs' change feed lost while PostgreSQL restarts: once it listens again the app
is told that changes may have been missed (so its views read again), and it hears new ones."""

from __future__ import annotations

import asyncio
import os
import subprocess
from pathlib import Path

import pytest

from desktop.models.change_feed import note_changes
from desktop.models.db import Database
from desktop.services.events import ChangesMissed, ConversationsChanged, EventHub
from desktop.services.live_updates import LiveUpdates

pytestmark = pytest.mark.asyncio

REPO_ROOT = Path(__file__).resolve().parents[2]


async def until(predicate, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    end = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < end, "not within the time allowed"
        await asyncio.sleep(0.05)


async def test_the_feed_says_what_it_missed_and_listens_again(pg_url: str) -> None:
    if not os.environ.get("WABADESK_PG_DIR"):
        pytest.skip("WABADESK_PG_DIR is not set (the PostgreSQL of .ci/run can be restarted)")
    hub = EventHub()
    seen: list[object] = []
    hub.subscribe(seen.append)
    db = Database(pg_url)
    db.migrate_sync()
    live = LiveUpdates(pg_url, hub, origin="this-pc", retry=0.2)
    try:
        assert live.start()
        assert await live.listening()
        restart = await asyncio.create_subprocess_exec(
            str(REPO_ROOT / ".ci" / "postgres"), "restart", "2", stdout=subprocess.DEVNULL
        )
        assert await restart.wait() == 0
        await until(lambda: any(isinstance(e, ChangesMissed) for e in seen))
        assert live.gaps == 1
        assert await live.listening()

        other = Database(pg_url)  # another PC writes after the restart: heard as usual
        try:
            other.call(lambda s: note_changes(s, [42]))
        finally:
            other.close()
        await until(lambda: any(isinstance(e, ConversationsChanged) for e in seen))
        changed = [e for e in seen if isinstance(e, ConversationsChanged)]
        assert changed[0].conversation_ids == frozenset({42})
    finally:
        await live.aclose()
        db.close()
