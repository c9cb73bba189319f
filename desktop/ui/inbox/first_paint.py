"""Waiting for a widget to paint what was asked of it, before doing what can wait.

Opening a thread asks the database for several things: the messages, what the next reply
costs, the read receipts and what they change in the list. The DB thread and the UI share
Python's interpreter lock, so the reads that can wait, run while the thread is laid out and
painted, slow that first paint down. They are asked for once the thread has painted.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _PaintWatch(QObject):
    def __init__(self, ready: Callable[[], bool], done: asyncio.Future[None]) -> None:
        super().__init__()
        self._ready = ready
        self._done = done

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        try:
            if event.type() == QEvent.Type.Paint and not self._done.done() and self._ready():
                # Resolved at the start of the paint: whoever awaits it runs after the paint.
                self._done.set_result(None)
        except Exception:  # never out of an event filter; the wait ends on its timeout
            pass
        return False


class FirstPaint:
    """A wait for ``widget``'s first paint once ``ready()`` holds, bounded by ``timeout``.

    Made before the work it waits for starts, so a paint that comes before anyone awaits
    is not missed. A hidden widget does not paint: then the wait ends at once.
    """

    def __init__(self, widget: QWidget, ready: Callable[[], bool], timeout: float = 0.25):
        self._widget = widget
        self._timeout = timeout
        self._done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._watch = _PaintWatch(ready, self._done)
        widget.installEventFilter(self._watch)

    async def wait(self) -> None:
        try:
            if self._widget.isVisible():
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(self._done), self._timeout)
        finally:
            with contextlib.suppress(RuntimeError):  # the widget is gone (window closed)
                self._widget.removeEventFilter(self._watch)
