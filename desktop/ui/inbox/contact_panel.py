"""The customer beside the thread: names, number, ids, notes and every channel they use.

Everything shown here comes from customers or Meta, so every label is plain text. Edits are
saved when the field is left (name) or after a pause in typing (notes), and a failed save
says so and keeps what was typed.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
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
    QVBoxLayout,
    QWidget,
)

from desktop.services.contacts import NAME_LIMIT, ContactBook, ContactDetails
from desktop.services.pricing.message_cost import MonthSpend
from desktop.services.work import LabelRow
from desktop.ui.pricing.labels import format_money
from desktop.ui.task_scope import UiTaskScope

log = logging.getLogger(__name__)

NOTES_SAVE_DELAY_MS = 800


def plain_label(parent: QWidget, object_name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def _day(locale: QLocale, timestamp: int | None) -> str:
    """A stored time as the user's short date ("" when missing or out of range)."""
    if not isinstance(timestamp, int) or not 0 < timestamp < 32_503_680_000:
        return ""
    day = QDate.fromString(
        datetime.fromtimestamp(timestamp).date().isoformat(), Qt.DateFormat.ISODate
    )
    return locale.toString(day, QLocale.FormatType.ShortFormat)


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(colour)
    return QIcon(pixmap)


class ContactPanel(QFrame):
    # payload: a conversation id the user picked among this contact's channels
    open_conversation = Signal(int)

    def __init__(
        self,
        book: ContactBook,
        language: str,
        parent: QWidget | None = None,
        *,
        spend: Callable[[int], Awaitable[dict[str, MonthSpend]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactPanel")
        self.setMinimumWidth(240)
        self._book = book
        self._spend = spend  # what a customer cost this month, per our number
        self._tasks = UiTaskScope(self)
        self._language = language
        self.details: ContactDetails | None = None
        self._conversation_id: int | None = None

        self.heading = plain_label(self, "threadTitle")
        self.profile = plain_label(self, "hint")
        self.local_name = QLineEdit(self)
        self.local_name.setMaxLength(NAME_LIMIT)
        self.local_name.setPlaceholderText(self.tr("Your name for this customer"))
        self.local_name.setClearButtonEnabled(True)
        self.number = plain_label(self)
        self.number.setWordWrap(False)  # a phone number reads as one piece
        self.national = plain_label(self, "hint")
        self.copy_number = QPushButton(self.tr("Copy number"), self)
        self.user_id = plain_label(self)
        self.username = plain_label(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("Notes the whole desk can see"))
        self.notes.setMinimumHeight(90)
        self.notes.setMaximumHeight(160)
        self.channels = QListWidget(self)
        self.channels.setMaximumHeight(120)
        self.channels.setWordWrap(True)
        self.channels.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.changes = plain_label(self, "hint")
        self.cost = plain_label(self)
        self.cost.setObjectName("contactCost")
        self.labels = QWidget(self)  # the open conversation's labels, as coloured chips
        self.labels.setObjectName("contactLabels")
        self._labels_layout = QHBoxLayout(self.labels)
        self._labels_layout.setContentsMargins(0, 0, 0, 0)
        self._labels_layout.setSpacing(4)
        self.status = plain_label(self, "hint")

        number_row = QVBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(self.copy_number, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Name at this desk"), self.local_name)
        form.addRow(self.tr("Phone number"), number_row)
        form.addRow("", self.national)
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("WhatsApp user id (BSUID)"), self.user_id)
        self.marketing = plain_label(self)
        self.marketing.setObjectName("marketingChoice")
        self.marketing.setWordWrap(True)
        form.addRow(self.tr("Marketing messages"), self.marketing)
        form.addRow(self.tr("Labels"), self.labels)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Talks to these numbers"), self.channels)
        form.addRow(self.tr("Cost this month"), self.cost)
        form.addRow(self.tr("Number and id changes"), self.changes)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(12, 10, 12, 10)
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.profile)
        body_layout.addLayout(form)
        body_layout.addWidget(self.status)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._notes_timer.timeout.connect(self._save_notes)
        self.notes.textChanged.connect(self._notes_edited)
        self.local_name.editingFinished.connect(self._save_name)
        self.copy_number.clicked.connect(self._copy_number)
        self.channels.itemActivated.connect(self._channel_chosen)
        self.channels.itemClicked.connect(self._channel_chosen)
        self.show_details(None)
        self.show_labels([])

    # -- loading ---------------------------------------------------------------------------------
    def show_conversation(self, conversation_id: int | None) -> None:
        """Load the customer of this conversation (None: the panel says nothing is selected)."""
        self._flush_notes()
        self._conversation_id = conversation_id
        if conversation_id is None:
            self.show_details(None)
            return
        self._tasks.spawn(self._load(conversation_id), name="contact panel")

    async def reload(self) -> None:
        if self._conversation_id is not None:
            await self._load(self._conversation_id)

    async def _load(self, conversation_id: int) -> None:
        details = await self._book.for_conversation(conversation_id, self._language)
        if conversation_id != self._conversation_id:
            return
        self.show_details(details)
        if details is None or self._spend is None:
            return
        try:
            spends = await self._spend(details.id)
        except Exception:  # the card stays useful without its cost
            log.warning("this month's cost of a customer not read", exc_info=True)
            self.cost.setText(self.tr("Not known right now"))
            return
        if self.details is not None and self.details.id == details.id:
            self.show_cost(spends, {c.phone_number_id: c.channel for c in details.channels})

    def show_cost(self, spends: dict[str, MonthSpend], names: dict[str, str]) -> None:
        """One line per currency; the tooltip names each channel's part."""
        by_currency: dict[str, list[MonthSpend]] = {}
        for spend in spends.values():
            if spend.charged:
                by_currency.setdefault(spend.currency, []).append(spend)
        if not by_currency:
            self.cost.setText(self.tr("Nothing charged yet"))
            self.cost.setToolTip("")
            return
        lines = []
        for currency, parts in sorted(by_currency.items()):
            amount = sum((p.amount for p in parts), start=parts[0].amount * 0)
            count = sum(p.charged for p in parts)
            lines.append(
                self.tr("{amount} for {count} charged messages").format(
                    amount=format_money(amount, currency, 4 if amount < 1 else 2),
                    count=f"{count:,}",
                )
            )
        if any(s.unpriced for s in spends.values()):
            lines.append(self.tr("Some could not be priced: the customer's country is unknown."))
        self.cost.setText("\n".join(lines))
        self.cost.setToolTip(
            "\n".join(
                f"{names.get(s.phone_number_id, s.phone_number_id)}: "
                + format_money(s.amount, s.currency, 4 if s.amount < 1 else 2)
                for s in spends.values()
                if s.charged
            )
        )

    def show_details(self, details: ContactDetails | None) -> None:
        self.details = details
        has = details is not None
        for widget in (self.local_name, self.notes, self.copy_number, self.channels):
            widget.setEnabled(has)
        if details is None:
            self.heading.setText(self.tr("No customer selected"))
            self.profile.clear()
            self.local_name.clear()
            self.number.clear()
            self.national.clear()
            self.username.clear()
            self.marketing.clear()
            self.user_id.clear()
            self.channels.clear()
            self.changes.clear()
            self.cost.clear()
            self.cost.setToolTip("")
            self.notes.blockSignals(True)
            self.notes.clear()
            self.notes.blockSignals(False)
            return
        self.heading.setText(details.name)
        self.profile.setText(
            self.tr("WhatsApp profile name: {name}").format(name=details.profile_name)
            if details.profile_name
            else self.tr("No WhatsApp profile name")
        )
        if not self.local_name.hasFocus():
            self.local_name.setText(details.local_name or "")
        number = details.number
        self.number.setText(number.international if number else self.tr("Not shared"))
        self.copy_number.setEnabled(number is not None)
        self.national.setText(
            self.tr("{country}: {national}").format(
                country=number.country, national=number.national
            )
            if number and number.country
            else ""
        )
        self.national.setVisible(bool(self.national.text()))
        self.username.setText(details.username or self.tr("None"))
        if details.marketing_opt_out:
            self.marketing.setText(
                self.tr("Stopped by the customer in WhatsApp: marketing templates are not sent")
            )
        elif details.marketing_opt_out is False:
            self.marketing.setText(self.tr("Resumed by the customer in WhatsApp"))
        else:
            self.marketing.setText(self.tr("Received (the customer has not stopped them)"))
        self.user_id.setText(details.user_id or self.tr("Not sent yet"))
        self.user_id.setToolTip(details.user_id or "")
        self.channels.clear()
        locale = QLocale()
        for channel in details.channels:
            when = _day(locale, channel.last_message_ts)
            text = channel.channel + (f"  ·  {when}" if when else "")
            if channel.unread_count:
                text += "  " + self.tr("({count} unread)").format(count=channel.unread_count)
            item = QListWidgetItem(text, self.channels)
            item.setData(Qt.ItemDataRole.UserRole, channel.conversation_id)
            item.setToolTip(text)
            colour = QColor(channel.colour)
            if colour.isValid():  # the inbox's colour for this number
                item.setIcon(_swatch(colour))
        self.changes.setText(
            "\n".join(
                (
                    f"{day}: {change.text}"
                    if (day := _day(locale, change.timestamp))
                    else change.text
                )
                for change in details.identity_changes
                if change.text
            )
            or self.tr("None reported")
        )
        if self._spend is None:
            self.cost.setText(self.tr("Not known right now"))
        if not self.notes.hasFocus() and not self._notes_timer.isActive():  # never lose typing
            self.notes.blockSignals(True)
            self.notes.setPlainText(details.notes)
            self.notes.blockSignals(False)
        self.status.clear()

    def show_labels(self, labels: list[LabelRow]) -> None:
        """The labels on the conversation open beside the panel (set from the inbox header)."""
        while (item := self._labels_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for label in labels:
            chip = plain_label(self.labels, "labelChip")
            chip.setWordWrap(False)
            chip.setText(label.name)
            colour = QColor(label.colour)
            if colour.isValid():  # a colour from the database, checked before it styles
                text = "#000000" if colour.lightness() > 150 else "#ffffff"
                chip.setStyleSheet(
                    f"background: {colour.name()}; color: {text}; border-radius: 8px;"
                    " padding: 1px 8px;"
                )
            self._labels_layout.addWidget(chip)
        if not labels:
            none = plain_label(self.labels, "hint")
            none.setText(self.tr("None yet: add them from the Labels button above the thread"))
            self._labels_layout.addWidget(none, 1)
        else:
            self._labels_layout.addStretch(1)

    # -- editing ---------------------------------------------------------------------------------
    def _save_name(self) -> None:
        details = self.details
        if details is None or (self.local_name.text().strip() or None) == details.local_name:
            return
        self._tasks.spawn(self._rename(details.id, self.local_name.text()), name="rename contact")

    async def _rename(self, contact_id: int, name: str) -> None:
        try:
            await self._book.rename(contact_id, name)
        except Exception:
            log.exception("could not save the contact's name")
            self.status.setText(
                self.tr(
                    "The name was not saved: the database did not answer. It is still in "
                    "the field; leave the field again to retry."
                )
            )
            return
        self.status.setText(self.tr("Name saved."))
        await self.reload()

    def _notes_edited(self) -> None:
        self._notes_timer.start()

    def _flush_notes(self) -> None:
        if self._notes_timer.isActive():
            self._notes_timer.stop()
            self._save_notes()

    def _save_notes(self) -> None:
        details = self.details
        if details is None:
            return
        text = self.notes.toPlainText()
        self._tasks.spawn(self._write_notes(details.id, text), name="save notes")

    async def _write_notes(self, contact_id: int, text: str) -> None:
        try:
            await self._book.write_notes(contact_id, text)
        except Exception:
            log.exception("could not save the notes")
            self.status.setText(
                self.tr(
                    "The notes were not saved: the database did not answer. They stay "
                    "here; type again to retry."
                )
            )
            return
        self.status.setText(self.tr("Notes saved."))

    def _copy_number(self) -> None:
        details = self.details
        if details is not None and details.number is not None:
            QGuiApplication.clipboard().setText(details.number.e164)
            self.status.setText(self.tr("Number copied."))

    def _channel_chosen(self, item: QListWidgetItem) -> None:
        conversation_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(conversation_id, int) and conversation_id != self._conversation_id:
            self.open_conversation.emit(conversation_id)
