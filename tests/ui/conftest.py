"""UI tests run on a qasync loop: await helpers (qt_async.py), never qtbot.wait*."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import PySide6  # noqa: F401  the binding before qasync
import pytest_asyncio
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
