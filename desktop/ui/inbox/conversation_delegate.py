"""Draws one conversation row: name, number, preview, time and the unread badge."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextDocumentFragment
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWidget

from desktop.services.formatting import whatsapp_to_html
from desktop.services.inbox import ConversationRow
from desktop.services.message_text import KNOWN_TYPES, as_text, local_datetime
from desktop.ui.chat.row_guard import GuardedDelegate
from desktop.ui.chat.row_images import RowImages
from desktop.ui.inbox.conversation_model import ID_ROLE, ROW_ROLE
from desktop.ui.inbox.row_marks import (
    OPEN_GREEN,
    channel_colour,
    paint_avatar,
    paint_channel_tag,
    paint_failed_mark,
    window_state,
)

ROW_HEIGHT = 88
GREEN = QColor("#25d366")


def type_label(kind: str) -> str:
    """An icon and a word for a message type, as the chat list shows it before the text."""
    labels = {
        "image": "📷 " + QCoreApplication.translate("ChatList", "Photo"),
        "video": "🎥 " + QCoreApplication.translate("ChatList", "Video"),
        "audio": "🎤 " + QCoreApplication.translate("ChatList", "Voice message"),
        "document": "📄 " + QCoreApplication.translate("ChatList", "Document"),
        "sticker": "🙂 " + QCoreApplication.translate("ChatList", "Sticker"),
        "location": "📍 " + QCoreApplication.translate("ChatList", "Location"),
        "contacts": "👤 " + QCoreApplication.translate("ChatList", "Contact card"),
        "order": "🛒 " + QCoreApplication.translate("ChatList", "Order"),
        "reaction": "👍 " + QCoreApplication.translate("ChatList", "Reaction"),
        "interactive": "↩ " + QCoreApplication.translate("ChatList", "Reply"),
        "button": "↩ " + QCoreApplication.translate("ChatList", "Button reply"),
        "template": "📋 " + QCoreApplication.translate("ChatList", "Template"),
        "system": "📱 " + QCoreApplication.translate("ChatList", "Account change"),
        "unsupported": "⚠ "
        + QCoreApplication.translate("ChatList", "Message that cannot be shown"),
        "text": "💬 " + QCoreApplication.translate("ChatList", "Message"),
    }
    if kind in labels:
        return labels[kind]
    return "❓ " + QCoreApplication.translate("ChatList", "Message of type “{type}”").format(
        type=kind[:32]
    )


#: Types whose text alone does not say what they are (a caption, a name, an emoji).
_LABELLED = frozenset(KNOWN_TYPES - {"text", "interactive", "button", "template", "system"})


def preview_line(kind: str | None, text: str) -> str:
    """The row's second line: never blank; media, orders and reactions say what they are."""
    text = plain_preview(text) if text else ""
    if kind == "system":
        return type_label(kind)  # Meta's notice text is English whatever the user reads
    if not kind:
        return text or "—"
    if not text:
        return type_label(kind)
    if kind in _LABELLED or kind not in KNOWN_TYPES:
        icon = type_label(kind).split(" ", 1)[0]
        return f"{icon} {text}"
    return text


@lru_cache(maxsize=4096)
def plain_preview(text: str) -> str:
    """A message as the chat list shows it: formatting applied, markers gone, one line."""
    if not any(marker in text for marker in "*_~`>"):
        return text.replace("\n", " ")
    html = whatsapp_to_html(text)
    return QTextDocumentFragment.fromHtml(html).toPlainText().replace("\n", " ")


def short_time(ts: object) -> str:
    """When a row's last message came, as short as the list shows it ("" if it cannot be)."""
    moment = local_datetime(ts)
    if moment is None or not ts:
        return ""
    now = datetime.now()
    if moment.date() == now.date():
        return moment.strftime("%H:%M")
    if moment.year == now.year:
        return moment.strftime("%m/%d")
    return moment.strftime("%Y/%m/%d")


STATUS_COLOURS = {"pending": "#f9a825", "resolved": "#78909c"}


def status_word(status: str) -> str:
    words = {
        "open": QCoreApplication.translate("ConversationDelegate", "Open"),
        "pending": QCoreApplication.translate("ConversationDelegate", "Pending"),
        "resolved": QCoreApplication.translate("ConversationDelegate", "Resolved"),
    }
    return words.get(status, status)


def _colour(value: object, fallback: QColor) -> QColor:
    colour = QColor(value) if isinstance(value, str) else QColor()
    return colour if colour.isValid() else fallback


