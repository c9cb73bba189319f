"""Send an approved template to a conversation: pick it, fill its values, see it, send.

Templates are the only messages allowed outside the 24-hour window, so this is the
composer's way to reach a customer who has gone quiet. Values are checked against the
template before any call (wrong count, newlines, a broken URL suffix), next to the form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.inbox import TemplateChoice, sendable_templates
from desktop.services.outbox import OutboxRefused
from desktop.services.templates import render_sample
from desktop.services.templates.model import MessageTemplate, TemplateShapeError
from desktop.services.templates.send_params import (
    SendParamsError,
    SendValues,
    build_send_components,
)
from desktop.ui.chat import BubblePreview, spec_from_sample
from desktop.ui.i18n import render
from desktop.ui.tasks import spawn

if TYPE_CHECKING:
    from desktop.services.runtime import AppServices

_MEDIA = ("IMAGE", "VIDEO", "DOCUMENT", "GIF")


class TemplateSendDialog(QDialog):
    def __init__(
        self, services: AppServices, conversation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send a template"))
        self.resize(900, 560)
        self._services = services
        self._conversation_id = conversation_id
        self._choice: TemplateChoice | None = None
        self._template: MessageTemplate | None = None
        self._fields: dict[str, QLineEdit] = {}
        self.sent_message_id: int | None = None

        self.templates = QListWidget(self)
        self.templates.setMinimumWidth(240)
        self.empty = QLabel(
            self.tr("No approved template for this number's account yet. Create one in Templates."),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.problems = QLabel(self)
        self.problems.setObjectName("errorText")
        self.problems.setWordWrap(True)
        self.preview = BubblePreview(self)
        self.preview.setMinimumWidth(320)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok, self
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("Send template"))
        self.send_button.setEnabled(False)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Approved templates"), self))
        left.addWidget(self.templates, 1)
        left.addWidget(self.empty)
        middle = QVBoxLayout()
        middle.addWidget(self.form_host)
        middle.addWidget(self.problems)
        middle.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left)
        row.addLayout(middle, 1)
        row.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)

        self.templates.currentItemChanged.connect(self._chosen)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(lambda: spawn(self.send(), name="template:send"))

    async def load(self) -> None:
        choices = await self._services.db.run(sendable_templates, self._conversation_id)
        self.templates.clear()
        for choice in choices:
            item = QListWidgetItem(f"{choice.name} · {choice.language} · {choice.category}")
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.templates.addItem(item)
        self.empty.setVisible(not choices)
        if choices:
            self.templates.setCurrentRow(0)

    def choose(self, name: str, language: str) -> bool:
        for row in range(self.templates.count()):
            choice: TemplateChoice = self.templates.item(row).data(Qt.ItemDataRole.UserRole)
            if choice.name == name and choice.language == language:
                self.templates.setCurrentRow(row)
                return True
        return False

    def field(self, key: str) -> QLineEdit:
        return self._fields[key]

    # -- form ----------------------------------------------------------------------------------
    def _chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self._fields.clear()
        self._choice = current.data(Qt.ItemDataRole.UserRole) if current else None
        self._template = None
        if self._choice is None:
            self._update()
            return
        try:
            self._template = MessageTemplate.from_graph(self._choice.graph)
        except TemplateShapeError as exc:
            self.problems.setText(
                self.tr("This template cannot be read: {error}").format(error=exc)
            )
            self._update()
            return
        tpl = self._template
        if (tpl.category or "").upper() == "AUTHENTICATION":
            self._add("otp", self.tr("One-time code"), "123456")
        else:
            header = tpl.header
            if header is not None:
                fmt = (header.format or "TEXT").upper()
                if fmt == "TEXT" and header.variables:
                    self._add("header", self.tr("Header value"), "")
                elif fmt in _MEDIA:
                    self._add(
                        "media",
                        self.tr("Header {kind} link (https)").format(kind=fmt.lower()),
                        "https://",
                    )
            body = tpl.body
            for key in body.variables if body is not None else []:
                self._add(f"body:{key}", "{{" + key + "}}", "")
            for index, button in enumerate(tpl.buttons):
                kind = button.type.upper()
                if kind == "URL" and button.url_variables:
                    self._add(
                        f"button:{index}",
                        self.tr("“{label}” link ending").format(label=button.text or ""),
                        "",
                    )
                elif kind == "COPY_CODE":
                    self._add(f"button:{index}", self.tr("Offer code"), "")
        self._update()

    def _add(self, key: str, label: str, placeholder: str) -> None:
        edit = QLineEdit(self.form_host)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._update)
        self._fields[key] = edit
        self.form.addRow(label, edit)

    def _values(self) -> tuple[SendValues, list[str] | dict[str, str]]:
        tpl = self._template
        assert tpl is not None
        keys = [k.split(":", 1)[1] for k in self._fields if k.startswith("body:")]
        texts = [self._fields[f"body:{k}"].text() for k in keys]
        body: list[str] | dict[str, str] = (
            dict(zip(keys, texts, strict=True)) if tpl.is_named else texts
        )
        buttons = {
            int(k.split(":", 1)[1]): e.text()
            for k, e in self._fields.items()
            if k.startswith("button:")
        }
        media = self._fields.get("media")
        values = SendValues(
            body=body,
            header_text=self._fields["header"].text() if "header" in self._fields else None,
            header_media={"link": media.text().strip()} if media is not None else None,
            buttons=buttons,
            otp_code=self._fields["otp"].text() if "otp" in self._fields else None,
        )
        return values, body

    def _update(self) -> None:
        if self._template is None or self._choice is None:
            self.send_button.setEnabled(False)
            return
        values, body = self._values()
        shown: Any = body if any(body.values() if isinstance(body, dict) else body) else None
        if "otp" in self._fields and self._fields["otp"].text():
            shown = [self._fields["otp"].text()]
        sample = render_sample(self._choice.graph, shown, header_value=values.header_text or None)
        self.preview.setSpec(spec_from_sample(sample, status=None))
        try:
            self._components = build_send_components(self._choice.graph, values)
        except SendParamsError as exc:
            self.problems.setText(
                "\n".join(f"• {p.field}: {render(p.phrase)}" for p in exc.problems)
            )
            self.send_button.setEnabled(False)
            return
        self.problems.setText("")
        self.send_button.setEnabled(True)
        self._sample_body = sample.body

    async def send(self) -> None:
        if self._choice is None or not self.send_button.isEnabled():
            return
        assert self._services.outbox is not None
        payload = {
            "name": self._choice.name,
            "language": {"code": self._choice.language},
            "components": self._components,
        }
        try:
            self.sent_message_id = await self._services.outbox.enqueue(
                self._conversation_id, "template", payload, text=self._sample_body or None
            )
        except OutboxRefused as exc:
            self.problems.setText(render(exc.phrase))
            return
        self.accept()
