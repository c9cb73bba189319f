"""One bubble on WhatsApp's chat background: the template designer's live preview."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.chat.bubble_renderer import BubbleRenderer, colors_for
from desktop.ui.chat.bubble_spec import BubbleSpec

log = logging.getLogger(__name__)

_MARGIN = 8


class BubblePreview(QWidget):
    """Shows one :class:`BubbleSpec` exactly as the inbox would draw it."""

    def __init__(self, parent: QWidget | None = None, renderer: BubbleRenderer | None = None):
        super().__init__(parent)
        self.renderer = renderer or BubbleRenderer()
        self._spec = BubbleSpec()
        self._failures: set[tuple[str, int]] = set()  # logged already, for the shown spec
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Message preview"))

    def spec(self) -> BubbleSpec:
        return self._spec

    def setSpec(self, spec: BubbleSpec) -> None:
        """Show ``spec``; cheap enough to call on every keystroke."""
        if spec == self._spec:
            return
        self._spec = spec
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        try:
            return self.renderer.size_for(self._spec, width).height() + 2 * _MARGIN
        except Exception:  # never out of a Qt virtual: the preview keeps a usable height
            self._failed("measured")
            return 80

    def sizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(360))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 80)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor(colors_for(self._spec.theme).chat_background))
            rect = QRectF(0, _MARGIN, self.width(), self.height() - 2 * _MARGIN)
            self.renderer.paint(painter, rect, self._spec)
        except Exception:  # never out of a Qt virtual: the preview stays blank
            self._failed("drawn")
        finally:
            painter.end()

    def _failed(self, what: str) -> None:
        """Log a preview that could not be measured or drawn, once per spec."""
        key = (what, id(self._spec))
        if key not in self._failures:
            self._failures = {k for k in self._failures if k[1] == key[1]} | {key}
            log.exception("the message preview could not be %s", what)
