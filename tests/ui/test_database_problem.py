"""A locked or damaged database is named in the window, with the ways out (issue 7 §14, §15)."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from app_harness import fast_options, stop_app
from pytestqt.qtbot import QtBot
from qt_async import until

from desktop.app import RunningApp, make_application, start_or_explain
from desktop.models.db import Database
from desktop.services.backup import list_backups, take_backup
from desktop.ui.database_problem import DatabaseProblemPanel
from desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from damaged_db import damage, make_history_db

pytestmark = pytest.mark.asyncio


def panel_of(window: MainWindow) -> DatabaseProblemPanel | None:
    current = window.stack.currentWidget()
    return current if isinstance(current, DatabaseProblemPanel) else None


def new_window() -> MainWindow:
    make_application()
    window = MainWindow()
    window.resize(1024, 700)
    window.show()
    return window


async def test_a_locked_database_is_named_and_tried_again(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "app.sqlite3"
    make_history_db(path, mode="sandbox")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    window = new_window()
    quit_requested = asyncio.Event()
    starting = asyncio.ensure_future(
        start_or_explain(window, fast_options(tmp_path), quit_requested, lambda: None)
    )
    running: RunningApp | None = None
    try:
        await until(lambda: panel_of(window) is not None, what="the problem panel")
        panel = panel_of(window)
        assert panel is not None and panel.problem.kind == "locked"
        assert "in use by another program" in panel.text.text()
        assert str(path) in panel.text.text()
        assert not window.rail.isEnabled()
        assert not starting.done()  # waiting, not dead at "Starting…"
        other.execute("ROLLBACK")
        other.close()
        panel.buttons["retry"].click()
        running = await asyncio.wait_for(starting, 30)
        assert running is not None and window.page("inbox") is not None
        assert panel_of(window) is None and window.rail.isEnabled()
    finally:
        if running is not None:
            await stop_app(running)
        else:
            quit_requested.set()
            await asyncio.wait_for(starting, 30)
            window.close()


async def test_a_damaged_database_stops_the_app_and_offers_backup_and_export(
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    path = tmp_path / "app.sqlite3"
    db = Database(make_history_db(path, mode="sandbox"))
    take_backup(db.engine, path, datetime.now(UTC) - timedelta(hours=3))
    db.close()
    damage(path)
    window = new_window()
    restarted: list[bool] = []
    running = await start_or_explain(
        window, fast_options(tmp_path), asyncio.Event(), lambda: restarted.append(True)
    )
    try:
        await until(lambda: panel_of(window) is not None, timeout=30, what="the problem panel")
        panel = panel_of(window)
        assert panel is not None and panel.problem.kind == "damaged"
        assert panel.title.text() == "The database is damaged"
        assert "stopped using it" in panel.text.text()
        assert set(panel.buttons) == {"export", "restore", "quit"}
        if running is not None:  # started, then the check beside start-up found the damage
            assert (
                running.services.receiver is None or not running.services.receiver.health.listening
            )

        panel.buttons["export"].click()
        await until(lambda: panel.outcome.isVisible(), timeout=30, what="the export outcome")
        saved = list(tmp_path.glob("app-readable-*.json"))
        assert len(saved) == 1 and str(saved[0]) in panel.outcome.text()
        assert json.loads(saved[0].read_text(encoding="utf-8"))["conversations"]

        panel.buttons["restore"].click()
        await until(lambda: bool(restarted) or panel_of(window) is None, timeout=30)
        assert list(tmp_path.glob("app.sqlite3.damaged-*"))
        restored = sqlite3.connect(path)
        assert restored.execute("PRAGMA quick_check").fetchone() == ("ok",)
        restored.close()
        assert list_backups(path)
    finally:
        if running is not None:
            await stop_app(running)
        window.close()


async def test_the_sandbox_on_a_live_database_says_why_it_will_not_start(
    qtbot, tmp_path: Path
) -> None:
    make_history_db(tmp_path / "app.sqlite3")  # conversations a live receiver stored
    window = new_window()
    quit_requested = asyncio.Event()
    window.closing.connect(quit_requested.set)
    starting = asyncio.ensure_future(
        start_or_explain(window, fast_options(tmp_path), quit_requested, lambda: None)
    )
    try:
        await until(lambda: panel_of(window) is not None, what="the problem panel")
        panel = panel_of(window)
        assert panel is not None and panel.problem.kind == "mode"
        assert "live WhatsApp data" in panel.text.text()
        assert set(panel.buttons) == {"quit"}
        panel.buttons["quit"].click()
        assert await asyncio.wait_for(starting, 30) is None
    finally:
        if not starting.done():
            quit_requested.set()
            await asyncio.wait_for(starting, 30)
        window.close()
