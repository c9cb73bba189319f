"""Fire-and-forget coroutines from Qt code, with errors logged instead of lost."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)
_running: set[asyncio.Task[Any]] = set()


def spawn(coro: Coroutine[Any, Any, Any], *, name: str = "ui") -> asyncio.Task[Any] | None:
    """Run ``coro`` on the qasync loop; without a running loop (plain widget tests) skip it."""
    try:
        loop = asyncio.get_event_loop()
    except RuntimeError:
        coro.close()
        return None
    if loop.is_closed():
        coro.close()
        return None
    task = loop.create_task(coro, name=name)
    _running.add(task)
    task.add_done_callback(_done)
    return task


def _done(task: asyncio.Task[Any]) -> None:
    _running.discard(task)
    if not task.cancelled() and task.exception() is not None:
        log.error("background task %s failed", task.get_name(), exc_info=task.exception())


async def drain() -> None:
    """Wait for the UI's background tasks (tests and shutdown)."""
    while _running:
        await asyncio.gather(*list(_running), return_exceptions=True)
