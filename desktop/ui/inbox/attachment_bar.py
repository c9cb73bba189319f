"""A file on its way to the customer: picked, dropped or pasted, checked, captioned, sent.

The bar sits above the reply box. A file comes from the composer's attach button, from a
drop on the thread or the reply box, or from a picture pasted into the reply box (saved as
a PNG first). Meta's type and size limits are checked before anything is uploaded; a
refused file is explained and never shown as pending. Sending uploads with a progress bar
and a Cancel button; a failed or cancelled upload leaves the file here, to send again.
Each conversation keeps its own pending file, like its draft.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QMimeData, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.db import data_dir
from desktop.services.cloud_api import CloudApiError
from desktop.services.media_send import (
    MAX_CAPTION,
    Attachment,
    AttachmentRefused,
    check_attachment,
    size_words,
)
from desktop.services.outbox import OutboxRefused
from desktop.ui.chat.customer_text import isolated, plain_label
from desktop.ui.i18n import render
from desktop.ui.task_scope import UiTaskScope

log = logging.getLogger(__name__)

THUMB = 48
_ICONS = {"image": "🖼", "video": "🎬", "audio": "🎤", "document": "📄", "sticker": "🙂"}


class AttachmentSender(Protocol):
    async def send(
        self,
        conversation_id: int,
        attachment: Attachment,
        caption: str = "",
        *,
        reply_to: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int: ...


@dataclass
class _Pending:
    attachment: Attachment
    caption: str = ""
    task: asyncio.Task[Any] | None = None
    cancelled: bool = False
    sent_bytes: int = 0
    problem: str = ""
    thumbnail: QPixmap | None = field(default=None, repr=False)


def pasted_dir() -> Path:
    return data_dir() / "media" / "pasted"


def _save_pasted(image: QImage, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / time.strftime("pasted-%Y%m%d-%H%M%S.png")
    n = 1
    while path.exists():
        n += 1
        path = folder / time.strftime(f"pasted-%Y%m%d-%H%M%S-{n}.png")
    if not image.save(str(path)):  # PNG, from the name
        raise OSError(f"the picture could not be written to {path}")
    return path


def _thumbnail(path: Path) -> QImage:
    image = QImage(str(path))
    if image.isNull():
        return image
    return image.scaled(
        THUMB,
        THUMB,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )


def files_in(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class _ElidedName(QLabel):
    """A file name on one line: shortened with … when narrow (the tooltip has it all)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 80), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        try:
            painter = QPainter(self)
            text = self.fontMetrics().elidedText(
                self.text(), Qt.TextElideMode.ElideMiddle, self.width()
            )
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter), text)
        except Exception:  # never out of a Qt virtual
            log.exception("painting a file name")


