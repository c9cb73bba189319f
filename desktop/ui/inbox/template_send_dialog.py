"""Send an approved template to a conversation: pick it, fill its values, see it, send.

Templates are the only messages allowed outside the 24-hour window, so this is the
composer's way to reach a customer who has gone quiet. Values are checked against the
template before any call (wrong count, newlines, a broken URL suffix), next to the form.

Two uses: the inbox opens it for a conversation (``conversation_id``) and lists that
number's approved templates; the template designer opens it with one template chosen
(``template_id`` and ``waba_id``) and a sender / recipient chooser instead. In sandbox mode
the test number's allowed recipients (the seeded test customers) are offered; sending
to someone new creates the contact and conversation first, then goes through the outbox.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.cloud_api.errors import CloudApiError
from desktop.services.inbox import TemplateChoice, conversation_rows, sendable_templates
from desktop.services.media_send import Attachment, AttachmentRefused, check_attachment
from desktop.services.outbox import OutboxRefused
from desktop.services.pricing.cards import load_rate_book
from desktop.services.pricing.reply_price import (
    ReplyFacts,
    price_template_in_conversation,
    reply_facts,
)
from desktop.services.pricing.send_estimate import estimate_template_send
from desktop.services.templates import render_sample
from desktop.services.templates.labels import CATEGORY_LABELS, label_of
from desktop.services.templates.model import MessageTemplate, TemplateShapeError
from desktop.services.templates.send_params import (
    SendParamsError,
    SendValues,
    build_send_components,
)
from desktop.services.templates.send_targets import (
    BAD_RECIPIENT,
    RecipientChoice,
    SenderChoice,
    approved_template,
    conversation_for,
    normalise_wa_id,
    senders_for_waba,
)
from desktop.services.window import WINDOW_SECONDS
from desktop.ui.chat import BubblePreview, spec_from_sample
from desktop.ui.i18n import render
from desktop.ui.pricing.labels import market_label, render_phrase
from desktop.ui.task_scope import UiTaskScope

if TYPE_CHECKING:
    from desktop.models.db import Database
    from desktop.services.outbox import Outbox
    from desktop.services.recipients import RecipientDirectory


class TemplateSendServices(Protocol):
    """What sending a template uses: queries on ``db``, the ``outbox``, the ``recipients``."""

    @property
    def db(self) -> Database: ...
    @property
    def outbox(self) -> Outbox: ...
    @property
    def recipients(self) -> RecipientDirectory: ...


_MEDIA = ("IMAGE", "VIDEO", "DOCUMENT", "GIF")
# the attachment kind a media header's file must be
_HEADER_KIND = {"IMAGE": "image", "VIDEO": "video", "DOCUMENT": "document", "GIF": "video"}
_UPLOAD_LATER = "0"  # stands for the media id of a chosen file until it is uploaded at Send


@runtime_checkable
class HeaderFileUploader(Protocol):
    """Uploads a file for a conversation's message through the media endpoint."""

    async def upload_for(self, conversation_id: int, attachment: Attachment) -> str: ...