class ConversationDelegate(GuardedDelegate):
    """One conversation per row; a row that cannot be drawn shows a plain line instead.

    A row is painted once per look (its fields, the times shown, selection, palette and
    font) and copied after that: the list repaints on every resize and selection change.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images = RowImages(budget=8 * 1024 * 1024)

    def row_key(self, index: QModelIndex | QPersistentModelIndex) -> object:
        return index.data(ID_ROLE)

    def size_row(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # As wide as the view makes it: a width from before the scroll bar appeared would
        # make the list wider than its viewport and scroll sideways by a few pixels.
        return QSize(1, ROW_HEIGHT)

    def paint_row(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: ConversationRow | None = index.data(ROW_ROLE)
        time_text = short_time(row.last_message_ts) if row is not None else ""
        window = window_state(row.window_closes_at) if row is not None else ("", False)
        look = (
            row,
            time_text,
            window,
            bool(option.state & QStyle.StateFlag.State_Selected),
            bool(option.state & QStyle.StateFlag.State_MouseOver),
            option.palette.cacheKey(),
            option.font.key(),
        )
        try:
            hash(look)
        except TypeError:  # a row holding something unhashable is painted every time
            self._paint_content(painter, option, option.rect, row, time_text, window)
            return
        size = option.rect.size()
        self.images.draw(
            painter,
            look,
            QPointF(option.rect.topLeft()),
            size,
            lambda inner: self._paint_content(
                inner, option, QRect(QPoint(0, 0), size), row, time_text, window
            ),
        )

    def _paint_content(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRect,
        row: ConversationRow | None,
        time_text: str,
        window: tuple[str, bool],
    ) -> None:
        """The row as :meth:`paint_row` shows it, drawn in ``rect``."""
        painter.save()
        name = as_text(row.contact_name) if row else ""
        unread = row.unread_count if row and isinstance(row.unread_count, int) else 0
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.left() + 64, rect.bottom(), rect.right(), rect.bottom())
        if row is None:
            painter.restore()
            return
        # The channel's colour down the row's left edge: the same customer on two of our
        # numbers is two rows that look different at a glance.
        painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), channel_colour(row))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Avatar: a coloured circle with the first letter of the name.
        avatar = QRect(rect.left() + 12, rect.top() + 12, 44, 44)
        hue = (sum(map(ord, name)) * 37) % 360
        painter.setBrush(QColor.fromHsl(hue, 110, 150))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(avatar)
        initial_font = QFont(option.font)
        initial_font.setPointSizeF(option.font.pointSizeF() * 1.3)
        initial_font.setBold(True)
        painter.setFont(initial_font)
        painter.setPen(QColor("white"))
        initial = name.lstrip("+@")[:1].upper() or "?"
        painter.drawText(avatar, Qt.AlignmentFlag.AlignCenter, initial)

        text_left = avatar.right() + 12
        right = rect.right() - 12
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))

        painter.setFont(small)
        fm_small = QFontMetrics(small)
        time_width = fm_small.horizontalAdvance(time_text)
        painter.setPen(GREEN if unread > 0 else palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            QRect(right - time_width, rect.top() + 12, time_width, fm_small.height()),
            Qt.AlignmentFlag.AlignRight,
            time_text,
        )

        painter.setFont(bold)
        fm_bold = QFontMetrics(bold)
        name_width = right - time_width - 8 - text_left
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(
            QRect(text_left, rect.top() + 10, name_width, fm_bold.height()),
            Qt.AlignmentFlag.AlignLeft,
            fm_bold.elidedText(name, Qt.TextElideMode.ElideRight, name_width),
        )

        badge_width = 0
        if unread > 0:
            label = str(unread) if unread < 100 else "99+"
            badge_width = max(20, fm_small.horizontalAdvance(label) + 10)
            badge = QRect(right - badge_width, rect.top() + 36, badge_width, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(GREEN)
            painter.drawRoundedRect(badge, 10, 10)
            painter.setPen(QColor("white"))
            painter.setFont(small)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

        painter.setFont(base)
        fm = QFontMetrics(base)
        preview_left = text_left
        if row.last_send_failed:  # our latest send did not reach them
            preview_left += paint_failed_mark(painter, text_left, rect.top() + 32, fm.height() + 8)
        preview_width = right - preview_left - (badge_width + 8 if badge_width else 0)
        preview = preview_line(as_text(row.last_message_type), as_text(row.last_message_preview))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        # Room above and below the line: an emoji or a Japanese fallback font is taller
        # than the base font's metrics and was clipped at the bottom.
        painter.drawText(
            QRect(preview_left, rect.top() + 32, preview_width, fm.height() + 8),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(preview, Qt.TextElideMode.ElideRight, preview_width),
        )
        line = QRect(text_left, rect.top() + 62, right - text_left, 18)
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        self._paint_work(painter, row, line, muted, dark, window)
        painter.restore()

    def _paint_work(
        self,
        painter: QPainter,
        row: ConversationRow,
        line: QRect,
        muted: QColor,
        dark: bool,
        window: tuple[str, bool],
    ) -> None:
        """The third line: channel, status (unless open), labels; window and assignee right."""
        small = QFont(painter.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        fm = QFontMetrics(small)
        right = line.right()
        name = as_text(row.assignee_name)
        if name:
            avatar = QRect(right - 18, line.top(), 18, 18)
            paint_avatar(painter, name, _colour(row.assignee_colour, QColor("#8696a0")), avatar)
            right = avatar.left() - 6
        window_text, window_open = window
        window_width = min(fm.horizontalAdvance(window_text) + 2, max(0, line.width() // 3))
        painter.setPen(OPEN_GREEN if window_open else muted)
        painter.drawText(
            QRect(right - window_width, line.top(), window_width, line.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(window_text, Qt.TextElideMode.ElideRight, window_width),
        )
        right -= window_width + 8
        x = line.left()
        chips: list[tuple[str, QColor]] = []
        if row.status in STATUS_COLOURS:
            chips.append((status_word(row.status), QColor(STATUS_COLOURS[row.status])))
        chips += [
            (as_text(label.name), _colour(label.colour, QColor("#8696a0"))) for label in row.labels
        ]
        # The channel takes what it needs when alone, at most two fifths beside chips.
        room = right - x if not chips else min(right - x, line.width() * 2 // 5)
        x += paint_channel_tag(painter, row, x, line, room, dark) + 6
        for text, colour in chips:
            width = min(fm.horizontalAdvance(text) + 12, right - x)
            if width < 24:
                break
            chip = QRect(x, line.top() + 1, width, 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(chip, 8, 8)
            painter.setPen(QColor("black") if colour.lightness() > 150 else QColor("white"))
            painter.drawText(
                chip,
                Qt.AlignmentFlag.AlignCenter,
                fm.elidedText(text, Qt.TextElideMode.ElideRight, width - 8),
            )
            x = chip.right() + 5
