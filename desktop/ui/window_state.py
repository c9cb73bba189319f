"""Remembers where the user left the window: its size and place, and every splitter.

A desk PC is used all day; the window should open where it was, with the panes as wide as
the user dragged them. Qt's own ``saveGeometry``/``saveState`` blobs are kept in a small INI
file beside the settings (not in the settings file: they change on every close, and they
are Qt's, not the user's choices). A splitter is keyed by its page and its order on the
page, so no page has to register its splitters. An unreadable file is ignored.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QWidget

log = logging.getLogger(__name__)


class WindowStateStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _settings(self) -> QSettings:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def restore_window(self, window: QMainWindow) -> bool:
        """Put the window back where it was; False on the first start."""
        try:
            geometry = self._settings().value("window/geometry")
        except Exception:  # a damaged file must never stop the app from starting
            log.exception("window state unreadable")
            return False
        return isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)

    def restore_splitters(self, root: QWidget) -> int:
        """Set every splitter under the window's pages to its saved sizes; returns how many."""
        return self._restore(splitters_by_key(root))

    def restore_page_splitters(self, page: QWidget) -> int:
        """The same for one page built after start-up (the others keep what the user set)."""
        name = page.objectName()
        if not name:
            return 0
        return self._restore(
            [(f"{name}/{n}", splitter) for n, splitter in enumerate(page.findChildren(QSplitter))]
        )

    def _restore(self, splitters: list[tuple[str, QSplitter]]) -> int:
        try:
            settings = self._settings()
        except Exception:  # a damaged file must never stop a page from opening
            log.exception("window state unreadable")
            return 0
        restored = 0
        for key, splitter in splitters:
            state = settings.value(f"splitters/{key}")
            if isinstance(state, QByteArray) and splitter.restoreState(state):
                restored += 1
        return restored

    def save(self, window: QMainWindow) -> None:
        try:
            settings = self._settings()
            settings.setValue("window/geometry", window.saveGeometry())
            for key, splitter in splitters_by_key(window):
                settings.setValue(f"splitters/{key}", splitter.saveState())
            settings.sync()
        except Exception:  # closing must always work, even on a read-only disk
            log.exception("could not save the window state")


def splitters_by_key(root: QWidget) -> list[tuple[str, QSplitter]]:
    """Each splitter of each page as ("<page object name>/<n>", splitter)."""
    found: list[tuple[str, QSplitter]] = []
    for stack in root.findChildren(QStackedWidget):
        for index in range(stack.count()):
            page = stack.widget(index)
            name = page.objectName() if page is not None else ""
            if page is None or not name:
                continue
            for n, splitter in enumerate(page.findChildren(QSplitter)):
                found.append((f"{name}/{n}", splitter))
    seen: set[int] = set()
    unique = []
    for key, splitter in found:  # a page nested in another stack is listed once
        if id(splitter) not in seen:
            seen.add(id(splitter))
            unique.append((key, splitter))
    return unique
