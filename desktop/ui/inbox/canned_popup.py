"""The composer's canned-reply list: typing ``/word`` in the reply box (or the button)
shows the replies whose shortcut or title matches; Enter, Tab or a click inserts one.

A panel inside the window above the reply box; the box keeps the keyboard focus, and
forwards Up, Down, Enter, Tab and Esc here while the list is open.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QFrame, QLabel, QListView, QVBoxLayout, QWidget

from desktop.services.canned_replies import CannedReplyRow, matching

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# "/word" just before the cursor, at the start of the text or after a space or new line.
TYPED_SHORTCUT = re.compile(r"(?:^|(?<=\s))/([\w\-]*)$")


def typed_shortcut(before_cursor: str) -> str | None:
    """The word after a ``/`` the user is typing (None: not typing a shortcut)."""
    found = TYPED_SHORTCUT.search(before_cursor[-40:])
    return found.group(1) if found else None


class CannedListModel(QAbstractListModel):
    """Canned replies as "/shortcut  title" over a one-line preview (the composer's list and
    the one in Settings)."""

    def __init__(self, parent: QObject | None = None, preview_length: int = 60) -> None:
        super().__init__(parent)
        self.rows: list[CannedReplyRow] = []
        self._preview_length = preview_length

    def set_rows(self, rows: list[CannedReplyRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        try:
            if not index.isValid() or not 0 <= index.row() < len(self.rows):
                return None
            row = self.rows[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                preview = " ".join(row.text.split())
                if len(preview) > self._preview_length:
                    preview = preview[: self._preview_length - 1] + "…"
                title = f"  {row.title}" if row.title else ""
                return f"/{row.shortcut}{title}\n{preview}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.text
            if role == ROW_ROLE:
                return row
            return None
        except Exception:  # never out of a Qt virtual
            log.warning("canned reply row %s not shown", index.row(), exc_info=True)
            return None


class CannedReplyPopup(QFrame):
    # payload: the CannedReplyRow chosen
    chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("cannedPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#cannedPopup { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.replies: list[CannedReplyRow] = []
        self.caption = QLabel(self)
        self.caption.setObjectName("hint")
        self.caption.setWordWrap(True)
        self.model = CannedListModel(self)
        self.list = QListView(self)
        self.list.setObjectName("cannedList")
        self.list.setModel(self.model)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.list, 1)
        self.resize(420, 220)
        self.list.clicked.connect(self._choose_index)
        self.hide()

    def set_replies(self, replies: list[CannedReplyRow]) -> None:
        self.replies = list(replies)

    def show_matching(self, typed: str, anchor: QWidget) -> bool:
        """Show the replies matching ``typed`` above ``anchor``; False (hidden) if none."""
        rows = matching(self.replies, typed)
        if not self.replies:
            self.caption.setText(
                self.tr("No canned replies yet: add them in Settings, then type / and a shortcut.")
            )
        elif not rows:
            self.caption.setText(self.tr("No canned reply matches “/{typed}”.").format(typed=typed))
        else:
            self.caption.setText(self.tr("Enter or Tab inserts, Esc closes"))
        self.model.set_rows(rows)
        line = self.list.fontMetrics().lineSpacing()
        self.resize(
            440, 48 + self.caption.sizeHint().height() + (2 * line + 8) * min(5, max(1, len(rows)))
        )
        if rows:
            self.list.setCurrentIndex(self.model.index(0))
        parent = self.parentWidget()
        assert parent is not None
        corner = anchor.mapTo(parent, QPoint(0, 0))
        x = max(4, min(corner.x(), parent.width() - self.width() - 4))
        self.move(x, max(4, corner.y() - self.height() - 4))
        self.show()
        self.raise_()
        return bool(rows)

    def move_selection(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = (self.list.currentIndex().row() + step) % count
        self.list.setCurrentIndex(self.model.index(row))

    def choose_current(self) -> bool:
        index = self.list.currentIndex()
        if not index.isValid():
            return False
        self._choose_index(index)
        return True

    def _choose_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, CannedReplyRow):
            self.hide()
            self.chosen.emit(row)
