"""What the window shows when the database cannot be used: what is wrong, and the ways out.

Start-up used to end at "Starting…" (a locked file) or start as if nothing were wrong (a
damaged one). This panel takes the window's place instead: it says which problem it is in
the user's language and offers what helps — try again (a lock goes away by itself, so it
also retries every few seconds), restore the automatic backup, export what can still be read.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.db import Database, DatabaseUnavailable
from desktop.services.backup import Backup, list_backups, restore_backup
from desktop.services.database_care import (
    damaged,
    explain,
    restored,
    save_readable,
    saved_readable,
)
from desktop.ui.i18n import render

#: Seconds between automatic attempts while another program holds the database.
LOCK_RETRY_SECONDS = 5.0


class StartedServices(Protocol):
    """What :func:`watch_storage` needs of the running services."""

    db: Database
    storage_check: asyncio.Task[list[str]] | None

    async def aclose(self) -> None: ...


class DatabaseProblemPanel(QWidget):
    """The problem in words, and one button per way out."""

    # payload: the key of the button pressed ("retry", "restore", "export", "quit")
    chosen = Signal(str)

    def __init__(
        self, problem: DatabaseUnavailable, backup: Backup | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("databaseProblem")
        self.problem = problem
        self.backup = backup
        self.title = QLabel(self._title(), self)
        self.title.setObjectName("problemTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(render(explain(problem, backup)), self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # paths may hold anything
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome = QLabel(self)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for key, label in self._actions():
            button = QPushButton(label, self)
            button.clicked.connect(lambda _checked=False, k=key: self.chosen.emit(k))
            self.buttons[key] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addWidget(self.outcome)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(2)

    def _title(self) -> str:
        if self.problem.kind == "locked":
            return self.tr("The database is in use by another program")
        if self.problem.kind == "damaged":
            return self.tr("The database is damaged")
        return self.tr("WABA Desk cannot open its database")

    def _actions(self) -> list[tuple[str, str]]:
        kind = self.problem.kind
        if kind == "locked":
            return [("retry", self.tr("Try again now")), ("quit", self.tr("Quit"))]
        if kind == "damaged":
            actions = [("export", self.tr("Export what can be read"))]
            if self.backup is not None:
                date = self.backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
                actions.append(("restore", self.tr("Restore backup of {date}").format(date=date)))
            return [*actions, ("quit", self.tr("Quit"))]
        if kind == "mode":
            return [("quit", self.tr("Quit"))]
        return [("retry", self.tr("Try again")), ("quit", self.tr("Quit"))]

    def show_outcome(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.show()


async def settle(
    panel: DatabaseProblemPanel, db_path: Path | None, quit_requested: asyncio.Event
) -> bool:
    """Wait on the panel until the database may be tried again (True) or the user quits."""
    choices: asyncio.Queue[str] = asyncio.Queue()
    panel.chosen.connect(choices.put_nowait)
    quitting = asyncio.ensure_future(quit_requested.wait())
    try:
        while True:
            timeout = LOCK_RETRY_SECONDS if panel.problem.kind == "locked" else None
            getter = asyncio.ensure_future(choices.get())
            done, _ = await asyncio.wait(
                {getter, quitting}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
            )
            if quitting in done:
                getter.cancel()
                return False
            if getter not in done:  # a lock: try again by itself
                getter.cancel()
                return True
            choice = getter.result()
            if choice == "retry":
                return True
            if choice == "quit":
                window = panel.window()
                window.close()
                return False
            if db_path is None:
                continue
            if choice == "export":
                await _export(panel, db_path)
            elif choice == "restore" and panel.backup is not None:
                aside = await asyncio.to_thread(
                    restore_backup, panel.backup, db_path, datetime.now(UTC)
                )
                panel.show_outcome(render(restored(panel.backup, aside)))
                return True
    finally:
        quitting.cancel()
        panel.chosen.disconnect(choices.put_nowait)


async def _export(panel: DatabaseProblemPanel, db_path: Path) -> None:
    button = panel.buttons["export"]
    button.setEnabled(False)
    try:
        target, count, lost = await asyncio.to_thread(save_readable, db_path, datetime.now(UTC))
    except OSError as exc:
        panel.show_outcome(str(exc))
    else:
        panel.show_outcome(render(saved_readable(target, count, lost)))
    finally:
        button.setEnabled(True)


def latest_backup_of(db_path: Path | None) -> Backup | None:
    backups = list_backups(db_path) if db_path is not None else []
    return backups[0] if backups else None


async def show_problem(
    window: QWidget, problem: DatabaseUnavailable, quit_requested: asyncio.Event
) -> bool:
    """Put the panel in the window's place until the problem is settled (see :func:`settle`).

    ``window`` is the main window (its ``stack`` and navigation ``rail``): the rail is off
    meanwhile, so no page can reach the database.
    """
    db_path = Path(problem.where) if problem.kind in ("damaged", "locked") else None
    panel = DatabaseProblemPanel(problem, latest_backup_of(db_path), window)
    stack, rail = window.stack, window.rail  # type: ignore[attr-defined]
    stack.addWidget(panel)
    stack.setCurrentWidget(panel)
    rail.setEnabled(False)
    try:
        return await settle(panel, db_path, quit_requested)
    finally:
        stack.removeWidget(panel)
        panel.deleteLater()
        rail.setEnabled(True)


async def watch_storage(
    services: StartedServices,
    window: QWidget,
    quit_requested: asyncio.Event,
    restart: Callable[[], None],
) -> None:
    """Wait for the start-up ``quick_check``; on damage stop every service and say so."""
    if services.storage_check is None:
        return
    problems = await services.storage_check
    if not problems:
        return
    path = services.db.sqlite_path()
    where = str(path) if path is not None else services.db.url
    await services.aclose()  # nothing more is written into a damaged file
    problem = damaged(where, problems, latest_backup_of(path))
    if await show_problem(window, problem, quit_requested):
        restart()  # a restored backup: start afresh on it
