"""Decode a QR code image (PNG or SVG file) back to its text, as a phone camera would."""

from __future__ import annotations

from pathlib import Path

import numpy
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer


def _gray(image: QImage) -> numpy.ndarray:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = numpy.frombuffer(gray.constBits(), dtype=numpy.uint8)
    return rows.reshape(gray.height(), gray.bytesPerLine())[:, : gray.width()].copy()


def decode_image(image: QImage) -> list[str]:
    return [barcode.text for barcode in zxingcpp.read_barcodes(_gray(image))]


def decode_file(path: Path) -> list[str]:
    if path.suffix.lower() == ".svg":
        assert QGuiApplication.instance() is not None, "use the qapp fixture to render SVG"
        renderer = QSvgRenderer(str(path))
        assert renderer.isValid(), f"{path} is not a valid SVG"
        image = QImage(400, 400, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        return decode_image(image)
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    return decode_image(image)
