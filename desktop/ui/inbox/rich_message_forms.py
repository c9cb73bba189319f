"""Small forms for reply buttons, a list, a location and a contact card, with a live preview.

Each form fills a draft of :mod:`desktop.services.rich_messages` as the user types, shows
Meta's limits as counters and, in words, every limit the draft breaks (the field at fault
is marked), and draws the message with the inbox's own bubble (``spec_for_message``), so
the preview is exactly what the thread will show. Send stays disabled while a problem is
left. The form only asks: it emits :attr:`RichMessageForm.submitted` with the draft, and
the inbox queues it (:class:`~desktop.ui.inbox.rich_messages.RichMessages`), then closes
the form, or shows here why it could not, keeping everything typed.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.inbox import MessageRow
from desktop.services.message_text import readable_text
from desktop.services.new_chat import ContactChoice
from desktop.services.rich_messages import (
    ContactCardDraft,
    Draft,
    ListDraft,
    ListRow,
    ListSection,
    LocationDraft,
    Problem,
    ReplyButtonsDraft,
    map_link,
    parse_coordinates,
)
from desktop.services.rich_messages import interactive as limits
from desktop.ui.chat import BubblePreview, BubbleSpec, colors_for
from desktop.ui.chat.customer_text import plain_label
from desktop.ui.i18n import render
from desktop.ui.inbox.bubble_specs import spec_for_message

log = logging.getLogger(__name__)

TextField = QLineEdit | QPlainTextEdit


def preview_row(draft: Draft) -> MessageRow:
    """The message ``draft`` becomes, as the thread will hold it once queued."""
    content: Any = draft.content()
    payload = {"type": draft.message_type, draft.message_type: content}
    return MessageRow(
        id=0,
        conversation_id=0,
        wamid=None,
        direction="out",
        type=draft.message_type,
        text=readable_text(draft.message_type, payload),
        payload=payload,
        status=None,  # not sent yet: no ticks in the preview
        timestamp=int(time.time()),
        context_wamid=None,
        quoted_text=None,
        reaction=None,
        error_code=None,
        error_title=None,
        error_details=None,
    )


def _text_of(widget: TextField) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()


def _mark(widget: QWidget, problems: list[str]) -> None:
    """Show on the field itself that it breaks a limit (its tooltip says which)."""
    bad = bool(problems)
    if widget.property("invalid") != bad:
        widget.setProperty("invalid", bad)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    base = widget.property("hint")
    widget.setToolTip("\n".join(problems) or (base if isinstance(base, str) else ""))


class FittedPreview(BubblePreview):
    """The bubble preview, always as tall as its bubble at its width (in a scroll area a
    height-for-width widget would otherwise be squeezed)."""

    def setSpec(self, spec: BubbleSpec) -> None:
        super().setSpec(spec)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        try:
            self._fit()
        except Exception:  # never out of a Qt virtual
            log.exception("preview could not be fitted")
        super().resizeEvent(event)

    def _fit(self) -> None:
        height = self.heightForWidth(max(self.width(), 240))
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)


class Counter(QLabel):
    """``12/20`` beside a field; red once over the limit."""

    def __init__(self, field: TextField, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counter")
        self._field = field
        self._limit = limit
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(f"{limit}/{limit}") + 4)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.refresh()

    def refresh(self) -> None:
        length = len(_text_of(self._field).strip())
        self.setText(f"{length}/{self._limit}")
        over = length > self._limit
        if self.property("over") != over:
            self.setProperty("over", over)
            self.style().unpolish(self)
            self.style().polish(self)


class RichMessageForm(QDialog):
    """The frame every form shares: fields on the left, the preview right, problems below."""

    # the user asked to send (payload: the draft, free of problems)
    submitted = Signal(object)

    def __init__(self, title: str, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._theme = "dark" if theme == "dark" else "light"
        error = colors_for(self._theme).error
        self.setStyleSheet(  # a field over a limit is framed in the error colour
            f'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] '
            f"{{ border: 1px solid {error}; border-radius: 3px; }}"
        )
        self._fields: dict[str, QWidget] = {}  # problem field → widget to mark
        self._counters: list[Counter] = []
        self._busy = False
        self.problems: list[Problem] = []

        self.form_host = QWidget(self)
        outer = QVBoxLayout(self.form_host)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)  # spare height goes below the fields, never into them
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea(self)
        scroll.setObjectName("richFormFields")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form_host)
        self.fields_scroll = scroll

        self.preview = FittedPreview(self)
        self.preview.setObjectName("richPreview")
        self.preview_host = QWidget(self)
        self.preview_host.setObjectName("richPreviewHost")
        self.preview_column = QVBoxLayout(self.preview_host)
        self.preview_column.setContentsMargins(0, 0, 0, 8)
        self.preview_column.setSpacing(0)
        self.preview_column.addWidget(self.preview)
        self.preview_column.addStretch(1)
        self.preview_host.setAutoFillBackground(True)
        palette = self.preview_host.palette()
        palette.setColor(
            self.preview_host.backgroundRole(), colors_for(self._theme).chat_background
        )
        self.preview_host.setPalette(palette)
        preview_scroll = QScrollArea(self)
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setFrameShape(QFrame.Shape.NoFrame)
        preview_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview_scroll.setWidget(self.preview_host)
        preview_scroll.setMinimumWidth(320)
        preview_label = QLabel(self.tr("Preview: how the customer sees it"), self)
        preview_label.setObjectName("hint")
        preview_label.setWordWrap(True)

        self.problem_label = plain_label(QLabel(self))  # quotes what the user typed
        self.problem_label.setObjectName("errorText")
        self.problem_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton(
            self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("richSendButton")
        self.send_button.setDefault(True)

        left = QVBoxLayout()
        left.addWidget(scroll, 1)
        right = QVBoxLayout()
        right.addWidget(preview_label)
        right.addWidget(preview_scroll, 1)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.resize(860, 560)

        self._refresh_soon = QTimer(self)  # many edits in one event (a paste) refresh once
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    # -- building ------------------------------------------------------------------------
    def line(self, key: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(self.form_host)
        field.setObjectName(key)
        field.setPlaceholderText(placeholder)
        self.watch(key, field)
        return field

    def watch(self, key: str, field: TextField) -> None:
        self._fields[key] = field
        field.textChanged.connect(self.changed)

    def with_counter(self, field: TextField, limit: int) -> QWidget:
        """``field`` with its ``n/limit`` counter on its right."""
        host = QWidget(self.form_host)
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        counter = Counter(field, limit, host)
        self._counters.append(counter)
        row.addWidget(counter, 0, Qt.AlignmentFlag.AlignTop)
        return host

    def changed(self, *_args: object) -> None:
        self._refresh_soon.start()

    # -- state ---------------------------------------------------------------------------
    def draft(self) -> Draft:
        raise NotImplementedError

    def refresh(self) -> None:
        """Counters, marks, problems in words, the preview and Send, from the fields."""
        try:
            draft = self.draft()
            self.problems = draft.problems()
        except Exception:  # a bug must not take the form (and the words typed) down
            log.exception("rich message form could not read its fields")
            return
        by_field: dict[str, list[str]] = {}
        words: list[str] = []
        for problem in self.problems:
            text = render(problem.phrase)
            words.append(text)
            by_field.setdefault(problem.field, []).append(text)
        for counter in self._counters:
            counter.refresh()
        marks: dict[QWidget, list[str]] = {}  # one widget may answer for two fields
        for key, widget in self._fields.items():
            marks.setdefault(widget, []).extend(by_field.get(key, []))
        for widget, texts in marks.items():
            _mark(widget, texts)
        self.problem_label.setText("\n".join(f"• {w}" for w in dict.fromkeys(words)))
        self.problem_label.setVisible(bool(words))
        try:
            self.preview.setSpec(spec_for_message(preview_row(draft), self._theme))
        except Exception:
            log.exception("rich message preview could not be drawn")
        self.show_extra_preview(draft)
        self.send_button.setEnabled(not self.problems and not self._busy)

    def show_extra_preview(self, draft: Draft) -> None:
        """What a form shows beside the bubble (the list's options)."""
        del draft

    def submit(self) -> None:
        self.refresh()
        if self.problems or self._busy:
            return
        self.submitted.emit(self.draft())

    def set_busy(self, busy: bool) -> None:
        """While the message is being stored: no second Send."""
        self._busy = busy
        self.send_button.setText(self.tr("Saving…") if busy else self.tr("Send"))
        self.send_button.setEnabled(not busy and not self.problems)

    def refused(self, text: str) -> None:
        """The message could not be queued: say why; everything typed stays."""
        self.set_busy(False)
        self.problem_label.setText(text)
        self.problem_label.setVisible(True)


class ReplyButtonsForm(RichMessageForm):
    """Text with up to three buttons the customer taps to answer."""

    def __init__(self, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reply buttons"), theme, parent)
        self.setObjectName("replyButtonsForm")
        self.header = self.line("header", self.tr("Optional, e.g. Your booking"))
        self.body = QPlainTextEdit(self.form_host)
        self.body.setObjectName("body")
        self.body.setPlaceholderText(self.tr("What the customer reads above the buttons"))
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(96)
        self.watch("body", self.body)
        self.footer = self.line("footer", self.tr("Optional small print under the text"))
        self.button_fields = [
            self.line(f"button:{n}", self.tr("e.g. Yes, please") if n == 0 else self.tr("Optional"))
            for n in range(limits.BUTTONS_MAX)
        ]
        self.form.addRow(self.tr("Header"), self.with_counter(self.header, limits.HEADER_MAX))
        self.form.addRow(self.tr("Text"), self.with_counter(self.body, limits.BODY_MAX))
        self.form.addRow(self.tr("Footer"), self.with_counter(self.footer, limits.FOOTER_MAX))
        for n, field in enumerate(self.button_fields, start=1):
            self.form.addRow(
                self.tr("Button {n}").format(n=n),
                self.with_counter(field, limits.BUTTON_TITLE_MAX),
            )
        hint = QLabel(
            self.tr(
                "The customer taps one button; their answer arrives in this chat, quoting "
                "this message."
            ),
            self.form_host,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self._fields["buttons"] = self.button_fields[0]
        self.refresh()

    def draft(self) -> ReplyButtonsDraft:
        return ReplyButtonsDraft(
            body=self.body.toPlainText(),
            buttons=tuple(f.text() for f in self.button_fields),
            header=self.header.text(),
            footer=self.footer.text(),
        )


class ListSheet(QFrame):
    """A list message's options as WhatsApp shows them once the menu button is tapped."""

    def __init__(self, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listSheet")
        colors = colors_for(theme)
        self.setStyleSheet(
            f"QFrame#listSheet {{ background: {colors.incoming}; border-radius: 8px; }}"
            f"QLabel {{ color: {colors.text}; background: transparent; }}"
            f"QLabel#sheetSection {{ color: {colors.button_text}; font-weight: 600; }}"
            f"QLabel#sheetDescription {{ color: {colors.secondary}; }}"
            f"QLabel#sheetTitle {{ font-weight: 600; }}"
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 8, 12, 10)
        self._layout.setSpacing(2)
        self._shown: object = None

    def show_sections(self, title: str, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        if (title, sections) == self._shown:
            return
        self._shown = (title, sections)
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

        def add(text: str, name: str = "") -> None:
            label = plain_label(QLabel(text, self))  # the business's (or customer's) words
            label.setWordWrap(True)
            if name:
                label.setObjectName(name)
            self._layout.addWidget(label)

        add(title or "…", "sheetTitle")
        for section_title, rows in sections:
            if section_title:
                add(section_title, "sheetSection")
            for row_title, description in rows:
                add("○ " + (row_title or "…"))
                if description:
                    add("    " + description, "sheetDescription")


class ListForm(RichMessageForm):
    """Text with a menu button that opens up to ten options, in sections."""

    def __init__(self, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("List of options"), theme, parent)
        self.setObjectName("listForm")
        self.header = self.line("header", self.tr("Optional, e.g. Delivery"))
        self.body = QPlainTextEdit(self.form_host)
        self.body.setObjectName("body")
        self.body.setPlaceholderText(self.tr("What the customer reads above the menu button"))
        self.body.setTabChangesFocus(True)
        self.body.setFixedHeight(80)
        self.watch("body", self.body)
        self.footer = self.line("footer", self.tr("Optional small print under the text"))
        self.list_button = self.line("list_button", self.tr("e.g. See options"))
        self.form.addRow(self.tr("Header"), self.with_counter(self.header, limits.HEADER_MAX))
        self.form.addRow(self.tr("Text"), self.with_counter(self.body, limits.BODY_MAX))
        self.form.addRow(self.tr("Footer"), self.with_counter(self.footer, limits.FOOTER_MAX))
        self.form.addRow(
            self.tr("Menu button"), self.with_counter(self.list_button, limits.LIST_BUTTON_MAX)
        )
        self.sections_host = QWidget(self.form_host)
        self.sections_layout = QVBoxLayout(self.sections_host)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.sections_host)
        self.add_section_button = QPushButton(self.tr("Add a section"), self.form_host)
        self.add_section_button.setObjectName("addSection")
        self.add_section_button.clicked.connect(lambda: self.add_section())
        self.count_label = QLabel(self.form_host)
        self.count_label.setObjectName("hint")
        self.count_label.setWordWrap(True)
        self.form.addRow(self.add_section_button)
        self.form.addRow(self.count_label)
        self._fields["sections"] = self.list_button
        # per section: (box, title field, [(title field, description field, remove button)])
        self.sections: list[
            tuple[QFrame, QLineEdit, list[tuple[QLineEdit, QLineEdit, QWidget]]]
        ] = []
        self._rows_layouts: list[QVBoxLayout] = []
        self.sheet = ListSheet(self._theme, self.preview_host)
        sheet_row = QHBoxLayout()
        sheet_row.setContentsMargins(18, 6, 18, 0)
        sheet_row.addWidget(self.sheet)
        self.preview_column.insertLayout(1, sheet_row)
        self.add_section()
        self.refresh()

    # -- sections and options ------------------------------------------------------------
    def _rows_in_all(self) -> int:
        return sum(len(rows) for _box, _title, rows in self.sections)

    def add_section(self) -> None:
        if len(self.sections) >= limits.SECTIONS_MAX or self._rows_in_all() >= limits.ROWS_MAX:
            return
        index = len(self.sections)
        box = QFrame(self.sections_host)
        box.setObjectName("listSection")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 6, 8, 6)
        head = QHBoxLayout()
        title = QLineEdit(box)
        title.setObjectName(f"section:{index}")
        title.setPlaceholderText(self.tr("Section title"))
        title.setProperty("hint", self.tr("Needed when the list has more than one section"))
        title.setToolTip(title.property("hint"))
        self.watch(f"section:{index}", title)
        head.addWidget(QLabel(self.tr("Section {n}").format(n=index + 1), box))
        head.addWidget(self.with_counter(title, limits.SECTION_TITLE_MAX), 1)
        column.addLayout(head)
        rows_host = QVBoxLayout()
        column.addLayout(rows_host)
        add_row = QPushButton(self.tr("Add an option"), box)
        add_row.setObjectName(f"addOption:{index}")
        column.addWidget(add_row, 0, Qt.AlignmentFlag.AlignLeft)
        entry: tuple[QFrame, QLineEdit, list[tuple[QLineEdit, QLineEdit, QWidget]]] = (
            box,
            title,
            [],
        )
        self.sections.append(entry)
        add_row.clicked.connect(lambda: self.add_option(index))
        self._rows_layouts.append(rows_host)
        self.sections_layout.addWidget(box)
        self.add_option(index)

    def add_option(self, section: int) -> tuple[QLineEdit, QLineEdit] | None:
        if self._rows_in_all() >= limits.ROWS_MAX or not 0 <= section < len(self.sections):
            self._update_adders()
            return None
        box, _title, rows = self.sections[section]
        r_index = len(rows)
        line = QWidget(box)
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        title = QLineEdit(line)
        title.setObjectName(f"row:{section}:{r_index}:title")
        title.setPlaceholderText(self.tr("Option {n}").format(n=r_index + 1))
        description = QLineEdit(line)
        description.setObjectName(f"row:{section}:{r_index}:description")
        description.setPlaceholderText(self.tr("Description (optional)"))
        self.watch(f"row:{section}:{r_index}:title", title)
        self.watch(f"row:{section}:{r_index}:description", description)
        remove = QToolButton(line)
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this option"))
        remove.clicked.connect(lambda: self._clear_option(title, description))
        row.addWidget(self.with_counter(title, limits.ROW_TITLE_MAX), 2)
        row.addWidget(self.with_counter(description, limits.ROW_DESCRIPTION_MAX), 3)
        row.addWidget(remove)
        rows.append((title, description, line))
        self._rows_layouts[section].addWidget(line)
        self._update_adders()
        self.changed()
        return title, description

    def _clear_option(self, title: QLineEdit, description: QLineEdit) -> None:
        """An emptied option is not sent (the row stays for typing another)."""
        title.clear()
        description.clear()

    def _update_adders(self) -> None:
        full = self._rows_in_all() >= limits.ROWS_MAX
        tip = (
            self.tr("A list holds at most {limit} options in all.").format(limit=limits.ROWS_MAX)
            if full
            else ""
        )
        for box, _title, _rows in self.sections:
            for button in box.findChildren(QPushButton):
                button.setEnabled(not full)
                button.setToolTip(tip)
        self.add_section_button.setEnabled(not full and len(self.sections) < limits.SECTIONS_MAX)
        self.add_section_button.setToolTip(tip)

    # -- state ---------------------------------------------------------------------------
    def draft(self) -> ListDraft:
        return ListDraft(
            body=self.body.toPlainText(),
            button=self.list_button.text(),
            sections=tuple(
                ListSection(
                    title.text(), tuple(ListRow(t.text(), d.text()) for t, d, _line in rows)
                )
                for _box, title, rows in self.sections
            ),
            header=self.header.text(),
            footer=self.footer.text(),
        )

    def show_extra_preview(self, draft: Draft) -> None:
        assert isinstance(draft, ListDraft)
        sections = [
            (s.title.strip(), [(r.title.strip(), r.description.strip()) for r in s.filled_rows()])
            for _i, s in draft.used_sections()
        ]
        self.sheet.show_sections(draft.button.strip(), sections)
        self.count_label.setText(
            self.tr("{count} of {limit} options used.").format(
                count=draft.row_count(), limit=limits.ROWS_MAX
            )
        )


class LocationForm(RichMessageForm):
    """A place: its coordinates (typed, or pasted as a pair or a map link), name, address."""

    def __init__(self, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Send a location"), theme, parent)
        self.setObjectName("locationForm")
        self.latitude = self.line("latitude", self.tr("e.g. 35.6812"))
        self.longitude = self.line("longitude", self.tr("e.g. 139.7671"))
        self.name = self.line("name", self.tr("Optional, e.g. Tokyo Station"))
        self.address = self.line("address", self.tr("Optional, e.g. 1-9-1 Marunouchi, Tokyo"))
        self.form.addRow(self.tr("Latitude"), self.latitude)
        self.form.addRow(self.tr("Longitude"), self.longitude)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Address"), self.address)
        hint = QLabel(
            self.tr(
                "Paste both numbers at once (35.6812, 139.7671) or a map link from "
                "OpenStreetMap or Google Maps into Latitude: both fields are filled."
            ),
            self.form_host,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.map_button = QPushButton(self.tr("Check on the map"), self.form_host)
        self.map_button.setObjectName("checkOnMap")
        self.map_button.setToolTip(self.tr("Opens the place in your web browser"))
        self.map_button.clicked.connect(self._open_map)
        self.form.addRow(self.map_button)
        self._before = {self.latitude: "", self.longitude: ""}
        for field in (self.latitude, self.longitude):
            field.textEdited.connect(lambda text, f=field: self._edited(f, text))
            field.editingFinished.connect(lambda f=field: self._split_pasted(f, f.text()))
        self.refresh()

    def _edited(self, field: QLineEdit, text: str) -> None:
        """A pair pasted in (more than one character at once) is split at once; a pair
        typed key by key only once the field is left (``35.6812, 1`` is not yet one)."""
        pasted = len(text) - len(self._before.get(field, "")) > 1
        self._before[field] = text
        if pasted:
            self._split_pasted(field, text)

    def _split_pasted(self, field: QLineEdit, text: str) -> None:
        pair = parse_coordinates(text)
        if pair is None:
            return
        self.latitude.setText(f"{pair[0]:.8f}".rstrip("0").rstrip("."))
        self.longitude.setText(f"{pair[1]:.8f}".rstrip("0").rstrip("."))
        self._before = {self.latitude: self.latitude.text(), self.longitude: self.longitude.text()}
        (self.name if field is self.longitude else self.longitude).setFocus()

    def map_url(self) -> str | None:
        draft = self.draft()
        lat, lon = draft.coordinates()
        if (
            lat is None
            or lon is None
            or any(p.field in ("latitude", "longitude") for p in self.problems)
        ):
            return None
        return map_link(lat, lon)

    def _open_map(self) -> None:
        url = self.map_url()
        if url is not None:
            QDesktopServices.openUrl(QUrl(url))

    def refresh(self) -> None:
        super().refresh()
        self.map_button.setEnabled(self.map_url() is not None)

    def draft(self) -> LocationDraft:
        return LocationDraft(
            self.latitude.text(), self.longitude.text(), self.name.text(), self.address.text()
        )


class ContactCardForm(RichMessageForm):
    """A contact card: one of the desk's contacts, or a name and number typed in."""

    # the user typed in the search box (payload: the text; the inbox lists matches)
    search_changed = Signal(str)

    def __init__(
        self, theme: str, region: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Send a contact"), theme, parent)
        self.setObjectName("contactCardForm")
        self._region = region
        self._known_wa_id: str | None = None
        self.search = QLineEdit(self.form_host)
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Type a name or number to find a contact"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget(self.form_host)
        self.matches.setObjectName("contactMatches")
        self.matches.setMinimumHeight(90)
        self.matches.setMaximumHeight(150)
        self.name = self.line("name", self.tr("Name as the customer will see it"))
        self.number = self.line("number", self.tr("e.g. +81 90 1234 5678"))
        self.form.addRow(self.tr("Find"), self.search)
        self.form.addRow(self.matches)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Number"), self.number)
        hint = QLabel(
            self.tr(
                "Pick a contact above, or type a name and a WhatsApp number in any common "
                "format. The customer can message or save the contact from the card."
            ),
            self.form_host,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self._search_soon = QTimer(self)
        self._search_soon.setSingleShot(True)
        self._search_soon.setInterval(150)
        self._search_soon.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_soon.start())
        self.matches.currentItemChanged.connect(lambda item, _old: self.pick(item))
        self.number.textEdited.connect(self._number_typed)
        self.refresh()

    def set_region(self, region: str | None) -> None:
        """Where a number without a country code is read (the channel's country)."""
        self._region = region
        self.refresh()

    def show_matches(self, text: str, found: list[ContactChoice]) -> None:
        if text != self.search.text():
            return  # the user typed on meanwhile
        self.matches.clear()
        for contact in found:
            item = QListWidgetItem(f"{contact.name} (+{contact.wa_id})")
            item.setData(Qt.ItemDataRole.UserRole, contact)
            self.matches.addItem(item)

    def pick(self, item: QListWidgetItem | None) -> None:
        contact = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(contact, ContactChoice):
            return
        self._known_wa_id = contact.wa_id
        self.name.setText(contact.name)
        self.number.setText("+" + contact.wa_id)

    def _number_typed(self, _text: str) -> None:
        self._known_wa_id = None  # a number typed by hand is checked

    def draft(self) -> ContactCardDraft:
        known = self._known_wa_id
        if known is not None and "".join(c for c in self.number.text() if c.isdigit()) != known:
            known = None
        return ContactCardDraft(
            self.name.text(), self.number.text(), region=self._region, known_wa_id=known
        )
