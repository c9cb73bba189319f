"""The picture viewer: a large picture fits the window; buttons, keys and the wheel zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPixmap, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.inbox.media_viewer import ImageViewer


def test_a_large_picture_fits_and_zooms(qtbot: QtBot) -> None:
    pixmap = QPixmap(2000, 1500)
    pixmap.fill(QColor("teal"))
    viewer = ImageViewer(pixmap)
    qtbot.addWidget(viewer)
    viewer.resize(640, 480)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewport = viewer.area.viewport().size()
    assert viewer.fitted and viewer.zoom < 1
    shown = viewer.picture.pixmap().size()
    assert shown.width() <= viewport.width() and shown.height() <= viewport.height()
    fitted = viewer.zoom

    viewer.actual_button.click()
    assert viewer.zoom == 1.0 and viewer.picture.pixmap().width() == 2000
    assert viewer.area.horizontalScrollBar().maximum() > 0  # scrolls at 100%

    QTest.keyClick(viewer, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom == pytest.approx(0.8)
    QTest.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.fitted and viewer.zoom == pytest.approx(fitted)

    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(viewer.area.mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewer.area.viewport(), wheel)
    assert viewer.zoom == pytest.approx(fitted * 1.25) and not viewer.fitted

    viewer.resize(900, 700)  # not fitted any more: the zoom stays
    assert viewer.zoom == pytest.approx(fitted * 1.25)
