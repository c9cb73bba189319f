"""The business profile of one number: Meta's limits checked as you type, and a preview of
the profile as WhatsApp shows it, light or dark.

Customer-visible text is shown in plain-text labels only (a profile is public text, never
rich text). Saving sends only the changed fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.numbers.onboarding import OnboardingError
from desktop.services.numbers.profile import (
    LIMITS,
    VERTICALS,
    ProfileApi,
    ProfileDraft,
    ProfileError,
    load_profile,
    profile_problems,
    save_profile,
)
from desktop.services.numbers.profile_photo import PhotoApi, upload_profile_photo
from desktop.services.text import QT_TRANSLATE_NOOP
from desktop.ui.i18n import render
from desktop.ui.task_scope import UiTaskScope

VERTICAL_WORDS = {
    "OTHER": QT_TRANSLATE_NOOP("ProfileEditor", "Other"),
    "AUTO": QT_TRANSLATE_NOOP("ProfileEditor", "Automotive"),
    "BEAUTY": QT_TRANSLATE_NOOP("ProfileEditor", "Beauty, spa and salon"),
    "APPAREL": QT_TRANSLATE_NOOP("ProfileEditor", "Clothing and apparel"),
    "EDU": QT_TRANSLATE_NOOP("ProfileEditor", "Education"),
    "ENTERTAIN": QT_TRANSLATE_NOOP("ProfileEditor", "Entertainment"),
    "EVENT_PLAN": QT_TRANSLATE_NOOP("ProfileEditor", "Event planning and service"),
    "FINANCE": QT_TRANSLATE_NOOP("ProfileEditor", "Finance and banking"),
    "GROCERY": QT_TRANSLATE_NOOP("ProfileEditor", "Food and grocery"),
    "GOVT": QT_TRANSLATE_NOOP("ProfileEditor", "Public service"),
    "HOTEL": QT_TRANSLATE_NOOP("ProfileEditor", "Hotel and lodging"),
    "HEALTH": QT_TRANSLATE_NOOP("ProfileEditor", "Medical and health"),
    "NONPROFIT": QT_TRANSLATE_NOOP("ProfileEditor", "Non-profit organisation"),
    "PROF_SERVICES": QT_TRANSLATE_NOOP("ProfileEditor", "Professional services"),
    "RETAIL": QT_TRANSLATE_NOOP("ProfileEditor", "Shopping and retail"),
    "TRAVEL": QT_TRANSLATE_NOOP("ProfileEditor", "Travel and transportation"),
    "RESTAURANT": QT_TRANSLATE_NOOP("ProfileEditor", "Restaurant"),
    "ALCOHOL": QT_TRANSLATE_NOOP("ProfileEditor", "Alcoholic beverages"),
    "ONLINE_GAMBLING": QT_TRANSLATE_NOOP("ProfileEditor", "Online gambling and gaming"),
    "PHYSICAL_GAMBLING": QT_TRANSLATE_NOOP("ProfileEditor", "Gambling and gaming (not online)"),
    "OTC_DRUGS": QT_TRANSLATE_NOOP("ProfileEditor", "Over-the-counter medicines"),
}
PREVIEW = {
    "light": {"bg": "#ffffff", "text": "#111b21", "muted": "#667781", "line": "#e9edef"},
    "dark": {"bg": "#111b21", "text": "#e9edef", "muted": "#8696a0", "line": "#2a3942"},
}


def vertical_words(code: str) -> str:
    source = VERTICAL_WORDS.get(code)
    return QCoreApplication.translate("ProfileEditor", source) if source else ""


def _plain(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class ProfilePreview(QFrame):
    """The profile card as a customer sees it in WhatsApp."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePreview")
        self.setMinimumWidth(240)
        self.name = _plain(self, "previewName")
        self.name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.number = _plain(self, "previewMuted")
        self.number.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.badge = _plain(self, "previewMuted")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.rows: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        avatar = QLabel("🏪", self)
        avatar.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        avatar.setStyleSheet("font-size: 40px;")
        layout.addWidget(avatar)
        layout.addWidget(self.name)
        layout.addWidget(self.number)
        layout.addWidget(self.badge)
        for key in ("about", "description", "vertical", "address", "email", "website1", "website2"):
            label = _plain(self, "previewRow")
            self.rows[key] = label
            layout.addWidget(label)
        layout.addStretch(1)
        self.set_theme("light")

    def set_theme(self, theme: str) -> None:
        c = PREVIEW.get(theme, PREVIEW["light"])
        self.setStyleSheet(
            f"""
            QFrame#profilePreview {{ background: {c["bg"]}; border-radius: 10px; }}
            QFrame#profilePreview QLabel {{ color: {c["text"]}; background: transparent; }}
            QLabel#previewName {{ font-size: 16px; font-weight: 600; }}
            QLabel#previewMuted {{ color: {c["muted"]}; }}
            QLabel#previewRow {{ border-top: 1px solid {c["line"]}; padding: 6px 2px; }}
            """
        )

    def show_profile(self, name: str, number: str, draft: ProfileDraft) -> None:
        self.name.setText(name)
        self.number.setText(number)
        self.badge.setText(QCoreApplication.translate("ProfileEditor", "Business account"))
        values = {
            "about": draft.about,
            "description": draft.description,
            "vertical": vertical_words(draft.vertical),
            "address": draft.address,
            "email": draft.email,
            "website1": draft.websites[0] if draft.websites else "",
            "website2": draft.websites[1] if len(draft.websites) > 1 else "",
        }
        for key, label in self.rows.items():
            label.setText(values[key])
            label.setVisible(bool(values[key]))


