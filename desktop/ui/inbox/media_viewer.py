"""What a person does with a photo, video, voice note, document or sticker in the thread.

Open (in this computer's program for the file, from a named copy of the cached bytes), save
a copy anywhere, copy a picture to the clipboard, look at a picture with zoom, play a voice
note. The bytes come from the media cache, downloaded off the UI thread if they are not
here yet; a failure says what to do next.
"""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QPoint, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cloud_api import CloudApiError
from desktop.services.inbox import MessageRow
from desktop.services.media_cache import MEDIA_TYPES, media_id_of
from desktop.services.media_send import sniff_mime
from desktop.ui.task_scope import UiTaskScope

log = logging.getLogger(__name__)

PICTURES = ("image", "sticker")
_DEFAULT_EXTENSION = {
    "image": ".jpg",
    "sticker": ".webp",
    "video": ".mp4",
    "audio": ".ogg",
    "document": ".bin",
}
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class MediaFiles(Protocol):
    async def file_for(self, message_id: int) -> Path | None: ...


def has_media(row: MessageRow) -> bool:
    return row.type in MEDIA_TYPES and media_id_of(row.type, row.payload or {}) is not None


def suggested_name(row: MessageRow, cached: Path) -> str:
    """A file name people recognise: the document's own name, else kind, id and extension."""
    body = row.payload.get(row.type) if isinstance(row.payload, dict) else None
    body = body if isinstance(body, dict) else {}
    filename = body.get("filename")
    if isinstance(filename, str) and _UNSAFE_NAME.sub("_", filename).strip(". "):
        return _UNSAFE_NAME.sub("_", filename).strip()[:120]
    mime = body.get("mime_type")
    extension = None
    if isinstance(mime, str):
        extension = mimetypes.guess_extension(mime.split(";")[0].strip())
    if extension is None:
        try:
            with cached.open("rb") as handle:
                sniffed = sniff_mime(handle.read(64))
        except OSError:
            sniffed = None
        extension = mimetypes.guess_extension(sniffed) if sniffed else None
    if row.type == "audio" and extension in (None, ".oga", ".opus"):
        extension = ".ogg"
    extension = extension or _DEFAULT_EXTENSION.get(row.type, ".bin")
    return f"whatsapp-{row.type}-{row.id}{extension}"


def _named_copy(cached: Path, name: str) -> Path:
    """A copy under its proper name, so the system picks the right program to open it."""
    target = cached.parent / "opened" / f"{cached.name}-{name}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, target)
    return target


