"""The one way to run background work: tasks are held, failures logged and reported."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest

from desktop.services.error_log import ErrorLog
from desktop.services.events import ErrorReported, EventHub, MessagesChanged
from desktop.services.media_cache import MediaCache
from desktop.services.tasks import TaskScope


async def _fail(message: str) -> None:
    raise ValueError(message)


@pytest.mark.asyncio
async def test_a_failed_task_is_logged_and_reported(caplog: pytest.LogCaptureFixture) -> None:
    failures: list[tuple[str, BaseException]] = []
    scope = TaskScope(on_failure=lambda name, error: failures.append((name, error)))
    task = scope.start(_fail("boom"), name="sync")
    await asyncio.wait([task])
    assert [(name, str(error)) for name, error in failures] == [("sync", "boom")]
    assert "task sync failed" in caplog.text
    assert scope.running == 0


@pytest.mark.asyncio
async def test_a_cancelled_task_is_not_a_failure() -> None:
    failures: list[str] = []
    scope = TaskScope(on_failure=lambda name, _error: failures.append(name))
    task = scope.start(asyncio.sleep(3600), name="sleeper")
    await asyncio.sleep(0)
    await scope.aclose()
    assert task.cancelled()
    assert failures == []


@pytest.mark.asyncio
async def test_a_closed_scope_refuses_new_tasks() -> None:
    scope = TaskScope()
    await scope.aclose()
    with pytest.raises(RuntimeError, match="closed scope"):
        scope.start(asyncio.sleep(0), name="late")


@pytest.mark.asyncio
async def test_drain_waits_for_tasks_started_by_tasks() -> None:
    scope = TaskScope()
    done: list[str] = []

    async def second() -> None:
        done.append("second")

    async def first() -> None:
        scope.start(second(), name="second")
        done.append("first")

    scope.start(first(), name="first")
    await scope.drain()
    assert done == ["first", "second"]


@pytest.mark.asyncio
async def test_error_log_turns_a_task_failure_into_an_error_event() -> None:
    hub = EventHub()
    seen: list[object] = []
    hub.subscribe(seen.append)
    errors = ErrorLog(hub)
    scope = TaskScope(on_failure=errors.report_task_failure)
    await asyncio.wait([scope.start(_fail("disk full"), name="media:fetch")])
    assert len(seen) == 1 and isinstance(seen[0], ErrorReported)
    assert seen[0].details == {"task": "media:fetch", "error": "ValueError('disk full')"}
    assert list(errors.recent) == seen


class _BrokenDatabase:
    async def run(self, fn: Any, *args: Any) -> Any:
        raise OSError("database file is locked")


@pytest.mark.asyncio
async def test_media_downloads_that_fail_are_reported(tmp_path: Path) -> None:
    # Regression: MediaCache kept its own task set and dropped failures without a word.
    failures: list[str] = []
    scope = TaskScope(on_failure=lambda name, _error: failures.append(name))
    hub = EventHub()
    broken: Any = _BrokenDatabase()
    cache = MediaCache(broken, hub, api=broken, root=tmp_path, tasks=scope)
    cache.attach()
    hub.publish(MessagesChanged(frozenset({1}), frozenset({7})))
    await scope.drain()
    assert failures == ["media:fetch"]


@pytest.mark.asyncio
async def test_media_closed_before_its_scope_hears_no_more_messages(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Regression: at shutdown the webhook receiver, closed after the shared scope, announced
    # one last batch and the cache tried to start a fetch on the closed scope.
    scope = TaskScope(on_failure=lambda _name, _error: None)
    hub = EventHub()
    broken: Any = _BrokenDatabase()
    cache = MediaCache(broken, hub, api=broken, root=tmp_path, tasks=scope)
    cache.attach()
    await cache.aclose()
    await scope.aclose()
    with caplog.at_level(logging.ERROR):
        hub.publish(MessagesChanged(frozenset({1}), frozenset({7})))
    assert "subscriber failed" not in caplog.text


@pytest.mark.asyncio
async def test_failure_reporting_that_fails_does_not_hide_the_failure(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken_reporter(_name: str, _error: BaseException) -> None:
        raise RuntimeError("reporter broke")

    scope = TaskScope(on_failure=broken_reporter)
    with caplog.at_level(logging.ERROR):
        await asyncio.wait([scope.start(_fail("first"), name="job")])
    assert "task job failed" in caplog.text
    assert "reporting the failure of task job failed" in caplog.text
