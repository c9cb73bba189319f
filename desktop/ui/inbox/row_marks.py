"""The small marks of a conversation row: its channel, the window's time left, who answers it.

Everything here works from the :class:`~desktop.services.inbox.ConversationRow` the list's
page brought (no database, nothing slow): the delegate calls these while painting.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter

from desktop.services.inbox import ConversationRow
from desktop.services.message_text import as_text

FALLBACK_CHANNEL = QColor("#8696a0")
OPEN_GREEN = QColor("#1fa855")
FAILED_RED = QColor("#e53935")


def initials(name: str) -> str:
    """Up to two letters for an avatar: first and last word ("Aiko Tanaka" → "AT")."""
    words = [w for w in name.replace("@", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[-1][:1]).upper()


def channel_colour(row: ConversationRow) -> QColor:
    colour = QColor(row.channel_colour) if isinstance(row.channel_colour, str) else QColor()
    return colour if colour.isValid() else FALLBACK_CHANNEL


def channel_name(row: ConversationRow) -> str:
    return as_text(row.channel_name) or as_text(row.number_label)


def window_state(closes_at: object, now: float | None = None) -> tuple[str, bool]:
    """The 24-hour window in a few words, and whether it is open.

    "5 h left" / "40 min left" while open; "Window closed" after, or when the customer never
    wrote (only a template can reach them then).
    """
    moment = time.time() if now is None else now
    if not isinstance(closes_at, int | float) or not math.isfinite(closes_at):
        return QCoreApplication.translate("ConversationDelegate", "Window closed"), False
    left = closes_at - moment
    if left <= 0:
        return QCoreApplication.translate("ConversationDelegate", "Window closed"), False
    if left >= 3600:
        hours = int(left // 3600)
        return QCoreApplication.translate("ConversationDelegate", "{hours} h left").format(
            hours=hours
        ), True
    minutes = max(1, int(left // 60))
    return QCoreApplication.translate("ConversationDelegate", "{minutes} min left").format(
        minutes=minutes
    ), True


def paint_failed_mark(painter: QPainter, left: int, top: int, height: int) -> int:
    """A red "!" circle where the preview starts; returns its width and a gap."""
    size = 16
    circle = QRect(left, top + (height - size) // 2, size, size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(FAILED_RED)
    painter.drawEllipse(circle)
    painter.setPen(QColor("white"))
    painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, "!")
    return size + 6


def paint_channel_tag(
    painter: QPainter, row: ConversationRow, left: int, line: QRect, max_width: int, dark: bool
) -> int:
    """A dot and the channel's name in its colour; returns the width used (0: no room)."""
    if max_width < 28:
        return 0
    fm = QFontMetrics(painter.font())
    colour = channel_colour(row)
    name = channel_name(row)
    dot = QRect(left, line.top() + (line.height() - 8) // 2, 8, 8)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(dot)
    text_width = min(fm.horizontalAdvance(name) + 2, max_width - 12)
    # The channel's colour as text, darkened or lightened to stay readable on the row.
    ink = QColor(colour)
    if not dark and ink.lightness() > 120:
        ink = ink.darker(160)
    elif dark and ink.lightness() < 110:
        ink = ink.lighter(170)
    painter.setPen(ink)
    painter.drawText(
        QRect(dot.right() + 4, line.top(), text_width, line.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        fm.elidedText(name, Qt.TextElideMode.ElideRight, text_width),
    )
    return 12 + text_width


def paint_avatar(painter: QPainter, name: str, colour: QColor, circle: QRect) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(circle)
    painter.setPen(QColor("white") if colour.lightness() < 170 else QColor("black"))
    painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(name))


def row_tooltip(row: ConversationRow) -> str:
    """The row in full words (what the painted row may elide)."""
    who = ("+" + row.contact_wa_id) if row.contact_wa_id else as_text(row.contact_user_id)
    lines = [
        QCoreApplication.translate("ConversationDelegate", "{who} on {channel} ({number})").format(
            who=who, channel=channel_name(row), number=as_text(row.number_label)
        ),
        window_state(row.window_closes_at)[0],
    ]
    if row.assignee_name:
        lines.append(
            QCoreApplication.translate("ConversationDelegate", "Assigned to {name}").format(
                name=as_text(row.assignee_name)
            )
        )
    if row.last_send_failed:
        lines.append(
            QCoreApplication.translate("ConversationDelegate", "Your last message was not sent.")
        )
    return "\n".join(lines)
