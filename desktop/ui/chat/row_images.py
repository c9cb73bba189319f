"""Rows drawn once and then copied: a bounded cache of painted row images.

A list repaints the same rows again and again (a resize, a notice shown, the selection
moving, the first paint after a thread opens). Painting a bubble or a conversation row is
dozens of Python-driven QPainter calls; copying its image is one. A delegate names what a
row looks like (its *look*: every value its painting reads, and its size) and hands over the
painting; the image is painted the first time that look is asked for and copied after that.
A look that differs in anything (text, status, theme, size, selection) is another image, so
nothing has to be invalidated by hand. Images are kept up to a byte budget, oldest first out.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap

DEFAULT_BUDGET = 24 * 1024 * 1024  # bytes of images kept (a few screens of rows at 2× DPI)


class RowImages:
    """Painted row images by look, least recently used dropped beyond ``budget`` bytes."""

    def __init__(self, budget: int = DEFAULT_BUDGET) -> None:
        self.budget = budget
        self._images: OrderedDict[Hashable, QPixmap] = OrderedDict()
        self._bytes = 0
        self.painted = 0  # images painted (a look not seen before)
        self.copied = 0  # paints served from a kept image

    def __len__(self) -> int:
        return len(self._images)

    @property
    def bytes_kept(self) -> int:
        return self._bytes

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0

    def draw(
        self,
        painter: QPainter,
        look: Hashable,
        at: QPointF,
        size: QSize,
        paint: Callable[[QPainter], None],
    ) -> None:
        """Draw the image of ``look`` (``size`` in device-independent pixels) at ``at``.

        ``paint`` draws the row into a painter whose origin is the image's top-left corner;
        it runs only when no image of this look at this pixel ratio is kept. An exception
        from it propagates (the delegate's guard shows the row as unavailable) and keeps
        nothing.
        """
        if size.isEmpty():
            return
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key = (look, size.width(), size.height(), ratio)
        image = self._images.get(key)
        if image is None:
            image = self._paint(size, ratio, paint)
            self.painted += 1
            self._keep(key, image)
        else:
            self._images.move_to_end(key)
            self.copied += 1
        painter.drawPixmap(at, image)

    @staticmethod
    def _paint(size: QSize, ratio: float, paint: Callable[[QPainter], None]) -> QPixmap:
        image = QPixmap(
            max(1, math.ceil(size.width() * ratio)), max(1, math.ceil(size.height() * ratio))
        )
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        inner = QPainter(image)
        try:
            paint(inner)
        finally:
            inner.end()
        return image

    def _keep(self, key: Hashable, image: QPixmap) -> None:
        cost = image.width() * image.height() * 4
        if cost > self.budget:
            return  # one huge row: drawn, not kept
        self._images[key] = image
        self._bytes += cost
        while self._bytes > self.budget and self._images:
            _, old = self._images.popitem(last=False)
            self._bytes -= old.width() * old.height() * 4
