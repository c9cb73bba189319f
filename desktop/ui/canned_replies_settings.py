"""Settings' canned replies: add, edit and delete the texts the composer offers on ``/``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.canned_replies import (
    MAX_SHORTCUT,
    MAX_TITLE,
    CannedReplies,
    CannedReplyRefused,
    CannedReplyRow,
)
from desktop.ui.i18n import render
from desktop.ui.inbox.canned_popup import ROW_ROLE, CannedListModel
from desktop.ui.task_scope import UiTaskScope


class CannedReplyDialog(QDialog):
    """One reply's shortcut, title and text; the placeholders are listed under the text."""

    def __init__(self, row: CannedReplyRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cannedReplyDialog")
        self.setWindowTitle(self.tr("Edit canned reply") if row else self.tr("Add canned reply"))
        self.shortcut = QLineEdit(row.shortcut if row else "", self)
        self.shortcut.setObjectName("cannedShortcut")
        self.shortcut.setMaxLength(MAX_SHORTCUT + 1)
        self.shortcut.setPlaceholderText(self.tr("e.g. hours"))
        self.title = QLineEdit(row.title if row else "", self)
        self.title.setObjectName("cannedTitle")
        self.title.setMaxLength(MAX_TITLE)
        self.title.setPlaceholderText(self.tr("e.g. Opening hours"))
        self.text = QPlainTextEdit(row.text if row else "", self)
        self.text.setObjectName("cannedText")
        hint = QLabel(
            self.tr(
                "Placeholders filled in when the reply is inserted: {placeholders}. A value the "
                "desk does not know is left as a gap in brackets for you to fill in."
            ).format(
                placeholders=", ".join(
                    "{" + key + "}"
                    for key in ("contact.first_name", "contact.name", "agent.name", "channel.name")
                )
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel(self)
        self.problem.setObjectName("errorText")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Shortcut"), self.shortcut)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def values(self) -> tuple[str, str, str]:
        return self.shortcut.text(), self.title.text(), self.text.toPlainText()


class CannedRepliesBox(QGroupBox):
    """The list with Add, Edit and Delete; every change is stored at once (no Save)."""

    def __init__(self, canned: CannedReplies, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Canned replies"))
        self.setObjectName("cannedRepliesBox")
        self._canned = canned
        self._tasks = UiTaskScope(self)
        self.model = CannedListModel(self, preview_length=70)
        self.list = QListView(self)
        self.list.setObjectName("cannedRepliesList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(140)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        hint = QLabel(
            self.tr(
                "In the reply box, type / and a shortcut (or use the /… button) to insert one. "
                "They are stored in the database, so every PC of the desk shares them."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.selected()))
        self.delete_button.clicked.connect(self._ask_delete)
        self.list.doubleClicked.connect(lambda _index: self.open_editor(self.selected()))
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        canned.listeners.append(self.reload)
        self._buttons()
        self.reload()

    def reload(self) -> None:
        self._tasks.spawn(self._load(), name="settings:canned")

    async def _load(self) -> None:
        chosen = self.selected()
        self.model.set_rows(await self._canned.all())
        if chosen is not None:
            for i, row in enumerate(self.model.rows):
                if row.id == chosen.id:
                    self.list.setCurrentIndex(self.model.index(i))
        self._buttons()

    def selected(self) -> CannedReplyRow | None:
        row = self.list.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, CannedReplyRow) else None

    def _buttons(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def open_editor(self, row: CannedReplyRow | None) -> CannedReplyDialog:
        """The editor for ``row`` (None: a new reply), opened non-modally; Save stores it."""
        dialog = CannedReplyDialog(row, self)
        dialog.accepted.connect(
            lambda: self._tasks.spawn(self.save(row, dialog), name="settings:canned-save")
        )
        dialog.open()
        return dialog

    async def save(self, row: CannedReplyRow | None, dialog: CannedReplyDialog) -> bool:
        """Store the dialog's reply; a refused one reopens the dialog with the reason."""
        shortcut, title, text = dialog.values()
        try:
            if row is None:
                await self._canned.add(shortcut, title, text)
            else:
                await self._canned.edit(row.id, shortcut, title, text)
        except CannedReplyRefused as exc:
            dialog.problem.setText(render(exc.phrase))
            dialog.open()
            return False
        self.result.setText(self.tr("Saved: /{shortcut}").format(shortcut=shortcut.strip("/ ")))
        return True

    def _ask_delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete canned reply"),
            self.tr("Delete /{shortcut} for every PC of the desk?").format(shortcut=row.shortcut),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.accepted.connect(lambda: self._tasks.spawn(self.delete(row), name="settings:del"))
        box.open()

    async def delete(self, row: CannedReplyRow) -> None:
        await self._canned.delete(row.id)
        self.result.setText(self.tr("Deleted: /{shortcut}").format(shortcut=row.shortcut))
