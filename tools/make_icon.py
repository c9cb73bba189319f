"""Draw the WABA Desk icon (a green chat bubble) into resources/icons/.

The icon is drawn by code rather than kept only as a binary so it can be changed and
rebuilt: `python tools/make_icon.py`. It writes wabadesk.png (256 px, used by the window
and the Linux .desktop entry) and wabadesk.ico (16-256 px, used by PyInstaller on Windows).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
GREEN = QColor("#25A244")
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    """A rounded green bubble with a tail at the lower left and three white dots."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 256
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(16 * s, 28 * s, 224 * s, 168 * s), 56 * s, 56 * s)
    tail = QPainterPath()
    tail.moveTo(QPointF(56 * s, 170 * s))
    tail.lineTo(QPointF(36 * s, 236 * s))
    tail.lineTo(QPointF(112 * s, 190 * s))
    tail.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(GREEN)
    painter.drawPath(bubble.united(tail))
    painter.setBrush(QColor("white"))
    painter.setPen(QPen(Qt.PenStyle.NoPen))
    for x in (80, 128, 176):
        painter.drawEllipse(QPointF(x * s, 112 * s), 17 * s, 17 * s)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    ICONS.mkdir(parents=True, exist_ok=True)
    if not draw(256).save(str(ICONS / "wabadesk.png")):
        print("could not write wabadesk.png", file=sys.stderr)
        return 1
    # Qt's ICO writer stores one image per file; PyInstaller wants several sizes in one
    # .ico, so the file is assembled here from PNG-compressed entries (valid since Vista).
    entries = []
    for size in ICO_SIZES:
        path = ICONS / f".tmp-{size}.png"
        draw(size).save(str(path))
        entries.append((size, path.read_bytes()))
        path.unlink()
    header = b"\0\0\1\0" + len(entries).to_bytes(2, "little")
    offset = 6 + 16 * len(entries)
    directory = b""
    blobs = b""
    for size, data in entries:
        dim = 0 if size >= 256 else size
        directory += bytes([dim, dim, 0, 0]) + (1).to_bytes(2, "little")
        directory += (32).to_bytes(2, "little") + len(data).to_bytes(4, "little")
        directory += (offset + len(blobs)).to_bytes(4, "little")
        blobs += data
    (ICONS / "wabadesk.ico").write_bytes(header + directory + blobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
