"""Guards the PySide6 pin: 6.12.0 on Python 3.11 aborts after a few thousand deliveries."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(object)


def test_many_signal_and_timer_deliveries_survive(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.fired.connect(lambda value: received.append(value))
    for i in range(60_000):
        emitter.fired.emit(i)
    assert len(received) == 60_000 and received[-1] == 59_999

    fired: list[int] = []
    for i in range(2_000):
        QTimer.singleShot(0, lambda i=i: fired.append(i))
    qtbot.waitUntil(lambda: len(fired) == 2_000, timeout=10_000)
    assert sorted(fired) == list(range(2_000))
