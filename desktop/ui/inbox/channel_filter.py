"""The inbox's channel chooser: each of our numbers by its channel name and colour, with unread.

The combo box lists "All channels" and then every number under its channel's name (as set on
the Numbers page). Each item's icon is the channel's colour: a dot, or a pill with how many
of its conversations have unread messages (the full words are the item's tooltip). The
counts are read again, coalesced, when messages or conversations change (at most twice a
second), from the list's covering index; the icons change in place, so the choice and the
list stay as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox

from desktop.services.agent_channels import Seen, sees
from desktop.services.conversation_marks import ChannelChoice, channel_choices, unread_by_number
from desktop.ui.task_scope import UiTaskScope

if TYPE_CHECKING:
    from desktop.models.db import Database

COUNT_COALESCE_MS = 500
ALL_COLOUR = "#25d366"  # WhatsApp's green, as the list's unread badges
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


ICON_SIZE = QSize(28, 16)


def badge_icon(colour: str, unread: int) -> QIcon:
    """The channel's colour as a dot, or as a pill holding its unread count."""
    pixmap = QPixmap(ICON_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    if unread <= 0:
        painter.drawEllipse(QRectF(2, 2, 12, 12))
    else:
        label = str(unread) if unread < 100 else "99+"
        font = QFont(painter.font())
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        width = min(ICON_SIZE.width(), max(16, QFontMetrics(font).horizontalAdvance(label) + 8))
        pill = QRectF(0, 0, width, 16)
        painter.drawRoundedRect(pill, 8, 8)
        painter.setPen(QColor("white"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return QIcon(pixmap)


class ChannelFilter(QObject):
    """Fills ``combo`` (item 0 is "All channels", data None) and keeps its unread counts."""

    def __init__(self, combo: QComboBox, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._combo = combo
        combo.setIconSize(ICON_SIZE)
        combo.currentIndexChanged.connect(
            lambda i: combo.setToolTip(combo.itemData(i, _TOOLTIP) or "")
        )
        self._db = db
        self._tasks = UiTaskScope(self)
        self._choices: list[ChannelChoice] = []
        self.unread: dict[str, int] = {}
        # The numbers the person at the desk sees (None: every one); the others are not offered.
        self.scope: Seen = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COUNT_COALESCE_MS)
        self._timer.timeout.connect(
            lambda: self._tasks.spawn(self.recount(), name="channels:unread")
        )

    def all_text(self) -> str:
        return self.tr("All channels")

    def choice_text(self, choice: ChannelChoice) -> str:
        text = self.tr("{channel} ({number})").format(
            channel=choice.name, number=choice.display_phone_number
        )
        if choice.is_test_number:
            text += " " + self.tr("[test number]")
        return text

    def unread_text(self, unread: int) -> str:
        if unread <= 0:
            return self.tr("No unread conversations")
        return self.tr("Unread conversations: {n}").format(n=unread)

    async def load(self) -> None:
        """Read the numbers, their channels and counts, and fill the combo (keeping the choice)."""
        choices, unread = await self._db.run(channel_choices)
        self._choices = [c for c in choices if sees(self.scope, c.number_id)]
        self.unread = self._seen(unread)
        choices = self._choices
        combo = self._combo
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for choice in choices:
            combo.addItem(self.choice_text(choice), choice.number_id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        self._show_counts()

    def note_changed(self) -> None:
        """Something that may change the counts happened: count again shortly."""
        if not self._timer.isActive():
            self._timer.start()

    async def recount(self) -> None:
        try:
            self.unread = self._seen(await self._db.run(unread_by_number))
        except Exception:  # the counts stay as they were; the next change tries again
            return
        self._show_counts()

    def _seen(self, unread: dict[str, int]) -> dict[str, int]:
        return {number: n for number, n in unread.items() if sees(self.scope, number)}

    def _show_counts(self) -> None:
        """Each item's icon shows its unread conversations (the text stays as it is)."""
        combo = self._combo
        total = sum(self.unread.values())
        combo.setItemIcon(0, badge_icon(ALL_COLOUR, total))
        combo.setItemData(0, f"{self.all_text()}: {self.unread_text(total)}", _TOOLTIP)
        for row in range(1, combo.count()):
            number_id = combo.itemData(row)
            choice = next((c for c in self._choices if c.number_id == number_id), None)
            if choice is not None:
                unread = self.unread.get(number_id, 0)
                combo.setItemIcon(row, badge_icon(choice.colour, unread))
                tip = f"{self.choice_text(choice)}: {self.unread_text(unread)}"
                combo.setItemData(row, tip, _TOOLTIP)
        combo.setToolTip(combo.itemData(combo.currentIndex(), _TOOLTIP) or "")

    def unread_of(self, number_id: str | None) -> int:
        """The count shown for one number (None: every channel)."""
        if number_id is None:
            return sum(self.unread.values())
        return self.unread.get(number_id, 0)