# read at most this much of a chosen file: enough to tell that it is over Meta's 5 MB
MAX_PHOTO_READ = 6 * 1024 * 1024


class ProfileEditor(QWidget):
    # payload: a sentence for the status bar
    notice = Signal(str)

    def __init__(
        self,
        api: Callable[[], ProfileApi | None],
        parent: QWidget | None = None,
        photos: Callable[[], PhotoApi | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._photos = photos or (lambda: None)
        self._tasks = UiTaskScope(self)
        self.setObjectName("profileEditor")
        self._api = api
        self._number_id: str | None = None
        self._name = ""
        self._display = ""
        self._loaded = ProfileDraft()
        self._loading = False  # the chosen number's profile is being read

        self.about = QLineEdit(self)
        self.about.setObjectName("profileAbout")
        self.address = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(90)
        self.description.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.email = QLineEdit(self)
        self.website1 = QLineEdit(self)
        self.website1.setPlaceholderText("https://")
        self.website2 = QLineEdit(self)
        self.website2.setPlaceholderText("https://")
        self.vertical = QComboBox(self)
        self.vertical.addItem(self.tr("Not chosen"), "")
        for code in VERTICALS:
            self.vertical.addItem(vertical_words(code), code)
        self.hints: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, title, widget in (
            ("about", self.tr("About"), self.about),
            ("description", self.tr("Description"), self.description),
            ("vertical", self.tr("Category"), self.vertical),
            ("address", self.tr("Address"), self.address),
            ("email", self.tr("Email"), self.email),
            ("website1", self.tr("Website"), self.website1),
            ("website2", self.tr("Second website"), self.website2),
        ):
            hint = _plain(self, "hint")
            self.hints[key] = hint
            column = QVBoxLayout()
            column.setSpacing(1)
            column.addWidget(widget)
            column.addWidget(hint)
            form.addRow(title, column)
        for line in (self.about, self.address, self.email, self.website1, self.website2):
            line.textChanged.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        self.vertical.currentIndexChanged.connect(self._changed)

        self.save_button = QPushButton(self.tr("Save profile"), self)
        self.save_button.setObjectName("sendButton")
        self.save_button.clicked.connect(
            lambda: self._tasks.spawn(self.save(), name="profile-save")
        )
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.clicked.connect(
            lambda: self._tasks.spawn(self.load(), name="profile-load")
        )
        self.error = _plain(self, "errorText")
        self.photo_button = QPushButton(self.tr("Change photo…"), self)
        self.photo_button.setToolTip(
            self.tr("JPEG or PNG, square, at least 192 × 192 pixels, at most 5 MB")
        )
        self.photo_button.clicked.connect(self._choose_photo)
        self.photo_result = _plain(self, "hint")
        # a tab page does not grow a wrapped label to its height: room for the longest advice
        self.photo_result.setMinimumHeight(self.photo_result.fontMetrics().lineSpacing() * 4)
        self.dark_preview = QCheckBox(self.tr("Preview in dark mode"), self)
        self.preview = ProfilePreview(self)
        self.dark_preview.toggled.connect(
            lambda on: self.preview.set_theme("dark" if on else "light")
        )

        left = QVBoxLayout()
        left.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        left.addLayout(buttons)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button)
        photo_row.addStretch(1)
        left.addLayout(photo_row)
        left.addWidget(self.photo_result)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.dark_preview)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.setEnabled(False)

    # -- public -------------------------------------------------------------------------------
    def set_number(self, number_id: str | None, name: str = "", display: str = "") -> None:
        changed = number_id != self._number_id
        self._number_id, self._name, self._display = number_id, name, display
        self.setEnabled(number_id is not None and self._api() is not None)
        if changed:
            self.photo_result.clear()
            self._show_draft(ProfileDraft())  # never the previous number's profile
            self._loading = number_id is not None
            self._changed()
        self.photo_button.setVisible(self._photos() is not None)
        if changed and number_id is not None:
            self._tasks.spawn(self.load(), name="profile-load")

    def _choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the profile photo"),
            "",
            self.tr("Pictures (*.jpg *.jpeg *.png);;All files (*)"),
        )
        if path:
            self._tasks.spawn(self.upload_photo(path), name="profile-photo")

    async def upload_photo(self, path: str) -> None:
        api, number_id = self._photos(), self._number_id
        if api is None or number_id is None:
            return
        self.photo_result.setObjectName("hint")
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_PHOTO_READ)
        except OSError as exc:
            self._photo_failed(
                self.tr("Could not read {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return
        self.photo_button.setEnabled(False)
        self.photo_result.setText(self.tr("Uploading…"))
        try:
            await upload_profile_photo(
                api, number_id, data, path.replace("\\", "/").rsplit("/", 1)[-1]
            )
        except OnboardingError as exc:
            self._photo_failed(render(exc.phrase))
            return
        finally:
            self.photo_button.setEnabled(True)
        self.photo_result.setText(self.tr("Photo uploaded: WhatsApp shows it within minutes."))
        self.notice.emit(self.tr("Profile photo of {number} changed").format(number=self._display))
        await self.load()

    def _photo_failed(self, text: str) -> None:
        self.photo_result.setObjectName("errorText")
        self.photo_result.setText(text)
        self.photo_result.style().unpolish(self.photo_result)
        self.photo_result.style().polish(self.photo_result)

    def draft(self) -> ProfileDraft:
        sites = tuple(s.strip() for s in (self.website1.text(), self.website2.text()) if s.strip())
        return replace(
            self._loaded,
            about=self.about.text(),
            address=self.address.text(),
            description=self.description.toPlainText(),
            email=self.email.text().strip(),
            websites=sites,
            vertical=str(self.vertical.currentData() or ""),
        )

    async def load(self) -> None:
        api, number_id = self._api(), self._number_id
        if api is None or number_id is None:
            return
        self.error.clear()
        try:
            draft = await load_profile(api, number_id)
        except ProfileError as exc:
            self.error.setText(render(exc.phrase))
            return
        if number_id != self._number_id:
            return
        self._loading = False
        self._show_draft(draft)
        self._changed()

    def _show_draft(self, draft: ProfileDraft) -> None:
        """The form holds ``draft`` as the number's stored profile (nothing edited yet)."""
        self._loaded = draft
        for field in (self.about, self.address, self.description, self.email):
            field.blockSignals(True)
        self.about.setText(draft.about)
        self.address.setText(draft.address)
        self.description.setPlainText(draft.description)
        self.email.setText(draft.email)
        self.website1.setText(draft.websites[0] if draft.websites else "")
        self.website2.setText(draft.websites[1] if len(draft.websites) > 1 else "")
        self.vertical.setCurrentIndex(max(self.vertical.findData(draft.vertical), 0))
        for field in (self.about, self.address, self.description, self.email):
            field.blockSignals(False)

    async def save(self) -> None:
        api, number_id = self._api(), self._number_id
        if api is None or number_id is None:
            return
        self.error.clear()
        self.save_button.setEnabled(False)
        try:
            self._loaded = await save_profile(api, number_id, self.draft(), self._loaded)
        except ProfileError as exc:
            self.error.setText(render(exc.phrase))
            return
        finally:
            self._changed()
        self.notice.emit(self.tr("Profile of {number} saved").format(number=self._display))

    # -- live checks ----------------------------------------------------------------------------
    def _changed(self) -> None:
        draft = self.draft()
        problems = profile_problems(draft)
        counts = {
            "about": len(draft.about),
            "address": len(draft.address),
            "description": len(draft.description),
            "email": len(draft.email),
        }
        for key, hint in self.hints.items():
            if key in problems:
                hint.setObjectName("errorText")
                hint.setText(render(problems[key]))
            else:
                hint.setObjectName("hint")
                hint.setText(f"{counts[key]} / {LIMITS[key]}" if key in counts else "")
            hint.style().unpolish(hint)
            hint.style().polish(hint)
        self.save_button.setEnabled(not self._loading and not problems and draft != self._loaded)
        self.preview.show_profile(self._name, self._display, draft)
