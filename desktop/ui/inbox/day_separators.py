"""Day separators in a thread: "Today", "Yesterday", else the date in the user's locale.

A separator is not a row of the model: the thread is paged and keeps an id → row map, so an
inserted row per day would shift every row number and break both. Instead the delegate
draws the separator above the first message of each day, inside that message's row (the
row is taller by :data:`SEPARATOR_HEIGHT`). Whether a row starts a day is derived from the
row and the one above it, both already in the model; each message's day is kept by id, so
a layout pass over thousands of rows costs two dictionary look-ups per row.

The first loaded row always carries its day: the reader at the top of what is loaded sees
the date even before the older page comes in (and when it does, the row above decides).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from desktop.services.message_text import local_datetime
from desktop.ui.chat import BubbleDelegate
from desktop.ui.inbox.message_model import MessageListModel

SEPARATOR_HEIGHT = 34
_DAYS_KEPT = 50_000
_Index = QModelIndex | QPersistentModelIndex


def day_label(day: date, today: date, locale: QLocale | None = None) -> str:
    """What a separator says for ``day``, seen on ``today``."""
    if day == today:
        return QCoreApplication.translate("DaySeparator", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("DaySeparator", "Yesterday")
    shown = QDate(day.year, day.month, day.day)
    return (locale or QLocale()).toString(shown, QLocale.FormatType.LongFormat)


class DayBubbleDelegate(BubbleDelegate):
    """The thread's bubbles, each day's first one with its day above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: dict[int, int | None] = {}  # message id → local day ordinal (None: no time)
        self.today: date | None = None  # for tests: the day "Today" means (None: the clock's)

    # -- which rows start a day --------------------------------------------------------------
    def _day_at(self, model: MessageListModel, row: int) -> int | None:
        message_id = model.id_at(row)
        if message_id is None:
            return None
        if message_id in self._days:
            return self._days[message_id]
        message = model.message_row(row)
        if message is None:  # not read (yet): nothing is cached, it is asked again later
            return None
        moment = local_datetime(message.timestamp)
        day = moment.date().toordinal() if moment is not None else None
        if len(self._days) >= _DAYS_KEPT:
            self._days.clear()
        self._days[message_id] = day
        return day

    def separator_day(self, index: _Index) -> date | None:
        """The day to show above this row, or None when it continues the day above."""
        model = index.model()
        if not isinstance(model, MessageListModel) or not index.isValid():
            return None
        row = index.row()
        day = self._day_at(model, row)
        if day is None:
            return None
        if row > 0 and self._day_at(model, row - 1) == day:
            return None
        return date.fromordinal(day)

    def separator_height(self, index: _Index) -> int:
        """How far down this row's bubble starts (where a quote or a button is clicked)."""
        return SEPARATOR_HEIGHT if self.separator_day(index) is not None else 0

    def separator_text(self, index: _Index) -> str | None:
        day = self.separator_day(index)
        return None if day is None else day_label(day, self.today or date.today())

    # -- size and paint ----------------------------------------------------------------------
    def size_row(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().size_row(option, index)
        extra = self.separator_height(index)
        return QSize(size.width(), size.height() + extra) if extra else size

    def paint_row(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text = self.separator_text(index)
        if text is None:
            super().paint_row(painter, option, index)
            return
        band = QRect(option.rect.left(), option.rect.top(), option.rect.width(), SEPARATOR_HEIGHT)
        self._paint_separator(painter, band, text, option.palette)
        below = QStyleOptionViewItem(option)
        below.rect = option.rect.adjusted(0, SEPARATOR_HEIGHT, 0, 0)
        super().paint_row(painter, below, index)

    def _paint_separator(
        self, painter: QPainter, band: QRect, text: str, palette: QPalette
    ) -> None:
        """A rounded chip in the middle of the band, as WhatsApp shows the day."""
        painter.save()
        font = QFont(self.renderer.small_font)
        font.setPixelSize(12)
        font.setWeight(QFont.Weight.Medium)
        painter.setFont(font)
        fm = QFontMetrics(font)
        width = min(band.width() - 16, fm.horizontalAdvance(text) + 24)
        height = fm.height() + 8
        chip = QRectF(
            band.left() + (band.width() - width) / 2,
            band.top() + (band.height() - height) / 2,
            width,
            height,
        )
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#1f2c34") if dark else QColor("#ffffff"))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        painter.setPen(QColor("#8696a0") if dark else QColor("#54656f"))
        painter.drawText(
            chip,
            Qt.AlignmentFlag.AlignCenter,
            fm.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 12),
        )
        painter.restore()
