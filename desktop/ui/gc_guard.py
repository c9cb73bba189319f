"""Run Python's garbage collector on the UI thread only.

Cyclic garbage that holds Qt objects must be freed on the thread that owns them. Left to
itself, the collector runs on whatever thread happens to allocate — here often the DB
thread or an executor — and deleting a widget there crashes the process. So automatic
collection is switched off and a UI-thread timer collects instead (qutebrowser does the
same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class UiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> None:
        # Young generations often; a full collection only when gen 0 grew past its threshold.
        threshold = gc.get_threshold()[0]
        counts = gc.get_count()
        if counts[0] > threshold:
            generation = (
                2
                if counts[2] > gc.get_threshold()[2]
                else (1 if counts[1] > gc.get_threshold()[1] else 0)
            )
            gc.collect(generation)
