"""Click-to-chat for the selected number: the wa.me link, its QR code and a website button.

The QR code is drawn in the business's colour (dark enough to scan: the light side stays
white) and saved as PNG or SVG; the HTML snippet is a self-contained "Chat on WhatsApp" link.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPixmap, QTextOption
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.numbers.click_to_chat import (
    InvalidPhoneNumber,
    button_html,
    chat_link,
    qr_bytes,
    save_qr,
)
from desktop.ui.i18n import render

DEFAULT_COLOUR = "#075E54"  # WhatsApp's dark green: scans well, reads as WhatsApp


class ClickToChatPanel(QWidget):
    # payload: a sentence for the status bar (file saved, link copied)
    notice = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clickToChatPanel")
        self._phone = ""
        self._url = ""
        self._colour = DEFAULT_COLOUR

        self.intro = QLabel(
            self.tr(
                "Put this link or QR code on your website, receipts or shop window: customers "
                "open a chat with this number in one tap, with your message already typed."
            ),
            self,
        )
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("hint")

        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Message the chat opens with (optional)"))
        self.text.setMaximumHeight(70)
        self.text.textChanged.connect(self._update)

        self.link = QLineEdit(self)
        self.link.setReadOnly(True)
        self.link.setObjectName("chatLink")
        self.copy_link = QPushButton(self.tr("Copy link"), self)
        self.copy_link.clicked.connect(lambda: self._copy(self.link.text(), self.tr("Link copied")))

        self.qr = QLabel(self)
        self.qr.setObjectName("qrPreview")
        self.qr.setFixedSize(200, 200)
        self.qr.setScaledContents(True)
        self.qr.setStyleSheet("background: white; border-radius: 6px;")
        self.colour_button = QPushButton(self.tr("Colour…"), self)
        self.colour_button.clicked.connect(self._choose_colour)
        self.save_png = QPushButton(self.tr("Save as PNG…"), self)
        self.save_png.clicked.connect(lambda: self._save("png"))
        self.save_svg = QPushButton(self.tr("Save as SVG…"), self)
        self.save_svg.clicked.connect(lambda: self._save("svg"))

        self.snippet = QPlainTextEdit(self)
        self.snippet.setReadOnly(True)
        self.snippet.setObjectName("htmlSnippet")
        self.snippet.setMaximumHeight(110)
        # the link has no spaces: wrap it anywhere rather than scroll sideways
        self.snippet.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.snippet.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.copy_snippet = QPushButton(self.tr("Copy HTML"), self)
        self.copy_snippet.clicked.connect(
            lambda: self._copy(self.snippet.toPlainText(), self.tr("HTML copied"))
        )
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(QLabel(self.tr("Prefilled message"), self))
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.link, 1)
        row.addWidget(self.copy_link)
        layout.addWidget(QLabel(self.tr("Link"), self))
        layout.addLayout(row)
        qr_row = QGridLayout()
        qr_row.addWidget(self.qr, 0, 0, 4, 1)
        qr_row.addWidget(self.colour_button, 0, 1)
        qr_row.addWidget(self.save_png, 1, 1)
        qr_row.addWidget(self.save_svg, 2, 1)
        qr_row.setColumnStretch(2, 1)
        layout.addWidget(QLabel(self.tr("QR code"), self))
        layout.addLayout(qr_row)
        layout.addWidget(QLabel(self.tr("Button for your website (HTML)"), self))
        snippet_row = QHBoxLayout()
        snippet_row.addWidget(self.snippet, 1)
        snippet_row.addWidget(self.copy_snippet, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(snippet_row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._set_enabled(False)

    # -- public ---------------------------------------------------------------------------
    def set_number(self, display_phone_number: str | None) -> None:
        self._phone = display_phone_number or ""
        self._update()

    @property
    def url(self) -> str:
        return self._url

    def set_colour(self, colour: str) -> None:
        self._colour = colour
        self._update()

    def save_to(self, path: Path) -> None:
        save_qr(self._url, path, colour=self._colour)

    # -- internals ------------------------------------------------------------------------
    def _set_enabled(self, on: bool) -> None:
        for w in (self.copy_link, self.colour_button, self.save_png, self.save_svg):
            w.setEnabled(on)
        self.copy_snippet.setEnabled(on)

    def _update(self) -> None:
        self.error.hide()
        if not self._phone:
            self._url = ""
            self.link.clear()
            self.snippet.clear()
            self.qr.clear()
            self._set_enabled(False)
            return
        try:
            link = chat_link(self._phone, self.text.toPlainText() or None)
        except InvalidPhoneNumber as exc:
            self._url = ""
            self.error.setText(render(exc.phrase))
            self.error.show()
            self._set_enabled(False)
            return
        self._url = link.url
        self.link.setText(link.url)
        self.link.setCursorPosition(0)
        self.snippet.setPlainText(
            button_html(link.url, self.tr("Chat on WhatsApp"), colour=self._colour)
        )
        pixmap = QPixmap()
        pixmap.loadFromData(qr_bytes(link.url, "png", colour=self._colour, scale=6), "PNG")
        self.qr.setPixmap(pixmap)
        self._set_enabled(True)

    def _copy(self, text: str, done: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.notice.emit(done)

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour), self, self.tr("QR code colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())

    def _save(self, kind: str) -> None:
        caption = self.tr("Save the QR code")
        pattern = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG image (*.svg)")
        name, _ = QFileDialog.getSaveFileName(self, caption, f"whatsapp-qr.{kind}", pattern)
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{kind}":
            path = path.with_suffix(f".{kind}")
        try:
            self.save_to(path)
        except OSError as exc:
            self.error.setText(
                self.tr("Could not save {name}: {reason}. Choose another folder.").format(
                    name=path.name, reason=exc.strerror or exc
                )
            )
            self.error.show()
            return
        self.notice.emit(self.tr("QR code saved to {path}").format(path=str(path)))
