"""The composer's helpers beside plain typing: the emoji picker and canned replies.

Both insert at the cursor. A canned reply's placeholders are filled from the open
conversation (values the inbox reads when the conversation opens); an unknown value leaves
a visible gap in brackets, selected so the agent types over it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QWidget

from desktop.services.canned_replies import CannedReplyRow, expand
from desktop.services.emoji_catalog import RecentEmoji
from desktop.ui.inbox.canned_popup import CannedReplyPopup, typed_shortcut
from desktop.ui.inbox.emoji_picker import EmojiPicker

log = logging.getLogger(__name__)

_LIST_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Escape,
}


def _u16(text: str) -> int:
    """Length in the text document's units (UTF-16: an emoji can count two)."""
    return len(text.encode("utf-16-le")) // 2


def gap_text(label: str) -> str:
    """A placeholder the desk has no value for, as the agent sees it: ``[first name]``."""
    return "[" + QCoreApplication.translate("CannedReplies", label) + "]"


class ComposerTools(QObject):
    def __init__(self, composer: QWidget) -> None:
        super().__init__(composer)
        from desktop.ui.inbox.composer import Composer

        assert isinstance(composer, Composer)
        self.composer = composer
        self.recent: RecentEmoji | None = None
        self.values: dict[str, str | None] = {}
        self.replies: list[CannedReplyRow] = []
        self.picker: EmojiPicker | None = None
        self.popup: CannedReplyPopup | None = None
        # The "/word" being replaced by the reply chosen (0: inserted at the cursor).
        self._typed_length = 0
        editor = composer.editor
        editor.intercept = self._key
        editor.wants_key = self._wants_key
        editor.textChanged.connect(self._text_changed)
        composer.emoji_button.clicked.connect(self.toggle_emoji)
        composer.canned_button.clicked.connect(self.show_all_replies)

    # -- emoji -------------------------------------------------------------------------------------
    def toggle_emoji(self) -> None:
        if self.picker is not None and self.picker.isVisible():
            self.picker.hide()
            return
        if self.picker is None or self.picker.parentWidget() is not self.composer.window():
            self.picker = EmojiPicker(self.composer.window())
            self.picker.picked.connect(self.insert_emoji)
        self.picker.open_at(self.composer.emoji_button, self.recent.items if self.recent else [])

    def insert_emoji(self, char: str) -> None:
        editor = self.composer.editor
        if editor.isReadOnly() or not editor.isEnabled():
            return
        editor.insertPlainText(char)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.recent is not None:
            self.recent.use(char)

    # -- canned replies ----------------------------------------------------------------------------
    def set_replies(self, replies: list[CannedReplyRow]) -> None:
        self.replies = list(replies)
        if self.popup is not None:
            self.popup.set_replies(self.replies)

    def _popup(self) -> CannedReplyPopup:
        if self.popup is None or self.popup.parentWidget() is not self.composer.window():
            self.popup = CannedReplyPopup(self.composer.window())
            self.popup.chosen.connect(self.insert_reply)
        self.popup.set_replies(self.replies)
        return self.popup

    def show_all_replies(self) -> None:
        self._typed_length = 0
        self._popup().show_matching("", self.composer.editor)

    def _text_changed(self) -> None:
        try:
            editor = self.composer.editor
            cursor = editor.textCursor()
            block = cursor.block().text()[: cursor.positionInBlock()]
            typed = typed_shortcut(block) if editor.hasFocus() or editor.isVisible() else None
            if typed is None or editor.isReadOnly():
                if self.popup is not None and self._typed_length:
                    self.popup.hide()
                self._typed_length = 0
                return
            self._typed_length = len(typed) + 1
            self._popup().show_matching(typed, editor)
        except Exception:  # a slot called by Qt: never let it escape
            log.warning("canned reply list not updated", exc_info=True)

    def _wants_key(self, event: QKeyEvent) -> bool:
        return self.popup is not None and self.popup.isVisible() and event.key() in _LIST_KEYS

    def _key(self, event: QKeyEvent) -> bool:
        popup = self.popup
        if popup is None or not popup.isVisible():
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            popup.hide()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            popup.move_selection(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            return popup.choose_current()
        return False

    def insert_reply(self, reply: CannedReplyRow) -> None:
        """Replace the typed ``/word`` (if any) with the reply, placeholders filled."""
        editor = self.composer.editor
        if editor.isReadOnly() or not editor.isEnabled():
            return
        expansion = expand(reply.text, self.values, gap_text)
        cursor = editor.textCursor()
        if self._typed_length:
            cursor.movePosition(
                QTextCursor.MoveOperation.Left,
                QTextCursor.MoveMode.KeepAnchor,
                self._typed_length,
            )
        self._typed_length = 0
        start = cursor.selectionStart()
        cursor.insertText(expansion.text)
        if expansion.gaps:  # select the first gap: the agent sees it and types over it
            first = gap_text(expansion.gaps[0])
            at = expansion.text.find(first)
            if at >= 0:
                begin = start + _u16(expansion.text[:at])
                cursor.setPosition(begin)
                cursor.setPosition(begin + _u16(first), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.popup is not None:
            self.popup.hide()
