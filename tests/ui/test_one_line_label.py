"""The thread header's labels: one line whatever the name, the rest in the tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.chat.customer_text import OneLineLabel

LONG = "Sakura Cafe Tokyo の とても 長い お名前 " * 8


def shown(label: OneLineLabel) -> str:
    return QLabel.text(label)


def test_a_long_name_ends_in_an_ellipsis_and_keeps_one_line(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    label = OneLineLabel(holder)
    QHBoxLayout(holder).addWidget(label)
    holder.resize(300, 60)
    holder.show()
    label.setText("Ann")
    one_line = label.height()
    assert shown(label) == "Ann" and label.toolTip() == ""

    label.setText(LONG)
    assert label.text() == LONG  # the whole text for whoever reads it
    assert shown(label).endswith("…") and len(shown(label)) < len(LONG)
    assert label.fontMetrics().horizontalAdvance(shown(label)) <= label.contentsRect().width()
    assert label.toolTip() == LONG
    assert label.height() == one_line  # the header does not grow with a Japanese name

    holder.resize(3000, 60)  # room again: shown whole, no tooltip
    qtbot.waitUntil(lambda: shown(label) == " ".join(LONG.splitlines()))
    assert label.toolTip() == ""


def test_lines_are_joined_and_markup_stays_text(qtbot: QtBot) -> None:
    label = OneLineLabel()
    qtbot.addWidget(label)
    label.resize(2000, 30)
    label.setText("<b>Ann</b>\nLee")
    assert shown(label) == "<b>Ann</b> Lee"
    assert label.height() < 2 * label.fontMetrics().height()
