"""Text a customer (or Meta) chose, shown in a widget without letting it act as markup.

A profile name like ``<img src=/some/local.png>`` in a QLabel in AutoText mode loads and
shows that local file; ``<table width=100000>`` makes the window 100,000 px wide; a
right-to-left override (U+202E) in a name reverses the words we print after it. Labels that
show such text use :func:`plain_label`, and the text goes through :func:`isolated` (or
:func:`isolated_html` where a label must stay rich text for our own markup).
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

log = logging.getLogger(__name__)

FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"


def isolated(text: str) -> str:
    """``text`` as one bidi isolate: overrides inside it stop at its end."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def isolated_html(text: str) -> str:
    """``text`` escaped for a rich-text label, and isolated."""
    return html.escape(isolated(text), quote=False)


def plain_label(label: QLabel) -> QLabel:
    """Make ``label`` show its text literally, whatever it contains; returns it."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OneLineLabel(QLabel):
    """Plain text on one line, ending in … when the label is too narrow (the tooltip then
    holds it all). ``text()`` is the whole text.

    The thread header shows names this way: wrapped, a long name made the header taller for
    one conversation than for the next, and the thread below jumped (and was laid out again)
    at every switch.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain_label(self)
        self._whole = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fit_height()

    def _fit_height(self) -> None:
        # As tall as a line of Latin and Japanese (fallback fonts are taller): the same
        # height whichever script the name is in.
        line = self.fontMetrics().boundingRect(QRect(0, 0, 10_000, 1_000), 0, "Ág 漢字あ")
        margins = self.contentsMargins()
        self.setFixedHeight(
            max(line.height(), self.fontMetrics().height()) + margins.top() + margins.bottom()
        )

    def changeEvent(self, event: QEvent) -> None:
        try:
            super().changeEvent(event)
            if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
                self._fit_height()
                self._elide()
        except Exception:  # never out of a Qt virtual
            log.exception("fitting a label")

    def setText(self, text: str) -> None:
        self._whole = text if isinstance(text, str) else ""
        self._elide()

    def text(self) -> str:
        return self._whole

    def resizeEvent(self, event: QResizeEvent) -> None:
        try:
            super().resizeEvent(event)
            self._elide()
        except Exception:  # never out of a Qt virtual
            log.exception("eliding a label")

    def _elide(self) -> None:
        one_line = " ".join(self._whole.splitlines())
        width = max(0, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(one_line, Qt.TextElideMode.ElideRight, width)
        if shown != super().text():
            super().setText(shown)
        tip = self._whole if shown != self._whole else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)
