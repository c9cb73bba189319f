"""The composer's price line keeps its height while the next conversation's price is read:
a two-line price that became one empty line made the thread above jump at every open."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.inbox.price_line import PriceLine


def test_the_line_keeps_its_height_until_the_next_price(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    above = QLabel("thread")
    layout.addWidget(above, 1)
    line = PriceLine(holder)
    layout.addWidget(line)
    holder.resize(220, 300)
    holder.show()
    line.show_price(None)  # "cannot be estimated for this customer": wraps at 220 px
    qtbot.waitUntil(lambda: line.height() >= 2 * line.fontMetrics().height())
    tall, room = line.height(), above.height()

    line.show_unknown()
    for _ in range(3):
        qtbot.wait(1)
    assert line.text().endswith("…") and line.price is None
    assert line.height() == tall and above.height() == room  # nothing moved

    line.show_price(None)  # the price is known: the line takes what its text needs
    assert line.minimumHeight() == 0
