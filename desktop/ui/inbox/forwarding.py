"""Forward a message's text to another chat.

The user picks the chat in a small window that lists conversations as the inbox does (the
same paged model and row delegate, searchable). While the other customer's 24-hour window
is open the text goes out as an ordinary message; once it is closed only an approved
template can reach them, so the app says so and offers the template form for that chat.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.inbox import ConversationFilter, conversation_rows
from desktop.services.outbox import OutboxRefused
from desktop.ui.chat.customer_text import isolated, plain_label
from desktop.ui.i18n import render
from desktop.ui.inbox.conversation_delegate import ConversationDelegate
from desktop.ui.inbox.conversation_model import ID_ROLE, ConversationListModel
from desktop.ui.task_scope import UiTaskScope

if TYPE_CHECKING:
    from desktop.models.db import Database
    from desktop.services.outbox import Outbox

log = logging.getLogger(__name__)

PREVIEW_CHARS = 160


class ForwardServices(Protocol):
    @property
    def db(self) -> Database: ...
    @property
    def outbox(self) -> Outbox: ...


class ForwardDialog(QDialog):
    """Pick the chat to forward to: the inbox's list, searchable by name or number."""

    # the user chose a chat (payload: its conversation id)
    chosen = Signal(int)

    def __init__(self, db: Database, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forwardDialog")
        self.setWindowTitle(self.tr("Forward message"))
        self._tasks = UiTaskScope(self)
        shown = text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
        self.preview = plain_label(QLabel(shown, self))  # customer text: never markup
        self.preview.setObjectName("hint")
        self.preview.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name or number"))
        self.search.setClearButtonEnabled(True)
        self.model = ConversationListModel(db, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(ConversationDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.forward_button = self.buttons.addButton(
            self.tr("Forward"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.forward_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Forward this text to:"), self))
        layout.addWidget(self.preview)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(440, 560)
        self.search.textChanged.connect(
            lambda text: self.model.set_filter(ConversationFilter(text=text))
        )
        self.list.selectionModel().currentChanged.connect(
            lambda current, _previous: self.forward_button.setEnabled(current.isValid())
        )
        self.list.doubleClicked.connect(lambda _index: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    async def load(self) -> None:
        self.model.use_filter(ConversationFilter())
        await self.model.reload()

    def choose(self, conversation_id: int) -> bool:
        row = self.model.row_of(conversation_id)
        if row is None:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        return True

    def accept(self) -> None:
        chosen = self.list.currentIndex().data(ID_ROLE)
        if not isinstance(chosen, int):
            return
        super().accept()
        self.chosen.emit(chosen)


class Forwarding(QObject):
    """The inbox's forward use: pick a chat, then send, or explain and offer a template."""

    # the text was stored for sending to the chat (payload: its conversation id)
    forwarded = Signal(int)

    def __init__(
        self,
        services: ForwardServices,
        parent: QWidget,
        *,
        notice: Callable[[str], None],
        open_template: Callable[[int], object],
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self._notice = notice
        self._open_template = open_template
        self._tasks = UiTaskScope(self)
        self.closed_box: QMessageBox | None = None  # the last "window closed" explanation

    def choose_target(self, text: str) -> ForwardDialog:
        dialog = ForwardDialog(self._services.db, text, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.chosen.connect(
            lambda target: self._tasks.spawn(self.forward(target, text), name="thread:forward")
        )
        self._tasks.spawn(dialog.load(), name="forward:list")
        dialog.show()
        return dialog

    async def forward(self, target: int, text: str) -> bool:
        """Send ``text`` to chat ``target`` if its window is open; else explain (False)."""
        rows = await self._services.db.run(conversation_rows, [target])
        row = rows.get(target)
        if row is None:
            return False
        name = isolated(row.contact_name)
        closes = row.window_closes_at
        if not isinstance(closes, int | float) or closes <= time.time():
            self._explain_closed(target, name)
            return False
        try:
            await self._services.outbox.send_text(target, text)
        except OutboxRefused as exc:
            self._notice(render(exc.phrase))
            return False
        except Exception as exc:
            log.warning("forward to conversation %s not stored", target, exc_info=True)
            self._notice(
                self.tr("The message was not forwarded ({error}). Try again.").format(
                    error=str(exc)[:200] or type(exc).__name__
                )
            )
            return False
        self._notice(self.tr("Forwarded to {name}.").format(name=name))
        self.forwarded.emit(target)
        return True

    def _explain_closed(self, target: int, name: str) -> None:
        box = QMessageBox(self._parent)
        box.setObjectName("forwardWindowClosed")
        box.setIcon(QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setWindowTitle(self.tr("Forward message"))
        box.setText(
            self.tr(
                "{name} has not written in the last 24 hours, so WhatsApp only lets an "
                "approved template reach them. Send a template instead; the text cannot be "
                "forwarded as it is."
            ).format(name=name)
        )
        template = box.addButton(self.tr("Choose a template…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        template.clicked.connect(lambda: self._open_template(target))
        self.closed_box = box
        box.open()
