"""New chat (Ctrl+N): a number or a contact, the channel to write from, then the template.

The user types or pastes a number in any common format, or picks a stored contact from the
matches listed as they type, and chooses the channel (our number). A chat that exists with
its window open simply opens; otherwise WhatsApp only lets a template start it, so the
template form opens for the chat, with its price. Once the template is stored the chat is
listed and selected; if the user closes the form without sending, the empty chat made for
it is dropped again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.conversation_marks import ChannelChoice, channel_choices
from desktop.services.new_chat import (
    ChatStart,
    ContactChoice,
    check_number,
    drop_unused_chat,
    find_contacts,
    known_wa_id,
    region_of,
    start_chat,
)
from desktop.ui.chat.customer_text import plain_label
from desktop.ui.i18n import render
from desktop.ui.inbox.channel_filter import badge_icon
from desktop.ui.inbox.template_send_dialog import TemplateSendDialog, TemplateSendServices
from desktop.ui.task_scope import UiTaskScope

if TYPE_CHECKING:
    from desktop.models.db import Database

SEARCH_DEBOUNCE_MS = 150


class NewChatDialog(QDialog):
    """Who to write to and from which channel; emits :attr:`chosen` when both are right."""

    # the user chose (payload: our phone number id, the customer's wa_id)
    chosen = Signal(str, str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newChatDialog")
        self.setWindowTitle(self.tr("New chat"))
        self._db = db
        self._tasks = UiTaskScope(self)
        self._regions: dict[str, str | None] = {}
        self.channel = QComboBox(self)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Number with country code, or a name"))
        self.number.setClearButtonEnabled(True)
        self.contacts = QListWidget(self)
        self.contacts.setObjectName("newChatContacts")
        self.contacts.setMinimumHeight(120)
        self.hint = QLabel(
            self.tr(
                "Any format works: +81 90-1234-5678, 0044 20 7946 0958, or a number of the "
                "channel's country. Or type a name and pick the contact."
            ),
            self,
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.problem = plain_label(QLabel(self))  # quotes what the user typed
        self.problem.setObjectName("errorText")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.continue_button = self.buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        form = QFormLayout()
        form.addRow(self.tr("From channel"), self.channel)
        form.addRow(self.tr("To"), self.number)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.contacts, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, 420)
        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(SEARCH_DEBOUNCE_MS)
        self._search.timeout.connect(
            lambda: self._tasks.spawn(self._list_contacts(), name="new-chat:contacts")
        )
        self.number.textChanged.connect(self._typed)
        self.contacts.itemDoubleClicked.connect(lambda _item: self.submit())
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    async def load(self, channel_id: str | None = None) -> None:
        """Offer our numbers by channel (``channel_id`` chosen, else the first)."""
        choices, _unread = await self._db.run(channel_choices)
        self.channel.clear()
        for choice in choices:
            self._add_channel(choice)
        index = self.channel.findData(channel_id) if channel_id else -1
        self.channel.setCurrentIndex(max(0, index))

    def _add_channel(self, choice: ChannelChoice) -> None:
        text = self.tr("{channel} ({number})").format(
            channel=choice.name, number=choice.display_phone_number
        )
        self.channel.addItem(badge_icon(choice.colour, 0), text, choice.number_id)
        self._regions[choice.number_id] = region_of(choice.display_phone_number)

    def _typed(self, _text: str) -> None:
        self.problem.hide()
        self._search.start()

    async def _list_contacts(self) -> None:
        text = self.number.text()
        found = await self._db.run(find_contacts, text)
        if text != self.number.text():
            return
        self.contacts.clear()
        for contact in found:
            item = QListWidgetItem(f"{contact.name} (+{contact.wa_id})")
            item.setData(Qt.ItemDataRole.UserRole, contact)
            self.contacts.addItem(item)

    def choose_contact(self, wa_id: str) -> bool:
        for row in range(self.contacts.count()):
            contact = self.contacts.item(row).data(Qt.ItemDataRole.UserRole)
            if isinstance(contact, ContactChoice) and contact.wa_id == wa_id:
                self.contacts.setCurrentRow(row)
                return True
        return False

    def submit(self) -> None:
        self._tasks.spawn(self._submit(), name="new-chat:submit")

    async def _submit(self) -> bool:
        number_id = self.channel.currentData()
        if not isinstance(number_id, str):
            self._refuse(self.tr("Choose the channel to write from."))
            return False
        item = self.contacts.currentItem()
        contact = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if isinstance(contact, ContactChoice) and item is not None and item.isSelected():
            wa_id: str | None = contact.wa_id
        else:
            checked = check_number(self.number.text(), self._regions.get(number_id))
            wa_id = checked.wa_id
            if wa_id is None:
                digits = "".join(ch for ch in self.number.text() if ch.isdigit())
                # A stored contact's number is taken as it is (Meta gave it to us).
                known: bool = bool(digits) and await self._db.run(known_wa_id, digits)
                if known:
                    wa_id = digits
                elif checked.problem is not None:
                    self._refuse(render(checked.problem))
                    return False
        if wa_id is None:
            return False
        self.accept()
        self.chosen.emit(number_id, wa_id)
        return True

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class NewChat(QObject):
    """The inbox's new-chat use: the dialog, then the chat or the template form."""

    # the new (or found) chat is ready to be shown (payload: its conversation id)
    opened = Signal(int)

    def __init__(
        self,
        services: TemplateSendServices,
        parent: QWidget,
        *,
        notice: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self._notice = notice
        self._tasks = UiTaskScope(self)
        self.dialog: NewChatDialog | None = None
        self.template_dialog: TemplateSendDialog | None = None

    def ask(self, channel_id: str | None = None) -> NewChatDialog:
        dialog = NewChatDialog(self._services.db, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.chosen.connect(
            lambda number_id, wa_id: self._tasks.spawn(
                self.start(number_id, wa_id), name="new-chat:start"
            )
        )
        self.dialog = dialog
        self._tasks.spawn(dialog.load(channel_id), name="new-chat:channels")
        dialog.show()
        dialog.number.setFocus()
        return dialog

    async def start(self, number_id: str, wa_id: str) -> ChatStart | None:
        try:
            chat: ChatStart = await self._services.db.run(start_chat, number_id, wa_id, time.time())
        except Exception as exc:
            self._notice(
                self.tr("The chat could not be started ({error}). Try again.").format(
                    error=str(exc)[:200] or type(exc).__name__
                )
            )
            return None
        if chat.window_open:  # the customer wrote lately: just write
            self.opened.emit(chat.conversation_id)
            return chat
        dialog = TemplateSendDialog(self._services, chat.conversation_id, self._parent)
        dialog.setObjectName("newChatTemplate")
        dialog.setWindowTitle(self.tr("New chat: start it with a template"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(
            lambda result: self._tasks.spawn(
                self._template_done(chat, result == QDialog.DialogCode.Accepted.value),
                name="new-chat:done",
            )
        )
        self.template_dialog = dialog
        self._tasks.spawn(dialog.load(), name="new-chat:templates")
        dialog.show()
        return chat

    async def _template_done(self, chat: ChatStart, sent: bool) -> None:
        if sent:
            self.opened.emit(chat.conversation_id)
        elif chat.created:
            await self._services.db.run(drop_unused_chat, chat.conversation_id)
