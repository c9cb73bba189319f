"""Refreshing a long thread reads its id list a fixed number of times, not once per message.

Before: ``refresh`` rebuilt ``set(ids)`` for every changed and every listed message, and
``row_of`` scanned the list, so a 10,000-message thread took seconds per new message. The
work is counted (how often the id list is walked), not timed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import Any

from desktop.services import inbox
from desktop.ui.inbox.message_model import MessageListModel

MESSAGES = 3_000


class CountedIds(list[int]):
    """A list of ids that counts how often it is walked from the start."""

    walks = 0

    def __iter__(self) -> Iterator[int]:
        CountedIds.walks += 1
        return super().__iter__()


class ThreadDatabase:
    """Stands in for the DB thread: a thread of MESSAGES ids and no readable rows."""

    async def run(self, fn: Callable[..., Any], *args: Any) -> Any:
        if fn is inbox.message_ids:
            return CountedIds(range(1, MESSAGES + 1))
        if fn is inbox.message_rows:
            return {}
        raise AssertionError(fn)


def test_refresh_walks_the_ids_a_fixed_number_of_times() -> None:
    model = MessageListModel(ThreadDatabase(), 1, lambda row: None)  # type: ignore[arg-type]
    asyncio.run(model.load(7))
    assert model.rowCount() == MESSAGES
    CountedIds.walks = 0
    asyncio.run(model.refresh(frozenset(range(1, MESSAGES + 1))))
    assert CountedIds.walks <= 5  # was one walk per message (3,000 and more)
    assert [model.row_of(i) for i in (1, MESSAGES // 2, MESSAGES)] == [
        0,
        MESSAGES // 2 - 1,
        MESSAGES - 1,
    ]
