"""The item delegate that draws every message of a list view as a chat bubble.

A message model returns a :class:`BubbleSpec` for :data:`BUBBLE_SPEC_ROLE` and, ideally, a
stable id (the message's row id) for :data:`BUBBLE_KEY_ROLE`; sizes are cached per
(id, width) and recomputed when the spec for that id changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui.chat.bubble_renderer import BubbleRenderer
from desktop.ui.chat.bubble_spec import BubbleSpec

#: Role under which a message model returns the row's BubbleSpec.
BUBBLE_SPEC_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role under which a message model returns a stable id for the row (e.g. message id).
BUBBLE_KEY_ROLE = Qt.ItemDataRole.UserRole + 2

_FALLBACK_WIDTH = 360
_CACHE_LIMIT = 20_000

_Index = QModelIndex | QPersistentModelIndex


class BubbleDelegate(QStyledItemDelegate):
    """Paints rows as WhatsApp bubbles using one shared :class:`BubbleRenderer`."""

    def __init__(self, parent: QWidget | None = None, renderer: BubbleRenderer | None = None):
        super().__init__(parent)
        self.renderer = renderer or BubbleRenderer()
        self._sizes: dict[tuple[object, int], tuple[BubbleSpec, QSize]] = {}
        self.size_computations = 0  # how many sizes were measured (not served from cache)

    def invalidate(self, key: object | None = None) -> None:
        """Forget cached sizes: all of them, or those of the row with id ``key``."""
        if key is None:
            self._sizes.clear()
            return
        for cache_key in [k for k in self._sizes if k[0] == key]:
            del self._sizes[cache_key]

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        widget = option.widget  # type: ignore[attr-defined]
        if isinstance(widget, QAbstractScrollArea):
            return max(1, widget.viewport().width())
        width = option.rect.width()  # type: ignore[attr-defined]
        return width if width > 0 else _FALLBACK_WIDTH

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        spec = index.data(BUBBLE_SPEC_ROLE)
        if not isinstance(spec, BubbleSpec):
            return super().sizeHint(option, index)
        width = self._width(option)
        key = index.data(BUBBLE_KEY_ROLE)
        cache_key = (("row", index.row()) if key is None else key, width)
        cached = self._sizes.get(cache_key)
        if cached is not None and (cached[0] is spec or cached[0] == spec):
            return QSize(cached[1])
        size = self.renderer.size_for(spec, width)
        self.size_computations += 1
        if len(self._sizes) >= _CACHE_LIMIT:
            self._sizes.clear()
        self._sizes[cache_key] = (spec, size)
        return QSize(size)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        spec = index.data(BUBBLE_SPEC_ROLE)
        if not isinstance(spec, BubbleSpec):
            super().paint(painter, option, index)
            return
        rect = QRectF(option.rect)  # type: ignore[attr-defined]
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(rect, option.palette.highlight().color().lighter(170))  # type: ignore[attr-defined]
        self.renderer.paint(painter, rect, spec)
