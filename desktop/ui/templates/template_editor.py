"""The form that edits one template and turns it into Graph-API JSON.

``template()`` returns the create-template JSON for what is on screen; ``set_template()``
loads one. Fields the form does not show (Flow ids, supported apps, ``id``, …) are kept
from the loaded JSON, so loading and saving without edits changes nothing. Sample values
get one row per variable found in the header and body, keyed by the variable, so typing
in the body never loses samples already entered.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.templates.labels import (
    BUTTON_LABELS,
    CATEGORY_LABELS,
    HEADER_LABELS,
    OTP_LABELS,
    label_of,
)
from desktop.services.templates.lint import (
    BODY_MAX,
    BUTTON_TYPES,
    CATEGORIES,
    FOOTER_MAX,
    HEADER_MAX,
    OTP_TYPES,
)
from desktop.services.templates.placeholders import variable_keys
from desktop.services.text import Phrase
from desktop.ui.templates.languages import LanguageCombo
from desktop.ui.theme import theme_colors

HEADER_CHOICES = ("", "TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION")
#: Button types offered for marketing and utility templates.
EDITABLE_BUTTONS = ("QUICK_REPLY", "URL", "PHONE_NUMBER", "COPY_CODE", "FLOW")
#: The only buttons of an authentication template: one-time-password kinds (``OTP:<otp_type>``).
AUTH_BUTTONS = tuple(f"OTP:{otp}" for otp in OTP_TYPES)
# Button table columns
COL_TYPE, COL_LABEL, COL_VALUE, COL_SAMPLE = range(4)
#: Markers the formatting buttons put around the selection (WhatsApp markup).
FORMAT_MARKERS = {"bold": "*", "italic": "_", "strike": "~", "mono": "```"}


def _outline(severity: str) -> str:
    """The style sheet that outlines a field with an error or a warning, in the theme."""
    color = theme_colors()["error" if severity == "error" else "warning"]
    return f"border: 2px solid {color}; border-radius: 3px;"


def _label(phrase: Phrase) -> str:
    return phrase.render(QCoreApplication.translate)


def _button_choice_label(choice: str) -> str:
    """The words for a button choice: a type, or ``OTP:<otp_type>`` for a password button."""
    if choice.startswith("OTP:"):
        return _label(label_of(OTP_LABELS, choice[4:]))
    return _label(label_of(BUTTON_LABELS, choice))


def _restyle(widget: QWidget, style: str) -> None:
    """Set a style sheet only when it changes: each set re-polishes the widget (about 20 ms
    for a table), far too slow to repeat on every keystroke."""
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)


def _counter(label: QLabel, length: int, limit: int) -> None:
    label.setText(f"{length}/{limit}")
    colors = theme_colors()
    _restyle(
        label,
        f"color: {colors['error']}; font-weight: bold;"
        if length > limit
        else f"color: {colors['muted']};",
    )


class TemplateEditor(QWidget):
    # emitted after any edit (no payload; call template() for the JSON)
    changed = Signal()
    # payload: a file to upload as the media header's sample, and the header format
    upload_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base: dict[str, Any] = {}
        self._base_buttons: list[dict[str, Any]] = []
        self._samples: dict[tuple[str, str], str] = {}
        self._loading = False
        self._marked: list[QWidget] = []
        # inputs the user has edited; their problems show (all of them after reveal_all)
        self._touched: set[QWidget] = set()
        self._reveal_all = False

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("order_update"))
        self.language_combo = LanguageCombo()  # names in the UI language; Meta's code inside
        self.language_combo.set_code("en_US")
        self.category_combo = QComboBox()
        for category in CATEGORIES:
            self.category_combo.addItem(_label(CATEGORY_LABELS[category]), category)
        self.set_category("UTILITY")
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Numbered {{1}}"), "POSITIONAL")
        self.format_combo.addItem(self.tr("Named {{first_name}}"), "NAMED")

        self.header_combo = QComboBox()
        for choice in HEADER_CHOICES:
            self.header_combo.addItem(_label(label_of(HEADER_LABELS, choice)), choice)
        self.header_text = QLineEdit()
        self.header_text.setPlaceholderText(self.tr("Header text (up to 60 characters)"))
        self.header_handle = QLineEdit()
        self.header_handle.setPlaceholderText(self.tr("Sample media handle (4::…)"))
        self.header_counter = QLabel()
        self.preview_file_button = QPushButton(self.tr("Preview file…"))
        self.preview_file_button.setToolTip(
            self.tr("Show a local picture in the preview (it is not uploaded).")
        )
        self.upload_button = QPushButton(self.tr("Upload sample…"))
        self.upload_button.setToolTip(
            self.tr("Choose the picture, video or PDF Meta reviews; its handle is filled in")
        )
        self.upload_status = QLabel()
        self.upload_status.setObjectName("hint")
        self.upload_status.setWordWrap(True)
        self.upload_status.setTextFormat(Qt.TextFormat.PlainText)
        self.upload_status.hide()
        self.preview_path = ""
        self._preview_pixmap: QPixmap | None = None

        self.body_edit = QPlainTextEdit()
        self.body_edit.setPlaceholderText(
            self.tr("Hello {{1}}, your order {{2}} has shipped. *Bold*, _italic_, ~strike~.")
        )
        self.body_edit.setMinimumHeight(120)
        self.body_counter = QLabel()
        self.insert_variable_button = QPushButton(self.tr("+ Variable"))
        self.insert_variable_button.setToolTip(self.tr("Insert the next variable at the cursor"))
        self.format_buttons: dict[str, QPushButton] = {}
        for key, text, tip in (
            ("bold", "B", self.tr("Bold (*text*)")),
            ("italic", "I", self.tr("Italic (_text_)")),
            ("strike", "S", self.tr("Strikethrough (~text~)")),
            ("mono", "</>", self.tr("Monospace (```text```)")),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setFixedWidth(36)
            button.clicked.connect(lambda _=False, k=key: self.apply_format(k))
            self.format_buttons[key] = button
        self.footer_edit = QLineEdit()
        self.footer_edit.setPlaceholderText(self.tr("Footer (optional, up to 60 characters)"))
        self.footer_counter = QLabel()
        self.zero_tap_check = QCheckBox(self.tr("I accept WhatsApp's zero-tap terms"))
        self.zero_tap_check.setToolTip(
            self.tr("Zero-tap buttons are allowed only once you accept WhatsApp's terms for them.")
        )
        self.security_check = QCheckBox(self.tr("Add the security recommendation"))
        self.expiry_spin = QSpinBox()
        self.expiry_spin.setRange(0, 90)
        self.expiry_spin.setSpecialValueText(self.tr("No expiry note"))
        self.expiry_spin.setSuffix(self.tr(" min"))

        self.samples_table = QTableWidget(0, 2)
        self.samples_table.setHorizontalHeaderLabels([self.tr("Variable"), self.tr("Sample")])
        self.samples_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.samples_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.samples_table.verticalHeader().hide()
        self.samples_table.setMinimumHeight(90)

        self.buttons_table = QTableWidget(0, 4)
        # short headings that fit a narrow form; the tooltip says what goes in the column
        for column, heading, tip in (
            (COL_TYPE, self.tr("Type"), self.tr("What the button does")),
            (COL_LABEL, self.tr("Label"), self.tr("The words on the button")),
            (COL_VALUE, self.tr("Target"), self.tr("Website, phone number or offer code")),
            (
                COL_SAMPLE,
                self.tr("Sample"),
                self.tr(
                    "Website with {{1}}: a sample link ending. One-tap and zero-tap: "
                    "your Android package name and signature hash, separated by a space."
                ),
            ),
        ):
            heading_item = QTableWidgetItem(heading)
            heading_item.setToolTip(tip)
            self.buttons_table.setHorizontalHeaderItem(column, heading_item)
        # the columns share the width the form has: the table never scrolls sideways
        for column in (COL_LABEL, COL_VALUE, COL_SAMPLE):
            self.buttons_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.buttons_table.setColumnWidth(COL_TYPE, 150)
        self.buttons_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons_table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.buttons_table.verticalHeader().hide()
        self.buttons_table.setMinimumHeight(110)
        self.add_button = QPushButton(self.tr("Add button"))
        self.remove_button = QPushButton(self.tr("Remove button"))

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow(self.tr("Variables"), self.format_combo)
        form.addRow(self.tr("Header"), self.header_combo)
        header_row = QHBoxLayout()
        header_row.addWidget(self.header_text, 1)
        header_row.addWidget(self.header_counter)
        form.addRow("", header_row)
        # the handle on its own line, the buttons under it: both fit a narrow editor
        media_buttons = QHBoxLayout()
        media_buttons.addWidget(self.upload_button)
        media_buttons.addWidget(self.preview_file_button)
        media_buttons.addStretch(1)
        media_row = QVBoxLayout()
        media_row.addWidget(self.header_handle)
        media_row.addLayout(media_buttons)
        media_row.addWidget(self.upload_status)
        form.addRow("", media_row)
        tools = QHBoxLayout()
        tools.addWidget(self.insert_variable_button)
        for button in self.format_buttons.values():
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.body_counter)
        body_box = QVBoxLayout()
        body_box.addLayout(tools)
        body_box.addWidget(self.body_edit)
        form.addRow(self.tr("Body"), body_box)
        footer_row = QHBoxLayout()
        footer_row.addWidget(self.footer_edit, 1)
        footer_row.addWidget(self.footer_counter)
        form.addRow(self.tr("Footer"), footer_row)
        self.auth_note = QLabel(
            self.tr(
                "WhatsApp writes the text of authentication templates itself: “<code> is "
                "your verification code.”, in the template's language. Choose the options "
                "below and add one code button (copy code, one-tap or zero-tap)."
            )
        )
        self.auth_note.setWordWrap(True)
        self.auth_note.setTextFormat(Qt.TextFormat.PlainText)
        self.auth_note.setObjectName("authNote")
        form.addRow(self.tr("Text"), self.auth_note)
        form.addRow(self.tr("Code"), self.security_check)
        form.addRow(self.tr("Expires after"), self.expiry_spin)
        self._form = form
        self._header_row = header_row
        self._media_row = media_row
        self._body_box = body_box
        self._footer_row = footer_row
        samples_box = QGroupBox(self.tr("Sample values (Meta reviews the template with them)"))
        QVBoxLayout(samples_box).addWidget(self.samples_table)
        buttons_box = QGroupBox(self.tr("Buttons"))
        buttons_layout = QVBoxLayout(buttons_box)
        buttons_layout.addWidget(self.buttons_table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        buttons_layout.addLayout(row)
        buttons_layout.addWidget(self.zero_tap_check)
        self.samples_box = samples_box
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(samples_box)
        layout.addWidget(buttons_box)
        layout.addStretch(1)

        for edit in (self.name_edit, self.header_text, self.header_handle, self.footer_edit):
            edit.textChanged.connect(self._edited)
        self.body_edit.textChanged.connect(self._edited)
        for combo in (self.language_combo, self.format_combo):
            combo.currentTextChanged.connect(self._edited)
        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.header_combo.currentIndexChanged.connect(self._edited)
        self.security_check.toggled.connect(self._edited)
        self.zero_tap_check.toggled.connect(self._edited)
        self.insert_variable_button.clicked.connect(self.insert_variable)
        self.preview_file_button.clicked.connect(self._choose_preview_file)
        self.upload_button.clicked.connect(self._choose_sample_file)
        self.expiry_spin.valueChanged.connect(self._edited)
        self.samples_table.itemChanged.connect(self._sample_edited)
        self.buttons_table.itemChanged.connect(self._edited)
        self.add_button.clicked.connect(self._add_default_button)
        self.remove_button.clicked.connect(self._remove_button_row)
        self._update_enabled()
        self._sync_samples()

    # -- building the JSON -----------------------------------------------------------------

    @property
    def named(self) -> bool:
        return self.format_combo.currentData() == "NAMED"

    def template(self) -> dict[str, Any]:
        """The create-template JSON for what the form shows."""
        graph = copy.deepcopy(self._base)
        graph["name"] = self.name_edit.text().strip()
        graph["language"] = self.language_combo.code()
        graph["category"] = self.category()
        if self.named:
            graph["parameter_format"] = "NAMED"
        elif "parameter_format" in self._base:
            graph["parameter_format"] = "POSITIONAL"
        else:
            graph.pop("parameter_format", None)
        old = {
            str(c.get("type", "")).upper(): c
            for c in self._base.get("components", [])
            if isinstance(c, dict)
        }
        components: list[dict[str, Any]] = []
        auth = graph["category"] == "AUTHENTICATION"
        header = self._header_component(old.get("HEADER"))
        if header is not None:
            components.append(header)
        body = copy.deepcopy(old.get("BODY") or {"type": "BODY"})
        if auth:
            body.pop("text", None)
            body.pop("example", None)
            body["add_security_recommendation"] = self.security_check.isChecked()
        else:
            body["text"] = self.body_edit.toPlainText()
            body.pop("add_security_recommendation", None)
            self._set_example(body, "body", variable_keys(body["text"]))
        components.append(body)
        footer = copy.deepcopy(old.get("FOOTER") or {"type": "FOOTER"})
        if auth:
            footer.pop("text", None)
            if self.expiry_spin.value():
                footer["code_expiration_minutes"] = self.expiry_spin.value()
                components.append(footer)
        elif self.footer_edit.text():
            footer["text"] = self.footer_edit.text()
            footer.pop("code_expiration_minutes", None)
            components.append(footer)
        buttons = self._buttons()
        if buttons:
            comp = copy.deepcopy(old.get("BUTTONS") or {"type": "BUTTONS"})
            comp["buttons"] = buttons
            components.append(comp)
        # components the form does not edit (carousel, limited-time offer) stay as loaded
        for c in self._base.get("components", []):
            if isinstance(c, dict) and str(c.get("type", "")).upper() not in (
                "HEADER",
                "BODY",
                "FOOTER",
                "BUTTONS",
            ):
                components.append(copy.deepcopy(c))
        graph["components"] = components
        return graph

    def _header_component(self, old: dict[str, Any] | None) -> dict[str, Any] | None:
        fmt = self.header_combo.currentData()
        if not fmt or self.category() == "AUTHENTICATION":
            return None
        header: dict[str, Any] = copy.deepcopy(old) if old else {"type": "HEADER"}
        header["format"] = fmt
        if fmt == "TEXT":
            header["text"] = self.header_text.text()
            self._set_example(header, "header", variable_keys(header["text"]))
        else:
            header.pop("text", None)
            handle = self.header_handle.text().strip()
            if fmt != "LOCATION" and handle:
                header["example"] = {"header_handle": [handle]}
            else:
                header.pop("example", None)
        return header

    def _set_example(self, comp: dict[str, Any], part: str, keys: list[str]) -> None:
        if not keys:
            comp.pop("example", None)
            return
        values = [self._samples.get((part, k), "") for k in keys]
        if self.named:
            comp["example"] = {
                f"{part}_text_named_params": [
                    {"param_name": k, "example": v} for k, v in zip(keys, values, strict=True)
                ]
            }
        elif part == "header":
            comp["example"] = {"header_text": values}
        else:
            comp["example"] = {"body_text": [values]}

    def _buttons(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for row in range(self.buttons_table.rowCount()):
            combo = self.buttons_table.cellWidget(row, COL_TYPE)
            choice = str(combo.currentData()) if isinstance(combo, QComboBox) else "QUICK_REPLY"
            kind, _, chosen_otp = choice.partition(":")
            base = self._base_buttons[row] if row < len(self._base_buttons) else {}
            button = copy.deepcopy(base) if base.get("type") == kind else {}
            button["type"] = kind
            label = self._cell(row, COL_LABEL)
            value = self._cell(row, COL_VALUE)
            sample = self._cell(row, COL_SAMPLE)
            if label or kind not in ("COPY_CODE", "OTP"):
                button["text"] = label
            else:
                button.pop("text", None)
            if kind == "URL":
                button["url"] = value
                if variable_keys(value) or "{{" in value:
                    button["example"] = [sample] if sample else []
                else:
                    button.pop("example", None)
            elif kind == "PHONE_NUMBER":
                button["phone_number"] = value
            elif kind == "COPY_CODE":
                button["example"] = value
            elif kind == "OTP":
                otp_type = chosen_otp or "COPY_CODE"
                button["otp_type"] = otp_type
                if otp_type in ("ONE_TAP", "ZERO_TAP"):
                    package, _, signature = sample.partition(" ")
                    apps = base.get("supported_apps") if base.get("type") == kind else None
                    first = apps[0] if isinstance(apps, list) and apps else None
                    same = (
                        isinstance(first, dict)
                        and sample
                        == (
                            f"{first.get('package_name') or ''} {first.get('signature_hash') or ''}"
                        ).strip()
                    )
                    if package and not same:
                        button["supported_apps"] = [
                            {"package_name": package, "signature_hash": signature.strip()}
                        ]
                    if otp_type == "ZERO_TAP":
                        button["zero_tap_terms_accepted"] = self.zero_tap_check.isChecked()
                    else:
                        button.pop("zero_tap_terms_accepted", None)
                else:
                    button.pop("supported_apps", None)
                    button.pop("zero_tap_terms_accepted", None)
            out.append(button)
        return out

    def _cell(self, row: int, column: int) -> str:
        item = self.buttons_table.item(row, column)
        return item.text().strip() if item is not None else ""

    # -- loading ---------------------------------------------------------------------------

    def set_template(self, graph: dict[str, Any], *, reveal: bool = True) -> None:
        """Show ``graph`` (a Graph-API template dict) in the form.

        A loaded template's problems show at once (``reveal``); a blank form's only once
        a field is edited.
        """
        self._touched.clear()
        self._reveal_all = reveal
        self._loading = True
        try:
            self._base = copy.deepcopy(graph)
            comps = {
                str(c.get("type", "")).upper(): c
                for c in graph.get("components", [])
                if isinstance(c, dict)
            }
            self.name_edit.setText(str(graph.get("name") or ""))
            self.language_combo.set_code(str(graph.get("language") or "en_US"))
            self.set_category(str(graph.get("category") or "UTILITY"))
            named = str(graph.get("parameter_format") or "").upper() == "NAMED"
            self.format_combo.setCurrentIndex(1 if named else 0)
            header = comps.get("HEADER") or {}
            fmt = str(header.get("format") or "").upper() if header else ""
            self.header_combo.setCurrentIndex(max(0, self.header_combo.findData(fmt)))
            self.header_text.setText(str(header.get("text") or ""))
            example = header.get("example") if isinstance(header.get("example"), dict) else {}
            handles = example.get("header_handle") if example else None
            self.header_handle.setText(
                str(handles[0]) if isinstance(handles, list) and handles else ""
            )
            body = comps.get("BODY") or {}
            self.body_edit.setPlainText(str(body.get("text") or ""))
            self.security_check.setChecked(body.get("add_security_recommendation") is True)
            footer = comps.get("FOOTER") or {}
            self.footer_edit.setText(str(footer.get("text") or ""))
            minutes = footer.get("code_expiration_minutes")
            self.expiry_spin.setValue(minutes if isinstance(minutes, int) else 0)
            self._samples = {}
            self._read_samples("header", header)
            self._read_samples("body", body)
            buttons = (comps.get("BUTTONS") or {}).get("buttons") or []
            self._base_buttons = [b for b in buttons if isinstance(b, dict)]
            self.zero_tap_check.setChecked(
                any(b.get("zero_tap_terms_accepted") is True for b in self._base_buttons)
            )
            self.buttons_table.setRowCount(0)
            for b in self._base_buttons:
                self._append_button(b)
        finally:
            self._loading = False
        self._update_enabled()
        self._sync_samples()
        self.changed.emit()

    def clear(self) -> None:
        self.set_template(
            {"name": "", "language": "en_US", "category": "UTILITY", "components": []},
            reveal=False,
        )
        self._base = {}

    def _read_samples(self, part: str, comp: dict[str, Any]) -> None:
        example = comp.get("example")
        if not isinstance(example, dict):
            return
        text = str(comp.get("text") or "")
        named = example.get(f"{part}_text_named_params")
        if isinstance(named, list):
            for e in named:
                if isinstance(e, dict) and e.get("param_name"):
                    self._samples[(part, str(e["param_name"]))] = str(e.get("example") or "")
            return
        raw = example.get(f"{part}_text")
        if part == "body" and isinstance(raw, list) and raw and isinstance(raw[0], list):
            raw = raw[0]
        if isinstance(raw, list):
            for key, value in zip(variable_keys(text), raw, strict=False):
                self._samples[(part, key)] = str(value)

    def add_button_row(
        self, kind: str = "QUICK_REPLY", label: str = "", value: str = "", sample: str = ""
    ) -> None:
        """Append a button row (as if added and typed in the table)."""
        self._append_button({"type": kind, "text": label}, value=value, sample_override=sample)
        self._touched.add(self.buttons_table)
        self._edited()

    def _append_button(
        self, button: dict[str, Any], value: str = "", sample_override: str = ""
    ) -> None:
        row = self.buttons_table.rowCount()
        self.buttons_table.blockSignals(True)
        self.buttons_table.insertRow(row)
        kind = str(button.get("type") or "QUICK_REPLY").upper()
        if kind == "OTP":
            otp = (value or str(button.get("otp_type") or "COPY_CODE")).upper()
            choice, value = f"OTP:{otp}", ""
        else:
            choice = kind
        combo = QComboBox()
        self._fill_button_choices(combo, choice)
        combo.currentIndexChanged.connect(self._edited)
        self.buttons_table.setCellWidget(row, COL_TYPE, combo)
        if not value:
            value = {
                "URL": str(button.get("url") or ""),
                "PHONE_NUMBER": str(button.get("phone_number") or ""),
                "COPY_CODE": str(button.get("example") or ""),
            }.get(kind, "")
        example = button.get("example")
        sample = str(example[0]) if kind == "URL" and isinstance(example, list) and example else ""
        apps = button.get("supported_apps")
        if kind == "OTP" and isinstance(apps, list) and apps and isinstance(apps[0], dict):
            first = apps[0]
            sample = f"{first.get('package_name') or ''} {first.get('signature_hash') or ''}"
            sample = sample.strip()
        if sample_override:
            sample = sample_override
        for column, text in (
            (COL_LABEL, button.get("text") or ""),
            (COL_VALUE, value),
            (COL_SAMPLE, sample),
        ):
            self.buttons_table.setItem(row, column, QTableWidgetItem(str(text)))
        self.buttons_table.blockSignals(False)

    def _fill_button_choices(self, combo: QComboBox, current: str) -> None:
        """The button kinds this category allows (kept: a loaded kind outside them)."""
        choices = list(AUTH_BUTTONS if self.category() == "AUTHENTICATION" else EDITABLE_BUTTONS)
        known = current in AUTH_BUTTONS or current in EDITABLE_BUTTONS or current in BUTTON_TYPES
        if current not in choices and known:
            choices.append(current)
        combo.blockSignals(True)
        combo.clear()
        for choice in choices:
            combo.addItem(_button_choice_label(choice), choice)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _choice(self, row: int) -> str:
        combo = self.buttons_table.cellWidget(row, COL_TYPE)
        return str(combo.currentData()) if isinstance(combo, QComboBox) else ""

    def _add_default_button(self) -> None:
        """Add a row of the first kind this category allows (an OTP copy code in auth)."""
        if self.category() == "AUTHENTICATION":
            self.add_button_row("OTP", value="COPY_CODE")
        else:
            self.add_button_row("QUICK_REPLY")

    def category(self) -> str:
        """The chosen category, as Meta names it (``UTILITY`` …)."""
        return str(self.category_combo.currentData() or self.category_combo.currentText())

    def set_category(self, category: str) -> None:
        index = self.category_combo.findData(category.upper())
        if index >= 0:
            self.category_combo.setCurrentIndex(index)

    def _category_changed(self, *_args: object) -> None:
        for row in range(self.buttons_table.rowCount()):
            combo = self.buttons_table.cellWidget(row, COL_TYPE)
            if isinstance(combo, QComboBox):
                self._fill_button_choices(combo, self._choice(row))
        self._edited()

    def _remove_button_row(self) -> None:
        row = self.buttons_table.currentRow()
        if row < 0:
            row = self.buttons_table.rowCount() - 1
        if row < 0:
            return
        self.buttons_table.removeRow(row)
        if row < len(self._base_buttons):
            del self._base_buttons[row]
        self._edited()

    # -- reacting to edits -----------------------------------------------------------------

    def _touch(self) -> None:
        """Remember which input the user just edited (a button row's kind: the table)."""
        sender = self.sender()
        if not isinstance(sender, QWidget):
            return
        if sender in (self.add_button, self.remove_button) or self.buttons_table.isAncestorOf(
            sender
        ):
            sender = self.buttons_table
        self._touched.add(sender)

    def is_revealed(self, path: str, graph: dict[str, Any] | None = None) -> bool:
        """Whether the problems of the field at lint ``path`` should show yet."""
        return self._reveal_all or self.widget_for_field(path, graph=graph) in self._touched

    def reveal_all(self) -> None:
        """Show every field's problems (Submit was pressed)."""
        self._reveal_all = True

    def _edited(self, *args: object) -> None:
        del args
        if self._loading:
            return
        self._touch()
        self._update_enabled()
        self._sync_samples()
        self.changed.emit()

    def _sample_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 1:
            return
        self._touched.add(self.samples_table)
        key = self.samples_table.item(item.row(), 0)
        if key is None:
            return
        part, _, name = str(key.data(Qt.ItemDataRole.UserRole) or "").partition(":")
        self._samples[(part, name)] = item.text()
        self.changed.emit()

    def _variables(self) -> list[tuple[str, str]]:
        keys: list[tuple[str, str]] = []
        if self.header_combo.currentData() == "TEXT":
            keys += [("header", k) for k in variable_keys(self.header_text.text())]
        if self.category() != "AUTHENTICATION":
            keys += [("body", k) for k in variable_keys(self.body_edit.toPlainText())]
        return keys

    def _sync_samples(self) -> None:
        wanted = self._variables()
        current = []
        for row in range(self.samples_table.rowCount()):
            item = self.samples_table.item(row, 0)
            current.append(str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "")
        if current == [f"{p}:{k}" for p, k in wanted]:
            return
        self.samples_table.blockSignals(True)
        self.samples_table.setRowCount(len(wanted))
        for row, (part, key) in enumerate(wanted):
            label = self.tr("Header {var}") if part == "header" else self.tr("Body {var}")
            name = QTableWidgetItem(label.format(var="{{" + key + "}}"))
            name.setData(Qt.ItemDataRole.UserRole, f"{part}:{key}")
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.samples_table.setItem(row, 0, name)
            self.samples_table.setItem(row, 1, QTableWidgetItem(self._samples.get((part, key), "")))
        self.samples_table.blockSignals(False)

    def set_sample(self, part: str, key: str, value: str) -> None:
        """Fill one sample value (as if typed in the table)."""
        self._samples[(part, key)] = value
        for row in range(self.samples_table.rowCount()):
            item = self.samples_table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == f"{part}:{key}":
                cell = self.samples_table.item(row, 1)
                if cell is not None:
                    cell.setText(value)
                    return
        self.changed.emit()

    def _update_enabled(self) -> None:
        auth = self.category() == "AUTHENTICATION"
        fmt = self.header_combo.currentData()
        self.header_combo.setEnabled(not auth)
        self.header_text.setVisible(fmt == "TEXT" and not auth)
        self.header_handle.setVisible(fmt in ("IMAGE", "VIDEO", "DOCUMENT") and not auth)
        self.body_edit.setEnabled(not auth)
        self.footer_edit.setEnabled(not auth)
        self.security_check.setEnabled(auth)
        self.expiry_spin.setEnabled(auth)
        # authentication templates have Meta's fixed structure: show only their options
        form = self._form
        form.setRowVisible(self.format_combo, not auth)
        form.setRowVisible(self.header_combo, not auth)
        form.setRowVisible(self._header_row, fmt == "TEXT" and not auth)
        form.setRowVisible(self._media_row, fmt in ("IMAGE", "VIDEO", "DOCUMENT") and not auth)
        form.setRowVisible(self._body_box, not auth)
        form.setRowVisible(self._footer_row, not auth)
        form.setRowVisible(self.auth_note, auth)
        form.setRowVisible(self.security_check, auth)
        form.setRowVisible(self.expiry_spin, auth)
        self.samples_box.setVisible(not auth)
        self.insert_variable_button.setEnabled(not auth)
        for button in self.format_buttons.values():
            button.setEnabled(not auth)
        media = fmt in ("IMAGE", "VIDEO", "DOCUMENT") and not auth
        self.preview_file_button.setVisible(media)
        self.upload_button.setVisible(media)
        self.header_counter.setVisible(fmt == "TEXT" and not auth)
        self.body_counter.setVisible(not auth)
        self.footer_counter.setVisible(not auth)
        _counter(self.header_counter, len(self.header_text.text()), HEADER_MAX)
        _counter(self.body_counter, len(self.body_edit.toPlainText()), BODY_MAX)
        _counter(self.footer_counter, len(self.footer_edit.text()), FOOTER_MAX)
        self.zero_tap_check.setVisible(
            any(self._choice(row) == "OTP:ZERO_TAP" for row in range(self.buttons_table.rowCount()))
        )

    # -- writing helpers -------------------------------------------------------------------

    def insert_variable(self) -> str:
        """Insert the next variable at the body's cursor; returns what was inserted."""
        keys = variable_keys(self.body_edit.toPlainText())
        if self.named:
            n = 1
            while f"var_{n}" in keys:
                n += 1
            key = f"var_{n}"
        else:
            numbers = [int(k) for k in keys if k.isdigit()]
            key = str(max(numbers, default=0) + 1)
        token = "{{" + key + "}}"
        self.body_edit.insertPlainText(token)
        self.body_edit.setFocus()
        return token

    def apply_format(self, kind: str) -> None:
        """Wrap the body's selection (or insert a pair of markers) in WhatsApp markup."""
        marker = FORMAT_MARKERS[kind]
        cursor = self.body_edit.textCursor()
        selected = cursor.selectedText().replace("\u2029", "\n")
        cursor.insertText(f"{marker}{selected}{marker}")
        if not selected:
            cursor.movePosition(cursor.MoveOperation.Left, n=len(marker))
            self.body_edit.setTextCursor(cursor)
        self.body_edit.setFocus()

    def _choose_preview_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Preview file"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.webp);;All files (*)"),
        )
        if path:
            self.set_preview_file(path)

    def _choose_sample_file(self) -> None:
        fmt = str(self.header_combo.currentData() or "")
        filters = {
            "IMAGE": self.tr("Pictures (*.jpg *.jpeg *.png)"),
            "VIDEO": self.tr("Videos (*.mp4)"),
            "DOCUMENT": self.tr("PDF documents (*.pdf)"),
        }
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Sample for the header"),
            "",
            filters.get(fmt, "") + ";;" + self.tr("All files (*)"),
        )
        if path:
            self.upload_requested.emit(path, fmt)

    def show_upload(self, text: str, *, failed: bool = False, busy: bool = False) -> None:
        """Say how the sample upload went (``failed`` shows it as an error)."""
        self.upload_status.setObjectName("errorText" if failed else "hint")
        self.upload_status.style().unpolish(self.upload_status)
        self.upload_status.style().polish(self.upload_status)
        self.upload_status.setText(text)
        self.upload_status.setVisible(bool(text))
        self.upload_button.setEnabled(not busy)

    def use_uploaded_sample(self, handle: str, path: str) -> None:
        """Fill in Meta's handle for the uploaded file and show the file in the preview."""
        self.header_handle.setText(handle)
        self.set_preview_file(path)

    def set_preview_file(self, path: str) -> None:
        """Use a local file for the header preview (pictures are drawn, others named)."""
        self.preview_path = path
        pixmap = QPixmap(path) if path else QPixmap()
        self._preview_pixmap = None if pixmap.isNull() else pixmap
        self.changed.emit()

    def preview_pixmap(self) -> QPixmap | None:
        if self.header_combo.currentData() != "IMAGE":
            return None
        return self._preview_pixmap

    def preview_placeholder(self) -> str:
        if not self.preview_path or self.preview_pixmap() is not None:
            return ""
        return self.preview_path.replace("\\", "/").rsplit("/", 1)[-1]

    # -- problems at their fields ----------------------------------------------------------

    def mark_problems(
        self, problems: list[tuple[str, str, str]], graph: dict[str, Any] | None = None
    ) -> None:
        """Outline each field with a problem; ``(path, severity, text)``, text as tooltip.

        ``graph`` is :meth:`template` when the caller has it already.
        """
        graph = graph if graph is not None else self.template()
        marked: dict[QWidget, tuple[str, list[str]]] = {}
        for path, severity, text in problems:
            widget = self.widget_for_field(path, graph=graph)
            level, texts = marked.get(widget, ("warning", []))
            if severity == "error":
                level = "error"
            marked[widget] = (level, [*texts, text])
        for widget in self._marked:
            if widget not in marked:
                _restyle(widget, "")
                widget.setToolTip("")
        for widget, (level, texts) in marked.items():
            _restyle(widget, _outline(level))
            widget.setToolTip("\n".join(texts))
        self._marked = list(marked)

    def marked_fields(self) -> list[QWidget]:
        return list(self._marked)

    def focus_field(self, path: str) -> None:
        """Put the cursor where a lint finding points (``components[1].text`` …)."""
        self.widget_for_field(path, select=True).setFocus()

    def widget_for_field(
        self, path: str, select: bool = False, *, graph: dict[str, Any] | None = None
    ) -> QWidget:
        """The input a lint path (``components[1].buttons[0].url`` …) belongs to."""
        graph = graph if graph is not None else self.template()
        target: QWidget = self.name_edit
        if path.startswith("language"):
            target = self.language_combo
        elif path.startswith("category"):
            target = self.category_combo
        elif path.startswith("parameter_format"):
            target = self.format_combo
        elif path.startswith("components["):
            index = int(path[len("components[") : path.index("]")])
            comps = graph.get("components", [])
            kind = str(comps[index].get("type", "")).upper() if index < len(comps) else ""
            if kind == "HEADER" and ".header_handle" in path:
                target = self.header_handle
            elif ".example" in path:
                target = self.samples_table
            elif kind == "HEADER":
                target = self.header_text if self.header_text.isVisible() else self.header_combo
            elif kind == "BODY":
                target = self.body_edit
            elif kind == "FOOTER":
                target = self.footer_edit
            elif kind == "BUTTONS":
                target = self.buttons_table
                if ".buttons[" in path and select:
                    row = int(path.split(".buttons[")[1].split("]")[0])
                    self.buttons_table.setCurrentCell(row, COL_LABEL)
            elif kind == "":
                target = self.body_edit
        elif path.startswith("components"):
            target = self.body_edit
        return target
