"""The item delegate that draws every message of a list view as a chat bubble.

A message model returns a :class:`BubbleSpec` for :data:`BUBBLE_SPEC_ROLE` and, ideally, a
stable id (the message's row id) for :data:`BUBBLE_KEY_ROLE`; sizes are cached per
(id, width) and recomputed when the spec for that id changes.

A layout pass must not measure every bubble: after a resize, a thread of a few hundred
loaded messages would lay out a few hundred rich-text documents per event. A view may name
the rows it shows (:attr:`BubbleDelegate.exact_keys`, set before it lays out); only those
are measured at the new width. Every other row keeps the size it had at its last width for
now and is measured afterwards in short slices between events, after which the view lays
out once more (from the cache, which is cheap).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Collection

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui.chat.bubble_renderer import (
    BUBBLE_MIN_MAX,
    OUTER_H,
    OUTER_V,
    PAD_H,
    PAD_V,
    TAIL,
    BubbleRenderer,
)
from desktop.ui.chat.bubble_spec import BubbleSpec
from desktop.ui.chat.row_guard import GuardedDelegate, unavailable_text
from desktop.ui.chat.row_images import RowImages

#: Role under which a message model returns the row's BubbleSpec.
BUBBLE_SPEC_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role under which a message model returns a stable id for the row (e.g. message id).
BUBBLE_KEY_ROLE = Qt.ItemDataRole.UserRole + 2
#: Role under which a message model answers True for a row to show highlighted (a search hit).
BUBBLE_HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 3

_FALLBACK_WIDTH = 360
_CACHE_LIMIT = 20_000
_SLICE_SECONDS = 0.006  # measuring deferred rows stops after this long, then lets events run

_Index = QModelIndex | QPersistentModelIndex


class BubbleDelegate(GuardedDelegate):
    """Paints rows as WhatsApp bubbles using one shared :class:`BubbleRenderer`.

    A row whose spec cannot be measured or drawn is drawn as a plain "could not be shown"
    bubble (see :mod:`desktop.ui.chat.row_guard`).
    """

    def __init__(self, parent: QWidget | None = None, renderer: BubbleRenderer | None = None):
        super().__init__(parent)
        self.renderer = renderer or BubbleRenderer()
        # Bubbles painted once are copied after that (a resize, the first paints of a thread)
        self.images = RowImages()
        # per row key: (spec, width, size) of its last measurement
        self._sizes: dict[object, tuple[BubbleSpec, int, QSize]] = {}
        self.size_computations = 0  # how many sizes were measured (not served from cache)
        # The rows (by key) the view shows: only these are measured during a layout pass when
        # their width changed. None: every row is measured when asked (no view support).
        self.exact_keys: Collection[object] | None = None
        # How the view finds a row by key again, to measure a deferred one later.
        self.locate: Callable[[object], QModelIndex | None] | None = None
        # rows shown at a height not measured for their width: (width, height shown)
        self._deferred: dict[object, tuple[int, int]] = {}
        self._metrics: tuple[float, float, float] | None = None  # for _estimate
        self._relayout: object | None = None  # the key of a row whose height changed
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._measure_deferred)

    def invalidate(self, key: object | None = None) -> None:
        """Forget cached sizes: all of them, or those of the row with id ``key``."""
        if key is None:
            self._sizes.clear()
            self._deferred.clear()
            return
        self._sizes.pop(key, None)
        self._deferred.pop(key, None)

    @property
    def deferred_count(self) -> int:
        """Rows shown at a size from another width, waiting to be measured again."""
        return len(self._deferred)

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        widget = option.widget
        if isinstance(widget, QAbstractScrollArea):
            return max(1, widget.viewport().width())
        width = option.rect.width()
        return width if width > 0 else _FALLBACK_WIDTH

    def size_row(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = self._width(option)
        key = index.data(BUBBLE_KEY_ROLE)
        cache_key = ("row", index.row()) if key is None else key
        cached = self._sizes.get(cache_key)
        # A view that sets ``locate`` tells the delegate when a row changes (invalidate), so
        # a layout pass reads one role per row, not the row's whole bubble.
        managed = self.locate is not None and key is not None
        if managed:
            if cached is not None and cached[1] == width:
                return QSize(cached[2])
            exact = self.exact_keys
            if exact is not None and cache_key not in exact:
                # Not on screen: the height it had at another width (or a guess) for now.
                if cached is not None:
                    height = cached[2].height()
                else:
                    height = self._estimate(index.data(Qt.ItemDataRole.DisplayRole), width)
                self._deferred[cache_key] = (width, height)
                if not self._later.isActive():
                    self._later.start()
                return QSize(width, height)
        spec = index.data(BUBBLE_SPEC_ROLE)
        if not isinstance(spec, BubbleSpec):
            return super().size_row(option, index)
        if cached is not None and cached[1] == width and (cached[0] is spec or cached[0] == spec):
            return QSize(cached[2])
        return QSize(self._measure(cache_key, spec, width))

    def _estimate(self, text: object, width: int) -> int:
        """A quick guess at a bubble's height from its text alone (lines by characters)."""
        if self._metrics is None:
            body = QFontMetricsF(self.renderer.body_font)
            small = QFontMetricsF(self.renderer.small_font)
            self._metrics = (body.averageCharWidth(), body.lineSpacing(), small.height())
        char_w, line_h, small_h = self._metrics
        avail = max(120, width - 2 * OUTER_H - TAIL)
        content = min(avail, max(BUBBLE_MIN_MAX, int(avail * 0.72))) - 2 * PAD_H
        per_line = max(8.0, content / max(1.0, char_w))
        lines = 0
        for paragraph in text.split("\n") if isinstance(text, str) and text else ("",):
            # CJK and emoji are about twice as wide as the average Latin character
            wide = sum(1 for ch in paragraph if ord(ch) >= 0x2E80)
            lines += max(1, math.ceil((len(paragraph) + wide) / per_line))
        return max(1, math.ceil(2 * OUTER_V + 2 * PAD_V + lines * line_h + small_h))

    def _measure(self, cache_key: object, spec: BubbleSpec, width: int) -> QSize:
        size = self.renderer.size_for(spec, width)
        self.size_computations += 1
        if len(self._sizes) >= _CACHE_LIMIT:
            self._sizes.clear()
        self._sizes[cache_key] = (spec, width, size)
        self._deferred.pop(cache_key, None)
        return size

    def _measure_deferred(self) -> None:
        """Measure deferred rows for a few milliseconds; once none is left, relayout once."""
        deadline = time.perf_counter() + _SLICE_SECONDS
        while self._deferred and time.perf_counter() < deadline:
            # The last deferred first: the rows next to the screen, when it shows the newest.
            key, (width, shown) = self._deferred.popitem()
            try:
                index = self.locate(key) if self.locate is not None else None
                spec = index.data(BUBBLE_SPEC_ROLE) if index is not None else None
                if not isinstance(spec, BubbleSpec):
                    continue
                cached = self._sizes.get(key)
                if (
                    cached is None
                    or cached[1] != width
                    or not (cached[0] is spec or cached[0] == spec)
                ):
                    cached = (spec, width, self._measure(key, spec, width))
                if cached[2].height() != shown:
                    self._relayout = key
            except Exception as exc:  # never out of a timer slot; the row shows as it was
                self.failures.report(key, exc)
        if self._deferred:
            self._later.start()
            return
        changed, self._relayout = self._relayout, None
        index = self.locate(changed) if changed is not None and self.locate is not None else None
        if index is not None and index.isValid():
            # One signal: the view lays out again (every size now comes from the cache).
            self.sizeHintChanged.emit(index)

    def paint_row(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        spec = index.data(BUBBLE_SPEC_ROLE)
        if not isinstance(spec, BubbleSpec):
            super().paint_row(painter, option, index)
            return
        rect = QRectF(option.rect)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.highlight().color().lighter(170))
        elif index.data(BUBBLE_HIGHLIGHT_ROLE) is True:  # the message a search hit opened
            tint = QColor(option.palette.highlight().color())
            tint.setAlpha(70)
            painter.fillRect(rect, tint)
        self.renderer.paint_kept(painter, rect, spec, self.images)

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