class TemplateSendDialog(QDialog):
    def __init__(
        self,
        services: TemplateSendServices,
        conversation_id: int | None = None,
        parent: QWidget | None = None,
        *,
        template_id: int | None = None,
        waba_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = UiTaskScope(self)
        self.setWindowTitle(self.tr("Send a template"))
        self.resize(900, 560)
        self._services = services
        self._conversation_id = conversation_id
        self._template_id = template_id
        self._waba_id = waba_id or ""
        self._designer = conversation_id is None
        self._by_number: Mapping[str, Sequence[RecipientChoice]] = {}
        self._known: Sequence[RecipientChoice] = []
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
        self.sender_combo = QComboBox(self)
        self.recipient_combo = QComboBox(self)
        self.recipient_combo.setEditable(True)
        self.recipient_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.recipient_combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("WhatsApp number, e.g. 16505551241"))
        self.target_host = QWidget(self)
        target_form = QFormLayout(self.target_host)
        target_form.setContentsMargins(0, 0, 0, 0)
        target_form.addRow(self.tr("From"), self.sender_combo)
        target_form.addRow(self.tr("To"), self.recipient_combo)
        self.target_host.setVisible(self.picks_recipient)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.problems = QLabel(self)
        self.problems.setObjectName("errorText")
        self.problems.setWordWrap(True)
        self.cost = QLabel(self)
        self.cost.setObjectName("hint")
        self.cost.setWordWrap(True)
        self._book: Any = None
        self._last_inbound_ts: int | None = None
        self._conversation_wa_id: str | None = None
        self._facts: ReplyFacts | None = None  # the conversation's billing facts, read once
        self._media_file: Attachment | None = None  # a header file, uploaded at Send
        self._media_pixmap: QPixmap | None = None  # that file, when it is a picture
        self.preview = BubblePreview(self)
        self.preview.setMinimumWidth(320)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok, self
        )
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("Send template"))
        self.send_button.setEnabled(False)

        left = QVBoxLayout()
        self.templates_label = QLabel(self.tr("Approved templates"), self)
        left.addWidget(self.templates_label)
        left.addWidget(self.templates, 1)
        left.addWidget(self.empty)
        if self.picks_recipient:  # the designer chose the template: no list to pick from
            self.templates.hide()
            self.templates_label.hide()
            self.resize(760, 560)
        middle = QVBoxLayout()
        middle.addWidget(self.target_host)
        middle.addWidget(self.form_host)
        middle.addWidget(self.problems)
        middle.addWidget(self.cost)
        middle.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left)
        row.addLayout(middle, 1)
        row.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)

        self.templates.currentItemChanged.connect(self._chosen)
        self.sender_combo.currentIndexChanged.connect(self._fill_recipients)
        self.recipient_combo.currentTextChanged.connect(lambda _t: self._update())
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(lambda: self._tasks.spawn(self.send(), name="template:send"))

    @property
    def picks_recipient(self) -> bool:
        """True when opened from the designer: the user chooses sender and recipient."""
        return self._designer

    async def load(self) -> None:
        if self.picks_recipient:
            choices = await self._load_for_designer()
        else:
            assert self._conversation_id is not None
            choices = await self._services.db.run(sendable_templates, self._conversation_id)
            rows = await self._services.db.run(conversation_rows, [self._conversation_id])
            row = rows.get(self._conversation_id)
            if row is not None:
                self._conversation_wa_id = row.contact_wa_id
                closes = row.window_closes_at
                self._last_inbound_ts = closes - WINDOW_SECONDS if closes is not None else None
            self._facts = await self._services.db.run(
                reply_facts, self._conversation_id, int(time.time())
            )
        loop = asyncio.get_running_loop()
        self._book = await loop.run_in_executor(None, load_rate_book)
        self.templates.clear()
        for choice in choices:
            category = render(label_of(CATEGORY_LABELS, choice.category))
            item = QListWidgetItem(f"{choice.name} · {choice.language} · {category}")
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.templates.addItem(item)
        self.empty.setVisible(not choices)
        if choices:
            self.templates.setCurrentRow(0)
            if self.picks_recipient:
                self.setWindowTitle(
                    self.tr("Send {name} ({language})").format(
                        name=choices[0].name, language=choices[0].language
                    )
                )

    async def _load_for_designer(self) -> list[TemplateChoice]:
        db = self._services.db
        choice = (
            await db.run(approved_template, self._template_id)
            if self._template_id is not None
            else None
        )
        self.empty.setText(
            self.tr("Only an APPROVED template can be sent. Wait for the review, or sync.")
        )
        senders: list[SenderChoice] = await db.run(senders_for_waba, self._waba_id)
        known = await self._services.recipients.known()
        self._by_number = self._services.recipients.recipients_by_number()
        self._known = known
        self.sender_combo.blockSignals(True)
        self.sender_combo.clear()
        for sender in senders:
            label = sender.display + (self.tr(" (test number)") if sender.is_test else "")
            self.sender_combo.addItem(label, sender)
        self.sender_combo.blockSignals(False)
        if not senders:
            self.problems.setText(
                self.tr(
                    "This account has no phone number to send from. Add one under Numbers, "
                    "then sync."
                )
            )
        self._fill_recipients()
        return [choice] if choice is not None else []

    def _fill_recipients(self, *_args: object) -> None:
        sender = self.sender_combo.currentData()
        typed = self.recipient_combo.currentText()
        people: dict[str, str] = {}
        if isinstance(sender, SenderChoice) and sender.id in self._by_number:
            people.update({r.wa_id: r.name for r in self._by_number[sender.id]})
            if sender.is_test:
                allowed = set(people)
                extra = {r.wa_id: r.name for r in self._known if r.wa_id in allowed}
                people.update({k: v or people.get(k, "") for k, v in extra.items()})
        if not (isinstance(sender, SenderChoice) and sender.is_test and people):
            for r in self._known:
                people.setdefault(r.wa_id, r.name)
        self.recipient_combo.blockSignals(True)
        self.recipient_combo.clear()
        for wa_id, name in sorted(people.items(), key=lambda kv: (kv[1].casefold(), kv[0])):
            self.recipient_combo.addItem(f"{name} ({wa_id})" if name else wa_id, wa_id)
        self.recipient_combo.setCurrentIndex(-1)
        self.recipient_combo.setEditText(typed)
        self.recipient_combo.blockSignals(False)
        self._update()

    def choose_recipient(self, wa_id: str) -> bool:
        index = self.recipient_combo.findData(wa_id)
        if index < 0:
            return False
        self.recipient_combo.setCurrentIndex(index)
        return True

    def choose_sender(self, phone_number_id: str) -> bool:
        for index in range(self.sender_combo.count()):
            sender = self.sender_combo.itemData(index)
            if isinstance(sender, SenderChoice) and sender.id == phone_number_id:
                self.sender_combo.setCurrentIndex(index)
                return True
        return False

    @property
    def conversation_id(self) -> int | None:
        """The conversation the template went to (known once sent, or given at the start)."""
        return self._conversation_id

    async def _upload_media_file(
        self, conversation_id: int, attachment: Attachment
    ) -> list[dict[str, Any]] | None:
        """The components with the chosen file's media id, once uploaded; None on failure
        (said in the form; nothing was queued)."""
        uploader = getattr(self._services, "media_sending", None)
        assert isinstance(uploader, HeaderFileUploader) and self._choice is not None
        self.send_button.setEnabled(False)
        self.problems.setText(self.tr("Uploading {file}…").format(file=attachment.filename))
        try:
            media_id = await uploader.upload_for(conversation_id, attachment)
        except AttachmentRefused as exc:
            self.problems.setText(" ".join(render(p) for p in exc.phrases))
            return None
        except CloudApiError as exc:
            self.problems.setText(
                self.tr("The file was not uploaded: {reason}").format(reason=render(exc.advice))
            )
            return None
        finally:
            self.send_button.setEnabled(True)
        values, _body = self._values()
        values = replace(values, header_media={"id": media_id})
        return build_send_components(self._choice.graph, values)

    def recipient(self) -> tuple[str | None, str]:
        """The chosen recipient's wa_id (None when not a number) and name."""
        index = self.recipient_combo.currentIndex()
        text = self.recipient_combo.currentText()
        if index >= 0 and self.recipient_combo.itemText(index) == text:
            wa_id = str(self.recipient_combo.itemData(index))
            name = text.rsplit(" (", 1)[0] if text.endswith(")") else ""
            return wa_id, name
        return normalise_wa_id(text), ""

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
        self._media_file = None
        self._media_pixmap = None
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
                        self.tr("Header {kind}").format(kind=self._kind_word(fmt)),
                        self.tr("https:// link or media id, or choose a file"),
                    )
                    self._add_file_button(fmt)
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

    def _add_file_button(self, fmt: str) -> None:
        """A file for the media header, uploaded through the media endpoint at Send."""
        uploader = getattr(self._services, "media_sending", None)
        if not isinstance(uploader, HeaderFileUploader):
            return
        button = QPushButton(self.tr("Choose file…"), self.form_host)
        button.clicked.connect(lambda: self._choose_media_file(fmt))
        self.form.addRow("", button)
        self._fields["media"].textEdited.connect(self._forget_media_file)

    def _choose_media_file(self, fmt: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Header file"))
        if path:
            self.use_media_file(Path(path), fmt)

    def use_media_file(self, path: Path, fmt: str) -> bool:
        """Send ``path`` as the media header (checked now, uploaded at Send)."""
        try:
            attachment = check_attachment(path)
        except AttachmentRefused as exc:
            self.problems.setText(" ".join(render(p) for p in exc.phrases))
            return False
        if attachment.kind != _HEADER_KIND.get(fmt.upper()):
            self.problems.setText(
                self.tr("{file} is not a {kind}: this template's header needs one.").format(
                    file=path.name, kind=self._kind_word(fmt)
                )
            )
            return False
        self._media_file = attachment
        picture = QPixmap(str(path)) if attachment.kind == "image" else QPixmap()
        self._media_pixmap = None if picture.isNull() else picture
        self._fields["media"].setText(path.name)
        self._update()
        return True

    def _kind_word(self, fmt: str) -> str:
        words = {
            "IMAGE": self.tr("picture"),
            "VIDEO": self.tr("video"),
            "DOCUMENT": self.tr("document"),
            "GIF": self.tr("GIF"),
        }
        return words.get(fmt.upper(), fmt.lower())

    def _forget_media_file(self) -> None:
        self._media_file = None
        self._media_pixmap = None

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
        header_media: dict[str, str] | None = None
        if media is not None:
            typed = media.text().strip()
            if self._media_file is not None:
                header_media = {"id": _UPLOAD_LATER}
            elif typed.isdigit():  # a media id from an earlier upload
                header_media = {"id": typed}
            else:
                header_media = {"link": typed}
        values = SendValues(
            body=body,
            header_text=self._fields["header"].text() if "header" in self._fields else None,
            header_media=header_media,
            buttons=buttons,
            otp_code=self._fields["otp"].text() if "otp" in self._fields else None,
        )
        return values, body

    def _update(self) -> None:
        if self._template is None or self._choice is None:
            self.send_button.setEnabled(False)
            return
        target_problem = ""
        if self.picks_recipient:
            if self.sender_combo.currentData() is None:
                target_problem = self.tr("Choose the number to send from.")
            elif self.recipient()[0] is None:
                target_problem = render(BAD_RECIPIENT)
        values, body = self._values()
        shown: Any = body if any(body.values() if isinstance(body, dict) else body) else None
        if "otp" in self._fields and self._fields["otp"].text():
            shown = [self._fields["otp"].text()]
        sample = render_sample(self._choice.graph, shown, header_value=values.header_text or None)
        self.preview.setSpec(
            spec_from_sample(
                sample,
                status=None,
                header_pixmap=self._media_pixmap,
                header_placeholder=self._media_file.filename if self._media_file else "",
            )
        )
        try:
            self._components = build_send_components(self._choice.graph, values)
        except SendParamsError as exc:
            self.problems.setText(
                "\n".join(f"• {p.field}: {render(p.phrase)}" for p in exc.problems)
            )
            self.send_button.setEnabled(False)
            return
        self._sample_body = sample.body
        self.problems.setText(f"• {target_problem}" if target_problem else "")
        self.send_button.setEnabled(not target_problem)
        self._show_cost()

    def _show_cost(self) -> None:
        """What this send will cost, and why, before the user presses Send."""
        if self._choice is None or self._book is None:
            self.cost.setText("")
            return
        now = int(time.time())
        if not self.picks_recipient and self._facts is not None:
            estimate = price_template_in_conversation(
                self._facts, now, self._book, self._choice.category
            )
        else:
            wa_id = self.recipient()[0] if self.picks_recipient else self._conversation_wa_id
            estimate = estimate_template_send(
                now=now,
                category=self._choice.category,
                recipient_wa_id=wa_id,
                last_inbound_ts=None if self.picks_recipient else self._last_inbound_ts,
                book=self._book,
            )
        if estimate is None:
            self.cost.setText(self.tr("Cost: cannot be estimated for this recipient."))
            return
        why = render_phrase(estimate.reason)  # category names, not ids
        if estimate.charged:
            text = self.tr("Cost: {currency} {amount} ({market}). {why}").format(
                currency=estimate.currency,
                amount=estimate.amount,
                market=market_label(estimate.market),
                why=why,
            )
            if estimate.unverified:
                text += " " + self.tr("(rate not verified)")
        else:
            text = self.tr("Cost: free. {why}").format(why=why)
        self.cost.setText(text)

    async def send(self) -> None:
        if self._choice is None or not self.send_button.isEnabled():
            return
        if self.picks_recipient:
            sender = self.sender_combo.currentData()
            wa_id, name = self.recipient()
            if not isinstance(sender, SenderChoice) or wa_id is None:
                self._update()
                return
            self._conversation_id = await self._services.db.run(
                conversation_for, sender.id, wa_id, name or None
            )
        assert self._conversation_id is not None
        components = self._components
        if self._media_file is not None:
            uploaded = await self._upload_media_file(self._conversation_id, self._media_file)
            if uploaded is None:
                return
            components = uploaded
        payload = {
            "name": self._choice.name,
            "language": {"code": self._choice.language},
            "components": components,
        }
        try:
            self.sent_message_id = await self._services.outbox.enqueue(
                self._conversation_id, "template", payload, text=self._sample_body or None
            )
        except OutboxRefused as exc:
            self.problems.setText(render(exc.phrase))
            return
        self.accept()
