"""Widgets run work through a UiTaskScope; the bus has one typed signal per event type."""

from __future__ import annotations

import asyncio
from typing import Any, get_args

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.services.events import Event, EventHub, NumbersChanged, TemplatesChanged
from desktop.ui.bus import SIGNAL_OF, QtEventBus
from desktop.ui.main_window import MainWindow
from desktop.ui.task_scope import UiTaskScope, drain_tasks_under


@pytest.mark.asyncio
async def test_destroying_the_owner_cancels_its_tasks(qtbot: QtBot) -> None:
    owner = QObject()
    scope = UiTaskScope(owner)
    task = scope.spawn(asyncio.sleep(3600), name="long")
    assert task is not None
    await asyncio.sleep(0)
    owner.deleteLater()
    await until(task.done, what="task cancelled with its owner")
    assert task.cancelled()


@pytest.mark.asyncio
async def test_a_failed_task_reaches_the_main_window(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    page = QWidget(window)
    failures: list[tuple[str, str]] = []
    window.task_failures = lambda name, error: failures.append((name, str(error)))

    async def fail() -> None:
        raise ValueError("no such table")

    scope = UiTaskScope(page)
    scope.spawn(fail(), name="conversations:page")
    await drain_tasks_under(window)
    assert failures == [("conversations:page", "no such table")]


@pytest.mark.asyncio
async def test_drain_waits_for_every_scope_under_a_widget(qtbot: QtBot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    done: list[int] = []

    async def work(n: int) -> None:
        await asyncio.sleep(0.01)
        done.append(n)

    for n in range(3):
        UiTaskScope(QWidget(root)).spawn(work(n))
    await drain_tasks_under(root)
    assert sorted(done) == [0, 1, 2]


@pytest.mark.asyncio
async def test_a_task_that_never_ends_is_cancelled_and_named_not_waited_for(
    qtbot: QtBot,
) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    done: list[str] = []

    async def quick() -> None:
        await asyncio.sleep(0.01)
        done.append("quick")

    async def forever() -> None:
        await asyncio.get_running_loop().create_future()  # nothing will ever resolve it

    scope = UiTaskScope(QWidget(root))
    scope.spawn(quick(), name="quick")
    stuck = scope.spawn(forever(), name="thread:waits-forever")
    assert stuck is not None
    assert await drain_tasks_under(root, timeout=0.3) == ["thread:waits-forever"]
    assert done == ["quick"] and stuck.cancelled()


def test_without_a_loop_the_coroutine_is_dropped_not_leaked(qtbot: QtBot) -> None:
    scope = UiTaskScope(QObject())

    async def never() -> None:  # pragma: no cover - must not run
        raise AssertionError

    coro = never()
    assert scope.spawn(coro) is None
    assert coro.cr_frame is None  # closed, so no "never awaited" warning


def test_the_bus_has_a_signal_for_every_event_type(qtbot: QtBot) -> None:
    assert set(SIGNAL_OF) == set(get_args(Event))
    bus = QtEventBus(EventHub())
    for name in SIGNAL_OF.values():
        assert hasattr(bus, name)


def test_the_bus_routes_each_event_to_its_own_signal(qtbot: QtBot) -> None:
    hub = EventHub()
    bus = QtEventBus(hub)
    got: dict[str, list[Any]] = {"templates": [], "numbers": []}
    bus.templates_changed.connect(got["templates"].append)
    bus.numbers_changed.connect(got["numbers"].append)
    event = TemplatesChanged(frozenset({"waba"}))
    hub.publish(event)
    assert got == {"templates": [event], "numbers": []}
    hub.publish(NumbersChanged(frozenset({"n1"})))
    assert len(got["numbers"]) == 1


@pytest.mark.asyncio
async def test_a_deleted_bus_is_no_longer_called_by_the_hub(qtbot: QtBot) -> None:
    hub = EventHub()
    bus = QtEventBus(hub)
    bus.deleteLater()
    await until(lambda: not hub._subscribers, what="bus unsubscribed")
    hub.publish(NumbersChanged(frozenset({"n1"})))  # no RuntimeError from a deleted object
