"""UI tests run on a qasync loop: await helpers (qt_async.py), never qtbot.wait*."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import PySide6  # noqa: F401  the binding before qasync
import pytest
import pytest_asyncio
from _pytest import faulthandler as faulthandler_plugin
from app_harness import start_app, stop_app
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import RunningApp
from desktop.ui.event_loop import AppEventLoop

# Every loop stays referenced until the session ends: a closed qasync loop still owns a
# QObject with Qt timers, and if the garbage collector freed it on a worker thread (the
# DB thread, say) those timers would be left dangling and crash the next test.
_LOOPS: list[Any] = []


def _new_loop() -> Any:
    loop = AppEventLoop(QApplication.instance() or QApplication([]))
    _LOOPS.append(loop)
    return loop


# A test still running after this long has hung (the slowest take ~30 s under load): the
# asyncio tasks still pending are printed with where each waits, beside faulthandler's
# thread stacks, so a hang names its culprit.
HUNG_AFTER = float(os.environ.get("WABADESK_TEST_HUNG_AFTER", "150"))


def _print_pending_tasks(name: str, fd: int | None) -> None:
    lines = [f"\n--- {name} is still running: pending asyncio tasks ---"]
    for loop in list(_LOOPS):
        if loop.is_closed():
            continue
        try:
            pending = list(asyncio.all_tasks(loop))
        except RuntimeError:  # the set changed while read from this thread: once more
            pending = list(asyncio.all_tasks(loop))
        lines.append(
            f"loop {id(loop):x}: running {loop.is_running()}, queued callbacks "
            f"{len(loop._ready_handles)}, drain timer active {loop._drain_timer.isActive()}"
        )
        for task in pending:
            lines.append(f"task {task.get_name()}: {task!r}")
            for frame in task.get_stack(limit=12):
                lines.append(
                    f"  {frame.f_code.co_filename}:{frame.f_lineno} {frame.f_code.co_name}"
                )
    text = "\n".join(lines) + "\n"
    # Where faulthandler writes: the test's own stderr is captured, and a hung test never
    # shows its captured output.
    if fd is not None:
        os.write(fd, text.encode("utf-8", "replace"))
    else:
        sys.stderr.write(text)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: object) -> Iterator[None]:
    fd = item.config.stash.get(faulthandler_plugin.fault_handler_stderr_fd_key, None)
    watchdog = threading.Timer(HUNG_AFTER, _print_pending_tasks, args=(item.nodeid, fd))
    watchdog.daemon = True
    watchdog.start()
    try:
        yield
    finally:
        watchdog.cancel()


def pytest_asyncio_loop_factories(config: Any, item: Any) -> dict[str, Callable[[], Any]]:
    return {"qasync": _new_loop}


@pytest_asyncio.fixture
async def app(qtbot: QtBot, tmp_path: Path) -> AsyncIterator[RunningApp]:
    """The whole app in sandbox mode on a tmp database (fast sandbox), stopped afterwards."""
    running = await start_app(tmp_path)
    try:
        yield running
    finally:
        await stop_app(running)
