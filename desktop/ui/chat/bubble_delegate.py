"""The item delegate that draws every message of a list view as a chat bubble.

A message model returns a :class:`BubbleSpec` for :data:`BUBBLE_SPEC_ROLE` and, ideally, a
stable id (the message's row id) for :data:`BUBBLE_KEY_ROLE`; sizes are cached per
(id, width) and recomputed when the spec for that id changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui.chat.bubble_renderer import BubbleRenderer
from desktop.ui.chat.bubble_spec import BubbleSpec
from desktop.ui.chat.row_guard import GuardedDelegate, unavailable_text

#: Role under which a message model returns the row's BubbleSpec.
BUBBLE_SPEC_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role under which a message model returns a stable id for the row (e.g. message id).
BUBBLE_KEY_ROLE = Qt.ItemDataRole.UserRole + 2

_FALLBACK_WIDTH = 360
_CACHE_LIMIT = 20_000

_Index = QModelIndex | QPersistentModelIndex


class BubbleDelegate(GuardedDelegate):
    """Paints rows as WhatsApp bubbles using one shared :class:`BubbleRenderer`.

    A row whose spec cannot be measured or drawn is drawn as a plain "could not be shown"
    bubble (see :mod:`desktop.ui.chat.row_guard`).
    """

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
        widget = option.widget
        if isinstance(widget, QAbstractScrollArea):
            return max(1, widget.viewport().width())
        width = option.rect.width()
        return width if width > 0 else _FALLBACK_WIDTH

    def row_key(self, index: _Index) -> object:
        key = index.data(BUBBLE_KEY_ROLE)
        return ("row", index.row()) if key is None else key

    def size_row(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        spec = index.data(BUBBLE_SPEC_ROLE)
        if not isinstance(spec, BubbleSpec):
            return super().size_row(option, index)
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

    def paint_row(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        spec = index.data(BUBBLE_SPEC_ROLE)
        if not isinstance(spec, BubbleSpec):
            super().paint_row(painter, option, index)
            return
        rect = QRectF(option.rect)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.highlight().color().lighter(170))
        self.renderer.paint(painter, rect, spec)

    def _unavailable_spec(self, option: QStyleOptionViewItem) -> BubbleSpec:
        window = option.palette.color(QPalette.ColorRole.Window)
        return BubbleSpec(
            body=unavailable_text(), theme="dark" if window.lightness() < 128 else "light"
        )

    def paint_unavailable(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _Index
    ) -> None:
        spec = self._unavailable_spec(option)
        self.renderer.paint(painter, QRectF(option.rect), spec)

    def unavailable_size(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(self.renderer.size_for(self._unavailable_spec(option), self._width(option)))
