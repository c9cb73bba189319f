"""The round button at the foot of the rail: who is at this desk, and a menu to switch.

No password: a shared front-desk PC changes hands during the day, and the profile only
decides whose "Mine" view, "Assign to me" and sent-by name apply, and whether Settings and
Numbers may be changed (admin).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from desktop.ui.desk.people import DeskPeople
from desktop.ui.inbox.inbox_page import colour_icon

AVATAR = 34


def initials(name: str) -> str:
    """Up to two letters of a name, for the avatar ("Aiko Tanaka" → "AT", "佐藤" → "佐")."""
    words = name.split()
    if len(words) >= 2:
        return (words[0][:1] + words[-1][:1]).upper()
    return name[:1].upper() or "?"


def avatar_icon(name: str | None, colour: str | None) -> QIcon:
    """A coloured disc with the initials; a grey "?" while nobody is chosen."""
    pixmap = QPixmap(AVATAR * 2, AVATAR * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour or "#8696a0"))
    painter.drawEllipse(0, 0, AVATAR, AVATAR)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setBold(True)
    font.setPixelSize(13)
    painter.setFont(font)
    painter.drawText(0, 0, AVATAR, AVATAR, Qt.AlignmentFlag.AlignCenter, initials(name or "?"))
    painter.end()
    return QIcon(pixmap)


class DeskSwitcher(QToolButton):
    def __init__(
        self, people: DeskPeople, manage: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deskSwitcher")
        self._people = people
        self._manage = manage
        self.setIconSize(QSize(AVATAR, AVATAR))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMinimumSize(80, 44)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.menu_.aboutToShow.connect(self._fill)
        people.changed.connect(self._show)
        self._show()

    def _show(self) -> None:
        me = self._people.me
        self.setIcon(avatar_icon(me.name if me else None, me.colour if me else None))
        if me is None:
            text = self.tr("Nobody is chosen at this desk. Click to choose who you are.")
        elif me.is_admin:
            text = self.tr("At this desk: {name} (admin)").format(name=me.name)
        else:
            text = self.tr("At this desk: {name}").format(name=me.name)
        self.setToolTip(html.escape(text))  # a name is typed by people: never markup
        self.setAccessibleName(text)

    def _fill(self) -> None:
        menu = self.menu_
        menu.clear()
        title = menu.addAction(self.tr("Who is at this desk?"))
        title.setEnabled(False)
        for agent in self._people.agents:
            text = agent.name + (self.tr(" (admin)") if agent.is_admin else "")
            action = menu.addAction(colour_icon(agent.colour), text)
            action.setCheckable(True)
            action.setChecked(agent.id == self._people.work.me)
            action.triggered.connect(lambda _c=False, a=agent.id: self._people.choose(a))
        if not self._people.agents:
            hint = menu.addAction(self.tr("No profiles yet"))
            hint.setEnabled(False)
        menu.addSeparator()
        manage = menu.addAction(self.tr("Add or change people in Settings…"))
        manage.triggered.connect(self._manage)
