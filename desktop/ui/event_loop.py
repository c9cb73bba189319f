"""The app's asyncio loop: qasync's Qt-driven loop with cheaper ``call_soon``.

qasync schedules every ready callback as its own Qt timer (start, fire, kill) after
inspecting the callback. asyncio calls ``call_soon`` for each task step and future
callback, so a burst of webhook requests spent much of its CPU in that bookkeeping. Here
zero-delay callbacks go to a FIFO queue instead and one zero-interval timer runs everything
queued, in order, the way asyncio's own loop runs its ready queue. Delayed callbacks, I/O
and thread wake-ups stay qasync's.

Qt also processes events while the asyncio loop is stopped (between the steps a test
runner drives, or a widget's ``processEvents`` before the loop starts), and runs what is
queued then. This loop is made the running one for that turn: without it
``asyncio.current_task()`` and friends raised inside those callbacks (httpx's cancel
scopes did, and the request they guarded was lost).
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

import qasync
from PySide6.QtCore import QTimer

NESTED_RETRY_MS = 1  # how soon a queue held back by a nested Qt turn is tried again


class AppEventLoop(qasync.QEventLoop):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ready_handles: deque[asyncio.Handle] = deque()
        self._drain_timer = QTimer()
        self._drain_timer.setSingleShot(True)
        self._drain_timer.setInterval(0)
        self._drain_timer.timeout.connect(self._run_ready)

    def call_soon(self, callback: Any, *args: Any, context: Any = None) -> asyncio.Handle:
        # qasync's version inspects the callback (is it a coroutine function?) on every call,
        # which costs more than running most callbacks; asyncio checks only in debug mode.
        if self.get_debug():
            return super().call_soon(callback, *args, context=context)
        return self._add_callback(asyncio.Handle(callback, args, self, context=context))

    def _add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
        if delay > 0:
            return super()._add_callback(handle, delay)
        self._ready_handles.append(handle)
        if not self._drain_timer.isActive():
            self._drain_timer.start(0)
        return handle

    def _run_ready(self) -> None:
        if self._timer._stopped:  # the loop was closed: qasync drops its callbacks too
            self._ready_handles.clear()
            return
        if asyncio.current_task(self) is not None:
            # Qt turned inside a task's step (processEvents, a dialog's exec): stepping
            # another task now fails ("Cannot enter into task") and that task would never
            # run again. The queue waits until the step is over.
            self._drain_timer.start(NESTED_RETRY_MS)
            return
        # Qt turned while asyncio is stopped: this loop is the running one for the turn.
        outside = asyncio.events._get_running_loop() is None
        if outside:
            asyncio.events._set_running_loop(self)
        try:
            # Only what is queued now; callbacks queued meanwhile wait for the next turn,
            # so Qt's own events (painting, input) still get their share.
            for _ in range(len(self._ready_handles)):
                handle = self._ready_handles.popleft()
                if not handle._cancelled:
                    handle._run()
        finally:
            if outside:
                asyncio.events._set_running_loop(None)
        if self._ready_handles:
            self._drain_timer.start(0)

    def close(self) -> None:
        super().close()
        self._drain_timer.stop()
        self._ready_handles.clear()