class MediaActions(QObject):
    """Open, save, copy and view the media of thread rows (menu and double-click)."""

    # what went wrong and what to do, for the inbox's notice bar
    notice = Signal(str)
    # a voice note or audio file to play: (local file, what to call it)
    play_requested = Signal(Path, str)

    def __init__(
        self,
        files: MediaFiles,
        parent: QWidget,
        *,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._files = files
        self._parent = parent
        self.open_url = open_url  # the system viewer (tests record the call)
        self._tasks = UiTaskScope(self)

    # -- menu and double-click -----------------------------------------------------------
    def add_actions(self, menu: QMenu, row: MessageRow) -> None:
        if not has_media(row):
            return
        if row.type in PICTURES:
            view = menu.addAction(self.tr("View picture"))
            view.setObjectName("viewMedia")
            view.triggered.connect(lambda: self._spawn(self.view(row), "media:view"))
        if row.type == "audio":
            play = menu.addAction(self.tr("Play"))
            play.setObjectName("playMedia")
            play.triggered.connect(lambda: self._spawn(self.play(row), "media:play"))
        opener = menu.addAction(self.tr("Open with the system viewer"))
        opener.setObjectName("openMedia")
        opener.triggered.connect(lambda: self._spawn(self.open(row), "media:open"))
        save = menu.addAction(self.tr("Save as…"))
        save.setObjectName("saveMedia")
        save.triggered.connect(lambda: self._spawn(self.ask_where_to_save(row), "media:save"))
        if row.type in PICTURES:
            copy = menu.addAction(self.tr("Copy picture"))
            copy.setObjectName("copyMedia")
            copy.triggered.connect(lambda: self._spawn(self.copy_picture(row), "media:copy"))
        menu.addSeparator()

    def activate(self, row: MessageRow) -> None:
        """Double-click: pictures in the viewer, voice notes in the player, the rest opened."""
        if not has_media(row):
            return
        if row.type in PICTURES:
            self._spawn(self.view(row), "media:view")
        elif row.type == "audio":
            self._spawn(self.play(row), "media:play")
        else:
            self._spawn(self.open(row), "media:open")

    def _spawn(self, coro: Any, name: str) -> None:
        self._tasks.spawn(coro, name=name)

    # -- the work ------------------------------------------------------------------------
    async def local_file(self, row: MessageRow) -> Path | None:
        """The cached file (downloaded now if needed); None after saying why not."""
        try:
            path = await self._files.file_for(row.id)
        except CloudApiError as exc:
            self.notice.emit(
                self.tr(
                    "This file could not be downloaded from WhatsApp ({error}). WhatsApp keeps "
                    "a customer's files for 7 days: if it is older, ask the customer to send it "
                    "again; otherwise check the connection and try again."
                ).format(error=exc.message[:200])
            )
            return None
        except OSError as exc:
            self.notice.emit(self._disk_problem(exc))
            return None
        if path is None:
            self.notice.emit(self.tr("This message has no file."))
        return path

    async def open(self, row: MessageRow) -> bool:
        cached = await self.local_file(row)
        if cached is None:
            return False
        loop = asyncio.get_running_loop()
        try:
            name = await loop.run_in_executor(None, suggested_name, row, cached)
            named = await loop.run_in_executor(None, _named_copy, cached, name)
        except OSError as exc:
            self.notice.emit(self._disk_problem(exc))
            return False
        if not self.open_url(QUrl.fromLocalFile(str(named))):
            self.notice.emit(
                self.tr(
                    "No program on this computer opens “{name}”. Use Save as… and open it "
                    "from its folder, or install a viewer for this kind of file."
                ).format(name=name)
            )
            return False
        return True

    async def ask_where_to_save(self, row: MessageRow) -> QFileDialog | None:
        cached = await self.local_file(row)
        if cached is None:
            return None
        name = await asyncio.get_running_loop().run_in_executor(None, suggested_name, row, cached)
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DownloadLocation
        ) or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        dialog = QFileDialog(self._parent, self.tr("Save the file as"))
        dialog.setObjectName("saveMediaDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(
            QFileDialog.Option.DontUseNativeDialog, QGuiApplication.platformName() == "offscreen"
        )
        dialog.setDirectory(folder)
        dialog.selectFile(name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(
            lambda chosen: self._spawn(self.save_to(row, Path(chosen)), "media:save-to")
        )
        dialog.open()
        return dialog

    async def save_to(self, row: MessageRow, target: Path) -> bool:
        cached = await self.local_file(row)
        if cached is None:
            return False
        try:
            await asyncio.get_running_loop().run_in_executor(None, shutil.copyfile, cached, target)
        except OSError as exc:
            self.notice.emit(self._disk_problem(exc))
            return False
        return True

    async def copy_picture(self, row: MessageRow) -> bool:
        image = await self._image(row)
        if image is None:
            return False
        QGuiApplication.clipboard().setImage(image)
        return True

    async def view(self, row: MessageRow) -> ImageViewer | None:
        image = await self._image(row)
        if image is None:
            return None
        viewer = ImageViewer(QPixmap.fromImage(image), self._parent)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    async def play(self, row: MessageRow) -> bool:
        cached = await self.local_file(row)
        if cached is None:
            return False
        body = row.payload.get("audio") if isinstance(row.payload, dict) else None
        voice = isinstance(body, dict) and body.get("voice") is True
        self.play_requested.emit(cached, self.tr("Voice message") if voice else self.tr("Audio"))
        return True

    async def _image(self, row: MessageRow) -> QImage | None:
        cached = await self.local_file(row)
        if cached is None:
            return None
        image = await asyncio.get_running_loop().run_in_executor(None, QImage, str(cached))
        if image.isNull():
            self.notice.emit(
                self.tr(
                    "This picture cannot be shown here. Use Save as… and open it with another "
                    "program."
                )
            )
            return None
        return image

    def _disk_problem(self, exc: OSError) -> str:
        return self.tr(
            "The file could not be written ({error}). Choose another folder, or free some "
            "disk space, and try again."
        ).format(error=exc.strerror or type(exc).__name__)


class _PictureArea(QScrollArea):
    """The picture in a scroll area; the wheel zooms (with or without Ctrl)."""

    zoom_by = Signal(float)  # factor to multiply the zoom by, around the pointer
    resized = Signal()  # the visible area changed size (a fitted picture follows it)

    def resizeEvent(self, event: QResizeEvent) -> None:
        try:
            super().resizeEvent(event)
            self.resized.emit()
        except Exception:  # never out of a Qt virtual
            log.exception("resizing the picture area")

    def wheelEvent(self, event: QWheelEvent) -> None:
        try:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by.emit(1.25**steps)
            event.accept()
        except Exception:  # never out of a Qt virtual
            log.exception("wheel on the picture")


class ImageViewer(QDialog):
    """A picture at fit-to-window or any zoom: buttons, the wheel, Ctrl+plus and Ctrl+minus."""

    MIN_ZOOM = 0.05
    MAX_ZOOM = 8.0

    def __init__(self, pixmap: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.setWindowTitle(self.tr("Picture"))
        self._pixmap = pixmap
        self._fit = True
        self._zoom = 1.0
        self.area = _PictureArea(self)
        self.area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustIgnored)
        self.picture = QLabel(self.area)
        self.picture.setObjectName("picture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.area.setWidget(self.picture)
        self.area.setWidgetResizable(False)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.fit_button.setObjectName("zoomFit")
        self.actual_button = QPushButton(self.tr("100%"), self)
        self.actual_button.setObjectName("zoomActual")
        self.out_button = QPushButton("−", self)
        self.out_button.setToolTip(self.tr("Zoom out (Ctrl+−)"))
        self.in_button = QPushButton("+", self)
        self.in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("8888%"))
        close = QPushButton(self.tr("Close"), self)
        row = QHBoxLayout()
        for widget in (self.fit_button, self.actual_button, self.out_button, self.in_button):
            row.addWidget(widget)
        row.addWidget(self.zoom_label)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.area, 1)
        layout.addLayout(row)
        self.fit_button.clicked.connect(self.fit)
        self.actual_button.clicked.connect(lambda: self.set_zoom(1.0))
        self.in_button.clicked.connect(lambda: self.zoom_by(1.25))
        self.out_button.clicked.connect(lambda: self.zoom_by(0.8))
        self.area.zoom_by.connect(self.zoom_by)
        self.area.resized.connect(self._area_resized)
        close.clicked.connect(self.close)
        screen = self.screen().availableGeometry() if self.screen() else None
        width = min(pixmap.width() + 60, int(screen.width() * 0.8)) if screen else 800
        height = min(pixmap.height() + 100, int(screen.height() * 0.8)) if screen else 600
        self.resize(max(width, 420), max(height, 320))
        self.fit()

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def fitted(self) -> bool:
        return self._fit

    def fit(self) -> None:
        self._fit = True
        self._apply(self._fit_zoom())

    def set_zoom(self, zoom: float) -> None:
        self._fit = False
        self._apply(zoom)

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self._zoom * factor)

    def _fit_zoom(self) -> float:
        view = self.area.viewport().size()
        if self._pixmap.isNull() or self._pixmap.width() == 0 or self._pixmap.height() == 0:
            return 1.0
        return min(
            1.0,
            max(view.width() - 4, 1) / self._pixmap.width(),
            max(view.height() - 4, 1) / self._pixmap.height(),
        )

    def _apply(self, zoom: float) -> None:
        self._zoom = max(self.MIN_ZOOM, min(self.MAX_ZOOM, zoom))
        if not self._pixmap.isNull():
            size = self._pixmap.size() * self._zoom
            mode = (
                Qt.TransformationMode.SmoothTransformation
                if self._zoom < 1
                else Qt.TransformationMode.FastTransformation
            )
            self.picture.setPixmap(
                self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, mode)
            )
            self.picture.resize(size)
        self.zoom_label.setText(f"{round(self._zoom * 100)}%")
        self.actual_button.setEnabled(abs(self._zoom - 1.0) > 1e-6)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+plus (or Ctrl+=) zooms in, Ctrl+minus out, Ctrl+0 fits."""
        try:
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            key = event.key()
            if event.matches(QKeySequence.StandardKey.ZoomIn) or (
                ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)
            ):
                self.zoom_by(1.25)
            elif event.matches(QKeySequence.StandardKey.ZoomOut) or (
                ctrl and key == Qt.Key.Key_Minus
            ):
                self.zoom_by(0.8)
            elif ctrl and key == Qt.Key.Key_0:
                self.fit()
            else:
                super().keyPressEvent(event)
        except Exception:  # never out of a Qt virtual
            log.exception("key in the picture viewer")

    def _area_resized(self) -> None:
        if self._fit:
            self._apply(self._fit_zoom())

    def scroll_position(self) -> QPoint:
        return QPoint(
            self.area.horizontalScrollBar().value(), self.area.verticalScrollBar().value()
        )
