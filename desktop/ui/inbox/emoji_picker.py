"""The composer's emoji picker: a searchable grid, recently used first.

A panel inside the window (not a separate popup window), shown above the composer's emoji
button; Esc, a pick or a click elsewhere closes it. Names and search come from
``services.emoji_catalog``; this module only shows them.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.emoji_catalog import EmojiEntry, emoji_catalog, search_emoji

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

CHAR_ROLE = Qt.ItemDataRole.UserRole + 1
CELL = QSize(42, 42)  # a colour emoji is taller than the font's line: room around it


class EmojiListModel(QAbstractListModel):
    """The emoji shown: recently used first when nothing is searched, else the matches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[EmojiEntry] = []

    def set_entries(self, entries: list[EmojiEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            if not index.isValid() or not 0 <= index.row() < len(self.entries):
                return None
            entry = self.entries[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, CHAR_ROLE):
                return entry.char
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{entry.name}\n{entry.name_ja}" if entry.name_ja else entry.name
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            if role == Qt.ItemDataRole.SizeHintRole:
                return CELL
            return None
        except Exception:  # never out of a Qt virtual
            log.warning("emoji row %s not shown", index.row(), exc_info=True)
            return None


class EmojiPicker(QFrame):
    # payload: the emoji chosen (a string of one or more code points)
    picked = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("emojiPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#emojiPicker { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.recent: list[str] = []
        self.search = QLineEdit(self)
        self.search.setObjectName("emojiSearch")
        self.search.setPlaceholderText(self.tr("Search emoji (English or Japanese)"))
        self.search.setClearButtonEnabled(True)
        self.caption = QLabel(self)
        self.caption.setObjectName("hint")
        self.model = EmojiListModel(self)
        self.grid = QListView(self)
        self.grid.setObjectName("emojiGrid")
        self.grid.setModel(self.model)
        self.grid.setViewMode(QListView.ViewMode.ListMode)
        self.grid.setFlow(QListView.Flow.LeftToRight)
        self.grid.setWrapping(True)
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setGridSize(CELL)
        font = QFont(self.grid.font())
        font.setPointSize(16)
        self.grid.setFont(font)
        self.grid.setMouseTracking(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.search)
        layout.addWidget(self.caption)
        layout.addWidget(self.grid, 1)
        self.resize(380, 320)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._pick_first)
        self.grid.clicked.connect(self._pick_index)
        self.grid.activated.connect(self._pick_index)
        self.hide()

    # -- showing ---------------------------------------------------------------------------------
    def open_at(self, anchor: QWidget, recent: list[str]) -> None:
        """Show above ``anchor`` (inside the window), search empty, recently used first."""
        self.recent = list(recent)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._filter("")
        parent = self.parentWidget()
        assert parent is not None
        corner = anchor.mapTo(parent, QPoint(0, 0))  # opens above the button, to its right
        x = max(4, min(corner.x(), parent.width() - self.width() - 4))
        y = max(4, corner.y() - self.height() - 4)
        self.move(x, y)
        self.show()
        self.raise_()
        self.search.setFocus(Qt.FocusReason.PopupFocusReason)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def hideEvent(self, event: Any) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A click outside the panel closes it."""
        try:
            if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
                inside = self.rect().contains(self.mapFromGlobal(event.globalPosition().toPoint()))
                if (
                    not inside
                    and isinstance(watched, QWidget)
                    and watched.window() is self.window()
                ):
                    self.hide()
        except Exception:
            log.warning("emoji picker event not handled", exc_info=True)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus() and self.model.rowCount():
            self.grid.setFocus()
            self.grid.setCurrentIndex(self.model.index(0))
            return
        super().keyPressEvent(event)

    # -- choosing --------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        if text.strip():
            found = search_emoji(text)
            self.caption.setText(
                self.tr("{count} found").format(count=len(found))
                if found
                else self.tr("No emoji match “{text}”.").format(text=text.strip()[:40])
            )
            self.model.set_entries(found)
            self.grid.scrollToTop()
            return
        catalog = emoji_catalog()
        by_char = {e.char: e for e in catalog}
        recent = [by_char[c] for c in self.recent if c in by_char]
        chosen = {e.char for e in recent}
        self.caption.setText(self.tr("Recently used first") if recent else self.tr("All emoji"))
        self.model.set_entries(recent + [e for e in catalog if e.char not in chosen])
        self.grid.scrollToTop()

    def _pick_first(self) -> None:
        if self.model.rowCount():
            self._pick_index(self.model.index(0))

    def _pick_index(self, index: QModelIndex) -> None:
        char = index.data(CHAR_ROLE)
        if isinstance(char, str) and char:
            self.hide()
            self.picked.emit(char)
