"""Await Qt conditions inside async UI tests (never qtbot.wait*, which nests a Qt loop)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any


async def until(predicate: Callable[[], Any], timeout: float = 10.0, what: str = "") -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not predicate():
        if loop.time() > end:
            raise TimeoutError(f"condition not met within {timeout}s {what}")
        await asyncio.sleep(0.02)


async def next_emit(signal: Any, timeout: float = 10.0) -> tuple[Any, ...]:
    fut: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def slot(*args: Any) -> None:
        if not fut.done():
            fut.set_result(args)

    signal.connect(slot)
    try:
        return await asyncio.wait_for(fut, timeout)
    finally:
        signal.disconnect(slot)
