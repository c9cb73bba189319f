"""Draws one row of the designer's template list: the name, then a coloured status line.

Name in the normal text colour (bold), under it language · category · status (coloured by
status, with the rejection reason) · quality · last update, like WhatsApp Manager's list.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.services.templates.store import TemplateSummary
from desktop.ui.templates.template_list_model import ITEM_ROLE, row_parts, status_color

_PAD = 8


class TemplateRowDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(option.rect.width(), metrics.height() * 2 + 2 * _PAD + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(ITEM_ROLE)
        if not isinstance(row, TemplateSummary):
            super().paint(painter, option, index)
            return
        painter.save()
        palette = option.palette
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.left() + _PAD, rect.bottom(), rect.right() - _PAD, rect.bottom())
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        inner = rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        top = QRect(inner.left(), inner.top(), inner.width(), line)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(row.name, Qt.TextElideMode.ElideRight, top.width()),
        )
        painter.setFont(font)
        x = inner.left()
        y = inner.top() + line + 1
        status = QColor(status_color(row.status))
        parts: list[tuple[str, QColor]] = [
            (text, status if is_status and not selected else text_color)
            for text, is_status in row_parts(row)
        ]
        muted = QColor(text_color)
        if not selected:
            muted.setAlpha(150)
        for n, (text, color) in enumerate(parts):
            if n:
                painter.setPen(muted)
                painter.drawText(x, y, inner.right() - x, line, 0, " · ")
                x += metrics.horizontalAdvance(" · ")
            painter.setPen(color if color != text_color else muted)
            width = metrics.horizontalAdvance(text)
            if x + width > inner.right():
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.right() - x)
                width = metrics.horizontalAdvance(text)
            painter.drawText(x, y, width, line, int(Qt.AlignmentFlag.AlignVCenter), text)
            x += width
            if x >= inner.right():
                break
        painter.restore()
