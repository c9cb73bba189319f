"""Text a customer (or Meta) chose, shown in a widget without letting it act as markup.

A profile name like ``<img src=/some/local.png>`` in a QLabel in AutoText mode loads and
shows that local file; ``<table width=100000>`` makes the window 100,000 px wide; a
right-to-left override (U+202E) in a name reverses the words we print after it. Labels that
show such text use :func:`plain_label`, and the text goes through :func:`isolated` (or
:func:`isolated_html` where a label must stay rich text for our own markup).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

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
