"""Send later: write a message, pick the time, see whether it can go then, schedule it.

A free-form message needs the customer's 24-hour window open at the chosen time. When it
will be closed the dialog says when it closes and offers the approved template to send
instead (with its values and what it will cost then). Scheduled messages wait in the
outbox, survive restarts, and are listed here until they go, each withdrawable.
"""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.inbox import TemplateChoice
from desktop.services.outbox import OutboxRefused
from desktop.services.pricing.cards import load_rate_book
from desktop.services.send_later import ScheduleAdvice, SendLater
from desktop.services.templates.send_params import SendParamsError
from desktop.ui.i18n import render
from desktop.ui.pricing.labels import market_label, render_phrase
from desktop.ui.task_scope import UiTaskScope

if TYPE_CHECKING:
    from desktop.ui.inbox.inbox_page import InboxPage


def _when(ts: float) -> str:
    return QDateTime.fromSecsSinceEpoch(int(ts)).toString("yyyy-MM-dd HH:mm")


class SendLaterDialog(QDialog):
    def __init__(
        self,
        later: SendLater,
        conversation_id: int,
        draft: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = UiTaskScope(self)
        self.setObjectName("sendLaterDialog")
        self.setWindowTitle(self.tr("Send later"))
        self.resize(640, 560)
        self._later = later
        self._conversation_id = conversation_id
        self._book: Any = None
        self.advice: ScheduleAdvice | None = None
        self._fields: dict[str, QLineEdit] = {}
        self.scheduled_id: int | None = None

        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = QDateTime.currentDateTime().addSecs(3600)
        start.setTime(start.time().addSecs(-start.time().second()))
        self.when.setDateTime(start)
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("The message to send at that time"))
        self.text.setPlainText(draft)
        self.text.setFixedHeight(90)
        self.window_note = QLabel(self)
        self.window_note.setWordWrap(True)
        self.template_host = QWidget(self)
        self.template_combo = QComboBox(self.template_host)
        self.values_form = QFormLayout()
        self.price = QLabel(self.template_host)
        self.price.setObjectName("hint")
        self.price.setWordWrap(True)
        template_layout = QVBoxLayout(self.template_host)
        template_layout.setContentsMargins(0, 0, 0, 0)
        template_form = QFormLayout()
        template_form.addRow(self.tr("Template"), self.template_combo)
        template_layout.addLayout(template_form)
        template_layout.addLayout(self.values_form)
        template_layout.addWidget(self.price)
        self.template_host.hide()
        self.problem = QLabel(self)
        self.problem.setObjectName("errorText")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.schedule_button = QPushButton(self.tr("Schedule"), self)
        self.schedule_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.waiting = QListWidget(self)
        self.waiting.setObjectName("scheduledList")
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.withdraw_button.setToolTip(self.tr("The chosen message is not sent."))

        form = QFormLayout()
        form.addRow(self.tr("Send at"), self.when)
        form.addRow(self.tr("Message"), self.text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.schedule_button)
        buttons.addWidget(self.close_button)
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(QLabel(self.tr("Waiting to be sent"), self), 1)
        waiting_row.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.window_note)
        layout.addWidget(self.template_host)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addLayout(waiting_row)
        layout.addWidget(self.waiting, 1)

        self.when.dateTimeChanged.connect(lambda _dt: self._refresh())
        self.template_combo.currentIndexChanged.connect(lambda _i: self._template_chosen())
        self.schedule_button.clicked.connect(
            lambda: self._tasks.spawn(self.schedule(), name="later:schedule")
        )
        self.withdraw_button.clicked.connect(
            lambda: self._tasks.spawn(self.withdraw(), name="later:withdraw")
        )
        self.close_button.clicked.connect(self.close)

    @property
    def send_at(self) -> int:
        return int(self.when.dateTime().toSecsSinceEpoch())

    def set_send_at(self, ts: float) -> None:
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(ts)))

    def start_loading(self) -> None:
        self._tasks.spawn(self.load(), name="later:load")

    async def load(self) -> None:
        self._book = await asyncio.get_running_loop().run_in_executor(None, load_rate_book)
        templates = await self._later.templates(self._conversation_id)
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for choice in templates:
            self.template_combo.addItem(f"{choice.name} · {choice.language}", choice)
        self.template_combo.blockSignals(False)
        await self.check()
        await self._list_waiting()

    def _refresh(self) -> None:
        self._tasks.spawn(self.check(), name="later:check")

    def _template_chosen(self) -> None:
        self._tasks.spawn(self.check(keep_template=True), name="later:check")

    async def check(self, keep_template: bool = False) -> ScheduleAdvice:
        """Whether the window is open at the chosen time; if not, the template instead."""
        chosen = self.template_combo.currentData() if keep_template else None
        advice = await self._later.advise(
            self._conversation_id,
            self.send_at,
            self._book,
            chosen if isinstance(chosen, TemplateChoice) else None,
        )
        self.advice = advice
        self._show(advice)
        return advice

    def _show(self, advice: ScheduleAdvice) -> None:
        self.problem.setText("")
        if advice.send_at <= time.time():
            self.window_note.setText(self.tr("Choose a time in the future."))
            self.schedule_button.setEnabled(False)
            return
        self.schedule_button.setEnabled(True)
        if advice.window_open:
            closes = advice.closes_at
            self.window_note.setText(
                self.tr("The 24-hour window is still open then (it closes {closes}).").format(
                    closes=_when(closes)
                )
                if closes is not None
                else ""
            )
            self.template_host.hide()
            self.text.setEnabled(True)
            self.schedule_button.setText(self.tr("Schedule"))
            return
        if advice.closes_at is not None:
            note = self.tr(
                "The 24-hour window closes {closes}, before this time: a free message cannot "
                "be sent then."
            ).format(closes=_when(advice.closes_at))
        else:
            note = self.tr("The customer has not written yet: only a template can be sent.")
        self.text.setEnabled(False)
        if advice.template is None:
            self.window_note.setText(
                note + " " + self.tr("There is no approved template to send instead.")
            )
            self.template_host.hide()
            self.schedule_button.setEnabled(False)
            return
        self.window_note.setText(note + " " + self.tr("Send this template instead:"))
        index = self.template_combo.findText(f"{advice.template.name} · {advice.template.language}")
        if index >= 0 and index != self.template_combo.currentIndex():
            self.template_combo.blockSignals(True)
            self.template_combo.setCurrentIndex(index)
            self.template_combo.blockSignals(False)
        self._fill_values(advice)
        self.price.setText(self._price_text(advice))
        self.template_host.show()
        self.schedule_button.setText(self.tr("Schedule the template"))

    def _fill_values(self, advice: ScheduleAdvice) -> None:
        old = {key: edit.text() for key, edit in self._fields.items()}
        while self.values_form.rowCount():
            self.values_form.removeRow(0)
        self._fields.clear()
        for variable in advice.variables:
            edit = QLineEdit(self.template_host)
            edit.setText(old.get(variable.key, ""))
            label = render(variable.label_phrase) if variable.label_phrase else variable.label
            self.values_form.addRow(label, edit)
            self._fields[variable.key] = edit

    def _price_text(self, advice: ScheduleAdvice) -> str:
        estimate = advice.estimate
        if estimate is None:
            return self.tr("Cost: cannot be estimated for this recipient.")
        why = render_phrase(estimate.reason)
        if estimate.charged:
            return self.tr("Cost: {currency} {amount} ({market}). {why}").format(
                currency=estimate.currency,
                amount=estimate.amount,
                market=market_label(estimate.market),
                why=why,
            )
        return self.tr("Cost: free. {why}").format(why=why)

    def field(self, key: str) -> QLineEdit:
        return self._fields[key]

    async def schedule(self) -> int | None:
        advice = await self.check(keep_template=self.template_host.isVisible())
        if not self.schedule_button.isEnabled():
            return None
        try:
            if advice.window_open:
                text = self.text.toPlainText().strip()
                if not text:
                    self.problem.setText(self.tr("Write the message first."))
                    return None
                message_id = await self._later.schedule_text(
                    self._conversation_id, text, advice.send_at
                )
            else:
                assert advice.template is not None
                values = {key: edit.text() for key, edit in self._fields.items()}
                message_id = await self._later.schedule_template(
                    self._conversation_id, advice.template, values, advice.send_at
                )
        except OutboxRefused as exc:
            self.problem.setText(render(exc.phrase))
            return None
        except SendParamsError as exc:
            self.problem.setText("\n".join(f"• {render(p.phrase)}" for p in exc.problems))
            return None
        self.scheduled_id = message_id
        self.problem.setText("")
        self.window_note.setText(
            self.tr(
                "Scheduled for {when}. It waits in the outbox, also if the app is closed."
            ).format(when=_when(advice.send_at))
        )
        await self._list_waiting()
        return message_id

    async def _list_waiting(self) -> None:
        found = await self._later.scheduled(self._conversation_id)
        self.waiting.clear()
        for message in found:
            line = (message.text or "").replace("\n", " ")
            item = QListWidgetItem(f"{_when(message.send_at)} — {line[:80]}")
            item.setData(Qt.ItemDataRole.UserRole, message.message_id)
            self.waiting.addItem(item)
        self.withdraw_button.setEnabled(bool(found))

    async def withdraw(self) -> bool:
        item = self.waiting.currentItem() or self.waiting.item(0)
        if item is None:
            return False
        done = await self._later.cancel(int(item.data(Qt.ItemDataRole.UserRole)))
        if not done:
            self.problem.setText(self.tr("Too late: this message is being sent already."))
        await self._list_waiting()
        return done


