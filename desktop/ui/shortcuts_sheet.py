"""The keyboard shortcuts, on one sheet (F1 or Ctrl+/), in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: Keys for switching pages, in the rail's order.
PAGE_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5")
HELP_KEYS = ("F1", "Ctrl+/")


def shortcut_rows(page_titles: list[str]) -> list[tuple[str, str]]:
    """(keys as the platform writes them, what they do), grouped as a user looks for them."""

    def native(keys: str) -> str:
        return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)

    rows = [
        (
            native(keys),
            QCoreApplication.translate("ShortcutsSheet", "Go to {page}").format(page=title),
        )
        for keys, title in zip(PAGE_KEYS, page_titles, strict=False)
    ]
    send = QCoreApplication.translate("ShortcutsSheet", "Send the message")
    rows += [
        (native("Return"), send),
        (native("Ctrl+Return"), send),
        (
            native("Shift+Return"),
            QCoreApplication.translate("ShortcutsSheet", "New line in the message"),
        ),
        (
            native("Ctrl+I"),
            QCoreApplication.translate("ShortcutsSheet", "Show or hide the customer's details"),
        ),
        (
            native("Ctrl+F"),
            QCoreApplication.translate("ShortcutsSheet", "Search names, numbers and messages"),
        ),
        (
            native("Ctrl+K"),
            QCoreApplication.translate(
                "ShortcutsSheet", "Jump to a chat: type a name, Enter opens the first match"
            ),
        ),
        (
            native("Esc"),
            QCoreApplication.translate("ShortcutsSheet", "Close the search, or cancel the reply"),
        ),
        (
            f"{native('Alt+Up')} / {native('Alt+Down')}",
            QCoreApplication.translate("ShortcutsSheet", "Previous or next chat"),
        ),
        (
            native("Ctrl+Shift+U"),
            QCoreApplication.translate("ShortcutsSheet", "Next chat with unread messages"),
        ),
        (
            native("Ctrl+N"),
            QCoreApplication.translate(
                "ShortcutsSheet", "New chat: write to a number or a contact"
            ),
        ),
        (
            native("Ctrl+E"),
            QCoreApplication.translate("ShortcutsSheet", "Resolve the chat (or reopen it)"),
        ),
        (
            " / ".join(native(k) for k in HELP_KEYS),
            QCoreApplication.translate("ShortcutsSheet", "Show this list of shortcuts"),
        ),
    ]
    return rows


class ShortcutsSheet(QDialog):
    def __init__(self, page_titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setMinimumSize(520, 460)
        rows = shortcut_rows(page_titles)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, action) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            key_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            action_item = QTableWidgetItem(action)
            action_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            action_item.setToolTip(action)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, action_item)
        hint = QLabel(self.tr("On macOS, Ctrl is the ⌘ Command key."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
