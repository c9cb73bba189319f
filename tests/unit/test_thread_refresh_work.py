"""Refreshing a long thread reads the changed rows only, never the thread's whole id list.

Before: ``refresh`` read every id of the thread and rebuilt ``set(ids)`` per message, so a
10,000-message thread took seconds per new message. Now the model holds a page and asks
the database about the changed ids alone. The work is counted (what is read), not timed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from desktop.services import inbox
from desktop.ui.inbox.message_model import MessageListModel

PAGE = inbox.THREAD_PAGE
NEWEST = 10_000  # the thread's messages have ids 1..NEWEST, one a second


class ThreadDatabase:
    """Stands in for the DB thread: a thread of NEWEST messages, rows without content."""

    def __init__(self) -> None:
        self.calls: list[tuple[Callable[..., Any], tuple[Any, ...]]] = []

    async def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        self.calls.append((fn, args))
        if fn is inbox.thread_latest:
            keys = [inbox.MessageKey(i, i) for i in range(NEWEST - PAGE + 1, NEWEST + 1)]
            return inbox.ThreadPage(keys, {}, True, False)
        if fn is inbox.thread_changes:
            ids = args[1]
            return inbox.ThreadChanges([inbox.MessageKey(i, i) for i in sorted(ids)], set())
        if fn is inbox.message_rows:
            return {}
        raise AssertionError(f"{fn.__name__} read the thread")


def test_refresh_reads_only_what_changed() -> None:
    db = ThreadDatabase()
    model = MessageListModel(db, 1, lambda row: None)  # type: ignore[arg-type]
    asyncio.run(model.load(7))
    assert model.rowCount() == PAGE and model.has_older
    db.calls.clear()
    changed = {NEWEST - 3, NEWEST}  # statuses moved on two shown messages
    asyncio.run(model.refresh(frozenset({*changed, NEWEST + 1, NEWEST + 2})))
    assert model.rowCount() == PAGE + 2
    assert model.row_of(NEWEST + 2) == PAGE + 1
    assert [fn for fn, _ in db.calls] == [inbox.thread_changes, inbox.message_rows]
    assert sorted(db.calls[0][1][1]) == [NEWEST + 1, NEWEST + 2]  # only the unknown ids
    assert sorted(db.calls[1][1][0]) == sorted({*changed, NEWEST + 1, NEWEST + 2})
