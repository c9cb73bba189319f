"""Tells the front desk that a customer wrote: tray badge, desktop notification, sound.

The service (:mod:`desktop.services.notifications`) decides what is news and what is muted;
this adapter only shows it, through a :class:`NotificationBackend` so tests record the calls
and desktops without a notification area still get the badges in the window. Qt's own
``QSystemTrayIcon`` and ``QSoundEffect`` work on Windows, macOS and Linux.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from desktop.services.events import (
    ArrivalNotice,
    CustomerMessagesArrived,
    NumberAlertsRaised,
    UnreadCountsChanged,
)
from desktop.ui.i18n import render

log = logging.getLogger(__name__)

SOUND_FILE = Path(__file__).resolve().parents[2] / "resources" / "sounds" / "arrival.wav"
BRAND_GREEN = QColor("#25d366")
BADGE_RED = QColor("#e53935")


class NotificationBackend(Protocol):
    """Where notices go; the tray in the app, a recorder in tests."""

    def unavailable_reason(self) -> str:
        """Empty when desktop notifications can be shown, else why not (translated)."""
        ...

    def notify(self, title: str, body: str, conversation_id: int) -> None: ...

    def notify_account(self, title: str, body: str, subject_id: str) -> None: ...

    def play_sound(self) -> None: ...

    def set_unread(self, total: int) -> None: ...


def app_icon(unread: int = 0, size: int = 64) -> QIcon:
    """The app's mark (a green chat bubble), with a red count when messages are unread."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BRAND_GREEN)
    painter.drawEllipse(QRectF(size * 0.06, size * 0.06, size * 0.82, size * 0.82))
    painter.drawPolygon(
        [
            QPointF(size * 0.12, size * 0.94),
            QPointF(size * 0.22, size * 0.62),
            QPointF(size * 0.42, size * 0.8),
        ]
    )
    painter.setBrush(QColor("white"))
    for i in range(3):
        painter.drawEllipse(QRectF(size * (0.24 + i * 0.16), size * 0.42, size * 0.1, size * 0.1))
    if unread > 0:
        text = "99+" if unread > 99 else str(unread)
        badge = QRectF(size * 0.42, 0, size * 0.58, size * 0.46)
        painter.setBrush(BADGE_RED)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * (0.3 if len(text) < 3 else 0.22)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class TrayBackend(QObject):
    """The system-tray icon with the unread count, its notifications and the arrival sound."""

    # payload: the conversation id of the notification the user clicked
    activated = Signal(int)
    # the user asked to bring the window up (tray icon clicked or "Open WABA Desk")
    show_window = Signal()
    # payload: the phone-number or WABA id of the account notification the user clicked
    account_activated = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_conversation = -1
        self._last_subject = ""
        self._unread = -1
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(app_icon(), self)
            menu = QMenu()
            open_action = QAction(self.tr("Open WABA Desk"), menu)
            open_action.triggered.connect(self.show_window)
            menu.addAction(open_action)
            self._menu = menu
            self._tray.setContextMenu(menu)
            self._tray.activated.connect(self._tray_clicked)
            self._tray.messageClicked.connect(self._message_clicked)
            self._tray.show()
        # Made on the first arrival: loading QtMultimedia and its audio backend takes
        # 0.1-0.2 s of the UI thread, which start-up should not spend on a sound.
        self._sound: QObject | None = None
        self._sound_tried = False

    def unavailable_reason(self) -> str:
        if self._tray is None:
            return self.tr(
                "This desktop has no notification area, so WABA Desk cannot show desktop "
                "notifications. Unread counts still show on the Inbox button and in the "
                "window title."
            )
        if not QSystemTrayIcon.supportsMessages():
            return self.tr(
                "This desktop does not show notifications from apps (no notification service "
                "is running). Unread counts still show in the tray, on the Inbox button and in "
                "the window title."
            )
        return ""

    def notify(self, title: str, body: str, conversation_id: int) -> None:
        self._last_conversation, self._last_subject = conversation_id, ""
        if self._tray is not None:
            self._tray.showMessage(title, body, app_icon(), 8000)

    def notify_account(self, title: str, body: str, subject_id: str) -> None:
        """About a number or an account: a click opens it on the Numbers page."""
        self._last_conversation, self._last_subject = -1, subject_id
        if self._tray is not None:
            self._tray.showMessage(title, body, app_icon(), 12000)

    def play_sound(self) -> None:
        sound = self._sound_effect()
        if sound is not None:
            sound.play()  # type: ignore[attr-defined]  # plays once loaded if still loading

    def _sound_effect(self) -> QObject | None:
        if self._sound_tried:
            return self._sound
        self._sound_tried = True
        try:  # QtMultimedia may lack a backend (minimal Linux): sound is then simply off
            from PySide6.QtMultimedia import QSoundEffect

            sound = QSoundEffect(self)
            sound.setSource(QUrl.fromLocalFile(str(SOUND_FILE)))
            sound.setVolume(0.6)
            self._sound = sound
        except ImportError:
            log.info("QtMultimedia is not available: no arrival sound")
        return self._sound

    def set_unread(self, total: int) -> None:
        if self._tray is None or total == self._unread:
            return
        self._unread = total
        self._tray.setIcon(app_icon(total))
        self._tray.setToolTip(
            self.tr("WABA Desk: {count} unread").format(count=total) if total else "WABA Desk"
        )

    def _tray_clicked(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_window.emit()

    def _message_clicked(self) -> None:
        if self._last_conversation >= 0:
            self.activated.emit(self._last_conversation)
        elif self._last_subject:
            self.account_activated.emit(self._last_subject)
        else:
            self.show_window.emit()


def notice_title(notices: tuple[ArrivalNotice, ...]) -> str:
    """One sender: who and on which of our numbers; several: how many messages."""
    last = notices[-1]
    if len({n.sender for n in notices}) == 1:
        return QCoreApplication.translate("DesktopNotifier", "{sender} · {channel}").format(
            sender=last.sender, channel=last.channel
        )
    return QCoreApplication.translate("DesktopNotifier", "{count} new messages").format(
        count=len(notices)
    )


def notice_body(notices: tuple[ArrivalNotice, ...]) -> str:
    """One sender: their latest lines; several: their names."""
    senders = list(dict.fromkeys(n.sender for n in notices))
    if len(senders) == 1:
        return "\n".join(render(n.preview) for n in notices[-3:])
    return ", ".join(senders[:4]) + ("…" if len(senders) > 4 else "")


class DesktopNotifier(QObject):
    """Shows arrivals and unread counts; asks for a conversation to be opened on click."""

    # payload: the conversation the user wants to see (from a clicked notification)
    open_conversation = Signal(int)
    # payload: unread messages in all conversations (for the rail badge and the title)
    unread_changed = Signal(int)

    def __init__(
        self,
        backend: NotificationBackend,
        window: QWidget,
        *,
        desktop: bool = True,
        sound: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._window = window
        self.desktop = desktop
        self.sound = sound
        self.unread = 0
        self.inbox_page: QWidget | None = None

    def _inbox_in_view(self) -> bool:
        """The desk is looking at the inbox already: the list shows the message, no banner."""
        page = self.inbox_page
        return (
            self._window.isActiveWindow()
            and not self._window.isMinimized()
            and page is not None
            and page.isVisible()
        )

    def on_arrivals(self, event: CustomerMessagesArrived) -> None:
        try:
            audible = tuple(n for n in event.notices if not n.silent)
            if not audible:
                return
            if self.desktop and not self._inbox_in_view():
                self._backend.notify(
                    notice_title(audible), notice_body(audible), audible[-1].conversation_id
                )
            if self.sound:
                self._backend.play_sound()
        except Exception:  # a notification must never take the app down
            log.exception("could not show a notification")

    def on_number_alerts(self, event: NumberAlertsRaised) -> None:
        """A quality drop or a restriction: a desktop notification, whatever page is open."""
        try:
            if not self.desktop or not event.alerts:
                return
            for alert in event.alerts:  # a click opens the number or account on Numbers
                self._backend.notify_account(
                    render(alert.title), render(alert.advice), alert.subject_id
                )
        except Exception:  # a notification must never take the app down
            log.exception("could not show an account alert")

    def on_unread(self, event: UnreadCountsChanged) -> None:
        self.unread = event.total
        self._backend.set_unread(event.total)
        self.unread_changed.emit(event.total)