class AttachmentBar(QWidget):
    # what went wrong with a file offered (refused type or size), for the notice bar
    notice = Signal(str)
    # an attachment was stored in the outbox: the outbox row id
    sent = Signal(int)

    def __init__(
        self,
        sender: AttachmentSender,
        parent: QWidget | None = None,
        *,
        window_open: Callable[[], bool] = lambda: True,
        reply_to: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentBar")
        self._sender = sender
        self._window_open = window_open
        self._reply_to = reply_to
        self._tasks = UiTaskScope(self)
        self._pending: dict[int, _Pending] = {}
        self._current: int | None = None
        self._paste_folder: Path | None = None

        # the composer's button (placed there by the inbox)
        self.attach_button = QToolButton()
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setText(self.tr("Attach…"))
        self.attach_button.setToolTip(
            self.tr(
                "Send a picture, video, audio file, document or sticker. You can also drop "
                "files here or paste a picture into the reply box."
            )
        )
        self.attach_button.clicked.connect(self.choose_file)

        self.icon = QLabel(self)
        self.icon.setObjectName("attachmentIcon")
        self.icon.setFixedSize(THUMB, THUMB)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = plain_label(_ElidedName(self))
        self.name.setObjectName("attachmentName")
        self.details = QLabel(self)
        self.details.setObjectName("hint")
        self.caption = QLineEdit(self)
        self.caption.setObjectName("attachmentCaption")
        self.caption.setMaxLength(MAX_CAPTION)
        self.caption.returnPressed.connect(self.send)
        self.caption.textChanged.connect(self._caption_changed)
        self.send_button = QPushButton(self.tr("Send file"), self)
        self.send_button.setObjectName("sendAttachment")
        self.send_button.clicked.connect(self.send)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeAttachment")
        self.remove_button.setFlat(True)
        self.remove_button.clicked.connect(self.remove)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("uploadProgress")
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel upload"), self)
        self.cancel_button.setObjectName("cancelUpload")
        self.cancel_button.clicked.connect(self.cancel)
        self.problem = plain_label(QLabel(self))  # may quote Meta's error
        self.problem.setObjectName("attachmentProblem")
        self.problem.setWordWrap(True)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.name)
        text.addWidget(self.details)
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addLayout(text, 1)
        top.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        middle = QHBoxLayout()
        middle.addWidget(self.caption, 1)
        middle.addWidget(self.send_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 2)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addLayout(middle)
        layout.addLayout(bottom)
        self._show()

    # -- what the bar holds ----------------------------------------------------------------
    @property
    def pending(self) -> Attachment | None:
        item = self._pending.get(self._current) if self._current is not None else None
        return item.attachment if item else None

    @property
    def uploading(self) -> bool:
        item = self._pending.get(self._current) if self._current is not None else None
        return bool(item and item.task is not None)

    def show_conversation(self, conversation_id: int | None) -> None:
        self._current = conversation_id
        self._show()

    def refresh(self) -> None:
        """The window may have opened or closed: what can be attached and sent now."""
        self._show()

    # -- taking files in -------------------------------------------------------------------
    def choose_file(self) -> QFileDialog | None:
        if self._current is None:
            return None
        dialog = QFileDialog(self.window(), self.tr("Attach a file"))
        dialog.setObjectName("attachDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                self.tr("Files WhatsApp accepts")
                + " (*.jpg *.jpeg *.png *.webp *.mp4 *.3gp *.aac *.amr *.mp3 *.m4a *.ogg *.opus"
                " *.pdf *.txt *.doc *.docx *.xls *.xlsx *.ppt *.pptx)",
                self.tr("All files") + " (*)",
            ]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: self.offer(Path(chosen)))
        dialog.open()
        return dialog

    def offer(self, path: Path) -> None:
        """Check ``path`` (off the UI thread) and, if WhatsApp takes it, hold it here."""
        conversation_id = self._current
        if conversation_id is None or self.uploading:
            return
        self._tasks.spawn(self._offer(conversation_id, path), name="attach:check")

    async def _offer(self, conversation_id: int, path: Path) -> bool:
        loop = asyncio.get_running_loop()
        try:
            attachment = await loop.run_in_executor(None, check_attachment, path)
        except AttachmentRefused as exc:
            self.notice.emit(" ".join(render(p) for p in exc.phrases))
            return False
        current = self._pending.get(conversation_id)
        if current is not None and current.task is not None:
            return False  # an upload is under way: it finishes first
        item = _Pending(attachment, caption=current.caption if current else "")
        if attachment.kind in ("image", "sticker"):
            thumb = await loop.run_in_executor(None, _thumbnail, path)
            item.thumbnail = QPixmap.fromImage(thumb) if not thumb.isNull() else None
        self._pending[conversation_id] = item
        if conversation_id == self._current:
            self._show()
            self.caption.setFocus()
        return True

    def offer_image(self, image: QImage) -> None:
        """A picture from the clipboard: saved as a PNG, then offered like a file."""
        conversation_id = self._current
        if conversation_id is None or image.isNull() or self.uploading:
            return
        self._tasks.spawn(self._offer_image(conversation_id, image.copy()), name="attach:paste")

    async def _offer_image(self, conversation_id: int, image: QImage) -> bool:
        folder = self._paste_folder or pasted_dir()
        try:
            path = await asyncio.get_running_loop().run_in_executor(
                None, _save_pasted, image, folder
            )
        except OSError as exc:
            self.notice.emit(
                self.tr(
                    "The pasted picture could not be kept for sending ({error}). Save it as a "
                    "file and attach it."
                ).format(error=str(exc)[:160])
            )
            return False
        return await self._offer(conversation_id, path)

    def accepts(self, mime: QMimeData) -> bool:
        if self._current is None or not self._window_open() or self.uploading:
            return False
        return bool(files_in(mime)) or mime.hasImage()

    def take(self, mime: QMimeData) -> bool:
        """A drop or a paste: files are offered (the first), an image is saved and offered."""
        if not self.accepts(mime):
            return False
        paths = files_in(mime)
        if paths:
            if len(paths) > 1:
                self.notice.emit(self.tr("One file at a time: the first one is attached."))
            self.offer(paths[0])
            return True
        image = mime.imageData()
        if isinstance(image, QPixmap):
            image = image.toImage()
        if isinstance(image, QImage) and not image.isNull():
            self.offer_image(image)
            return True
        return False

    def watch(self, widget: QWidget) -> None:
        """Take drops on ``widget`` (and pastes of pictures, if it is a text box)."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            kind = event.type()
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                assert isinstance(event, QDragEnterEvent)
                mime = event.mimeData()
                if self.accepts(mime) and (files_in(mime) or mime.hasImage()):
                    event.acceptProposedAction()
                    return True
            elif kind == QEvent.Type.Drop:
                assert isinstance(event, QDropEvent)
                if self.take(event.mimeData()):
                    event.acceptProposedAction()
                    return True
            elif kind == QEvent.Type.KeyPress:
                assert isinstance(event, QKeyEvent)
                if event.matches(QKeySequence.StandardKey.Paste):
                    clip = QGuiApplication.clipboard().mimeData()
                    wanted = clip is not None and (clip.hasImage() or bool(files_in(clip)))
                    if wanted and clip is not None and self.take(clip):
                        return True
        except Exception:  # never out of a Qt virtual
            log.exception("attachment drop or paste")
        return False

    # -- sending ---------------------------------------------------------------------------
    def send(self) -> None:
        conversation_id = self._current
        item = self._pending.get(conversation_id) if conversation_id is not None else None
        if conversation_id is None or item is None or item.task is not None:
            return
        if not self._window_open():
            return
        item.caption = self.caption.text()
        item.cancelled = False
        item.problem = ""
        item.sent_bytes = 0
        item.task = self._tasks.spawn(
            self._upload(conversation_id, item, self._reply_to()), name="attach:send"
        )
        self._show()

    async def _upload(self, conversation_id: int, item: _Pending, reply_to: str | None) -> None:
        def progress(sent: int, total: int) -> None:
            item.sent_bytes = sent
            if self._pending.get(self._current or -1) is item:
                self.progress.setMaximum(max(total, 1))
                self.progress.setValue(sent)

        problem = ""
        message_id: int | None = None
        try:
            message_id = await self._sender.send(
                conversation_id,
                item.attachment,
                item.caption,
                reply_to=reply_to,
                progress=progress,
            )
        except asyncio.CancelledError:
            if not item.cancelled:
                raise  # the inbox is closing
            problem = self.tr("Upload cancelled. The file is still here: send it when ready.")
        except AttachmentRefused as exc:
            problem = " ".join(render(p) for p in exc.phrases)
        except OutboxRefused as exc:
            problem = render(exc.phrase)
        except CloudApiError as exc:
            problem = self.tr(
                "The upload failed: {error}. The file is still here; check the connection and "
                "press Send file to try again."
            ).format(error=exc.message[:200])
        except Exception as exc:  # the database or the disk
            log.warning("attachment for conversation %s not sent", conversation_id, exc_info=True)
            problem = self.tr(
                "The file was not sent ({error}). It is still here; try again."
            ).format(error=str(exc)[:200] or type(exc).__name__)
        finally:
            item.task = None
        if message_id is not None:
            if self._pending.get(conversation_id) is item:
                del self._pending[conversation_id]
            if conversation_id == self._current:
                self.caption.clear()
            self.sent.emit(message_id)
        else:
            item.problem = problem
        self._show()

    def cancel(self) -> None:
        item = self._pending.get(self._current) if self._current is not None else None
        if item is None or item.task is None:
            return
        item.cancelled = True
        item.task.cancel()

    def remove(self) -> None:
        if self._current is None:
            return
        item = self._pending.get(self._current)
        if item is None or item.task is not None:
            return
        del self._pending[self._current]
        self.caption.clear()
        self._show()

    # -- showing ---------------------------------------------------------------------------
    def _caption_changed(self, text: str) -> None:
        item = self._pending.get(self._current) if self._current is not None else None
        if item is not None and item.task is None:
            item.caption = text

    def _show(self) -> None:
        window_open = self._current is not None and self._window_open()
        self.attach_button.setEnabled(window_open)
        item = self._pending.get(self._current) if self._current is not None else None
        if item is None:
            self.hide()
            return
        attachment = item.attachment
        if item.thumbnail is not None:
            self.icon.setPixmap(item.thumbnail)
        else:
            self.icon.setText(_ICONS.get(attachment.kind, "📎"))
        self.name.setText(isolated(attachment.filename))
        self.name.setToolTip(str(attachment.path))
        self.details.setText(self._kind_words(attachment) + " · " + size_words(attachment.size))
        if self.caption.text() != item.caption:
            self.caption.setText(item.caption)
        self.caption.setEnabled(attachment.takes_caption and item.task is None)
        self.caption.setPlaceholderText(
            self.tr("Caption (optional)")
            if attachment.takes_caption
            else self.tr("Voice notes, audio and stickers have no caption")
        )
        uploading = item.task is not None
        self.send_button.setEnabled(window_open and not uploading)
        self.send_button.setToolTip(
            ""
            if window_open
            else self.tr(
                "The 24-hour window is closed: files cannot be sent until the customer writes."
            )
        )
        self.remove_button.setEnabled(not uploading)
        self.progress.setVisible(uploading)
        self.cancel_button.setVisible(uploading)
        if uploading:
            self.progress.setMaximum(max(attachment.size, 1))
            self.progress.setValue(item.sent_bytes)
        self.problem.setText(item.problem)
        self.problem.setVisible(bool(item.problem))
        self.show()

    def _kind_words(self, attachment: Attachment) -> str:
        return {
            "image": self.tr("Picture"),
            "video": self.tr("Video"),
            "audio": self.tr("Audio"),
            "document": self.tr("Document"),
            "sticker": self.tr("Sticker"),
        }.get(attachment.kind, attachment.kind)
