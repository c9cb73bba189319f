"""The reply box: free-form text while the 24-hour window is open, the reason when not."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.pricing.reply_price import ReplyPrice
from desktop.ui.chat.customer_text import isolated, plain_label
from desktop.ui.inbox.composer_tools import ComposerTools
from desktop.ui.inbox.price_line import PriceLine

MAX_TEXT = 4096  # Cloud API text body limit


class _Editor(QPlainTextEdit):
    submit = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Keys an open list above the box (canned replies) takes first: True = handled.
        self.intercept: Callable[[QKeyEvent], bool] = lambda _event: False
        self.wants_key: Callable[[QKeyEvent], bool] = lambda _event: False

    def event(self, event: QEvent) -> bool:
        # Esc and Enter go to the open list, not to the inbox's shortcuts.
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and self.wants_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.intercept(event):
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submit.emit()
            return
        super().keyPressEvent(event)


class Composer(QWidget):
    # payload: the text to send (already stripped, non-empty, within the limit)
    send_requested = Signal(str)
    # the user wants to pick an approved template (allowed even when the window is closed)
    template_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._closes_at: int | None = None
        self._window_tools: list[QWidget] = []  # enabled with the editor (see add_window_tool)
        # True while the text sent last is being stored: it stays here, read-only, until then.
        self._busy = False
        # The message being answered (WhatsApp quotes it above the reply), if any.
        self.reply_wamid: str | None = None
        self.reply_bar = QWidget(self)
        self.reply_bar.setObjectName("replyBar")
        self.reply_label = plain_label(QLabel(self.reply_bar))  # quotes the customer's text
        self.reply_label.setObjectName("hint")
        self.reply_cancel = QPushButton(self.tr("Cancel reply"), self.reply_bar)
        self.reply_cancel.setFlat(True)
        self.reply_cancel.clicked.connect(lambda: self.set_reply(None, None))
        reply_row = QHBoxLayout(self.reply_bar)
        reply_row.setContentsMargins(0, 0, 0, 0)
        reply_row.addWidget(self.reply_label, 1)
        reply_row.addWidget(self.reply_cancel)
        self.reply_bar.hide()
        self.window_label = QLabel(self)
        self.window_label.setObjectName("windowLabel")
        self.window_label.setWordWrap(True)
        self.price_line = PriceLine(self)  # what the next reply costs (the inbox fills it)
        self.editor = _Editor(self)
        self.editor.setObjectName("composerEditor")
        self.editor.setPlaceholderText(self._open_placeholder())
        self.editor.setFixedHeight(64)
        self.counter = QLabel(self)
        self.counter.setObjectName("counter")
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.template_button = QPushButton(self.tr("Template…"), self)
        self.template_button.setObjectName("templateButton")
        self.template_button.setToolTip(self.tr("Send an approved template"))
        self.template_button.clicked.connect(self.template_requested)

        # Emoji and canned replies (the logic lives in composer_tools).
        self.emoji_button = QToolButton(self)
        self.emoji_button.setObjectName("emojiButton")
        self.emoji_button.setText("☺")
        self.emoji_button.setToolTip(self.tr("Insert an emoji"))
        self.canned_button = QToolButton(self)
        self.canned_button.setObjectName("cannedButton")
        self.canned_button.setText("/…")
        self.canned_button.setToolTip(self.tr("Insert a canned reply (or type / and its shortcut)"))
        tools = QVBoxLayout()
        tools.addWidget(self.emoji_button)
        tools.addWidget(self.canned_button)
        tools.addStretch(1)
        self._tools = tools
        row = QHBoxLayout()
        row.addLayout(tools)
        row.addWidget(self.editor, 1)
        side = QVBoxLayout()
        side.addWidget(self.send_button)
        side.addWidget(self.template_button)
        side.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignRight)
        self._side = side
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.window_label)
        layout.addWidget(self.price_line)
        layout.addWidget(self.reply_bar)
        layout.addLayout(row)

        self.editor.submit.connect(self.submit)
        self.send_button.clicked.connect(self.submit)
        self.editor.textChanged.connect(self._update_state)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.submit)
        self._ticker = QTimer(self)
        self._ticker.setInterval(30_000)
        self._ticker.timeout.connect(self._update_state)
        self._ticker.start()
        self.set_window(None, has_conversation=False)
        self.tools = ComposerTools(self)

    def add_tool(self, widget: QWidget) -> None:
        """A button beside Send and Template… (the attach button, for one)."""
        widget.setParent(self)
        self._side.insertWidget(self._side.count() - 1, widget)

    def add_window_tool(self, widget: QWidget) -> None:
        """A tool under the emoji button, for free-form messages: enabled only while the
        window is open."""
        self._window_tools.append(widget)
        widget.setParent(self)
        self._tools.insertWidget(self._tools.count() - 1, widget)
        self._update_state()

    def set_reply(self, wamid: str | None, quoted: str | None) -> None:
        """Answer a specific message (or stop doing so)."""
        self.reply_wamid = wamid
        if wamid is None:
            self.reply_bar.hide()
            return
        text = (quoted or "").replace("\n", " ")
        if len(text) > 80:
            text = text[:79] + "…"
        self.reply_label.setText(self.tr("Replying to: {text}").format(text=isolated(text)))
        self.reply_bar.show()
        self.editor.setFocus()

    @property
    def window_open(self) -> bool:
        return self._closes_at is not None and time.time() < self._closes_at

    def set_window(self, closes_at: int | None, *, has_conversation: bool = True) -> None:
        self._closes_at = closes_at
        self._has_conversation = has_conversation
        self._update_state()

    def show_price(self, price: ReplyPrice | None) -> None:
        """What the next reply costs (shown while free-form replies can be sent)."""
        self.price_line.show_price(price)
        self._update_state()

    def _update_state(self) -> None:
        length = len(self.editor.toPlainText())
        self.counter.setText(f"{length}/{MAX_TEXT}")
        over = length > MAX_TEXT
        if self.counter.property("over") != over:  # re-styling costs; only when it flips
            self.counter.setProperty("over", over)
            self.counter.style().unpolish(self.counter)
            self.counter.style().polish(self.counter)
        self.template_button.setEnabled(self._has_conversation)
        if not self._has_conversation:
            self.window_label.setText(self.tr("Choose a conversation to reply."))
            self.price_line.hide()
            self._enable(False)
            self._template_first(False)
            return
        if self.window_open:
            assert self._closes_at is not None
            left = int(self._closes_at - time.time())
            hours, minutes = left // 3600, (left % 3600) // 60
            self.window_label.setText(
                self.tr(
                    "Customer service window open: {h} h {m} min left for free-form replies."
                ).format(h=hours, m=minutes)
            )
            state = "open"
            self._enable(True)
            self._template_first(False)
        else:
            self.window_label.setText(
                self.tr(
                    "The 24-hour customer service window is closed: the customer has not written "
                    "in the last 24 hours. Free-form messages are blocked by WhatsApp; send an "
                    "approved template to reopen the conversation."
                )
            )
            state = "closed"
            self._enable(False)
            self._template_first(True)
        self.price_line.setVisible(self.window_open and bool(self.price_line.text()))
        if self.window_label.property("state") != state:
            self.window_label.setProperty("state", state)
            self.window_label.style().unpolish(self.window_label)
            self.window_label.style().polish(self.window_label)
        self.send_button.setEnabled(
            self.window_open
            and len(self.editor.toPlainText().strip()) > 0
            and not over
            and not self._busy
        )

    def _open_placeholder(self) -> str:
        return self.tr("Type a message (Enter sends, Shift+Enter adds a line)")

    def _template_first(self, closed: bool) -> None:
        """Outside the window the box is greyed out, says why, and Template… leads."""
        if self.template_button.property("primary") == closed:
            return
        self.template_button.setProperty("primary", closed)
        self.template_button.setDefault(closed)
        self.send_button.setDefault(not closed)
        self.send_button.setVisible(not closed)
        self.editor.setPlaceholderText(
            self.tr(
                "Free-form messages cannot be sent now: the 24-hour window is closed. "
                "Use Template… to write to this customer."
            )
            if closed
            else self._open_placeholder()
        )
        for widget in (self.template_button, self.editor):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _enable(self, enabled: bool) -> None:
        self.editor.setEnabled(enabled)
        self.emoji_button.setEnabled(enabled)
        self.canned_button.setEnabled(enabled)
        for tool in self._window_tools:
            tool.setEnabled(enabled)
        self.send_button.setEnabled(
            enabled and bool(self.editor.toPlainText().strip()) and not self._busy
        )

    def submit(self) -> None:
        """Ask to send the text; it stays in the editor until :meth:`sent` says it is stored."""
        text = self.editor.toPlainText().strip()
        if self._busy or not text or not self.window_open or len(text) > MAX_TEXT:
            return
        self.send_requested.emit(text)

    def set_busy(self, busy: bool) -> None:
        """While a send is being stored: the text cannot change and cannot be sent twice."""
        self._busy = busy
        self.editor.setReadOnly(busy)
        self.send_button.setText(self.tr("Saving…") if busy else self.tr("Send"))
        self._update_state()

    @property
    def busy(self) -> bool:
        return self._busy

    def sent(self, text: str) -> None:
        """``text`` is stored in the outbox: only now does it leave the editor."""
        if self.editor.toPlainText().strip() == text:
            self.editor.clear()
        self.set_reply(None, None)
