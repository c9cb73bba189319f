"""The open thread: bubbles a page at a time, the reader's place kept, a pill for news.

What the list view adds to a plain ``QListView`` over :class:`MessageListModel`:

* **Older pages near the top.** Scrolling within a screen of the first row reads the page
  above; the row the reader looks at stays where it is on screen while the rows go in.
* **Following the newest message** only while the reader is at the bottom. New messages
  from the customer while they read history never move the view: a "New messages ↓" pill
  appears instead, and takes them down when clicked.
* **Layouts that measure only what is on screen** (see :class:`BubbleDelegate`): before
  each layout the view tells the delegate which rows are on screen; the rest keep their
  last (or an estimated) height and are measured between events.
* One wheel notch scrolls about three lines of text, whatever the bubbles' heights.
* A thread opened at a search hit shows that message in the middle, highlighted a moment.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QPushButton, QWidget

from desktop.ui.inbox.day_separators import DayBubbleDelegate
from desktop.ui.inbox.message_model import MESSAGE_ID_ROLE, MessageListModel
from desktop.ui.task_scope import UiTaskScope

log = logging.getLogger(__name__)

SCREEN_ROW_HEIGHT = 36  # the lowest a bubble is: how many rows a screen may show at most
EXACT_MARGIN = 2  # rows beyond those on screen that are measured exactly before a layout
HIGHLIGHT_MS = 4000


class ThreadView(QListView):
    """A ``QListView`` for one :class:`MessageListModel` (see the module docstring)."""

    # the reader reached the newest message (the pill is gone)
    reached_latest = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thread")
        self._tasks = UiTaskScope(self)
        self.bubbles = DayBubbleDelegate(self)  # each day's first message under its day
        self.setItemDelegate(self.bubbles)
        self.setUniformItemSizes(False)  # bubbles differ; the delegate caches their sizes
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # Every bubble is laid out at the viewport's width; a row measured at the width it
        # had before the vertical bar appeared must not bring a sideways bar with it.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self._messages: MessageListModel | None = None
        self._follow = True  # at the newest message: new rows scroll into view
        self._anchor: tuple[int, int] | None = None  # (message id, its top on screen)
        self._settling = False  # a (re)load is under way: no paging on scroll
        # A layout of ours is under way: the bar moves because rows changed size (a row
        # measured smaller, the range clamped), not because the reader scrolled.
        self._laying_out = False
        self.pill = QPushButton(self.tr("New messages ↓"), self)
        self.pill.setObjectName("newMessagesPill")
        self.pill.setCursor(Qt.CursorShape.PointingHandCursor)
        self.pill.hide()
        self.pill.clicked.connect(self.go_to_latest)
        self._unhighlight = QTimer(self)
        self._unhighlight.setSingleShot(True)
        self._unhighlight.setInterval(HIGHLIGHT_MS)
        self._unhighlight.timeout.connect(self._clear_highlight)
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._scrolled)
        bar.rangeChanged.connect(self._range_changed)
        self._line_step = max(1, QFontMetrics(self.bubbles.renderer.body_font).lineSpacing())

    # -- the model ---------------------------------------------------------------------------
    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._messages = model if isinstance(model, MessageListModel) else None
        if self._messages is None:
            return
        messages = self._messages
        self.bubbles.locate = self._index_of
        messages.modelAboutToBeReset.connect(self._about_to_reset)
        messages.loaded.connect(self._loaded)
        messages.rowsAboutToBeInserted.connect(self._about_to_insert)
        messages.older_loaded.connect(lambda _n: self._maybe_fetch_older())
        messages.appended.connect(self._appended)
        messages.newer_waiting.connect(self._show_pill)
        messages.dataChanged.connect(self._rows_changed)

    def _index_of(self, message_id: object) -> QModelIndex | None:
        messages = self._messages
        row = (
            messages.row_of(message_id)
            if messages is not None and isinstance(message_id, int)
            else None
        )
        return None if row is None or messages is None else messages.index(row)

    @property
    def following(self) -> bool:
        """True while new messages scroll into view (the reader is at the newest one)."""
        return self._follow

    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 2

    def follow_latest(self) -> None:
        """Go to the newest message and stay there (the user sent something)."""
        if self._messages is not None and self._messages.has_newer:
            self.go_to_latest()
            return
        self._follow = True
        self.scrollToBottom()
        self.pill.hide()

    def go_to_latest(self) -> None:
        """The pill: the newest messages, read first if the loaded pages end before them."""
        self.pill.hide()
        messages = self._messages
        if messages is not None and messages.has_newer and messages.conversation_id is not None:
            self._tasks.spawn(messages.load(messages.conversation_id), name="thread:latest")
            return
        self._follow = True
        self.scrollToBottom()

    # -- model signals ---------------------------------------------------------------------------
    def _about_to_reset(self) -> None:
        self._settling = True
        self._anchor = None
        self._follow = True

    def _loaded(self, _rows: int) -> None:
        messages = self._messages
        self.pill.hide()
        focus = messages.focus_id if messages is not None else None
        row = messages.row_of(focus) if messages is not None and focus is not None else None
        if row is not None and messages is not None:
            self._follow = False
            self.scrollTo(messages.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
            self._unhighlight.start()
        else:
            self._follow = True
            self.scrollToBottom()
        self._settling = False
        self._maybe_fetch_older()

    def _about_to_insert(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        # Qt forgets the layout on an insert: remember what the reader sees by message id
        # while it is still known (an older page shifts every row number).
        if not self._follow and not self._settling:
            self._anchor = self._anchor or self._capture_anchor()

    def _rows_changed(self, first: QModelIndex, last: QModelIndex, *_args: Any) -> None:
        # A bubble may have grown (a reaction, an error under it): its size is measured
        # again, and Qt's list, which does not lay out again on dataChanged, is told to.
        messages = self._messages
        if messages is None:
            return
        for row in range(max(0, first.row()), last.row() + 1):
            message_id = messages.id_at(row)
            if message_id is not None:
                self.bubbles.invalidate(message_id)
        if not self._settling:
            self.scheduleDelayedItemsLayout()

    def _appended(self, inbound: int) -> None:
        if not self._follow and inbound > 0:
            self._show_pill()

    def _show_pill(self) -> None:
        if not self._follow or (self._messages is not None and self._messages.has_newer):
            self._place_pill()
            self.pill.show()
            self.pill.raise_()

    def _clear_highlight(self) -> None:
        if self._messages is not None:
            self._messages.set_focus(None)

    # -- scrolling -------------------------------------------------------------------------------
    def _scrolled(self, value: int) -> None:
        if self._settling or self._laying_out:
            return
        bar = self.verticalScrollBar()
        latest = self._messages is None or not self._messages.has_newer
        self._follow = latest and value >= bar.maximum() - 2
        if self._follow and self.pill.isVisible():
            self.pill.hide()
            self.reached_latest.emit()
        self._maybe_fetch_older()

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        if self._follow and not self._settling:
            self.verticalScrollBar().setValue(maximum)

    def _maybe_fetch_older(self) -> None:
        messages = self._messages
        if messages is None or self._settling or not messages.can_fetch_older():
            return
        if self.verticalScrollBar().value() < max(1, self.viewport().height()):
            messages.fetch_older()

    def updateGeometries(self) -> None:
        if not self._ready():
            super().updateGeometries()
            return
        laying_out, self._laying_out = self._laying_out, True
        try:
            super().updateGeometries()
        finally:
            self._laying_out = laying_out
        # Qt steps a pixel-scrolled list by a whole row's height; a notch is three lines.
        self.verticalScrollBar().setSingleStep(self._line_step)

    def _ready(self) -> bool:
        """False while Qt's constructor calls the overrides, before ours has run."""
        return "_line_step" in self.__dict__

    # -- layout ----------------------------------------------------------------------------------
    def doItemsLayout(self) -> None:
        """Lay out with only the rows on screen measured, keeping the reader's place."""
        if not self._ready():
            super().doItemsLayout()
            return
        try:
            self._layout_keeping_place()
        except Exception:  # never out of a Qt virtual: a plain layout instead
            log.exception("thread layout failed")
            self.bubbles.exact_keys = None
            super().doItemsLayout()

    def _layout_keeping_place(self) -> None:
        anchor = self._anchor
        self._anchor = None
        if anchor is None and not self._follow and not self._settling:
            anchor = self._capture_anchor()
        self.bubbles.exact_keys = self._rows_to_measure(anchor)
        laying_out, self._laying_out = self._laying_out, True
        try:
            super().doItemsLayout()
            if anchor is not None and not self._follow:
                self._restore_anchor(anchor)
            elif self._follow and not self._settling:
                bar = self.verticalScrollBar()
                bar.setValue(bar.maximum())
        finally:
            self.bubbles.exact_keys = None
            self._laying_out = laying_out

    def _capture_anchor(self) -> tuple[int, int] | None:
        index = self.indexAt(QPoint(self.viewport().width() // 2, 0))
        if not index.isValid():
            return None
        message_id = index.data(MESSAGE_ID_ROLE)
        if not isinstance(message_id, int):
            return None
        return message_id, self.visualRect(index).top()

    def _restore_anchor(self, anchor: tuple[int, int]) -> None:
        messages = self._messages
        row = messages.row_of(anchor[0]) if messages is not None else None
        if row is None or messages is None:
            return
        top = self.visualRect(messages.index(row)).top()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + top - anchor[1])

    def _rows_to_measure(self, anchor: tuple[int, int] | None) -> set[Any] | None:
        """The ids of the rows the coming layout will show (and a few more)."""
        messages = self._messages
        if messages is None:
            return None
        count = messages.rowCount()
        screen = self.viewport().height() // SCREEN_ROW_HEIGHT + 1
        first: int | None = None
        if anchor is not None:
            first = messages.row_of(anchor[0])
        if first is None and messages.focus_id is not None and self._settling:
            row = messages.row_of(messages.focus_id)
            first = None if row is None else row - screen // 2
        if first is None and self._follow:
            first = count - screen
        if first is None:
            index = self.indexAt(QPoint(self.viewport().width() // 2, 0))
            first = index.row() if index.isValid() else count - screen
        start = max(0, first - EXACT_MARGIN)
        end = min(count, first + screen + EXACT_MARGIN)
        return {messages.id_at(row) for row in range(start, end)}

    # -- the pill's place ------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._ready():
            self._place_pill()

    def _place_pill(self) -> None:
        self.pill.adjustSize()
        hint = self.pill.sizeHint()
        area = self.viewport().geometry()
        self.pill.setGeometry(
            area.left() + (area.width() - hint.width()) // 2,
            area.bottom() - hint.height() - 12,
            hint.width(),
            hint.height(),
        )
