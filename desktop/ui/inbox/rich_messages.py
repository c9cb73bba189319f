"""The inbox's reply buttons, lists, locations and contact cards: the More button, the
forms, queueing what they make, and what the thread offers on such messages.

Only while the 24-hour window is open (outside it the composer points to templates, and
the button is disabled with it). A form's draft is queued through the outbox like a typed
reply; the form closes only once the row is stored, and otherwise shows why, keeping what
was typed. In the thread a location opens in a map (double-click, or the menu) and a list
we sent shows its options on demand.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.inbox import MessageRow
from desktop.services.new_chat import find_contacts
from desktop.services.outbox import OutboxRefused
from desktop.services.rich_messages import Draft, RichMessageSending, channel_region
from desktop.ui.i18n import render
from desktop.ui.inbox.bubble_specs import list_sections, map_url
from desktop.ui.inbox.rich_message_forms import (
    ContactCardForm,
    ListForm,
    ListSheet,
    LocationForm,
    ReplyButtonsForm,
    RichMessageForm,
)
from desktop.ui.task_scope import UiTaskScope

if TYPE_CHECKING:
    from desktop.models.db import Database
    from desktop.services.outbox import Outbox
    from desktop.ui.inbox.composer import Composer

log = logging.getLogger(__name__)

KINDS = ("buttons", "list", "location", "contact")


class RichMessages(QObject):
    """Builds and queues the composer's richer messages for the open conversation."""

    # a message was stored in the outbox (payload: its row id)
    sent = Signal(int)

    def __init__(
        self,
        db: Database,
        outbox: Outbox,
        composer: Composer,
        parent: QWidget,
        *,
        conversation: Callable[[], int | None],
        number: Callable[[], str | None],
        theme: Callable[[], str],
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._sending = RichMessageSending(outbox)
        self._composer = composer
        self._parent = parent
        self._conversation = conversation
        self._number = number
        self._theme = theme
        self._tasks = UiTaskScope(self)
        self.form: RichMessageForm | None = None

        self.button = QToolButton(composer)
        self.button.setObjectName("richMessageButton")
        self.button.setText("＋")
        self.button.setToolTip(
            self.tr("More: send reply buttons, a list of options, a location or a contact")
        )
        self.button.setAccessibleName(self.tr("More kinds of message"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu = QMenu(self.button)
        labels = {
            "buttons": self.tr("Reply buttons…"),
            "list": self.tr("List of options…"),
            "location": self.tr("Location…"),
            "contact": self.tr("Contact…"),
        }
        self.actions: dict[str, QAction] = {}
        for kind in KINDS:
            action = self.menu.addAction(labels[kind])
            action.setObjectName(f"rich:{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.open_form(k))
            self.actions[kind] = action
        self.button.setMenu(self.menu)
        composer.add_window_tool(self.button)

    # -- the forms -----------------------------------------------------------------------
    def open_form(self, kind: str) -> RichMessageForm | None:
        """The form for ``kind`` (one of :data:`KINDS`) for the open conversation."""
        conversation_id = self._conversation()
        if conversation_id is None or not self._composer.window_open:
            return None
        if self.form is not None:
            self.form.close()
        theme = self._theme()
        form: RichMessageForm
        if kind == "buttons":
            form = ReplyButtonsForm(theme, self._parent)
        elif kind == "list":
            form = ListForm(theme, self._parent)
        elif kind == "location":
            form = LocationForm(theme, self._parent)
        elif kind == "contact":
            contact_form = ContactCardForm(theme, None, self._parent)
            contact_form.search_changed.connect(
                lambda text: self._tasks.spawn(
                    self._list_contacts(contact_form, text), name="rich:contacts"
                )
            )
            number = self._number()
            if number is not None:
                self._tasks.spawn(self._set_region(contact_form, number), name="rich:region")
            form = contact_form
        else:
            raise ValueError(f"unknown kind {kind!r}")
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.setWindowModality(Qt.WindowModality.WindowModal)
        form.submitted.connect(
            lambda draft: self._tasks.spawn(
                self.send(form, conversation_id, draft), name="rich:send"
            )
        )
        form.destroyed.connect(lambda *_: self._forget(form))
        self.form = form
        form.show()
        return form

    def _forget(self, form: RichMessageForm) -> None:
        if self.form is form:
            self.form = None

    async def _set_region(self, form: ContactCardForm, phone_number_id: str) -> None:
        """National numbers are read in the country of the channel's own number."""
        region = await self._db.run(channel_region, phone_number_id)
        if self.form is form:  # not closed meanwhile
            form.set_region(region)

    async def _list_contacts(self, form: ContactCardForm, text: str) -> None:
        found = await self._db.run(find_contacts, text)
        if self.form is form:
            form.show_matches(text, found)

    async def send(self, form: RichMessageForm, conversation_id: int, draft: Draft) -> int | None:
        """Queue ``draft``; the form closes once it is stored, else says why."""
        form.set_busy(True)
        reply_to = self._composer.reply_wamid if conversation_id == self._conversation() else None
        try:
            message_id = await self._sending.send(conversation_id, draft, reply_to=reply_to)
        except OutboxRefused as exc:
            if self.form is form:
                form.refused(render(exc.phrase))
            return None
        except Exception as exc:  # the database is busy, gone or full: nothing typed is lost
            log.warning("rich message to %s not stored", conversation_id, exc_info=True)
            if self.form is form:
                form.refused(
                    self.tr(
                        "The message was not sent: it could not be saved ({error}). Everything "
                        "you typed is still here; try again."
                    ).format(error=str(exc)[:200] or type(exc).__name__)
                )
            return None
        if reply_to is not None and conversation_id == self._conversation():
            self._composer.set_reply(None, None)
        if self.form is form:
            form.accept()
        self.sent.emit(message_id)
        return message_id

    # -- in the thread -------------------------------------------------------------------
    def add_actions(self, menu: QMenu, row: MessageRow) -> None:
        """Open a place in a map; show the options of a list we sent."""
        url = map_url(row)
        if url is not None:
            open_map = QAction(self.tr("Open in map"), menu)
            open_map.setObjectName("openMap")
            open_map.triggered.connect(lambda: QDesktopServices.openUrl(QUrl(url)))
            menu.addAction(open_map)
            copy_link = QAction(self.tr("Copy map link"), menu)
            copy_link.setObjectName("copyMapLink")
            copy_link.triggered.connect(lambda: QGuiApplication.clipboard().setText(url))
            menu.addAction(copy_link)
        if list_sections(row):
            options = QAction(self.tr("Show the list's options"), menu)
            options.setObjectName("showListOptions")
            options.triggered.connect(lambda: self.show_list(row))
            menu.addAction(options)

    def activate(self, row: MessageRow) -> bool:
        """Double-click: a place opens in the map, a list shows its options."""
        url = map_url(row)
        if url is not None:
            QDesktopServices.openUrl(QUrl(url))
            return True
        if list_sections(row):
            self.show_list(row)
            return True
        return False

    def show_list(self, row: MessageRow) -> QDialog:
        """The options of a list message, as the customer sees them once they tap it."""
        dialog = QDialog(self._parent)
        dialog.setObjectName("listOptions")
        dialog.setWindowTitle(self.tr("The list's options"))
        sheet = ListSheet(self._theme(), dialog)
        interactive = row.payload.get("interactive")
        action = interactive.get("action") if isinstance(interactive, dict) else None
        label = action.get("button") if isinstance(action, dict) else None
        sheet.show_sections(label if isinstance(label, str) else "", list_sections(row))
        scroll = QScrollArea(dialog)
        scroll.setWidgetResizable(True)
        scroll.setWidget(sheet)
        layout = QVBoxLayout(dialog)
        layout.addWidget(scroll, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        close.rejected.connect(dialog.reject)
        layout.addWidget(close)
        dialog.resize(380, 440)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
