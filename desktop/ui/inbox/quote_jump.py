"""Click a quoted reply to see the message it quotes.

Watches the thread's viewport for a click on the quote box of a bubble (where the bubble
renderer put it, below the row's day separator if it has one). The quoted message is found
by Meta's id; if it is loaded the thread scrolls to it, otherwise the page around it is read
(the way a search hit opens a thread), and it is shown highlighted for a moment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView

from desktop.services.thread_lookup import message_id_for_wamid
from desktop.ui.chat import BUBBLE_SPEC_ROLE, BubbleSpec
from desktop.ui.inbox.day_separators import DayBubbleDelegate
from desktop.ui.inbox.message_model import MESSAGE_ROW_ROLE, MessageListModel
from desktop.ui.task_scope import UiTaskScope

if TYPE_CHECKING:
    from desktop.models.db import Database
    from desktop.ui.inbox.thread_view import ThreadView

HIGHLIGHT_MS = 4000


class QuoteJump(QObject):
    """Turns a click on a quote into showing the quoted message (see the module docstring)."""

    # the quoted message is not stored in this chat (payload: nothing)
    not_found = Signal()
    # the quoted message is shown (payload: its message id)
    shown = Signal(int)

    def __init__(self, view: ThreadView, model: MessageListModel, db: Database) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._db = db
        self._tasks = UiTaskScope(self)
        self._unhighlight = QTimer(self)
        self._unhighlight.setSingleShot(True)
        self._unhighlight.setInterval(HIGHLIGHT_MS)
        self._unhighlight.timeout.connect(lambda: self._model.set_focus(None))
        self._pointing = False
        view.viewport().installEventFilter(self)
        view.viewport().setMouseTracking(True)

    def quoted_wamid_at(self, position: QPoint) -> str | None:
        """The wamid a click at ``position`` (viewport coordinates) would jump to."""
        view = self._view
        index = view.indexAt(position)
        if not index.isValid():
            return None
        row = index.data(MESSAGE_ROW_ROLE)
        spec = index.data(BUBBLE_SPEC_ROLE)
        wamid = getattr(row, "context_wamid", None)
        if not isinstance(spec, BubbleSpec) or not spec.reply_quote or not wamid:
            return None
        delegate = view.itemDelegate()
        if not isinstance(delegate, DayBubbleDelegate):
            return None
        rect = view.visualRect(index)
        top = rect.top() + delegate.separator_height(index)
        layout = delegate.renderer.layout(spec, rect.width())
        if layout.quote is None:
            return None
        box = layout.quote.translated(rect.left(), top)
        return str(wamid) if box.contains(QPointF(position)) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            kind = event.type()
            if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
                over = self.quoted_wamid_at(event.position().toPoint()) is not None
                if over != self._pointing:  # only on change: others may set the cursor too
                    self._pointing = over
                    viewport = self._view.viewport()
                    if over:
                        viewport.setCursor(Qt.CursorShape.PointingHandCursor)
                    else:
                        viewport.unsetCursor()
            elif (
                kind == QEvent.Type.MouseButtonRelease
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton
            ):
                wamid = self.quoted_wamid_at(event.position().toPoint())
                if wamid is not None:
                    self._tasks.spawn(self.jump(wamid), name="thread:quote")
                    return True
        except Exception:  # never out of an event handler: the click does nothing
            return False
        return False

    async def jump(self, wamid: str) -> bool:
        """Show the message ``wamid`` of the open thread; False when it is not stored."""
        model = self._model
        conversation_id = model.conversation_id
        if conversation_id is None:
            return False
        message_id = await self._db.run(message_id_for_wamid, conversation_id, wamid)
        if model.conversation_id != conversation_id:
            return False
        if message_id is None:
            self.not_found.emit()
            return False
        row = model.row_of(message_id)
        if row is None:  # not loaded: read the page around it, as a search hit does
            await model.load(conversation_id, message_id)
        else:
            self._view.scrollTo(model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
            model.set_focus(message_id)
            self._unhighlight.start()
        self.shown.emit(message_id)
        return True
