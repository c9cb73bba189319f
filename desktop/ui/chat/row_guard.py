"""One guard for the Qt virtuals that describe or draw a row: no exception may escape them.

Qt calls ``data()``, ``paint()`` and ``sizeHint()`` from C++; a Python exception raised
there is not an error a caller can handle, and in the inbox it killed the process every time
a conversation holding one odd stored message was opened. A customer (or a damaged file)
chooses what is stored, so every model and delegate that shows stored rows derives from
:class:`GuardedDelegate` or calls :meth:`RowFailures.guard`: a failing row is logged once
(it is painted on every frame) and shown as a plain "could not be shown" row instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

log = logging.getLogger(__name__)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


def unavailable_text() -> str:
    """Shown instead of a row that could not be described or drawn."""
    return QCoreApplication.translate(
        "RowGuard",
        "This message could not be shown. Right-click it to copy it as it was received.",
    )


class RowFailures:
    """Rows that failed to show, by key; each is logged once, with its traceback."""

    _LIMIT = 10_000

    def __init__(self, where: str) -> None:
        self._where = where
        self._keys: set[object] = set()

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def report(self, key: object, exc: BaseException) -> None:
        if key in self._keys:
            return
        if len(self._keys) >= self._LIMIT:
            self._keys.clear()
        self._keys.add(key)
        log.error("%s: row %r could not be shown", self._where, key, exc_info=exc)

    def guard(self, key: object, work: Callable[[], T], fallback: Callable[[], T]) -> T:
        """``work()``, or ``fallback()`` once it raised (a failing fallback gives up quietly)."""
        try:
            return work()
        except Exception as exc:
            self.report(key, exc)
        try:
            return fallback()
        except Exception as exc:
            self.report(("fallback", key), exc)
            raise _GaveUp from None

    def forget(self) -> None:
        """The rows were reloaded: let a row that fails again be logged again."""
        self._keys.clear()


class _GaveUp(Exception):
    """Both the row and its fallback failed; the guarded virtual returns its default."""


class GuardedDelegate(QStyledItemDelegate):
    """A delegate whose ``paint`` and ``sizeHint`` never raise.

    Subclasses implement :meth:`paint_row` and :meth:`size_row` (and may refine
    :meth:`paint_unavailable`, :meth:`unavailable_size` and :meth:`row_key`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.failures = RowFailures(type(self).__name__)

    # -- what subclasses write ----------------------------------------------------------------
    def paint_row(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)

    def size_row(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return super().sizeHint(option, index)

    def row_key(self, index: Index) -> object:
        return index.row()

    def paint_unavailable(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            rect.adjusted(16, 4, -16, -4),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            | int(Qt.TextFlag.TextWordWrap),
            unavailable_text(),
        )

    def unavailable_size(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(max(1, option.rect.width()), 48)

    # -- the guarded virtuals -----------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        key = self._safe_key(index)
        painter.save()
        try:
            self.failures.guard(
                key,
                lambda: self.paint_row(painter, option, index),
                lambda: self._repaint_unavailable(painter, option, index),
            )
        except _GaveUp:
            pass
        finally:
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        key = self._safe_key(index)
        try:
            return self.failures.guard(
                key,
                lambda: self.size_row(option, index),
                lambda: self.unavailable_size(option, index),
            )
        except _GaveUp:
            return QSize(1, 48)

    def _repaint_unavailable(
        self, painter: QPainter, option: QStyleOptionViewItem, index: Index
    ) -> None:
        # Start from a clean painter state: the failed paint may have left anything set.
        painter.restore()
        painter.save()
        self.paint_unavailable(painter, option, index)

    def _safe_key(self, index: Index) -> object:
        try:
            return self.row_key(index)
        except Exception:
            return ("row", index.row())