def attach_send_later(inbox: InboxPage, later: SendLater) -> QPushButton:
    """A "Send later…" button for the open conversation, beside "Bulk send…"."""
    button = QPushButton(inbox)
    button.setObjectName("sendLaterButton")
    button.setText(QCoreApplication.translate("SendLaterDialog", "Send later…"))
    button.setToolTip(
        QCoreApplication.translate(
            "SendLaterDialog", "Schedule a message; it waits in the outbox until its time."
        )
    )

    def open_dialog() -> None:
        conversation_id = inbox.current_conversation_id
        if conversation_id is None:
            return
        draft = inbox.composer.editor.toPlainText()
        dialog = SendLaterDialog(later, conversation_id, draft, inbox)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.start_loading()
        inbox.send_later_dialog = dialog  # type: ignore[attr-defined]

    button.clicked.connect(open_dialog)
    # beside "Bulk send…" under the list: the thread's header has no room left at 1024 px
    column = inbox.bulk_button.parentWidget()
    layout = column.layout() if column is not None else None
    if isinstance(layout, QBoxLayout):
        index = layout.indexOf(inbox.bulk_button)
        layout.removeWidget(inbox.bulk_button)
        row = QHBoxLayout()
        row.addWidget(inbox.bulk_button, 1)
        row.addWidget(button, 1)
        layout.insertLayout(index, row)
    else:
        inbox.header_tools.insertWidget(0, button)
    return button
