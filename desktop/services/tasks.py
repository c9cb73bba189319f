"""The one way to run background work: a scope that owns its tasks and reports failures.

asyncio keeps only weak references to tasks, so a fire-and-forget task can vanish, and its
exception is printed at garbage collection, if at all. A :class:`TaskScope` holds its tasks,
logs every failure and hands it to ``on_failure`` (the running app reports it as an
:class:`~desktop.services.events.ErrorReported`), and cancels what is left on
:meth:`TaskScope.aclose`. Widgets use the Qt owner of a scope, ``desktop.ui.task_scope``,
which also cancels the tasks when its widget is destroyed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)

#: Told the task's name and its exception when a task fails (not when it is cancelled).
FailureReporter = Callable[[str, BaseException], None]


class TaskScope:
    def __init__(self, on_failure: FailureReporter | None = None) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._on_failure = on_failure
        self._closed = False

    def start(
        self,
        coro: Coroutine[Any, Any, Any],
        *,
        name: str,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> asyncio.Task[Any]:
        """Run ``coro`` on ``loop`` (default: the running loop) as a task of this scope."""
        if self._closed:
            coro.close()
            raise RuntimeError(f"task {name!r} started on a closed scope")
        task = (loop or asyncio.get_running_loop()).create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        log.error("task %s failed", task.get_name(), exc_info=error)
        if self._on_failure is not None:
            try:
                self._on_failure(task.get_name(), error)
            except Exception:  # reporting must not hide the first failure
                log.exception("reporting the failure of task %s failed", task.get_name())

    @property
    def running(self) -> int:
        return len(self._tasks)

    def running_tasks(self) -> list[asyncio.Task[Any]]:
        """The tasks still running (what a shutdown waits for)."""
        return list(self._tasks)

    @property
    def closed(self) -> bool:
        return self._closed

    def cancel(self) -> None:
        """Cancel every task now and refuse new ones (for owners that cannot await)."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()

    async def drain(self) -> None:
        """Wait until no task of this scope is running (tasks may start others meanwhile)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def aclose(self, timeout: float = 5.0) -> None:
        """Cancel every task and wait (up to ``timeout``) for them to finish."""
        tasks = list(self._tasks)
        self.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=timeout)
