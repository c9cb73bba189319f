"""Background work for a widget: started on the qasync loop, cancelled with the widget.

Every widget or item model that runs coroutines owns one :class:`UiTaskScope` (a child
QObject). When its owner is destroyed the scope's tasks are cancelled, so no task writes to
a deleted widget. A failed task is logged and reported to the nearest ancestor that is a
:class:`TaskFailureSink` (the main window, which hands it to the app's error log, so the
status bar says something went wrong); a widget tested alone just logs it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject

from desktop.services.tasks import TaskScope

log = logging.getLogger(__name__)


@runtime_checkable
class TaskFailureSink(Protocol):
    def report_task_failure(self, name: str, error: BaseException) -> None: ...


class UiTaskScope(QObject):
    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self.setObjectName("taskScope")
        scope = TaskScope(on_failure=self._report)
        self._scope = scope
        # The lambda holds the scope, not self: by now the Python wrapper may be gone.
        self.destroyed.connect(lambda *_: scope.cancel())

    def spawn(
        self, coro: Coroutine[Any, Any, Any], *, name: str = "ui"
    ) -> asyncio.Task[Any] | None:
        """Run ``coro`` on the app's loop; without one (a plain widget test) it is dropped."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            coro.close()
            return None
        if self._scope.closed:
            coro.close()
            return None
        return self._scope.start(coro, name=name, loop=loop)

    @property
    def running(self) -> int:
        return self._scope.running

    async def drain(self) -> None:
        """Wait for this scope's tasks (tests, and shutdown after the window closed)."""
        await self._scope.drain()

    def running_tasks(self) -> list[asyncio.Task[Any]]:
        return self._scope.running_tasks()

    async def cancel_and_wait(self) -> None:
        await self._scope.aclose()

    def _report(self, name: str, error: BaseException) -> None:
        try:
            owner = self.parent()
        except RuntimeError:  # the C++ side is gone; the failure is logged already
            return
        while owner is not None:
            if isinstance(owner, TaskFailureSink):
                owner.report_task_failure(name, error)
                return
            owner = owner.parent()


async def drain_tasks_under(root: QObject, timeout: float = 30.0) -> list[str]:
    """Wait for the tasks of every scope below ``root`` (the window, at shutdown).

    A task still running after ``timeout`` seconds is cancelled rather than waited for
    forever; the names of those cancelled are returned (and logged) so they can be found.
    """
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while True:
        busy = [s for s in root.findChildren(UiTaskScope) if s.running]
        if not busy:
            return []
        left = end - loop.time()
        if left <= 0:
            stuck = sorted(t.get_name() for scope in busy for t in scope.running_tasks())
            log.warning("tasks still running at shutdown, cancelled: %s", ", ".join(stuck))
            for scope in busy:
                await scope.cancel_and_wait()
            return stuck
        # asyncio.wait, not wait_for: running out of time must not cancel the tasks waited on
        await asyncio.wait([t for scope in busy for t in scope.running_tasks()], timeout=left)
