"""desktop/ui/event_loop.py relies on qasync internals: this fails loudly when they change.

``AppEventLoop`` overrides ``QEventLoop._add_callback`` (where ``call_soon`` and
``call_later`` end up) and reads ``loop._timer._stopped`` (set when the loop closes), and
runs ``asyncio.Handle`` objects itself through ``_cancelled`` and ``_run``. qasync is pinned
to the version these were read from; on a bump, re-read qasync's loop and update both.
"""

from __future__ import annotations

import asyncio
import inspect
from importlib.metadata import version

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from desktop.ui.event_loop import AppEventLoop

PINNED = "0.28.0"
_KEEP: list[AppEventLoop] = []


def test_qasync_is_the_version_the_loop_was_written_against() -> None:
    assert version("qasync") == PINNED, (
        "qasync changed: re-read QEventLoop._add_callback, call_soon/call_later and "
        "_SimpleTimer._stopped, then update desktop/ui/event_loop.py and this pin"
    )


def test_the_overridden_and_read_internals_still_exist() -> None:
    signature = inspect.signature(qasync.QEventLoop._add_callback)
    assert list(signature.parameters) == ["self", "handle", "delay"]
    assert signature.parameters["delay"].default == 0
    assert list(inspect.signature(qasync.QEventLoop.call_soon).parameters) == [
        "self",
        "callback",
        "args",
        "context",
    ]
    plain = asyncio.new_event_loop()
    try:
        handle = asyncio.Handle(lambda: None, (), plain)
        assert handle._cancelled is False
        assert callable(handle._run)
    finally:
        plain.close()


def test_delayed_callbacks_still_go_through_add_callback(qapp: QApplication) -> None:
    loop = AppEventLoop(qapp)
    _KEEP.append(loop)  # a closed qasync loop must not be collected on another thread
    seen: list[float] = []
    original = qasync.QEventLoop._add_callback

    def spy(self: qasync.QEventLoop, handle: asyncio.Handle, delay: float = 0) -> object:
        seen.append(delay)
        return original(self, handle, delay)

    qasync.QEventLoop._add_callback = spy  # type: ignore[method-assign]
    try:
        loop.call_later(5, lambda: None)
    finally:
        qasync.QEventLoop._add_callback = original  # type: ignore[method-assign]
    assert seen == [5]
    assert loop._timer._stopped is False
    loop.close()
    assert loop._timer._stopped is True  # what AppEventLoop._run_ready checks


def test_callbacks_run_while_the_loop_is_stopped_see_it_as_running(qapp: QApplication) -> None:
    """Qt may turn (processEvents) while asyncio is stopped and run what is queued; inside
    those callbacks ``asyncio.get_running_loop()`` is this loop, and outside it is unset."""
    loop = AppEventLoop(qapp)
    _KEEP.append(loop)
    seen: list[object] = []

    def note() -> None:
        try:
            seen.append(asyncio.get_running_loop())
        except RuntimeError as exc:
            seen.append(exc)

    loop.call_soon(note)
    for _ in range(5):
        qapp.processEvents()
    assert seen == [loop]
    assert asyncio.events._get_running_loop() is None
    loop.close()


@pytest.mark.asyncio
async def test_a_qt_turn_inside_a_task_loses_no_other_task(qapp: QApplication) -> None:
    """processEvents inside a coroutine turns Qt while this task is the current one; the
    other ready tasks wait for the step to end instead of failing to start (and hanging)."""
    ran: list[str] = []

    async def other(name: str) -> None:
        ran.append(name)

    loop = asyncio.get_running_loop()
    tasks = [loop.create_task(other(n)) for n in ("a", "b")]
    for _ in range(3):
        qapp.processEvents()  # the queue's timer fires in here
    assert ran == []  # held back while this step runs
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    assert ran == ["a", "b"]
